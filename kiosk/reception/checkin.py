"""Check-in rules: who may come in, go out, step out and come back (DESIGN §2, §4).

A person's presence is a small state machine kept on the person row, changed only together with
the stay event that moves it, the event's outbox entry and its audit row, in one transaction:

    registered/out --checkin--> in --leave--> away --return--> in
    in/away --checkout/move--> out;   supply pickups change no state.

Rules: the same person scanned again within :data:`DUPLICATE_WINDOW` is one check-in, not two;
someone already in is told so (no second stay); a household checks in together or in part in
one transaction; check-out needs a destination; a closed shelter refuses check-ins; capacity
never blocks — the result carries the crowding level so the screen can warn.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from kiosk.basics.context import Context
from kiosk.basics.errors import RuleViolation, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.operations.shelter import get_shelter
from kiosk.reception.status import (
    CHECKED_IN_STATES,
    HERE_STATE,
    Crowding,
    crowding,
    present_in_shelter,
)
from kiosk.registry.people import get_person
from kiosk.registry.records import Changes, Person, StayEvent

__all__ = [
    "DUPLICATE_WINDOW",
    "Outcome",
    "StayResult",
    "ShelterClosed",
    "NotCheckedIn",
    "check_in",
    "check_out",
    "leave",
    "come_back",
    "move",
    "pickup",
]

#: A second scan of the same person within this window is the same check-in.
DUPLICATE_WINDOW = timedelta(minutes=2)


class ShelterClosed(RuleViolation):
    code = "shelter_closed"
    template = _N("KioskError", "This shelter is closed: check-ins are not accepted.")


class NotCheckedIn(RuleViolation):
    code = "not_checked_in"
    template = _N("KioskError", "This person is not checked in (person {id}).")


@dataclass(frozen=True)
class Outcome:
    """What happened to one person: ``done`` (the event was recorded), ``already_in``,
    ``just_scanned`` (a repeat scan within the window), or ``returned`` (back from leave)."""

    person_id: str
    result: str
    since: datetime | None = None
    event_id: str | None = None


@dataclass(frozen=True)
class StayResult:
    outcomes: tuple[Outcome, ...]
    crowding: Crowding
    changes: Changes

    @property
    def recorded(self) -> tuple[str, ...]:
        return tuple(o.person_id for o in self.outcomes if o.event_id is not None)


def event_payload(event: StayEvent, state_after: str) -> dict[str, Any]:
    data = asdict(event)
    data["at"] = event.at.isoformat()
    data["state_after"] = state_after
    return data


def _record(
    ctx: Context, person: Person, kind: str, at: datetime, new_state: str | None, **fields: Any
) -> StayEvent:
    event = StayEvent(
        id=str(uuid.uuid4()),
        person_id=person.id,
        kind=kind,
        at=at,
        kiosk_id=ctx.kiosk_id,
        actor=ctx.actor,
        **fields,
    )
    ctx.store.execute(
        "INSERT INTO stay_event (id, person_id, kind, at, kiosk_id, actor, destination, item, "
        "quantity, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.id,
            event.person_id,
            event.kind,
            event.at.isoformat(),
            event.kiosk_id,
            event.actor,
            event.destination,
            event.item,
            event.quantity,
            event.via,
        ),
    )
    if new_state is not None:
        ctx.store.execute(
            "UPDATE person SET state = ?, state_since = ? WHERE id = ?",
            (new_state, at.isoformat(), person.id),
        )
    state_after = new_state or person.state
    ctx.log_change(
        "stay_event", event.id, "create", event_payload(event, state_after), f"stay.{kind}", at
    )
    return event


def _result(ctx: Context, outcomes: list[Outcome]) -> StayResult:
    shelter = get_shelter(ctx.store)
    recorded = [o for o in outcomes if o.event_id]
    return StayResult(
        tuple(outcomes),
        crowding(present_in_shelter(ctx.store), shelter.capacity),
        Changes(
            persons=frozenset(o.person_id for o in recorded),
            events=tuple(o.event_id for o in recorded if o.event_id),
            status=bool(recorded),
        ),
    )


def _unique(person_ids: Sequence[str]) -> list[str]:
    if not person_ids:
        raise ValidationError("person", _N("KioskError", "Choose at least one person."))
    return list(dict.fromkeys(person_ids))


def check_in(ctx: Context, person_ids: Sequence[str], via: str = "manual") -> StayResult:
    """Check in one person or several members of a household, in one transaction.

    Raises:
        ShelterClosed: the shelter is closed.
        NotFound: a person id does not exist (nothing is recorded).
        ValidationError: no person given.
    """
    ids = _unique(person_ids)
    if not get_shelter(ctx.store).is_open:
        raise ShelterClosed()
    outcomes = []
    with ctx.store.atomic():
        at = ctx.now()
        for person in [get_person(ctx.store, pid) for pid in ids]:
            if person.state == HERE_STATE:
                recent = person.state_since and at - person.state_since < DUPLICATE_WINDOW
                result = "just_scanned" if recent else "already_in"
                outcomes.append(Outcome(person.id, result, person.state_since))
                continue
            kind, result = ("return", "returned") if person.state == "away" else ("checkin", "done")
            event = _record(ctx, person, kind, at, HERE_STATE, via=via)
            outcomes.append(Outcome(person.id, result, at, event.id))
    return _result(ctx, outcomes)


def _leave_shelter(
    ctx: Context,
    person_ids: Sequence[str],
    kind: str,
    new_state: str,
    destination: str,
    allowed: tuple[str, ...],
) -> StayResult:
    ids = _unique(person_ids)
    outcomes = []
    with ctx.store.atomic():
        at = ctx.now()
        for person in [get_person(ctx.store, pid) for pid in ids]:
            if person.state not in allowed:
                raise NotCheckedIn(id=person.id)
            event = _record(ctx, person, kind, at, new_state, destination=destination.strip())
            outcomes.append(Outcome(person.id, "done", at, event.id))
    return _result(ctx, outcomes)


def _require_destination(destination: str) -> None:
    if not destination.strip():
        raise ValidationError(
            "destination", _N("KioskError", "Say where the person is going (home, hospital, ...).")
        )
    if len(destination) > 200:
        raise ValidationError(
            "destination", _N("KioskError", "Use at most {limit} characters."), limit=200
        )


def check_out(ctx: Context, person_ids: Sequence[str], destination: str) -> StayResult:
    """Check people out for good, saying where they go.

    Raises:
        ValidationError: no destination.
        NotCheckedIn: someone is not in (nothing is recorded).
        NotFound: a person id does not exist.
    """
    _require_destination(destination)
    return _leave_shelter(ctx, person_ids, "checkout", "out", destination, CHECKED_IN_STATES)


def move(ctx: Context, person_ids: Sequence[str], to_shelter: str) -> StayResult:
    """Move people to another shelter (a check-out whose destination is that shelter).

    Raises:
        ValidationError: no shelter named.
        NotCheckedIn: someone is not in.
    """
    _require_destination(to_shelter)
    return _leave_shelter(ctx, person_ids, "move", "out", to_shelter, CHECKED_IN_STATES)


def leave(ctx: Context, person_ids: Sequence[str], destination: str = "") -> StayResult:
    """Temporary leave (外出): the person keeps their place and is expected back.

    Raises:
        NotCheckedIn: someone is not in.
    """
    return _leave_shelter(ctx, person_ids, "leave", "away", destination, (HERE_STATE,))


def come_back(ctx: Context, person_ids: Sequence[str]) -> StayResult:
    """Return from temporary leave; the same as a check-in of someone away."""
    return check_in(ctx, person_ids, via="return")


def pickup(ctx: Context, person_id: str, item: str, quantity: int) -> StayResult:
    """Record a supply pickup (also by people staying in a vehicle or at home).

    Raises:
        ValidationError: no item, or a quantity outside 1..1000.
        NotFound: the person does not exist.
    """
    if not item.strip() or len(item) > 100:
        raise ValidationError("item", _N("KioskError", "Name the item picked up."))
    if not 1 <= quantity <= 1000:
        raise ValidationError("quantity", _N("KioskError", "Enter a number from 1 to 1000."))
    with ctx.store.atomic():
        person = get_person(ctx.store, person_id)
        event = _record(
            ctx, person, "supply", ctx.now(), None, item=item.strip(), quantity=quantity
        )
    return _result(ctx, [Outcome(person_id, "done", event.at, event.id)])
