"""The hand-off outlives nobody: a thread that reports after the window (and its hand-off) is
gone gets False back and stops, instead of dying with "Signal source has been deleted"."""

from __future__ import annotations

import threading

import shiboken6

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.cards.pcsc import CardWatcher, ReaderEvent
from ui.card_reader import CardReaderBridge
from ui.handoff import Handoff


def test_posting_to_a_deleted_handoff_returns_false_from_any_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    handoff = Handoff()
    assert handoff.post(lambda: None) is True
    shiboken6.delete(handoff)
    results: list[bool] = []
    errors: list[BaseException] = []

    def report() -> None:
        try:
            results.append(handoff.post(lambda: None))
        except BaseException as exc:  # noqa: BLE001 - the point of the test
            errors.append(exc)

    thread = threading.Thread(target=report)
    thread.start()
    thread.join(timeout=5)
    assert (results, errors) == ([False], [])


def test_the_card_watcher_stops_when_its_window_is_gone(qtbot) -> None:  # type: ignore[no-untyped-def]
    handoff = Handoff()
    bridge = CardReaderBridge(handoff)
    watcher: CardWatcher = bridge._watcher
    shiboken6.delete(handoff)
    bridge._from_watcher(ReaderEvent("service_down"))  # as the watcher thread would
    assert watcher._stop.is_set()
