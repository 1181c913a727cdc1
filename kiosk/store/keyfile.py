"""The key file: the shelter passphrase unlocks a random 256-bit data key.

Layer one of the store (STYLE.md, after Electrum): bytes and encryption only. The passphrase
goes through Argon2id (memory-hard, from ``cryptography``) to a key-encryption key that
AES-256-GCM-unwraps the data key. SQLCipher then gets the data key in raw form, so opening the
database costs no second KDF, and changing the passphrase rewraps 32 bytes instead of
re-encrypting the database. A wrong passphrase fails the GCM tag check: a clear error, never a
garbage key handed to SQLCipher.

Version 2 also holds the deployment secrets that must not sit beside what they protect — the
My Number token key (issue #13): a copy of the database alone (a stolen file, an export of its
tables) then cannot be used to guess the numbers behind its tokens. Each is sealed with
AES-256-GCM under a key derived from the data key (HKDF-SHA256), so it opens with the same
passphrase, survives a passphrase change untouched (the data key does not change), and the
store can add one without asking for the passphrase again. A version-1 file still opens; it
becomes version 2 when a secret is first written to it.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.basics.errors import StoreCorrupt, StoreTooNew, WrongPassphrase
from kiosk.basics.private_file import write_private

__all__ = [
    "KdfParams",
    "DEFAULT_KDF",
    "MYNUMBER_TOKEN_KEY",
    "create_keyfile",
    "unlock_keyfile",
    "rewrap_keyfile",
    "read_secret",
    "write_secret",
]

FORMAT = "shelter-kiosk-keyfile"
VERSION = 2
_AAD = b"shelter-kiosk data key v1"
#: HKDF ``info`` of the key that seals the secrets (never the data key itself: SQLCipher uses
#: that one, and one key is not used for two ciphers).
_SECRETS_INFO = b"shelter-kiosk keyfile secrets v2"
_SECRET_AAD = b"shelter-kiosk keyfile secret v2:"

#: The secret that turns a My Number into its token (kiosk.identity.mynumber), per deployment
#: (shared by a city's kiosks and its City OS when set from a file at ``kiosk init``).
MYNUMBER_TOKEN_KEY = "mynumber_token_key"


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


def _wrap(
    data_key: bytes, passphrase: str, params: KdfParams, secrets: dict[str, Any] | None = None
) -> bytes:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = _derive(passphrase, salt, params)
    sealed = AESGCM(kek).encrypt(nonce, data_key, _AAD)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {"name": "argon2id", "salt": _b64(salt), **asdict(params)},
        "wrap": {"name": "aes-256-gcm", "nonce": _b64(nonce), "sealed": _b64(sealed)},
        "secrets": secrets or {},
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


def _read_document(path: Path) -> dict[str, Any]:
    """The key file's JSON document, its format and version checked.

    Raises:
        StoreCorrupt: unreadable, too large, or not a kiosk key file.
        StoreTooNew: written by a newer kiosk.
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEYFILE_BYTES + 1)
        if len(raw) > MAX_KEYFILE_BYTES:
            raise StoreCorrupt(detail="key file too large")
        document = json.loads(raw)
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise StoreCorrupt(detail="key file format")
        if int(document["version"]) > VERSION:
            raise StoreTooNew(found=f"key file {document['version']}", known=f"key file {VERSION}")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreCorrupt(detail="key file unreadable") from exc
    return document


def _secrets_of(document: dict[str, Any]) -> dict[str, Any]:
    secrets = document.get("secrets", {})  # a version-1 file has none
    if not isinstance(secrets, dict):
        raise StoreCorrupt(detail="key file secrets unreadable")
    return secrets


def unlock_keyfile(path: Path, passphrase: str) -> bytes:
    """Return the data key.

    Raises:
        WrongPassphrase: the passphrase does not unwrap the key.
        StoreCorrupt: the key file is unreadable or not a kiosk key file.
        StoreTooNew: the key file was written by a newer kiosk.
    """
    document = _read_document(path)
    try:
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
    secrets = _secrets_of(_read_document(path))  # sealed under the data key: kept as they are
    write_private(path, _wrap(data_key, new, params, secrets))


def _sealing(data_key: bytes) -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SECRETS_INFO).derive(data_key)
    return AESGCM(key)


def read_secret(path: Path, data_key: bytes, name: str) -> bytes | None:
    """The secret ``name`` kept in the key file, or None when it holds none by that name.

    Raises:
        StoreCorrupt: the key file is unreadable, or the secret does not open with
            ``data_key`` (damaged, or the file belongs to another store).
        StoreTooNew: the key file was written by a newer kiosk.
    """
    entry = _secrets_of(_read_document(path)).get(name)
    if entry is None:
        return None
    try:
        nonce = base64.b64decode(entry["nonce"])
        sealed = base64.b64decode(entry["sealed"])
        return _sealing(data_key).decrypt(nonce, sealed, _SECRET_AAD + name.encode("ascii"))
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        raise StoreCorrupt(detail="key file secret unreadable") from exc


def write_secret(path: Path, data_key: bytes, name: str, value: bytes) -> None:
    """Seal ``value`` as the secret ``name`` into the key file (replacing one of that name),
    written as a whole new file (temp, fsync, rename): a crash leaves the old file or the new.

    Raises:
        StoreCorrupt, StoreTooNew: as :func:`read_secret` (nothing is written).
        OSError: the file cannot be written.
    """
    document = _read_document(path)
    secrets = dict(_secrets_of(document))
    nonce = os.urandom(12)
    sealed = _sealing(data_key).encrypt(nonce, value, _SECRET_AAD + name.encode("ascii"))
    secrets[name] = {"name": "aes-256-gcm", "nonce": _b64(nonce), "sealed": _b64(sealed)}
    document["version"] = VERSION
    document["secrets"] = secrets
    write_private(path, json.dumps(document, indent=2).encode("utf-8"))
