"""A modal PIN prompt: leaving self check-in mode needs a staff member's PIN.

Uses :meth:`KioskActions.check_pin`, which says whose PIN it is without changing who acts;
wrong PINs count towards the same kiosk-wide, growing lockout as the sign-in page
(:mod:`kiosk.access.pin_attempts`). The result is the :class:`~kiosk.access.staff.StaffMember`, or
None when cancelled — or left alone: an evacuee who opened it and walked away must not leave the
next person a PIN pad instead of the welcome page, so it cancels itself after ``idle_seconds``
without a key or a tap.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kiosk.access.staff import StaffMember
from kiosk.basics.errors import KioskError
from ui.actions import KioskActions
from ui.widgets.banner import Banner
from ui.widgets.pin_pad import PinPad

__all__ = ["PinDialog", "ask_pin"]


class PinDialog(QDialog):
    """``member`` holds who entered their PIN once the dialog is accepted."""

    def __init__(
        self, actions: KioskActions, parent: QWidget | None = None, idle_seconds: int = 60
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setModal(True)
        self.kiosk_actions = actions
        self.member: StaffMember | None = None
        self.busy = False
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.prompt.font()
        font.setPointSize(18)
        font.setBold(True)
        self.prompt.setFont(font)
        self.banner = Banner()
        self.pad = PinPad()
        self.pad.entered.connect(self._try)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.banner)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.pad.setFocus()
        self.idle = QTimer(self, singleShot=True, interval=idle_seconds * 1000)
        self.idle.timeout.connect(self.reject)
        self.idle.start()
        for watched in (self, self.pad, *self.pad.buttons.values(), *self.buttons.buttons()):
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.idle.start()  # someone is typing: the countdown starts again
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff PIN"))
        self.prompt.setText(self.tr("Staff only: enter your PIN to leave self check-in."))
        self.pad.setAccessibleDescription(self.prompt.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _try(self, pin: str) -> None:
        if self.busy:
            return
        self.busy = True
        self.pad.setEnabled(False)
        self.kiosk_actions.check_pin(pin, self._ok, self._failed)

    def _ok(self, member: StaffMember) -> None:
        self.busy = False
        self.member = member
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.pad.setEnabled(True)
        self.pad.setFocus()
        self.idle.start()
        if isinstance(error, KioskError):
            self.banner.show_error(error)

    def reject(self) -> None:
        if not self.busy:  # the PIN being checked decides; a late Esc does not cancel it
            super().reject()


def ask_pin(parent: QWidget, actions: KioskActions) -> StaffMember | None:
    """Ask for a staff PIN (modal); the member whose PIN it is, or None if cancelled."""
    dialog = PinDialog(actions, parent)
    try:
        return dialog.member if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
