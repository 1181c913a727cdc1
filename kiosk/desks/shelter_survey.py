"""The shelter's settings and the survey responses, taken from another desk (issue #16).

Called by :func:`kiosk.desks.apply.apply_changes` inside its transaction, for changes already
in the log; the shelter's fields were merged there (``field_clock``).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from kiosk.reception.slip_validity import record_opening
from kiosk.registry.records import Shelter
from kiosk.store import Store

__all__ = ["write_shelter", "write_survey"]


def write_shelter(store: Store, shelter_id: str, data: dict[str, Any], made_at: str) -> None:
    """The shelter's settings (name, capacity, open or closed, …) from its merged fields ``data``.

    The shelter is a card like a person's: its fields merge one by one, newest by HLC, so a
    capacity set at A and the closing at B both hold on every desk. Only this store's own
    shelter is written (paired desks serve one shelter; a record of another is kept in the
    log only). Opening the shelter starts a new opening here too, at the time the desk that
    opened it recorded (slips printed before it stop counting on every desk alike).
    """
    from kiosk.operations.shelter import NATIONAL_ID_META, _row_values, get_shelter

    if shelter_id != store.get_meta("shelter_id"):
        return
    current = get_shelter(store)
    names = set(Shelter.__dataclass_fields__) - {"id"}
    merged = replace(current, **{k: v for k, v in data.items() if k in names})
    merged = replace(merged, disaster_types=tuple(merged.disaster_types))
    at = datetime.fromisoformat(made_at)
    store.execute(
        "UPDATE shelter SET name = ?, capacity = ?, disaster_types = ?, location = ?, "
        "latitude = ?, longitude = ?, is_open = ?, updated_at = ? WHERE id = ?",
        _row_values(merged, at.isoformat()),
    )
    if merged.is_open and not current.is_open:
        record_opening(store, at)
    store.set_meta(NATIONAL_ID_META, merged.national_id)


def write_survey(store: Store, change: dict[str, Any]) -> None:
    """A survey response as the newest change of it (by HLC) has it, whole.

    Whole-record newest-wins, not field by field: a response is written once, at the desk
    where it was answered, and the only later change is its unlinking when the person is
    erased (``survey.erase``), which must win whole. No two desks edit one response.
    """
    p = change["_payload"]
    newest = store.query_one(
        "SELECT max(hlc) AS h FROM outbox WHERE record_type = 'survey' AND record_id = ?",
        (change["record_id"],),
    )
    if newest is None or newest["h"] != change["hlc"]:
        return  # a newer change of the response is held (and was applied)
    person_id = p.get("person_id")
    if (
        person_id is not None
        and store.query_one("SELECT 1 AS x FROM person WHERE id = ?", (person_id,)) is None
    ):
        person_id = None  # the person was erased here: the response stays, unlinked
    store.execute(
        "INSERT INTO survey_response (id, person_id, at, language, answers, requests, "
        "problems, flagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "person_id = excluded.person_id, at = excluded.at, language = excluded.language, "
        "answers = excluded.answers, requests = excluded.requests, "
        "problems = excluded.problems, flagged = excluded.flagged",
        (
            change["record_id"],
            person_id,
            p["at"],
            p.get("language", "ja"),
            json.dumps(_in_question_order(p.get("answers") or {}), ensure_ascii=False),
            p.get("requests", ""),
            p.get("problems", ""),
            int(bool(p.get("flagged"))),
        ),
    )


def _in_question_order(answers: dict[str, Any]) -> dict[str, Any]:
    """Answers in the survey's question order, as ``survey.submit`` stores them (the payload
    has its keys sorted), so every desk holds the same text."""
    from kiosk.operations.survey import QUESTIONS

    known = [q.id for q in QUESTIONS if q.id in answers]
    return {
        **{k: answers[k] for k in known},
        **{k: v for k, v in answers.items() if k not in known},
    }
