"""Spike (b): the outbox exchanged as an operation log ordered by a hybrid logical clock.

Each desk keeps, in its own SQLCipher database (raw 256-bit key, as kiosk/store does), an
append-only log of changes — its own and those received — keyed by the global change id the
outbox already has. A change carries its HLC timestamp ``(wall, c, origin)``. Desks exchange what
the other lacks by a version vector (per origin, the newest HLC held); applying a change is
idempotent (INSERT OR IGNORE on the change id). Card fields are last-writer-wins registers per
field ordered by HLC, the losing values stay in the log (the card's history); stay events are
folded in HLC order (``multidesk_common.fold_stays``).

``--wallclock`` runs the same with plain wall-clock timestamps instead of an HLC, to show
what the HLC is for (the skew scenario).

    .venv/bin/python scripts/spikes/multidesk_oplog.py [--wallclock] [--json]

Figures: synchronous=OFF in the spike (disk flushes are the same for every mechanism and would
only add noise on a shared machine).
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cbor2
import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parent))
from multidesk_common import HLC, fold_stays, run_all  # noqa: E402

_TMP = Path(tempfile.mkdtemp(prefix="multidesk-oplog-"))
atexit.register(shutil.rmtree, _TMP, True)


class WallClock(HLC):
    """Plain wall-clock stamps (the broken baseline): receiving changes nothing."""

    def observe(self, ts: Any) -> None:
        return None


class OplogReplica:
    def __init__(self, name: str, wall_ms: Callable[[], int], wallclock: bool = False) -> None:
        self.name = name
        self.hlc = (WallClock if wallclock else HLC)(name, wall_ms)
        path = _TMP / f"{name}-{uuid.uuid4().hex[:8]}.db"
        self.conn = sqlcipher3.connect(str(path), isolation_level=None)
        self.conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.executescript(
            """
            CREATE TABLE oplog (
                change_id TEXT PRIMARY KEY, wall INTEGER NOT NULL, c INTEGER NOT NULL,
                origin TEXT NOT NULL, record_id TEXT NOT NULL, kind TEXT NOT NULL,
                field TEXT, value TEXT);
            CREATE INDEX oplog_origin ON oplog(origin, wall, c);
            CREATE INDEX oplog_record ON oplog(record_id, kind);
            CREATE TABLE card_field (
                record_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
                wall INTEGER NOT NULL, c INTEGER NOT NULL, origin TEXT NOT NULL,
                PRIMARY KEY (record_id, field));
            """
        )

    # -- writing -----------------------------------------------------------------------
    def _apply(self, op: list[Any]) -> bool:
        change_id, wall, c, origin, record_id, kind, field, value = op
        cur = self.conn.execute("INSERT OR IGNORE INTO oplog VALUES (?, ?, ?, ?, ?, ?, ?, ?)", op)
        if cur.rowcount == 0:
            return False  # already held: idempotent
        if kind == "edit":
            self.conn.execute(
                "INSERT INTO card_field VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (record_id, field) DO UPDATE SET value = excluded.value, "
                "wall = excluded.wall, c = excluded.c, origin = excluded.origin "
                "WHERE (excluded.wall, excluded.c, excluded.origin) > "
                "(card_field.wall, card_field.c, card_field.origin)",
                (record_id, field, value, wall, c, origin),
            )
        return True

    def _local(self, record_id: str, kind: str, field: str | None, value: str | None) -> None:
        wall, c, origin = self.hlc.tick()
        self.conn.execute("BEGIN IMMEDIATE")
        self._apply([str(uuid.uuid4()), wall, c, origin, record_id, kind, field, value])
        self.conn.execute("COMMIT")

    def create(self, pid: str, fields: dict[str, str]) -> None:
        for key, value in fields.items():
            self._local(pid, "edit", key, value)

    def edit(self, pid: str, field: str, value: str) -> None:
        self._local(pid, "edit", field, value)

    def checkin(self, pid: str) -> None:
        self._local(pid, "checkin", None, None)

    def checkout(self, pid: str) -> None:
        self._local(pid, "checkout", None, None)

    # -- exchange ----------------------------------------------------------------------
    def token(self) -> dict[str, list[int]]:
        """Version vector: per origin, the newest (wall, c) held."""
        rows = self.conn.execute(
            "SELECT origin, wall, max(wall * 1000000 + c) FROM oplog GROUP BY origin"
        ).fetchall()
        return {origin: [key // 1_000_000, key % 1_000_000] for origin, _l, key in rows}

    def export(self, token: dict[str, list[int]]) -> bytes:
        ops = []
        for (origin,) in self.conn.execute("SELECT DISTINCT origin FROM oplog").fetchall():
            wall, c = token.get(origin, [-1, -1])
            ops += self.conn.execute(
                "SELECT * FROM oplog WHERE origin = ? AND (wall, c) > (?, ?) ORDER BY wall, c",
                (origin, wall, c),
            ).fetchall()
        return cbor2.dumps([list(op) for op in ops])

    def import_(self, data: bytes) -> None:
        ops = cbor2.loads(data)
        if not ops:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        for op in ops:
            self._apply(op)
        self.conn.execute("COMMIT")
        self.hlc.observe(max((op[1], op[2]) for op in ops))

    # -- reading -----------------------------------------------------------------------
    def dump(self) -> dict[str, Any]:
        cards: dict[str, Any] = {}
        for rid, field, value in self.conn.execute(
            "SELECT record_id, field, value FROM card_field"
        ):
            cards.setdefault(rid, {})[field] = value
        for rid, card in cards.items():
            events = self.conn.execute(
                "SELECT wall, c, origin, kind FROM oplog WHERE record_id = ? "
                "AND kind IN ('checkin', 'checkout')",
                (rid,),
            ).fetchall()
            state, visits, _ = fold_stays(((wall, c, o), k) for wall, c, o, k in events)
            card.update(state=state, visits=visits)
        return cards

    def history(self, pid: str, field: str) -> list[str]:
        return [
            v
            for (v,) in self.conn.execute(
                "SELECT value FROM oplog WHERE record_id = ? AND field = ? "
                "ORDER BY wall, c, origin",
                (pid, field),
            )
        ]

    def event_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM oplog").fetchone()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wallclock", action="store_true", help="wall-clock stamps, no HLC")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    label = "(b) outbox op log, " + ("wall clock (baseline)" if args.wallclock else "HLC")
    run_all(label, lambda n, clock: OplogReplica(n, clock, args.wallclock), as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
