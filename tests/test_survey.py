"""The life survey: answers validated against the questions, stored, flagged, queued for the
City OS as record type "survey" with its audit row, and summarised for the dashboard."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

import pytest

from kiosk.access import audit
from kiosk.basics.errors import NotFound, ValidationError
from kiosk.city import outbox
from kiosk.core import Kiosk
from kiosk.operations import survey
from kiosk.operations.survey import QuestionSummary, SurveySummary, submit
from kiosk.registry.people import add_person, consent_of
from kiosk.registry.records import PersonDraft
from sync.delivery import mark
from sync.mapping import map_entry
from tests.conftest import FakeClock


def _person(kiosk: Kiosk, consent: frozenset[str] = frozenset()) -> str:
    return add_person(kiosk.ctx, PersonDraft(name="回答 花子", consent=consent)).id


def _count(kiosk: Kiosk, table: str) -> int:
    row = kiosk.store.query_one(f"SELECT count(*) AS n FROM {table}")
    assert row is not None
    return int(row["n"])


def test_a_valid_answer_is_stored_and_queued_with_its_audit_row(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    pid = _person(kiosk)
    answers: dict[str, object] = {
        "satisfaction": 2,
        "health": 4,
        "enough_food": True,
        "symptoms": ["legs", "cough"],
        "needs": ("water", "food"),
        "talk": False,
        "request_text": "  毛布がもう一枚ほしい  ",
        "problem_text": "",
    }
    response = submit(kiosk.ctx, pid, answers, "ja")

    assert response == survey.SurveyResponse(
        id=response.id,
        person_id=pid,
        at=clock.now,
        language="ja",
        answers=(
            ("satisfaction", 2),
            ("health", 4),
            ("enough_food", True),
            ("symptoms", ("cough", "legs")),
            ("needs", ("food", "water")),
            ("talk", False),
        ),
        requests="毛布がもう一枚ほしい",
        problems="",
        flagged=True,
    )
    assert survey.get_response(kiosk.store, response.id) == response
    last = outbox.entries(kiosk.store)[-1]
    assert (last.record_type, last.record_id, last.record_seq, last.op, last.payload) == (
        "survey",
        response.id,
        1,
        "create",
        {
            "id": response.id,
            "person_id": pid,
            "at": clock.now.isoformat(),
            "language": "ja",
            "answers": {
                "satisfaction": 2,
                "health": 4,
                "enough_food": True,
                "symptoms": ["cough", "legs"],
                "needs": ["food", "water"],
                "talk": False,
            },
            "requests": "毛布がもう一枚ほしい",
            "problems": "",
            "flagged": True,
        },
    )
    newest = audit.recent(kiosk.store, 1)[0]
    assert (newest.action, newest.record_type, newest.record_id) == (
        "survey.submit",
        "survey",
        response.id,
    )
    assert audit.verify_chain(kiosk.store) == []
    assert "毛布" not in repr(response)


def test_an_anonymous_answer_given_with_staff_is_stored(kiosk: Kiosk) -> None:
    response = submit(kiosk.ctx, None, {"stress": 5}, "en")
    assert (response.person_id, response.flagged, response.answers) == (
        None,
        False,
        (("stress", 5),),
    )
    assert survey.get_response(kiosk.store, response.id) == response


@pytest.mark.parametrize(
    ("question_id", "value", "hint"),
    [
        ("health", 0, "Choose a number from 1 to 5."),
        ("health", 6, "Choose a number from 1 to 5."),
        ("health", True, "Choose a number from 1 to 5."),
        ("health", "4", "Choose a number from 1 to 5."),
        ("enough_food", 1, "Answer yes or no."),
        ("symptoms", "fever", "Choose from the listed answers."),
        ("symptoms", ["fever", "rash"], "Choose from the listed answers."),
        ("symptoms", ["none", "fever"], "'None of these' cannot go with other answers."),
        ("request_text", 3, "Write the answer as text."),
        ("problem_text", "x" * 1001, "Use at most 1000 characters."),
    ],
)
def test_a_bad_answer_names_its_question_and_nothing_is_written(
    kiosk: Kiosk, question_id: str, value: object, hint: str
) -> None:
    before = (_count(kiosk, "survey_response"), _count(kiosk, "outbox"), _count(kiosk, "audit"))
    with pytest.raises(survey.InvalidAnswer) as caught:
        submit(kiosk.ctx, None, {"satisfaction": 3, question_id: value}, "ja")
    text = survey.question(question_id).text
    assert (caught.value.question_id, caught.value.code, str(caught.value)) == (
        question_id,
        "invalid_answer",
        f"{text}: {hint}",
    )
    assert isinstance(caught.value, ValidationError)
    after = (_count(kiosk, "survey_response"), _count(kiosk, "outbox"), _count(kiosk, "audit"))
    assert after == before


@pytest.mark.parametrize(
    ("answers", "language", "field"),
    [
        ({"happiness": 3}, "ja", "happiness"),
        ({}, "ja", "survey"),
        ({"request_text": "   ", "needs": []}, "ja", "survey"),
        ({"health": 3}, "fr", "language"),
    ],
)
def test_unknown_questions_empty_answers_and_other_languages_are_refused(
    kiosk: Kiosk, answers: dict[str, object], language: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        submit(kiosk.ctx, None, answers, language)
    assert caught.value.field == field
    assert _count(kiosk, "survey_response") == 0


def test_an_unknown_person_is_refused_and_nothing_is_written(kiosk: Kiosk) -> None:
    before = _count(kiosk, "outbox")
    with pytest.raises(NotFound):
        submit(kiosk.ctx, "no-such-person", {"health": 3}, "ja")
    assert (_count(kiosk, "survey_response"), _count(kiosk, "outbox")) == (0, before)


@pytest.mark.parametrize(
    ("answers", "flagged"),
    [
        ({"satisfaction": 1, "stress": 5, "enough_food": False, "symptoms": ["fever"]}, False),
        ({"health": 3, "needs": ["medicine"]}, True),
        ({"talk": True}, True),
        ({"talk": False, "unsafe": False, "needs": []}, False),
        ({"request_text": "薬がほしい"}, True),
        ({"problem_areas": ["toilets"]}, True),
        ({"unsafe": True}, True),
        ({"problem_text": "夜が寒い"}, True),
    ],
)
def test_a_response_is_flagged_when_its_requests_or_problems_say_something(
    kiosk: Kiosk, answers: dict[str, object], flagged: bool
) -> None:
    response = submit(kiosk.ctx, None, answers, "ja")
    assert (response.flagged, survey.get_response(kiosk.store, response.id).flagged) == (
        flagged,
        flagged,
    )


def test_the_city_gets_requests_only_with_the_persons_consent(kiosk: Kiosk) -> None:
    answers = {"health": 2, "request_text": "車いす用トイレ"}
    consenting = submit(kiosk.ctx, _person(kiosk, frozenset({"city.emergency"})), answers, "ja")
    private = submit(kiosk.ctx, _person(kiosk), answers, "ja")
    mapped = {}
    for entry in outbox.entries(kiosk.store):
        if entry.record_type == "survey":
            attrs = dict(map_entry(entry, "S01", lambda pid: consent_of(kiosk.store, pid)).attrs)
            mapped[entry.record_id] = attrs.get("requests"), attrs["flagged"]
    assert mapped == {consenting.id: ("車いす用トイレ", True), private.id: (None, True)}


def _summary_of(
    responses: list[dict[str, Any]], open_requests: int, **totals: Any
) -> SurveySummary:
    """The summary computed in plain Python from the answers given."""
    questions = []
    for q in survey.QUESTIONS:
        given = [r[q.id] for r in responses if r.get(q.id) not in (None, "", [])]
        if q.kind == "text":
            questions.append(QuestionSummary(q.id, q.kind, len(given), None, ()))
        elif q.kind == "scale":
            c = Counter(given)
            mean = sum(given) / len(given) if given else None
            counts = tuple((str(k), c[k]) for k in range(1, 6))
            questions.append(QuestionSummary(q.id, q.kind, len(given), mean, counts))
        elif q.kind == "yesno":
            counts = (("yes", given.count(True)), ("no", given.count(False)))
            questions.append(QuestionSummary(q.id, q.kind, len(given), None, counts))
        else:
            c = Counter(o for chosen in given for o in chosen)
            counts = tuple((o.id, c[o.id]) for o in q.options)
            questions.append(QuestionSummary(q.id, q.kind, len(given), None, counts))
    return SurveySummary(
        responses=len(responses),
        open_requests=open_requests,
        questions=tuple(questions),
        **totals,
    )


def test_the_summary_counts_means_and_open_requests(kiosk: Kiosk, clock: FakeClock) -> None:
    empty = survey.summary(kiosk.store)
    assert (empty.responses, empty.latest_at, empty.question("health").mean) == (0, None, None)

    alice, bob = _person(kiosk), _person(kiosk)
    given: list[tuple[str | None, dict[str, Any]]] = [
        (alice, {"satisfaction": 4, "health": 5, "stress": 2, "enough_food": True}),
        (bob, {"satisfaction": 1, "health": 2, "symptoms": ["fever", "cough"], "talk": True}),
        (alice, {"satisfaction": 2, "sleep": 3, "needs": ["water", "baby"], "unsafe": False}),
        (None, {"symptoms": ["none"], "problem_areas": ["toilets", "noise"]}),
        (None, {"stress": 5, "enough_food": False, "problem_text": "トイレが遠い"}),
        (bob, {"request_text": "情報がほしい", "needs": ["information"]}),
    ]
    ids = []
    for person_id, answers in given:
        clock.advance(minutes=30)
        ids.append(submit(kiosk.ctx, person_id, answers, "ja").id)
    flagged = [False, True, True, True, True, True]

    # The City OS confirmed the first two flagged responses: those requests are no longer open.
    seqs = {e.record_id: e.seq for e in outbox.entries(kiosk.store) if e.record_type == "survey"}
    mark(kiosk.store, [seqs[ids[1]], seqs[ids[2]]], [(seqs[ids[3]], "409 conflict")], clock.now)

    assert survey.summary(kiosk.store) == _summary_of(
        [a for _, a in given],
        open_requests=sum(flagged) - 2,
        respondents=2,
        anonymous=2,
        flagged=sum(flagged),
        latest_at=clock.now,
    )
    since = clock.now - timedelta(minutes=60)
    assert survey.summary(kiosk.store, since=since) == _summary_of(
        [a for _, a in given[-3:]],
        open_requests=3,
        respondents=1,
        anonymous=2,
        flagged=3,
        latest_at=clock.now,
    )
    newest_flagged = survey.list_responses(kiosk.store, flagged_only=True, limit=2)
    assert [r.id for r in newest_flagged] == [ids[5], ids[4]]


def test_questions_are_three_parts_with_free_text_only_where_the_city_may_read_it() -> None:
    assert [p.id for p in survey.PARTS] == ["state", "requests", "problems"]
    ids = [q.id for q in survey.QUESTIONS]
    assert len(ids) == len(set(ids))
    texts = Counter(q.part for q in survey.QUESTIONS if q.kind == "text")
    assert texts == Counter({"requests": 1, "problems": 1})
    for q in survey.QUESTIONS:
        assert q.kind in survey.KINDS and q.text
        assert (q.kind == "choice") == bool(q.options)
        assert (q.kind == "scale") == bool(q.low and q.high)
        assert len({o.id for o in q.options}) == len(q.options)
