"""The life survey (避難生活アンケート): its questions as data, answering it, and its summary.

The survey has three parts, as drill participants asked: the person's current state
(satisfaction, health, sleep, stress), requests, and problems. Every question and option is
English source text marked ``QT_TRANSLATE_NOOP("Survey", ...)``; the window shows it in Japanese
or English through the translation file. Every question may be skipped.

An answer is stored in ``survey_response``: scores, yes/no and choices as JSON in ``answers``;
the free text of the requests part in ``requests`` and of the problems part in ``problems`` (the
state part has no free text, so ``answers`` never holds any). A response is **flagged** when its
requests or problems parts say something (a choice made, a *yes*, or text): flagged responses
are what the city should see and act on quickly. The response, its outbox entry (record type
``survey``) and its audit row are written in one transaction; with the next sync the City OS
receives scores and the flag, and the free text and who answered only with the person's
``city.emergency`` consent (``sync/mapping.py``). Anonymous answers send no free text.

Before the questions, the survey asks a respondent whose card has **no birth date** for it
(:func:`respondents` says whose; :func:`add_birth_date` writes it on the card): the age decides
support and supplies (an infant's milk and nappies in :mod:`kiosk.operations.supplies`, older
people's needs on the dashboard), and a person who came with a slip or a paper card often has none.
It is optional, and it only fills an empty field: a birth date already on the card is corrected
by staff on the card form, never from an evacuee screen.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError, NotFound, RuleViolation, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.languages import language_codes
from kiosk.registry.people import get_person, names_of, update_person
from kiosk.registry.records import Changes
from kiosk.store import Store

__all__ = [
    "KINDS",
    "SURVEY_LANGUAGES",
    "FLAGGING_PARTS",
    "Option",
    "Question",
    "Part",
    "PARTS",
    "QUESTIONS",
    "AnswerValue",
    "InvalidAnswer",
    "BirthAlreadyKnown",
    "Respondent",
    "respondents",
    "add_birth_date",
    "SurveyResponse",
    "QuestionSummary",
    "SurveySummary",
    "question",
    "submit",
    "get_response",
    "list_responses",
    "open_requests",
    "summary",
    "response_payload",
]

#: Question kinds: a score from 1 to 5, yes/no, one or several of a list, free text.
KINDS: tuple[str, ...] = ("scale", "yesno", "choice", "text")
#: Every language an evacuee can choose (:mod:`kiosk.basics.languages`).
SURVEY_LANGUAGES: tuple[str, ...] = language_codes()
#: Parts whose content flags a response for the city.
FLAGGING_PARTS: tuple[str, ...] = ("requests", "problems")
SCALE = range(1, 6)
MAX_TEXT = 1000

#: An answer: a score (int), yes/no (bool), an option id, several option ids, or text.
AnswerValue = int | bool | str | tuple[str, ...]


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    #: Chosen alone or not at all ("None of these").
    exclusive: bool = False


@dataclass(frozen=True)
class Question:
    id: str
    part: str
    kind: str
    text: str
    options: tuple[Option, ...] = ()
    #: For ``choice``: several options may be chosen.
    multiple: bool = False
    #: For ``scale``: what 1 and 5 mean.
    low: str = ""
    high: str = ""


@dataclass(frozen=True)
class Part:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]


def _scale(qid: str, text: str, low: str, high: str) -> Question:
    return Question(qid, "state", "scale", text, low=low, high=high)


PARTS: tuple[Part, ...] = (
    Part(
        "state",
        _N("Survey", "Your current state"),
        _N("Survey", "How are you doing? Skip any question you prefer not to answer."),
        (
            _scale(
                "satisfaction",
                _N("Survey", "How satisfied are you with life in the shelter?"),
                _N("Survey", "Very dissatisfied"),
                _N("Survey", "Very satisfied"),
            ),
            _scale(
                "health",
                _N("Survey", "How is your physical health?"),
                _N("Survey", "Very poor"),
                _N("Survey", "Very good"),
            ),
            _scale(
                "sleep",
                _N("Survey", "How well can you sleep?"),
                _N("Survey", "Not at all"),
                _N("Survey", "Very well"),
            ),
            _scale(
                "stress",
                _N("Survey", "How much stress or worry do you feel?"),
                _N("Survey", "None"),
                _N("Survey", "Very much"),
            ),
            Question(
                "enough_food",
                "state",
                "yesno",
                _N("Survey", "Are you getting enough food and water?"),
            ),
            Question(
                "symptoms",
                "state",
                "choice",
                _N("Survey", "Do you have any of these now?"),
                options=(
                    Option("fever", _N("Survey", "Fever")),
                    Option("cough", _N("Survey", "Cough or sore throat")),
                    Option("diarrhoea", _N("Survey", "Diarrhoea or vomiting")),
                    Option("legs", _N("Survey", "Swollen or painful legs")),
                    Option("none", _N("Survey", "None of these"), exclusive=True),
                ),
                multiple=True,
            ),
        ),
    ),
    Part(
        "requests",
        _N("Survey", "Requests"),
        _N("Survey", "What would help you? Requests are passed on to the city."),
        (
            Question(
                "needs",
                "requests",
                "choice",
                _N("Survey", "What do you need most now?"),
                options=(
                    Option("food", _N("Survey", "Food")),
                    Option("water", _N("Survey", "Drinking water")),
                    Option("medicine", _N("Survey", "Medicine")),
                    Option("hygiene", _N("Survey", "Hygiene products")),
                    Option("clothing", _N("Survey", "Clothing or underwear")),
                    Option("bedding", _N("Survey", "Bedding or a mat")),
                    Option("baby", _N("Survey", "Baby supplies")),
                    Option("privacy", _N("Survey", "Partitions for privacy")),
                    Option("information", _N("Survey", "Information about support")),
                ),
                multiple=True,
            ),
            Question(
                "talk",
                "requests",
                "yesno",
                _N("Survey", "Would you like to talk to a nurse, counsellor or staff member?"),
            ),
            Question(
                "request_text",
                "requests",
                "text",
                _N("Survey", "Other requests to the city or the shelter"),
            ),
        ),
    ),
    Part(
        "problems",
        _N("Survey", "Problems"),
        _N("Survey", "Tell us what is difficult. Problems are passed on to the city."),
        (
            Question(
                "problem_areas",
                "problems",
                "choice",
                _N("Survey", "Is any of these a problem for you?"),
                options=(
                    Option("toilets", _N("Survey", "Toilets")),
                    Option("noise", _N("Survey", "Noise or light at night")),
                    Option("space", _N("Survey", "Too little space")),
                    Option("temperature", _N("Survey", "Too hot or too cold")),
                    Option("cleanliness", _N("Survey", "Cleanliness")),
                    Option("pets", _N("Survey", "Pets")),
                    Option("relations", _N("Survey", "Rules or relations with others")),
                    Option("access", _N("Survey", "Access for wheelchairs or disabilities")),
                ),
                multiple=True,
            ),
            Question(
                "unsafe",
                "problems",
                "yesno",
                _N("Survey", "Have you felt unsafe or been harassed in the shelter?"),
            ),
            Question(
                "problem_text",
                "problems",
                "text",
                _N("Survey", "Describe any other problem"),
            ),
        ),
    ),
)
QUESTIONS: tuple[Question, ...] = tuple(q for part in PARTS for q in part.questions)
_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}


class InvalidAnswer(ValidationError):
    """An answer that does not fit its question; the message names the question.

    ``label`` is the question's marked text (translation context ``Survey``); ``question`` its
    id. The answer itself is never part of the message: free text may be personal.
    """

    code = "invalid_answer"
    param_contexts = {"label": "Survey", "hint": "KioskError"}

    def __init__(self, q: Question, hint: str, **params: Any) -> None:
        self.field = q.id
        self.question_id = q.id
        self.hint_params = params
        KioskError.__init__(
            self, self.template, label=q.text, hint=hint, field=q.id, question=q.id, **params
        )


class BirthAlreadyKnown(RuleViolation):
    """The card has a birth date: the survey only fills an empty one."""

    code = "birth_known"
    template = _N(
        "KioskError",
        "This person's card already has a birth date. Staff can correct it on the card.",
    )


@dataclass(frozen=True, repr=False)
class Respondent:
    """Who may answer the survey: their id, their name (to say who answers) and whether
    their card lacks a birth date (the survey then asks for it). The date itself is not
    carried: the screen has no need to show it."""

    id: str
    name: str
    needs_birth: bool

    def __repr__(self) -> str:
        return f"Respondent(id={self.id!r})"


def respondents(store: Store, person_ids: Sequence[str]) -> tuple[Respondent, ...]:
    """The registered people among ``person_ids``, in that order (unknown ids left out)."""
    found = []
    for pid in person_ids:  # a household at most: a few look-ups by primary key
        try:
            person = get_person(store, pid)
        except NotFound:
            continue
        found.append(Respondent(person.id, person.name, person.birth is None))
    return tuple(found)


def add_birth_date(ctx: Context, person_id: str, birth: date) -> Changes:
    """Write ``birth`` on the card of ``person_id``, whose card has none (asked by the
    survey); queued for the City OS and audited like any change of the card, acting as
    ``ctx``'s staff member (at self check-in, the one who opened it).

    Raises:
        NotFound: ``person_id`` is not a registered person.
        BirthAlreadyKnown: the card already has a birth date (nothing written).
        ValidationError: ``birth`` is not a real date of birth (in the future, or before
            1890).
    """
    with ctx.store.atomic():
        person = get_person(ctx.store, person_id)
        if person.birth is not None:
            raise BirthAlreadyKnown()
        return update_person(ctx, replace(person, birth=birth))


@dataclass(frozen=True, repr=False)
class SurveyResponse:
    """One stored answer to the survey. ``answers`` holds scores, yes/no and choices in
    question order; the free text is in ``requests`` and ``problems``."""

    id: str
    person_id: str | None
    at: datetime
    language: str
    answers: tuple[tuple[str, AnswerValue], ...]
    requests: str
    problems: str
    flagged: bool

    def answer(self, question_id: str) -> AnswerValue | None:
        """The answer to one question (free text included), or ``None`` if skipped."""
        q = _BY_ID.get(question_id)
        if q is not None and q.kind == "text":
            return {"requests": self.requests, "problems": self.problems}[q.part] or None
        return dict(self.answers).get(question_id)

    def __repr__(self) -> str:
        return f"SurveyResponse(id={self.id!r}, flagged={self.flagged!r})"


@dataclass(frozen=True)
class QuestionSummary:
    """How one question was answered. ``counts`` is per value in display order: ``"1"``..
    ``"5"`` for scales, ``"yes"``/``"no"``, option ids for choices; empty for free text."""

    question_id: str
    kind: str
    answered: int
    mean: float | None
    counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class SurveySummary:
    responses: int
    #: Distinct people who answered (anonymous answers are not counted here).
    respondents: int
    anonymous: int
    #: Responses with requests or problems for the city.
    flagged: int
    #: Flagged responses the City OS has not yet confirmed receiving (open until synced).
    open_requests: int
    latest_at: datetime | None
    questions: tuple[QuestionSummary, ...]

    def question(self, question_id: str) -> QuestionSummary:
        return next(q for q in self.questions if q.question_id == question_id)


def question(question_id: str) -> Question:
    """Raises NotFound for an unknown question id."""
    try:
        return _BY_ID[question_id]
    except KeyError:
        raise NotFound(what="question", id=question_id) from None


def _clean(q: Question, value: object) -> AnswerValue | None:
    """The answer in canonical form, ``None`` when skipped. Raises InvalidAnswer."""
    if value is None:
        return None
    if q.kind == "scale":
        if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
            raise InvalidAnswer(q, _N("KioskError", "Choose a number from 1 to 5."))
        return value
    if q.kind == "yesno":
        if not isinstance(value, bool):
            raise InvalidAnswer(q, _N("KioskError", "Answer yes or no."))
        return value
    if q.kind == "text":
        if not isinstance(value, str):
            raise InvalidAnswer(q, _N("KioskError", "Write the answer as text."))
        if len(value) > MAX_TEXT:
            raise InvalidAnswer(
                q, _N("KioskError", "Use at most {limit} characters."), limit=MAX_TEXT
            )
        return value.strip() or None
    valid = [o.id for o in q.options]
    if not q.multiple:
        if not isinstance(value, str) or value not in valid:
            raise InvalidAnswer(q, _N("KioskError", "Choose one of the listed answers."))
        return value
    if isinstance(value, str) or not isinstance(value, Sequence | frozenset | set):
        raise InvalidAnswer(q, _N("KioskError", "Choose from the listed answers."))
    chosen = set(value)
    if not chosen:
        return None
    if not chosen <= set(valid):
        raise InvalidAnswer(q, _N("KioskError", "Choose from the listed answers."))
    if len(chosen) > 1 and any(o.exclusive and o.id in chosen for o in q.options):
        raise InvalidAnswer(q, _N("KioskError", "'None of these' cannot go with other answers."))
    return tuple(o for o in valid if o in chosen)


def response_payload(response: SurveyResponse) -> dict[str, Any]:
    """The response as JSON-ready data (the outbox payload)."""
    return {
        "id": response.id,
        "person_id": response.person_id,
        "at": response.at.isoformat(),
        "language": response.language,
        "answers": _answers_json(response.answers),
        "requests": response.requests,
        "problems": response.problems,
        "flagged": response.flagged,
    }


def _answers_json(answers: tuple[tuple[str, AnswerValue], ...]) -> dict[str, Any]:
    return {qid: list(v) if isinstance(v, tuple) else v for qid, v in answers}


def submit(
    ctx: Context, person_id: str | None, answers: Mapping[str, object], language: str
) -> SurveyResponse:
    """Validate and store one answer to the survey, queue it for the City OS, audit it.

    ``answers`` maps question ids to values: an int 1–5 for scales, a bool for yes/no, an
    option id (or a sequence of them when several may be chosen) for choices, a string for
    text. ``None``, blank text and empty selections count as skipped. ``person_id`` is
    ``None`` for an anonymous answer given with staff.

    Raises:
        InvalidAnswer: an answer does not fit its question (the message names the question).
        ValidationError: an unknown question id, nothing answered, or an unknown language.
        NotFound: ``person_id`` is not a registered person.
    """
    if language not in SURVEY_LANGUAGES:
        raise ValidationError("language", _N("KioskError", "Use a language code such as ja or en."))
    unknown = sorted(set(answers) - set(_BY_ID))
    if unknown:
        raise ValidationError(
            unknown[0], _N("KioskError", "There is no such question in the survey.")
        )
    cleaned: dict[str, AnswerValue] = {}
    for q in QUESTIONS:
        value = _clean(q, answers.get(q.id))
        if value is not None:
            cleaned[q.id] = value
    if not cleaned:
        raise ValidationError("survey", _N("KioskError", "Answer at least one question."))
    texts = {part: "" for part in FLAGGING_PARTS}
    flagged = False
    for q in QUESTIONS:
        value = cleaned.get(q.id)
        if value is None:
            continue
        if q.kind == "text":
            texts[q.part] = str(value)
        # In the requests and problems parts, any answer but "no" asks the city for something.
        if q.part in FLAGGING_PARTS and value is not False:
            flagged = True
    with ctx.store.atomic():
        if person_id is not None:
            get_person(ctx.store, person_id)
        response = SurveyResponse(
            id=str(uuid.uuid4()),
            person_id=person_id,
            at=ctx.now(),
            language=language,
            answers=tuple((q, v) for q, v in cleaned.items() if _BY_ID[q].kind != "text"),
            requests=texts["requests"],
            problems=texts["problems"],
            flagged=flagged,
        )
        ctx.store.execute(
            "INSERT INTO survey_response (id, person_id, at, language, answers, requests, "
            "problems, flagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                response.id,
                response.person_id,
                response.at.isoformat(),
                response.language,
                json.dumps(_answers_json(response.answers), ensure_ascii=False),
                response.requests,
                response.problems,
                int(response.flagged),
            ),
        )
        ctx.log_change(
            "survey",
            response.id,
            "create",
            response_payload(response),
            "survey.submit",
            response.at,
        )
    return response


def _response_from_row(row: Any) -> SurveyResponse:
    stored = json.loads(row["answers"])
    answers = tuple(
        (q.id, tuple(stored[q.id]) if isinstance(stored[q.id], list) else stored[q.id])
        for q in QUESTIONS
        if q.id in stored
    )
    return SurveyResponse(
        id=row["id"],
        person_id=row["person_id"],
        at=datetime.fromisoformat(row["at"]),
        language=row["language"],
        answers=answers,
        requests=row["requests"],
        problems=row["problems"],
        flagged=bool(row["flagged"]),
    )


def get_response(store: Store, response_id: str) -> SurveyResponse:
    """Raises NotFound when there is no such response."""
    row = store.query_one("SELECT * FROM survey_response WHERE id = ?", (response_id,))
    if row is None:
        raise NotFound(what="survey response", id=response_id)
    return _response_from_row(row)


def list_responses(
    store: Store, *, flagged_only: bool = False, limit: int = 200
) -> tuple[SurveyResponse, ...]:
    """The newest responses first (for the manager's list of requests)."""
    where = "WHERE flagged = 1" if flagged_only else ""
    rows = store.query(
        f"SELECT * FROM survey_response {where} ORDER BY at DESC, rowid DESC LIMIT ?", (limit,)
    )
    return tuple(_response_from_row(r) for r in rows)


def open_requests(ctx: Context, limit: int = 200) -> tuple[tuple[SurveyResponse, str], ...]:
    """The manager's list of what evacuees asked for or reported, newest first, each with the
    name of who answered ("" when anonymous): the city acts on them, the shelter too.

    Raises:
        PermissionDenied: the acting role may not see the dashboard.
    """
    require_role(ctx, "dashboard")
    responses = list_responses(ctx.store, flagged_only=True, limit=limit)
    names = names_of(ctx.store, [r.person_id for r in responses if r.person_id])
    return tuple((r, names.get(r.person_id or "", "")) for r in responses)


def _since_sql(since: datetime | None) -> tuple[str, tuple[Any, ...]]:
    if since is None:
        return "1", ()
    # julianday() reads the stored offset, so answers written under any offset compare right.
    return "julianday(r.at) >= julianday(?)", (since.isoformat(),)


def _question_summary(
    q: Question, answered: int, values: dict[str, int], text_answered: int
) -> QuestionSummary:
    if q.kind == "text":
        return QuestionSummary(q.id, q.kind, text_answered, None, ())
    if q.kind == "scale":
        counts = tuple((str(k), values.get(str(k), 0)) for k in SCALE)
        total = sum(k * n for k, n in zip(SCALE, (n for _, n in counts), strict=True))
        mean = total / answered if answered else None
        return QuestionSummary(q.id, q.kind, answered, mean, counts)
    if q.kind == "yesno":
        counts = (("yes", values.get("yes", 0)), ("no", values.get("no", 0)))
        return QuestionSummary(q.id, q.kind, answered, None, counts)
    counts = tuple((o.id, values.get(o.id, 0)) for o in q.options)
    return QuestionSummary(q.id, q.kind, answered, None, counts)


def summary(store: Store, since: datetime | None = None) -> SurveySummary:
    """Counts, score distributions and means, and the open requests (since ``since``).

    Aggregated in SQL (``json_each``), so it stays fast for thousands of responses.
    """
    where, params = _since_sql(since)
    totals = store.query_one(
        "SELECT count(*) AS n, count(DISTINCT person_id) AS people, "
        "coalesce(sum(person_id IS NULL), 0) AS anonymous, coalesce(sum(flagged), 0) AS flagged, "
        "coalesce(sum(requests != ''), 0) AS requests, "
        "coalesce(sum(problems != ''), 0) AS problems, max(at) AS latest "
        f"FROM survey_response r WHERE {where}",
        params,
    )
    open_row = store.query_one(
        "SELECT count(*) AS n FROM survey_response r WHERE r.flagged = 1 AND NOT EXISTS ("
        "SELECT 1 FROM outbox o JOIN delivery d ON d.seq = o.seq WHERE o.record_type = 'survey' "
        f"AND o.record_id = r.id AND d.status = 'sent') AND {where}",
        params,
    )
    answered: dict[str, int] = {}
    values: dict[str, dict[str, int]] = {}
    for row in store.query(
        "SELECT j.key AS q, j.type AS t, j.value AS v, count(*) AS n "
        f"FROM survey_response r, json_each(r.answers) j WHERE {where} "
        "GROUP BY j.key, j.type, j.value",
        params,
    ):
        answered[row["q"]] = answered.get(row["q"], 0) + row["n"]
        if row["t"] in ("true", "false"):
            key = "yes" if row["t"] == "true" else "no"
        elif row["t"] == "array":
            continue
        else:
            key = str(row["v"])
        values.setdefault(row["q"], {})[key] = row["n"]
    for row in store.query(
        "SELECT j.key AS q, e.value AS v, count(*) AS n "
        "FROM survey_response r, json_each(r.answers) j, json_each(j.value) e "
        f"WHERE j.type = 'array' AND {where} GROUP BY j.key, e.value",
        params,
    ):
        values.setdefault(row["q"], {})[str(row["v"])] = row["n"]
    text_answered = {
        "requests": int(totals["requests"]) if totals else 0,
        "problems": int(totals["problems"]) if totals else 0,
    }
    latest = totals["latest"] if totals else None
    return SurveySummary(
        responses=int(totals["n"]) if totals else 0,
        respondents=int(totals["people"]) if totals else 0,
        anonymous=int(totals["anonymous"]) if totals else 0,
        flagged=int(totals["flagged"]) if totals else 0,
        open_requests=int(open_row["n"]) if open_row else 0,
        latest_at=datetime.fromisoformat(latest) if latest else None,
        questions=tuple(
            _question_summary(
                q, answered.get(q.id, 0), values.get(q.id, {}), text_answered.get(q.part, 0)
            )
            for q in QUESTIONS
        ),
    )
