"""Kiosk slip codes: the QR printed for a walk-in, signed by the kiosk's own Ed25519 key.

Owns the slip format (prefix ``KSS1:``; see ``docs/qr-formats.md``), issuing and offline
verification. A slip carries only a random slip id, the shelter id and whether the person needs
support — nothing personal — so a lost slip tells a finder nothing. It verifies on the kiosk that
printed it and on the shelter's other kiosks once their ``slip`` keys are in the trust list.
"""

from __future__ import annotations

import base64
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

import base45
import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.basics.local_time import DEFAULT_TIME_ZONE
from kiosk.identity.errors import ForeignSlip, InvalidPayload, MalformedCode, UnknownVersion
from kiosk.identity.keys import new_key, sign_cose
from kiosk.identity.prefixes import SLIP, SLIP_PREFIX, family_version
from kiosk.identity.trust import TrustList

__all__ = [
    "SLIP_PREFIX",
    "Slip",
    "VerifiedSlip",
    "new_kiosk_key",
    "new_slip_id",
    "issue_slip",
    "verify_slip",
]

#: Body versions: 1 = ``[1, id, shelter, support]`` (undated, printed before slips expired);
#: 2 = ``[2, id, shelter, support, issued_at]`` with the issue time in whole Unix seconds, so a
#: slip can expire with the shelter's opening period (``kiosk/reception/slip_validity.py``).
_FORMAT_VERSION = 2
_UNDATED_VERSION = 1
#: Issue times before 2020 or after 2200 are not times a kiosk signed: refused as malformed.
_EARLIEST_ISSUE = 1_577_836_800
_LATEST_ISSUE = 7_258_118_400
#: Slip ids: 8 characters of RFC 4648 base32 (40 random bits), easy to read out or type.
SLIP_ID = re.compile(r"[A-Z2-7]{8}")
_SHELTER_ID = re.compile(r"[A-Za-z0-9._:\-]{1,64}")
_MAX_TEXT = 600


@dataclass(frozen=True)
class Slip:
    """What a slip says. None of it is personal data."""

    slip_id: str
    shelter_id: str
    support_needed: bool = False
    #: When the kiosk signed it (UTC); None for a version-1 slip, which carried no time.
    issued_at: datetime | None = None


@dataclass(frozen=True)
class VerifiedSlip:
    """A verified slip and which kiosk key (trust-list entry) vouched for it."""

    slip: Slip
    kid: bytes
    issuer: str


def new_kiosk_key() -> Ed25519PrivateKey:
    """A fresh Ed25519 key for a kiosk to sign its slips with."""
    return new_key()


def new_slip_id() -> str:
    """A random, short slip id (8 base32 characters, 40 bits)."""
    return base64.b32encode(secrets.token_bytes(5)).decode("ascii")


def _check(slip: Slip) -> None:
    if not isinstance(slip.slip_id, str) or not SLIP_ID.fullmatch(slip.slip_id):
        raise InvalidPayload("slip_id", "8 characters A-Z, 2-7")
    if not isinstance(slip.shelter_id, str) or not _SHELTER_ID.fullmatch(slip.shelter_id):
        raise InvalidPayload("shelter_id", "1-64 characters A-Z a-z 0-9 . _ : -")
    if not isinstance(slip.support_needed, bool):
        raise InvalidPayload("support_needed", "not true/false")


