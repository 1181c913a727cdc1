"""Codes scanned while staff are busy: kept in order, and shown as a notice until staff turn
to them.

The desk (:mod:`ui.screens.desk`) decides *when* a scanned code may take the keyboard; this
module owns what waits meanwhile. :class:`ScanQueue` holds the verified arrivals in the order
they were scanned and recognises a repeat of one already showing or waiting (the same
household, My Number card or slip), so a phone held up twice is one entry. :class:`ScanNotice`
is the line that says so on the desk — "A code was scanned: … — F12 or click to show it",
or, while a confirmation is open, "2 more codes waiting" — without ever taking the focus.

Codes queue rather than being refused: each one is a person standing at the desk who already
held up their phone or card; making them scan again because staff were typing would be the
kiosk's fault, not theirs. The queue is short (:data:`MAX_WAITING`), so a camera left facing a
row of phones cannot pile up a list nobody checks; past it, a code is refused with the failure
tone and a message.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.reception.arrival import Arrival

__all__ = ["MAX_WAITING", "ScanNotice", "ScanQueue", "same_people"]

#: At most this many scanned codes wait behind the one showing; a further one is refused.
MAX_WAITING = 5
#: Dark text on amber (contrast over 9:1), a thick frame: seen at a glance next to the search.
NOTICE_STYLE = (
    "QFrame#scanNotice { background: #fff3c4; border: 3px solid #7a4b00; border-radius: 6px; }"
    "QFrame#scanNotice QLabel { color: #000000; font-weight: bold; }"
    "QPushButton#showScan:focus { border: 3px solid #000000; }"
)


def same_people(first: Arrival, second: Arrival) -> bool:
    """Whether two arrivals stand for the same people: the same household, My Number card,
    slip, or (citizen-app newcomers not registered yet) the same City OS subjects."""
    if first.household_id is not None and first.household_id == second.household_id:
        return True
    if first.mynumber is not None and second.mynumber is not None:
        return first.mynumber.token == second.mynumber.token
    if first.slip is not None and second.slip is not None:
        return first.slip.slip_id == second.slip.slip_id
    subjects = [tuple(d.cityos_subject for d in a.newcomers) for a in (first, second)]
    return bool(subjects[0]) and all(subjects[0]) and subjects[0] == subjects[1]


class ScanQueue:
    """The verified arrivals waiting, oldest first. Holds nothing once :meth:`clear`-ed."""

    def __init__(self) -> None:
        self.waiting: list[Arrival] = []

    def __len__(self) -> int:
        return len(self.waiting)

    def __repr__(self) -> str:  # counts only: arrivals carry names
        return f"ScanQueue(waiting={len(self.waiting)})"

    def holds(self, arrival: Arrival, showing: Arrival | None = None) -> bool:
        """Whether ``arrival`` repeats the one ``showing`` on the card or one waiting."""
        others = [*self.waiting, *([showing] if showing is not None else [])]
        return any(same_people(arrival, other) for other in others)

    @property
    def full(self) -> bool:
        return len(self.waiting) >= MAX_WAITING

    def add(self, arrival: Arrival) -> None:
        self.waiting.append(arrival)

    def put_back(self, arrival: Arrival) -> None:
        """A confirmation set aside (staff opened a search result over it): first again."""
        self.waiting.insert(0, arrival)

    def next(self) -> Arrival | None:
        return self.waiting.pop(0) if self.waiting else None

    def clear(self) -> None:
        self.waiting.clear()


class ScanNotice(QFrame):
    """The notice of waiting codes. Clicking it (or its button) emits ``activated``; it never
    takes the keyboard focus by itself."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanNotice")
        self.setStyleSheet(NOTICE_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel()
        self.label.setObjectName("scanNoticeText")
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSize(max(font.pointSize(), 12) + 2)
        self.label.setFont(font)
        self.button = QPushButton()
        self.button.setObjectName("showScan")
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(self.activated.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._state: tuple[str, int] | None = None  # (summary or "" behind a card, count)
        self.retranslate()
        self.hide()

    def show_next(self, summary: str, more: int) -> None:
        """Say a code waits to be shown: ``summary`` (translated: kind, masked number, first
        name) and how many ``more`` wait behind it."""
        self._show((summary, more))

    def show_behind(self, count: int) -> None:
        """Say ``count`` codes wait behind the confirmation that is open."""
        self._show(("", count))

    def clear_notice(self) -> None:
        self._state = None
        self.label.clear()
        self.hide()

    def _show(self, state: tuple[str, int]) -> None:
        fresh = self.isHidden() or state != self._state
        self._state = state
        self.retranslate()
        self.show()
        if fresh and QAccessible.isActive():  # a screen reader hears it without the focus
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def retranslate(self) -> None:
        self.button.setText(self.tr("Show it (F12)"))
        self.button.setAccessibleName(self.tr("Show the scanned code"))
        self.setAccessibleName(self.tr("Scanned code waiting"))
        if self._state is None:
            return
        summary, count = self._state
        if summary:
            text = self.tr("A code was scanned: {who}")
            if count:
                text = self.tr("A code was scanned: {who}. %n more waiting.", "", count)
            text = text.format(who=summary)
        else:
            text = self.tr("%n more codes waiting: they show after this confirmation.", "", count)
        self.label.setText(text)
        self.button.setVisible(bool(summary))
        self.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        # The whole notice is the target, not only its button: one tap from across the desk.
        if event.button() == Qt.MouseButton.LeftButton and self.button.isVisible():
            self.activated.emit()
        super().mouseReleaseEvent(event)
