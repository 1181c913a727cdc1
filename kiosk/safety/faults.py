"""Native crashes of the window, after the fact: the fault files :mod:`faulthandler` wrote
(:func:`kiosk.basics.logs.enable_fault_log`) read back for `kiosk doctor`, and the audit row of a
restart after one (:mod:`kiosk.safety.supervise`).

A fault file holds faulthandler's report — a headline such as ``Fatal Python error:
Segmentation fault`` and each thread's frames as file, line and function — and the
supervisor's line saying how the window ended. Frames are shown here as ``app.py:140 main``:
the file's name without its folder, which may name the computer's user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.access import audit
from kiosk.basics.logs import FAULT_PREFIX, log_dir
from kiosk.store import Store

__all__ = ["Fault", "recent_faults", "read_fault", "record_restart", "RESTART_ACTION"]

#: The audit action of a window started again after a fault; its record is the fault file.
RESTART_ACTION = "window.restart"
#: Frames kept per fault: the innermost, where it happened.
FRAMES = 5

_FRAME = re.compile(r'^\s+File "(?P<file>.*)", line (?P<line>\d+) in (?P<func>\S+)')
_STAMP = re.compile(r"^fault-(\d{8}T\d{6}Z)-\d+\.log$")


@dataclass(frozen=True)
class Fault:
    """One fault file: when the window started and when the file was last written (the
    crash), the headline, how the window ended (the supervisor's note), the innermost frames
    of the thread that crashed."""

    file: str
    started: datetime
    at: datetime
    headline: str
    ended: str
    frames: tuple[str, ...]


def read_fault(path: Path) -> Fault | None:
    """The fault in ``path``, or None when the file is empty (a window still running, or one
    that ended without writing anything) or not a fault file.

    Raises:
        OSError: the file cannot be read.
    """
    match = _STAMP.match(path.name)
    if match is None:
        return None
    info = path.stat()
    if info.st_size == 0:
        return None
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.splitlines()
    headline = next((ln.strip() for ln in lines if ln.startswith("Fatal Python error")), "")
    ended = next((ln.split(" ended with ", 1)[1] for ln in lines if " ended with " in ln), "")
    return Fault(
        file=path.name,
        started=datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC),
        at=datetime.fromtimestamp(info.st_mtime, UTC),
        headline=headline,
        ended=ended.split(" at ", 1)[0],
        frames=_crashed_thread_frames(lines),
    )


def _crashed_thread_frames(lines: list[str]) -> tuple[str, ...]:
    """The first frames of the "Current thread" block (the one that crashed), or of the first
    block when faulthandler named none."""
    blocks: list[tuple[bool, list[str]]] = []
    for line in lines:
        if line.startswith(("Current thread", "Thread ", "Stack (most recent")):
            blocks.append((line.startswith("Current thread"), []))
        elif blocks and (frame := _FRAME.match(line)):
            name = Path(frame["file"].replace("\\", "/")).name
            blocks[-1][1].append(f"{name}:{frame['line']} {frame['func']}")
    chosen = next((frames for current, frames in blocks if current), None)
    if chosen is None:
        chosen = blocks[0][1] if blocks else []
    return tuple(chosen[:FRAMES])


def recent_faults(home: Path, now: datetime, days: int = 7) -> tuple[Fault, ...]:
    """The faults written in the last ``days`` days in ``home``'s log folder, newest first.
    Unreadable files are skipped (this is a report, not a check)."""
    folder = log_dir(home)
    if not folder.is_dir():
        return ()
    since = now - timedelta(days=days)
    faults = []
    for path in folder.glob(f"{FAULT_PREFIX}*.log"):
        try:
            fault = read_fault(path)
        except OSError:
            continue
        if fault is not None and fault.at >= since:
            faults.append(fault)
    return tuple(sorted(faults, key=lambda f: f.at, reverse=True))


def record_restart(store: Store, at: datetime, fault_file: str) -> None:
    """The audit row of a window started again after a fault: actor ``supervisor``, the fault
    file's name as the record (no personal data, and it leads to the frames)."""
    with store.atomic():
        audit.append(store, "supervisor", RESTART_ACTION, "fault", fault_file or "unknown", at)
