"""Removing a person: someone entered by mistake, or someone who asks to be erased (#14 §2).

A shelter manager removes a person (``remove_person``); the role is checked here, below every
face. In one transaction:

- the person's row goes, and with it everything that finds or names them: the My Number
  token, the slip link, the City OS subject, the IC-card link. ``secure_delete`` is on for the
  transaction, so the freed pages are overwritten rather than left readable in the file;
- their household: when they were its only member it goes too (its card — vehicle, emergency
  contact — was theirs); when others remain and they were its representative, the next member
  becomes the representative and the household is queued again (its card is shared under the
  representative's consent, so what the City OS may hold of it changes);
- their stay history: the local rows go (a stay event names its person and the table requires
  one); the City OS keeps its ``EvacueeStayEvent`` entities — non-personal counts with a
  pseudonymous id — and a checkout destination (personal, shared only with consent) is queued
  for deletion there. Their survey answers stay as anonymous scores: unlinked from the person,
  the free-text requests and problems erased, and queued again so the City OS drops them too;
- the outbox, append-only otherwise, has the payloads of the person's earlier changes (and of
  the household's, when it goes) replaced by ``{}`` and checkout destinations blanked: a
  removed person's data must not live on in the queue. Earlier changes of the person not yet
  delivered are settled as ``skipped`` (superseded: the removal deletes the whole entity);
- one ``delete`` change of the person is queued: the City OS deletes the ``Evacuee`` entity
  (``sync/``: online, in order, exactly once, and through sealed bundles);
- the audit row says ``person.remove.<reason>`` with the person's id only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.city.outbox import forget_fields, skip_undelivered
from kiosk.registry.people import get_household, get_person, household_members
from kiosk.store import Store

__all__ = ["REASONS", "Removal", "remove_person"]

#: Why a person is removed: entered by mistake, or erasure asked for by the person.
REASONS: tuple[str, ...] = ("mistake", "erasure")
_SKIPPED = "superseded by the person's removal"


@dataclass(frozen=True)
class Removal:
    """What a removal did (counts only: nothing of the person is left to show)."""

    person_id: str
    household_id: str
    #: The household went too (the person was its only member).
    household_removed: bool
    #: Local stay-history rows erased (the City OS keeps its own events).
    stay_events: int
    #: Survey responses kept as anonymous scores.
    surveys: int
    #: Queued changes of the person not yet delivered, now settled as skipped.
    skipped: int


def remove_person(ctx: Context, person_id: str, reason: str) -> Removal:
    """Remove a person and queue the deletion of their City OS entity (see the module text).

    Raises:
        PermissionDenied: the acting role is not a shelter manager (or admin).
        NotFound: no person has this id (nothing is written).
        ValueError: ``reason`` is not one of :data:`REASONS` (a programming error).
    """
    require_role(ctx, "remove_person")
    if reason not in REASONS:
        raise ValueError(f"reason must be one of {REASONS}")
    store = ctx.store
    before = store.query_one("PRAGMA secure_delete")
    store.conn.execute("PRAGMA secure_delete = ON")
    try:
        with store.atomic():
            return _remove(ctx, person_id, reason)
    finally:
        store.conn.execute(f"PRAGMA secure_delete = {int(before[0]) if before else 0}")


def _remove(ctx: Context, person_id: str, reason: str) -> Removal:
    store = ctx.store
    person = get_person(store, person_id)
    household = get_household(store, person.household_id)
    others = [m for m in household_members(store, household.id) if m.id != person_id]
    at = ctx.now()
    stamp = at.isoformat()
    skipped = skip_undelivered(store, "person", person_id, _SKIPPED, "removal", stamp)
    _blank_payloads(store, "person", person_id)

    stays = store.query("SELECT * FROM stay_event WHERE person_id = ?", (person_id,))
    for row in stays:
        if row["destination"]:
            # The City OS may hold where the person went: the event is queued again without it.
            payload = _latest_payload(store, "stay_event", row["id"])
            if payload is not None:
                payload["destination"] = ""
                ctx.log_change("stay_event", row["id"], "upsert", payload, "stay.erase", at)
    _blank_destinations(store, [row["id"] for row in stays])
    store.execute("DELETE FROM stay_event WHERE person_id = ?", (person_id,))

    surveys = store.query("SELECT id FROM survey_response WHERE person_id = ?", (person_id,))
    store.execute(
        "UPDATE survey_response SET person_id = NULL, requests = '', problems = '' "
        "WHERE person_id = ?",
        (person_id,),
    )
    for row in surveys:
        _unlink_survey_payloads(store, row["id"])
        payload = _latest_payload(store, "survey", row["id"])
        if payload is not None:
            ctx.log_change("survey", row["id"], "upsert", payload, "survey.erase", at)

    store.execute("DELETE FROM card_link WHERE person_id = ?", (person_id,))
    store.execute("DELETE FROM person WHERE id = ?", (person_id,))
    forget_fields(store, "person", person_id)
    ctx.log_change("person", person_id, "delete", {}, f"person.remove.{reason}", at)

    household_removed = not others
    if household_removed:
        skip_undelivered(store, "household", household.id, _SKIPPED, "removal", stamp)
        _blank_payloads(store, "household", household.id)
        store.execute("DELETE FROM household WHERE id = ?", (household.id,))
        forget_fields(store, "household", household.id)
        ctx.log_change("household", household.id, "delete", {}, "household.remove", at)
    elif household.representative_id == person_id:
        successor = others[0].id
        store.execute(
            "UPDATE household SET representative_id = ?, updated_at = ? WHERE id = ?",
            (successor, stamp, household.id),
        )
        payload = _latest_payload(store, "household", household.id) or {}
        payload.update(id=household.id, representative_id=successor)
        ctx.log_change("household", household.id, "upsert", payload, "household.representative", at)
    return Removal(person_id, household.id, household_removed, len(stays), len(surveys), skipped)


def _latest_payload(store: Store, record_type: str, record_id: str) -> dict[str, Any] | None:
    row = store.query_one(
        "SELECT payload FROM outbox WHERE record_type = ? AND record_id = ? "
        "ORDER BY record_seq DESC LIMIT 1",
        (record_type, record_id),
    )
    return json.loads(row["payload"]) if row else None


def _blank_payloads(store: Store, record_type: str, record_id: str) -> None:
    rows = store.query(
        "SELECT seq FROM outbox WHERE record_type = ? AND record_id = ?", (record_type, record_id)
    )
    _rewrite(store, [(row["seq"], {}) for row in rows])


def _blank_destinations(store: Store, event_ids: list[str]) -> None:
    rewritten = []
    for event_id in event_ids:
        for row in store.query(
            "SELECT seq, payload FROM outbox WHERE record_type = 'stay_event' AND record_id = ?",
            (event_id,),
        ):
            payload = json.loads(row["payload"])
            if payload.get("destination"):
                rewritten.append((row["seq"], {**payload, "destination": ""}))
    _rewrite(store, rewritten)


def _unlink_survey_payloads(store: Store, response_id: str) -> None:
    rows = store.query(
        "SELECT seq, payload FROM outbox WHERE record_type = 'survey' AND record_id = ?",
        (response_id,),
    )
    _rewrite(
        store,
        [
            (
                row["seq"],
                {**json.loads(row["payload"]), "person_id": None, "requests": "", "problems": ""},
            )
            for row in rows
        ],
    )


def _rewrite(store: Store, payloads: list[tuple[int, dict[str, Any]]]) -> None:
    """Replace outbox payloads: the one rewrite the append-only outbox allows — erasing a
    removed person's data. The guard trigger is lifted and put back, verbatim, inside the
    caller's transaction, so no other writer ever sees the outbox without it."""
    if not payloads:
        return
    guard = store.query_one(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'outbox_no_update'"
    )
    if guard is not None:
        store.execute("DROP TRIGGER outbox_no_update")
    for seq, payload in payloads:
        store.execute(
            "UPDATE outbox SET payload = ? WHERE seq = ?",
            (json.dumps(payload, ensure_ascii=False, sort_keys=True), seq),
        )
    if guard is not None:
        store.execute(guard["sql"])
