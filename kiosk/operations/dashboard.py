"""The shelter manager's dashboard figures, computed from the store in a few aggregate queries.

Who is counted where (the same definitions as :mod:`kiosk.reception.status`, so the dashboard and
``kiosk status`` agree):

- **present** — checked in (state ``in``) and staying inside the shelter; compared with the
  capacity to give the crowding level.
- **stays** — people checked in (state ``in``) by where they stay: shelter, vehicle (車中泊),
  home (在宅避難), elsewhere; **away** — on temporary leave.
- **checked in** — state ``in`` or ``away``, any stay: the people the shelter serves. Age bands
  by sex, people needing care, households, vehicles, pets and the supply estimate count them.
- **hourly** — check-ins and check-outs (a move to another shelter is a check-out) in each of
  the last 48 hours, in UTC; the window shows them in local time.

The dataclasses hold ids, flags and counts only — no names: the window looks names up itself
(``people.get_person``) for the people it shows. :func:`status_figures` gives the same figures as
JSON-ready data for ``kiosk status --json``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.local_time import DEFAULT_TIME_ZONE, local_date
from kiosk.operations.supplies import CHECKED_IN_SQL, SupplyLine, age_cutoff, estimate, line_payload
from kiosk.operations.survey import SurveySummary
from kiosk.operations.survey import summary as survey_summary
from kiosk.reception.status import Crowding, crowding
from kiosk.registry.vocab import NEED_FLAGS, SEXES, STAYS
from kiosk.store import Store

__all__ = [
    "AgeBand",
    "AGE_BANDS",
    "UNKNOWN_AGE",
    "HOURS",
    "BandCount",
    "CareEntry",
    "StayCounts",
    "PetCounts",
    "HourCount",
    "Dashboard",
    "dashboard",
    "manager_dashboard",
    "status_figures",
]

#: How many hours of check-ins and check-outs the chart shows.
HOURS = 48


@dataclass(frozen=True)
class AgeBand:
    """Ages ``min_age`` up to and including ``max_age`` (``None``: no upper bound)."""

    id: str
    min_age: int
    max_age: int | None
    label: str


AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("0-5", 0, 5, _N("Dashboard", "0–5")),
    AgeBand("6-12", 6, 12, _N("Dashboard", "6–12")),
    AgeBand("13-17", 13, 17, _N("Dashboard", "13–17")),
    AgeBand("18-64", 18, 64, _N("Dashboard", "18–64")),
    AgeBand("65-74", 65, 74, _N("Dashboard", "65–74")),
    AgeBand("75+", 75, None, _N("Dashboard", "75 and over")),
)
#: The band of people whose date of birth is not on the card.
UNKNOWN_AGE = AgeBand("unknown", 0, None, _N("Dashboard", "Age unknown"))


@dataclass(frozen=True)
class BandCount:
    """People checked in in one age band, by sex (F, M, X as on the card)."""

    band: str
    female: int
    male: int
    other: int

    @property
    def total(self) -> int:
        return self.female + self.male + self.other


@dataclass(frozen=True)
class CareEntry:
    """One person checked in who needs care: id and flags only (in :data:`NEED_FLAGS` order)."""

    person_id: str
    flags: tuple[str, ...]
    stay: str
    state: str


@dataclass(frozen=True)
class StayCounts:
    """People checked in and not on leave, by where they stay."""

    shelter: int
    vehicle: int
    home: int
    other: int


@dataclass(frozen=True)
class PetCounts:
    """Pets of households with someone checked in. ``households``: those whose card names a
    pet or counts one; ``animals``: the sum of the cards' pet counts."""

    households: int
    animals: int


@dataclass(frozen=True)
class HourCount:
    """Check-ins and check-outs in the hour starting at ``start`` (aware, UTC)."""

    start: datetime
    checkins: int
    checkouts: int


@dataclass(frozen=True)
class Dashboard:
    at: datetime
    shelter_id: str
    is_open: bool
    crowding: Crowding
    checked_in: int
    away: int
    stays: StayCounts
    #: Households with someone checked in who stays in a vehicle (about the cars parked).
    vehicle_households: int
    households: int
    age_sex: tuple[BandCount, ...]
    care: tuple[CareEntry, ...]
    care_by_need: tuple[tuple[str, int], ...]
    pets: PetCounts
    hourly: tuple[HourCount, ...]
    supplies: tuple[SupplyLine, ...]
    survey: SurveySummary


