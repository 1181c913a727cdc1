"""One kiosk window per home: an operating-system lock on a file in the home.

Two windows on one store would each believe they own the desk — two DB writers, two sync
runners sending the same queue, two camera loops. The window takes this lock before it asks for
the passphrase and holds it while it runs; a second window is refused with a message saying
where the first one is. The lock belongs to the process (``flock`` on POSIX, ``LockFileEx`` on
Windows, through ``filelock``), so a window that crashed or was killed leaves nothing to clean
up and the supervisor's restart takes it at once. Command-line tools do not take it: a
``kiosk status`` beside the window is fine, and their writes queue behind the window's
(``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = ["HomeInUse", "WindowLock", "lock_home", "LOCK_NAME"]

LOCK_NAME = "window.lock"


class HomeInUse(KioskError):
    code = "home_in_use"
    template = _N(
        "KioskError",
        "This shelter's data is already open in another kiosk window on this computer. "
        "Switch to that window (Alt+Tab), or close it first.",
    )


class WindowLock:
    """A held lock; :meth:`release` (or the process ending) lets the next window in."""

    def __init__(self, lock: FileLock) -> None:
        self._lock = lock

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        self._lock.release(force=True)


def lock_home(home: Path) -> WindowLock | None:
    """Take the home's window lock without waiting.

    Returns None when the home does not exist yet (the first-run setup creates it; a lock
    file must not make a new folder look used).

    Raises:
        HomeInUse: another process holds the lock.
    """
    home = Path(home)
    if not home.is_dir():
        return None
    # No soft (file-exists) fallback: a crash would leave it behind and lock the desk out.
    lock = FileLock(str(home / LOCK_NAME), timeout=0, mode=0o600, fallback_to_soft=False)
    try:
        lock.acquire()
    except Timeout:
        raise HomeInUse() from None
    except OSError:  # a file system without locks (a network share): run unguarded
        return None
    return WindowLock(lock)
