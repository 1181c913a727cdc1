"""Delivery state of the outbox: what reached the City OS, what is in conflict, what is next.

The outbox stays append-only; this module owns the ``delivery`` table beside it, which is the
replay's durable cursor. An entry with no delivery row is pending. ``sent`` and ``skipped`` are
final; ``conflict`` holds the server's reason and blocks every later change to the same record
until an operator retries or skips it (both audited). Marking happens in one transaction per
batch *after* the server answered, so a kill before that makes the batch pending again and it is
sent again — harmless: the adapter reads the ``changeSeq`` the broker holds before writing and
skips a change already there (a plain broker keeps no change ids of its own).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from kiosk.access import audit
from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.basics.errors import NotFound
from kiosk.city.outbox import OutboxEntry, entries_by_seq, entry_from_row
from kiosk.city.outbox_state import BLOCKED, PENDING, WAITS_ITS_TURN
from kiosk.store import Store

__all__ = [
    "Conflict",
    "QueueStatus",
    "next_batch",
    "pending_entries",
    "mark",
    "conflicts",
    "retry_conflict",
    "skip_conflict",
    "queue_status",
]


@dataclass(frozen=True)
class Conflict:
    seq: int
    record_type: str
    record_id: str
    reason: str
    attempts: int
    at: datetime


@dataclass(frozen=True)
class QueueStatus:
    pending: int
    pending_by_type: tuple[tuple[str, int], ...]
    sent: int
    conflicts: int
    skipped: int
    blocked: int
    last_success: datetime | None


def next_batch(store: Store, limit: int) -> list[OutboxEntry]:
    """The next pending entries in global order: at most one per record (later changes of a
    record wait for the earlier one), none of a record blocked by a conflict."""
    rows = store.query(
        f"SELECT o.* FROM outbox o WHERE {PENDING} AND NOT {WAITS_ITS_TURN} ORDER BY o.seq LIMIT ?",
        (limit,),
    )
    return [entry_from_row(row) for row in rows]


def pending_entries(store: Store, limit: int = 1_000_000) -> list[OutboxEntry]:
    """Every pending entry in global order (several per record allowed), except those of
    records blocked by a conflict: what a sealed bundle carries, to be applied in order."""
    rows = store.query(
        f"SELECT o.* FROM outbox o WHERE {PENDING} AND NOT {BLOCKED} ORDER BY o.seq LIMIT ?",
        (limit,),
    )
    return [entry_from_row(row) for row in rows]


def mark(
    store: Store,
    sent: Iterable[int],
    conflicts: Iterable[tuple[int, str]],
    at: datetime,
    via: str = "online",
) -> None:
    """Record the outcome of one batch in one transaction."""
    stamp = at.isoformat()
    sent = list(sent)
    with store.atomic():
        store.executemany(
            "INSERT INTO delivery (seq, status, attempts, via, updated_at) "
            "VALUES (?, 'sent', 1, ?, ?) ON CONFLICT (seq) DO UPDATE SET status = 'sent', "
            "attempts = attempts + 1, reason = '', via = excluded.via, "
            "updated_at = excluded.updated_at",
            [(seq, via, stamp) for seq in sent],
        )
        store.executemany(
            "INSERT INTO delivery (seq, status, attempts, reason, via, updated_at) "
            "VALUES (?, 'conflict', 1, ?, ?, ?) ON CONFLICT (seq) DO UPDATE SET "
            "status = 'conflict', attempts = attempts + 1, reason = excluded.reason, "
            "updated_at = excluded.updated_at",
            [(seq, reason[:500], via, stamp) for seq, reason in conflicts],
        )
        if sent:
            store.execute(
                "INSERT INTO sync_state (key, value) VALUES ('last_success', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (stamp,),
            )


def conflicts(store: Store) -> list[Conflict]:
    rows = store.query(
        "SELECT d.seq, o.record_type, o.record_id, d.reason, d.attempts, d.updated_at "
        "FROM delivery d JOIN outbox o ON o.seq = d.seq WHERE d.status = 'conflict' ORDER BY d.seq"
    )
    return [
        Conflict(
            r["seq"],
            r["record_type"],
            r["record_id"],
            r["reason"],
            r["attempts"],
            datetime.fromisoformat(r["updated_at"]),
        )
        for r in rows
    ]


def _conflict_row(store: Store, seq: int) -> OutboxEntry:
    row = store.query_one("SELECT status FROM delivery WHERE seq = ?", (seq,))
    if row is None or row["status"] != "conflict":
        raise NotFound(what="conflict", id=seq)
    return entries_by_seq(store, [seq])[0]


def retry_conflict(ctx: Context, seq: int) -> None:
    """Make a conflicting change pending again (after the cause was fixed on either side).

    Raises:
        PermissionDenied: the acting role may not sync (an operator, manager or admin may).
        NotFound: ``seq`` is not in conflict.
    """
    require_role(ctx, "sync")
    with ctx.store.atomic():
        entry = _conflict_row(ctx.store, seq)
        ctx.store.execute("DELETE FROM delivery WHERE seq = ?", (seq,))
        audit.append(
            ctx.store, ctx.actor, "sync.retry", entry.record_type, entry.record_id, ctx.now()
        )


def skip_conflict(ctx: Context, seq: int) -> None:
    """Give up on one conflicting change; later changes of the record are unblocked.

    Raises:
        PermissionDenied: the acting role may not sync (an operator, manager or admin may).
        NotFound: ``seq`` is not in conflict.
    """
    require_role(ctx, "sync")
    with ctx.store.atomic():
        entry = _conflict_row(ctx.store, seq)
        ctx.store.execute(
            "UPDATE delivery SET status = 'skipped', updated_at = ? WHERE seq = ?",
            (ctx.now().isoformat(), seq),
        )
        audit.append(
            ctx.store, ctx.actor, "sync.skip", entry.record_type, entry.record_id, ctx.now()
        )


def queue_status(store: Store) -> QueueStatus:
    by_type = store.query(
        f"SELECT o.record_type, count(*) AS n FROM outbox o WHERE {PENDING} "
        "GROUP BY o.record_type ORDER BY o.record_type"
    )
    counts = {
        r["status"]: r["n"]
        for r in store.query("SELECT status, count(*) AS n FROM delivery GROUP BY status")
    }
    blocked = store.query_one(f"SELECT count(*) AS n FROM outbox o WHERE {PENDING} AND {BLOCKED}")
    last = store.query_one("SELECT value FROM sync_state WHERE key = 'last_success'")
    return QueueStatus(
        pending=sum(r["n"] for r in by_type),
        pending_by_type=tuple((r["record_type"], r["n"]) for r in by_type),
        sent=int(counts.get("sent", 0)),
        conflicts=int(counts.get("conflict", 0)),
        skipped=int(counts.get("skipped", 0)),
        blocked=int(blocked["n"]) if blocked else 0,
        last_success=datetime.fromisoformat(last["value"]) if last else None,
    )
