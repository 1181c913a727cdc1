"""The window's one typed operations object: every call a screen makes into the core, one
method each (after Anki's op factories).

Each method calls exactly ONE front-door verb — :class:`kiosk.core.Kiosk`'s, or
:class:`sync.front_door.SyncDoor`'s for the operator's panel — on the right worker (store
work on the single DB thread, reports on the report thread, slow CPU or card work elsewhere)
and delivers the result, or the error, on the GUI thread through the callbacks. Arguments are
copies prepared on the GUI thread; results are frozen dataclasses. Screens never see the store
(a test checks that no ``ui`` module touches it). UI tests drive real screens over a real store
through this class; it is also the one seam a UI-logic test may replace.

Who acts is fixed when the work is SUBMITTED, on the GUI thread: each method captures the
frozen acting context (``Context.acting_as`` of whoever is signed in at that moment) and hands
that copy to the verb, which never reads "who is signed in". A save queued by reception staff
stays staff's (and is refused) even if a manager signs in before the DB thread runs it; a
check-in queued before the idle lock is audited as the person who made it. The roles
themselves are checked in the core, not here.

Every verb that writes records returns what it changed (:class:`kiosk.registry.records.Changes`);
after the caller's ``done`` the window gets it in :attr:`KioskActions.changes`, so what it shows
about the whole shelter (the people-inside count) is redrawn in one place, whichever screen made the
change, and only when the change touched it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from kiosk.access.staff import StaffMember
from kiosk.basics.local_time import local_time
from kiosk.cards.reading import CardOnReader
from kiosk.cards.tap_cards import CardLink
from kiosk.core import Kiosk
from kiosk.desks.code_files import read_code, write_code
from kiosk.desks.links import DeskRow
from kiosk.desks.merge import Merge
from kiosk.desks.pairing import AcceptedCode, IssuedCode, PairedDesk
from kiosk.desks.transport import DEFAULT_PORT
from kiosk.front_door.desk_verbs import FlaggedPair
from kiosk.front_door.results import Changes, Found, Result
from kiosk.identity.render import render_png
from kiosk.identity.slip import Slip
from kiosk.operations.dashboard import Dashboard
from kiosk.operations.settings import Settings, SettingsChange
from kiosk.operations.survey import Respondent, SurveyResponse
from kiosk.reception.activity import Activity
from kiosk.reception.arrival import Admitted, Arrival
from kiosk.reception.checkin import StayResult
from kiosk.reception.status import Status
from kiosk.registry.drafts import Draft
from kiosk.registry.names import suggest_kana
from kiosk.registry.records import Household, HouseholdDraft, Person, PersonDraft, Shelter
from kiosk.registry.roster_cache import Resident, RosterStatus
from sync.bundle import SealedBundle
from sync.delivery import Conflict, QueueStatus
from sync.front_door import SyncDoor

__all__ = ["Runner", "KioskActions", "Done", "Failed"]

T = TypeVar("T")
#: What a method calls with its result, on the GUI thread.
Done = Callable[[T], object]
#: What a method calls with the error instead (None: ``ui.ops`` shows it in general terms).
Failed = Callable[[BaseException], None] | None
#: ``(household id, person ids)`` of a household just registered.
Registered = tuple[str, tuple[str, ...]]


class Runner(Protocol):
    """What :class:`KioskActions` needs from ``ui.ops.Workers`` (whose ``run_*`` return the
    job's Future; nothing here uses it)."""

    def run_db(
        self, fn: Callable[[], T], on_done: Callable[[T], object], on_error: Failed = None
    ) -> object: ...

    def run_background(
        self, fn: Callable[[], T], on_done: Callable[[T], object], on_error: Failed = None
    ) -> object: ...

    def run_report(
        self, fn: Callable[[], T], on_done: Callable[[T], object], on_error: Failed = None
    ) -> object: ...

    def run_network(
        self, fn: Callable[[], T], on_done: Callable[[T], object], on_error: Failed = None
    ) -> object: ...


class KioskActions(QObject):
    """The window's verbs, bound to one open kiosk and its workers. After any successful
    write (on the GUI thread, after the caller's ``done``): ``changes(Changes)`` saying what
    changed (also after another desk's changes were taken in by the desk link, when what
    changed is not known here: then everything showing the shelter redraws)."""

    changes = Signal(object)  # kiosk.registry.records.Changes
    #: After this kiosk showed a pairing code or paired with a desk: the desk link starts (or
    #: syncs) at once, not at its next check — the other desk hands its reply to it.
    desks_changed = Signal()
    #: After another desk paired with this one over the network (the desk link saw it).
    desks_paired = Signal()

    def __init__(self, kiosk: Kiosk, runner: Runner) -> None:
        super().__init__()
        self._kiosk = kiosk
        self._sync = SyncDoor(kiosk)
        self._runner = runner
        self._ctx = kiosk.ctx
        #: The port this kiosk's desk service listens on, named in its pairing codes (the
        #: desk link sets it once its service runs).
        self.desk_port = DEFAULT_PORT

    def close_reader(self) -> None:
        """Close the report connection (on the report thread, after its last report)."""
        self._runner.run_report(self._kiosk.close_reading, _ignore)

    def _read(self, fn: Callable[[], T], done: Done[T], failed: Failed = None) -> None:
        self._runner.run_db(fn, done, failed)

    def _write(self, fn: Callable[[], Result[T]], done: Done[T], failed: Failed = None) -> None:
        """Run a writing verb on the DB thread; on success ``done(value)``, then ``changes``."""

        def succeeded(result: Result[T]) -> None:
            done(result.value)
            if shiboken6.isValid(self):
                self.changes.emit(result.changes)

        self._runner.run_db(fn, succeeded, failed)

    # --- who is acting -------------------------------------------------------------------

    def now(self) -> datetime:
        """The kiosk's clock (a test kiosk's is fake)."""
        return self._ctx.now()

    def local(self, at: datetime) -> datetime:
        """``at`` on the shelter's clock (its time zone, not the computer's): every time a
        screen or a slip shows goes through this (kiosk.basics.local_time.local_time)."""
        return local_time(at, self._ctx.zone)

    def today(self) -> date:
        """The shelter's day now (its time zone, kiosk.basics.local_time): what "today" and an age
        mean on screen, the same day the core counts with."""
        return self._ctx.today()

    @property
    def role(self) -> str:
        return self._ctx.role

    @property
    def actor(self) -> str:
        return self._ctx.actor

    def sign_in(self, pin: str, done: Done[StaffMember], failed: Failed = None) -> None:
        """Sign a staff member in by PIN; calls submitted after ``done`` act as them (audited by
        their id). Who acts changes on the GUI thread, never in the worker."""
        ctx, kiosk = self._ctx, self._kiosk

        def signed_in(member: StaffMember) -> None:
            self.act_as(member)
            done(member)

        self._runner.run_db(lambda: kiosk.sign_in(ctx, pin), signed_in, failed)

    def act_as(self, member: StaffMember) -> None:
        """Act as a staff member whose PIN was checked (leaving self check-in mode)."""
        self._ctx = self._kiosk.acting_as(member.id, member.role)

    def sign_out(self) -> None:
        self._ctx = self._kiosk.acting_as("kiosk", "staff")

    def check_pin(self, pin: str, done: Done[StaffMember], failed: Failed = None) -> None:
        """Whose PIN this is, without changing who acts (leaving self check-in mode)."""
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.sign_in(ctx, pin), done, failed)

    # --- arrivals ------------------------------------------------------------------------

    def identify(self, text: str, done: Done[Arrival], failed: Failed = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.identify(ctx, text), done, failed)

    def identify_self(self, text: str, done: Done[Arrival], failed: Failed = None) -> None:
        """:meth:`identify` for self check-in: only the code's own person."""
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.identify_self(ctx, text), done, failed)

    # --- IC cards (kiosk.cards): a card tap is read like a scanned code ------------------
    # Card I/O runs on the DB thread with the look-up it feeds: a tap is one APDU, a My
    # Number read about ten (well under a second), and both need the store's keys.

    def inspect_card(self, reader: str, done: Done[CardOnReader], failed: Failed = None) -> None:
        """What card is on ``reader`` (a My Number card with its PIN tries left, or another)."""
        self._runner.run_background(lambda: Kiosk.inspect_card(reader), done, failed)

    def read_tap_card(
        self, reader: str, done: Done[Arrival], failed: Failed = None, self_service: bool = False
    ) -> None:
        """The arrival of the linked tap card on ``reader`` (only its holder at self check-in)."""
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.read_tap_card(ctx, reader, self_service), done, failed)

    def read_mynumber_card(
        self,
        reader: str,
        pin: bytearray,
        last_try_confirmed: bool,
        done: Done[Arrival],
        failed: Failed = None,
        self_service: bool = False,
    ) -> None:
        """VERIFY ``pin`` (cleared by the core after the VERIFY) and find the holder: an
        arrival of kind ``mynumber``, a new card pre-filled from the chip for a walk-in."""
        ctx, kiosk = self._ctx, self._kiosk
        self._read(
            lambda: kiosk.read_mynumber_card(ctx, reader, pin, last_try_confirmed, self_service),
            done,
            failed,
        )

    def admit(
        self,
        found: Arrival,
        known_ids: Sequence[str] | None,
        newcomer_indexes: Sequence[int] | None,
        done: Done[Admitted],
        failed: Failed = None,
        via: str = "qr",
        language: str | None = None,
    ) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        known = None if known_ids is None else tuple(known_ids)
        new = None if newcomer_indexes is None else tuple(newcomer_indexes)
        self._write(lambda: kiosk.admit(ctx, found, known, new, via, language), done, failed)

    def check_in(
        self, person_ids: Sequence[str], done: Done[StayResult], failed: Failed = None
    ) -> None:
        ctx, kiosk, ids = self._ctx, self._kiosk, tuple(person_ids)
        self._write(lambda: kiosk.check_in(ctx, ids, via="desk"), done, failed)

    def check_out(
        self,
        person_ids: Sequence[str],
        destination: str,
        done: Done[StayResult],
        failed: Failed = None,
    ) -> None:
        ctx, kiosk, ids = self._ctx, self._kiosk, tuple(person_ids)
        self._write(lambda: kiosk.check_out(ctx, ids, destination), done, failed)

    def leave(
        self,
        person_ids: Sequence[str],
        destination: str,
        done: Done[StayResult],
        failed: Failed = None,
    ) -> None:
        ctx, kiosk, ids = self._ctx, self._kiosk, tuple(person_ids)
        self._write(lambda: kiosk.leave(ctx, ids, destination), done, failed)

    def come_back(
        self, person_ids: Sequence[str], done: Done[StayResult], failed: Failed = None
    ) -> None:
        ctx, kiosk, ids = self._ctx, self._kiosk, tuple(person_ids)
        self._write(lambda: kiosk.come_back(ctx, ids), done, failed)

    def pickup(
        self,
        person_id: str,
        item: str,
        quantity: int,
        done: Done[StayResult],
        failed: Failed = None,
    ) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.pickup(ctx, person_id, item, quantity), done, failed)

    # --- people and cards ----------------------------------------------------------------

    def search(self, query: str, done: Done[Found], failed: Failed = None) -> None:
        """People matching ``query`` and what it was read as (a name, a phone number…)."""
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.search(ctx, query), done, failed)

    def search_roster(
        self, query: str, done: Done[tuple[Resident, ...]], failed: Failed = None
    ) -> None:
        """Residents in the City OS roster cache not registered here yet (name queries)."""
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.search_roster(ctx, query), done, failed)

    def person(self, person_id: str, done: Done[Person], failed: Failed = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.person(ctx, person_id), done, failed)

    def household(
        self,
        household_id: str,
        done: Done[tuple[Household, tuple[Person, ...]]],
        failed: Failed = None,
    ) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.household(ctx, household_id), done, failed)

    def register_household(
        self,
        members: Sequence[PersonDraft],
        card: HouseholdDraft,
        done: Done[Registered],
        failed: Failed = None,
        check_in: bool = True,
    ) -> None:
        """Register a walk-in household and (by default) check them all in, in one go."""
        ctx, kiosk, drafts = self._ctx, self._kiosk, tuple(members)
        self._write(lambda: kiosk.register_household(ctx, drafts, card, check_in), done, failed)

    def register_paper_card(
        self,
        slip_id: str,
        members: Sequence[PersonDraft],
        card: HouseholdDraft,
        done: Done[Registered],
        failed: Failed = None,
    ) -> None:
        """Enter a filled-in pre-printed paper card (its slip id on the first member) and check
        the household in."""
        ctx, kiosk, drafts = self._ctx, self._kiosk, tuple(members)
        self._write(lambda: kiosk.register_paper_card(ctx, slip_id, drafts, card), done, failed)

    def update_person(self, person: Person, done: Done[Changes], failed: Failed = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.update_person(ctx, person), done, failed)

    def issue_slip(
        self, person_id: str, done: Done[tuple[Slip, str]], failed: Failed = None
    ) -> None:
        """A signed slip for the person (linked in the store); done gets (Slip, code text)."""
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.issue_slip(ctx, person_id), done, failed)

    def linked_card(
        self, person_id: str, done: Done[CardLink | None], failed: Failed = None
    ) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.linked_card(ctx, person_id), done, failed)

    def link_tapped_card(
        self, person_id: str, reader: str, done: Done[CardLink], failed: Failed = None
    ) -> None:
        """Read the tap card on ``reader`` and make it the person's card."""
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.link_tapped_card(ctx, person_id, reader), done, failed)

    def unlink_card(self, person_id: str, done: Done[None], failed: Failed = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.unlink_card(ctx, person_id), done, failed)

    def suggest_kana(self, name: str, done: Done[str], failed: Failed = None) -> None:
        """A reading suggestion; CPU work off both the GUI and the DB thread."""
        self._runner.run_background(lambda: suggest_kana(name), done, failed)

    def save_draft(self, kind: str, payload: str, done: Done[None] | None = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.save_draft(ctx, kind, payload), done or _ignore)

    def load_draft(self, kind: str, done: Done[str | None]) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.load_draft(ctx, kind), done)

    def load_draft_entry(self, kind: str, done: Done[Draft | None]) -> None:
        """The kept draft with the time it was written, or None."""
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.load_draft_entry(ctx, kind), done)

    def clear_draft(self, kind: str, done: Done[None] | None = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.clear_draft(ctx, kind), done or _ignore)

    # --- the shelter ---------------------------------------------------------------------

    def status(self, done: Done[Status], failed: Failed = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.status(ctx), done, failed)

    def shelter(self, done: Done[Shelter], failed: Failed = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.shelter(ctx), done, failed)

    def recent_activity(
        self, done: Done[tuple[Activity, ...]], failed: Failed = None, limit: int = 30
    ) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.recent_activity(ctx, limit), done, failed)

    def settings(self, done: Done[Settings], failed: Failed = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.settings(ctx), done, failed)

    def save_settings(
        self, settings: Settings, done: Done[Settings], failed: Failed = None
    ) -> None:
        """Save the settings as whoever is signed in now (the core refuses any role but
        manager, and audits what changed); done gets the settings saved."""
        ctx, kiosk = self._ctx, self._kiosk

        def saved(result: Result[SettingsChange]) -> Result[Settings]:
            return Result(result.value.settings, result.changes)

        def adopted(saved_settings: Settings) -> None:
            # A new time zone counts from now, for this window and the kiosk (on the GUI
            # thread; the contexts are frozen and replaced whole).
            self._kiosk.ctx = replace(self._kiosk.ctx, zone=saved_settings.time_zone)
            self._ctx = replace(self._ctx, zone=saved_settings.time_zone)
            done(saved_settings)

        self._write(lambda: saved(kiosk.save_settings(ctx, settings)), adopted, failed)

    def set_client_secret(self, secret: str, done: Done[None], failed: Failed = None) -> None:
        """Replace the City OS client secret (manager; audited, never shown back)."""
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.set_client_secret(ctx, secret), done, failed)

    def dashboard(
        self, done: Done[tuple[Dashboard, dict[str, str]]], failed: Failed = None
    ) -> None:
        """The manager's dashboard and the names of the people needing care on it, on the
        report thread. Fails with PermissionDenied for any role but manager."""
        ctx, kiosk = self._ctx, self._kiosk
        self._runner.run_report(lambda: kiosk.dashboard(ctx), done, failed)

    def survey_requests(
        self, done: Done[tuple[tuple[SurveyResponse, str], ...]], failed: Failed = None
    ) -> None:
        """What evacuees asked for or reported, newest first (manager only)."""
        ctx, kiosk = self._ctx, self._kiosk
        self._runner.run_report(lambda: kiosk.survey_requests(ctx), done, failed)

    def names(
        self,
        person_ids: Sequence[str],
        done: Done[tuple[tuple[str, str], ...]],
        failed: Failed = None,
    ) -> None:
        """``((id, name), ...)`` of the given people, in order (who answers a survey)."""
        ctx, kiosk, ids = self._ctx, self._kiosk, tuple(person_ids)
        self._read(lambda: kiosk.names(ctx, ids), done, failed)

    def survey_respondents(
        self, person_ids: Sequence[str], done: Done[tuple[Respondent, ...]], failed: Failed = None
    ) -> None:
        """Who answers a survey, and whose card lacks a birth date."""
        ctx, kiosk, ids = self._ctx, self._kiosk, tuple(person_ids)
        self._read(lambda: kiosk.survey_respondents(ctx, ids), done, failed)

    def add_birth_date(
        self, person_id: str, birth: date, done: Done[Changes], failed: Failed = None
    ) -> None:
        """Write the birth date the survey asked for on a card that has none."""
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.add_birth_date(ctx, person_id, birth), done, failed)

    def submit_survey(
        self,
        person_id: str | None,
        answers: Mapping[str, object],
        language: str,
        done: Done[SurveyResponse],
        failed: Failed = None,
    ) -> None:
        """Store one survey answer (queued for the City OS with its outbox entry)."""
        ctx, kiosk, copy = self._ctx, self._kiosk, dict(answers)
        self._write(lambda: kiosk.submit_survey(ctx, person_id, copy, language), done, failed)

    # --- the operator's panel (sync.front_door) ------------------------------------------

    def queue_status(self, done: Done[QueueStatus], failed: Failed = None) -> None:
        ctx, door = self._ctx, self._sync
        self._read(lambda: door.queue_status(ctx), done, failed)

    def roster_status(self, done: Done[RosterStatus], failed: Failed = None) -> None:
        ctx, door = self._ctx, self._sync
        self._read(lambda: door.roster_status(ctx), done, failed)

    def conflicts(self, done: Done[tuple[Conflict, ...]], failed: Failed = None) -> None:
        ctx, door = self._ctx, self._sync
        self._read(lambda: door.conflicts(ctx), done, failed)

    def retry_conflict(self, seq: int, done: Done[None], failed: Failed = None) -> None:
        ctx, door = self._ctx, self._sync
        self._write(lambda: door.retry_conflict(ctx, seq), done, failed)

    def skip_conflict(self, seq: int, done: Done[None], failed: Failed = None) -> None:
        ctx, door = self._ctx, self._sync
        self._write(lambda: door.skip_conflict(ctx, seq), done, failed)

    def seal_bundle(self, done: Done[SealedBundle], failed: Failed = None) -> None:
        """Every pending change sealed for the City OS (nothing is written yet)."""
        ctx, door = self._ctx, self._sync
        self._read(lambda: door.seal_bundle(ctx), done, failed)

    def record_export(self, bundle_id: str, done: Done[None], failed: Failed = None) -> None:
        """Audit a bundle that reached its medium."""
        ctx, door = self._ctx, self._sync
        self._write(lambda: door.record_export(ctx, bundle_id), done, failed)

    def import_receipt(self, data: bytes, done: Done[int], failed: Failed = None) -> None:
        """Mark what the City OS receipt names delivered; done gets how many."""
        ctx, door = self._ctx, self._sync
        self._write(lambda: door.import_receipt(ctx, data), done, failed)

    def import_keys(self, data: bytes, done: Done[None], failed: Failed = None) -> None:
        """Store the City OS's public key file (what sealing a bundle needs)."""
        ctx, door = self._ctx, self._sync
        self._write(lambda: door.import_keys(ctx, data), done, failed)

    # --- files on a stick ----------------------------------------------------------------

    def on_medium(
        self, fn: Callable[[Path], T], path: Path, done: Done[T], failed: Failed = None
    ) -> None:
        """Read or write the file at ``path`` (a USB stick: slow, perhaps pulled) with ``fn``
        on the background thread, never the DB thread, so check-ins go on meanwhile. ``fn``
        touches no store."""
        self._runner.run_background(lambda: fn(path), done, failed)

    # --- desks (manager) ---------------------------------------------------------------------

    def desk_rows(self, done: Done[list[DeskRow]], failed: Failed = None) -> None:
        """The paired desks with last contact and lag."""
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.desk_rows(ctx), done, failed)

    def make_pairing_code(self, done: Done[IssuedCode], failed: Failed = None) -> None:
        """A new pairing code of this kiosk (manager), naming where its desk service listens;
        the desk link starts so that the other desk can hand its reply to it."""
        ctx, kiosk, port = self._ctx, self._kiosk, self.desk_port
        self._write(lambda: kiosk.make_pairing_code(ctx, port), self._then_desks(done), failed)

    def pair_with(
        self, text: str, done: Done[AcceptedCode | PairedDesk], failed: Failed = None
    ) -> None:
        """A scanned or read pairing text: a code (``KSP1:``) pairs this kiosk, its reply is
        handed to the other desk over the network (the network thread) when the code names
        an address, and done gets the ``AcceptedCode`` (``delivered_to`` set, or the reply to
        show); a reply (``KSR1:``) finishes the pairing this kiosk started and done gets the
        ``PairedDesk``. A refusal of the delivered reply goes to ``failed``."""
        ctx, kiosk = self._ctx, self._kiosk

        def paired(result: AcceptedCode | PairedDesk) -> None:
            if isinstance(result, AcceptedCode) and result.addresses:
                self._runner.run_network(
                    lambda: kiosk.deliver_pairing_reply(result), delivered, failed
                )
            else:
                self._then_desks(done)(result)

        def delivered(result: AcceptedCode) -> None:
            finish = self._then_desks(done)
            if result.delivered_to is None:
                finish(result)
                return
            where = result.delivered_to
            # the address is kept before the desk link hears of the pairing: its first round
            # then contacts that desk there

            def kept(_: object) -> None:  # kept or not: the pairing stands either way
                finish(result)

            self._runner.run_db(
                lambda: kiosk.remember_desk_address(ctx, result.desk.kiosk_id, where), kept, kept
            )

        self._write(lambda: kiosk.pair_with(ctx, text), paired, failed)

    def _then_desks(self, done: Done[T]) -> Done[T]:
        """``done``, then ``desks_changed``."""

        def then(value: T) -> None:
            done(value)
            if shiboken6.isValid(self):
                self.desks_changed.emit()

        return then

    def unpair_desk(self, kiosk_id: str, done: Done[PairedDesk], failed: Failed = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.unpair_desk(ctx, kiosk_id), done, failed)

    def read_code_file(self, path: Path, done: Done[str], failed: Failed = None) -> None:
        """The pairing text in a file (a QR image is decoded): off the GUI and DB threads."""
        self._runner.run_background(lambda: read_code(path), done, failed)

    def save_code_file(
        self, path: Path, text: str, done: Done[Path], failed: Failed = None
    ) -> None:
        """Write a pairing code or reply to ``path`` (a QR image for .png/.svg, else text)."""
        home = self._kiosk.home
        self._runner.run_background(lambda: write_code(path, text, home, True), done, failed)

    def render_code(self, text: str, done: Done[bytes], failed: Failed = None) -> None:
        """PNG bytes of ``text`` as a QR code, large enough to scan from another desk."""
        self._runner.run_background(lambda: render_png(text, scale=8).data, done, failed)

    def merge_flags(self, done: Done[tuple[FlaggedPair, ...]], failed: Failed = None) -> None:
        """Open flags with both cards, for the manager to compare side by side."""
        ctx, kiosk = self._ctx, self._kiosk
        self._read(lambda: kiosk.merge_flags(ctx), done, failed)

    def merge_people(
        self, keep_id: str, drop_id: str, done: Done[Merge], failed: Failed = None
    ) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.merge_people(ctx, keep_id, drop_id), done, failed)

    def not_same_person(self, a: str, b: str, done: Done[None], failed: Failed = None) -> None:
        ctx, kiosk = self._ctx, self._kiosk
        self._write(lambda: kiosk.not_same_person(ctx, a, b), done, failed)

    # --- desks (link) ---

    def desk_paired_remotely(self) -> None:
        """Another desk handed its pairing reply over the network: the list of desks (and the
        settings showing them) redraw."""
        self.desks_paired.emit()
        self.changes.emit(Changes(settings=True))

    def remote_changes_applied(self) -> None:
        """Changes of other desks were taken into the store (by the desk service, on its own
        connection): whatever shows the shelter redraws, as after a change made here."""
        self.changes.emit(_REMOTE)


#: What another desk's batch may have changed: the shelter's counts, its card, the queue.
_REMOTE = Changes(status=True, shelter=True, outbox=True)


def _ignore(_: object) -> None:
    pass
