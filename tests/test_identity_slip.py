"""Kiosk slips: signed by the kiosk, verified offline here and on the shelter's other kiosks."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import base45
import cbor2
import cv2
import numpy as np
import pytest
import zxingcpp

from kiosk.identity import classify
from kiosk.identity.errors import (
    BadSignature,
    ForeignSlip,
    InvalidPayload,
    KeyRetired,
    MalformedCode,
    UnknownKey,
    UnknownVersion,
)
from kiosk.identity.keys import key_id, sign_cose
from kiosk.identity.render import render_png
from kiosk.identity.slip import (
    SLIP_PREFIX,
    Slip,
    VerifiedSlip,
    issue_slip,
    new_kiosk_key,
    new_slip_id,
    verify_slip,
)
from kiosk.identity.trust import TrustedKey, TrustList

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SHELTER = "shelter-07"
KIOSK_A = new_kiosk_key()
KIOSK_B = new_kiosk_key()
ENTRY_A = TrustedKey.for_key(KIOSK_A, "slip", "kiosk A", NOW - timedelta(days=1))
ENTRY_B = TrustedKey.for_key(KIOSK_B, "slip", "kiosk B", NOW - timedelta(days=1))


def test_a_slip_verifies_on_the_kiosk_that_printed_it() -> None:
    slip, text = issue_slip(KIOSK_A, SHELTER, support_needed=True)
    assert verify_slip(text, TrustList((ENTRY_A,)), NOW, SHELTER) == VerifiedSlip(
        slip=Slip(slip.slip_id, SHELTER, True, slip.issued_at),
        kid=key_id(KIOSK_A),
        issuer="kiosk A",
    )
    assert slip.issued_at is not None and slip.issued_at.microsecond == 0


def test_another_kiosk_verifies_it_once_the_key_is_in_its_trust_list() -> None:
    _, text = issue_slip(KIOSK_A, SHELTER)
    kiosk_b_trust = TrustList((ENTRY_B,))
    with pytest.raises(UnknownKey):
        verify_slip(text, kiosk_b_trust, NOW)
    verified = verify_slip(text, kiosk_b_trust.with_key(ENTRY_A), NOW)
    assert (verified.slip.shelter_id, verified.slip.support_needed, verified.issuer) == (
        SHELTER,
        False,
        "kiosk A",
    )


def test_slip_ids_are_random_short_and_distinct() -> None:
    ids = [new_slip_id() for _ in range(200)]
    assert (len(set(ids)), all(re.fullmatch(r"[A-Z2-7]{8}", i) for i in ids)) == (200, True)


def test_a_slip_is_small_alphanumeric_and_reads_back_from_its_image() -> None:
    _, text = issue_slip(KIOSK_A, "demo-shelter-01", True, slip_id="ABCDEFGH")
    rendered = render_png(text, scale=4)
    image = cv2.imdecode(np.frombuffer(rendered.data, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert ([r.text for r in zxingcpp.read_barcodes(image)], rendered.version <= 8) == (
        [text],
        True,
    )
    assert classify(text) == "slip"


def test_a_slip_of_another_shelter_is_refused_when_the_shelter_is_given() -> None:
    _, text = issue_slip(KIOSK_A, "shelter-99")
    with pytest.raises(ForeignSlip) as caught:
        verify_slip(text, TrustList((ENTRY_A,)), NOW, SHELTER)
    assert caught.value.params == {"shelter": "shelter-99"}


def test_a_tampered_slip_fails_the_signature() -> None:
    _, text = issue_slip(KIOSK_A, SHELTER, support_needed=False)
    tag = cbor2.loads(base45.b45decode(text[len(SLIP_PREFIX) :]))
    body = cbor2.loads(tag.value[2])
    body[3] = True
    tag.value[2] = cbor2.dumps(body)
    forged = SLIP_PREFIX + base45.b45encode(cbor2.dumps(tag)).decode()
    with pytest.raises(BadSignature):
        verify_slip(forged, TrustList((ENTRY_A,)), NOW)


def test_a_retired_kiosk_key_no_longer_verifies() -> None:
    _, text = issue_slip(KIOSK_A, SHELTER)
    retired = TrustedKey.for_key(KIOSK_A, "slip", "kiosk A", NOW - timedelta(days=9), NOW)
    with pytest.raises(KeyRetired):
        verify_slip(text, TrustList((retired,)), NOW)


BAD_SHAPE = "slip body is not [1, id, shelter, support] or [2, ..., issued]"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ([1, "ABCDEFGH", SHELTER], BAD_SHAPE),
        ([2, "ABCDEFGH", SHELTER, True], BAD_SHAPE),
        ([True, "ABCDEFGH", SHELTER, True], "slip body has wrong types"),
        ([1, "abcdefgh", SHELTER, True], "breaks a rule: slip_id"),
        ([1, "ABCDEFGH", "", True], "breaks a rule: shelter_id"),
        ([1, "ABCDEFGH", SHELTER, 1], "breaks a rule: support_needed"),
        ({"id": "ABCDEFGH"}, BAD_SHAPE),
    ],
)
def test_a_signed_but_malformed_slip_body_is_refused(body: object, reason: str) -> None:
    text = SLIP_PREFIX + base45.b45encode(sign_cose(cbor2.dumps(body), KIOSK_A)).decode()
    with pytest.raises(MalformedCode) as caught:
        verify_slip(text, TrustList((ENTRY_A,)), NOW)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("text", "error"),
    [("KSS2:ABC", UnknownVersion), ("KSA1:ABC", MalformedCode), ("KSS1:abc", MalformedCode)],
)
def test_wrong_prefixes_are_refused(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        verify_slip(text, TrustList((ENTRY_A,)), NOW)


def test_issuing_checks_the_ids() -> None:
    with pytest.raises(InvalidPayload) as caught:
        issue_slip(KIOSK_A, "shelter with spaces")
    assert caught.value.params["field"] == "shelter_id"
