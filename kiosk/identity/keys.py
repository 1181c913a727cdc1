"""Ed25519 keys for identity codes: generation, serialisation, key ids, and COSE_Sign1 signing.

Owns how a key id is derived (the first 8 bytes of SHA-256 over the raw 32-byte public key, as
the EU Digital COVID Certificate truncates a hash of the signer's certificate) and how a payload
becomes a tagged COSE_Sign1 message signed with EdDSA. The signing itself is done by ``cwt``;
verification against trusted keys lives in :mod:`kiosk.identity.trust`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import cwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from kiosk.basics.private_file import write_private
from kiosk.identity.errors import KeyFileInvalid

__all__ = [
    "KID_LENGTH",
    "ALG_EDDSA",
    "new_key",
    "key_id",
    "public_key_bytes",
    "private_key_pem",
    "public_key_pem",
    "load_private_key_pem",
    "save_private_key",
    "load_private_key",
    "sign_cose",
]

#: Bytes of SHA-256 kept in a key id (as in the EU DCC): short in the QR, rarely shared.
KID_LENGTH = 8
#: COSE algorithm identifier of EdDSA (RFC 9053), the only one our codes use.
ALG_EDDSA = -8

# COSE labels (RFC 9052 / 9053) for an OKP key and the header parameters we set.
_KTY, _KID, _ALG, _CRV, _X, _D = 1, 2, 3, -1, -2, -4
_KTY_OKP, _CRV_ED25519 = 1, 6
_HDR_ALG, _HDR_KID = 1, 4

_COSE = cwt.COSE.new()


def new_key() -> Ed25519PrivateKey:
    """A fresh random Ed25519 key (issuer key for the City OS side, or a kiosk's slip key)."""
    return Ed25519PrivateKey.generate()


def public_key_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The raw 32-byte public key of ``key``."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(key: Ed25519PrivateKey | Ed25519PublicKey | bytes) -> bytes:
    """The key id of a key (or of raw public-key bytes): SHA-256 truncated to 8 bytes."""
    raw = key if isinstance(key, bytes) else public_key_bytes(key)
    return hashlib.sha256(raw).digest()[:KID_LENGTH]


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    """``key`` as unencrypted PKCS#8 PEM (:func:`save_private_key` keeps it owner-only)."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def public_key_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The public half of ``key`` as SubjectPublicKeyInfo PEM."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_private_key_pem(data: bytes, path: str = "-") -> Ed25519PrivateKey:
    """Parse an unencrypted PKCS#8 PEM Ed25519 private key.

    Raises:
        KeyFileInvalid: not PEM, encrypted, or not an Ed25519 key (``path`` names the source).
    """
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileInvalid(path=path) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileInvalid(path=path)
    return key


def save_private_key(path: Path, key: Ed25519PrivateKey) -> None:
    """Write ``key`` as PEM to ``path`` atomically, readable by the owner only.

    Raises:
        OSError: the directory is not writable or the disk is full.
    """
    write_private(Path(path), private_key_pem(key))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Read a private key written by :func:`save_private_key`.

    Raises:
        KeyFileInvalid: the file is not an Ed25519 private key in PEM form.
        OSError: the file cannot be read.
    """
    return load_private_key_pem(Path(path).read_bytes(), str(path))


def sign_cose(payload: bytes, key: Ed25519PrivateKey, kid: bytes | None = None) -> bytes:
    """A tagged COSE_Sign1 message over ``payload``, signed with EdDSA.

    The protected header holds exactly the algorithm and the key id (``kid`` defaults to
    :func:`key_id` of ``key``; tests pass another to make keys share an id).
    """
    kid = key_id(key) if kid is None else kid
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    cose_key = cwt.COSEKey.new(
        {
            _KTY: _KTY_OKP,
            _ALG: ALG_EDDSA,
            _CRV: _CRV_ED25519,
            _X: public_key_bytes(key),
            _D: raw,
            _KID: kid,
        }
    )
    message = _COSE.encode_and_sign(
        payload, cose_key, protected={_HDR_ALG: ALG_EDDSA, _HDR_KID: kid}
    )
    assert isinstance(message, bytes)
    return message
