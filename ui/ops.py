"""The one seam between widgets and the core's services (after Anki's taskman/operations).

Owns the worker threads and the way results and errors come back to the GUI thread. One
executor per reason, each with its own thread(s):

* ``db`` — ONE thread: every store call, reads and writes. SQLite (SQLCipher) has one writer;
  one thread owning the connection serialises every call without locks, and a read never
  sees half of a write made by the same window.
* ``decode`` — one thread: QR decoding of camera frames (CPU-bound, 5–30 ms a frame). Frames
  that arrive while it is busy are dropped by the camera worker, never queued here.
* ``network`` — a small pool: City OS requests, which spend their time waiting on sockets and
  timeouts; a slow request must not hold up another, nor the store.
* ``background`` — one thread: CPU work that touches no store (kana suggestions, PDF layout,
  key derivation on first run), so it never delays a check-in on ``db``.
* ``report`` — one thread: long read-only reports (the manager's dashboard) on a second,
  read-only connection (:meth:`kiosk.store.Store.open_reader`); WAL lets them read while
  ``db`` writes, so a 300 ms dashboard refresh never stands between a scan and its check-in.
* ``backup`` — one thread: the automatic backups (:mod:`ui.backup_timer`), on their own
  read-only connection; a copy of the store taking a second or more must hold up neither a
  check-in on ``db`` nor the dashboard on ``report``.

``run_db(fn, on_done, on_error)`` and its siblings run ``fn`` on that executor and deliver the
result, or the exception, on the GUI thread through :class:`ui.handoff.Handoff` (the one place
where anything crosses threads);
code in a worker never touches a widget. Errors are routed the same way everywhere (STYLE.md):

* :class:`~kiosk.basics.errors.Cancelled` — silent: nobody is told.
* another :class:`~kiosk.basics.errors.KioskError` — reaches the caller's ``on_error``, which shows
  :func:`error_message` (the translated message) in place, e.g. in a banner.
* anything else — logged by type and traceback frames only (its message might quote personal
  data) and delivered to ``on_error`` as :class:`UnexpectedError`, whose message is general.

``busy`` is emitted only once work has been running for :data:`BUSY_AFTER_MS`, so quick
operations never flash a progress indicator.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import CancelledError, Executor, Future, ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.basics.errors import Cancelled, KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.logs import log_unexpected
from ui.handoff import Handoff
from ui.i18n import tr_error

__all__ = ["Workers", "UnexpectedError", "error_message", "BUSY_AFTER_MS", "EXECUTORS"]

log = logging.getLogger("ui.ops")
T = TypeVar("T")
# What a callback returns is ignored (a lambda that starts the next step may return its Future).
OnDone = Callable[[Any], object]
OnError = Callable[[BaseException], None] | None

# Work running longer than this shows a progress indicator (``Workers.busy``).
BUSY_AFTER_MS = 500
# The executors and their thread counts (reasons in the module docstring).
EXECUTORS: dict[str, int] = {
    "db": 1,
    "decode": 1,
    "network": 3,
    "background": 1,
    "report": 1,
    "backup": 1,
}


class UnexpectedError(KioskError):
    """What an unexpected exception becomes on its way to the screen: no text of the original."""

    code = "unexpected"
    template = _N(
        "KioskError", "Something went wrong. The data already saved is safe; please try again."
    )


def error_message(error: BaseException) -> str | None:
    """The text to show in place for an error delivered to ``on_error``; None for
    :class:`Cancelled` (show nothing). Anything that is not a :class:`KioskError` is shown in
    general terms only (its own text is never shown)."""
    if isinstance(error, Cancelled):
        return None
    if isinstance(error, KioskError):
        return tr_error(error)
    return tr_error(UnexpectedError())


class Workers(QObject):
    """The kiosk's worker threads. Create on the GUI thread; ``shutdown()`` before quitting.

    Pass this object to what needs it (``KioskActions``, the camera worker); it is not a
    global.
    """

    # True once work has been running for BUSY_AFTER_MS; False when all work is done.
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executors: dict[str, ThreadPoolExecutor] = {
            name: ThreadPoolExecutor(threads, thread_name_prefix=f"kiosk-{name}")
            for name, threads in EXECUTORS.items()
        }
        # Results cross to the GUI thread only through this (always queued: callbacks never
        # run before run_*() has returned, even for work already done at submit time).
        self.handoff = Handoff(self)
        self._in_flight = 0
        # Each submitted job's (on_done, on_error) until delivered (GUI thread only).
        self._callbacks: dict[Future[Any], tuple[OnDone, OnError]] = {}
        self._busy_shown = False
        self._closed = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    @property
    def is_busy(self) -> bool:
        """Whether any submitted work has not yet been delivered."""
        return self._in_flight > 0

    def executor(self, name: str) -> Executor:
        """The named executor, for workers that manage their own flow (the camera worker
        submits frames to ``decode`` and drops frames while it is busy).

        Raises:
            KeyError: no executor has that name.
        """
        return self._executors[name]

    def run_db(self, fn: Callable[[], T], on_done: OnDone, on_error: OnError = None) -> Future[T]:
        """Run a store call on the single DB thread; deliver its result or error on the GUI
        thread (errors routed as described in the module docstring)."""
        return self._submit("db", fn, on_done, on_error)

    def run_decode(
        self, fn: Callable[[], T], on_done: OnDone, on_error: OnError = None
    ) -> Future[T]:
        """Run decoding work (an image file, a frame) on the decode thread."""
        return self._submit("decode", fn, on_done, on_error)

    def run_network(
        self, fn: Callable[[], T], on_done: OnDone, on_error: OnError = None
    ) -> Future[T]:
        """Run a network call (sync, token refresh) on the network pool."""
        return self._submit("network", fn, on_done, on_error)

    def run_background(
        self, fn: Callable[[], T], on_done: OnDone, on_error: OnError = None
    ) -> Future[T]:
        """Run CPU work that touches no store (kana suggestions, PDF layout)."""
        return self._submit("background", fn, on_done, on_error)

    def run_report(
        self, fn: Callable[[], T], on_done: OnDone, on_error: OnError = None
    ) -> Future[T]:
        """Run a long read-only report on the report thread (its own store connection)."""
        return self._submit("report", fn, on_done, on_error)

    def run_backup(
        self, fn: Callable[[], T], on_done: OnDone, on_error: OnError = None
    ) -> Future[T]:
        """Run an automatic backup on the backup thread (its own store connection)."""
        return self._submit("backup", fn, on_done, on_error)

    def _submit(
        self, executor: str, fn: Callable[[], T], on_done: OnDone, on_error: OnError
    ) -> Future[T]:
        if self._closed:  # a late click while quitting: nothing runs, nobody is told
            future: Future[T] = Future()
            future.cancel()
            return future
        self._in_flight += 1
        if not self._busy_timer.isActive() and not self._busy_shown:
            self._busy_timer.start()
        future = self._executors[executor].submit(fn)
        # The callbacks stay here, on the GUI thread, keyed by the future: what runs on the
        # worker thread holds no reference to them. It used to (in this closure, kept by the
        # future until the worker dropped the finished job), so when the GUI thread had already
        # delivered and let go, the worker's last reference destroyed whatever the callbacks
        # captured — a widget, a QObject with a running timer — on the worker thread ("QObject::
        # killTimer: Timers cannot be stopped from another thread"; tests/test_qt_threads_gc.py).
        self._callbacks[future] = (on_done, on_error)
        post, deliver = self.handoff.post, self._deliver

        def finished(done: Future[T]) -> None:  # runs on the worker thread: no widgets here
            post(partial(deliver, done))

        future.add_done_callback(finished)
        return future

    def _deliver(self, future: Future[Any]) -> None:
        on_done, on_error = self._callbacks.pop(future)
        self._in_flight -= 1
        if self._in_flight == 0:
            self._busy_timer.stop()
            if self._busy_shown:
                self._busy_shown = False
                self.busy.emit(False)
        try:
            error = future.exception()
        except CancelledError:  # cancelled by shutdown(wait=False): silent
            return
        if error is None:
            on_done(future.result())
            return
        if isinstance(error, Cancelled):
            return
        if not isinstance(error, KioskError):
            log_unexpected(log, error, "a worker")
            error = UnexpectedError()
        if on_error is not None:
            on_error(error)
        else:
            log.warning("unhandled %s (%s) from a worker", type(error).__name__, error.code)

    def _show_busy(self) -> None:
        if self._in_flight:
            self._busy_shown = True
            self.busy.emit(True)

    def shutdown(self, wait: bool = True) -> None:
        """Stop accepting work and stop the threads. ``wait=True`` lets running and queued work
        finish (a check-in being written is never cut off); ``wait=False`` drops queued work.
        Results still in flight are not delivered once the event loop has stopped."""
        self._closed = True
        self._busy_timer.stop()
        for executor in self._executors.values():
            executor.shutdown(wait=wait, cancel_futures=not wait)
