"""The one place where work crosses from another thread to the GUI thread.

Every result of a worker (``ui/ops.py``) and every frame, code or error of the camera
(``ui/camera.py``) reaches the GUI thread through :meth:`Handoff.post`: a callable travels
through one queued Qt signal and runs on the thread the :class:`Handoff` lives on. Nothing
else in the window emits a signal from a thread Qt did not start.

Why one place: with PySide6 6.12.0 on Python 3.11, each ``Signal.emit`` from a plain Python
thread (a ``ThreadPoolExecutor`` worker) lowered the reference count of ``True``; after a few
thousand emits the process aborted with ``Fatal Python error: bool_dealloc`` — the kiosk
disappeared every six minutes with its camera running. The binding is pinned to a release
without the bug (``constraints.txt``, checked by ``tests/test_signal_threads.py``); should a
future binding break cross-thread emits again, this module is the one thing to change (for
instance to a ``QMetaObject.invokeMethod`` or a lock-protected queue drained by a timer).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

__all__ = ["Handoff"]


class Handoff(QObject):
    """Runs callables posted from any thread on the thread this object lives on (the GUI
    thread: create it there). Posted callables run in the order they were posted."""

    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Always queued, even when posted from the GUI thread itself: a callable then never
        # runs inside the call that posted it.
        self._deliver.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, call: Callable[[], None]) -> bool:
        """Run ``call`` on this object's thread, from the event loop. Safe from any thread;
        ``call`` must not raise (the callers route errors themselves).

        Returns False, dropping ``call``, when this object is already gone (its window was
        destroyed while a thread was still reporting): nobody is left to receive it, and the
        reporting thread should stop. Without this, the emit raised "Signal source has been
        deleted" inside that thread and killed it with a traceback.
        """
        try:
            self._deliver.emit(call)
        except RuntimeError:
            return False
        return True

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        call()
