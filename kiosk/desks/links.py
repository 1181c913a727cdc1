"""What this desk remembers about reaching each paired desk: its last address and how far
behind it is (issue #16 items 2 and 5).

* The **address** (``host:port``) a paired desk was last reached at or seen advertising, so a
  restarted desk reconnects at once instead of waiting for mDNS (or a manual address).
* The **vector** the desk held after the last exchange (per origin, the newest HLC stamp;
  :attr:`kiosk.desks.transport.Exchange.peer_holds`), written in the exchange's own
  transaction (:func:`kiosk.desks.apply.apply_changes`): :func:`changes_behind` counts from it
  the changes this desk holds that the other one has not received yet — exactly what the next
  exchange will send it. It is the one "changes behind" of the service's status line, the
  Desks page and ``kiosk desk list``.

Both are kept in the store's ``meta`` table under ``desk_address:<kiosk id>`` and
``desk_vector:<kiosk id>`` (ids, addresses and stamps only: no personal data).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from kiosk.store import Store

__all__ = [
    "remember_address",
    "remembered_address",
    "remember_vector",
    "peer_vector",
    "changes_behind",
    "DeskRow",
    "desk_rows",
]

_ADDRESS = "desk_address:"
_VECTOR = "desk_vector:"


def remember_address(store: Store, kiosk_id: str, address: tuple[str, int]) -> None:
    """Keep the address a paired desk was reached at (replaces the one held)."""
    text = f"{address[0]}:{address[1]}"
    if store.get_meta(_ADDRESS + kiosk_id) != text:
        with store.atomic():
            store.set_meta(_ADDRESS + kiosk_id, text)


def remembered_address(store: Store, kiosk_id: str) -> tuple[str, int] | None:
    """The address last remembered for ``kiosk_id``, or None."""
    text = store.get_meta(_ADDRESS + kiosk_id)
    if not text:
        return None
    host, _, port = text.rpartition(":")
    try:
        return host, int(port)
    except ValueError:
        return None


def remember_vector(store: Store, kiosk_id: str, held: dict[str, str]) -> None:
    """Keep what ``kiosk_id`` held after an exchange (inside the exchange's transaction, or
    one of its own)."""
    with store.atomic():
        store.set_meta(_VECTOR + kiosk_id, json.dumps(held, sort_keys=True))


def peer_vector(store: Store, kiosk_id: str) -> dict[str, str] | None:
    """What ``kiosk_id`` held after the last exchange with it (None: never exchanged)."""
    text = store.get_meta(_VECTOR + kiosk_id)
    if not text:
        return None
    try:
        held = json.loads(text)
    except ValueError:
        return None
    if not isinstance(held, dict):
        return None
    return {k: v for k, v in held.items() if isinstance(k, str) and isinstance(v, str)}


def changes_behind(store: Store, kiosk_id: str, held: dict[str, str] | None = None) -> int | None:
    """How many changes this desk holds (its own and those it took from other desks) that
    ``kiosk_id`` had not received at the last exchange; None when it never exchanged.

    Counted per origin from ``held`` (the desk's vector; by default the remembered one) by the
    same "newer than the newest held" rule the exchange uses to choose what to send, on the
    ``(origin, hlc)`` index.
    """
    if held is None:
        held = peer_vector(store, kiosk_id)
    if held is None:
        return None
    total = 0
    origins = [r["origin"] for r in store.query("SELECT DISTINCT origin FROM outbox")]
    for origin in sorted(o for o in origins if isinstance(o, str)):
        row = store.query_one(
            "SELECT count(*) AS n FROM outbox WHERE origin = ? AND hlc > ?",
            (origin, held.get(origin, "")),
        )
        total += int(row["n"]) if row else 0
    return total


@dataclass(frozen=True)
class DeskRow:
    """One line of the manager's list of desks: the pairing, the last contact, and how many
    changes held here it lacks (:func:`changes_behind`; None before any exchange)."""

    kiosk_id: str
    state: str
    paired_at: datetime
    last_contact: datetime | None
    behind: int | None


def desk_rows(store: Store) -> list[DeskRow]:
    """Every desk this kiosk was paired with, with its last contact and changes behind (the
    window's list; ``kiosk desk list`` prints the same)."""
    from kiosk.desks.apply import contacts  # apply imports this module
    from kiosk.desks.pairing import list_desks

    seen = contacts(store)
    return [
        DeskRow(
            d.kiosk_id,
            d.state,
            d.paired_at,
            seen[d.kiosk_id].last_contact if d.kiosk_id in seen else None,
            changes_behind(store, d.kiosk_id) if d.state == "paired" else None,
        )
        for d in list_desks(store)
    ]