def _band_sql(today: date) -> tuple[str, dict[str, str]]:
    """A CASE expression naming each person's age band on ``today``, and its parameters."""
    cases = ["WHEN birth IS NULL THEN 'unknown'"]
    params = {}
    for i, band in enumerate(AGE_BANDS):
        if band.max_age is None:
            cases.append(f"ELSE '{band.id}'")
        else:
            # Born after the cutoff of max_age + 1 means younger than max_age + 1.
            params[f"c{i}"] = age_cutoff(today, band.max_age + 1)
            cases.append(f"WHEN birth > :c{i} THEN '{band.id}'")
    return "CASE " + " ".join(cases) + " END", params


@dataclass(frozen=True)
class _PersonCounts:
    by_state_stay: dict[tuple[str, str], int]
    age_sex: tuple[BandCount, ...]
    care_by_need: tuple[tuple[str, int], ...]


def _person_counts(store: Store, today: date) -> _PersonCounts:
    """Counts of the people checked in by state, stay, age band, sex and need, in one scan."""
    case, params = _band_sql(today)
    flags = ", ".join(
        f"sum(instr(needs, '\"{flag}\"') > 0) AS f{i}" for i, flag in enumerate(NEED_FLAGS)
    )
    by_state_stay: Counter[tuple[str, str]] = Counter()
    by_band_sex: Counter[tuple[str, str]] = Counter()
    by_need: Counter[str] = Counter()
    for row in store.query(
        f"SELECT state, stay, {case} AS band, sex, count(*) AS n, {flags} FROM person "
        f"WHERE {CHECKED_IN_SQL} GROUP BY state, stay, band, sex",
        params,
    ):
        by_state_stay[(row["state"], row["stay"])] += int(row["n"])
        by_band_sex[(row["band"], row["sex"])] += int(row["n"])
        for i, flag in enumerate(NEED_FLAGS):
            by_need[flag] += int(row[f"f{i}"])
    return _PersonCounts(
        dict(by_state_stay),
        tuple(
            BandCount(band.id, *(by_band_sex[(band.id, sex)] for sex in SEXES))
            for band in (*AGE_BANDS, UNKNOWN_AGE)
        ),
        tuple((flag, by_need[flag]) for flag in NEED_FLAGS),
    )


def _care(store: Store) -> tuple[CareEntry, ...]:
    rows = store.query(
        f"SELECT id, needs, stay, state FROM person WHERE {CHECKED_IN_SQL} AND needs != '[]' "
        "ORDER BY id"
    )
    entries = []
    for row in rows:
        flags = set(json.loads(row["needs"]))
        ordered = tuple(f for f in NEED_FLAGS if f in flags)
        entries.append(CareEntry(row["id"], ordered, row["stay"], row["state"]))
    return tuple(entries)


def _households(store: Store) -> tuple[int, int, PetCounts]:
    row = store.query_one(
        "SELECT count(*) AS households, coalesce(sum(p.vehicle), 0) AS vehicles, "
        "coalesce(sum(h.pet_count > 0 OR h.pets != ''), 0) AS pet_households, "
        "coalesce(sum(h.pet_count), 0) AS animals "
        "FROM (SELECT household_id, max(stay = 'vehicle') AS vehicle FROM person "
        f"WHERE {CHECKED_IN_SQL} GROUP BY household_id) p "
        "JOIN household h ON h.id = p.household_id"
    )
    if row is None:
        return 0, 0, PetCounts(0, 0)
    pets = PetCounts(int(row["pet_households"]), int(row["animals"]))
    return int(row["households"]), int(row["vehicles"]), pets


