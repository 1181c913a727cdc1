"""The locked desk: the shelter's name and a big PIN pad. A staff PIN opens the desk as that
person (their role decides which panels they may open).

The PIN goes to :meth:`KioskActions.sign_in` on the DB thread; a wrong PIN or the lockout after
too many (both counted by the core for the whole kiosk) is said in place, above the pad. The
pad shows dots only; the PIN is never kept here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.access.staff import StaffMember
from kiosk.basics.errors import KioskError
from kiosk.registry.records import Shelter
from ui.actions import KioskActions
from ui.widgets.banner import Banner
from ui.widgets.pin_pad import PinPad

__all__ = ["SignInPage"]


def _big_label(points: int, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    return label


class SignInPage(QWidget):
    """Signals: ``signed_in(StaffMember)`` after a right PIN (the actions now act as them)."""

    signed_in = Signal(object)

    def __init__(
        self, actions: KioskActions, shelter_name: str = "", parent: QWidget | None = None
    ) -> None:
        """Without ``shelter_name`` the page asks the store for it."""
        super().__init__(parent)
        self.setObjectName("signIn")
        self.kiosk_actions = actions
        self.busy = False
        self.shelter = _big_label(30, bold=True)
        self.shelter.setObjectName("shelterName")
        self.shelter.setText(shelter_name)
        self.title = _big_label(22)
        self.hint = _big_label(16)
        self.banner = Banner()
        self.pad = PinPad()
        self.pad.entered.connect(self._try)
        # The message and the pad share one column, so a message is as wide as the pad.
        column = QWidget()
        column.setMaximumWidth(640)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.banner)
        inner.addWidget(self.pad)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.shelter)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()
        if not shelter_name:
            actions.shelter(self._show_shelter, lambda _error: None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reception is locked"))
        self.hint.setText(self.tr("Staff: enter your PIN and press OK (or Enter)."))
        self.pad.setAccessibleDescription(self.hint.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_first(self) -> None:
        self.pad.setFocus()

    def reset(self) -> None:
        self.pad.clear()
        self.banner.clear_message()

    def _show_shelter(self, shelter: Shelter) -> None:
        self.shelter.setText(shelter.name)

    def _try(self, pin: str) -> None:
        if self.busy:  # one PIN at a time: a second Enter must not count as another try
            return
        self.busy = True
        self.pad.setEnabled(False)
        self.banner.show_message("info", self.tr("Checking the PIN…"))
        self.kiosk_actions.sign_in(pin, self._ok, self._failed)

    def _ok(self, member: StaffMember) -> None:
        self._ready()
        self.banner.clear_message()
        self.signed_in.emit(member)

    def _failed(self, error: BaseException) -> None:
        self._ready()
        if isinstance(error, KioskError):
            self.banner.show_error(error)

    def _ready(self) -> None:
        self.busy = False
        self.pad.setEnabled(True)
        self.pad.clear()
        self.pad.setFocus()
