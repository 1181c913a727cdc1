"""Pairing codes (``KSP1:``) and pairing replies (``KSR1:``): the texts two desks exchange to
pair (format: ``docs/qr-formats.md`` section 4). No store here: encoding and checking only.

A pairing code is shown by the first desk as a QR: the shelter id, that kiosk's id and
Ed25519 public key, a random invite id and a 128-bit one-time secret, its expiry and
(optionally) the ``host:port`` addresses its desk service listens on (where the second desk
hands its reply back, :mod:`kiosk.desks.handover`), signed (COSE_Sign1, EdDSA) by the same
key, in Base45. The signature makes the code tamper-evident; trust comes from the code's path
— a camera pointed at the other desk's screen by staff.

A pairing reply is what the second desk answers: its own id and public key, and an
HMAC-SHA256 keyed with the one-time secret over a transcript of both desks' ids and keys, the
shelter and the invite (so only a desk that read the code can make it, and the reply binds
both keys), signed by the second desk's key.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import base45
import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.desks.errors import PairingCodeInvalid, PairingReplyInvalid
from kiosk.identity.errors import IdentityError
from kiosk.identity.keys import key_id, public_key_bytes, sign_cose
from kiosk.identity.prefixes import PAIRING_PREFIX, PAIRING_REPLY_PREFIX
from kiosk.identity.trust import TrustedKey, TrustList

__all__ = [
    "CODE_PREFIX",
    "MAX_ADDRESSES",
    "REPLY_PREFIX",
    "PairingCode",
    "PairingReply",
    "encode_code",
    "decode_code",
    "encode_reply",
    "decode_reply",
    "reply_mac",
]

CODE_PREFIX = PAIRING_PREFIX
REPLY_PREFIX = PAIRING_REPLY_PREFIX
_VERSION = 1
_MAX_TEXT = 800
#: At most this many ``host:port`` addresses ride in a code (the QR stays small).
MAX_ADDRESSES = 4
_ADDRESS = re.compile(r"[A-Za-z0-9.:\-\[\]]{3,64}")
_KIOSK_ID = re.compile(r"[A-Za-z0-9._:\-]{1,64}")
_SHELTER_ID = re.compile(r"[A-Za-z0-9._:\-]{1,64}")
INVITE_BYTES = 8
SECRET_BYTES = 16
_MAC_BYTES = 32
#: The trust-list purpose under which a code's own key checks its signature.
_PURPOSE = "desk"


@dataclass(frozen=True, repr=False)
class PairingCode:
    """What a pairing code says. ``secret`` is the one-time secret: never logged or shown."""

    shelter_id: str
    kiosk_id: str
    public_key: bytes
    invite_id: bytes
    secret: bytes
    expires_at: datetime
    #: Where the showing desk's service listens (``host:port``), so the scanning desk can
    #: hand its reply back over the local network; signed with the rest of the code.
    addresses: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"PairingCode(kiosk={self.kiosk_id!r}, invite={self.invite_id.hex()})"


@dataclass(frozen=True)
class PairingReply:
    """What a pairing reply says (the MAC is checked by the first desk, which has the secret)."""

    invite_id: bytes
    shelter_id: str
    kiosk_id: str
    public_key: bytes
    mac: bytes


def _unwrap(text: object, prefix: str, error: type[Exception]) -> bytes:
    if not isinstance(text, str):
        raise error()
    text = text.strip()
    if len(text) > _MAX_TEXT or not text.startswith(prefix):
        raise error()
    try:
        return base45.b45decode(text[len(prefix) :])
    except (ValueError, KeyError) as exc:
        raise error() from exc


def _self_signed_body(message: bytes, key_index: int, error: type[Exception]) -> list[object]:
    """The CBOR body of a COSE_Sign1 that must verify with the public key it carries itself
    (at ``key_index`` of the body). The body is read before the signature is checked only to
    find that key; nothing else of it is used unless the signature holds."""
    try:
        tag = cbor2.loads(message)
        body = cbor2.loads(tag.value[2])
    except Exception as exc:  # noqa: BLE001 - untrusted bytes: any decoder failure is invalid
        raise error() from exc
    if not isinstance(body, list) or len(body) <= key_index or body[0] != _VERSION:
        raise error()
    public = body[key_index]
    if not isinstance(public, bytes) or len(public) != 32:
        raise error()
    epoch = datetime(2020, 1, 1, tzinfo=UTC)
    trust = TrustList((TrustedKey(key_id(public), public, _PURPOSE, "pairing", epoch),))
    try:
        payload, _key = trust.verify(message, _PURPOSE, datetime.now(UTC))
    except IdentityError as exc:
        raise error() from exc
    return list(cbor2.loads(payload))


def encode_code(code: PairingCode, key: Ed25519PrivateKey) -> str:
    """The text of ``code``, signed with ``key`` (whose public half the code carries).

    Raises:
        ValueError: ``key`` is not the key the code names (a programming error).
    """
    if public_key_bytes(key) != code.public_key:
        raise ValueError("the code must carry the signing key's public half")
    if len(code.addresses) > MAX_ADDRESSES or not all(
        _ADDRESS.fullmatch(a) for a in code.addresses
    ):
        raise ValueError("at most 4 host:port addresses")
    fields: list[object] = [
        _VERSION,
        code.shelter_id,
        code.kiosk_id,
        code.public_key,
        code.invite_id,
        code.secret,
        int(code.expires_at.timestamp()),
    ]
    if code.addresses:  # a code without addresses keeps the first form (7 fields)
        fields.append(list(code.addresses))
    body = cbor2.dumps(fields)
    return CODE_PREFIX + base45.b45encode(sign_cose(body, key)).decode("ascii")


def decode_code(text: str) -> PairingCode:
    """Parse and check a pairing code's form and signature (not its expiry or shelter).

    Raises:
        PairingCodeInvalid: not a ``KSP1:`` code, malformed, or the signature does not verify
            with the key the code carries.
    """
    body = _self_signed_body(_unwrap(text, CODE_PREFIX, PairingCodeInvalid), 3, PairingCodeInvalid)
    if len(body) not in (7, 8):
        raise PairingCodeInvalid()
    _v, shelter_id, kiosk_id, public, invite, secret, expires = body[:7]
    addresses = body[7] if len(body) == 8 else []
    if not (
        isinstance(addresses, list)
        and len(addresses) <= MAX_ADDRESSES
        and all(isinstance(a, str) and _ADDRESS.fullmatch(a) for a in addresses)
    ):
        raise PairingCodeInvalid()
    if not (
        isinstance(shelter_id, str)
        and _SHELTER_ID.fullmatch(shelter_id)
        and isinstance(kiosk_id, str)
        and _KIOSK_ID.fullmatch(kiosk_id)
        and isinstance(invite, bytes)
        and len(invite) == INVITE_BYTES
        and isinstance(secret, bytes)
        and len(secret) == SECRET_BYTES
        and type(expires) is int
        and 0 < expires < 2**40
    ):
        raise PairingCodeInvalid()
    assert isinstance(public, bytes)
    return PairingCode(
        shelter_id,
        kiosk_id,
        public,
        invite,
        secret,
        datetime.fromtimestamp(expires, UTC),
        tuple(addresses),
    )


def reply_mac(code: PairingCode, kiosk_id: str, public_key: bytes) -> bytes:
    """HMAC-SHA256 under the code's one-time secret over the pairing transcript: the code's
    shelter, invite, kiosk id and key, and the replying kiosk's id and key."""
    transcript = cbor2.dumps(
        [
            "KSR1",
            code.shelter_id,
            code.invite_id,
            code.kiosk_id,
            code.public_key,
            kiosk_id,
            public_key,
        ]
    )
    return hmac.new(code.secret, transcript, hashlib.sha256).digest()


