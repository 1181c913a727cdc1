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

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.reception.checkin import StayResult
from kiosk.registry.records import Person
from ui.actions import KioskActions
from ui.screens.choice_dialog import ChoiceDialog, enlarge

__all__ = ["CheckoutDialog", "DESTINATIONS"]

#: (value stored, label shown); "" is "Other": staff type the destination.
DESTINATIONS: tuple[tuple[str, str], ...] = (
    ("自宅", _N("CheckoutDialog", "Home")),
    ("親戚・知人宅", _N("CheckoutDialog", "Relatives or friends")),
    ("病院", _N("CheckoutDialog", "Hospital")),
    ("他の避難所", _N("CheckoutDialog", "Another shelter")),
    ("", _N("CheckoutDialog", "Other")),
)


class CheckoutDialog(ChoiceDialog):
    """Check ``people`` out; emits ``checked_out(StayResult)`` on success."""

    checked_out = Signal(object)

    def __init__(
        self, actions: KioskActions, people: Sequence[Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(DESTINATIONS, "CheckoutDialog", 3, parent)
        self.setObjectName("checkoutDialog")
        self._actions = actions
        self._ids = [p.id for p in people]
        self._names = "、".join(p.name for p in people)
        self.destination_buttons = self.choice_buttons
        self.field_label = QLabel()
        self.destination = QLineEdit()
        self.destination.setMaxLength(200)
        self.destination.setMinimumHeight(48)
        enlarge(self.destination)
        self.field_label.setBuddy(self.destination)
        self.destination.textEdited.connect(self._typed)
        self.arrange(self.field_label, self.destination)
        QWidget.setTabOrder(self.destination_buttons[-1], self.destination)
        QWidget.setTabOrder(self.destination, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.retranslate()
        self.destination_buttons[0].setFocus()

    def retranslate(self) -> None:
        self.retranslate_frame(
            self.tr("Check out"),
            self.tr("Check out: {names}").format(names=self._names),
            self.tr("Check out (Enter)"),
            self.tr("Check out"),
        )
        self.field_label.setText(self.tr("&Destination"))
        self.destination.setAccessibleName(self.tr("Destination"))
        self.destination.setPlaceholderText(self.tr("Where are they going?"))

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
        if self.start():
            self._actions.check_out(self._ids, self.destination.text(), self._done, self._failed)

    def _done(self, result: StayResult) -> None:
        self.succeeded(lambda: self.checked_out.emit(result))

    def _failed(self, error: BaseException) -> None:
        self.show_failure(error, self.destination)
