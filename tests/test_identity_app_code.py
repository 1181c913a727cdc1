"""Citizen-app codes: round trips, the QR size bound, and every refusal from crafted codes."""

from __future__ import annotations

import dataclasses
import re
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import base45
import cbor2
import cv2
import numpy as np
import pytest
import segno
import zxingcpp

from kiosk.basics.errors import KioskError
from kiosk.identity import classify, verify_slip
from kiosk.identity.app_code import (
    APP_PREFIX,
    MAX_QR_VERSION,
    MAX_TEXT_LENGTH,
    V1_CONSENT,
    V1_NEEDS,
    AppPayload,
    Member,
    VerifiedApp,
    issue_app_code,
    parse_payload_json,
    payload_json,
    verify_app_code,
)
from kiosk.identity.demo import (
    DEMO_ISSUER,
    demo_app_codes,
    demo_household_of_six,
    demo_issuer_key,
    demo_kiosk_key,
    demo_payloads,
    demo_previous_issuer_key,
    demo_trust_list,
    demo_unknown_key,
)
from kiosk.identity.errors import (
    BadSignature,
    CodeTooLarge,
    InvalidPayload,
    KeyNotYetValid,
    KeyRetired,
    MalformedCode,
    NotYetValid,
    UnknownKey,
)
from kiosk.identity.keys import key_id, new_key, sign_cose
from kiosk.identity.render import qr_version, render_png, render_svg
from kiosk.identity.trust import TrustedKey, TrustList
from kiosk.registry.vocab import ANPI_SCOPE, CONSENT_SCOPES, NEED_FLAGS

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
ISSUER = demo_issuer_key()
TRUST = demo_trust_list()
KID = key_id(ISSUER)


def single(now: datetime = NOW) -> AppPayload:
    return demo_payloads(now)[0][1]


def wrap(message: bytes) -> str:
    return APP_PREFIX + base45.b45encode(zlib.compress(message)).decode("ascii")


def encoded(data: bytes) -> str:
    return APP_PREFIX + base45.b45encode(data).decode("ascii")


def cose_of(text: str) -> bytes:
    return zlib.decompress(base45.b45decode(text[len(APP_PREFIX) :]))


def valid_claims(now: datetime = NOW) -> dict[int, Any]:
    stamp = int(now.timestamp())
    return {4: stamp + 3600, 6: stamp - 60, -65537: {0: 1, 3: [{2: "見本 太郎"}]}}


def signed(claims: Any, key: Any = ISSUER, kid: bytes | None = None) -> str:
    return wrap(sign_cose(cbor2.dumps(claims), key, kid))


def refusal(text: str, trust: TrustList = TRUST, now: datetime = NOW) -> tuple[str, str]:
    """The refusal's class and English message."""
    with pytest.raises(KioskError) as caught:
        verify_app_code(text, trust, now)
    return type(caught.value).__name__, caught.value.message


# --- round trips ---------------------------------------------------------------------------------


@pytest.mark.parametrize("index", range(3))
def test_demo_payloads_round_trip_exactly(index: int) -> None:
    payload = demo_payloads(NOW)[index][1]
    verified = verify_app_code(issue_app_code(payload, ISSUER), TRUST, NOW)
    assert verified == VerifiedApp(payload=payload, kid=KID, issuer=DEMO_ISSUER)


def test_every_vocabulary_value_round_trips() -> None:
    member = Member(
        name="見本 全部",
        kana="ミホン ゼンブ",
        birth=date(1880, 1, 1),
        sex="F",
        relationship="grandparent",
        needs=frozenset(NEED_FLAGS),
        consent=frozenset({*CONSENT_SCOPES, ANPI_SCOPE}),
        subject="s" * 64,
        phone="+81 (0)00-0000-0000",
        address="デモ市" * 50,
    )
    payload = dataclasses.replace(single(), members=(member,))
    assert verify_app_code(issue_app_code(payload, ISSUER), TRUST, NOW).payload == payload


