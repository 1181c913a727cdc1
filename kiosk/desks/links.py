"""What this desk remembers about reaching each paired desk: its last address and how far
behind it is (issue #16 items 2 and 5).

* The **address** (``host:port``) a paired desk was last reached at or seen advertising, so a
  restarted desk reconnects at once instead of waiting for mDNS (or a manual address).
* The **vector** the desk held after the last exchange (per origin, the newest HLC stamp;
  :attr:`kiosk.desks.transport.Exchange.peer_holds`): :func:`changes_behind` counts from it the
  changes this desk holds that the other one has not received yet — exactly what the next
  exchange will send it.

Both are kept in the store's ``meta`` table under ``desk_address:<kiosk id>`` and
``desk_vector:<kiosk id>`` (ids, addresses and stamps only: no personal data).
"""

from __future__ import annotations

import json

from kiosk.desks.apply import vector
from kiosk.store import Store

__all__ = [
    "remember_address",
    "remembered_address",
    "remember_vector",
    "peer_vector",
    "changes_behind",
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
    """Keep what ``kiosk_id`` held after an exchange."""
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
    for origin in sorted(vector(store)):
        row = store.query_one(
            "SELECT count(*) AS n FROM outbox WHERE origin = ? AND hlc > ?",
            (origin, held.get(origin, "")),
        )
        total += int(row["n"]) if row else 0
    return total
