"""Link or unlink a person's IC card at the desk (a transit card, a city or staff card): staff
press "Link an IC card", ask the person to tap, and the next card on the reader becomes that
person's tap card; "Unlink" removes it.

The dialog only shows and asks. Reading the card's ID, turning it into its token, the role
check (``edit_card``), the one-card-per-person rule and the audit row are the core's
(:func:`kiosk.cards.tap_cards.link_card` / :func:`~kiosk.cards.tap_cards.unlink_card`, the same
as ``kiosk card link|unlink``), run on the DB worker as the signed-in actor. While the dialog is
open every card put on the reader comes here (:meth:`ui.card_taps.CardTaps.capture`), so a tap
meant for the link never checks anyone in underneath it; taps when nothing is awaited are
ignored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.cards.tap_cards import CardLink
from kiosk.registry.records import Person
from ui.actions import KioskActions
from ui.card_taps import CardTaps
from ui.widgets.banner import Banner

__all__ = ["CardLinkDialog"]


class CardLinkDialog(QDialog):
    """The IC card of one of ``people`` (the first is chosen). Signals ``linked(person_id)``
    and ``unlinked(person_id)`` after the core has written the change."""

    linked = Signal(str)
    unlinked = Signal(str)

    def __init__(
        self,
        actions: KioskActions,
        people: Sequence[Person],
        taps: CardTaps,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardLinkDialog")
        self.setModal(True)
        self._actions = actions
        self._people = tuple(people)
        self._taps = taps
        # The person whose card is awaited on the reader, or None.
        self.waiting_for: str | None = None
        self.busy = False
        self.link: CardLink | None = None
        self._loaded = False

        self.title = QLabel()
        self.title.setObjectName("dialogTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.person = QComboBox()
        self.person.setMinimumHeight(44)
        for person in self._people:
            self.person.addItem(person.name, person.id)
        self.person.setVisible(len(self._people) > 1)
        self.person.currentIndexChanged.connect(lambda _i: self._person_changed())
        self.name = QLabel()
        self.name.setVisible(len(self._people) == 1)
        self.status = QLabel()
        self.status.setObjectName("cardLinkStatus")
        self.status.setWordWrap(True)
        self.banner = Banner()
        self.link_button = QPushButton()
        self.link_button.setObjectName("confirm")
        self.link_button.setMinimumHeight(56)
        self.link_button.clicked.connect(self.start_link)
        self.unlink_button = QPushButton()
        self.unlink_button.setMinimumHeight(56)
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink)
        self.close_button = QPushButton()
        self.close_button.setMinimumHeight(56)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button, 1)
        buttons.addWidget(self.unlink_button, 1)
        buttons.addWidget(self.link_button, 2)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.person, self.name, self.status, self.banner):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self._taps.capture(self._tapped)
        self.finished.connect(lambda _r: self._taps.release(self._tapped))
        self.retranslate()
        self._load()

    # --- who and what is linked ----------------------------------------------------------

    @property
    def person_id(self) -> str:
        return str(self.person.currentData())

    def _person_name(self) -> str:
        return self.person.currentText()

    def _person_changed(self) -> None:
        self.waiting_for = None
        self.banner.clear_message()
        self._load()

    def _load(self) -> None:
        person_id = self.person_id
        self._loaded = False
        self._update()
        self._actions.linked_card(
            person_id, lambda link: self._shown(person_id, link), self._failed
        )

    def _shown(self, person_id: str, link: CardLink | None) -> None:
        if person_id != self.person_id:
            return  # another person was chosen meanwhile
        self.link = link
        self._loaded = True
        self._update()

    # --- linking and unlinking -----------------------------------------------------------

    def start_link(self) -> None:
        """Wait for the next card on the reader: it becomes the chosen person's card."""
        if self.busy:
            return
        self.waiting_for = self.person_id
        self.banner.show_message(
            "info",
            self.tr("Ask {name} to put their IC card on the reader now.").format(
                name=self._person_name()
            ),
        )
        self._update()

    def _tapped(self, reader: str) -> None:
        person_id = self.waiting_for
        if person_id is None or self.busy:
            return  # a tap nobody asked for: ignored while the dialog is open
        self.busy = True
        self._update()
        self._actions.link_tapped_card(person_id, reader, self._linked, self._failed)

    def _linked(self, link: CardLink) -> None:
        self.busy = False
        self.waiting_for = None
        if link.person_id == self.person_id:
            self.link = link
        self.banner.show_message(
            "success",
            self.tr("Linked. From now on one tap of this card finds {name}.").format(
                name=self._person_name()
            ),
        )
        self._update()
        self.linked.emit(link.person_id)

    def unlink(self) -> None:
        """Remove the chosen person's card (the core checks the role and audits it)."""
        if self.busy or self.link is None:
            return
        person_id = self.person_id
        self.busy = True
        self.waiting_for = None
        self._update()
        self._actions.unlink_card(person_id, lambda _none: self._unlinked(person_id), self._failed)

    def _unlinked(self, person_id: str) -> None:
        self.busy = False
        if person_id == self.person_id:
            self.link = None
        self.banner.show_message("success", self.tr("The card is unlinked."))
        self._update()
        self.unlinked.emit(person_id)

    def _failed(self, error: BaseException) -> None:
        """The core's message in place (linked to someone else, a random ID, no role, ...);
        waiting goes on, so staff can have another card tapped."""
        self.busy = False
        self.banner.show_error(error)
        self._update()

    # --- showing -------------------------------------------------------------------------

    def _update(self) -> None:
        name = self._person_name()
        self.name.setText(name)
        if not self._loaded:
            self.status.setText("")
        elif self.link is None:
            self.status.setText(self.tr("{name} has no IC card linked.").format(name=name))
        else:
            self.status.setText(
                self.tr("{name} has an IC card linked ({kind}) since {when}.").format(
                    name=name,
                    kind=self._kind_label(self.link.kind),
                    when=self._actions.local(self.link.linked_at).strftime("%Y-%m-%d %H:%M"),
                )
            )
        waiting = self.waiting_for is not None
        self.link_button.setText(
            self.tr("Waiting for the card…")
            if waiting
            else self.tr("Replace the IC card")
            if self.link is not None
            else self.tr("Link an IC card")
        )
        self.link_button.setEnabled(self._loaded and not self.busy and not waiting)
        self.unlink_button.setEnabled(self._loaded and not self.busy and self.link is not None)
        self.person.setEnabled(not self.busy)

    def _kind_label(self, kind: str) -> str:
        return {
            "felica": self.tr("FeliCa, e.g. a transit card"),
            "iso14443a": self.tr("ISO 14443 type A"),
            "iso14443": self.tr("ISO 14443"),
        }.get(kind, kind)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("IC card"))
        self.title.setText(self.tr("IC card"))
        self.person.setAccessibleName(self.tr("Person"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.unlink_button.setAccessibleName(self.tr("Unlink the IC card"))
        self.close_button.setText(self.tr("Close"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._taps.release(self._tapped)
        super().closeEvent(event)
