"""Spike (a): SQLite's session extension (changesets) through ``apsw-sqlite3mc``.

Part 1 checks that apsw-sqlite3mc opens OUR store: a kiosk store made by ``kiosk.store``
(sqlcipher3, SQLCipher 4, raw 256-bit key from the key file) is opened with sqlite3mc's
SQLCipher scheme — ``PRAGMA cipher='sqlcipher'``, ``PRAGMA legacy=4``, then the raw key as
``PRAGMA key="x'<64 hex>'"`` (``PRAGMA hexkey`` is NOT the raw key: it feeds the hex bytes
through the KDF as a passphrase and fails) — a changeset of our ``meta`` table is recorded,
applied to a second kiosk store, and read back through sqlcipher3.

Part 2 runs the shared scenarios. Each local change is recorded by a session into one
changeset; desks exchange the changesets the other lacks (version vector over an HLC, as in
spike b) and apply them with ``Changeset.apply`` and a conflict handler.

* default: card fields stored as one row per (record, field) with an HLC ``stamp`` column;
  the conflict handler keeps the newer stamp (REPLACE) or the local row (OMIT).
* ``--rowwise``: the card as one row with a column per field and the obvious handler
  (REPLACE: the incoming change wins), to show what changesets alone do with concurrent edits.

    .venv/bin/python scripts/spikes/multidesk_session.py [--rowwise] [--json]
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

import apsw
import cbor2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from multidesk_common import FIELDS, HLC, fold_stays, run_all  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
_TMP = Path(tempfile.mkdtemp(prefix="multidesk-session-"))
atexit.register(shutil.rmtree, _TMP, True)


def open_sqlcipher4_raw(path: Path, data_key: bytes) -> apsw.Connection:
    """An apsw-sqlite3mc connection to a SQLCipher 4 file keyed with a raw 256-bit key."""
    conn = apsw.Connection(str(path))
    conn.execute("PRAGMA cipher = 'sqlcipher'")
    conn.execute("PRAGMA legacy = 4")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def check_our_store() -> list[str]:
    """Open two real kiosk stores with apsw-sqlite3mc, move one change between them."""
    sys.path.insert(0, str(REPO))
    from kiosk.store import KdfParams, create_store, open_store

    lines = []
    cheap = KdfParams(1024, 1, 1)
    homes = [_TMP / "kiosk-a", _TMP / "kiosk-b"]
    keys = []
    for home in homes:
        store = create_store(home, "pw", cheap)
        keys.append(store.data_key())
        store.close()
    a = open_sqlcipher4_raw(homes[0] / "kiosk.db", keys[0])
    version = a.execute("PRAGMA user_version").fetchone()[0]
    mode = a.execute("PRAGMA journal_mode").fetchone()[0]
    lines.append(f"apsw-sqlite3mc opened kiosk store A: user_version={version}, journal={mode}")
    session = apsw.Session(a, "main")
    session.attach("meta")
    a.execute("INSERT INTO meta (key, value) VALUES ('desk_probe', 'from A')")
    changeset = session.changeset()
    session.close()
    b = open_sqlcipher4_raw(homes[1] / "kiosk.db", keys[1])
    apsw.Changeset.apply(changeset, b)
    a.close()
    b.close()
    back = open_store(homes[1], "pw")
    value = back.get_meta("desk_probe")
    problems = back.conn.execute("PRAGMA quick_check").fetchone()[0]
    lines.append(
        f"changeset of {len(changeset)} bytes applied to store B; sqlcipher3 reads it back: "
        f"{value!r}, quick_check={problems}"
    )
    # both drivers on one WAL store at once, as a product using sessions would run
    other = open_sqlcipher4_raw(homes[1] / "kiosk.db", keys[1])
    other.execute("INSERT INTO meta (key, value) VALUES ('from_apsw', 'apsw')")
    with back.atomic():
        back.set_meta("from_sqlcipher3", "sqlcipher3")
    seen = (
        back.get_meta("from_apsw"),
        other.execute("SELECT value FROM meta WHERE key = 'from_sqlcipher3'").fetchone()[0],
        other.execute("PRAGMA quick_check").fetchone()[0],
        back.conn.execute("PRAGMA quick_check").fetchone()[0],
    )
    other.close()
    back.close()
    lines.append(
        "both open on store B: sqlcipher3 sees apsw's write {!r}, apsw sees sqlcipher3's {!r}, "
        "quick_check apsw={} sqlcipher3={}".format(*seen)
    )
    return lines


class SessionReplica:
    def __init__(self, name: str, wall_ms: Callable[[], int], rowwise: bool = False) -> None:
        self.name = name
        self.rowwise = rowwise
        self.hlc = HLC(name, wall_ms)
        self.conn = open_sqlcipher4_raw(_TMP / f"{name}-{uuid.uuid4().hex[:8]}.db", os.urandom(32))
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute(
            """
            CREATE TABLE card_field (record_id TEXT, field TEXT, value TEXT, stamp TEXT,
                PRIMARY KEY (record_id, field));
            CREATE TABLE card (id TEXT PRIMARY KEY, name TEXT, phone TEXT, address TEXT,
                needs TEXT);
            CREATE TABLE edit (id TEXT PRIMARY KEY, record_id TEXT, field TEXT, value TEXT,
                stamp TEXT);
            CREATE TABLE stay (id TEXT PRIMARY KEY, record_id TEXT, kind TEXT, stamp TEXT);
            -- the exchanged log of changesets (not recorded by the session)
            CREATE TABLE cs_log (origin TEXT, wall INTEGER, c INTEGER, blob BLOB,
                PRIMARY KEY (origin, wall, c));
            """
        )

    @staticmethod
    def _stamp(wall: int, c: int, origin: str) -> str:
        return f"{wall:015d}.{c:06d}.{origin}"

    def _record(self, body: Callable[[str], None]) -> None:
        wall, c, origin = self.hlc.tick()
        stamp = self._stamp(wall, c, origin)
        session = apsw.Session(self.conn, "main")
        for table in ("card_field", "card", "edit", "stay"):
            session.attach(table)
        with self.conn:
            body(stamp)
            blob = session.changeset()
            self.conn.execute("INSERT INTO cs_log VALUES (?, ?, ?, ?)", (origin, wall, c, blob))
        session.close()

    def _set(self, pid: str, field: str, value: str, stamp: str) -> None:
        self.conn.execute(
            "INSERT INTO edit VALUES (?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), pid, field, value, stamp),
        )
        if self.rowwise:
            self.conn.execute("INSERT OR IGNORE INTO card (id) VALUES (?)", (pid,))
            self.conn.execute(f"UPDATE card SET {field} = ? WHERE id = ?", (value, pid))
        else:
            self.conn.execute(
                "INSERT INTO card_field VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                "value = excluded.value, stamp = excluded.stamp "
                "WHERE excluded.stamp > card_field.stamp",
                (pid, field, value, stamp),
            )

    def create(self, pid: str, fields: dict[str, str]) -> None:
        for key, value in fields.items():
            self._record(lambda s, k=key, v=value: self._set(pid, k, v, s))

    def edit(self, pid: str, field: str, value: str) -> None:
        self._record(lambda s: self._set(pid, field, value, s))

    def _stay(self, pid: str, kind: str) -> None:
        self._record(
            lambda s: self.conn.execute(
                "INSERT INTO stay VALUES (?, ?, ?, ?)", (str(uuid.uuid4()), pid, kind, s)
            )
        )

    def checkin(self, pid: str) -> None:
        self._stay(pid, "checkin")

    def checkout(self, pid: str) -> None:
        self._stay(pid, "checkout")

    def token(self) -> dict[str, list[int]]:
        return {
            o: [wall, c]
            for o, wall, c in self.conn.execute(
                "SELECT origin, wall, max(c) FROM cs_log a WHERE wall = "
                "(SELECT max(wall) FROM cs_log b WHERE b.origin = a.origin) GROUP BY origin"
            )
        }

    def export(self, token: dict[str, list[int]]) -> bytes:
        out = []
        for (origin,) in list(self.conn.execute("SELECT DISTINCT origin FROM cs_log")):
            wall, c = token.get(origin, [-1, -1])
            out += [
                list(r)
                for r in self.conn.execute(
                    "SELECT origin, wall, c, blob FROM cs_log WHERE origin = ? "
                    "AND (wall, c) > (?, ?) ORDER BY wall, c",
                    (origin, wall, c),
                )
            ]
        return cbor2.dumps(out)

    def _conflict(self, reason: int, change: apsw.TableChange) -> int:
        if self.rowwise:
            return apsw.SQLITE_CHANGESET_REPLACE if reason != 2 else apsw.SQLITE_CHANGESET_OMIT
        if change.name == "card_field" and reason in (
            apsw.SQLITE_CHANGESET_DATA,
            apsw.SQLITE_CHANGESET_CONFLICT,
        ):
            incoming = change.new[3]
            current = change.conflict[3]
            return (
                apsw.SQLITE_CHANGESET_REPLACE if incoming > current else apsw.SQLITE_CHANGESET_OMIT
            )
        return apsw.SQLITE_CHANGESET_OMIT

    def import_(self, data: bytes) -> None:
        entries = cbor2.loads(data)
        if not entries:
            return
        with self.conn:
            for origin, wall, c, blob in entries:
                held = self.conn.execute(
                    "SELECT 1 FROM cs_log WHERE origin = ? AND wall = ? AND c = ?",
                    (origin, wall, c),
                ).fetchone()
                if held:
                    continue
                apsw.Changeset.apply(blob, self.conn, conflict=self._conflict)
                self.conn.execute("INSERT INTO cs_log VALUES (?, ?, ?, ?)", (origin, wall, c, blob))
        self.hlc.observe(max((e[1], e[2]) for e in entries))

    def dump(self) -> dict[str, Any]:
        cards: dict[str, Any] = {}
        if self.rowwise:
            for row in self.conn.execute("SELECT id, name, phone, address, needs FROM card"):
                cards[row[0]] = dict(zip(FIELDS, row[1:], strict=True))
        else:
            for rid, field, value in self.conn.execute(
                "SELECT record_id, field, value FROM card_field"
            ):
                cards.setdefault(rid, {})[field] = value
        for rid, card in cards.items():
            events = self.conn.execute(
                "SELECT stamp, kind FROM stay WHERE record_id = ?", (rid,)
            ).fetchall()
            state, visits, _ = fold_stays(events)
            card.update(state=state, visits=visits)
        return cards

    def history(self, pid: str, field: str) -> list[str]:
        return [
            v
            for (v,) in self.conn.execute(
                "SELECT value FROM edit WHERE record_id = ? AND field = ? ORDER BY stamp",
                (pid, field),
            )
        ]

    def event_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM cs_log").fetchone()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rowwise", action="store_true", help="one row per card, REPLACE")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    print(f"apsw {apsw.apsw_version()}, SQLite {apsw.sqlite_lib_version()}")
    for line in check_our_store():
        print("  " + line)
    label = "(a) session changesets, " + (
        "row per card, REPLACE" if args.rowwise else "field rows + HLC stamp handler"
    )
    run_all(label, lambda n, clock: SessionReplica(n, clock, args.rowwise), as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
