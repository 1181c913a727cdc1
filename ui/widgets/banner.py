"""An in-place message line: success, information, warning or error, in words and colour
(never colour alone), readable by screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["Banner"]

STYLES = {
    "success": ("✔", "#0a6b2d", "#e3f6e8"),
    "info": ("ℹ", "#10457a", "#e6f0fa"),
    "warning": ("⚠", "#7a4b00", "#fff3d6"),
    "error": ("✖", "#8c1010", "#fde7e7"),
}


class Banner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Message"))
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        icon, fg, bg = STYLES[kind]
        self.kind = kind
        self.setText(f"{icon} {text}")
        self.setAccessibleDescription(text)
        self.setStyleSheet(
            f"QLabel#banner {{ color: {fg}; background: {bg}; border: 2px solid {fg};"
            " padding: 10px; font-weight: bold; }"
        )
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()
