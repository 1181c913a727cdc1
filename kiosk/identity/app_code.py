"""Citizen-app codes: the signed, versioned household payload a resident shows from the City OS app.

Owns the :class:`AppPayload` / :class:`Member` records, their byte format (version 1, prefix
``KSA1:``; see ``docs/qr-formats.md``), issuing (CBOR claims → COSE_Sign1 with Ed25519 →
zlib → Base45 → prefix, the EU DCC pattern) and offline verification against a
:class:`~kiosk.identity.trust.TrustList` at an explicit ``now``. Also the JSON form of a payload
that the issuing tool reads.

Parsing is strict: a code with a field this version does not define, a value outside the
shared vocabularies (:mod:`kiosk.registry.vocab`) or a wrong type is malformed, never half-read.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import base45
import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.basics.local_time import DEFAULT_TIME_ZONE, local_date
from kiosk.basics.text_rules import unsafe_character
from kiosk.identity.errors import (
    CodeTooLarge,
    Expired,
    InvalidPayload,
    MalformedCode,
    NotYetValid,
    UnknownVersion,
)
from kiosk.identity.keys import sign_cose
from kiosk.identity.prefixes import APP, APP_PREFIX, family_version
from kiosk.identity.trust import TrustList
from kiosk.registry.vocab import ANPI_SCOPE, CONSENT_SCOPES, NEED_FLAGS, RELATIONSHIPS, SEXES

__all__ = [
    "APP_PREFIX",
    "MAX_QR_VERSION",
    "MAX_TEXT_LENGTH",
    "DEFAULT_LEEWAY",
    "Member",
    "AppPayload",
    "VerifiedApp",
    "check_payload",
    "issue_app_code",
    "verify_app_code",
    "parse_payload_json",
    "payload_json",
]

#: The prefix of version 1 of the format; ``KSA<n>:`` with another n is an unknown version.
#: Largest QR version a webcam reads reliably from a phone screen (design §3).
MAX_QR_VERSION = 25
#: Alphanumeric characters a version-25 code holds at error correction M (checked by a test).
MAX_TEXT_LENGTH = 1451
#: Inflated payloads larger than this are refused before parsing (a zip bomb is malformed).
_MAX_INFLATED = 16 * 1024
#: Clock difference tolerated between the issuer and this kiosk for "issued in the future".
DEFAULT_LEEWAY = timedelta(minutes=5)

# Version 1 bit order of the need flags and consent scopes. Frozen with the format: a new
# vocabulary value needs a new version, so these are literal, not derived from kiosk.registry.vocab.
V1_NEEDS: tuple[str, ...] = (
    "pregnancy",
    "infant",
    "disability",
    "hearing",
    "visual",
    "wheelchair",
    "care",
    "illness",
    "medication",
    "allergy",
    "dietary",
)
V1_CONSENT: tuple[str, ...] = (
    "family.peacetime",
    "family.emergency",
    "city.peacetime",
    "city.emergency",
    "neighbourhood.peacetime",
    "neighbourhood.emergency",
    "hospital.peacetime",
    "hospital.emergency",
    "anpi",
)
assert set(V1_NEEDS) <= set(NEED_FLAGS)
assert set(V1_CONSENT) <= {*CONSENT_SCOPES, ANPI_SCOPE}

# CWT claim keys (RFC 8392) and our private claim (private-use range, below -65536).
_EXP, _IAT, _BODY = 4, 6, -65537
# Keys of the body map and of each member map (docs/qr-formats.md).
_B_VERSION, _B_ADDRESS, _B_PHONE, _B_MEMBERS = 0, 1, 2, 3
_M_SUBJECT, _M_NAME, _M_KANA, _M_BIRTH, _M_SEX, _M_REL = 1, 2, 3, 4, 5, 6
_M_NEEDS, _M_CONSENT, _M_PHONE, _M_ADDRESS = 7, 8, 9, 10
_FORMAT_VERSION = 1

_MAX_MEMBERS = 10
_LIMITS = {"subject": 64, "name": 64, "kana": 64, "address": 160, "phone": 24}
_PHONE = re.compile(r"[0-9+\-() ]*")
_BIRTH = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MAX_TIME = 2**40


@dataclass(frozen=True, repr=False)
class Member:
    """One person in a code. ``subject`` is their City OS subject id ("" if they have none);
    ``address``/``phone`` are empty when the household's apply. ``relationship`` is to the
    household representative (:data:`kiosk.registry.vocab.RELATIONSHIPS`)."""

    name: str
    kana: str = ""
    birth: date | None = None
    sex: str = "X"
    relationship: str = "self"
    needs: frozenset[str] = frozenset()
    consent: frozenset[str] = frozenset()
    subject: str = ""
    phone: str = ""
    address: str = ""

    def __repr__(self) -> str:
        return "Member(…)"


@dataclass(frozen=True, repr=False)
class AppPayload:
    """What a citizen-app code says: a resident alone or a whole household.

    ``members[0]`` is the holder (the person the code was issued to). Times are
    timezone-aware and kept to the second in the code.
    """

    members: tuple[Member, ...]
    issued_at: datetime
    expires_at: datetime
    address: str = ""
    phone: str = ""

    @property
    def holder(self) -> Member:
        return self.members[0]

    def __repr__(self) -> str:
        return f"AppPayload(members={len(self.members)})"


@dataclass(frozen=True, repr=False)
class VerifiedApp:
    """A verified code: its payload and which trusted key vouched for it."""

    payload: AppPayload
    kid: bytes
    issuer: str

    def __repr__(self) -> str:
        return f"VerifiedApp(kid={self.kid.hex()!r}, members={len(self.payload.members)})"


# --- rules ---------------------------------------------------------------------------------------


def _check_text(value: object, field: str, limit: str, required: bool = False) -> None:
    if not isinstance(value, str):
        raise InvalidPayload(field, "not text")
    if required and not value.strip():
        raise InvalidPayload(field, "empty")
    if len(value) > _LIMITS[limit]:
        raise InvalidPayload(field, f"longer than {_LIMITS[limit]} characters")
    hidden = unsafe_character(value)
    if hidden is not None:
        raise InvalidPayload(field, f"invisible or control character {hidden}")
    if limit == "phone" and not _PHONE.fullmatch(value):
        raise InvalidPayload(field, "a phone number has digits, spaces, + - ( ) only")


def _check_time(value: object, field: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise InvalidPayload(field, "not a timezone-aware date-time")
    if not 0 < value.timestamp() < _MAX_TIME:
        raise InvalidPayload(field, "out of range")
    return value


def _check_member(member: object, where: str) -> None:
    if not isinstance(member, Member):
        raise InvalidPayload(where, "not a member")
    _check_text(member.name, f"{where}.name", "name", required=True)
    _check_text(member.kana, f"{where}.kana", "kana")
    _check_text(member.subject, f"{where}.subject", "subject")
    _check_text(member.phone, f"{where}.phone", "phone")
    _check_text(member.address, f"{where}.address", "address")
    if member.birth is not None and (
        not isinstance(member.birth, date)
        or isinstance(member.birth, datetime)
        or member.birth.year < 1880
    ):
        raise InvalidPayload(f"{where}.birth", "not a date after 1880")
    if member.sex not in SEXES:
        raise InvalidPayload(f"{where}.sex", "not one of F, M, X")
    if member.relationship not in RELATIONSHIPS:
        raise InvalidPayload(f"{where}.relationship", "not a known relationship")
    if not isinstance(member.needs, frozenset) or not member.needs <= set(V1_NEEDS):
        raise InvalidPayload(f"{where}.needs", "unknown special-needs flag")
    if not isinstance(member.consent, frozenset) or not member.consent <= set(V1_CONSENT):
        raise InvalidPayload(f"{where}.consent", "unknown consent scope")


def check_payload(payload: AppPayload) -> None:
    """Check ``payload`` against the rules of format version 1.

    Raises:
        InvalidPayload: names the first field that breaks a rule.
    """
    if not isinstance(payload.members, tuple) or not 1 <= len(payload.members) <= _MAX_MEMBERS:
        raise InvalidPayload("members", f"1 to {_MAX_MEMBERS} members")
    for index, member in enumerate(payload.members):
        _check_member(member, f"members[{index}]")
    _check_text(payload.address, "address", "address")
    _check_text(payload.phone, "phone", "phone")
    issued = _check_time(payload.issued_at, "issued_at")
    expires = _check_time(payload.expires_at, "expires_at")
    if int(expires.timestamp()) <= int(issued.timestamp()):
        raise InvalidPayload("expires_at", "not after issued_at")


# --- encoding ------------------------------------------------------------------------------------


def _bits(values: frozenset[str], table: tuple[str, ...]) -> int:
    return sum(1 << table.index(v) for v in values)


def _unbits(mask: int, table: tuple[str, ...]) -> frozenset[str]:
    if mask >> len(table):
        raise MalformedCode("unknown bit in a flag set")
    return frozenset(v for i, v in enumerate(table) if mask >> i & 1)


def _member_claims(m: Member) -> dict[int, Any]:
    fields: list[tuple[int, Any, Any]] = [
        (_M_SUBJECT, m.subject, ""),
        (_M_NAME, m.name, None),
        (_M_KANA, m.kana, ""),
        (_M_BIRTH, m.birth.isoformat() if m.birth else None, None),
        (_M_SEX, m.sex, "X"),
        (_M_REL, m.relationship, "self"),
        (_M_NEEDS, _bits(m.needs, V1_NEEDS), 0),
        (_M_CONSENT, _bits(m.consent, V1_CONSENT), 0),
        (_M_PHONE, m.phone, ""),
        (_M_ADDRESS, m.address, ""),
    ]
    # Defaults are left out: every byte counts in a household of six.
    return {key: value for key, value, default in fields if value != default}


def _claims(payload: AppPayload) -> dict[int, Any]:
    body: dict[int, Any] = {_B_VERSION: _FORMAT_VERSION}
    if payload.address:
        body[_B_ADDRESS] = payload.address
    if payload.phone:
        body[_B_PHONE] = payload.phone
    body[_B_MEMBERS] = [_member_claims(m) for m in payload.members]
    return {
        _EXP: int(payload.expires_at.timestamp()),
        _IAT: int(payload.issued_at.timestamp()),
        _BODY: body,
    }


def issue_app_code(
    payload: AppPayload, private_key: Ed25519PrivateKey, kid: bytes | None = None
) -> str:
    """The text of a citizen-app code for ``payload``, signed with ``private_key``.

    ``kid`` defaults to the key's id (:func:`kiosk.identity.keys.key_id`). The text uses only
    QR alphanumeric characters; render it with :mod:`kiosk.identity.render`.

    Raises:
        InvalidPayload: the payload breaks a rule of the format (see :func:`check_payload`).
        CodeTooLarge: the code would need a QR version above 25 at error correction M.
    """
    check_payload(payload)
    claims = cbor2.dumps(_claims(payload))
    message = sign_cose(claims, private_key, kid)
    text = APP_PREFIX + base45.b45encode(zlib.compress(message, 9)).decode("ascii")
    if len(text) > MAX_TEXT_LENGTH:
        raise CodeTooLarge(version=">25", limit=MAX_QR_VERSION)
    return text


# --- decoding ------------------------------------------------------------------------------------


def _unwrap(text: object) -> bytes:
    """The COSE bytes inside a ``KSA1:`` text (prefix, Base45, zlib checked)."""
    if not isinstance(text, str):
        raise MalformedCode("not text")
    text = text.strip()
    if len(text) > 2 * MAX_TEXT_LENGTH:
        raise MalformedCode("longer than any QR code")
    if not text.startswith(APP_PREFIX):
        family = family_version(text)
        if family is not None and family[0] == APP:
            raise UnknownVersion(prefix=f"{APP}{family[1]}")
        raise MalformedCode("not a citizen-app code (prefix)")
    try:
        compressed = base45.b45decode(text[len(APP_PREFIX) :])
    except (ValueError, KeyError) as exc:
        raise MalformedCode("not Base45") from exc
    inflater = zlib.decompressobj()
    try:
        message = inflater.decompress(compressed, _MAX_INFLATED)
    except zlib.error as exc:
        raise MalformedCode("not zlib data") from exc
    if inflater.unconsumed_tail:
        raise MalformedCode("inflates beyond the size limit")
    if not inflater.eof or inflater.unused_data:
        raise MalformedCode("zlib stream truncated or followed by garbage")
    return message


def _get(mapping: Mapping[int, Any], key: int, kind: type, default: Any) -> Any:
    if key not in mapping:
        return default
    value = mapping[key]
    if type(value) is not kind:
        raise MalformedCode(f"claim {key} has the wrong type")
    return value


def _only_int_keys(mapping: object, allowed: Iterable[int], what: str) -> Mapping[int, Any]:
    if not isinstance(mapping, dict):
        raise MalformedCode(f"{what} is not a map")
    allowed_set = set(allowed)
    for key in mapping:
        if type(key) is not int or key not in allowed_set:
            raise MalformedCode(f"{what} has an unknown key")
    return mapping


def _member_from(raw: object) -> Member:
    m = _only_int_keys(raw, range(1, 11), "member")
    birth_text = _get(m, _M_BIRTH, str, None)
    birth: date | None = None
    if birth_text is not None:
        if not _BIRTH.fullmatch(birth_text):
            raise MalformedCode("birth date is not YYYY-MM-DD")
        try:
            birth = date.fromisoformat(birth_text)
        except ValueError as exc:
            raise MalformedCode("birth date does not exist") from exc
    if _M_NAME not in m:
        raise MalformedCode("member without a name")
    return Member(
        name=_get(m, _M_NAME, str, ""),
        kana=_get(m, _M_KANA, str, ""),
        birth=birth,
        sex=_get(m, _M_SEX, str, "X"),
        relationship=_get(m, _M_REL, str, "self"),
        needs=_unbits(_get(m, _M_NEEDS, int, 0), V1_NEEDS),
        consent=_unbits(_get(m, _M_CONSENT, int, 0), V1_CONSENT),
        subject=_get(m, _M_SUBJECT, str, ""),
        phone=_get(m, _M_PHONE, str, ""),
        address=_get(m, _M_ADDRESS, str, ""),
    )


def _time_from(value: object, what: str) -> datetime:
    if type(value) is not int or not 0 < value < _MAX_TIME:
        raise MalformedCode(f"{what} is not a time")
    return datetime.fromtimestamp(value, UTC)


def _payload_from(claims_bytes: bytes) -> AppPayload:
    try:
        raw = cbor2.loads(claims_bytes)
    except Exception as exc:  # noqa: BLE001 - signed but still parsed defensively
        raise MalformedCode("claims are not CBOR") from exc
    claims = _only_int_keys(raw, (_EXP, _IAT, _BODY), "claims")
    if set(claims) != {_EXP, _IAT, _BODY}:
        raise MalformedCode("claims lack exp, iat or the body")
    body = _only_int_keys(claims[_BODY], range(4), "body")
    if _get(body, _B_VERSION, int, None) != _FORMAT_VERSION:
        raise MalformedCode("body version does not match the prefix")
    members = _get(body, _B_MEMBERS, list, None)
    if members is None:
        raise MalformedCode("body without members")
    payload = AppPayload(
        members=tuple(_member_from(m) for m in members),
        issued_at=_time_from(claims[_IAT], "iat"),
        expires_at=_time_from(claims[_EXP], "exp"),
        address=_get(body, _B_ADDRESS, str, ""),
        phone=_get(body, _B_PHONE, str, ""),
    )
    try:
        check_payload(payload)
    except InvalidPayload as exc:
        raise MalformedCode(f"breaks a rule: {exc.params['field']}") from None
    return payload


def verify_app_code(
    text: str,
    trust: TrustList,
    now: datetime,
    leeway: timedelta = DEFAULT_LEEWAY,
    zone: str = DEFAULT_TIME_ZONE,
) -> VerifiedApp:
    """Verify a citizen-app code offline and return what it says.

    Checks, in order: prefix and version, Base45, zlib, COSE_Sign1 structure, a trusted
    ``app`` key with the code's key id, the signature, the key's validity at ``now``, the
    claims, the code's expiry, and that it was not issued after ``now + leeway``.

    Raises:
        UnknownVersion: a ``KSA<n>:`` prefix of another version.
        MalformedCode: anything that is not a well-formed version-1 code.
        UnknownKey: no trusted key for the code's key id.
        BadSignature: the signature does not verify with any key of that id.
        KeyRetired: the verifying key's validity has ended.
        KeyNotYetValid: the verifying key's validity has not begun.
        Expired: ``now`` is at or past the code's expiry (its day on the calendar of the
            shelter's ``zone`` is in the message).
        NotYetValid: the code was issued after ``now + leeway``.
        ValueError: ``now`` is naive (a programming error).
    """
    message = _unwrap(text)
    claims, key = trust.verify(message, "app", now, zone)
    payload = _payload_from(claims)
    if now >= payload.expires_at:
        # The day on the shelter's calendar (``zone``), not the UTC day of the instant.
        raise Expired(expired=local_date(payload.expires_at, zone).isoformat())
    if payload.issued_at > now + leeway:
        raise NotYetValid(issued=payload.issued_at.isoformat())
    return VerifiedApp(payload=payload, kid=key.kid, issuer=key.issuer)


# --- JSON form for the issuing tool ---------------------------------------------------------


def _json_member(m: Member) -> dict[str, Any]:
    return {
        "subject": m.subject,
        "name": m.name,
        "kana": m.kana,
        "birth": m.birth.isoformat() if m.birth else None,
        "sex": m.sex,
        "relationship": m.relationship,
        "needs": sorted(m.needs, key=V1_NEEDS.index),
        "consent": sorted(m.consent, key=V1_CONSENT.index),
        "phone": m.phone,
        "address": m.address,
    }


def payload_json(payload: AppPayload) -> str:
    """``payload`` as the issuing tool's JSON document (UTF-8 text, stable order)."""
    document = {
        "issued_at": payload.issued_at.isoformat(),
        "expires_at": payload.expires_at.isoformat(),
        "address": payload.address,
        "phone": payload.phone,
        "members": [_json_member(m) for m in payload.members],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _json_text(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = obj.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidPayload(f"{where}{key}", "not text")
    return value


def _json_set(obj: Mapping[str, Any], key: str, where: str) -> frozenset[str]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidPayload(f"{where}{key}", "not a list of text")
    return frozenset(value)


def _json_time(obj: Mapping[str, Any], key: str, default: datetime | None) -> datetime:
    value = obj.get(key)
    if value is None:
        if default is None:
            raise InvalidPayload(key, "missing")
        return default
    if not isinstance(value, str):
        raise InvalidPayload(key, "not a date-time")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidPayload(key, "not an ISO 8601 date-time") from exc


def _json_member_from(obj: object, index: int) -> Member:
    where = f"members[{index}]."
    if not isinstance(obj, dict):
        raise InvalidPayload(f"members[{index}]", "not an object")
    birth_text = obj.get("birth")
    birth: date | None = None
    if birth_text is not None:
        try:
            birth = date.fromisoformat(str(birth_text))
        except ValueError as exc:
            raise InvalidPayload(f"{where}birth", "not YYYY-MM-DD") from exc
    return Member(
        name=_json_text(obj, "name", where),
        kana=_json_text(obj, "kana", where),
        birth=birth,
        sex=_json_text(obj, "sex", where) or "X",
        relationship=_json_text(obj, "relationship", where) or "self",
        needs=_json_set(obj, "needs", where),
        consent=_json_set(obj, "consent", where),
        subject=_json_text(obj, "subject", where),
        phone=_json_text(obj, "phone", where),
        address=_json_text(obj, "address", where),
    )


def parse_payload_json(
    text: str | bytes,
    issued_at: datetime | None = None,
    expires_at: datetime | None = None,
) -> AppPayload:
    """A payload from the issuing tool's JSON (schema in ``docs/qr-formats.md``).

    ``issued_at``/``expires_at`` fill the times when the document leaves them out.

    Raises:
        InvalidPayload: not JSON, a missing or mistyped field, or a rule of the format broken.
    """
    try:
        document = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise InvalidPayload("-", "not JSON") from exc
    if not isinstance(document, dict):
        raise InvalidPayload("-", "not a JSON object")
    members = document.get("members")
    if not isinstance(members, list):
        raise InvalidPayload("members", "not a list")
    payload = AppPayload(
        members=tuple(_json_member_from(m, i) for i, m in enumerate(members)),
        issued_at=_json_time(document, "issued_at", issued_at),
        expires_at=_json_time(document, "expires_at", expires_at),
        address=_json_text(document, "address", ""),
        phone=_json_text(document, "phone", ""),
    )
    check_payload(payload)
    return payload