def test_minimal_member_round_trips_with_defaults() -> None:
    payload = dataclasses.replace(single(), members=(Member(name="テスト"),), address="", phone="")
    assert verify_app_code(issue_app_code(payload, ISSUER), TRUST, NOW).payload == payload


def test_json_form_round_trips() -> None:
    payload = demo_household_of_six(NOW)
    assert parse_payload_json(payload_json(payload)) == payload


def test_json_form_takes_times_from_options() -> None:
    document = '{"members": [{"name": "見本 太郎", "sex": "M", "needs": ["care"]}]}'
    expires = NOW + timedelta(days=7)
    assert parse_payload_json(document, issued_at=NOW, expires_at=expires) == AppPayload(
        members=(Member(name="見本 太郎", sex="M", needs=frozenset({"care"})),),
        issued_at=NOW,
        expires_at=expires,
    )


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ("[]", "-"),
        ("{", "-"),
        ('{"members": [], "issued_at": "2026-01-01T00:00:00Z"}', "members"),
        ('{"members": [{"name": "x", "sex": "Q"}]}', "members[0].sex"),
        ('{"members": [{"name": "x", "needs": ["flying"]}]}', "members[0].needs"),
        ('{"members": [{"name": "x", "birth": "1950-13-01"}]}', "members[0].birth"),
        ('{"members": [{"name": ""}]}', "members[0].name"),
        ('{"members": [{"name": "x", "phone": "call me"}]}', "members[0].phone"),
    ],
)
def test_json_form_names_the_bad_field(document: str, field: str) -> None:
    with pytest.raises(InvalidPayload) as caught:
        parse_payload_json(document, issued_at=NOW, expires_at=NOW + timedelta(days=1))
    assert caught.value.params["field"] == field


def test_issue_refuses_a_payload_that_breaks_the_format() -> None:
    payload = dataclasses.replace(single(), expires_at=single().issued_at)
    with pytest.raises(InvalidPayload) as caught:
        issue_app_code(payload, ISSUER)
    assert caught.value.params == {"field": "expires_at", "reason": "not after issued_at"}


# --- QR size -------------------------------------------------------------------------------------


def test_max_text_length_is_the_capacity_of_version_25_at_m() -> None:
    fits = segno.make("A" * MAX_TEXT_LENGTH, mode="alphanumeric", error="m", boost_error=False)
    over = segno.make("A" * (MAX_TEXT_LENGTH + 1), mode="alphanumeric", error="m")
    assert (fits.version, fits.error, over.version) == (25, "M", 26)


def test_household_of_six_renders_at_most_version_25_and_decodes_back() -> None:
    text = issue_app_code(demo_household_of_six(NOW), ISSUER)
    rendered = render_png(text, scale=4)
    image = cv2.imdecode(np.frombuffer(rendered.data, np.uint8), cv2.IMREAD_GRAYSCALE)
    decoded = [r.text for r in zxingcpp.read_barcodes(image)]
    assert (decoded, rendered.version <= MAX_QR_VERSION, rendered.error) == ([text], True, "M")
    assert qr_version(text) == rendered.version


def test_svg_rendering_reports_the_same_version() -> None:
    text = issue_app_code(single(), ISSUER)
    svg = render_svg(text)
    assert (svg.mime, svg.version, svg.data.startswith(b"<svg")) == (
        "image/svg+xml",
        qr_version(text),
        True,
    )


def test_a_household_too_large_for_a_phone_screen_is_refused() -> None:
    # Distinct kanji everywhere, so compression cannot save it.
    def kanji(start: int, count: int) -> str:
        return "".join(chr(0x4E00 + (start * 7919 + i * 104729) % 20000) for i in range(count))

    members = tuple(
        Member(name=kanji(i, 30), kana=kanji(i + 100, 30), address=kanji(i + 200, 100))
        for i in range(10)
    )
    with pytest.raises(CodeTooLarge):
        issue_app_code(dataclasses.replace(single(), members=members), ISSUER)


