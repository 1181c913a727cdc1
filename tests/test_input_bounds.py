"""Bounds on what the kiosk reads: key files (size, KDF cost), the My Number key, passphrases
chosen later, trust lists and receipts, and image files by their pixel count — each refused
with a clear message before it can hang, exhaust or weaken anything."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest

from kiosk.basics.errors import StoreCorrupt, ValidationError
from kiosk.core import Kiosk
from kiosk.scan.sources import ImageTooLarge, read_image
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, run_cli

INIT = ("init", "--shelter-id", "S01", "--shelter-name", "体育館", "--capacity", "50")


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height (its pixels are never decoded)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


@pytest.mark.parametrize(("width", "height"), [(20_000, 20_000), (8_000, 7_000)])
def test_an_image_with_too_many_pixels_is_refused_from_its_header(
    tmp_path: Path, width: int, height: int
) -> None:
    image = tmp_path / "huge.png"
    image.write_bytes(png_header(width, height))
    with pytest.raises(ImageTooLarge):
        read_image(image)
    done = run_cli("qr", "decode", str(image), home=tmp_path / "home")
    assert done.returncode == 1 and "too large to read (over 50 megapixels)" in done.stderr


@pytest.mark.parametrize(
    ("field", "value"), [("memory_kib", 1024**3), ("iterations", 10_000), ("lanes", 0)]
)
def test_a_key_file_asking_for_an_absurd_kdf_cost_is_refused_before_deriving(
    make_kiosk, field: str, value: int
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    keyfile = kiosk.store.paths.keyfile
    kiosk.close()
    document = json.loads(keyfile.read_bytes())
    document["kdf"][field] = value
    keyfile.write_text(json.dumps(document))
    with pytest.raises(StoreCorrupt) as refused:
        Kiosk.open(keyfile.parent, PASSPHRASE)
    assert refused.value.params == {"detail": f"key file {field} out of bounds"}


def test_a_huge_key_file_is_not_read_whole(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    keyfile = kiosk.store.paths.keyfile
    kiosk.close()
    keyfile.write_bytes(b"{" + b" " * (1024 * 1024))
    with pytest.raises(StoreCorrupt) as refused:
        Kiosk.open(keyfile.parent, PASSPHRASE)
    assert refused.value.params == {"detail": "key file too large"}


@pytest.mark.parametrize("size", [0, 5, 20, 31])
def test_a_short_my_number_key_is_refused_and_no_store_is_made(tmp_path: Path, size: int) -> None:
    with pytest.raises(ValidationError) as refused:
        Kiosk.create(tmp_path / "h", PASSPHRASE, SHELTER, kdf=FAST_KDF, mynumber_key=b"k" * size)
    assert (refused.value.params["field"], (tmp_path / "h").exists()) == ("mynumber_key", False)
    key = tmp_path / f"key-{size}"
    key.write_bytes(b"k" * size)
    done = run_cli(*INIT, "--mynumber-key-file", str(key), home=tmp_path / "cli")
    assert done.returncode == 1 and f"at least 32 bytes; it holds {size}" in done.stderr
    assert not (tmp_path / "cli" / "kiosk.db").exists()


def test_a_32_byte_my_number_key_is_taken_as_given(tmp_path: Path) -> None:
    kiosk = Kiosk.create(tmp_path / "h", PASSPHRASE, SHELTER, kdf=FAST_KDF, mynumber_key=b"k" * 32)
    try:
        from kiosk.operations.shelter import mynumber_key

        assert mynumber_key(kiosk.store) == b"k" * 32
    finally:
        kiosk.close()


def test_the_new_passphrase_has_the_same_minimum_as_the_first(kiosk: Kiosk) -> None:
    home = kiosk.home
    kiosk.close()
    done = run_cli(
        "passphrase", "change", home=home, extra_env={"KIOSK_NEW_PASSPHRASE": "9chars!!x"}
    )
    assert done.returncode == 1 and "at least 10 characters" in done.stderr
    Kiosk.open(home, PASSPHRASE).close()  # the old passphrase still opens it


def test_a_trust_list_that_never_ends_is_refused_after_its_cap(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run_cli(*INIT, home=home).returncode == 0
    endless = Path("/dev/zero")
    done = run_cli("trust", "import", str(endless), home=home)
    assert done.returncode == 1 and "too large for this kind of file" in done.stderr
