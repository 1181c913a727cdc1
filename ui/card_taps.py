"""A card on the reader, read like a scanned code: one helper both the desk and self check-in
use, so a tap behaves the same on each (only who may allow a last PIN try differs).

A linked tap card gives its arrival at once. A My Number card opens the PIN pad
(:class:`ui.widgets.card_pin_dialog.CardPinDialog`) with the tries left; a wrong PIN keeps the
pad open with the card's new counter; other problems close it and go to the screen's own error
display. Card work runs on workers (:class:`ui.actions.KioskActions`), never here. While a
screen links a tap card (:class:`ui.widgets.card_link_dialog.CardLinkDialog`) it captures the
taps instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.cards.errors import LastTryNeedsConfirmation, PinLocked, WrongPin
from kiosk.cards.reading import CardOnReader
from kiosk.reception.arrival import Arrival
from ui.actions import KioskActions
from ui.widgets.card_pin_dialog import CardPinDialog

__all__ = ["CardTaps"]


class CardTaps:
    """Reads the card on a reader for a screen; ``found(arrival)`` or ``failed(error)``."""

    def __init__(
        self,
        parent: QWidget,
        actions: KioskActions,
        found: Callable[[Arrival], None],
        failed: Callable[[BaseException], None],
        self_service: bool = False,
    ) -> None:
        self._parent = parent
        self._actions = actions
        self._found = found
        self._failed = failed
        self._self_service = self_service
        self.dialog: CardPinDialog | None = None
        self._reading = False
        self._capture: Callable[[str], None] | None = None

    @property
    def busy(self) -> bool:
        return self._reading or self.dialog is not None

    def capture(self, handler: Callable[[str], None]) -> None:
        """Hand every card put on a reader to ``handler(reader)`` instead of reading it as an
        arrival, until :meth:`release` (the IC card link dialog: the tap is for the link and
        must not check anyone in)."""
        self._capture = handler

    def release(self, handler: Callable[[str], None]) -> None:
        """End :meth:`capture` by ``handler`` (a later capture by another stays)."""
        if self._capture == handler:
            self._capture = None

    def read(self, reader: str) -> None:
        """Read the card just put on ``reader`` (ignored while one is being read)."""
        if self._capture is not None:
            self._capture(reader)
            return
        if self.busy:
            return
        self._reading = True
        self._actions.inspect_card(reader, lambda card: self._inspected(reader, card), self._fail)

    def _fail(self, error: BaseException) -> None:
        self._reading = False
        self._close_dialog()
        self._failed(error)

    def _inspected(self, reader: str, card: CardOnReader) -> None:
        if card.kind != "mynumber":
            self._actions.read_tap_card(
                reader, self._done, self._fail, self_service=self._self_service
            )
            return
        if card.tries_left == 0:
            self._fail(PinLocked())
            return
        self._reading = False
        dialog = CardPinDialog(
            card.tries_left, staff_present=not self._self_service, parent=self._parent
        )
        dialog.pin_entered.connect(lambda pin, confirmed: self._verify(reader, pin, confirmed))
        dialog.rejected.connect(self._close_dialog)
        self.dialog = dialog
        dialog.open()

    def _verify(self, reader: str, pin: bytearray, confirmed: bool) -> None:
        if self._reading:
            pin[:] = bytes(len(pin))
            return
        self._reading = True
        self._actions.read_mynumber_card(
            reader, pin, confirmed, self._done, self._pin_refused, self_service=self._self_service
        )

    def _pin_refused(self, error: BaseException) -> None:
        self._reading = False
        if self.dialog is not None and isinstance(error, WrongPin):
            self.dialog.show_wrong(int(error.params["tries_left"]))
        elif self.dialog is not None and isinstance(error, LastTryNeedsConfirmation):
            self.dialog.show_wrong(1)
        else:
            self._fail(error)

    def _done(self, arrival: Arrival) -> None:
        self._reading = False
        self._close_dialog()
        self._found(arrival)

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()