# --- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "not a citizen-app code (prefix)"),
        ("HC1:NCFOXN%TS3DH", "not a citizen-app code (prefix)"),
        ("KSA1:", "zlib stream truncated or followed by garbage"),
        ("KSA1:abc", "not Base45"),
        ("KSA1:ZZZZ", "not Base45"),
        (encoded(zlib.compress(bytes(99))[:-2]), "zlib stream truncated or followed by garbage"),
        (encoded(zlib.compress(bytes(99)) + b"+"), "zlib stream truncated or followed by garbage"),
        (encoded(b"not zlib"), "not zlib data"),
        (wrap(bytes(20000)), "inflates beyond the size limit"),
        (wrap(b"\x84\x40"), "COSE message is not CBOR"),
        (wrap(cbor2.dumps([1, 2, 3, 4])), "not a tagged COSE_Sign1"),
        (
            wrap(cbor2.dumps(cbor2.CBORTag(18, [b"", {}, b""]))),
            "COSE_Sign1 is not an array of four",
        ),
        (
            wrap(cbor2.dumps(cbor2.CBORTag(18, [b"", {}, b"", bytes(64)]))),
            "protected header is not CBOR",
        ),
        (
            wrap(cbor2.dumps(cbor2.CBORTag(18, [cbor2.dumps({1: -8}), {}, b"", bytes(64)]))),
            "protected header must hold exactly alg and kid",
        ),
        (
            wrap(
                cbor2.dumps(cbor2.CBORTag(18, [cbor2.dumps({1: -7, 4: KID}), {}, b"", bytes(64)]))
            ),
            "algorithm is not EdDSA",
        ),
        (
            wrap(
                cbor2.dumps(cbor2.CBORTag(18, [cbor2.dumps({1: -8, 4: KID}), {4: KID}, b"", b""]))
            ),
            "unprotected header must be empty",
        ),
        (signed([1, 2]), "claims is not a map"),
        (signed({**valid_claims(), 1: "iss"}), "claims has an unknown key"),
        (signed({4: 1, 6: 2}), "claims lack exp, iat or the body"),
        (
            signed({**valid_claims(), -65537: {0: 2, 3: []}}),
            "body version does not match the prefix",
        ),
        (signed({**valid_claims(), -65537: {0: 1}}), "body without members"),
        (signed({**valid_claims(), -65537: {0: 1, 3: []}}), "breaks a rule: members"),
        (signed({**valid_claims(), -65537: {0: 1, 3: [{3: "カナ"}]}}), "member without a name"),
        (
            signed({**valid_claims(), -65537: {0: 1, 3: [{2: "x", 5: "Q"}]}}),
            "breaks a rule: members[0].sex",
        ),
        (
            signed({**valid_claims(), -65537: {0: 1, 3: [{2: "x", 7: 1 << 11}]}}),
            "unknown bit in a flag set",
        ),
        (
            signed({**valid_claims(), -65537: {0: 1, 3: [{2: "x", 4: "1950-02-30"}]}}),
            "birth date does not exist",
        ),
        (
            signed({**valid_claims(), -65537: {0: 1, 3: [{2: "x", 11: "?"}]}}),
            "member has an unknown key",
        ),
        (signed({**valid_claims(), 4: "soon"}), "exp is not a time"),
        (signed({**valid_claims(), 4: True}), "exp is not a time"),
        (signed({4.0: 5, 6: 1, -65537: {}}), "claims has an unknown key"),
    ],
)
def test_malformed_codes_are_refused_with_the_failing_layer(text: str, reason: str) -> None:
    with pytest.raises(MalformedCode) as caught:
        verify_app_code(text, TRUST, NOW)
    assert caught.value.reason == reason


def test_unknown_version_is_its_own_refusal() -> None:
    text = "KSA2:" + issue_app_code(single(), ISSUER)[len(APP_PREFIX) :]
    assert refusal(text) == (
        "UnknownVersion",
        "This code uses a newer format (KSA2) than this kiosk knows. "
        "Update the kiosk software, or ask staff to register by hand.",
    )


