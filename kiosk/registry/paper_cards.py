"""Pre-printed paper evacuee cards: the record of which cards were printed and entered.

The PDF itself is drawn by :mod:`kiosk.exports.blank_cards`; this module keeps the records it
writes, which the desk reads at every scan. Which slip ids were printed is kept in the store's
``draft`` table (kind ``blank_card``, id ``blank_card:<slip id>``; no personal data): a scanned
slip that is one of them starts a "paper entry" (:func:`find_blank_card`), and
:func:`mark_entered` notes when the filled card was typed in, so it is never entered twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.store import Store

__all__ = [
    "DRAFT_KIND",
    "BlankCard",
    "find_blank_card",
    "mark_entered",
    "printed_cards",
]


DRAFT_KIND = "blank_card"


@dataclass(frozen=True)
class BlankCard:
    """A pre-printed card: its slip id, the export that printed it, and its place in it."""

    slip_id: str
    export_id: str
    printed_at: datetime
    number: int
    count: int
    #: When the filled-in card was typed in at the desk; None while it is still blank.
    entered_at: datetime | None = None


def _card_from(payload: str) -> BlankCard:
    data = json.loads(payload)
    return BlankCard(
        slip_id=data["slip_id"],
        export_id=data["export_id"],
        printed_at=datetime.fromisoformat(data["printed_at"]),
        number=int(data["number"]),
        count=int(data["count"]),
        entered_at=datetime.fromisoformat(data["entered_at"]) if data.get("entered_at") else None,
    )


def find_blank_card(store: Store, slip_id: str) -> BlankCard | None:
    """The pre-printed blank card with this slip id, or ``None`` (a scanned slip that was
    printed for a registered person, or another kiosk's)."""
    row = store.query_one(
        "SELECT payload FROM draft WHERE id = ? AND kind = ?",
        (f"{DRAFT_KIND}:{slip_id}", DRAFT_KIND),
    )
    return _card_from(row["payload"]) if row else None


def mark_entered(store: Store, slip_id: str, at: datetime) -> BlankCard:
    """Note that the paper card with this slip id has been entered (its record keeps no personal
    data: only the time). Must run inside the caller's ``store.atomic()`` block.

    Raises:
        KeyError: no pre-printed card has this slip id.
    """
    card = find_blank_card(store, slip_id)
    if card is None:
        raise KeyError("no pre-printed card with this slip id")
    entered = replace(card, entered_at=at)
    payload = {
        "slip_id": card.slip_id,
        "export_id": card.export_id,
        "printed_at": card.printed_at.isoformat(),
        "number": card.number,
        "count": card.count,
        "entered_at": at.isoformat(),
    }
    store.execute(
        "UPDATE draft SET payload = ? WHERE id = ? AND kind = ?",
        (json.dumps(payload), f"{DRAFT_KIND}:{slip_id}", DRAFT_KIND),
    )
    return entered


def printed_cards(store: Store) -> tuple[BlankCard, ...]:
    """Every pre-printed blank card, in printing order."""
    rows = store.query(
        "SELECT payload FROM draft WHERE kind = ? ORDER BY updated_at, rowid", (DRAFT_KIND,)
    )
    return tuple(_card_from(r["payload"]) for r in rows)
