"""The City OS gets the merged card (issue #16): a desk that merged a card logs its state.

Called by :func:`kiosk.desks.apply.apply_changes` inside its transaction, once per card the
batch touched, after the fields were merged.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from kiosk.access import audit
from kiosk.basics.context import Context
from kiosk.city.outbox import DERIVED_FIELDS, field_value, record_change
from kiosk.desks import hlc
from kiosk.store import Store

__all__ = ["restate", "card_payload", "same_card"]


def card_payload(store: Store, kind: str, record_id: str) -> dict[str, Any] | None:
    """The card's full state as this desk holds it, as its own services would log it."""
    from kiosk.basics.errors import NotFound
    from kiosk.operations.shelter import get_shelter, shelter_payload
    from kiosk.registry.people import get_household, get_person, household_payload, person_payload

    try:
        if kind == "person":
            return person_payload(get_person(store, record_id))
        if kind == "household":
            return household_payload(get_household(store, record_id))
    except NotFound:
        return None
    if record_id != store.get_meta("shelter_id"):
        return None
    return shelter_payload(get_shelter(store))


def same_card(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two payloads of a card hold the same edited fields (derived ones aside)."""
    keys = (set(one) | set(other)) - DERIVED_FIELDS
    return all(field_value(one.get(k)) == field_value(other.get(k)) for k in keys)


def restate(ctx: Context, sender: str, kind: str, record_id: str, now: datetime) -> int:
    """Log the card's merged state as a change of this desk when the newest change of the
    card (by HLC) does not carry it; returns 1 when it did.

    Every change carries the full card as its desk saw it, and the City OS keeps the newest
    by HLC: after two concurrent edits (A the phone, B the address) both desks hold both
    fields, but B's change, the newer, carries A's old phone. Only the change that is newest
    decides what the City OS ends with (online or through any desk's bundle), so where it
    does not carry the merged state this desk logs one that does, stamped newer than every
    change it holds. Two desks doing so at once log the same state (the fields merge alike
    everywhere); whichever of the two is newer carries it, so applying the other logs
    nothing more: the check compares states, and a change of an identical state changes no
    field (its ``fields`` is empty). A card this batch did not touch, or whose newest change
    already carries its state, is left alone. A newest change stamped beyond
    :data:`hlc.MAX_AHEAD` cannot be outrun (this desk's clock does not absorb it): it is left
    to its desk, flagged already as ``desk.clock_ahead``.
    """
    store = ctx.store
    current = card_payload(store, kind, record_id)
    newest = store.query_one(
        "SELECT op, payload, hlc FROM outbox WHERE record_type = ? AND record_id = ? "
        "ORDER BY hlc DESC LIMIT 1",
        (kind, record_id),
    )
    if current is None or newest is None or newest["op"] != "upsert":
        return 0
    if same_card(current, json.loads(newest["payload"])):
        return 0
    if hlc.too_far_ahead(hlc.parse(newest["hlc"]), now):
        return 0
    record_change(store, kind, record_id, "upsert", current, now, origin=ctx.kiosk_id)
    audit.append(store, f"desk:{sender}", f"{kind}.merged_state", kind, record_id, now)
    return 1