def _hour(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _hourly(store: Store, now: datetime) -> tuple[HourCount, ...]:
    end = _hour(now) + timedelta(hours=1)
    start = end - timedelta(hours=HOURS)
    counts: dict[tuple[str, str], int] = {}
    rows = store.query(
        "SELECT strftime('%Y-%m-%dT%H:00:00', at) AS hour, kind, count(*) AS n "
        "FROM stay_event WHERE at >= :pre AND kind IN ('checkin', 'checkout', 'move') "
        "AND julianday(at) >= julianday(:start) AND julianday(at) < julianday(:end) "
        "GROUP BY hour, kind",
        # Times are stored with their offset: the plain string bound (15 hours early covers
        # any offset) lets the index on stay_event.at narrow the rows; julianday() is exact.
        {
            "pre": (start - timedelta(hours=15)).isoformat(),
            "start": start.isoformat(),
            "end": end.isoformat(),
        },
    )
    for row in rows:
        kind = "checkin" if row["kind"] == "checkin" else "checkout"
        counts[(row["hour"], kind)] = counts.get((row["hour"], kind), 0) + int(row["n"])
    hours = []
    for i in range(HOURS):
        hour = start + timedelta(hours=i)
        key = hour.strftime("%Y-%m-%dT%H:00:00")
        hours.append(
            HourCount(hour, counts.get((key, "checkin"), 0), counts.get((key, "checkout"), 0))
        )
    return tuple(hours)


def dashboard(store: Store, now: datetime, zone: str = DEFAULT_TIME_ZONE) -> Dashboard:
    """Every figure of the manager's dashboard as of ``now`` (an aware datetime); ages are
    counted on the shelter's day in ``zone``.

    A handful of aggregate queries (about 90 ms for 20,000 people); no person row leaves SQL
    except the ids and flags of people needing care.
    """
    shelter = store.query_one("SELECT id, capacity, is_open FROM shelter LIMIT 1")
    counts = _person_counts(store, local_date(now, zone))
    by_state_stay = counts.by_state_stay
    stays = StayCounts(*(by_state_stay.get(("in", stay), 0) for stay in STAYS))
    capacity = int(shelter["capacity"]) if shelter else 0
    households, vehicle_households, pets = _households(store)
    return Dashboard(
        at=now,
        shelter_id=shelter["id"] if shelter else "",
        is_open=bool(shelter["is_open"]) if shelter else False,
        crowding=crowding(stays.shelter, capacity),
        checked_in=sum(by_state_stay.values()),
        away=sum(n for (state, _), n in by_state_stay.items() if state == "away"),
        stays=stays,
        vehicle_households=vehicle_households,
        households=households,
        age_sex=counts.age_sex,
        care=_care(store),
        care_by_need=counts.care_by_need,
        pets=pets,
        hourly=_hourly(store, now),
        supplies=estimate(store, 24, now=now, zone=zone),
        survey=survey_summary(store),
    )


def manager_dashboard(ctx: Context) -> Dashboard:
    """The dashboard for the signed-in manager, as of the context's clock.

    Raises:
        PermissionDenied: the acting role may not see the dashboard.
    """
    require_role(ctx, "dashboard")
    return dashboard(ctx.store, ctx.now(), ctx.zone)


def _survey_figures(summary: SurveySummary) -> dict[str, Any]:
    return {
        "responses": summary.responses,
        "respondents": summary.respondents,
        "anonymous": summary.anonymous,
        "flagged": summary.flagged,
        "open_requests": summary.open_requests,
        "mean_scores": {q.question_id: q.mean for q in summary.questions if q.kind == "scale"},
    }


def status_figures(store: Store, now: datetime, zone: str = DEFAULT_TIME_ZONE) -> dict[str, object]:
    """The dashboard's figures beyond :class:`kiosk.reception.status.Status`, as JSON-ready data for
    ``kiosk status --json``: age bands by sex, needs, households (the same count as
    ``Status.households``), vehicles, pets, the 24-hour supply estimate and the survey.
    Counts only, no ids or personal data."""
    counts = _person_counts(store, local_date(now, zone))
    bands = counts.age_sex
    households, vehicle_households, pets = _households(store)
    return {
        "checked_in": sum(b.total for b in bands),
        "age_bands": {
            b.band: {"F": b.female, "M": b.male, "X": b.other, "total": b.total} for b in bands
        },
        "care_by_need": dict(counts.care_by_need),
        "households": households,
        "vehicle_households": vehicle_households,
        "pets": {"households": pets.households, "animals": pets.animals},
        "supplies": [line_payload(line) for line in estimate(store, 24, now=now, zone=zone)],
        "survey": _survey_figures(survey_summary(store)),
    }
