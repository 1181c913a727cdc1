"""Every call the window makes into the core, one method each (after Anki's op factories).

Screens hold a :class:`KioskActions` and never the store: each method runs one service call
on the right worker (store work on the single DB thread, slow CPU work elsewhere) and delivers
the result, or the error, on the GUI thread through the callbacks. Arguments are copies
prepared on the GUI thread; results are frozen dataclasses. UI tests drive real screens over a
real store through this class; it is also the one seam a UI-logic test may replace.

Who acts is fixed when the work is SUBMITTED, on the GUI thread: each method takes the frozen
acting context (``Context.acting_as`` of whoever is signed in at that moment) and hands that
copy to the worker, which never reads "who is signed in". A save queued by reception staff
stays staff's (and is refused) even if a manager signs in before the DB thread runs it; a
check-in queued before the idle lock is audited as the person who made it. The roles
themselves are checked in the core (:func:`kiosk.staff.require_role`), not here.

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

    def _report_ctx(self, ctx: Context) -> Context:
        """``ctx`` (captured at submission) over the read-only connection (report thread
        only)."""
        if self._reader is None:
            self._reader = ctx.store.open_reader()
        return replace(ctx, store=self._reader)

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
        """Sign a staff member in by PIN; calls submitted after ``done`` act as them (audited by
        their id). Who acts changes on the GUI thread, never in the worker."""
        ctx = self._ctx

        def signed_in(member: staff.StaffMember) -> None:
            self.act_as(member)
            done(member)

        self._runner.run_db(lambda: staff.sign_in(ctx, pin), signed_in, failed)

    def act_as(self, member: staff.StaffMember) -> None:
        """Act as a staff member whose PIN was checked (leaving self check-in mode)."""
        self._ctx = self._kiosk.ctx.acting_as(member.id, member.role)

    def sign_out(self) -> None:
        self._ctx = self._kiosk.ctx.acting_as("kiosk", "staff")

    def check_pin(self, pin: str, done: Done, failed: Failed = None) -> None:
        """Whose PIN this is, without changing who acts (leaving self check-in mode)."""
        ctx = self._ctx
        self._runner.run_db(lambda: staff.sign_in(ctx, pin), done, failed)

    # --- arrivals ------------------------------------------------------------------------

    def identify(self, text: str, done: Done, failed: Failed = None) -> None:
        ctx = self._ctx
        self._runner.run_db(lambda: arrival.identify(ctx.store, text, ctx.now()), done, failed)

    def identify_self(self, text: str, done: Done, failed: Failed = None) -> None:
        """:meth:`identify` for self check-in: only the code's own person for a My Number card
        or a slip (:func:`kiosk.arrival.only_the_code_holder`)."""
        ctx = self._ctx
        self._runner.run_db(lambda: arrival.identify_self(ctx.store, text, ctx.now()), done, failed)

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
        ctx = self._ctx
        from kiosk.cards.reading import read_tap

        def work() -> arrival.Arrival:
            found = read_tap(reader, ctx.store)
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
        ctx = self._ctx
        from kiosk.cards.reading import read_mynumber_card

        def work() -> arrival.Arrival:
            _holder, found = read_mynumber_card(
                reader, ctx.store, pin, last_try_confirmed=last_try_confirmed
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
        ctx = self._ctx
        known = None if known_ids is None else tuple(known_ids)
        new = None if newcomer_indexes is None else tuple(newcomer_indexes)
        self._write(lambda: arrival.admit(ctx, found, known, new, via, language), done, failed)

    def check_in(self, person_ids: Sequence[str], done: Done, failed: Failed = None) -> None:
        ctx = self._ctx
        ids = tuple(person_ids)
        self._write(lambda: checkin.check_in(ctx, ids, via="desk"), done, failed)

    def check_out(
        self, person_ids: Sequence[str], destination: str, done: Done, failed: Failed = None
    ) -> None:
        ctx = self._ctx
        ids = tuple(person_ids)
        self._write(lambda: checkin.check_out(ctx, ids, destination), done, failed)

    def leave(
        self, person_ids: Sequence[str], destination: str, done: Done, failed: Failed = None
    ) -> None:
        ctx = self._ctx
        ids = tuple(person_ids)
        self._write(lambda: checkin.leave(ctx, ids, destination), done, failed)

    def come_back(self, person_ids: Sequence[str], done: Done, failed: Failed = None) -> None:
        ctx = self._ctx
        ids = tuple(person_ids)
        self._write(lambda: checkin.come_back(ctx, ids), done, failed)

    def pickup(
        self, person_id: str, item: str, quantity: int, done: Done, failed: Failed = None
    ) -> None:
        ctx = self._ctx
        self._write(lambda: checkin.pickup(ctx, person_id, item, quantity), done, failed)

    # --- people and cards ----------------------------------------------------------------

    def search(self, query: str, done: Done, failed: Failed = None) -> None:
        ctx = self._ctx
        self._runner.run_db(lambda: search.search(ctx.store, query, limit=30), done, failed)

    def search_roster(self, query: str, done: Done, failed: Failed = None) -> None:
        """Residents in the City OS roster cache not registered here yet (name queries)."""
        ctx = self._ctx
        self._runner.run_db(lambda: roster.search_roster(ctx.store, query), done, failed)

    def person(self, person_id: str, done: Done, failed: Failed = None) -> None:
        ctx = self._ctx
        self._runner.run_db(lambda: people.get_person(ctx.store, person_id), done, failed)

    def household(self, household_id: str, done: Done, failed: Failed = None) -> None:
        ctx = self._ctx

        def work() -> tuple[people.Household, tuple[people.Person, ...]]:
            store = ctx.store
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
        ctx = self._ctx
        drafts_ = list(members)

        def work() -> tuple[str, tuple[str, ...]]:
            with ctx.store.atomic():
                household, persons = people.add_household(ctx, drafts_, card)
                ids = tuple(p.id for p in persons)
                if check_in:
                    checkin.check_in(ctx, ids, via="card")
            return household.id, ids

        self._write(work, done, failed)

    def update_person(self, person: people.Person, done: Done, failed: Failed = None) -> None:
        ctx = self._ctx
        self._write(lambda: people.update_person(ctx, person), done, failed)

    def issue_slip(self, person_id: str, done: Done, failed: Failed = None) -> None:
        """A signed slip for the person (linked in the store); done gets (Slip, code text)."""
        ctx = self._ctx
        self._write(lambda: slips.issue_person_slip(ctx, person_id), done, failed)

    def suggest_kana(self, name: str, done: Done, failed: Failed = None) -> None:
        """A reading suggestion; CPU work off both the GUI and the DB thread."""
        self._runner.run_background(lambda: suggest_kana(name), done, failed)

    def save_draft(self, kind: str, payload: str, done: Done | None = None) -> None:
        ctx = self._ctx
        at = ctx.now().isoformat()
        self._runner.run_db(
            lambda: drafts.save_draft(ctx.store, kind, payload, at), done or _ignore
        )

    def load_draft(self, kind: str, done: Done) -> None:
        ctx = self._ctx
        self._runner.run_db(lambda: drafts.load_draft(ctx.store, kind), done)

    def load_draft_entry(self, kind: str, done: Done) -> None:
        """The kept draft with the time it was written (``drafts.Draft``), or None."""
        ctx = self._ctx
        self._runner.run_db(lambda: drafts.load_draft_entry(ctx.store, kind), done)

    def clear_draft(self, kind: str, done: Done | None = None) -> None:
        ctx = self._ctx
        self._runner.run_db(lambda: drafts.clear_draft(ctx.store, kind), done or _ignore)

    # --- the shelter ---------------------------------------------------------------------

    def status(self, done: Done, failed: Failed = None) -> None:
        ctx = self._ctx
        self._runner.run_db(lambda: status.status(ctx.store), done, failed)

    def shelter(self, done: Done, failed: Failed = None) -> None:
        ctx = self._ctx
        self._runner.run_db(lambda: get_shelter(ctx.store), done, failed)

    def recent_activity(self, done: Done, failed: Failed = None, limit: int = 30) -> None:
        ctx = self._ctx
        self._runner.run_db(lambda: activity.recent_activity(ctx.store, limit), done, failed)

    def settings(self, done: Done, failed: Failed = None) -> None:
        ctx = self._ctx
        self._runner.run_db(lambda: load_settings(ctx.store), done, failed)

    def save_settings(self, settings: Settings, done: Done, failed: Failed = None) -> None:
        """Save the settings as whoever is signed in now (the core refuses any role but
        manager, and audits what changed); done gets the settings saved."""
        ctx = self._ctx

        def saved(result: Settings) -> None:
            # A new time zone counts from now, for this window and the kiosk (on the GUI
            # thread; the contexts are frozen and replaced whole).
            self._kiosk.ctx = replace(self._kiosk.ctx, zone=result.time_zone)
            self._ctx = replace(self._ctx, zone=result.time_zone)
            done(result)

        self._write(lambda: save_settings(ctx, settings).settings, saved, failed)

    def dashboard(self, done: Done, failed: Failed = None) -> None:
        """The manager's dashboard and the names of the people needing care on it: done gets
        ``(Dashboard, {person_id: name})``. The core keeps names out of the figures; the
        manager needs them to go and see people, so they are looked up here (one query).
        Fails with PermissionDenied for any role but manager."""
        acting = self._ctx

        def work() -> tuple[Dashboard, dict[str, str]]:
            ctx = self._report_ctx(acting)
            figures = manager_dashboard(ctx)
            return figures, people.names_of(ctx.store, [e.person_id for e in figures.care])

        self._runner.run_report(work, done, failed)

    def survey_requests(self, done: Done, failed: Failed = None) -> None:
        """``((SurveyResponse, name), ...)``: what evacuees asked for or reported, newest first
        (manager only)."""
        ctx = self._ctx
        self._runner.run_report(lambda: survey.open_requests(self._report_ctx(ctx)), done, failed)

    def names(self, person_ids: Sequence[str], done: Done, failed: Failed = None) -> None:
        """``((id, name), ...)`` of the given people, in order (who answers a survey)."""
        ctx = self._ctx
        ids = tuple(person_ids)
        store = ctx.store

        def work() -> tuple[tuple[str, str], ...]:
            found = people.names_of(store, ids)
            return tuple((pid, found[pid]) for pid in ids if pid in found)

        self._runner.run_db(work, done, failed)

    def survey_respondents(
        self, person_ids: Sequence[str], done: Done, failed: Failed = None
    ) -> None:
        """``(Respondent, ...)`` of the given people, in order: who answers a survey, and
        whose card lacks a birth date (:func:`kiosk.survey.respondents`)."""
        ctx = self._ctx
        ids = tuple(person_ids)
        store = ctx.store
        self._runner.run_db(lambda: survey.respondents(store, ids), done, failed)

    def add_birth_date(
        self, person_id: str, birth: date, done: Done, failed: Failed = None
    ) -> None:
        """Write the birth date the survey asked for on a card that has none."""
        ctx = self._ctx
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
        ctx = self._ctx
        copy = dict(answers)
        self._write(lambda: survey.submit(ctx, person_id, copy, language), done, failed)

    def run(self, fn: Callable[[Any], T], done: Done, failed: Failed = None) -> None:
        """Run a read-only service function ``fn(store)`` on the DB thread (for panels whose
        service has no method here yet: dashboard figures, sync status, ...)."""
        ctx = self._ctx
        self._runner.run_db(lambda: fn(ctx.store), done, failed)

    def run_ctx(self, fn: Callable[[Any], T], done: Done, failed: Failed = None) -> None:
        """Run a writing service function ``fn(ctx)`` on the DB thread as the actor signed in
        when it was submitted."""
        ctx = self._ctx
        self._write(lambda: fn(ctx), done, failed)

    def run_background(self, fn: Callable[[], T], done: Done, failed: Failed = None) -> None:
        """Run work that touches no store (files on a USB stick, layout) off the DB thread."""
        self._runner.run_background(fn, done, failed)

    # --- desks (link) ---

    def remote_changes_applied(self) -> None:
        """Changes of other desks were taken into the store (by the desk service, on its own
        connection): whatever shows the shelter redraws, as after a change made here."""
        self.changed.emit()


def _ignore(_: object) -> None:
    pass
