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

from kiosk.city.outbox_state import PENDING, UNDELIVERED
from kiosk.store import Store

__all__ = [
    "OutboxEntry",
    "record_change",
    "entries",
    "entries_by_seq",
    "entry_from_row",
    "forget_fields",
    "pending_count",
    "skip_undelivered",
    "verify_sequences",
]

RECORD_TYPES: tuple[str, ...] = ("shelter", "household", "person", "stay_event", "survey")
#: Records whose upserts merge field by field between desks (issue #16).
CARD_TYPES: tuple[str, ...] = ("shelter", "household", "person")
#: Person fields that are not edited but follow from the stay events (folded, not merged).
DERIVED_FIELDS: frozenset[str] = frozenset({"state", "state_since"})


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
    origin: str = ""
    hlc: str = ""

    def __repr__(self) -> str:
        return f"OutboxEntry(seq={self.seq}, {self.record_type}:{self.record_id}#{self.record_seq})"


def record_change(
    store: Store,
    record_type: str,
    record_id: str,
    op: str,
    payload: dict[str, Any],
    at: datetime,
    origin: str = "",
) -> str:
    """Append one change made at this desk (``origin``, its kiosk id); must run inside the
    caller's ``store.atomic()`` block.

    The change is stamped by the desks' hybrid logical clock (:mod:`kiosk.desks.hlc`). Its
    ``record_seq`` is one more than the highest any desk gave the record so far (a Lamport
    counter per record). A card upsert also records which fields it changed (compared with
    the values in ``field_clock``), so another desk merges it field by field.

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
    # imported here: kiosk.desks (pairing) itself builds on the context, which imports this
    from kiosk.desks.hlc import tick

    stamp = tick(store, origin, at).text()
    fields = None
    if record_type in CARD_TYPES and op == "upsert":
        fields = stamp_fields(store, record_type, record_id, payload, stamp)
    store.execute(
        "INSERT INTO outbox (change_id, record_type, record_id, record_seq, op, payload, "
        "created_at, origin, hlc, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            change_id,
            record_type,
            record_id,
            record_seq,
            op,
            json.dumps(payload, ensure_ascii=False, sort_keys=True),
            at.isoformat(),
            origin,
            stamp,
            json.dumps(fields) if fields is not None else None,
        ),
    )
    return change_id


def field_value(value: Any) -> str:
    """A field's value as stored in ``field_clock`` (canonical JSON, compared as text)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def stamp_fields(
    store: Store, record_type: str, record_id: str, payload: dict[str, Any], stamp: str
) -> list[str]:
    """The fields of a local card upsert whose value differs from the record's current one,
    each given ``stamp`` in ``field_clock``; returns their names (sorted)."""
    held = {
        r["field"]: r["value"]
        for r in store.query(
            "SELECT field, value FROM field_clock WHERE record_type = ? AND record_id = ?",
            (record_type, record_id),
        )
    }
    changed = sorted(
        k for k, v in payload.items() if k not in DERIVED_FIELDS and held.get(k) != field_value(v)
    )
    store.executemany(
        "INSERT INTO field_clock (record_type, record_id, field, hlc, value) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_type, record_id, field) DO UPDATE SET "
        "hlc = excluded.hlc, value = excluded.value",
        [(record_type, record_id, k, stamp, field_value(payload[k])) for k in changed],
    )
    return changed


def forget_fields(store: Store, record_type: str, record_id: str) -> None:
    """Drop a removed record's ``field_clock`` rows: they hold its current values, which must
    not outlive the record (a removal erases the person's data from the store)."""
    store.execute(
        "DELETE FROM field_clock WHERE record_type = ? AND record_id = ?", (record_type, record_id)
    )


def skip_undelivered(
    store: Store, record_type: str, record_id: str, reason: str, via: str, at: str
) -> int:
    """Settle a record's changes that have not reached the City OS (pending, or refused and
    waiting) as ``skipped``: its deletion supersedes them (a removal here or at another desk,
    a merge). The deletion itself is never skipped. Returns how many were settled."""
    return store.execute(
        "INSERT INTO delivery (seq, status, reason, via, updated_at) "
        "SELECT o.seq, 'skipped', ?, ?, ? FROM outbox o "
        f"WHERE o.record_type = ? AND o.record_id = ? AND o.op != 'delete' AND {UNDELIVERED} "
        "ON CONFLICT (seq) DO UPDATE SET status = 'skipped', reason = excluded.reason, "
        "via = excluded.via, updated_at = excluded.updated_at",
        (reason, via, at, record_type, record_id),
    )


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
        origin=row["origin"],
        hlc=row["hlc"],
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
    """Problems in the outbox: gaps or a bad start in any record's sequence. Empty when sound.

    Desks number a record's changes with one counter (each new change takes the highest held
    plus one), and two desks may take the same number at once, so the numbers held form
    ``1..n`` without gaps, some perhaps twice (from different desks).
    """
    problems = []
    rows = store.query(
        "SELECT record_type, record_id, count(DISTINCT record_seq) AS n, min(record_seq) AS lo, "
        "max(record_seq) AS hi FROM outbox GROUP BY record_type, record_id "
        "HAVING lo != 1 OR hi != n"
    )
    for row in rows:
        problems.append(
            f"outbox: {row['record_type']} {row['record_id']} has sequence "
            f"{row['lo']}..{row['hi']} in {row['n']} entries"
        )
    return problems
