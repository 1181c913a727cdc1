"""Check-out with a destination: where the people leaving are going.

Common destinations are big buttons (自宅 / 親戚・知人宅 / 病院 / 他の避難所 / その他) that fill
the destination field; "Other" empties it for free text. "Check out" (Enter) calls
:meth:`KioskActions.check_out`; the core refuses an empty destination with the message that
names the field, shown in place in the dialog's banner, and the dialog stays open. On success
it emits :attr:`CheckoutDialog.checked_out` and closes. Esc cancels.

The stored destination is the Japanese term of a common destination whatever the screen's
language (so the records read the same for the City), or the text typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP as _N
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin import StayResult
from kiosk.errors import KioskError
from kiosk.records import Person
from ui.actions import KioskActions
from ui.i18n import tr_error
from ui.ops import UnexpectedError
from ui.screens.confirm_card import CHOICE_STYLE, CONFIRM_STYLE
from ui.widgets.banner import Banner

__all__ = ["CheckoutDialog", "DESTINATIONS"]

#: (value stored, label shown); "" is "Other": staff type the destination.
DESTINATIONS: tuple[tuple[str, str], ...] = (
    ("自宅", _N("CheckoutDialog", "Home")),
    ("親戚・知人宅", _N("CheckoutDialog", "Relatives or friends")),
    ("病院", _N("CheckoutDialog", "Hospital")),
    ("他の避難所", _N("CheckoutDialog", "Another shelter")),
    ("", _N("CheckoutDialog", "Other")),
)


class CheckoutDialog(QDialog):
    """Check ``people`` out; emits ``checked_out(StayResult)`` on success."""

    checked_out = Signal(object)

    def __init__(
        self, actions: KioskActions, people: Sequence[Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(CONFIRM_STYLE + CHOICE_STYLE)
        self.setObjectName("checkoutDialog")
        self._actions = actions
        self._ids = [p.id for p in people]
        self._names = "、".join(p.name for p in people)
        self.busy = False

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSize(max(font.pointSize(), 12) + 4)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = Banner()
        self.destination_buttons: list[QPushButton] = []
        self.choices = QButtonGroup(self)
        grid = QGridLayout()
        for index, (value, _label) in enumerate(DESTINATIONS):
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setAutoDefault(False)
            self.choices.addButton(button, index)
            button.clicked.connect(lambda _=False, v=value: self.choose(v))
            grid.addWidget(button, index // 3, index % 3)
            self.destination_buttons.append(button)
        self.field_label = QLabel()
        self.destination = QLineEdit()
        self.destination.setMaxLength(200)
        self.field_label.setBuddy(self.destination)
        self.destination.textEdited.connect(self._typed)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("confirm")
        self.ok_button.setDefault(True)
        self.ok_button.setMinimumHeight(64)
        for widget in (self.ok_button, self.destination):
            font = widget.font()
            font.setPointSize(max(font.pointSize(), 12) + 4)
            widget.setFont(font)
        self.destination.setMinimumHeight(48)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setMinimumHeight(64)
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.ok_button, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.field_label)
        layout.addWidget(self.destination)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.destination_buttons[-1], self.destination)
        QWidget.setTabOrder(self.destination, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.retranslate()
        self.destination_buttons[0].setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check out"))
        self.heading.setText(self.tr("Check out: {names}").format(names=self._names))
        for button, (_value, label) in zip(self.destination_buttons, DESTINATIONS, strict=True):
            text = QCoreApplication.translate("CheckoutDialog", label)
            button.setText(text)
            button.setAccessibleName(text)
        self.field_label.setText(self.tr("&Destination"))
        self.destination.setAccessibleName(self.tr("Destination"))
        self.destination.setPlaceholderText(self.tr("Where are they going?"))
        self.ok_button.setText(self.tr("Check out (Enter)"))
        self.ok_button.setAccessibleName(self.tr("Check out"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose(self, value: str) -> None:
        """A destination button: fill the field (Other: empty it to type), then OK has focus."""
        self.destination.setText(value)
        if value:
            self.ok_button.setFocus()
        else:
            self.destination.setFocus()

    def _typed(self, text: str) -> None:
        chosen = self.choices.checkedId()
        if chosen >= 0 and DESTINATIONS[chosen][0] and DESTINATIONS[chosen][0] != text:
            self.choices.setExclusive(False)
            self.destination_buttons[chosen].setChecked(False)
            self.choices.setExclusive(True)

    def submit(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        self._actions.check_out(self._ids, self.destination.text(), self._done, self._failed)

    def _done(self, result: StayResult) -> None:
        self.busy = False
        self.checked_out.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)
        known = error if isinstance(error, KioskError) else UnexpectedError()
        self.banner.show_message("error", tr_error(known))
        self.destination.setFocus()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
