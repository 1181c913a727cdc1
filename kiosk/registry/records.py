"""The records of a shelter, as frozen dataclasses (DESIGN §4).

These are what services return and what the window, the command line and the City OS mapping
read. Rows never cross a module boundary as dicts. Classes that hold personal data print only
their id in ``repr`` so a stray log line or traceback cannot leak a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.basics.local_time import age_on

__all__ = [
    "Shelter",
    "Needs",
    "Household",
    "Person",
    "PersonDraft",
    "HouseholdDraft",
    "StayEvent",
    "Changes",
    "STATES",
]

#: A person's presence: registered (never checked in), in, away (temporary leave), out.
STATES: tuple[str, ...] = ("registered", "in", "away", "out")


@dataclass(frozen=True)
class Shelter:
    id: str
    name: str
    capacity: int
    disaster_types: tuple[str, ...] = ()
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    is_open: bool = True
    #: 全国共通避難所ID: the national 14-digit common shelter id, when the city gave one.
    national_id: str = ""


@dataclass(frozen=True, repr=False)
class Needs:
    """Special needs (要配慮者): flags from :data:`kiosk.registry.vocab.NEED_FLAGS` and free-text
    details."""

    flags: frozenset[str] = frozenset()
    care_level: str = ""
    illness: str = ""
    medication: str = ""
    allergies: str = ""
    dietary: str = ""

    @property
    def any(self) -> bool:
        return bool(self.flags)

    def __repr__(self) -> str:
        return f"Needs(flags={sorted(self.flags)!r})"


@dataclass(frozen=True, repr=False)
class HouseholdDraft:
    """What the evacuee card says about the whole household."""

    vehicle_plate: str = ""
    vehicle_type: str = ""
    pets: str = ""
    pet_count: int = 0
    home_damage: str = "unknown"
    emergency_contact: str = ""
    note: str = ""

    def __repr__(self) -> str:
        return "HouseholdDraft(…)"


@dataclass(frozen=True, repr=False)
class Household(HouseholdDraft):
    id: str = ""
    representative_id: str | None = None

    def __repr__(self) -> str:
        return f"Household(id={self.id!r})"


@dataclass(frozen=True, repr=False)
class PersonDraft:
    """A person's card fields as entered or scanned, before the store gives them an id.

    ``consent`` holds scope strings from :data:`kiosk.registry.vocab.CONSENT_SCOPES` plus
    :data:`kiosk.registry.vocab.ANPI_SCOPE`. ``mynumber_token`` is the keyed token, never the
    number.
    """

    name: str
    kana: str = ""
    sex: str = "X"
    birth: date | None = None
    address: str = ""
    phone: str = ""
    relationship: str = "self"
    stay: str = "shelter"
    stay_detail: str = ""
    needs: Needs = field(default_factory=Needs)
    language: str = "ja"
    consent: frozenset[str] = frozenset()
    cityos_subject: str | None = None
    mynumber_token: str | None = None
    slip_id: str | None = None

    def __repr__(self) -> str:
        return "PersonDraft(…)"


@dataclass(frozen=True, repr=False)
class Person(PersonDraft):
    id: str = ""
    household_id: str = ""
    state: str = "registered"
    state_since: datetime | None = None

    def age_on(self, day: date) -> int | None:
        """Completed years on ``day`` (:func:`kiosk.basics.local_time.age_on`)."""
        return age_on(self.birth, day)

    @property
    def present(self) -> bool:
        """Checked in and not on temporary leave."""
        return self.state == "in"

    def __repr__(self) -> str:
        return f"Person(id={self.id!r}, state={self.state!r})"


@dataclass(frozen=True)
class StayEvent:
    """One check-in, check-out, leave, return, move or supply pickup. No personal fields."""

    id: str
    person_id: str
    kind: str
    at: datetime
    kiosk_id: str
    actor: str
    destination: str = ""
    item: str = ""
    quantity: int | None = None
    via: str = ""


@dataclass(frozen=True)
class Changes:
    """What a write changed, so a screen redraws only those parts (after Anki's OpChanges)."""

    persons: frozenset[str] = frozenset()
    households: frozenset[str] = frozenset()
    events: tuple[str, ...] = ()
    shelter: bool = False
    status: bool = False
    #: The shelter's settings (or the City OS secret) were written.
    settings: bool = False
    #: Something was queued for (or settled with) the City OS: the outbox changed.
    outbox: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.persons | other.persons,
            self.households | other.households,
            self.events + other.events,
            self.shelter or other.shelter,
            self.status or other.status,
            self.settings or other.settings,
            self.outbox or other.outbox,
        )
