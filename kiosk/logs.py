"""Logging: English, never personal data, on disk only in the kiosk home and only if enabled.

The kiosk logs events by kind and id (``checkin recorded for 3 people``, ``sync batch 12 ok``),
never names, numbers, addresses, tokens or exception messages (which might quote data): an
unexpected exception is logged by type and traceback frames only (:func:`log_unexpected`).
The file rotates (1 MiB × 5) and is owner-only.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

__all__ = ["LOG_NAME", "setup_file_logging", "log_unexpected", "log_path"]

LOG_NAME = "kiosk"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(home: Path) -> Path:
    return Path(home) / "logs" / "kiosk.log"


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
