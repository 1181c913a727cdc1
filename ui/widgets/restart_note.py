"""The note on the first page of a window started again after a fault: "Restarted after a
fault at 11:58", so staff know the kiosk crashed and was brought back locked (and look at
`kiosk doctor`). It follows language switches and goes away once the window leaves that page.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.widgets.banner import Banner

__all__ = ["RestartNote"]


class RestartNote(Banner):
    """A warning banner naming the time the previous window ended, ``at`` on the shelter's
    clock (``KioskActions.local``: the computer may be set to another zone)."""

    def __init__(self, at: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.at = at
        self._show_note()

    def _show_note(self) -> None:
        clock = self.at.strftime("%H:%M")
        self.show_message(
            "warning", self.tr("Restarted after a fault at {time}").format(time=clock)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.kind:
            self._show_note()
        super().changeEvent(event)
