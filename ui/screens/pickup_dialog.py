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
    QSpinBox,
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


class PickupDialog(QDialog):
    """Record a pickup by ``person``; emits ``picked_up(StayResult, item, quantity)``."""

    picked_up = Signal(object, str, int)

    def __init__(
        self, actions: KioskActions, person: Person, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(CONFIRM_STYLE + CHOICE_STYLE)
        self.setObjectName("pickupDialog")
        self._actions = actions
        self._person_id = person.id
        self._name = person.name
        self.busy = False

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSize(max(font.pointSize(), 12) + 4)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = Banner()
        self.item_group = QButtonGroup(self)
        self.item_group.setExclusive(True)
        self.item_buttons: list[QPushButton] = []
        grid = QGridLayout()
        for index, (value, _label) in enumerate(ITEMS):
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, v=value: self.choose(v))
            self.item_group.addButton(button, index)
            grid.addWidget(button, index // 4, index % 4)
            self.item_buttons.append(button)
        self.other_label = QLabel()
        self.other = QLineEdit()
        self.other.setMaxLength(100)
        self.other.setEnabled(False)
        self.other_label.setBuddy(self.other)
        self.quantity_label = QLabel()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1000)
        self.quantity.setValue(1)
        self.quantity.setMinimumHeight(56)
        self.quantity.setMinimumWidth(140)
        qfont = self.quantity.font()
        qfont.setPointSize(max(qfont.pointSize(), 12) + 6)
        self.quantity.setFont(qfont)
        self.quantity_label.setBuddy(self.quantity)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("confirm")
        self.ok_button.setDefault(True)
        self.ok_button.setMinimumHeight(64)
        for widget in (self.ok_button, self.other):
            font = widget.font()
            font.setPointSize(max(font.pointSize(), 12) + 4)
            widget.setFont(font)
        self.other.setMinimumHeight(48)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setMinimumHeight(64)
        self.cancel_button.clicked.connect(self.reject)

        amount = QHBoxLayout()
        amount.addWidget(self.quantity_label)
        amount.addWidget(self.quantity)
        amount.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.ok_button, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.other_label)
        layout.addWidget(self.other)
        layout.addLayout(amount)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.item_buttons[-1], self.other)
        QWidget.setTabOrder(self.other, self.quantity)
        QWidget.setTabOrder(self.quantity, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.retranslate()
        self.item_buttons[0].setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supply pickup"))
        self.heading.setText(self.tr("Supply pickup: {name}").format(name=self._name))
        for button, (_value, label) in zip(self.item_buttons, ITEMS, strict=True):
            text = QCoreApplication.translate("PickupDialog", label)
            button.setText(text)
            button.setAccessibleName(text)
        self.other_label.setText(self.tr("Other &item"))
        self.other.setAccessibleName(self.tr("Other item"))
        self.quantity_label.setText(self.tr("&Quantity"))
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.ok_button.setText(self.tr("Record pickup (Enter)"))
        self.ok_button.setAccessibleName(self.tr("Record pickup"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        index = self.item_group.checkedId()
        if index < 0:
            return ""
        value = ITEMS[index][0]
        return value or self.other.text()

    def submit(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        item, quantity = self.item(), self.quantity.value()
        self._actions.pickup(
            self._person_id,
            item,
            quantity,
            lambda result: self._done(result, item, quantity),
            self._failed,
        )

    def _done(self, result: StayResult, item: str, quantity: int) -> None:
        self.busy = False
        self.picked_up.emit(result, item, quantity)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)
        known = error if isinstance(error, KioskError) else UnexpectedError()
        self.banner.show_message("error", tr_error(known))
        (self.other if self.other.isEnabled() else self.item_buttons[0]).setFocus()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
