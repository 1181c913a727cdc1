"""The key file: the shelter passphrase unlocks a random 256-bit data key.

Layer one of the store (STYLE.md, after Electrum): bytes and encryption only. The passphrase
goes through Argon2id (memory-hard, from ``cryptography``) to a key-encryption key that
AES-256-GCM-unwraps the data key. SQLCipher then gets the data key in raw form, so opening the
database costs no second KDF, and changing the passphrase rewraps 32 bytes instead of
re-encrypting the database. A wrong passphrase fails the GCM tag check: a clear error, never a
garbage key handed to SQLCipher.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kiosk.errors import StoreCorrupt, StoreTooNew, WrongPassphrase
from kiosk.private_file import write_private

__all__ = ["KdfParams", "DEFAULT_KDF", "create_keyfile", "unlock_keyfile", "rewrap_keyfile"]

FORMAT = "shelter-kiosk-keyfile"
VERSION = 1
_AAD = b"shelter-kiosk data key v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes ~0.2 s and 64 MiB on a shelter laptop."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 1


DEFAULT_KDF = KdfParams()
#: What a key file may ask of Argon2id: a damaged or hostile file must not hang the kiosk or
#: exhaust its memory before the passphrase is even tried (1 GiB, 20 passes, 16 lanes at most;
#: the tests' cheapest store is 1 MiB, 1 pass, 1 lane).
KDF_BOUNDS = {"memory_kib": (1024, 1024 * 1024), "iterations": (1, 20), "lanes": (1, 16)}
#: A key file is a few hundred bytes; anything far larger is not one.
MAX_KEYFILE_BYTES = 64 * 1024


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _wrap(data_key: bytes, passphrase: str, params: KdfParams) -> bytes:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = _derive(passphrase, salt, params)
    sealed = AESGCM(kek).encrypt(nonce, data_key, _AAD)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {"name": "argon2id", "salt": _b64(salt), **asdict(params)},
        "wrap": {"name": "aes-256-gcm", "nonce": _b64(nonce), "sealed": _b64(sealed)},
    }
    return json.dumps(document, indent=2).encode("utf-8")


def create_keyfile(path: Path, passphrase: str, params: KdfParams = DEFAULT_KDF) -> bytes:
    """Make a new random data key, write it wrapped under ``passphrase`` and return it.

    Raises:
        OSError: when the file cannot be written.
    """
    data_key = os.urandom(32)
    write_private(path, _wrap(data_key, passphrase, params))
    return data_key


def unlock_keyfile(path: Path, passphrase: str) -> bytes:
    """Return the data key.

    Raises:
        WrongPassphrase: the passphrase does not unwrap the key.
        StoreCorrupt: the key file is unreadable or not a kiosk key file.
        StoreTooNew: the key file was written by a newer kiosk.
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEYFILE_BYTES + 1)
        if len(raw) > MAX_KEYFILE_BYTES:
            raise StoreCorrupt(detail="key file too large")
        document = json.loads(raw)
        if document.get("format") != FORMAT:
            raise StoreCorrupt(detail="key file format")
        if int(document["version"]) > VERSION:
            raise StoreTooNew(found=f"key file {document['version']}", known=f"key file {VERSION}")
        kdf = document["kdf"]
        params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
        for name, (low, high) in KDF_BOUNDS.items():
            if not low <= getattr(params, name) <= high:
                raise StoreCorrupt(detail=f"key file {name} out of bounds")
        salt = base64.b64decode(kdf["salt"])
        nonce = base64.b64decode(document["wrap"]["nonce"])
        sealed = base64.b64decode(document["wrap"]["sealed"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreCorrupt(detail="key file unreadable") from exc
    kek = _derive(passphrase, salt, params)
    try:
        return AESGCM(kek).decrypt(nonce, sealed, _AAD)
    except InvalidTag:
        raise WrongPassphrase() from None


def rewrap_keyfile(path: Path, old: str, new: str, params: KdfParams = DEFAULT_KDF) -> None:
    """Re-wrap the same data key under a new passphrase; the database is not touched.

    Raises:
        WrongPassphrase: ``old`` is wrong (the file is left unchanged).
        StoreCorrupt: the key file is unreadable.
    """
    data_key = unlock_keyfile(path, old)
    write_private(path, _wrap(data_key, new, params))
