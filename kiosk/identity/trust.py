"""The trust list: which Ed25519 public keys this kiosk believes, for what, and when.

Owns the trust-list file (JSON, imported by the operator; schema in ``docs/qr-formats.md``),
the :class:`TrustedKey` / :class:`TrustList` records, and the verification of a COSE_Sign1
message against it: pick every key with the message's key id and purpose, check the signature
with ``cwt``, then check the verifying key's validity period at the caller's ``now``.

Keys have a purpose: ``app`` keys are the City OS issuers of citizen-app codes; ``slip`` keys are
the shelter's kiosks. A key of one purpose never verifies a code of the other.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import cbor2
import cwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from kiosk.basics.local_time import DEFAULT_TIME_ZONE, local_date
from kiosk.basics.private_file import write_private
from kiosk.identity.errors import (
    BadSignature,
    KeyNotYetValid,
    KeyRetired,
    MalformedCode,
    TrustListInvalid,
    TrustListUnreadable,
    UnknownKey,
)
from kiosk.identity.keys import ALG_EDDSA, key_id, public_key_bytes

__all__ = [
    "PURPOSES",
    "TRUST_LIST_FORMAT",
    "TrustedKey",
    "TrustList",
    "parse_trust_list",
    "dump_trust_list",
    "load_trust_list",
    "save_trust_list",
]

#: What a trusted key may verify: citizen-app codes (City OS) or kiosk slips (this shelter).
PURPOSES: tuple[str, ...] = ("app", "slip")
TRUST_LIST_FORMAT = "shelter-kiosk/trust-list"
_TRUST_LIST_VERSION = 1
_COSE_SIGN1_TAG = 18
_HDR_ALG, _HDR_KID = 1, 4
_MAX_KID = 32
_SIGNATURE_LENGTH = 64
_COSE = cwt.COSE.new()


@dataclass(frozen=True)
class TrustedKey:
    """One public key the kiosk trusts for ``purpose`` from ``valid_from`` until ``valid_to``.

    ``valid_to`` None means "until further notice". Times are timezone-aware. ``kid`` is
    normally :func:`kiosk.identity.keys.key_id` of the key; several keys may share one.
    """

    kid: bytes
    public_key: bytes
    purpose: str
    issuer: str
    valid_from: datetime
    valid_to: datetime | None = None

    @classmethod
    def for_key(
        cls,
        key: Ed25519PrivateKey | Ed25519PublicKey,
        purpose: str,
        issuer: str,
        valid_from: datetime,
        valid_to: datetime | None = None,
    ) -> TrustedKey:
        """The trust-list entry for ``key`` (its public half) with the derived key id."""
        return cls(key_id(key), public_key_bytes(key), purpose, issuer, valid_from, valid_to)

    @property
    def kid_hex(self) -> str:
        return self.kid.hex()

    def status_at(self, now: datetime) -> str:
        """``"valid"``, ``"not_yet_valid"`` or ``"retired"`` at ``now``."""
        if now < self.valid_from:
            return "not_yet_valid"
        if self.valid_to is not None and now >= self.valid_to:
            return "retired"
        return "valid"


@dataclass(frozen=True)
class TrustList:
    """The keys a kiosk trusts, in file order (kept when saved)."""

    keys: tuple[TrustedKey, ...] = ()

    def keys_for(self, kid: bytes, purpose: str = "app") -> tuple[TrustedKey, ...]:
        """Every key with key id ``kid`` and ``purpose``, whatever their validity."""
        return tuple(k for k in self.keys if k.kid == kid and k.purpose == purpose)

    def with_key(self, key: TrustedKey) -> TrustList:
        """This list plus ``key`` (an identical entry is not added twice)."""
        if key in self.keys:
            return self
        return replace(self, keys=(*self.keys, key))

    def without(self, kid: bytes, purpose: str) -> TrustList:
        """This list without the keys of id ``kid`` for ``purpose``."""
        return replace(
            self, keys=tuple(k for k in self.keys if not (k.kid == kid and k.purpose == purpose))
        )

    def verify(
        self, message: bytes, purpose: str, now: datetime, zone: str = DEFAULT_TIME_ZONE
    ) -> tuple[bytes, TrustedKey]:
        """Check a COSE_Sign1 ``message`` against this list; return its payload and the key.

        Every key with the message's key id and ``purpose`` is tried. Among keys whose
        signature verifies, one valid at ``now`` wins; otherwise the first decides the error,
        which names the day on the calendar of the shelter's ``zone``.

        Raises:
            MalformedCode: not a tagged COSE_Sign1 with an EdDSA protected header and key id.
            UnknownKey: no key with that id for ``purpose``.
            BadSignature: keys with that id exist but none verifies the signature.
            KeyRetired: the only verifying keys' validity ended before ``now``.
            KeyNotYetValid: the only verifying keys' validity starts after ``now``.
            ValueError: ``now`` is naive (a programming error).
        """
        _require_aware(now)
        tag, kid = _parse_sign1(message)
        candidates = self.keys_for(kid, purpose)
        if not candidates:
            raise UnknownKey(kid=kid.hex())
        verifying = [k for k in candidates if _signature_ok(tag, k)]
        if not verifying:
            raise BadSignature()
        for key in verifying:
            if key.status_at(now) == "valid":
                payload = tag.value[2]
                assert isinstance(payload, bytes)
                return payload, key
        first = verifying[0]
        if first.status_at(now) == "retired":
            assert first.valid_to is not None
            retired = local_date(first.valid_to, zone).isoformat()
            raise KeyRetired(kid=kid.hex(), retired=retired)
        valid_from = local_date(first.valid_from, zone).isoformat()
        raise KeyNotYetValid(kid=kid.hex(), valid_from=valid_from)


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")


def _parse_sign1(message: bytes) -> tuple[cbor2.CBORTag, bytes]:
    """The COSE_Sign1 tag and key id of ``message``, checked strictly before any crypto."""
    try:
        tag = cbor2.loads(message)
    except Exception as exc:  # noqa: BLE001 - untrusted bytes: any decoder failure is "malformed"
        raise MalformedCode("COSE message is not CBOR") from exc
    if not isinstance(tag, cbor2.CBORTag) or tag.tag != _COSE_SIGN1_TAG:
        raise MalformedCode("not a tagged COSE_Sign1")
    value = tag.value
    if not isinstance(value, list) or len(value) != 4:
        raise MalformedCode("COSE_Sign1 is not an array of four")
    protected_bytes, unprotected, payload, signature = value
    if not all(isinstance(v, bytes) for v in (protected_bytes, payload, signature)):
        raise MalformedCode("COSE_Sign1 fields have wrong types")
    if not isinstance(unprotected, dict) or unprotected:
        raise MalformedCode("unprotected header must be empty")
    if len(signature) != _SIGNATURE_LENGTH:
        raise MalformedCode("signature has the wrong length")
    try:
        protected = cbor2.loads(protected_bytes)
    except Exception as exc:  # noqa: BLE001 - untrusted bytes
        raise MalformedCode("protected header is not CBOR") from exc
    if not isinstance(protected, dict) or set(protected) != {_HDR_ALG, _HDR_KID}:
        raise MalformedCode("protected header must hold exactly alg and kid")
    if protected[_HDR_ALG] != ALG_EDDSA or type(protected[_HDR_ALG]) is not int:
        raise MalformedCode("algorithm is not EdDSA")
    kid = protected[_HDR_KID]
    if not isinstance(kid, bytes) or not 1 <= len(kid) <= _MAX_KID:
        raise MalformedCode("key id has the wrong type or length")
    return tag, kid


@functools.lru_cache(maxsize=256)
def _cose_key(public_key: bytes, kid: bytes) -> Any:
    return cwt.COSEKey.new({1: 1, 3: ALG_EDDSA, -1: 6, -2: public_key, 2: kid})


def _signature_ok(tag: cbor2.CBORTag, key: TrustedKey) -> bool:
    try:
        _COSE.decode(tag, _cose_key(key.public_key, key.kid))
    except (cwt.CWTError, ValueError):
        return False
    return True


# --- the trust-list file ------------------------------------------------------------------------


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    padded = text + "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(padded.encode("ascii"))


def _time_text(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def dump_trust_list(trust: TrustList) -> str:
    """The trust list as the JSON document of ``docs/qr-formats.md`` (stable key order)."""
    document = {
        "format": TRUST_LIST_FORMAT,
        "version": _TRUST_LIST_VERSION,
        "keys": [
            {
                "kid": k.kid.hex(),
                "alg": "EdDSA",
                "key": _b64url(k.public_key),
                "purpose": k.purpose,
                "issuer": k.issuer,
                "valid_from": _time_text(k.valid_from),
                "valid_to": _time_text(k.valid_to),
            }
            for k in trust.keys
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _field(entry: Mapping[str, Any], index: str, name: str, kind: type) -> Any:
    value = entry.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise TrustListInvalid(index, name, f"missing or not a {kind.__name__}")
    return value


def _parse_time(text: Any, index: str, name: str) -> datetime:
    if not isinstance(text, str):
        raise TrustListInvalid(index, name, "not a date-time string")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise TrustListInvalid(index, name, "not an ISO 8601 date-time") from exc
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise TrustListInvalid(index, name, "date-time without a time zone")
    return moment


def _parse_entry(entry: Any, index: str) -> TrustedKey:
    if not isinstance(entry, dict):
        raise TrustListInvalid(index, "-", "entry is not an object")
    try:
        kid = bytes.fromhex(_field(entry, index, "kid", str))
    except ValueError as exc:
        raise TrustListInvalid(index, "kid", "not hexadecimal") from exc
    if not 1 <= len(kid) <= _MAX_KID:
        raise TrustListInvalid(index, "kid", "wrong length")
    if entry.get("alg", "EdDSA") != "EdDSA":
        raise TrustListInvalid(index, "alg", "only EdDSA (Ed25519) keys are supported")
    try:
        public_key = _unb64url(_field(entry, index, "key", str))
    except (ValueError, binascii.Error) as exc:
        raise TrustListInvalid(index, "key", "not base64url") from exc
    if len(public_key) != 32:
        raise TrustListInvalid(index, "key", "an Ed25519 public key has 32 bytes")
    purpose = _field(entry, index, "purpose", str)
    if purpose not in PURPOSES:
        raise TrustListInvalid(index, "purpose", "must be 'app' or 'slip'")
    issuer = _field(entry, index, "issuer", str)
    valid_from = _parse_time(entry.get("valid_from"), index, "valid_from")
    raw_to = entry.get("valid_to")
    valid_to = None if raw_to is None else _parse_time(raw_to, index, "valid_to")
    if valid_to is not None and valid_to <= valid_from:
        raise TrustListInvalid(index, "valid_to", "ends before it starts")
    return TrustedKey(kid, public_key, purpose, issuer, valid_from, valid_to)


def parse_trust_list(text: str | bytes) -> TrustList:
    """Parse a trust-list JSON document. All or nothing: one bad entry refuses the file.

    Unknown members of an entry are ignored (room for notes); the known ones are required
    except ``alg`` (default ``EdDSA``) and ``valid_to`` (null or absent: no end).

    Raises:
        TrustListInvalid: not JSON, not a trust list of a known version, or an entry is bad
            (the error names the entry's index and the field).
    """
    try:
        document = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise TrustListInvalid("-", "-", "not JSON") from exc
    if not isinstance(document, dict) or document.get("format") != TRUST_LIST_FORMAT:
        raise TrustListInvalid("-", "format", f"not a {TRUST_LIST_FORMAT} document")
    if document.get("version") != _TRUST_LIST_VERSION:
        raise TrustListInvalid("-", "version", "unknown trust-list version")
    entries = document.get("keys")
    if not isinstance(entries, list):
        raise TrustListInvalid("-", "keys", "not a list")
    return TrustList(tuple(_parse_entry(e, str(i)) for i, e in enumerate(entries)))


def load_trust_list(path: Path) -> TrustList:
    """Read and parse a trust-list file.

    Raises:
        TrustListUnreadable: the file cannot be read.
        TrustListInvalid: see :func:`parse_trust_list`.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TrustListUnreadable(path=str(path)) from exc
    return parse_trust_list(data)


def save_trust_list(path: Path, trust: TrustList) -> None:
    """Write ``trust`` to ``path`` atomically (temp file, fsync, rename).

    Raises:
        OSError: the directory is not writable or the disk is full.
    """
    write_private(Path(path), dump_trust_list(trust).encode("utf-8"))
