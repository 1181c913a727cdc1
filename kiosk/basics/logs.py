"""Logging: English, never personal data, on disk only in the kiosk home and only if enabled.

The kiosk logs events by kind and id (``checkin recorded for 3 people``, ``sync batch 12 ok``),
never names, numbers, addresses, tokens or exception messages (which might quote data): an
unexpected exception is logged by type and traceback frames only (:func:`log_unexpected`).
The file rotates (1 MiB × 5) and is owner-only.

A native crash (a segfault or an abort in Qt or another extension) never reaches these loggers:
:func:`enable_fault_log` points :mod:`faulthandler` at an owner-only file next to the log, always
on, since it holds only file names, line numbers and function names, never a value.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import logging.handlers
import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "LOG_NAME",
    "FAULT_PREFIX",
    "setup_file_logging",
    "log_unexpected",
    "log_path",
    "log_dir",
    "enable_fault_log",
]

LOG_NAME = "kiosk"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


#: Fault files are ``fault-<UTC start, 20261202T115804Z>-<pid>.log`` in :func:`log_dir`.
FAULT_PREFIX = "fault-"


def log_dir(home: Path) -> Path:
    return Path(home) / "logs"


def log_path(home: Path) -> Path:
    return log_dir(home) / "kiosk.log"


def setup_file_logging(home: Path, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating owner-only log file under ``home/logs`` to the kiosk's loggers."""
    path = log_path(home)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        path.touch(mode=0o600)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    for name in (LOG_NAME, "sync", "ui"):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.addHandler(handler)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return handler


def log_unexpected(logger: logging.Logger, exc: BaseException, where: str) -> None:
    """Log an unexpected exception without its message: type, and file:line of each frame."""
    frames = traceback.extract_tb(exc.__traceback__)
    trail = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    logger.error("unexpected %s in %s at %s", type(exc).__name__, where, trail or "?")


def enable_fault_log(home: Path, now: datetime | None = None) -> Path:
    """Send :mod:`faulthandler`'s report of a fatal error (all threads' frames) to a new
    owner-only file in ``home/logs``; returns its path.

    Enabled whether or not file logging is on: faulthandler writes only file names, line
    numbers and function names, never a value, so the file holds no personal data. The file
    stays open for the life of the process (faulthandler writes to its descriptor from a
    signal handler). On a clean exit an empty file is removed, and later crashes during
    interpreter shutdown go to stderr as before.

    Raises:
        OSError: the log folder cannot be created or written.
    """
    directory = log_dir(home)
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = directory / f"{FAULT_PREFIX}{stamp}-{os.getpid()}.log"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
    handle = os.fdopen(fd, "ab", buffering=0)
    faulthandler.enable(handle, all_threads=True)
    atexit.register(_close_fault_log, path, handle)
    return path


def _close_fault_log(path: Path, handle: BinaryIO) -> None:
    """At a clean exit: an empty fault file is removed (nothing happened), a written one kept."""
    try:
        if path.stat().st_size:
            return
    except FileNotFoundError:
        return
    stderr = sys.__stderr__
    try:
        if stderr is not None and stderr.fileno() >= 0:
            faulthandler.enable(stderr, all_threads=True)
        else:
            faulthandler.disable()
    except (OSError, ValueError):  # no usable stderr (a windowed build)
        faulthandler.disable()
    handle.close()
    path.unlink(missing_ok=True)
