"""A PIN pad: big digit buttons for a touch screen, and the keyboard works just as well.

Digits are never shown (dots only, and screen readers hear only how many were typed) and
never leave the widget except through ``entered``. Keyboard: digits (main row or keypad)
type, Enter submits, Backspace deletes, Esc clears. The pad itself takes the focus; its
buttons do not, so Tab moves past the pad in one step instead of twelve.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

__all__ = ["PinPad"]

_DELETE = "delete"
_SUBMIT = "submit"
_KEYS: tuple[str, ...] = ("1", "2", "3", "4", "5", "6", "7", "8", "9", _DELETE, "0", _SUBMIT)


class PinPad(QWidget):
    """Collects a PIN of up to ``max_length`` digits; emits ``entered(pin)`` on Enter/OK."""

    # The PIN typed (digits only); the pad is empty again when this is emitted.
    entered = Signal(str)

    def __init__(self, max_length: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self._max = max_length
        self.setObjectName("pinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.display = QLabel()
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setProperty("active", False)
        font = self.display.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        self.display.setFont(font)
        self.display.setMinimumHeight(64)
        self.display.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, key in enumerate(_KEYS):
            button = QPushButton()
            button.setObjectName("pinKey")  # the theme keeps its padding small: room for text
            button.setMinimumSize(96, 76)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            bfont = button.font()
            # Digits big; the two word keys a little smaller so "Delete" fits in large type.
            bfont.setPointSizeF(bfont.pointSizeF() * (1.8 if key.isdigit() else 1.4))
            button.setFont(bfont)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("PIN pad"))
        self.setAccessibleDescription(
            self.tr("Type the digits of your PIN, then press Enter. Backspace deletes one.")
        )
        for key, button in self.buttons.items():
            if key == _DELETE:
                button.setText(self.tr("Delete"))
                button.setAccessibleName(self.tr("Delete the last digit"))
            elif key == _SUBMIT:
                button.setText(self.tr("OK"))
                button.setAccessibleName(self.tr("Enter PIN"))
            else:
                button.setText(key)
                button.setAccessibleName(key)
        self._show()

    @property
    def length(self) -> int:
        """How many digits are typed (never the digits themselves)."""
        return len(self._digits)

    def submit(self) -> None:
        """Emit the typed PIN and empty the pad; nothing happens while it is empty."""
        if self._digits:
            pin, self._digits = self._digits, ""
            self._show()
            self.entered.emit(pin)

    def clear(self) -> None:
        self._digits = ""
        self._show()

    def _press(self, key: str) -> None:
        if key == _DELETE:
            self._digits = self._digits[:-1]
        elif key == _SUBMIT:
            self.submit()
            return
        elif len(self._digits) < self._max:
            self._digits += key
        self._show()
        self.setFocus()  # a tap on a button leaves the keyboard working on the pad

    def _show(self) -> None:
        self.display.setText("●" * len(self._digits) or "—")
        self.display.setAccessibleName(self.tr("%n digit(s) typed", "", len(self._digits)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            self._press(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Backspace:
            self._press(_DELETE)
        elif event.key() == Qt.Key.Key_Escape and self._digits:
            self.clear()  # an empty pad lets Esc through (a dialog closes)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._set_active(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._set_active(False)
        super().focusOutEvent(event)

    def _set_active(self, active: bool) -> None:
        # The theme draws a focus ring around the display when the pad has the keyboard.
        self.display.setProperty("active", active)
        self.display.style().unpolish(self.display)
        self.display.style().polish(self.display)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