def encode_reply(code: PairingCode, kiosk_id: str, key: Ed25519PrivateKey) -> str:
    """The reply of the kiosk ``kiosk_id`` (signing with ``key``) to ``code``."""
    public = public_key_bytes(key)
    body = cbor2.dumps(
        [
            _VERSION,
            code.invite_id,
            code.shelter_id,
            kiosk_id,
            public,
            reply_mac(code, kiosk_id, public),
        ]
    )
    return REPLY_PREFIX + base45.b45encode(sign_cose(body, key)).decode("ascii")


def decode_reply(text: str) -> PairingReply:
    """Parse and check a pairing reply's form and signature (not its MAC: that needs the
    one-time secret, which only the first desk holds).

    Raises:
        PairingReplyInvalid: not a ``KSR1:`` reply, malformed, or badly signed.
    """
    body = _self_signed_body(
        _unwrap(text, REPLY_PREFIX, PairingReplyInvalid), 4, PairingReplyInvalid
    )
    if len(body) != 6:
        raise PairingReplyInvalid()
    _v, invite, shelter_id, kiosk_id, public, mac = body
    if not (
        isinstance(invite, bytes)
        and len(invite) == INVITE_BYTES
        and isinstance(shelter_id, str)
        and _SHELTER_ID.fullmatch(shelter_id)
        and isinstance(kiosk_id, str)
        and _KIOSK_ID.fullmatch(kiosk_id)
        and isinstance(mac, bytes)
        and len(mac) == _MAC_BYTES
    ):
        raise PairingReplyInvalid()
    assert isinstance(public, bytes)
    return PairingReply(invite, shelter_id, kiosk_id, public, mac)
