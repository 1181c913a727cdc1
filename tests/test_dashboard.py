"""The manager's dashboard: every figure equals the same figure computed independently, in plain
Python, from the records of a seeded shelter (people.get_person, get_household, plain SQL)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from kiosk.access.staff import PermissionDenied
from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.operations import dashboard as dash
from kiosk.operations.dashboard import (
    AGE_BANDS,
    BandCount,
    CareEntry,
    Dashboard,
    HourCount,
    PetCounts,
    StayCounts,
)
from kiosk.operations.supplies import INFANT_AGE, SUPPLY_RULES, SupplyLine
from kiosk.operations.survey import submit, summary
from kiosk.reception.checkin import check_in, check_out, leave, move
from kiosk.reception.status import crowding, status
from kiosk.registry.people import add_person, get_household, get_person, update_person
from kiosk.registry.records import Needs, Person, PersonDraft, Shelter
from kiosk.registry.vocab import NEED_FLAGS, STAYS
from tests.conftest import FakeClock

SHELTER = Shelter(id="dash-shelter", name="ダッシュボード避難所", capacity=150)


def _ids(kiosk: Kiosk) -> list[str]:
    return [r["id"] for r in kiosk.store.query("SELECT id FROM person ORDER BY id")]


def _seeded(kiosk: Kiosk, clock: FakeClock) -> None:
    """300 demo people; a deterministic subset checked in over 65 hours, some on leave, some
    gone; a few cards edited for the cases the demo never makes."""
    seed(kiosk.ctx, 300, rng_seed=7)
    ids = _ids(kiosk)
    for n, pid in enumerate(ids[:12]):
        person = get_person(kiosk.store, pid)
        if n < 4:
            person = replace(person, needs=Needs(flags=person.needs.flags | {"dietary"}))
        elif n < 7:
            person = replace(person, birth=None)
        else:
            person = replace(person, sex="X")
        update_person(kiosk.ctx, person)
    for batch in range(13):
        check_in(kiosk.ctx, [pid for n, pid in enumerate(ids) if n % 13 == batch and n % 4 != 3])
        clock.advance(hours=5, minutes=17)
    inside = [pid for n, pid in enumerate(ids) if n % 4 != 3]
    leave(kiosk.ctx, inside[::9], "買い物")
    clock.advance(minutes=40)
    gone = [p for p in inside[1::7] if p not in inside[::9]]
    check_out(kiosk.ctx, gone, "自宅")
    clock.advance(hours=1, minutes=3)
    move(kiosk.ctx, [p for p in inside[2::23] if p not in gone], "第二小学校")
    clock.advance(minutes=25)
    submit(kiosk.ctx, ids[0], {"health": 3, "needs": ["water"]}, "ja")
    submit(kiosk.ctx, None, {"health": 5, "stress": 1}, "en")


def _expected(kiosk: Kiosk, now: datetime) -> Dashboard:
    """The dashboard recomputed from the records, one person and one event at a time."""
    people = [get_person(kiosk.store, pid) for pid in _ids(kiosk)]
    served = [p for p in people if p.state in ("in", "away")]
    today = now.date()

    def band(p: Person) -> str:
        age = p.age_on(today)
        if age is None:
            return "unknown"
        return next(
            b.id for b in AGE_BANDS if b.min_age <= age and (b.max_age is None or age <= b.max_age)
        )

    bands = Counter((band(p), p.sex) for p in served)
    households = {p.household_id for p in served}
    cards = [get_household(kiosk.store, h) for h in households]

    end = now.astimezone(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    start = end - timedelta(hours=48)
    hours: Counter[tuple[datetime, str]] = Counter()
    for row in kiosk.store.query("SELECT kind, at FROM stay_event"):
        at = datetime.fromisoformat(row["at"]).astimezone(UTC)
        if start <= at < end and row["kind"] in ("checkin", "checkout", "move"):
            kind = "checkin" if row["kind"] == "checkin" else "checkout"
            hours[(at.replace(minute=0, second=0, microsecond=0), kind)] += 1

    def flags(p: Person) -> frozenset[str]:
        age = p.age_on(today)
        infant = age is not None and age < INFANT_AGE
        return p.needs.flags | ({"infant"} if infant else set())

    supplies = []
    for rule in SUPPLY_RULES:
        who = [
            p
            for p in served
            if (not rule.who.needs_any or flags(p) & rule.who.needs_any)
            and not flags(p) & rule.who.excludes
        ]
        outside = sum(p.stay != "shelter" for p in who)
        quantity = len(who) * rule.per_day  # 24 hours: one day
        supplies.append(
            SupplyLine(
                rule.item, rule.label, rule.unit, rule.per_day, len(who), outside, 24, quantity
            )
        )

    stays = StayCounts(*(sum(p.state == "in" and p.stay == s for p in people) for s in STAYS))
    return Dashboard(
        at=now,
        shelter_id=SHELTER.id,
        is_open=True,
        crowding=crowding(stays.shelter, SHELTER.capacity),
        checked_in=len(served),
        away=sum(p.state == "away" for p in people),
        stays=stays,
        vehicle_households=len({p.household_id for p in served if p.stay == "vehicle"}),
        households=len(households),
        age_sex=tuple(
            BandCount(b, bands[(b, "F")], bands[(b, "M")], bands[(b, "X")])
            for b in [*(b.id for b in AGE_BANDS), "unknown"]
        ),
        care=tuple(
            CareEntry(p.id, tuple(f for f in NEED_FLAGS if f in p.needs.flags), p.stay, p.state)
            for p in served
            if p.needs.flags
        ),
        care_by_need=tuple((f, sum(f in p.needs.flags for p in served)) for f in NEED_FLAGS),
        pets=PetCounts(
            sum(c.pet_count > 0 or c.pets != "" for c in cards), sum(c.pet_count for c in cards)
        ),
        hourly=tuple(
            HourCount(
                start + timedelta(hours=i),
                hours[(start + timedelta(hours=i), "checkin")],
                hours[(start + timedelta(hours=i), "checkout")],
            )
            for i in range(48)
        ),
        supplies=tuple(supplies),
        survey=summary(kiosk.store),
    )


@pytest.fixture
def seeded(make_kiosk: Callable[..., Kiosk], clock: FakeClock) -> Kiosk:
    kiosk: Kiosk = make_kiosk(SHELTER)
    _seeded(kiosk, clock)
    return kiosk


def test_every_figure_equals_the_records(seeded: Kiosk, clock: FakeClock) -> None:
    figures = dash.dashboard(seeded.store, clock.now)
    assert figures == _expected(seeded, clock.now)
    # The seeded shelter exercises every figure (none is trivially zero).
    assert figures.away and figures.stays.vehicle and figures.stays.home and figures.pets.animals
    assert all(b.total for b in figures.age_sex)
    assert sum(h.checkins for h in figures.hourly) < status(seeded.store).checkins
    assert sum(h.checkouts for h in figures.hourly) == status(seeded.store).checkouts


def test_the_dashboard_agrees_with_kiosk_status(seeded: Kiosk, clock: FakeClock) -> None:
    figures = dash.dashboard(seeded.store, clock.now)
    current = status(seeded.store)
    assert (
        figures.crowding.present,
        figures.crowding.level,
        figures.stays.vehicle,
        figures.stays.home,
        figures.stays.other,
        figures.away,
        figures.households,
        len(figures.care),
    ) == (
        current.present,
        current.crowding,
        current.vehicle,
        current.home,
        current.other,
        current.away,
        current.households,
        current.care_needed,
    )


def test_status_figures_are_the_dashboards_as_json_data(seeded: Kiosk, clock: FakeClock) -> None:
    expected = _expected(seeded, clock.now)
    survey = expected.survey
    assert dash.status_figures(seeded.store, clock.now) == {
        "checked_in": expected.checked_in,
        "age_bands": {
            b.band: {"F": b.female, "M": b.male, "X": b.other, "total": b.total}
            for b in expected.age_sex
        },
        "care_by_need": dict(expected.care_by_need),
        "households": expected.households,
        "vehicle_households": expected.vehicle_households,
        "pets": {"households": expected.pets.households, "animals": expected.pets.animals},
        "supplies": [
            {
                "item": s.item,
                "unit": s.unit,
                "per_day": s.per_day,
                "people": s.people,
                "outside": s.outside,
                "hours": s.hours,
                "quantity": s.quantity,
            }
            for s in expected.supplies
        ],
        "survey": {
            "responses": survey.responses,
            "respondents": survey.respondents,
            "anonymous": survey.anonymous,
            "flagged": survey.flagged,
            "open_requests": survey.open_requests,
            "mean_scores": {"satisfaction": None, "health": 4.0, "sleep": None, "stress": 1.0},
        },
    }


def test_events_written_under_another_offset_fall_in_their_utc_hour(
    make_kiosk: Callable[..., Kiosk],
) -> None:
    jst = timezone(timedelta(hours=9))
    clock = FakeClock(datetime(2026, 11, 25, 8, 30, tzinfo=jst))  # 23:30 UTC the day before
    kiosk = make_kiosk()
    kiosk.ctx = replace(kiosk.ctx, clock=clock)
    pid = add_person(kiosk.ctx, PersonDraft(name="時差 太郎")).id
    check_in(kiosk.ctx, [pid])
    now = datetime(2026, 11, 25, 1, 10, tzinfo=UTC)
    hourly = dash.dashboard(kiosk.store, now).hourly
    assert [(h.start, h.checkins) for h in hourly if h.checkins] == [
        (datetime(2026, 11, 24, 23, 0, tzinfo=UTC), 1)
    ]
    assert (hourly[0].start, hourly[-1].start) == (
        datetime(2026, 11, 23, 2, 0, tzinfo=UTC),
        datetime(2026, 11, 25, 1, 0, tzinfo=UTC),
    )


def test_only_managers_see_the_dashboard(kiosk: Kiosk) -> None:
    with pytest.raises(PermissionDenied):
        dash.manager_dashboard(kiosk.ctx.acting_as("staff-1", "staff"))
    manager = dash.manager_dashboard(kiosk.ctx.acting_as("boss", "manager"))
    assert (manager.checked_in, manager.crowding.level, len(manager.hourly)) == (0, "low", 48)