def issue_slip(
    private_key: Ed25519PrivateKey,
    shelter_id: str,
    support_needed: bool = False,
    slip_id: str | None = None,
    kid: bytes | None = None,
    issued_at: datetime | None = None,
) -> tuple[Slip, str]:
    """A new slip and the text of its code, signed with the kiosk's ``private_key``.

    ``slip_id`` defaults to a fresh :func:`new_slip_id`; ``kid`` to the key's id; ``issued_at``
    (aware) to now. The issue time is signed in whole seconds so the slip can expire.

    Raises:
        InvalidPayload: the slip id or shelter id breaks the format.
        ValueError: ``issued_at`` is naive (a programming error).
    """
    when = datetime.now(UTC) if issued_at is None else issued_at
    if when.tzinfo is None:
        raise ValueError("issued_at must be timezone-aware")
    seconds = int(when.timestamp())
    slip = Slip(
        slip_id or new_slip_id(),
        shelter_id,
        support_needed,
        datetime.fromtimestamp(seconds, UTC),
    )
    _check(slip)
    body = cbor2.dumps(
        [_FORMAT_VERSION, slip.slip_id, slip.shelter_id, slip.support_needed, seconds]
    )
    message = sign_cose(body, private_key, kid)
    return slip, SLIP_PREFIX + base45.b45encode(message).decode("ascii")


def _unwrap(text: object) -> bytes:
    if not isinstance(text, str):
        raise MalformedCode("not text")
    text = text.strip()
    if len(text) > _MAX_TEXT:
        raise MalformedCode("longer than any slip")
    if not text.startswith(SLIP_PREFIX):
        family = family_version(text)
        if family is not None and family[0] == SLIP:
            raise UnknownVersion(prefix=f"{SLIP}{family[1]}")
        raise MalformedCode("not a slip code (prefix)")
    try:
        return base45.b45decode(text[len(SLIP_PREFIX) :])
    except (ValueError, KeyError) as exc:
        raise MalformedCode("not Base45") from exc


def _slip_from(body: bytes) -> Slip:
    try:
        raw = cbor2.loads(body)
    except Exception as exc:  # noqa: BLE001 - signed but still parsed defensively
        raise MalformedCode("slip body is not CBOR") from exc
    undated = isinstance(raw, list) and len(raw) == 4 and raw[0] == _UNDATED_VERSION
    dated = isinstance(raw, list) and len(raw) == 5 and raw[0] == _FORMAT_VERSION
    if not (undated or dated):
        raise MalformedCode("slip body is not [1, id, shelter, support] or [2, ..., issued]")
    if type(raw[0]) is not int or type(raw[1]) is not str or type(raw[2]) is not str:
        raise MalformedCode("slip body has wrong types")
    issued_at = None
    if dated:
        seconds = raw[4]
        if type(seconds) is not int or not _EARLIEST_ISSUE <= seconds <= _LATEST_ISSUE:
            raise MalformedCode("slip issue time is not a plausible Unix time")
        issued_at = datetime.fromtimestamp(seconds, UTC)
    slip = Slip(raw[1], raw[2], raw[3], issued_at)
    try:
        _check(slip)
    except InvalidPayload as exc:
        raise MalformedCode(f"breaks a rule: {exc.params['field']}") from None
    return slip


def verify_slip(
    text: str,
    trust: TrustList,
    now: datetime,
    shelter_id: str | None = None,
    zone: str = DEFAULT_TIME_ZONE,
) -> VerifiedSlip:
    """Verify a slip code offline with the ``slip`` keys of ``trust``.

    ``shelter_id``, when given, is the shelter this kiosk serves: a slip of another is refused.
    ``zone`` is the shelter's time zone: a key's dates in a refusal are days on its calendar.

    Raises:
        UnknownVersion: a ``KSS<n>:`` prefix of another version.
        MalformedCode: not a well-formed version-1 or version-2 slip.
        UnknownKey: no trusted slip key for the slip's key id.
        BadSignature: the signature does not verify with any key of that id.
        KeyRetired: the kiosk key's validity has ended.
        KeyNotYetValid: the kiosk key's validity has not begun.
        ForeignSlip: the slip belongs to another shelter than ``shelter_id``.
        ValueError: ``now`` is naive (a programming error).
    """
    message = _unwrap(text)
    body, key = trust.verify(message, "slip", now, zone)
    slip = _slip_from(body)
    if shelter_id is not None and slip.shelter_id != shelter_id:
        raise ForeignSlip(shelter=slip.shelter_id)
    return VerifiedSlip(slip=slip, kid=key.kid, issuer=key.issuer)
