"""Supply pickup: what one person takes, and how many.

Item buttons (水, 食料, 毛布, 乳児用ミルク, おむつ, 衛生用品, その他) choose the item — "Other"
opens the field for free text — and a spinner sets the quantity (1–1000). "Record pickup"
(Enter) calls :meth:`KioskActions.pickup`; a refusal (no item, quantity out of range) is
shown in place with the core's message and the dialog stays open; on success it emits
:attr:`PickupDialog.picked_up` and closes. Esc cancels. People staying in a vehicle or at home
take supplies too, so any registered person may pick up.

The stored item is the Japanese term of a common item whatever the screen's language, or the
text typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.reception.checkin import StayResult
from kiosk.registry.records import Person
from ui.actions import KioskActions
from ui.screens.choice_dialog import ChoiceDialog, enlarge

__all__ = ["PickupDialog", "ITEMS"]

#: (value stored, label shown); "" is "Other": staff type the item.
ITEMS: tuple[tuple[str, str], ...] = (
    ("水", _N("PickupDialog", "Water")),
    ("食料", _N("PickupDialog", "Food")),
    ("毛布", _N("PickupDialog", "Blanket")),
    ("乳児用ミルク", _N("PickupDialog", "Infant formula")),
    ("おむつ", _N("PickupDialog", "Diapers")),
    ("衛生用品", _N("PickupDialog", "Hygiene products")),
    ("", _N("PickupDialog", "Other")),
)


class PickupDialog(ChoiceDialog):
    """Record a pickup by ``person``; emits ``picked_up(StayResult, item, quantity)``."""

    picked_up = Signal(object, str, int)

    def __init__(
        self, actions: KioskActions, person: Person, parent: QWidget | None = None
    ) -> None:
        super().__init__(ITEMS, "PickupDialog", 4, parent)
        self.setObjectName("pickupDialog")
        self._actions = actions
        self._person_id = person.id
        self._name = person.name
        self.item_group = self.choices
        self.item_buttons = self.choice_buttons
        self.other_label = QLabel()
        self.other = QLineEdit()
        self.other.setMaxLength(100)
        self.other.setEnabled(False)
        self.other.setMinimumHeight(48)
        enlarge(self.other)
        self.other_label.setBuddy(self.other)
        self.quantity_label = QLabel()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1000)
        self.quantity.setValue(1)
        self.quantity.setMinimumHeight(56)
        self.quantity.setMinimumWidth(140)
        enlarge(self.quantity, 6)
        self.quantity_label.setBuddy(self.quantity)
        amount = QHBoxLayout()
        amount.addWidget(self.quantity_label)
        amount.addWidget(self.quantity)
        amount.addStretch(1)
        self.arrange(self.other_label, self.other, amount)
        QWidget.setTabOrder(self.item_buttons[-1], self.other)
        QWidget.setTabOrder(self.other, self.quantity)
        QWidget.setTabOrder(self.quantity, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.retranslate()
        self.item_buttons[0].setFocus()

    def retranslate(self) -> None:
        self.retranslate_frame(
            self.tr("Supply pickup"),
            self.tr("Supply pickup: {name}").format(name=self._name),
            self.tr("Record pickup (Enter)"),
            self.tr("Record pickup"),
        )
        self.other_label.setText(self.tr("Other &item"))
        self.other.setAccessibleName(self.tr("Other item"))
        self.quantity_label.setText(self.tr("&Quantity"))
        self.quantity.setAccessibleName(self.tr("Quantity"))

    def choose(self, value: str) -> None:
        """An item button: "Other" opens the text field; any other goes on to the quantity."""
        self.other.setEnabled(not value)
        if value:
            self.quantity.setFocus()
            self.quantity.selectAll()
        else:
            self.other.setFocus()

    def item(self) -> str:
        """The item chosen: a common item's stored term, the text typed, or ""."""
        value = self.chosen_value()
        if value is None:
            return ""
        return value or self.other.text()

    def submit(self) -> None:
        if not self.start():
            return
        item, quantity = self.item(), self.quantity.value()
        self._actions.pickup(
            self._person_id,
            item,
            quantity,
            lambda result: self._done(result, item, quantity),
            self._failed,
        )

    def _done(self, result: StayResult, item: str, quantity: int) -> None:
        self.succeeded(lambda: self.picked_up.emit(result, item, quantity))

    def _failed(self, error: BaseException) -> None:
        self.show_failure(error, self.other if self.other.isEnabled() else self.item_buttons[0])
