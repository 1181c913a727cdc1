"""The tamper-evident audit log: who did what, when, to which record. No personal data.

Each row's hash covers its own fields and the previous row's hash, so editing, inserting or
deleting any row breaks the chain from there on. The newest hash is also kept in ``meta`` so
cutting rows off the end is detected too. Rows carry ids (random UUIDs), action names and actor
names (roles or staff labels), never names, numbers or addresses.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from kiosk.store import Store

__all__ = ["AuditEntry", "append", "verify_chain", "recent"]

GENESIS = "0" * 64
_HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    record_type: str
    record_id: str


def _digest(prev: str, at: str, actor: str, action: str, record_type: str, record_id: str) -> str:
    body = json.dumps([prev, at, actor, action, record_type, record_id], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    store: Store, actor: str, action: str, record_type: str, record_id: str, at: datetime
) -> None:
    """Append one audit row; must run inside the caller's ``store.atomic()`` block."""
    prev = store.get_meta(_HEAD_KEY, GENESIS) or GENESIS
    stamp = at.isoformat()
    digest = _digest(prev, stamp, actor, action, record_type, record_id)
    store.execute(
        "INSERT INTO audit (at, actor, action, record_type, record_id, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (stamp, actor, action, record_type, record_id, prev, digest),
    )
    store.set_meta(_HEAD_KEY, digest)


def verify_chain(store: Store) -> list[str]:
    """Problems found in the chain (empty when intact), each naming the first bad row."""
    prev = GENESIS
    for row in store.query("SELECT * FROM audit ORDER BY seq"):
        if row["prev_hash"] != prev:
            return [f"audit: row {row['seq']} does not follow the row before it"]
        expected = _digest(
            prev, row["at"], row["actor"], row["action"], row["record_type"], row["record_id"]
        )
        if row["hash"] != expected:
            return [f"audit: row {row['seq']} was altered"]
        prev = row["hash"]
    head = store.get_meta(_HEAD_KEY, GENESIS)
    if head != prev:
        return ["audit: rows are missing at the end of the log"]
    return []


def recent(store: Store, limit: int = 50) -> list[AuditEntry]:
    rows = store.query("SELECT * FROM audit ORDER BY seq DESC LIMIT ?", (limit,))
    return [
        AuditEntry(
            r["seq"],
            datetime.fromisoformat(r["at"]),
            r["actor"],
            r["action"],
            r["record_type"],
            r["record_id"],
        )
        for r in rows
    ]
