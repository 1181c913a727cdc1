"""The card reader's events on the GUI thread: a :class:`kiosk.cards.CardWatcher` follows the
readers on its own thread and every event crosses to the GUI through :class:`ui.handoff.Handoff`
(the one crossing point). The window routes ``card_in`` to the page showing, like a scanned
code. Without pcscd (no reader service) the bridge says so once and keeps trying quietly.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from kiosk.cards import CardWatcher, ReaderEvent
from ui.handoff import Handoff

__all__ = ["CardReaderBridge"]


class CardReaderBridge(QObject):
    """Signals, on the GUI thread: ``card_in(reader)``, ``card_out(reader)``,
    ``readers_changed(list of names)`` and ``service_down()``."""

    card_in = Signal(str)
    card_out = Signal(str)
    readers_changed = Signal(list)
    service_down = Signal()

    def __init__(self, handoff: Handoff, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handoff = handoff
        self._watcher = CardWatcher(self._from_watcher)
        self.readers: list[str] = []

    def start(self) -> None:
        self._watcher.start()

    def stop(self) -> None:
        self._watcher.stop()

    def _from_watcher(self, event: ReaderEvent) -> None:
        # On the watcher's thread: only post, never touch this object's signals here.
        if not self._handoff.post(lambda: self._deliver(event)):
            self._watcher.request_stop()  # the window is gone: nobody to tell

    def _deliver(self, event: ReaderEvent) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the event travelled
        if event.kind == "card_in":
            self.card_in.emit(event.reader)
        elif event.kind == "card_out":
            self.card_out.emit(event.reader)
        elif event.kind == "readers":
            self.readers = list(event.readers)
            self.readers_changed.emit(self.readers)
        elif event.kind == "service_down":
            self.service_down.emit()
