"""Demo identity material: fixed issuer and kiosk keys, a trust list, and clearly fake codes.

Owns what the demo shelter, the tests and the window's demo camera show: deterministic Ed25519
keys (derived from public seed strings — they protect nothing, never trust them outside a demo),
a trust list with a retiring and a current City OS key plus the demo kiosk's slip key, and
citizen-app codes for invented residents (見本 太郎, テスト 一郎 …) living in the fictional デモ市,
with phone numbers starting 000, which no Japanese number does.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.identity.app_code import AppPayload, Member, issue_app_code
from kiosk.identity.slip import issue_slip
from kiosk.identity.trust import TrustedKey, TrustList

__all__ = [
    "DEMO_ISSUER",
    "DEMO_SHELTER_ID",
    "DemoCode",
    "demo_issuer_key",
    "demo_previous_issuer_key",
    "demo_kiosk_key",
    "demo_unknown_key",
    "demo_trust_list",
    "demo_household_of_six",
    "demo_payloads",
    "demo_app_codes",
]

DEMO_ISSUER = "デモ市 City OS (demo)"
#: Same id as :data:`kiosk.demos.residents.DEMO_SHELTER` (a test keeps them equal).
DEMO_SHELTER_ID = "demo-shelter-01"
_PREVIOUS_FROM = datetime(2024, 4, 1, tzinfo=UTC)
_CURRENT_FROM = datetime(2026, 4, 1, tzinfo=UTC)
_PREVIOUS_TO = datetime(2027, 4, 1, tzinfo=UTC)
_ADDRESS = "デモ県デモ市大字見本字テスト町一丁目二番三号 デモハイツ見本第二号棟 一二三四号室"


def _seeded(seed: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed.encode("utf-8")).digest())


def demo_issuer_key() -> Ed25519PrivateKey:
    """The demo City OS's current issuer key (valid from 2026-04-01, no end)."""
    return _seeded("shelter-kiosk demo City OS issuer key 2026")


def demo_previous_issuer_key() -> Ed25519PrivateKey:
    """The demo City OS's previous key (2024-04-01 until it retires on 2027-04-01)."""
    return _seeded("shelter-kiosk demo City OS issuer key 2024")


def demo_kiosk_key() -> Ed25519PrivateKey:
    """The demo shelter kiosk's slip key."""
    return _seeded("shelter-kiosk demo kiosk slip key")


def demo_unknown_key() -> Ed25519PrivateKey:
    """A key no demo trust list holds: codes it signs are refused as from an unknown key."""
    return _seeded("shelter-kiosk demo key nobody trusts")


def demo_trust_list() -> TrustList:
    """Both demo City OS keys (for rotation) and the demo kiosk's slip key."""
    return TrustList(
        (
            TrustedKey.for_key(
                demo_previous_issuer_key(), "app", DEMO_ISSUER, _PREVIOUS_FROM, _PREVIOUS_TO
            ),
            TrustedKey.for_key(demo_issuer_key(), "app", DEMO_ISSUER, _CURRENT_FROM),
            TrustedKey.for_key(demo_kiosk_key(), "slip", "demo kiosk", _PREVIOUS_FROM),
        )
    )


