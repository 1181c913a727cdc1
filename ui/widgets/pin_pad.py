"""A PIN pad: big digit buttons for a touch screen, and the keyboard works too.

Digits are never shown (dots only) and never leave the widget except through ``entered``.
Enter submits, Backspace deletes, Esc clears.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

__all__ = ["PinPad"]


class PinPad(QWidget):
    entered = Signal(str)

    def __init__(self, max_length: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self._max = max_length
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("PIN pad"))
        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.display.font()
        font.setPointSize(28)
        self.display.setFont(font)
        self.display.setMinimumHeight(56)
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setMinimumSize(88, 72)
            bfont = button.font()
            bfont.setPointSize(22)
            button.setFont(bfont)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            name = {"⌫": self.tr("Delete"), "OK": self.tr("Enter PIN")}.get(key, key)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        self._show()

    def _press(self, key: str) -> None:
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key == "OK":
            self.submit()
            return
        elif len(self._digits) < self._max:
            self._digits += key
        self._show()

    def submit(self) -> None:
        if self._digits:
            pin, self._digits = self._digits, ""
            self._show()
            self.entered.emit(pin)

    def clear(self) -> None:
        self._digits = ""
        self._show()

    def _show(self) -> None:
        self.display.setText("●" * len(self._digits) or "—")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text.isdigit() and text.isascii():
            self._press(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Backspace:
            self._press("⌫")
        elif event.key() == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)
