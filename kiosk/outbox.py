"""The append-only outbox: every change to a record, queued for the City OS.

A service that changes a record calls :func:`record_change` inside the same
``Store.atomic()`` block as the change itself, so a record never changes without its outbox
entry and an outbox entry never exists for a change that rolled back. Each entry has a globally
unique ``change_id`` (the idempotency key the City OS side de-duplicates on) and a per-record
sequence number that fixes the order in which changes to one record must be applied.

The payload is the record's full state after the change (or the event itself), so replaying
the newest entry of a record is enough to bring the City OS up to date, and replaying any entry
twice changes nothing. Payloads hold personal data: they live only inside the encrypted store;
what leaves the laptop is decided by consent in ``sync/``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.outbox_state import PENDING
from kiosk.store import Store

__all__ = [
    "OutboxEntry",
    "record_change",
    "entries",
    "entries_by_seq",
    "entry_from_row",
    "pending_count",
    "verify_sequences",
]

RECORD_TYPES: tuple[str, ...] = ("shelter", "household", "person", "stay_event", "survey")


@dataclass(frozen=True, repr=False)
class OutboxEntry:
    seq: int
    change_id: str
    record_type: str
    record_id: str
    record_seq: int
    op: str
    payload: dict[str, Any]
    created_at: datetime

    def __repr__(self) -> str:
        return f"OutboxEntry(seq={self.seq}, {self.record_type}:{self.record_id}#{self.record_seq})"


def record_change(
    store: Store,
    record_type: str,
    record_id: str,
    op: str,
    payload: dict[str, Any],
    at: datetime,
) -> str:
    """Append one change; must run inside the caller's ``store.atomic()`` block.

    Returns the new change id.
    """
    if record_type not in RECORD_TYPES:
        raise ValueError(f"unknown record type {record_type!r}")
    row = store.query_one(
        "SELECT coalesce(max(record_seq), 0) AS n FROM outbox "
        "WHERE record_type = ? AND record_id = ?",
        (record_type, record_id),
    )
    record_seq = int(row["n"] if row else 0) + 1
    change_id = str(uuid.uuid4())
    store.execute(
        "INSERT INTO outbox (change_id, record_type, record_id, record_seq, op, payload, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            change_id,
            record_type,
            record_id,
            record_seq,
            op,
            json.dumps(payload, ensure_ascii=False, sort_keys=True),
            at.isoformat(),
        ),
    )
    return change_id


def entry_from_row(row: Any) -> OutboxEntry:
    """An entry from a ``SELECT * FROM outbox`` row (for queries that pick rows themselves)."""
    return OutboxEntry(
        seq=row["seq"],
        change_id=row["change_id"],
        record_type=row["record_type"],
        record_id=row["record_id"],
        record_seq=row["record_seq"],
        op=row["op"],
        payload=json.loads(row["payload"]),
        created_at=datetime.fromisoformat(row["created_at"]),
    )


def entries(store: Store, after_seq: int = 0, limit: int | None = None) -> list[OutboxEntry]:
    """Entries in global order, after ``after_seq``."""
    sql = "SELECT * FROM outbox WHERE seq > ? ORDER BY seq"
    params: tuple[Any, ...] = (after_seq,)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    return [entry_from_row(row) for row in store.query(sql, params)]


def entries_by_seq(store: Store, seqs: list[int]) -> list[OutboxEntry]:
    """The entries with these sequence numbers, in global order."""
    if not seqs:
        return []
    marks = ", ".join("?" * len(seqs))
    rows = store.query(f"SELECT * FROM outbox WHERE seq IN ({marks}) ORDER BY seq", seqs)
    return [entry_from_row(row) for row in rows]


def pending_count(store: Store) -> int:
    """Entries with no delivery outcome yet (sent, skipped, or in conflict)."""
    row = store.query_one(f"SELECT count(*) AS n FROM outbox o WHERE {PENDING}")
    return int(row["n"]) if row else 0


def verify_sequences(store: Store) -> list[str]:
    """Problems in the outbox: gaps or a bad start in any record's sequence. Empty when sound."""
    problems = []
    rows = store.query(
        "SELECT record_type, record_id, count(*) AS n, min(record_seq) AS lo, "
        "max(record_seq) AS hi FROM outbox GROUP BY record_type, record_id "
        "HAVING lo != 1 OR hi != n"
    )
    for row in rows:
        problems.append(
            f"outbox: {row['record_type']} {row['record_id']} has sequence "
            f"{row['lo']}..{row['hi']} in {row['n']} entries"
        )
    return problems
