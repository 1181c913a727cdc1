"""A modal PIN prompt: leaving self check-in mode needs a staff member's PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.staff import StaffMember
from ui.actions import KioskActions
from ui.i18n import tr_error
from ui.widgets.banner import Banner
from ui.widgets.pin_pad import PinPad

__all__ = ["PinDialog", "ask_pin"]


class PinDialog(QDialog):
    def __init__(self, actions: KioskActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff PIN"))
        self.actions = actions
        self.member: StaffMember | None = None
        self.banner = Banner()
        self.pad = PinPad()
        self.pad.entered.connect(lambda pin: actions.check_pin(pin, self._ok, self._failed))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Staff only: enter your PIN to leave self check-in.")))
        layout.addWidget(self.banner)
        layout.addWidget(self.pad)
        layout.addWidget(buttons)
        self.pad.setFocus()

    def _ok(self, member: StaffMember) -> None:
        self.member = member
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KioskError):
            self.banner.show_message("error", tr_error(error))


def ask_pin(parent: QWidget, actions: KioskActions) -> StaffMember | None:
    dialog = PinDialog(actions, parent)
    return dialog.member if dialog.exec() == QDialog.DialogCode.Accepted else None
