"""Every call the window makes into the core, one method each (after Anki's op factories).

Screens hold a :class:`KioskActions` and never the store: each method runs one service call
on the right worker (store work on the single DB thread, slow CPU work elsewhere) and delivers
the result, or the error, on the GUI thread through the callbacks. Arguments are copies
prepared on the GUI thread; results are frozen dataclasses. UI tests drive real screens over a
real store through this class; it is also the one seam a UI-logic test may replace.

Every call that writes records (check-in and out, leave and return, pickups, cards, surveys,
settings, any ``run_ctx``) emits :attr:`KioskActions.changed` after its ``done`` callback, so
the window refreshes what it shows about the whole shelter (the people-inside count) in one
place, whichever screen made the change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from kiosk import (
    activity,
    arrival,
    checkin,
    drafts,
    people,
    roster,
    search,
    slips,
    staff,
    status,
    survey,
)
from kiosk.context import Context
from kiosk.core import Kiosk
from kiosk.dashboard import Dashboard, manager_dashboard
from kiosk.names import suggest_kana
from kiosk.records import HouseholdDraft, PersonDraft
from kiosk.settings import Settings, load_settings, save_settings
from kiosk.shelter import get_shelter
from kiosk.store import Store

__all__ = ["Runner", "KioskActions", "Done", "Failed"]

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None] | None


class Runner(Protocol):
    """What :class:`KioskActions` needs from ``ui.ops.Workers``."""

    def run_db(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...

    def run_background(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...

    def run_report(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...


class KioskActions(QObject):
    """The window's verbs, bound to one open kiosk and its workers. ``changed`` after any
    successful write (on the GUI thread, after the caller's ``done``)."""

    changed = Signal()

    def __init__(self, kiosk: Kiosk, runner: Runner) -> None:
        super().__init__()
        self._kiosk = kiosk
        self._runner = runner
        self._ctx = kiosk.ctx
        self._reader: Store | None = None  # opened and used on the report thread only

    def _report_ctx(self) -> Context:
        """The acting context over the read-only connection (report thread only)."""
        if self._reader is None:
            self._reader = self._ctx.store.open_reader()
        return replace(self._ctx, store=self._reader)

    def close_reader(self) -> None:
        """Close the report connection (on the report thread, after its last report)."""

        def close() -> None:
            if self._reader is not None:
                self._reader.close()
                self._reader = None

        self._runner.run_report(close, lambda _none: None)

    def _write(self, fn: Callable[[], Any], done: Done, failed: Failed = None) -> None:
        """Run a writing call on the DB thread; on success ``done``, then ``changed``."""

        def succeeded(result: Any) -> None:
            done(result)
            if shiboken6.isValid(self):
                self.changed.emit()

        self._runner.run_db(fn, succeeded, failed)

    # --- who is acting -------------------------------------------------------------------

    def now(self) -> datetime:
        """The kiosk's clock (a test kiosk's is fake)."""
        return self._ctx.now()

    def today(self) -> date:
        """The shelter's day now (its time zone, kiosk.local_time): what "today" and an age
        mean on screen, the same day the core counts with."""
        return self._ctx.today()

    @property
    def role(self) -> str:
        return self._ctx.role

    @property
    def actor(self) -> str:
        return self._ctx.actor

    def sign_in(self, pin: str, done: Done, failed: Failed = None) -> None:
        """Sign a staff member in by PIN; later calls act as them (audited by their id)."""

        def work() -> staff.StaffMember:
            member = staff.sign_in(self._ctx, pin)
            self._ctx = self._kiosk.ctx.acting_as(member.id, member.role)
            return member

        self._runner.run_db(work, done, failed)

    def act_as(self, member: staff.StaffMember) -> None:
        """Act as a staff member whose PIN was checked (leaving self check-in mode)."""
        self._ctx = self._kiosk.ctx.acting_as(member.id, member.role)

    def sign_out(self) -> None:
        self._ctx = self._kiosk.ctx.acting_as("kiosk", "staff")

    def check_pin(self, pin: str, done: Done, failed: Failed = None) -> None:
        """Whose PIN this is, without changing who acts (leaving self check-in mode)."""
        self._runner.run_db(lambda: staff.sign_in(self._ctx, pin), done, failed)

    # --- arrivals ------------------------------------------------------------------------

    def identify(self, text: str, done: Done, failed: Failed = None) -> None:
        self._runner.run_db(
            lambda: arrival.identify(self._ctx.store, text, self._ctx.now()), done, failed
        )

    def identify_self(self, text: str, done: Done, failed: Failed = None) -> None:
        """:meth:`identify` for self check-in: only the code's own person for a My Number card
        or a slip (:func:`kiosk.arrival.only_the_code_holder`)."""
        self._runner.run_db(
            lambda: arrival.identify_self(self._ctx.store, text, self._ctx.now()), done, failed
        )

    # --- IC cards (kiosk.cards): a card tap is read like a scanned code ------------------
    # Card I/O runs on the DB thread with the look-up it feeds: a tap is one APDU, a My
    # Number read about ten (well under a second), and both need the store's keys.

    def inspect_card(self, reader: str, done: Done, failed: Failed = None) -> None:
        """What card is on ``reader`` (a My Number card with its PIN tries left, or another)."""
        from kiosk.cards.reading import inspect

        self._runner.run_background(lambda: inspect(reader), done, failed)

    def read_tap_card(
        self, reader: str, done: Done, failed: Failed = None, self_service: bool = False
    ) -> None:
        """The arrival of the linked tap card on ``reader`` (only its holder at self check-in)."""
        from kiosk.cards.reading import read_tap

        def work() -> arrival.Arrival:
            found = read_tap(reader, self._ctx.store)
            return arrival.only_the_code_holder(found) if self_service else found

        self._runner.run_db(work, done, failed)

    def read_mynumber_card(
        self,
        reader: str,
        pin: bytearray,
        last_try_confirmed: bool,
        done: Done,
        failed: Failed = None,
        self_service: bool = False,
    ) -> None:
        """VERIFY ``pin`` (cleared by the core after the VERIFY) and find the holder: an
        arrival of kind ``mynumber``, a new card pre-filled from the chip for a walk-in."""
        from kiosk.cards.reading import read_mynumber_card

        def work() -> arrival.Arrival:
            _holder, found = read_mynumber_card(
                reader, self._ctx.store, pin, last_try_confirmed=last_try_confirmed
            )
            return arrival.only_the_code_holder(found) if self_service else found

        self._runner.run_db(work, done, failed)

    def admit(
        self,
        found: arrival.Arrival,
        known_ids: Sequence[str] | None,
        newcomer_indexes: Sequence[int] | None,
        done: Done,
        failed: Failed = None,
        via: str = "qr",
        language: str | None = None,
    ) -> None:
        known = None if known_ids is None else tuple(known_ids)
        new = None if newcomer_indexes is None else tuple(newcomer_indexes)
        self._write(
            lambda: arrival.admit(self._ctx, found, known, new, via, language), done, failed
        )

    def check_in(self, person_ids: Sequence[str], done: Done, failed: Failed = None) -> None:
        ids = tuple(person_ids)
        self._write(lambda: checkin.check_in(self._ctx, ids, via="desk"), done, failed)

    def check_out(
        self, person_ids: Sequence[str], destination: str, done: Done, failed: Failed = None
    ) -> None:
        ids = tuple(person_ids)
        self._write(lambda: checkin.check_out(self._ctx, ids, destination), done, failed)

    def leave(
        self, person_ids: Sequence[str], destination: str, done: Done, failed: Failed = None
    ) -> None:
        ids = tuple(person_ids)
        self._write(lambda: checkin.leave(self._ctx, ids, destination), done, failed)

    def come_back(self, person_ids: Sequence[str], done: Done, failed: Failed = None) -> None:
        ids = tuple(person_ids)
        self._write(lambda: checkin.come_back(self._ctx, ids), done, failed)

    def pickup(
        self, person_id: str, item: str, quantity: int, done: Done, failed: Failed = None
    ) -> None:
        self._write(lambda: checkin.pickup(self._ctx, person_id, item, quantity), done, failed)

    # --- people and cards ----------------------------------------------------------------

    def search(self, query: str, done: Done, failed: Failed = None) -> None:
        self._runner.run_db(lambda: search.search(self._ctx.store, query, limit=30), done, failed)

    def search_roster(self, query: str, done: Done, failed: Failed = None) -> None:
        """Residents in the City OS roster cache not registered here yet (name queries)."""
        self._runner.run_db(lambda: roster.search_roster(self._ctx.store, query), done, failed)

    def person(self, person_id: str, done: Done, failed: Failed = None) -> None:
        self._runner.run_db(lambda: people.get_person(self._ctx.store, person_id), done, failed)

    def household(self, household_id: str, done: Done, failed: Failed = None) -> None:
        def work() -> tuple[people.Household, tuple[people.Person, ...]]:
            store = self._ctx.store
            return people.get_household(store, household_id), people.household_members(
                store, household_id
            )

        self._runner.run_db(work, done, failed)

    def register_household(
        self,
        members: Sequence[PersonDraft],
        card: HouseholdDraft,
        done: Done,
        failed: Failed = None,
        check_in: bool = True,
    ) -> None:
        """Register a walk-in household and (by default) check them all in, in one go."""
        drafts_ = list(members)

        def work() -> tuple[str, tuple[str, ...]]:
            with self._ctx.store.atomic():
                household, persons = people.add_household(self._ctx, drafts_, card)
                ids = tuple(p.id for p in persons)
                if check_in:
                    checkin.check_in(self._ctx, ids, via="card")
            return household.id, ids

        self._write(work, done, failed)

    def update_person(self, person: people.Person, done: Done, failed: Failed = None) -> None:
        self._write(lambda: people.update_person(self._ctx, person), done, failed)

    def issue_slip(self, person_id: str, done: Done, failed: Failed = None) -> None:
        """A signed slip for the person (linked in the store); done gets (Slip, code text)."""
        self._write(lambda: slips.issue_person_slip(self._ctx, person_id), done, failed)

    def suggest_kana(self, name: str, done: Done, failed: Failed = None) -> None:
        """A reading suggestion; CPU work off both the GUI and the DB thread."""
        self._runner.run_background(lambda: suggest_kana(name), done, failed)

    def save_draft(self, kind: str, payload: str, done: Done | None = None) -> None:
        at = self._ctx.now().isoformat()
        self._runner.run_db(
            lambda: drafts.save_draft(self._ctx.store, kind, payload, at), done or _ignore
        )

    def load_draft(self, kind: str, done: Done) -> None:
        self._runner.run_db(lambda: drafts.load_draft(self._ctx.store, kind), done)

    def load_draft_entry(self, kind: str, done: Done) -> None:
        """The kept draft with the time it was written (``drafts.Draft``), or None."""
        self._runner.run_db(lambda: drafts.load_draft_entry(self._ctx.store, kind), done)

    def clear_draft(self, kind: str, done: Done | None = None) -> None:
        self._runner.run_db(lambda: drafts.clear_draft(self._ctx.store, kind), done or _ignore)

    # --- the shelter ---------------------------------------------------------------------

    def status(self, done: Done, failed: Failed = None) -> None:
        self._runner.run_db(lambda: status.status(self._ctx.store), done, failed)

    def shelter(self, done: Done, failed: Failed = None) -> None:
        self._runner.run_db(lambda: get_shelter(self._ctx.store), done, failed)

    def recent_activity(self, done: Done, failed: Failed = None, limit: int = 30) -> None:
        self._runner.run_db(lambda: activity.recent_activity(self._ctx.store, limit), done, failed)

    def settings(self, done: Done, failed: Failed = None) -> None:
        self._runner.run_db(lambda: load_settings(self._ctx.store), done, failed)

    def save_settings(self, settings: Settings, done: Done, failed: Failed = None) -> None:
        def work() -> Settings:
            staff.require_role(self._ctx, "settings")
            save_settings(self._ctx.store, settings)
            return settings

        def saved(result: Settings) -> None:
            # A new time zone counts from now, for this window and the kiosk (on the GUI
            # thread; the contexts are frozen and replaced whole).
            self._kiosk.ctx = replace(self._kiosk.ctx, zone=result.time_zone)
            self._ctx = replace(self._ctx, zone=result.time_zone)
            done(result)

        self._write(work, saved, failed)

    def dashboard(self, done: Done, failed: Failed = None) -> None:
        """The manager's dashboard and the names of the people needing care on it: done gets
        ``(Dashboard, {person_id: name})``. The core keeps names out of the figures; the
        manager needs them to go and see people, so they are looked up here (one query).
        Fails with PermissionDenied for any role but manager."""

        def work() -> tuple[Dashboard, dict[str, str]]:
            ctx = self._report_ctx()
            figures = manager_dashboard(ctx)
            return figures, people.names_of(ctx.store, [e.person_id for e in figures.care])

        self._runner.run_report(work, done, failed)

    def survey_requests(self, done: Done, failed: Failed = None) -> None:
        """``((SurveyResponse, name), ...)``: what evacuees asked for or reported, newest first
        (manager only)."""
        self._runner.run_report(lambda: survey.open_requests(self._report_ctx()), done, failed)

    def names(self, person_ids: Sequence[str], done: Done, failed: Failed = None) -> None:
        """``((id, name), ...)`` of the given people, in order (who answers a survey)."""
        ids = tuple(person_ids)
        store = self._ctx.store

        def work() -> tuple[tuple[str, str], ...]:
            found = people.names_of(store, ids)
            return tuple((pid, found[pid]) for pid in ids if pid in found)

        self._runner.run_db(work, done, failed)

    def survey_respondents(
        self, person_ids: Sequence[str], done: Done, failed: Failed = None
    ) -> None:
        """``(Respondent, ...)`` of the given people, in order: who answers a survey, and
        whose card lacks a birth date (:func:`kiosk.survey.respondents`)."""
        ids = tuple(person_ids)
        store = self._ctx.store
        self._runner.run_db(lambda: survey.respondents(store, ids), done, failed)

    def add_birth_date(
        self, person_id: str, birth: date, done: Done, failed: Failed = None
    ) -> None:
        """Write the birth date the survey asked for on a card that has none."""
        ctx = self._ctx  # who acts is who was signed in when the date was confirmed
        self._write(lambda: survey.add_birth_date(ctx, person_id, birth), done, failed)

    def submit_survey(
        self,
        person_id: str | None,
        answers: dict[str, object],
        language: str,
        done: Done,
        failed: Failed = None,
    ) -> None:
        """Store one survey answer (queued for the City OS with its outbox entry)."""
        copy = dict(answers)
        self._write(lambda: survey.submit(self._ctx, person_id, copy, language), done, failed)

    def run(self, fn: Callable[[Any], T], done: Done, failed: Failed = None) -> None:
        """Run a read-only service function ``fn(store)`` on the DB thread (for panels whose
        service has no method here yet: dashboard figures, sync status, ...)."""
        self._runner.run_db(lambda: fn(self._ctx.store), done, failed)

    def run_ctx(self, fn: Callable[[Any], T], done: Done, failed: Failed = None) -> None:
        """Run a writing service function ``fn(ctx)`` on the DB thread as the signed-in actor."""
        self._write(lambda: fn(self._ctx), done, failed)

    def run_background(self, fn: Callable[[], T], done: Done, failed: Failed = None) -> None:
        """Run work that touches no store (files on a USB stick, layout) off the DB thread."""
        self._runner.run_background(fn, done, failed)


def _ignore(_: object) -> None:
    pass
