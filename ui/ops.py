"""Running work off the GUI thread and bringing results back (after Anki's taskman/ops).

One executor per reason, each with its own thread(s):

* ``db`` — ONE thread: every store call, reads and writes. SQLite has one writer, and one
  thread owning the connection serialises everything without locks.
* ``background`` — one thread: CPU work that touches no store (kana suggestions, PDF layout).
* ``network`` — a small pool: City OS requests, which may wait on timeouts.

Results (or the exception) come back to the GUI thread through a queued Qt signal; code in a
worker never touches a widget. Errors are routed the same way everywhere: a cancelled
operation is silent; a :class:`KioskError` reaches the caller's ``on_error`` (which shows its
translated message in place); anything else is logged by type and frames only — its message
might quote personal data — and reported as a general error. ``busy`` is emitted only when
work has been running for more than half a second, so quick operations never flash a spinner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.errors import Cancelled, KioskError
from kiosk.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.logs import log_unexpected

__all__ = ["Workers", "UnexpectedError"]

log = logging.getLogger("ui.ops")
BUSY_AFTER_MS = 500


class UnexpectedError(KioskError):
    """What an unexpected exception becomes on its way to the screen: no text of the original."""

    code = "unexpected"
    template = _N(
        "KioskError", "Something went wrong. The data already saved is safe; please try again."
    )


class _Bridge(QObject):
    deliver = Signal(object)

    @Slot(object)
    def run(self, call: Callable[[], None]) -> None:
        call()


class Workers(QObject):
    """The kiosk's worker threads. Create on the GUI thread; ``shutdown()`` before quitting."""

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executors = {
            "db": ThreadPoolExecutor(1, thread_name_prefix="kiosk-db"),
            "background": ThreadPoolExecutor(1, thread_name_prefix="kiosk-cpu"),
            "network": ThreadPoolExecutor(3, thread_name_prefix="kiosk-net"),
        }
        self._bridge = _Bridge()
        self._bridge.deliver.connect(self._bridge.run)  # queued: the bridge lives on the GUI thread
        self._in_flight = 0
        self._busy_shown = False
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def run_db(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[Any]:
        return self._submit("db", fn, on_done, on_error)

    def run_background(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[Any]:
        return self._submit("background", fn, on_done, on_error)

    def run_network(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[Any]:
        return self._submit("network", fn, on_done, on_error)

    def _submit(
        self,
        executor: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
    ) -> Future[Any]:
        self._in_flight += 1
        if not self._busy_timer.isActive() and not self._busy_shown:
            self._busy_timer.start()
        future = self._executors[executor].submit(fn)

        def finished(done: Future[Any]) -> None:  # runs on the worker thread
            self._bridge.deliver.emit(lambda: self._deliver(done, on_done, on_error))

        future.add_done_callback(finished)
        return future

    def _deliver(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self._busy_timer.stop()
            if self._busy_shown:
                self._busy_shown = False
                self.busy.emit(False)
        error = future.exception()
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
        for executor in self._executors.values():
            executor.shutdown(wait=wait, cancel_futures=not wait)