def test_unknown_key_names_the_key_id() -> None:
    stranger = demo_unknown_key()
    assert refusal(issue_app_code(single(), stranger)) == (
        "UnknownKey",
        "This code was signed with a key this kiosk does not trust "
        f"(key id {key_id(stranger).hex()}). Import the current trust list, "
        "or ask staff to register by hand.",
    )


def test_tampered_payload_fails_the_signature() -> None:
    tag = cbor2.loads(cose_of(issue_app_code(single(), ISSUER)))
    claims = cbor2.loads(tag.value[2])
    claims[-65537][3][0][2] = "見本 次郎"
    tag.value[2] = cbor2.dumps(claims)
    assert refusal(wrap(cbor2.dumps(tag)))[0] == "BadSignature"


def test_signature_by_another_key_under_a_trusted_key_id_fails() -> None:
    forged = issue_app_code(single(), demo_unknown_key(), kid=KID)
    with pytest.raises(BadSignature):
        verify_app_code(forged, TRUST, NOW)


def test_expired_code_says_when() -> None:
    payload = dataclasses.replace(single(), expires_at=NOW)
    assert refusal(issue_app_code(payload, ISSUER)) == (
        "Expired",
        "This code expired on 2026-11-25. Open the app to show a fresh code, or ask staff.",
    )


def test_code_issued_in_the_future_is_not_yet_valid_beyond_the_leeway() -> None:
    ahead = dataclasses.replace(
        single(), issued_at=NOW + timedelta(minutes=10), expires_at=NOW + timedelta(days=1)
    )
    within = dataclasses.replace(ahead, issued_at=NOW + timedelta(minutes=4))
    text = issue_app_code(ahead, ISSUER)
    with pytest.raises(NotYetValid) as caught:
        verify_app_code(text, TRUST, NOW)
    assert (type(caught.value), caught.value.params) == (
        NotYetValid,
        {"issued": "2026-11-25T09:10:00+00:00"},
    )
    assert verify_app_code(issue_app_code(within, ISSUER), TRUST, NOW).payload == within


def test_key_not_yet_valid() -> None:
    trust = TrustList((TrustedKey.for_key(ISSUER, "app", "x", NOW + timedelta(days=1)),))
    with pytest.raises(KeyNotYetValid) as caught:
        verify_app_code(issue_app_code(single(), ISSUER), trust, NOW)
    assert caught.value.params == {"kid": KID.hex(), "valid_from": "2026-11-26"}


def test_a_slip_key_does_not_verify_app_codes_nor_an_app_key_slips() -> None:
    app_by_kiosk = issue_app_code(single(), demo_kiosk_key())
    slip = next(c.text for c in demo_app_codes(NOW) if classify(c.text) == "slip")
    only_app = TrustList(tuple(k for k in TRUST.keys if k.purpose == "app"))
    with pytest.raises(UnknownKey):
        verify_app_code(app_by_kiosk, TRUST, NOW)
    with pytest.raises(UnknownKey):
        verify_slip(slip, only_app, NOW)


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        verify_app_code(issue_app_code(single(), ISSUER), TRUST, NOW.replace(tzinfo=None))


# --- key rotation --------------------------------------------------------------------------------


def test_rotation_old_codes_verify_until_their_key_retires() -> None:
    retire = datetime(2027, 4, 1, tzinfo=UTC)
    before = retire - timedelta(seconds=1)
    long_lived = dataclasses.replace(single(), expires_at=NOW + timedelta(days=365))
    old = issue_app_code(long_lived, demo_previous_issuer_key())
    new = issue_app_code(long_lived, ISSUER)
    results = [
        verify_app_code(old, TRUST, before).kid,
        verify_app_code(new, TRUST, before).kid,
        verify_app_code(new, TRUST, retire).kid,
    ]
    assert results == [key_id(demo_previous_issuer_key()), KID, KID]
    with pytest.raises(KeyRetired) as caught:
        verify_app_code(old, TRUST, retire)
    assert caught.value.params == {
        "kid": key_id(demo_previous_issuer_key()).hex(),
        "retired": "2027-04-01",
    }


