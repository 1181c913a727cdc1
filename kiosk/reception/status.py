"""Counts for the status bar, `kiosk status` and the manager: who is here, and how full.

Capacity counts people *inside* the shelter only. People staying in a vehicle (車中泊) or at
home (在宅避難) who checked in are counted separately: they come for supplies and information
but take no floor space. Crowding is published in four levels (DESIGN §2).

This module also says, once, what the states mean for counting (check-in, the dashboard, the
supply estimate, the roster and this status all use it):

- **checked in** (:data:`CHECKED_IN_STATES`, :func:`checked_in_sql`) — ``in`` or ``away``
  (on temporary leave), any stay: the people the shelter serves;
- **here** (:data:`HERE_STATE`) — ``in``: checked in and not on leave; **present** — here and
  staying inside the shelter (:func:`present_in_shelter`), compared with the capacity.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.store import Store

__all__ = [
    "CHECKED_IN_STATES",
    "CROWDING_LABELS",
    "HERE_STATE",
    "Crowding",
    "Status",
    "checked_in_sql",
    "crowding",
    "is_checked_in",
    "present_in_shelter",
    "status",
]

#: Checked in at this shelter: inside (``in``) or on temporary leave (``away``).
CHECKED_IN_STATES: tuple[str, ...] = ("in", "away")
#: Checked in and not on leave.
HERE_STATE = "in"


def is_checked_in(state: str) -> bool:
    """Whether a person in ``state`` is checked in (see :data:`CHECKED_IN_STATES`)."""
    return state in CHECKED_IN_STATES


def checked_in_sql(column: str = "state") -> str:
    """The SQL condition "checked in" on a person's state ``column`` (e.g. ``p.state``)."""
    states = ", ".join(f"'{s}'" for s in CHECKED_IN_STATES)
    return f"{column} IN ({states})"


#: (level, lower bound of occupancy) — under 30 %, 30–60 %, 60–80 %, 80 % and over.
CROWDING_LEVELS: tuple[tuple[str, float], ...] = (
    ("full", 0.80),
    ("high", 0.60),
    ("moderate", 0.30),
    ("low", 0.0),
)
CROWDING_LABELS: dict[str, str] = {
    "low": _N("Crowding", "Available (under 30%)"),
    "moderate": _N("Crowding", "Some space (30–60%)"),
    "high": _N("Crowding", "Crowded (60–80%)"),
    "full": _N("Crowding", "Full (80% and over)"),
}


@dataclass(frozen=True)
class Crowding:
    present: int
    capacity: int
    level: str

    @property
    def ratio(self) -> float:
        return self.present / self.capacity if self.capacity else 1.0

    @property
    def over_capacity(self) -> bool:
        return self.present > self.capacity


def crowding(present: int, capacity: int) -> Crowding:
    ratio = present / capacity if capacity else (1.0 if present else 0.0)
    level = next(name for name, lower in CROWDING_LEVELS if ratio >= lower)
    return Crowding(present, capacity, level)


@dataclass(frozen=True)
class Status:
    shelter_id: str
    is_open: bool
    present: int
    capacity: int
    crowding: str
    away: int
    vehicle: int
    home: int
    other: int
    care_needed: int
    households: int
    registered: int
    checkins: int
    checkouts: int


def present_in_shelter(store: Store) -> int:
    row = store.query_one(
        f"SELECT count(*) AS n FROM person WHERE state = '{HERE_STATE}' AND stay = 'shelter'"
    )
    return int(row["n"]) if row else 0


def status(store: Store) -> Status:
    """The shelter's figures now, computed from the store in a few indexed queries."""
    shelter = store.query_one("SELECT id, capacity, is_open FROM shelter LIMIT 1")
    counts = {
        (r["state"], r["stay"]): r["n"]
        for r in store.query("SELECT state, stay, count(*) AS n FROM person GROUP BY state, stay")
    }

    def here(stay: str) -> int:
        return int(counts.get((HERE_STATE, stay), 0))

    present = here("shelter")
    capacity = int(shelter["capacity"]) if shelter else 0
    care = store.query_one(
        f"SELECT count(*) AS n FROM person WHERE {checked_in_sql()} AND needs != '[]'"
    )
    households = store.query_one(
        f"SELECT count(DISTINCT household_id) AS n FROM person WHERE {checked_in_sql()}"
    )
    events = {
        r["kind"]: r["n"]
        for r in store.query("SELECT kind, count(*) AS n FROM stay_event GROUP BY kind")
    }
    return Status(
        shelter_id=shelter["id"] if shelter else "",
        is_open=bool(shelter["is_open"]) if shelter else False,
        present=present,
        capacity=capacity,
        crowding=crowding(present, capacity).level,
        away=sum(n for (state, _), n in counts.items() if state == "away"),
        vehicle=here("vehicle"),
        home=here("home"),
        other=here("other"),
        care_needed=int(care["n"]) if care else 0,
        households=int(households["n"]) if households else 0,
        registered=sum(counts.values()),
        checkins=int(events.get("checkin", 0)),
        checkouts=int(events.get("checkout", 0)) + int(events.get("move", 0)),
    )
