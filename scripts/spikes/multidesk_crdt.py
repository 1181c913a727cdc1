"""Spike (c): a CRDT library holds the shelter as one replicated document (pycrdt = Yrs/Yjs,
loro = Loro).

Each desk holds one document: a flat map ``cards`` with keys ``<person>/<field>`` (a nested
map per card would lose edits when two desks create it concurrently: the CRDT keeps one of the
two containers), a map ``events`` of stay events by event id, a map ``edits`` of every card edit
(the card's history: the library keeps only the winning value of a map key — Yjs garbage-
collects overwritten values, Loro keeps them in its op log but only as raw ops), and a map
``clock`` of each desk's newest HLC so a receiving desk can advance its clock. Card fields are
the library's own map registers (concurrent sets are resolved by the library: Yjs by client id,
Loro by Lamport time then peer id). Stay events carry an HLC and are folded in that order
(``multidesk_common.fold_stays``): neither library orders entries of a map by time.

Desks exchange updates against the other's state vector / version vector.

    .venv/bin/python scripts/spikes/multidesk_crdt.py [--lib loro|pycrdt] [--persist] [--json]
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import loro
import pycrdt
import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parent))
from multidesk_common import HLC, fold_stays, run_all  # noqa: E402

_SEP = "/"


#: With --persist every local change's update is also written to a SQLCipher table in its
#: own transaction, as the other spikes do (the document alone lives only in memory).
PERSIST = {"on": False}


class _Base:
    def __init__(self, name: str, wall_ms: Callable[[], int]) -> None:
        self.name = name
        self.hlc = HLC(name, wall_ms)
        self.db = None
        if PERSIST["on"]:
            folder = tempfile.mkdtemp(prefix="multidesk-crdt-")
            atexit.register(shutil.rmtree, folder, True)
            path = Path(folder) / f"{name}.db"
            self.db = sqlcipher3.connect(str(path), isolation_level=None)
            self.db.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = OFF")
            self.db.execute("CREATE TABLE crdt_update (seq INTEGER PRIMARY KEY, blob BLOB)")

    def _save(self, blob: bytes) -> None:
        if self.db is not None:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("INSERT INTO crdt_update (blob) VALUES (?)", (blob,))
            self.db.execute("COMMIT")

    # the library-specific part
    def _put(self, mapname: str, items: dict[str, str]) -> None:
        raise NotImplementedError

    def _items(self, mapname: str) -> dict[str, str]:
        raise NotImplementedError

    def _stamp(self) -> list[Any]:
        wall, c, origin = self.hlc.tick()
        return [wall, c, origin]

    def create(self, pid: str, fields: dict[str, str]) -> None:
        for key, value in fields.items():
            self.edit(pid, key, value)

    def edit(self, pid: str, field: str, value: str) -> None:
        stamp = self._stamp()
        edit = json.dumps([pid, field, value, stamp])
        self._put(
            "cards",
            {f"{pid}{_SEP}{field}": value},
            edits={str(uuid.uuid4()): edit},
            clock={self.name: json.dumps(stamp)},
        )

    def _stay(self, pid: str, kind: str) -> None:
        stamp = self._stamp()
        self._put(
            "events",
            {str(uuid.uuid4()): json.dumps([pid, kind, stamp])},
            clock={self.name: json.dumps(stamp)},
        )

    def checkin(self, pid: str) -> None:
        self._stay(pid, "checkin")

    def checkout(self, pid: str) -> None:
        self._stay(pid, "checkout")

    def _after_import(self) -> None:
        stamps = [json.loads(v) for v in self._items("clock").values()]
        if stamps:
            self.hlc.observe(max(stamps))

    def dump(self) -> dict[str, Any]:
        cards: dict[str, Any] = {}
        for key, value in self._items("cards").items():
            pid, field = key.split(_SEP, 1)
            cards.setdefault(pid, {})[field] = value
        events: dict[str, list[Any]] = {}
        for raw in self._items("events").values():
            pid, kind, stamp = json.loads(raw)
            events.setdefault(pid, []).append((tuple(stamp), kind))
        for pid, card in cards.items():
            state, visits, _ = fold_stays(events.get(pid, []))
            card.update(state=state, visits=visits)
        return cards

    def history(self, pid: str, field: str) -> list[str]:
        rows = [json.loads(v) for v in self._items("edits").values()]
        return [r[2] for r in sorted(rows, key=lambda r: r[3]) if r[0] == pid and r[1] == field]

    def event_count(self) -> int:
        return len(self._items("edits")) + len(self._items("events"))


class LoroReplica(_Base):
    def __init__(self, name: str, wall_ms: Callable[[], int]) -> None:
        super().__init__(name, wall_ms)
        self.doc = loro.LoroDoc()

    def _put(self, mapname: str, items: dict[str, str], **more: dict[str, str]) -> None:
        before = self.doc.oplog_vv
        for name, values in {mapname: items, **more}.items():
            target = self.doc.get_map(name)
            for key, value in values.items():
                target.insert(key, value)
        self.doc.commit()
        if self.db is not None:
            self._save(bytes(self.doc.export(loro.ExportMode.Updates(before))))

    def _items(self, mapname: str) -> dict[str, str]:
        return dict(self.doc.get_map(mapname).get_value())

    def token(self) -> Any:
        return self.doc.oplog_vv

    def export(self, token: Any) -> bytes:
        return bytes(self.doc.export(loro.ExportMode.Updates(token)))

    def import_(self, data: bytes) -> None:
        self.doc.import_(data)
        self._save(data)
        self._after_import()


class PycrdtReplica(_Base):
    def __init__(self, name: str, wall_ms: Callable[[], int]) -> None:
        super().__init__(name, wall_ms)
        self.doc = pycrdt.Doc()
        self.maps = {
            n: self.doc.get(n, type=pycrdt.Map) for n in ("cards", "events", "edits", "clock")
        }

    def _put(self, mapname: str, items: dict[str, str], **more: dict[str, str]) -> None:
        before = self.doc.get_state() if self.db is not None else b""
        with self.doc.transaction():
            for name, values in {mapname: items, **more}.items():
                for key, value in values.items():
                    self.maps[name][key] = value
        if self.db is not None:
            self._save(self.doc.get_update(before))

    def _items(self, mapname: str) -> dict[str, str]:
        return dict(self.maps[mapname].items())

    def token(self) -> Any:
        return self.doc.get_state()

    def export(self, token: Any) -> bytes:
        return self.doc.get_update(token)

    def import_(self, data: bytes) -> None:
        self.doc.apply_update(data)
        self._save(data)
        self._after_import()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lib", choices=("loro", "pycrdt", "both"), default="both")
    parser.add_argument("--persist", action="store_true", help="write each update to SQLCipher")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    PERSIST["on"] = args.persist
    libs = ("loro", "pycrdt") if args.lib == "both" else (args.lib,)
    for lib in libs:
        cls = LoroReplica if lib == "loro" else PycrdtReplica
        version = loro.__version__ if lib == "loro" and hasattr(loro, "__version__") else ""
        label = f"(c) CRDT {lib} {version}".strip() + (" + SQLCipher" if args.persist else "")
        run_all(label, cls, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