def test_keys_sharing_a_key_id_are_all_tried() -> None:
    first, second, third = new_key(), new_key(), new_key()
    shared = b"\x00" * 8
    entries = [
        dataclasses.replace(TrustedKey.for_key(k, "app", name, NOW - timedelta(days=1)), kid=shared)
        for k, name in ((first, "first"), (second, "second"))
    ]
    trust = TrustList(tuple(entries))
    got = [
        verify_app_code(issue_app_code(single(), k, kid=shared), trust, NOW).issuer
        for k in (first, second)
    ]
    assert got == ["first", "second"]
    with pytest.raises(BadSignature):
        verify_app_code(issue_app_code(single(), third, kid=shared), trust, NOW)


def test_a_key_listed_twice_verifies_with_its_valid_entry() -> None:
    retired = TrustedKey.for_key(
        ISSUER, "app", "old entry", NOW - timedelta(days=9), NOW - timedelta(days=1)
    )
    current = dataclasses.replace(retired, issuer="new entry", valid_to=None)
    trust = TrustList((retired, current))
    assert verify_app_code(issue_app_code(single(), ISSUER), trust, NOW).issuer == "new entry"


# --- no personal data in representations ---------------------------------------------------------


def test_reprs_and_errors_hold_no_personal_data() -> None:
    payload = demo_household_of_six(NOW)
    verified = verify_app_code(issue_app_code(payload, ISSUER), TRUST, NOW)
    shown = " ".join(
        [repr(payload), repr(payload.holder), repr(verified), str(verified)]
        + [repr(m) for m in payload.members]
    )
    assert shown == (
        "AppPayload(members=6) Member(…) "
        f"VerifiedApp(kid='{KID.hex()}', members=6) VerifiedApp(kid='{KID.hex()}', members=6) "
        + " ".join(["Member(…)"] * 6)
    )


def test_classify_tells_the_kinds_apart_without_raising() -> None:
    texts = [
        issue_app_code(single(), ISSUER),
        "KSA7:ANYTHING",
        "KSS1:ABC",
        "123456789018",
        " 123456789018\n",
        "12345678901",
        "１２３４５６７８９０１８",
        "https://example.invalid/",
        "",
        None,
        b"KSA1:",
    ]
    assert [classify(t) for t in texts] == [
        "app",
        "app",
        "slip",
        "mynumber",
        "mynumber",
        "unknown",
        "unknown",
        "unknown",
        "unknown",
        "unknown",
        "unknown",
    ]


def test_demo_codes_verify_or_fail_as_labelled() -> None:
    outcomes = []
    for code in demo_app_codes(NOW):
        try:
            if classify(code.text) == "slip":
                verify_slip(code.text, TRUST, NOW)
            else:
                verify_app_code(code.text, TRUST, NOW)
            outcomes.append("")
        except KioskError as error:
            outcomes.append(error.code)
    assert outcomes == [c.expected_error for c in demo_app_codes(NOW)]


def test_version_1_bit_tables_cover_the_vocabularies_and_match_the_docs() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "qr-formats.md").read_text("utf-8")
    table = doc[doc.index("Bit order of version 1") : doc.index("**Order of checks**")]
    rows = re.findall(r"^\| (\d+) \| `?([a-z]*)`? \|\s*`?([a-z.]*)`?", table, re.MULTILINE)
    needs = tuple(n for _, n, _ in rows if n)
    consent = tuple(c for _, _, c in rows if c)
    assert (set(V1_NEEDS), set(V1_CONSENT), needs, consent) == (
        set(NEED_FLAGS),
        {*CONSENT_SCOPES, ANPI_SCOPE},
        V1_NEEDS,
        V1_CONSENT,
    )
