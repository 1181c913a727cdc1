"""The store's high-water mark: how far its change log had reached, kept outside the database.

SQLite's WAL with ``synchronous=FULL`` makes a commit durable before it returns — unless the
file system loses what it was told (a USB disk pulled, a power cut with a lying disk cache, a
``-wal`` file truncated by a crash or by hand). Then the database opens cleanly, shorter, and
nothing inside it can know: acknowledged check-ins are gone and every check passes. So after
each commit the store writes, beside itself, the audit log's last sequence number and head
hash, MACed with a key derived from the data key (so the mark cannot be edited to match a
shortened store without the passphrase). Opening compares: a store behind its mark has lost
its tail, and ``kiosk doctor`` says by how many changes.

The mark is written after the commit: a crash between the two leaves it *behind* the store,
which is never an alarm. Two processes writing one home may write their marks in either
order; the mark then lags, never leads.

Cost: one small write in place (a fixed-size record at offset 0, one file-system block), no
fsync. A killed process's write is in the page cache and survives it; after a power cut the
mark may be a few seconds old — behind, so again never an alarm. Two more fsyncs per commit
(a temp file and its rename) took the encrypted store's durable check-in from 1.2× to 3.0× the
cost of plain SQLite, over the 2.0× budget.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

__all__ = ["Mark", "MARK_NAME", "read_mark", "write_mark", "current_mark", "lost_changes"]

MARK_NAME = "kiosk.mark"
_FORMAT = "kiosk-high-water"
_LABEL = b"kiosk high-water mark v1"
#: Every mark is padded to this size, so a new one always covers the old one entirely.
_RECORD_BYTES = 256


@dataclass(frozen=True)
class Mark:
    """The audit log's position: its last sequence number and head hash."""

    seq: int
    head: str


def _mac_key(data_key: bytes) -> bytes:
    return hmac.new(data_key, _LABEL, hashlib.sha256).digest()


def _mac(data_key: bytes, mark: Mark) -> str:
    body = f"{mark.seq}:{mark.head}".encode("ascii")
    return hmac.new(_mac_key(data_key), body, hashlib.sha256).hexdigest()


def current_mark(conn: sqlcipher3.Connection) -> Mark:
    """Where the store's audit log is now (0 and an empty head for a log not started)."""
    seq = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    return Mark(int(seq), row[0] if row else "")


def write_mark(home: Path, data_key: bytes, mark: Mark) -> None:
    """Record ``mark`` beside the store, in place (see the module docstring for why without
    fsync). An earlier mark further ahead is kept: the mark only moves forward.

    Raises:
        OSError: the file cannot be written.
    """
    known = read_mark(home, data_key)
    if isinstance(known, Mark) and known.seq > mark.seq:
        return
    document = {"format": _FORMAT, "seq": mark.seq, "head": mark.head, "mac": _mac(data_key, mark)}
    record = json.dumps(document).encode("ascii").ljust(_RECORD_BYTES)
    fd = os.open(Path(home) / MARK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if hasattr(os, "pwrite"):
            os.pwrite(fd, record, 0)
        else:
            _write_at_start(fd, record)
    finally:
        os.close(fd)


def _write_at_start(fd: int, record: bytes) -> None:  # Windows has no pwrite
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, record)


def read_mark(home: Path, data_key: bytes) -> Mark | str | None:
    """The recorded mark; None when there is none yet (a store from before marks); a short
    reason (``"altered"``) when the file does not verify."""
    path = Path(home) / MARK_NAME
    try:
        with open(path, "rb") as handle:
            document = json.loads(handle.read(4096))
        mark = Mark(int(document["seq"]), str(document["head"]))
        given = str(document["mac"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return "altered"
    if document.get("format") != _FORMAT or not hmac.compare_digest(given, _mac(data_key, mark)):
        return "altered"
    return mark


def lost_changes(home: Path, data_key: bytes, conn: sqlcipher3.Connection) -> list[str]:
    """What the mark says the store lost (empty when nothing): for ``kiosk doctor`` and the
    warning on open."""
    known = read_mark(home, data_key)
    if known is None:
        return []
    if isinstance(known, str):
        return ["high-water mark: the file beside the store was altered or damaged"]
    now = current_mark(conn)
    if now.seq < known.seq:
        return [
            f"high-water mark: the store is behind its last known state by "
            f"{known.seq - now.seq} changes (a crash or a disk lost them); "
            "restore a backup, or re-enter the last check-ins from paper"
        ]
    if now.seq == known.seq and now.head != known.head:
        return ["high-water mark: the audit log differs from its last known state"]
    return []
