"""From a scanned code to a check-in: app codes register and check in, My Number and slips
find the person they were linked to, refusals say why, and the raw My Number is never kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.city.outbox import entries
from kiosk.city.trust_store import import_trust
from kiosk.core import Kiosk
from kiosk.identity import issue_slip
from kiosk.identity.app_code import issue_app_code
from kiosk.identity.demo import demo_app_codes, demo_issuer_key, demo_payloads, demo_trust_list
from kiosk.identity.errors import (
    Expired,
    ForeignSlip,
    MalformedCode,
    MyNumberCheckDigit,
    UnknownKey,
)
from kiosk.identity.trust import dump_trust_list
from kiosk.operations.shelter import signing_key
from kiosk.reception.arrival import NeedsRegistration, admit, identify
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, FakeClock

MYNUMBER = "123456789018"  # check digit valid (python-stdnum), not a real person's number


@pytest.fixture
def trusted(kiosk: Kiosk) -> Kiosk:
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    return kiosk


def code(kiosk: Kiosk, label_index: int = 0) -> str:
    return demo_app_codes(kiosk.ctx.now())[label_index].text


def test_app_code_of_a_new_resident_registers_and_checks_in(
    trusted: Kiosk, clock: FakeClock
) -> None:
    arrival = identify(trusted.store, code(trusted), clock())
    assert (arrival.kind, len(arrival.known), [d.name for d in arrival.newcomers]) == (
        "app",
        0,
        ["見本 太郎"],
    )
    admitted = admit(trusted.ctx, arrival)
    person = people.get_person(trusted.store, admitted.person_ids[0])
    assert (person.name, person.state, person.cityos_subject is not None, person.birth) == (
        "見本 太郎",
        "in",
        True,
        date(1950, 4, 1),
    )
    clock.advance(seconds=20)
    again = identify(trusted.store, code(trusted), clock())
    second = admit(trusted.ctx, again)
    assert (
        [p.id for p in again.known],
        again.newcomers,
        [o.result for o in second.stay.outcomes],
    ) == (
        [person.id],
        (),
        ["just_scanned"],
    )


def test_household_code_lets_staff_check_in_part_of_the_household(
    trusted: Kiosk, clock: FakeClock
) -> None:
    household = next(p for label, p in demo_payloads(clock()) if len(p.members) == 6)
    text = issue_app_code(household, demo_issuer_key())
    arrival = identify(trusted.store, text, clock())
    admitted = admit(trusted.ctx, arrival, newcomer_indexes=[0, 1])
    assert (len(arrival.newcomers), len(admitted.registered), len(admitted.stay.recorded)) == (
        6,
        2,
        2,
    )
    later = identify(trusted.store, text, clock())
    assert (len(later.known), len(later.newcomers), later.household_id) == (
        2,
        4,
        admitted.household_id,
    )


def test_refused_codes_say_why(trusted: Kiosk, clock: FakeClock) -> None:
    refused = {c.expected_error: c.text for c in demo_app_codes(clock()) if c.expected_error}
    with pytest.raises(Expired):
        identify(trusted.store, refused["code_expired"], clock())
    with pytest.raises(UnknownKey):
        identify(trusted.store, refused["code_unknown_key"], clock())
    with pytest.raises(MalformedCode):
        identify(trusted.store, "hello world", clock())


def test_unknown_code_before_trust_import_is_unknown_key(kiosk: Kiosk, clock: FakeClock) -> None:
    with pytest.raises(UnknownKey):
        identify(kiosk.store, code(kiosk), clock())


def test_my_number_links_once_and_finds_the_same_person_again(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    first = identify(kiosk.store, MYNUMBER, clock())
    assert (first.needs_registration, first.mynumber.masked) == (True, "**** **** 9018")
    with pytest.raises(NeedsRegistration):
        admit(kiosk.ctx, first)
    person = people.add_person(
        kiosk.ctx, PersonDraft(name="見本 次郎", mynumber_token=first.mynumber.token)
    )
    second = identify(kiosk.store, MYNUMBER, clock())
    assert [p.id for p in second.known] == [person.id]
    assert admit(kiosk.ctx, second).stay.recorded == (person.id,)
    with pytest.raises(MyNumberCheckDigit):
        identify(kiosk.store, "123456789019", clock())


def test_slip_of_this_kiosk_finds_its_person_and_a_foreign_slip_is_refused(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    slip, text = issue_slip(signing_key(kiosk.store), kiosk.store.get_meta("shelter_id") or "")
    person = people.add_person(kiosk.ctx, PersonDraft(name="見本 三郎", slip_id=slip.slip_id))
    assert [p.id for p in identify(kiosk.store, text, clock()).known] == [person.id]
    _, foreign = issue_slip(signing_key(kiosk.store), "other-shelter")
    with pytest.raises(ForeignSlip):
        identify(kiosk.store, foreign, clock())


def test_raw_my_number_is_nowhere_after_a_session(tmp_path: Path, clock: FakeClock) -> None:
    home = tmp_path / "home"
    with Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF, clock=clock) as kiosk:
        for text in (MYNUMBER, "1234 5678 9018", "１２３４５６７８９０１８"):
            arrival = identify(kiosk.store, text, clock())
            if arrival.needs_registration:
                token = arrival.mynumber.token if arrival.mynumber else None
                people.add_person(kiosk.ctx, PersonDraft(name="見本 四郎", mynumber_token=token))
            else:
                admit(kiosk.ctx, arrival)
        payloads = [repr(e.payload) for e in entries(kiosk.store)]
        assert [MYNUMBER in p or "9018" in p for p in payloads] == [False] * len(payloads)
    forms = [MYNUMBER.encode(), MYNUMBER.encode("utf-16-le"), "１２３４５６７８９０１８".encode()]
    leaks = [
        p.name for p in home.rglob("*") if p.is_file() and any(f in p.read_bytes() for f in forms)
    ]
    assert leaks == []
