"""How far each paired desk is behind this one (issue #16 item 5, ``kiosk desk list``).

After an exchange both desks hold the same changes (each sent what the other's version
vector lacked), so what a desk lacks *now* is what reached this desk since the last
contact: changes made here or taken from a third desk, counted by the local outbox
sequence noted at that contact (:func:`note_contact`, in the exchange's own transaction).
Changes the other desk made since then are not known here until the next contact: of those
only "none at the last contact" is known (``theirs_we_lack`` 0 as of the last contact, None
before any contact). The position is read in the exchange's closing transaction, so a change
this desk made while the exchange ran counts as held there until the next exchange (which
sends it: the version vectors decide what is sent, not this count).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.store import Store

__all__ = ["Lag", "DeskRow", "note_contact", "lag", "desk_rows"]

_KEY = "desk.contact_seq."


@dataclass(frozen=True)
class Lag:
    """Changes this desk holds that ``kiosk_id`` lacks now (all held when never in contact);
    ``theirs_we_lack`` as of the last contact (0), None when there was none."""

    kiosk_id: str
    ours_they_lack: int
    theirs_we_lack: int | None


def note_contact(store: Store, kiosk_id: str) -> None:
    """Note that ``kiosk_id`` holds every change held here now (inside the exchange's
    transaction, after the changes it sent were taken)."""
    row = store.query_one("SELECT coalesce(max(seq), 0) AS s FROM outbox")
    store.set_meta(_KEY + kiosk_id, str(row["s"] if row else 0))


def lag(store: Store, kiosk_ids: list[str]) -> dict[str, Lag]:
    """Per desk: the changes held here since the last contact with it, not made by it."""
    out: dict[str, Lag] = {}
    for kiosk_id in kiosk_ids:
        seen = store.get_meta(_KEY + kiosk_id)
        row = store.query_one(
            "SELECT count(*) AS n FROM outbox WHERE seq > ? AND origin != ?",
            (int(seen) if seen else 0, kiosk_id),
        )
        out[kiosk_id] = Lag(kiosk_id, int(row["n"]) if row else 0, 0 if seen else None)
    return out


@dataclass(frozen=True)
class DeskRow:
    """One line of the manager's list of desks: the pairing, the last contact, the lag."""

    kiosk_id: str
    state: str
    paired_at: datetime
    last_contact: datetime | None
    ours_they_lack: int


def desk_rows(store: Store) -> list[DeskRow]:
    """Every desk this kiosk was paired with, with its last contact and lag (the window's
    list; the command line prints the same)."""
    from kiosk.desks.apply import contacts
    from kiosk.desks.pairing import list_desks

    desks = list_desks(store)
    seen = contacts(store)
    behind = lag(store, [d.kiosk_id for d in desks])
    return [
        DeskRow(
            d.kiosk_id,
            d.state,
            d.paired_at,
            seen[d.kiosk_id].last_contact if d.kiosk_id in seen else None,
            behind[d.kiosk_id].ours_they_lack,
        )
        for d in desks
    ]
