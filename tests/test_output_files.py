"""Every command that writes a file a person named refuses to write into the kiosk's home
(the store, its key), onto anything but a regular file, or over an existing file without
--force; and a killed export's plaintext temp file is gone at the next start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from jwcrypto import jwk

from kiosk.basics.output_files import (
    OutputExists,
    OutputInHome,
    OutputNotAFile,
    checked_output,
    remove_stale_outputs,
)
from kiosk.core import Kiosk
from sync.bundle import export_bundle, set_cityos_keys
from tests.conftest import PASSPHRASE, REPO, run_cli

STORE_FILES = ("kiosk.db", "kiosk.key")


def store_bytes(home: Path) -> dict[str, bytes]:
    return {name: (home / name).read_bytes() for name in STORE_FILES}


@pytest.fixture
def home(kiosk: Kiosk) -> Path:
    """A real store, closed again so the command line can open it."""
    path = kiosk.home
    kiosk.close()
    return path


WRITERS = [
    ("export", "roster", "--to"),
    ("export", "anpi", "--to"),
    ("export", "blank-cards", "--count", "1", "--to"),
    ("doctor", "--report"),
    ("qr", "keygen", "--trust-out", "/dev/null/unused", "--key"),
]


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("victim", STORE_FILES)
def test_a_command_pointed_at_the_store_refuses_and_the_store_still_opens(
    home: Path, command: tuple[str, ...], victim: str
) -> None:
    before = store_bytes(home)
    done = run_cli(*command, str(home / victim), "--force", home=home)
    assert (done.returncode, done.stdout) == (1, "")
    assert "inside the kiosk's own data folder" in done.stderr
    assert store_bytes(home) == before
    assert run_cli("status", home=home).returncode == 0


def test_a_symbolic_link_into_the_home_is_followed_and_refused(home: Path, tmp_path: Path) -> None:
    link = tmp_path / "usb-roster.csv"
    link.symlink_to(home / "kiosk.db")
    done = run_cli("export", "roster", "--to", str(link), "--force", home=home)
    assert done.returncode == 1 and "inside the kiosk's own data folder" in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_device_is_not_a_file_and_stays_a_device(home: Path) -> None:
    done = run_cli("export", "roster", "--to", "/dev/full", "--force", home=home)
    assert done.returncode == 1 and "is not an ordinary file" in done.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_an_existing_file_is_replaced_only_with_force(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "roster.csv"
    target.write_bytes(b"yesterday's roster")
    refused = run_cli("export", "roster", "--to", str(target), home=home)
    assert (refused.returncode, target.read_bytes()) == (1, b"yesterday's roster")
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    forced = run_cli("export", "roster", "--to", str(target), "--force", home=home)
    assert forced.returncode == 0 and target.read_bytes().startswith("\ufeff".encode())


def test_the_sealed_bundle_refuses_the_home_and_existing_files(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    public = jwk.JWKSet()
    for kid, use in (("enc-1", "enc"), ("sig-1", "sig")):
        key = jwk.JWK.generate(kty="EC", crv="P-256", use=use, kid=kid)
        public.add(jwk.JWK.from_json(key.export_public()))
    set_cityos_keys(kiosk.ctx, public.export(private_keys=False))
    before = store_bytes(kiosk.home)
    with pytest.raises(OutputInHome):
        export_bundle(kiosk.ctx, kiosk.home / "kiosk.key", replace=True)
    existing = tmp_path / "bundle.jwe"
    existing.write_bytes(b"older bundle")
    with pytest.raises(OutputExists):
        export_bundle(kiosk.ctx, existing)
    assert (store_bytes(kiosk.home)["kiosk.key"], existing.read_bytes()) == (
        before["kiosk.key"],
        b"older bundle",
    )


def test_checked_output_names_each_refusal(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "folder").mkdir()
    refused = []
    for path in (home, home / "x.csv", tmp_path / "folder"):
        try:
            checked_output(path, home, replace=True)
        except (OutputInHome, OutputNotAFile) as error:
            refused.append(type(error).__name__)
    assert refused == ["OutputInHome", "OutputInHome", "OutputNotAFile"]
    assert checked_output(tmp_path / "new.csv", home) == (tmp_path / "new.csv").resolve()


KILLED_EXPORT = r"""
import os, sys
from pathlib import Path
from kiosk.basics.output_files import output_writer
home, target = Path(sys.argv[1]), Path(sys.argv[2])
with output_writer(target, home) as handle:
    handle.write("見本 花子, 1950-04-01".encode())
    handle.flush()
    os.kill(os.getpid(), 9)
"""


def test_a_killed_export_leaves_its_temp_file_only_until_the_next_start(
    home: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    child = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, str(home), str(usb / "roster.csv")],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert child.returncode == -9
    left = [p.name for p in usb.iterdir()]
    assert len(left) == 1 and left[0].startswith(".roster.csv.") and left[0].endswith(".tmp")
    Kiosk.open(home, PASSPHRASE).close()
    assert (list(usb.iterdir()), remove_stale_outputs(home)) == ([], 0)


def test_a_rename_that_fails_after_the_data_was_written_leaves_no_temp_file(
    tmp_path: Path,
) -> None:
    from kiosk.basics.private_file import private_writer

    in_the_way = tmp_path / "bundle.jwe"
    in_the_way.mkdir()
    journal = tmp_path / "journal"
    with pytest.raises(OSError), private_writer(in_the_way, journal) as handle:
        handle.write(b"sealed bytes")
    assert (sorted(p.name for p in tmp_path.iterdir()), journal.exists()) == (["bundle.jwe"], False)
