"""Slips expire: a slip kept from an earlier opening of the shelter (or older than the lifetime
the manager set) checks nobody in and says so; a clock set back never refuses a good slip.

Issue #13 item 8: "kiosk slips never expire, so an old slip is a bearer token forever".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import base45
import cbor2
import pytest

from kiosk.basics.errors import ValidationError
from kiosk.city.trust_store import load_trust
from kiosk.core import Kiosk
from kiosk.exports.blank_cards import export_blank_cards
from kiosk.identity.errors import MalformedCode, SlipFromEarlierOpening, SlipTooOld
from kiosk.identity.keys import sign_cose
from kiosk.identity.slip import SLIP_PREFIX, issue_slip, verify_slip
from kiosk.operations.settings import load_settings, save_settings
from kiosk.operations.shelter import set_open, signing_key
from kiosk.reception.arrival import identify, identify_self, register_paper_card
from kiosk.reception.slip_validity import OPENING_META, opening_started
from kiosk.reception.walk_in_slips import issue_person_slip
from kiosk.registry import people
from kiosk.registry.paper_cards import printed_cards
from kiosk.registry.records import PersonDraft
from tests.conftest import FakeClock


def _person_with_slip(kiosk: Kiosk, name: str = "見本 花子") -> tuple[str, str]:
    person = people.add_person(kiosk.ctx, PersonDraft(name=name))
    _, text = issue_person_slip(kiosk.ctx, person.id)
    return person.id, text


def _reopen(kiosk: Kiosk, clock: FakeClock, **later: float) -> None:
    set_open(kiosk.ctx, False)
    clock.advance(**later)
    set_open(kiosk.ctx, True)


def test_a_slip_from_an_earlier_opening_checks_nobody_in(kiosk: Kiosk, clock: FakeClock) -> None:
    person_id, text = _person_with_slip(kiosk)
    assert [p.id for p in identify(kiosk.store, text, clock()).known] == [person_id]
    _reopen(kiosk, clock, days=40)  # the shelter closed, and opens again for a new disaster
    with pytest.raises(SlipFromEarlierOpening) as refused:
        identify(kiosk.store, text, clock())
    with pytest.raises(SlipFromEarlierOpening):
        identify_self(kiosk.store, text, clock())
    assert refused.value.params["issued"] == "2026-11-25"
    message = refused.value.message
    assert "earlier opening" in message and "new slip" in message
    # A new slip printed now counts again.
    _, fresh = issue_person_slip(kiosk.ctx, person_id)
    assert [p.id for p in identify(kiosk.store, fresh, clock()).known] == [person_id]


def test_reopening_is_recorded_only_when_the_shelter_goes_from_closed_to_open(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    first = opening_started(kiosk.store)
    assert first == clock()  # recorded at init: the shelter starts open
    clock.advance(hours=3)
    set_open(kiosk.ctx, True)  # already open: not a new opening
    assert opening_started(kiosk.store) == first
    _reopen(kiosk, clock, hours=1)
    assert opening_started(kiosk.store) == clock()


def test_lifetime_in_days_refuses_older_slips(kiosk: Kiosk, clock: FakeClock) -> None:
    person_id, text = _person_with_slip(kiosk)
    clock.advance(days=10)
    assert identify(kiosk.store, text, clock()).known  # lifetime 0: the whole opening
    save_settings(kiosk.ctx, replace(load_settings(kiosk.store), slip_lifetime_days=7))
    with pytest.raises(SlipTooOld) as refused:
        identify(kiosk.store, text, clock())
    assert refused.value.params == {"issued": "2026-11-25", "days": 7}
    clock.advance(days=-4)  # 6 days after printing
    assert [p.id for p in identify(kiosk.store, text, clock()).known] == [person_id]


def test_lifetime_setting_is_bounded(kiosk: Kiosk) -> None:
    with pytest.raises(ValidationError) as bad:
        save_settings(kiosk.ctx, replace(load_settings(kiosk.store), slip_lifetime_days=-1))
    assert bad.value.params["field"] == "slip_lifetime_days"


def test_a_clock_set_back_after_opening_never_refuses_a_new_slip(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    _reopen(kiosk, clock, days=30)
    clock.advance(days=-5)  # a dead CMOS battery: the clock jumps back past the opening
    person_id, text = _person_with_slip(kiosk)
    assert [p.id for p in identify(kiosk.store, text, clock()).known] == [person_id]
    clock.advance(days=5, hours=2)  # the clock is put right
    assert [p.id for p in identify(kiosk.store, text, clock()).known] == [person_id]
    save_settings(kiosk.ctx, replace(load_settings(kiosk.store), slip_lifetime_days=1))
    assert identify(kiosk.store, text, clock()).known  # stamped at the opening, 2 h ago


def test_a_slip_printed_hours_before_this_desk_opened_still_counts(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    """Another desk of the shelter opened earlier, or clocks differ by hours."""
    person = people.add_person(kiosk.ctx, PersonDraft(name="見本 次郎"))
    set_open(kiosk.ctx, False)
    clock.advance(days=20)
    shelter_id = kiosk.store.get_meta("shelter_id") or ""
    slip, text = issue_slip(signing_key(kiosk.store), shelter_id, issued_at=clock())
    people.update_person(kiosk.ctx, replace(person, slip_id=slip.slip_id))
    clock.advance(hours=6)
    set_open(kiosk.ctx, True)
    assert [p.id for p in identify(kiosk.store, text, clock()).known] == [person.id]


def test_a_blank_card_counts_from_its_entry_not_from_its_printing(
    kiosk: Kiosk, clock: FakeClock, tmp_path: Path
) -> None:
    export_blank_cards(kiosk.ctx, tmp_path / "cards.pdf", 1)  # stock printed in peacetime
    card = printed_cards(kiosk.store)[0]
    # The code on the card, as printed (the PDF's QRs are decoded in tests/test_exports.py).
    shelter_id = kiosk.store.get_meta("shelter_id") or ""
    _, code = issue_slip(
        signing_key(kiosk.store), shelter_id, slip_id=card.slip_id, issued_at=clock()
    )
    _reopen(kiosk, clock, days=200)  # the disaster: the shelter opens
    arrival = identify(kiosk.store, code, clock())
    assert arrival.blank_card is not None  # not entered yet: it registers a newcomer
    _, ids = register_paper_card(kiosk.ctx, card.slip_id, [PersonDraft(name="見本 三郎")])
    assert [p.id for p in identify(kiosk.store, code, clock()).known] == list(ids)
    _reopen(kiosk, clock, days=60)  # the next disaster: the card entered then is stale
    with pytest.raises(SlipFromEarlierOpening):
        identify(kiosk.store, code, clock())


def _undated_slip(kiosk: Kiosk, slip_id: str) -> str:
    """A version-1 slip as kiosks printed before slips carried their issue time."""
    shelter_id = kiosk.store.get_meta("shelter_id") or ""
    body = cbor2.dumps([1, slip_id, shelter_id, False])
    return SLIP_PREFIX + base45.b45encode(sign_cose(body, signing_key(kiosk.store))).decode()


def test_undated_slips_count_until_the_next_recorded_opening(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    person = people.add_person(kiosk.ctx, PersonDraft(name="見本 四郎", slip_id="OLDSLIP2"))
    text = _undated_slip(kiosk, "OLDSLIP2")
    with kiosk.store.atomic():  # a store upgraded in the middle of an opening
        kiosk.store.execute("DELETE FROM meta WHERE key = ?", (OPENING_META,))
    verified = verify_slip(text, load_trust(kiosk.store), clock())
    assert verified.slip.issued_at is None
    assert [p.id for p in identify(kiosk.store, text, clock()).known] == [person.id]
    _reopen(kiosk, clock, days=30)
    with pytest.raises(SlipFromEarlierOpening) as refused:
        identify(kiosk.store, text, clock())
    assert refused.value.params["issued"] == "?"


@pytest.mark.parametrize("issued", [-1, 0, 10**12, 1.5e9, "2026-11-25", None])
def test_a_slip_with_an_implausible_issue_time_is_malformed(kiosk: Kiosk, issued: object) -> None:
    shelter_id = kiosk.store.get_meta("shelter_id") or ""
    body = cbor2.dumps([2, "ABCDEFGH", shelter_id, False, issued])
    text = SLIP_PREFIX + base45.b45encode(sign_cose(body, signing_key(kiosk.store))).decode()
    with pytest.raises(MalformedCode):
        verify_slip(text, load_trust(kiosk.store), kiosk.ctx.now())


def test_issue_time_is_signed_in_whole_seconds(kiosk: Kiosk, clock: FakeClock) -> None:
    at = clock() + timedelta(seconds=0.75)
    slip, text = issue_slip(signing_key(kiosk.store), "test-shelter", issued_at=at)
    verified = verify_slip(text, load_trust(kiosk.store), clock())
    assert verified.slip == slip and slip.issued_at == clock()


def test_self_checkin_says_the_slip_is_old_and_checks_in_nobody(
    qtbot,  # type: ignore[no-untyped-def]
    kiosk: Kiosk,
    clock: FakeClock,
) -> None:
    import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
    from kiosk.reception.activity import recent_activity
    from ui.actions import KioskActions
    from ui.ops import Workers
    from ui.screens.self_checkin import SelfCheckinScreen

    _, text = _person_with_slip(kiosk)
    _reopen(kiosk, clock, days=40)
    workers = Workers()
    try:
        page = SelfCheckinScreen(KioskActions(kiosk, workers), idle_seconds=30)
        qtbot.addWidget(page)
        page.show()
        page.on_code(text)
        qtbot.waitUntil(lambda: "earlier opening" in page.problem_detail.text(), timeout=5000)
        assert page.problem_title.text() == "Please ask the staff at the desk."
        assert recent_activity(kiosk.store) == []
    finally:
        workers.shutdown()
