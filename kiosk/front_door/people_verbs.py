"""Verbs about people and their cards: search, look up, edit a card, link an IC card, issue a
slip, the survey, and the card form's unfinished draft.

Editing a card needs ``edit_card`` (staff, manager: the rule tap-card links already kept);
issuing a slip, a survey answer and the birth date a survey asks for are desk work
(``checkin``). Drafts are the form's scratch space on this kiosk, not records: no role, no
audit, never queued.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.cards import reading, tap_cards
from kiosk.cards.tap_cards import CardLink
from kiosk.front_door.base import Door, write
from kiosk.front_door.results import Changes, Found, Result
from kiosk.identity.slip import Slip
from kiosk.operations import survey
from kiosk.reception import walk_in_slips
from kiosk.registry import drafts, people, removal, roster_cache, search
from kiosk.registry.query_kind import query_kind
from kiosk.registry.records import Household, Person, PersonDraft
from kiosk.registry.roster_cache import Resident

__all__ = ["PeopleVerbs"]

_SEARCH_LIMIT = 30


def _person_changed(person_id: str) -> Changes:
    return Changes(persons=frozenset({person_id}), status=True, outbox=True)


class PeopleVerbs(Door):
    # --- reads ---------------------------------------------------------------------------

    def search(self, acting: Context, query: str, limit: int = _SEARCH_LIMIT) -> Found:
        """People matching ``query``, best first, and what the text was read as."""
        hits = search.search(acting.store, query, limit=limit)
        return Found(tuple(hits), query_kind(query))

    def search_roster(self, acting: Context, query: str) -> tuple[Resident, ...]:
        """Residents in the City OS roster cache not registered here yet (name queries)."""
        return tuple(roster_cache.search_roster(acting.store, query))

    def person(self, acting: Context, person_id: str) -> Person:
        """Raises NotFound."""
        return people.get_person(acting.store, person_id)

    def household(self, acting: Context, household_id: str) -> tuple[Household, tuple[Person, ...]]:
        """The household and its members. Raises NotFound."""
        store = acting.store
        return people.get_household(store, household_id), people.household_members(
            store, household_id
        )

    def names(self, acting: Context, person_ids: Sequence[str]) -> tuple[tuple[str, str], ...]:
        """``((id, name), ...)`` of the given people that exist, in order."""
        found = people.names_of(acting.store, person_ids)
        return tuple((pid, found[pid]) for pid in person_ids if pid in found)

    def survey_respondents(
        self, acting: Context, person_ids: Sequence[str]
    ) -> tuple[survey.Respondent, ...]:
        return survey.respondents(acting.store, tuple(person_ids))

    def linked_card(self, acting: Context, person_id: str) -> CardLink | None:
        return tap_cards.linked_card(acting.store, person_id)

    # --- writes --------------------------------------------------------------------------

    def add_person(
        self, acting: Context, draft: PersonDraft, household_id: str | None = None
    ) -> Result[Person]:
        """Register one person (joining ``household_id``, or a household of their own),
        not checked in. Raises PermissionDenied, ValidationError, NotFound."""
        return write(
            acting,
            "checkin",
            lambda: people.add_person(acting, draft, household_id),
            lambda person: Changes(
                persons=frozenset({person.id}),
                households=frozenset({person.household_id}),
                status=True,
                outbox=True,
            ),
        )

    def update_person(self, acting: Context, person: Person) -> Result[Changes]:
        """Save an edited card. Raises PermissionDenied, ValidationError."""
        return write(
            acting,
            "edit_card",
            lambda: people.update_person(acting, person),
            lambda changes: changes | Changes(outbox=bool(changes.persons)),
        )

    def remove_person(
        self, acting: Context, person_id: str, reason: str
    ) -> Result[removal.Removal]:
        """Remove a person and queue their erasure at the City OS
        (:func:`kiosk.registry.removal.remove_person`: it checks ``remove_person`` — the
        manager — and runs its own transaction with ``secure_delete`` on around it). Raises
        PermissionDenied, NotFound, ValueError (``reason`` not one of ``removal.REASONS``)."""
        done = removal.remove_person(acting, person_id, reason)
        return Result(
            done,
            Changes(
                persons=frozenset({done.person_id}),
                households=frozenset({done.household_id}),
                status=True,
                outbox=True,
            ),
        )

    def issue_slip(self, acting: Context, person_id: str) -> Result[tuple[Slip, str]]:
        """A signed slip for the person, linked in the store: ``(Slip, code text)``."""
        return write(
            acting,
            "checkin",
            lambda: walk_in_slips.issue_person_slip(acting, person_id),
            lambda _slip: Changes(persons=frozenset({person_id})),
        )

    def link_tapped_card(self, acting: Context, person_id: str, reader: str) -> Result[CardLink]:
        """Read the tap card on ``reader`` and make it ``person_id``'s card (the role is
        checked before the card is read). Raises PermissionDenied and the card errors."""
        require_role(acting, "edit_card")
        return write(
            acting,
            "edit_card",
            lambda: tap_cards.link_card(
                acting, person_id, reading.read_tap_card_on(reader, acting.store)
            ),
            lambda _link: Changes(persons=frozenset({person_id})),
        )

    def unlink_card(self, acting: Context, person_id: str) -> Result[None]:
        return write(
            acting,
            "edit_card",
            lambda: tap_cards.unlink_card(acting, person_id),
            lambda _none: Changes(persons=frozenset({person_id})),
        )

    def add_birth_date(self, acting: Context, person_id: str, birth: date) -> Result[Changes]:
        """The birth date a survey asked for, on a card that has none
        (:func:`kiosk.operations.survey.add_birth_date`)."""
        return write(
            acting,
            "checkin",
            lambda: survey.add_birth_date(acting, person_id, birth),
            lambda changes: changes | Changes(outbox=True),
        )

    def submit_survey(
        self,
        acting: Context,
        person_id: str | None,
        answers: Mapping[str, object],
        language: str,
    ) -> Result[survey.SurveyResponse]:
        """Store one survey answer, queued for the City OS
        (:func:`kiosk.operations.survey.submit`)."""
        copy = dict(answers)
        return write(
            acting,
            "checkin",
            lambda: survey.submit(acting, person_id, copy, language),
            lambda _answer: Changes(outbox=True),
        )

    # --- the card form's draft (this kiosk's scratch space, not a record) ----------------

    def save_draft(self, acting: Context, kind: str, payload: str) -> None:
        drafts.save_draft(acting.store, kind, payload, acting.now().isoformat())

    def load_draft(self, acting: Context, kind: str) -> str | None:
        return drafts.load_draft(acting.store, kind)

    def load_draft_entry(self, acting: Context, kind: str) -> drafts.Draft | None:
        """The kept draft with the time it was written, or None."""
        return drafts.load_draft_entry(acting.store, kind)

    def clear_draft(self, acting: Context, kind: str) -> None:
        drafts.clear_draft(acting.store, kind)
