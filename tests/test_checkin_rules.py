"""The check-in rules of DESIGN §2/§4, on a real encrypted store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kiosk.basics.errors import NotFound, ValidationError
from kiosk.core import Kiosk
from kiosk.operations import shelter
from kiosk.reception import checkin, status
from kiosk.reception.checkin import NotCheckedIn, ShelterClosed
from kiosk.registry import people
from kiosk.registry.records import Needs, PersonDraft, Shelter
from tests.conftest import FakeClock


def add(kiosk: Kiosk, name: str = "見本 太郎", **fields: object) -> str:
    draft = PersonDraft(name=name, kana="ミホン タロウ", sex="M", birth=date(1950, 4, 1))
    return people.add_person(kiosk.ctx, replace(draft, **fields)).id  # type: ignore[arg-type]


def events(kiosk: Kiosk, person_id: str) -> list[str]:
    rows = kiosk.store.query(
        "SELECT kind FROM stay_event WHERE person_id = ? ORDER BY at, rowid", (person_id,)
    )
    return [r["kind"] for r in rows]


def test_second_scan_within_the_window_is_the_same_checkin(kiosk: Kiosk, clock: FakeClock) -> None:
    pid = add(kiosk)
    first = checkin.check_in(kiosk.ctx, [pid], via="qr")
    clock.advance(seconds=30)
    second = checkin.check_in(kiosk.ctx, [pid], via="qr")
    assert [o.result for o in first.outcomes + second.outcomes] == ["done", "just_scanned"]
    assert events(kiosk, pid) == ["checkin"]


def test_checking_in_someone_already_in_says_so(kiosk: Kiosk, clock: FakeClock) -> None:
    pid = add(kiosk)
    checkin.check_in(kiosk.ctx, [pid])
    since = clock()
    clock.advance(hours=3)
    result = checkin.check_in(kiosk.ctx, [pid])
    assert result.outcomes == (checkin.Outcome(pid, "already_in", since, None),)
    assert events(kiosk, pid) == ["checkin"]


def test_household_checks_in_together_or_in_part(kiosk: Kiosk) -> None:
    household, members = people.add_household(
        kiosk.ctx,
        [
            PersonDraft(name="見本 一郎"),
            PersonDraft(name="見本 花子"),
            PersonDraft(name="見本 次郎"),
        ],
    )
    part = checkin.check_in(kiosk.ctx, [members[0].id, members[1].id])
    rest = checkin.check_in(kiosk.ctx, [m.id for m in members])
    assert [o.result for o in part.outcomes] == ["done", "done"]
    assert [o.result for o in rest.outcomes] == ["just_scanned", "just_scanned", "done"]
    assert status.status(kiosk.store).present == 3


def test_unknown_person_in_a_household_checkin_records_nobody(kiosk: Kiosk) -> None:
    pid = add(kiosk)
    with pytest.raises(NotFound):
        checkin.check_in(kiosk.ctx, [pid, "no-such-person"])
    assert events(kiosk, pid) == []


def test_checkout_needs_a_destination(kiosk: Kiosk) -> None:
    pid = add(kiosk)
    checkin.check_in(kiosk.ctx, [pid])
    with pytest.raises(ValidationError) as raised:
        checkin.check_out(kiosk.ctx, [pid], "  ")
    assert raised.value.field == "destination"
    checkin.check_out(kiosk.ctx, [pid], "自宅")
    assert (people.get_person(kiosk.store, pid).state, events(kiosk, pid)) == (
        "out",
        ["checkin", "checkout"],
    )


def test_checkout_of_someone_not_in_is_refused(kiosk: Kiosk) -> None:
    pid = add(kiosk)
    with pytest.raises(NotCheckedIn):
        checkin.check_out(kiosk.ctx, [pid], "自宅")


def test_capacity_warns_with_four_crowding_levels_but_never_blocks(make_kiosk) -> None:
    kiosk = make_kiosk(Shelter(id="s", name="s", capacity=10))
    levels = []
    for n in range(12):
        result = checkin.check_in(kiosk.ctx, [add(kiosk, name=f"見本 {n}")])
        levels.append((result.crowding.present, result.crowding.level))
    assert levels == [
        (1, "low"),
        (2, "low"),
        (3, "moderate"),
        (4, "moderate"),
        (5, "moderate"),
        (6, "high"),
        (7, "high"),
        (8, "full"),
        (9, "full"),
        (10, "full"),
        (11, "full"),
        (12, "full"),
    ]
    assert result.crowding.over_capacity


def test_closed_shelter_refuses_checkins(kiosk: Kiosk) -> None:
    pid = add(kiosk)
    shelter.set_open(kiosk.ctx, False)
    with pytest.raises(ShelterClosed):
        checkin.check_in(kiosk.ctx, [pid])
    assert events(kiosk, pid) == []


def test_vehicle_and_home_stays_are_counted_apart_from_those_inside(kiosk: Kiosk) -> None:
    inside = add(kiosk, name="見本 中")
    car = add(kiosk, name="見本 車", stay="vehicle", stay_detail="白の軽")
    home = add(kiosk, name="見本 家", stay="home")
    checkin.check_in(kiosk.ctx, [inside, car, home])
    figures = status.status(kiosk.store)
    assert (figures.present, figures.vehicle, figures.home, figures.checkins) == (1, 1, 1, 3)


def test_leave_return_move_and_pickup(kiosk: Kiosk, clock: FakeClock) -> None:
    pid = add(kiosk, needs=Needs(flags=frozenset({"wheelchair"})))
    checkin.check_in(kiosk.ctx, [pid])
    checkin.leave(kiosk.ctx, [pid], "病院")
    assert status.status(kiosk.store).present == 0
    clock.advance(hours=2)
    back = checkin.come_back(kiosk.ctx, [pid])
    checkin.pickup(kiosk.ctx, pid, "水 2L", 2)
    checkin.move(kiosk.ctx, [pid], "shelter-02")
    assert [o.result for o in back.outcomes] == ["returned"]
    assert events(kiosk, pid) == ["checkin", "leave", "return", "supply", "move"]
    assert people.get_person(kiosk.store, pid).state == "out"


def test_pickup_is_open_to_people_at_home_and_validates(kiosk: Kiosk) -> None:
    pid = add(kiosk, stay="home")
    with pytest.raises(ValidationError) as raised:
        checkin.pickup(kiosk.ctx, pid, "水", 0)
    assert raised.value.field == "quantity"
    checkin.pickup(kiosk.ctx, pid, "水", 3)
    assert events(kiosk, pid) == ["supply"]
