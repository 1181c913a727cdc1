"""The PIN pad for a My Number card on the reader: the holder types the card's 4-digit PIN
(券面事項入力補助用暗証番号) on the kiosk's own pad, digits masked, each a button far above
44 px. The tries left, read from the card, are shown before anything is typed. With one try
left a wrong PIN would lock the card: the pad stays off until staff allow the try (at the desk)
— at self check-in there is nobody to allow it, so the holder is sent to staff.

The PIN leaves this dialog once, through ``pin_entered``, as a ``bytearray`` the core zeroes
after the VERIFY; the dialog keeps no copy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.pin_pad import PinPad

__all__ = ["CardPinDialog"]

PIN_LENGTH = 4


class CardPinDialog(QDialog):
    """``pin_entered(bytearray, last_try_confirmed)`` when the holder presses OK."""

    pin_entered = Signal(object, bool)

    def __init__(self, tries_left: int, staff_present: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPinDialog")
        self.setModal(True)
        self._staff_present = staff_present
        self._confirmed = False
        self.tries_left = tries_left
        self.title = QLabel()
        self.title.setObjectName("dialogTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.tries = QLabel()
        self.tries.setObjectName("cardPinTries")
        self.warning = QLabel()
        self.warning.setObjectName("cardPinWarning")
        self.warning.setWordWrap(True)
        self.warning.setProperty("severity", "warning")
        self.problem = QLabel()
        self.problem.setObjectName("cardPinProblem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("severity", "error")
        self.allow = QPushButton()
        self.allow.setObjectName("cardPinAllow")
        self.allow.setMinimumHeight(56)
        self.allow.setAutoDefault(False)  # Enter must never allow the last try by itself
        self.allow.clicked.connect(self._allow_last_try)
        self.pad = PinPad(max_length=PIN_LENGTH)
        self.pad.entered.connect(self._entered)
        self.cancel = QPushButton()
        self.cancel.setMinimumHeight(56)
        self.cancel.setAutoDefault(False)  # Enter belongs to the pad (OK)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.instruction, self.tries, self.warning, self.allow):
            layout.addWidget(widget)
        layout.addWidget(self.problem)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My Number card"))
        self.title.setText(self.tr("My Number card"))
        self.instruction.setText(
            self.tr(
                "The card holder types the card's 4-digit PIN (the one for filling in forms), "
                "then OK. Staff do not look."
            )
        )
        self.allow.setText(self.tr("Staff: allow the last try"))
        self.cancel.setText(self.tr("Cancel"))
        self._show_tries()

    def _show_tries(self) -> None:
        last = self.tries_left == 1
        self.tries.setText(
            self.tr("Tries left before the card locks: {count}").format(count=self.tries_left)
        )
        if last and self._staff_present:
            self.warning.setText(
                self.tr(
                    "Only 1 try left: a wrong PIN now locks the card until the city office "
                    "unlocks it. Ask the holder whether they are sure of the PIN."
                )
            )
        elif last:
            self.warning.setText(
                self.tr("Only 1 try left: a wrong PIN now locks the card. Please ask staff.")
            )
        self.warning.setVisible(last)
        needs_staff = last and not self._confirmed
        self.allow.setVisible(last and self._staff_present and not self._confirmed)
        self.pad.setEnabled(not needs_staff)
        if not needs_staff:
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _allow_last_try(self) -> None:
        self._confirmed = True
        self._show_tries()

    def show_wrong(self, tries_left: int) -> None:
        """A wrong PIN: the card's new counter; a last try needs staff again."""
        self.tries_left = tries_left
        self._confirmed = False
        self.problem.setText(self.tr("Wrong PIN."))
        self._show_tries()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def _entered(self, digits: str) -> None:
        if self.tries_left == 1 and not self._confirmed:
            return  # the pad is off then; a key press must not get around it
        pin = bytearray(digits.encode("ascii"))
        del digits
        self.problem.clear()
        self.pin_entered.emit(pin, self._confirmed)
