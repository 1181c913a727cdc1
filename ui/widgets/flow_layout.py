"""A layout that wraps its widgets onto the next line when the width runs out
(:class:`FlowLayout`), and a scroll area that keeps such content measured
(:class:`FlowScrollArea`).

Forms that are one line wide on a 1366-pixel display (a member's name, reading, sex, birth date
and relationship; the needs chips; the survey's "who is answering" buttons) must not scroll
sideways on a 1024-pixel one: they flow onto a second line instead. Each line is filled: the
room left over is shared by the widgets in proportion to their stretch, so fields line up at
the right edge like a grid. The layout answers ``heightForWidth``, which is how a scroll area
(vertical scrolling only) learns how tall the wrapped form is.

Qt's scroll area measures a height-for-width content again only when the area itself is
resized: the rows of a member added to the card would be squeezed into the old height.
:class:`FlowScrollArea` measures again whenever its content's layout has changed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QLayout, QLayoutItem, QScrollArea, QWidget

__all__ = ["FlowLayout", "FlowScrollArea"]


class FlowLayout(QLayout):
    """Widgets left to right, wrapped onto further lines; each line filled by stretch."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 8, line_spacing: int | None = None
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id(item) -> stretch
        self._spacing = spacing
        self._line_spacing = spacing if line_spacing is None else line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout -------------------------------------------------------------------------

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget``; ``stretch`` is its share of a line's spare room (0: none)."""
        self.addWidget(widget)  # Qt makes the item and hands it to addItem
        self._stretch[id(self._items[-1])] = stretch

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)
        self._stretch[id(item)] = 0

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Everything on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest widget's minimum (one widget a line)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # --- arranging -----------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items as they wrap in ``width``: a new line when the next one's minimum width
        does not fit beside the ones already there."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            wanted = min(item.minimumSize().width(), width)
            if lines and used + self._spacing + wanted <= width:
                lines[-1].append(item)
                used += self._spacing + wanted
            else:
                lines.append([item])
                used = wanted
        return lines

    def _widths(self, line: list[QLayoutItem], width: int) -> list[int]:
        """Each item's minimum width, grown towards its preferred width while there is room,
        then the line's spare room shared by stretch (never past an item's maximum)."""
        widths = [min(i.minimumSize().width(), width) for i in line]
        spare = width - sum(widths) - self._spacing * (len(line) - 1)
        for index, item in enumerate(line):
            grow = max(0, min(spare, min(item.sizeHint().width(), width) - widths[index]))
            widths[index] += grow
            spare -= grow
        stretches = [self._stretch.get(id(i), 0) for i in line]
        total = sum(stretches)
        if spare > 0 and total:
            for index, item in enumerate(line):
                share = spare * stretches[index] // total
                widths[index] = min(widths[index] + share, item.maximumSize().width())
        return widths

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in ``rect`` (when ``place``); the height they take."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        for number, line in enumerate(self._lines(area.width())):
            if number:
                y += self._line_spacing
            widths = self._widths(line, area.width())
            heights = [
                item.heightForWidth(w) if item.hasHeightForWidth() else item.sizeHint().height()
                for item, w in zip(line, widths, strict=True)
            ]
            line_height = max(heights)
            if place:
                x = area.x()
                for item, w, h in zip(line, widths, heights, strict=True):
                    item.setGeometry(QRect(QPoint(x, y), QSize(w, h)))
                    x += w + self._spacing
            y += line_height
        return y - rect.y() + margins.bottom()


class FlowScrollArea(QScrollArea):
    """A resizable scroll area for wrapping content: as wide as its viewport, as tall as the
    content is at that width, scrolled vertically."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._refit_timer = QTimer(self, singleShot=True, interval=0)
        self._refit_timer.timeout.connect(self._refit)
        self._hint = QSize()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All of the content at the viewport's width (Qt's own hint stops at 24 lines): a
        layout with room to spare shows it without scrolling."""
        hint = super().sizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = max(self.viewport().width(), content.minimumSizeHint().width())
        height = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        if height < 0:
            height = content.sizeHint().height()
        return QSize(hint.width(), height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Never narrower than the content can wrap to (plus a vertical scroll bar): a layout
        around the area gives it the width instead of clipping the content."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return hint.expandedTo(QSize(content.minimumSizeHint().width() + frame + bar, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # QScrollArea filters its content's events already (setWidget installs it).
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._schedule_refit()
        return super().eventFilter(watched, event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The content's size hints changed (Qt tells its parent, the viewport).
        if event.type() == QEvent.Type.LayoutRequest:
            self._schedule_refit()
        return super().viewportEvent(event)

    def _schedule_refit(self) -> None:
        self._refit_timer.start()

    def _refit(self) -> None:
        """Run the layouts still waiting (a member row's, then the card's, each posts the next
        one's request), then measure the content at the viewport's width."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))
        hint = self.sizeHint()
        if hint != self._hint:  # the layout around the area gives it room for all of it
            self._hint = hint
            self.updateGeometry()
