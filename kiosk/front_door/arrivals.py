"""Verbs of the desk and self check-in: who is this (a code, a card), admit, register a
walk-in, and the stay itself (check in and out, leave and come back, pick up supplies).

Every write needs the ``checkin`` permission (staff, operator, manager — the self check-in
screen acts as staff ``kiosk``) and runs in its own transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.basics.context import Context
from kiosk.cards import reading
from kiosk.front_door.base import Door, write
from kiosk.front_door.results import Changes, Result
from kiosk.reception import arrival, checkin
from kiosk.reception.arrival import Admitted, Arrival
from kiosk.reception.checkin import StayResult
from kiosk.registry import people
from kiosk.registry.records import HouseholdDraft, PersonDraft

__all__ = ["ArrivalVerbs"]

#: ``(household id, person ids)`` of a household just registered.
Registered = tuple[str, tuple[str, ...]]


def _stay_changes(stay: StayResult) -> Changes:
    return stay.changes | Changes(outbox=bool(stay.recorded))


def _registered(registered: Registered) -> Changes:
    household_id, person_ids = registered
    return Changes(
        persons=frozenset(person_ids),
        households=frozenset({household_id}),
        status=True,
        outbox=True,
    )


class ArrivalVerbs(Door):
    # --- who is this (reads) -------------------------------------------------------------

    def identify(self, acting: Context, text: str) -> Arrival:
        """Who a scanned or typed code names (:func:`kiosk.reception.arrival.identify`)."""
        return arrival.identify(acting.store, text, acting.now())

    def identify_self(self, acting: Context, text: str) -> Arrival:
        """:meth:`identify` for self check-in: only the code's own person for a My Number card
        or a slip (:func:`kiosk.reception.arrival.only_the_code_holder`)."""
        return arrival.identify_self(acting.store, text, acting.now())

    @staticmethod
    def inspect_card(reader: str) -> reading.CardOnReader:
        """What card is on ``reader`` (touches no store: run it anywhere but the GUI thread)."""
        return reading.inspect(reader)

    def read_tap_card(self, acting: Context, reader: str, self_service: bool = False) -> Arrival:
        """The arrival of the linked tap card on ``reader`` (only its holder at self
        check-in). Raises as :func:`kiosk.cards.reading.read_tap`."""
        found = reading.read_tap(reader, acting.store)
        return arrival.only_the_code_holder(found) if self_service else found

    def read_mynumber_card(
        self,
        acting: Context,
        reader: str,
        pin: bytearray,
        last_try_confirmed: bool,
        self_service: bool = False,
    ) -> Arrival:
        """VERIFY ``pin`` (cleared by the core afterwards) and find the holder.
        Raises as :func:`kiosk.cards.reading.read_mynumber_card`."""
        _holder, found = reading.read_mynumber_card(
            reader, acting.store, pin, last_try_confirmed=last_try_confirmed
        )
        return arrival.only_the_code_holder(found) if self_service else found

    # --- arrivals (writes) ---------------------------------------------------------------

    def admit(
        self,
        acting: Context,
        found: Arrival,
        known_ids: Sequence[str] | None,
        newcomer_indexes: Sequence[int] | None,
        via: str = "qr",
        language: str | None = None,
    ) -> Result[Admitted]:
        """Register the chosen newcomers and check the chosen people in
        (:func:`kiosk.reception.arrival.admit`). Raises PermissionDenied and what ``admit``
        raises."""
        known = None if known_ids is None else tuple(known_ids)
        new = None if newcomer_indexes is None else tuple(newcomer_indexes)
        return write(
            acting,
            "checkin",
            lambda: arrival.admit(acting, found, known, new, via, language),
            lambda done: (
                _stay_changes(done.stay)
                | Changes(
                    persons=frozenset(done.registered), households=frozenset({done.household_id})
                )
            ),
        )

    def register_household(
        self,
        acting: Context,
        members: Sequence[PersonDraft],
        card: HouseholdDraft,
        check_in: bool = True,
    ) -> Result[Registered]:
        """Register a walk-in household and (by default) check them all in, in one go.
        Raises PermissionDenied, ValidationError (nothing is written)."""
        drafts = list(members)

        def work() -> Registered:
            household, persons = people.add_household(acting, drafts, card)
            ids = tuple(p.id for p in persons)
            if check_in:
                checkin.check_in(acting, ids, via="card")
            return household.id, ids

        return write(acting, "checkin", work, _registered)

    def register_paper_card(
        self,
        acting: Context,
        slip_id: str,
        members: Sequence[PersonDraft],
        card: HouseholdDraft,
    ) -> Result[Registered]:
        """Enter a filled-in pre-printed paper card and check it in
        (:func:`kiosk.reception.arrival.register_paper_card`)."""
        return write(
            acting,
            "checkin",
            lambda: arrival.register_paper_card(acting, slip_id, members, card),
            _registered,
        )

    # --- the stay (writes) ---------------------------------------------------------------

    def check_in(
        self, acting: Context, person_ids: Sequence[str], via: str = "desk"
    ) -> Result[StayResult]:
        ids = tuple(person_ids)
        return write(acting, "checkin", lambda: checkin.check_in(acting, ids, via), _stay_changes)

    def check_out(
        self, acting: Context, person_ids: Sequence[str], destination: str
    ) -> Result[StayResult]:
        ids = tuple(person_ids)
        return write(
            acting, "checkin", lambda: checkin.check_out(acting, ids, destination), _stay_changes
        )

    def leave(
        self, acting: Context, person_ids: Sequence[str], destination: str = ""
    ) -> Result[StayResult]:
        ids = tuple(person_ids)
        return write(
            acting, "checkin", lambda: checkin.leave(acting, ids, destination), _stay_changes
        )

    def come_back(self, acting: Context, person_ids: Sequence[str]) -> Result[StayResult]:
        ids = tuple(person_ids)
        return write(acting, "checkin", lambda: checkin.come_back(acting, ids), _stay_changes)

    def move(
        self, acting: Context, person_ids: Sequence[str], to_shelter: str
    ) -> Result[StayResult]:
        """Check people out to another shelter (:func:`kiosk.reception.checkin.move`)."""
        ids = tuple(person_ids)
        return write(
            acting, "checkin", lambda: checkin.move(acting, ids, to_shelter), _stay_changes
        )

    def pickup(
        self, acting: Context, person_id: str, item: str, quantity: int
    ) -> Result[StayResult]:
        return write(
            acting,
            "checkin",
            lambda: checkin.pickup(acting, person_id, item, quantity),
            _stay_changes,
        )
