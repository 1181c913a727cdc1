"""The locked desk: the shelter's name and a PIN pad. A staff PIN opens the desk as that
person (their role decides which panels they may open)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.staff import StaffMember
from ui.actions import KioskActions
from ui.i18n import tr_error
from ui.widgets.banner import Banner
from ui.widgets.pin_pad import PinPad

__all__ = ["SignInPage"]


class SignInPage(QWidget):
    signed_in = Signal(object)

    def __init__(self, actions: KioskActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSize(24)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = Banner()
        self.pad = PinPad()
        self.pad.entered.connect(self._try)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Shelter reception — locked"))
        self.hint.setText(self.tr("Staff: enter your PIN and press OK (or Enter)."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_first(self) -> None:
        self.pad.setFocus()

    def reset(self) -> None:
        self.pad.clear()
        self.banner.clear_message()

    def _try(self, pin: str) -> None:
        self.actions.sign_in(pin, self._ok, self._failed)

    def _ok(self, member: StaffMember) -> None:
        self.banner.clear_message()
        self.signed_in.emit(member)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KioskError):
            self.banner.show_message("error", tr_error(error))
