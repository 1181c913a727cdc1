"""A removal made at another desk, carried out here (issue #16; the removal itself is
:mod:`kiosk.registry.removal`).

Called by :func:`kiosk.desks.apply.apply_changes` inside its transaction. A removal wins over
any change of the removed person or household, whatever the order they arrive in: such a
change is kept in the log (so it is not asked for again) with its personal data erased.
"""

from __future__ import annotations

from typing import Any

from kiosk.city.outbox import forget_fields, skip_undelivered
from kiosk.desks.shelter_survey import write_survey
from kiosk.registry.records import Household
from kiosk.store import Store

__all__ = ["is_merge", "gone", "removed", "remove_here", "erase_change", "keep_household"]


def is_merge(payload: dict[str, Any]) -> bool:
    """Whether a deletion is a merge's (:mod:`kiosk.desks.merge`: the dropped record names the
    one kept) rather than a removal: a merge moves the record's events to the one kept, a
    removal erases them."""
    return isinstance(payload.get("merged_into"), str)


def gone(store: Store, key: tuple[str, Any], doomed: set[tuple[str, str]]) -> bool:
    """Whether the record was removed (a ``delete`` held, or coming in this batch)."""
    kind, record_id = key
    if kind not in ("person", "household") or not isinstance(record_id, str):
        return False
    if key in doomed:
        return True
    if kind == "household" and store.query_one(
        "SELECT 1 AS x FROM household WHERE id = ?", (record_id,)
    ):
        return False  # kept for members registered meanwhile (:func:`keep_household`)
    return removed(store, kind, record_id)


def removed(store: Store, kind: str, record_id: str) -> bool:
    """Whether this desk holds the record's removal."""
    return (
        store.query_one(
            "SELECT 1 AS x FROM outbox WHERE record_type = ? AND record_id = ? AND op = 'delete' "
            "AND json_extract(payload, '$.merged_into') IS NULL LIMIT 1",
            (kind, record_id),
        )
        is not None
    )


def remove_here(store: Store, kind: str, record_id: str, at: str) -> None:
    """Another desk removed a person or a household: remove it here as that desk did
    (:mod:`kiosk.registry.removal`), without logging anything — the removal's own changes travel.

    The person's row, stay rows, links and field values go; their survey answers stay
    unlinked, free text erased; the payloads of their changes in this desk's log are
    erased. A household goes only when no member is left here (a member registered at this
    desk before it learnt of the removal keeps it).
    """
    from kiosk.registry.removal import (
        _SKIPPED,
        _blank_destinations,
        _blank_payloads,
        _unlink_survey_payloads,
    )

    if kind == "household":
        if store.query_one("SELECT 1 AS x FROM person WHERE household_id = ?", (record_id,)):
            keep_household(store, record_id, at)
        else:
            store.execute("DELETE FROM household WHERE id = ?", (record_id,))
    else:
        stays = [
            r["id"]
            for r in store.query("SELECT id FROM stay_event WHERE person_id = ?", (record_id,))
        ]
        _blank_destinations(store, stays)
        store.execute("DELETE FROM stay_event WHERE person_id = ?", (record_id,))
        # by the log, not the table: the removing desk's unlinking may have arrived first
        for row in store.query(
            "SELECT DISTINCT record_id FROM outbox WHERE record_type = 'survey' "
            "AND json_extract(payload, '$.person_id') = ?",
            (record_id,),
        ):
            _unlink_survey_payloads(store, row["record_id"])
        store.execute(
            "UPDATE survey_response SET person_id = NULL, requests = '', problems = '' "
            "WHERE person_id = ?",
            (record_id,),
        )
        store.execute("DELETE FROM card_link WHERE person_id = ?", (record_id,))
        store.execute("DELETE FROM person WHERE id = ?", (record_id,))
    skip_undelivered(store, kind, record_id, _SKIPPED, "removal", at)
    _blank_payloads(store, kind, record_id)
    forget_fields(store, kind, record_id)


def keep_household(
    store: Store, household_id: str, at: str, representative: str | None = None
) -> None:
    """A removed household that has members here (registered at a desk before it learnt of
    the removal): it stays, with its card erased — the card was the removed person's — and
    the member registered first (by HLC) as its representative. Every desk ends the same, in
    whatever order the removal and the members arrive: where the members were, the row stays
    and its card is blanked; where the removal was, the row is made again, empty, when the
    first member arrives (:func:`kiosk.desks.apply._write_person`; changes arrive in HLC order)."""
    from kiosk.registry.people import _HOUSEHOLD_COLUMNS, _household_values

    if representative is None:
        row = store.query_one(
            "SELECT p.id FROM person p JOIN outbox o ON o.record_type = 'person' "
            "AND o.record_id = p.id WHERE p.household_id = ? ORDER BY o.hlc LIMIT 1",
            (household_id,),
        )
        representative = row["id"] if row else None
    empty = Household(id=household_id, representative_id=representative)
    if store.query_one("SELECT 1 AS x FROM household WHERE id = ?", (household_id,)) is None:
        store.execute(
            f"INSERT INTO household ({_HOUSEHOLD_COLUMNS}, created_at, id) "
            f"VALUES ({', '.join('?' * 11)})",
            (*_household_values(empty, at)[:-1], at, at, household_id),
        )
    else:
        store.execute(
            f"UPDATE household SET ({_HOUSEHOLD_COLUMNS}) = ({', '.join('?' * 9)}) WHERE id = ?",
            (*_household_values(empty, at), household_id),
        )


def erase_change(store: Store, change: dict[str, Any], at: str) -> None:
    """A change of a removed person or household, taken into the log (so it is not asked
    for again) with their personal data erased, as the removal left the changes it found."""
    from kiosk.registry.removal import (
        _SKIPPED,
        _blank_destinations,
        _blank_payloads,
        _unlink_survey_payloads,
    )

    kind, record_id = change["record_type"], change["record_id"]
    if kind == "stay_event":
        _blank_destinations(store, [record_id])  # the event itself stays a City OS count
    elif kind == "survey":
        _unlink_survey_payloads(store, record_id)
        unlinked = {**change["_payload"], "person_id": None, "requests": "", "problems": ""}
        write_survey(store, {**change, "_payload": unlinked})
    else:
        skip_undelivered(store, kind, record_id, _SKIPPED, "removal", at)
        _blank_payloads(store, kind, record_id)
