"""The survey asks a respondent whose card has no birth date for it: who needs asking, and
writing the date on the card (queued and audited like any card change; an existing birth
date is never overwritten from the survey)."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.access import audit
from kiosk.basics.errors import NotFound, ValidationError
from kiosk.city import outbox
from kiosk.core import Kiosk
from kiosk.operations import survey
from kiosk.operations.survey import BirthAlreadyKnown, Respondent
from kiosk.registry.people import add_person, get_person
from kiosk.registry.records import PersonDraft


def _count(kiosk: Kiosk, table: str) -> int:
    return int(kiosk.store.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])


def test_respondents_say_whose_card_lacks_a_birth_date_in_the_order_given(
    kiosk: Kiosk,
) -> None:
    born = add_person(kiosk.ctx, PersonDraft(name="見本 一郎", birth=date(1950, 4, 1))).id
    unborn = add_person(kiosk.ctx, PersonDraft(name="見本 二郎")).id
    found = survey.respondents(kiosk.store, [unborn, "no-such-person", born])
    assert found == (
        Respondent(unborn, "見本 二郎", True),
        Respondent(born, "見本 一郎", False),
    )


def test_a_birth_date_is_written_on_a_card_without_one_queued_and_audited(
    kiosk: Kiosk,
) -> None:
    person = add_person(kiosk.ctx, PersonDraft(name="見本 三郎")).id
    before = (_count(kiosk, "outbox"), _count(kiosk, "audit"))
    changes = survey.add_birth_date(kiosk.ctx, person, date(1973, 5, 3))
    last = outbox.entries(kiosk.store)[-1]
    assert (
        get_person(kiosk.store, person).birth,
        changes.persons,
        (_count(kiosk, "outbox"), _count(kiosk, "audit")),
        (last.record_type, last.record_id, last.payload["birth"]),
        audit.recent(kiosk.store, 1)[0].action,
    ) == (
        date(1973, 5, 3),
        frozenset({person}),
        (before[0] + 1, before[1] + 1),
        ("person", person, "1973-05-03"),
        "person.update",
    )


def test_a_birth_date_on_the_card_is_never_overwritten_from_the_survey(kiosk: Kiosk) -> None:
    person = add_person(kiosk.ctx, PersonDraft(name="見本 四郎", birth=date(1950, 4, 1))).id
    before = (_count(kiosk, "outbox"), _count(kiosk, "audit"))
    with pytest.raises(BirthAlreadyKnown) as refused:
        survey.add_birth_date(kiosk.ctx, person, date(1973, 5, 3))
    assert (
        refused.value.code,
        get_person(kiosk.store, person).birth,
        (_count(kiosk, "outbox"), _count(kiosk, "audit")),
    ) == ("birth_known", date(1950, 4, 1), before)


def test_a_future_birth_date_or_an_unknown_person_is_refused(kiosk: Kiosk) -> None:
    person = add_person(kiosk.ctx, PersonDraft(name="見本 五郎")).id
    with pytest.raises(ValidationError) as future:
        survey.add_birth_date(kiosk.ctx, person, date(2030, 1, 1))
    with pytest.raises(NotFound):
        survey.add_birth_date(kiosk.ctx, "no-such-person", date(1973, 5, 3))
    assert (future.value.field, get_person(kiosk.store, person).birth) == ("birth", None)
