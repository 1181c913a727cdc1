"""Counts for the status bar, `kiosk status` and the manager: who is here, and how full.

Capacity counts people *inside* the shelter only. People staying in a vehicle (車中泊) or at
home (在宅避難) who checked in are counted separately: they come for supplies and information
but take no floor space. Crowding is published in four levels (DESIGN §2).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.store import Store

__all__ = ["Crowding", "Status", "crowding", "status", "CROWDING_LABELS"]

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
        "SELECT count(*) AS n FROM person WHERE state = 'in' AND stay = 'shelter'"
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
        return int(counts.get(("in", stay), 0))

    present = here("shelter")
    capacity = int(shelter["capacity"]) if shelter else 0
    care = store.query_one(
        "SELECT count(*) AS n FROM person WHERE state IN ('in', 'away') AND needs != '[]'"
    )
    households = store.query_one(
        "SELECT count(DISTINCT household_id) AS n FROM person WHERE state IN ('in', 'away')"
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
