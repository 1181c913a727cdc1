"""No Qt object is destroyed on a worker thread because of what a worker job was given.

Qt objects belong to the thread that made them; destroyed on another one, a QObject with a
running timer makes Qt print "QObject::killTimer: Timers cannot be stopped from another thread"
or "QObject::~QObject: Timers cannot be stopped from another thread" (seen, rarely, in test
runs) — and a widget destroyed there can crash the process. ``Workers`` used to keep a job's
``on_done`` and ``on_error`` in the future's done-callback, so the worker thread held them
until it dropped the finished job: when the GUI thread had already delivered the result and
let go of everything else, the worker's last reference destroyed whatever those callbacks
captured — on the worker thread. Here the race is made certain: a done-callback added after
the Workers' own one holds the worker until the GUI thread has delivered and dropped its
references.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer, QtMsgType, qInstallMessageHandler

from ui.ops import Workers

CROSS_THREAD = "another thread"


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    """Qt's messages while the test runs, from any thread."""
    seen: list[str] = []

    def record(mode: QtMsgType, context: object, message: str) -> None:
        seen.append(f"{threading.current_thread().name}: {message}")

    previous = qInstallMessageHandler(record)
    yield seen
    qInstallMessageHandler(previous)


def test_callbacks_are_let_go_on_the_gui_thread(
    qtbot, workers: Workers, qt_warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    gate, delivered, let_go = threading.Event(), threading.Event(), threading.Event()
    gone_on: list[str] = []
    workers.run_db(lambda: gate.wait(10), lambda _ok: None)  # the DB thread busy meanwhile

    holder = QObject()  # owned by Python: destroyed with its last reference
    # Its wrapper's end is where its C++ object is deleted: note the thread.
    weakref.finalize(holder, lambda: gone_on.append(threading.current_thread().name))
    ticking = QTimer(holder)
    ticking.start(60_000)

    def on_done(_result: object, holder: QObject = holder) -> None:  # captures the holder
        delivered.set()

    future = workers.run_db(lambda: None, on_done)
    # Runs on the DB thread after the Workers' own callback: waits until the GUI thread has
    # delivered the result and dropped its own references.
    future.add_done_callback(lambda _f: let_go.wait(10))
    gate.set()
    qtbot.waitUntil(delivered.is_set, timeout=10_000)
    del holder, ticking, on_done, future
    let_go.set()
    # Once a next job has run, the DB thread has dropped the one before.
    with qtbot.waitCallback(timeout=10_000) as next_job:
        workers.run_db(lambda: None, next_job)
    assert gone_on == [threading.current_thread().name]
    assert [m for m in qt_warnings if CROSS_THREAD in m] == []


@pytest.mark.parametrize("kind", ["scale", "yesno", "text"])
def test_a_question_box_owns_every_label_it_makes(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    """A label nobody parents belongs to Python: with the box's wrapper in a reference cycle
    (window tests leave such cycles: 16 such labels after one window test), the cyclic
    collector deletes it on whichever thread it happens to run — possibly a worker's."""
    from kiosk.operations.survey import Question
    from ui.screens.survey import QuestionBox

    box = QuestionBox(Question(id="q", part="p", kind=kind, text="?", low="no", high="yes"))
    qtbot.addWidget(box)
    box.show()
    assert [label.parent() is box for label in (box.low, box.high)] == [True, True]
    assert (box.low.isVisible(), box.high.isVisible()) == ((kind == "scale"),) * 2
