"""Keyboard-first pieces of the evacuee card: exclusive choices and toggle chips with ONE tab
stop each, and the birth-date reader.

* :class:`ChoiceToggle` — a row of exclusive buttons: a value's letter (F, M, X) or number
  (1, 2, …) chooses it and moves on; Left/Right step; the buttons can be clicked.
* :class:`NeedChips` — the special-needs flags as toggle chips (a roving focus: arrow keys move
  between chips, Space toggles), so a person without needs costs one keystroke, not 11.
* :func:`parse_birth_text` — western dates and era dates (和暦) as staff type them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QWidget

from kiosk.registry.names import parse_birth
from kiosk.registry.vocab import NEED_FLAGS
from ui.i18n import tr_field, tr_vocab
from ui.widgets.flow_layout import FlowLayout

__all__ = ["ChoiceToggle", "NeedChips", "parse_birth_text"]


def parse_birth_text(text: str) -> date | None:
    """A typed birth date: 19500401, 1950-04-01, 1950/4/1, 1950年4月1日, or an era date such as
    昭和25年4月1日, S25.4.1 or S250401; ``None`` when it is not a date. The core reads it
    (:func:`kiosk.registry.names.parse_birth`, eras from :mod:`kiosk.basics.eras`), so the card,
    search and the command line agree."""
    return parse_birth(text)


class ChoiceToggle(QFrame):
    """Exclusive choice with one tab stop; ``chosen`` is emitted when a key chose (move on)."""

    changed = Signal(str)
    chosen = Signal()

    def __init__(
        self, values: Sequence[str], keys: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("choiceToggle")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._values = tuple(values)
        self._keys = {key.upper(): value for key, value in zip(keys, values, strict=True) if key}
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for value in self._values:
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(44)
            button.setObjectName("choice")
            button.clicked.connect(lambda _c=False, v=value: self.set_value(v, by_user=True))
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[value] = button
        # The value is kept here, not read back from the buttons: a click checks its button
        # before ``clicked`` arrives, so the buttons already show the new value by then.
        self._value: str | None = None

    def value(self) -> str | None:
        return self._value

    def set_value(self, value: str | None, by_user: bool = False) -> None:
        if value not in self.buttons:
            value = None
        if value == self._value:
            return
        self._value = value
        self.group.setExclusive(False)
        for v, button in self.buttons.items():
            button.setChecked(v == value)
        self.group.setExclusive(True)
        label = self.buttons[value].text() if value in self.buttons else ""
        self.setAccessibleDescription(label)
        self.changed.emit(value or "")
        if by_user:
            self.setFocus()

    def set_labels(self, labels: dict[str, str]) -> None:
        for value, button in self.buttons.items():
            button.setText(labels[value])
        current = self.value()
        self.setAccessibleDescription(self.buttons[current].text() if current else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text().upper()
        value = self._keys.get(text)
        if value is None and text.isdigit() and 1 <= int(text) <= len(self._values):
            value = self._values[int(text) - 1]
        if value is not None:
            self.set_value(value)
            self.chosen.emit()
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is not None:
            current = self.value()
            index = self._values.index(current) + step if current else 0
            self.set_value(self._values[index % len(self._values)])
            return
        super().keyPressEvent(event)


class NeedChips(QWidget):
    """Toggle chips for :data:`kiosk.registry.vocab.NEED_FLAGS`, one tab stop (a roving focus)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The chips flow onto as many lines as the card's width needs (no sideways scrolling).
        layout = FlowLayout(self, spacing=4)
        self.chips: dict[str, QPushButton] = {}
        for flag in NEED_FLAGS:
            chip = QPushButton()
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setMinimumHeight(38)
            chip.toggled.connect(lambda _on: self.changed.emit())
            chip.installEventFilter(self)
            layout.add(chip)
            self.chips[flag] = chip
        self._current = self.chips[NEED_FLAGS[0]]
        self._make_current(self._current)

    def flags(self) -> frozenset[str]:
        return frozenset(f for f, chip in self.chips.items() if chip.isChecked())

    def set_flags(self, flags: frozenset[str] | Sequence[str]) -> None:
        for flag, chip in self.chips.items():
            chip.setChecked(flag in flags)

    def first(self) -> QPushButton:
        return self._current

    def retranslate(self) -> None:
        for flag, chip in self.chips.items():
            chip.setText(tr_vocab(flag))
            chip.setAccessibleName(tr_field("needs") + ": " + tr_vocab(flag))
        # All chips as wide as the widest: the flowing lines read as columns.
        widest = max(chip.sizeHint().width() for chip in self.chips.values())
        for chip in self.chips.values():
            chip.setMinimumWidth(widest)

    def _make_current(self, chip: QPushButton) -> None:
        self._current = chip
        for other in self.chips.values():
            policy = Qt.FocusPolicy.StrongFocus if other is chip else Qt.FocusPolicy.ClickFocus
            other.setFocusPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QPushButton):
            self._make_current(watched)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if watched in self.chips.values() and key in _ARROW_KEYS:
                assert isinstance(watched, QPushButton)
                target = self._neighbour(watched, key)
                self._make_current(target)
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _neighbour(self, chip: QPushButton, key: Qt.Key) -> QPushButton:
        """The chip an arrow key moves to: Left/Right the previous/next one; Up/Down the one
        nearest across on the line above/below as the chips have flowed (the chip itself at
        an edge)."""
        order = list(self.chips.values())
        index = order.index(chip)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            return order[max(0, min(len(order) - 1, index + step))]
        here = chip.geometry()
        if key == Qt.Key.Key_Up:
            lines = [c for c in order if c.geometry().bottom() < here.top()]
            line_y = max((c.geometry().top() for c in lines), default=None)
        else:
            lines = [c for c in order if c.geometry().top() > here.bottom()]
            line_y = min((c.geometry().top() for c in lines), default=None)
        candidates = [c for c in lines if c.geometry().top() == line_y]
        if not candidates:
            return chip
        centre = here.center().x()
        return min(candidates, key=lambda c: abs(c.geometry().center().x() - centre))


_ARROW_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