def _subject(n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://demo.invalid/cityos/person/{n}"))


def _times(now: datetime, days: int = 30) -> tuple[datetime, datetime]:
    issued = now.astimezone(UTC).replace(microsecond=0) - timedelta(hours=1)
    return issued, issued + timedelta(days=days)


def demo_household_of_six(now: datetime) -> AppPayload:
    """The largest demo code: six people, a long address, needs and consent filled in."""
    issued, expires = _times(now)
    emergency = frozenset({"anpi", "family.emergency", "city.emergency", "hospital.emergency"})
    return AppPayload(
        members=(
            Member(
                "テスト 一郎",
                "テスト イチロウ",
                date(1968, 5, 14),
                "M",
                "self",
                frozenset({"medication"}),
                emergency | {"neighbourhood.emergency"},
                _subject(10),
                "000-1234-5610",
            ),
            Member(
                "テスト 花子",
                "テスト ハナコ",
                date(1971, 9, 2),
                "F",
                "spouse",
                frozenset({"pregnancy"}),
                emergency,
                _subject(11),
                "000-1234-5611",
            ),
            Member(
                "テスト 次郎",
                "テスト ジロウ",
                date(2012, 1, 30),
                "M",
                "child",
                frozenset({"allergy", "dietary"}),
                emergency,
                _subject(12),
            ),
            Member(
                "テスト 三郎",
                "テスト サブロウ",
                date(2025, 6, 18),
                "M",
                "child",
                frozenset({"infant"}),
                emergency,
                _subject(13),
            ),
            Member(
                "テスト 梅",
                "テスト ウメ",
                date(1938, 3, 3),
                "F",
                "parent",
                frozenset({"wheelchair", "care", "hearing", "medication"}),
                emergency,
                _subject(14),
            ),
            Member(
                "見本 さくら",
                "ミホン サクラ",
                date(1999, 12, 24),
                "F",
                "relative",
                frozenset({"visual"}),
                frozenset({"anpi"}),
                _subject(15),
                "000-9876-5432",
                "デモ県デモ市北見本町四丁目五番六号 見本荘 二〇一号室",
            ),
        ),
        issued_at=issued,
        expires_at=expires,
        address=_ADDRESS,
        phone="000-1234-5600",
    )


def demo_payloads(now: datetime) -> tuple[tuple[str, AppPayload], ...]:
    """The demo residents' payloads, each with an English label (marked for translation)."""
    issued, expires = _times(now)
    single = AppPayload(
        members=(
            Member(
                "見本 太郎",
                "ミホン タロウ",
                date(1950, 4, 1),
                "M",
                "self",
                frozenset(),
                frozenset({"anpi", "family.emergency", "city.emergency"}),
                _subject(1),
            ),
        ),
        issued_at=issued,
        expires_at=expires,
        address="デモ県デモ市中央一丁目一番一号",
        phone="000-0000-0001",
    )
    support = AppPayload(
        members=(
            Member(
                "見本 花子",
                "ミホン ハナコ",
                date(1936, 11, 3),
                "F",
                "self",
                frozenset({"wheelchair", "care"}),
                frozenset({"anpi", "city.emergency"}),
                _subject(2),
            ),
            Member(
                "見本 次郎",
                "ミホン ジロウ",
                date(1962, 7, 7),
                "M",
                "child",
                frozenset(),
                frozenset({"anpi"}),
                _subject(3),
                "000-0000-0003",
            ),
        ),
        issued_at=issued,
        expires_at=expires,
        address="デモ県デモ市中央二丁目三番四号",
        phone="000-0000-0002",
    )
    return (
        (_N("Demo", "Single resident (見本 太郎)"), single),
        (_N("Demo", "Resident needing support, with her son (見本 花子)"), support),
        (_N("Demo", "Household of six (テスト 一郎)"), demo_household_of_six(now)),
    )


@dataclass(frozen=True)
class DemoCode:
    """A demo code's text, its label, and the error code it must raise ("" when valid)."""

    label: str
    text: str
    expected_error: str = ""


def demo_app_codes(now: datetime) -> tuple[DemoCode, ...]:
    """Demo codes valid at ``now`` against :func:`demo_trust_list`, then refused ones.

    Valid codes are signed with the current issuer key, plus one with the previous key (valid
    until that key retires on 2027-04-01); then an expired code, one from an unknown key and a
    slip of the demo shelter.
    """
    key = demo_issuer_key()
    codes = [DemoCode(label, issue_app_code(p, key)) for label, p in demo_payloads(now)]
    single = demo_payloads(now)[0][1]
    if now < _PREVIOUS_TO:
        codes.append(
            DemoCode(
                _N("Demo", "Single resident, code from the previous City key"),
                issue_app_code(single, demo_previous_issuer_key()),
            )
        )
    expired = AppPayload(
        single.members,
        single.issued_at - timedelta(days=60),
        single.issued_at - timedelta(days=30),
        single.address,
        single.phone,
    )
    codes.append(DemoCode(_N("Demo", "Expired code"), issue_app_code(expired, key), "code_expired"))
    codes.append(
        DemoCode(
            _N("Demo", "Code from a key nobody trusts"),
            issue_app_code(single, demo_unknown_key()),
            "code_unknown_key",
        )
    )
    _, slip_text = issue_slip(demo_kiosk_key(), DEMO_SHELTER_ID, True, slip_id="DEMOSLIP")
    codes.append(DemoCode(_N("Demo", "Walk-in slip, support needed"), slip_text))
    return tuple(codes)
