"""The walk-in evacuee card (避難者カード): every field of DESIGN §4, laid out for speed.

From the top: the message banner; the household's members as rows
(:class:`~ui.screens.card_member.MemberRow`; "Add member" is Ctrl+N); the household part
(phone, address, where staying, a car's plate and type — in a vehicle or parked —, language,
damage to home, pets, emergency contact, notes); the consent part (安否情報の開示 in plain
words, then the scopes recipient × peacetime/emergency as a grid). Address, phone, where
staying, language and consent are asked once and apply to every member.

Keyboard: Enter moves to the next field and saves on the last one; Ctrl+S saves from anywhere;
Esc cancels from anywhere in the window while the card shows (the draft is kept, so nothing
typed is lost and nothing is asked); F, M, X choose the sex and move on. A bad field is named
in the banner, outlined and focused.

The unfinished card is a draft in the encrypted store (``draft`` kind ``card``): saved
:data:`DRAFT_DELAY_MS` after the last change and when the form is hidden, offered back by
:meth:`CardForm.start_new` — "Continue the unsaved card from 14:05?" / "Start new", never
restored unasked (the next household must not get the last one's card) —, cleared when the
card is saved or cleared. Saving calls
:meth:`KioskActions.register_household` (which also checks everyone in) and emits
``saved(household_id, person_ids)``; then, if "Print slips" is ticked, a
:class:`~ui.slip_print.SlipPrinter` prints a slip per person.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.basics.errors import KioskError, ValidationError
from kiosk.reception.arrival import Arrival
from kiosk.registry.drafts import Draft
from kiosk.registry.people import validate_household, validate_person
from kiosk.registry.records import HouseholdDraft, PersonDraft
from ui.actions import KioskActions
from ui.screens.card_household import HouseholdPart
from ui.screens.card_member import MemberRow
from ui.screens.confirm_card import CONFIRM_STYLE
from ui.slip_print import SlipPrinter
from ui.widgets.banner import Banner
from ui.widgets.flow_layout import FlowLayout, FlowScrollArea

__all__ = ["CardForm", "DRAFT_KIND", "DRAFT_DELAY_MS"]

DRAFT_KIND = "card"
#: The draft is written this long after the last change (and at once when the form hides).
DRAFT_DELAY_MS = 600
_STYLE = (
    '*[invalid="true"] { border: 3px solid #8c1010; background: #fde7e7; }'
    'QLineEdit[suggested="true"] { background: #fff6cc; }'
    "QFrame#choiceToggle:focus { border: 3px solid #1a5fb4; border-radius: 4px; }"
    "QPushButton#choice:checked, QPushButton#chip:checked { background: #10457a;"
    " color: #ffffff; font-weight: bold; }"
    "QPushButton#chip:focus, QPushButton#choice:focus { border: 3px solid #1a5fb4; }"
    "QLabel#memberNumber { font-size: 18pt; font-weight: bold; }"
    "QLabel#memberLink { font-weight: bold; }"
    "QGroupBox { font-weight: bold; }"
) + CONFIRM_STYLE


class CardForm(QWidget):
    """The evacuee card. ``start_new()`` / ``start_for(arrival)`` open it; ``saved(household_id,
    person_ids)`` after saving; ``cancelled()`` on Esc."""

    saved = Signal(str, object)  # household id, tuple of person ids in card order
    cancelled = Signal()

    def __init__(
        self,
        actions: KioskActions,
        slip_printer: SlipPrinter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardForm")
        self.setStyleSheet(_STYLE)
        self.kiosk_actions = actions
        self.slip_printer = slip_printer or SlipPrinter(actions, parent=self)
        self.rows: list[MemberRow] = []
        self.saving = False
        self._loading = False
        self._dirty = False
        self._invalid: QWidget | None = None
        self._kana_warmed = False
        #: Paper-entry mode: the slip id printed on the blank paper card being typed in.
        self.paper_slip_id: str | None = None
        self._print_before_paper = True
        #: What :meth:`focus_missing` focused, to scroll into view once the card shows.
        self._missing: QWidget | None = None
        #: The open "continue the unsaved card?" question, if any.
        self.draft_question: QMessageBox | None = None

        self.banner = Banner()
        self.title = QLabel()
        self.title.setObjectName("cardFormTitle")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)

        # Members.
        self.members_box = QGroupBox()
        self.members_layout = QVBoxLayout(self.members_box)
        self.add_member = QPushButton()
        self.add_member.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Ctrl+N by keyboard
        self.add_member.clicked.connect(lambda: self.add_row(focus=True))
        self.members_layout.addWidget(self.add_member, 0, Qt.AlignmentFlag.AlignLeft)

        self.part = HouseholdPart()
        self.part.changed.connect(self._changed)
        self.part.stay.chosen.connect(self._next_field)

        # Buttons.
        self.print_slips = QCheckBox()
        self.print_slips.setChecked(True)
        self.print_slips.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.clear_button = QPushButton()
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.clear_button.clicked.connect(self.discard)
        self.cancel_button = QPushButton()
        self.cancel_button.setMinimumHeight(60)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton()
        self.save_button.setObjectName("confirm")
        self.save_button.setMinimumHeight(60)
        save_font = self.save_button.font()
        save_font.setPointSize(save_font.pointSize() + 4)
        save_font.setBold(True)
        self.save_button.setFont(save_font)
        self.save_button.clicked.connect(self.save)
        buttons = FlowLayout(spacing=8)  # two lines in large type at 1024 pixels
        buttons.add(self.print_slips)
        buttons.add(self.clear_button)
        buttons.add(self.cancel_button, 1)
        buttons.add(self.save_button, 2)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.members_box)
        body.addWidget(self.part)
        body.addStretch(1)
        self.scroll_area = FlowScrollArea()  # vertical only: the members' fields wrap
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

        for keys, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+N", lambda: self.add_row(focus=True)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Esc leaves the card whatever has the focus in the window (a field, a closed combo
        # box, a member's remove button, the toolbar, nothing): the shortcut lives only while
        # the card is the page showing. An open popup or dialog is its own window and takes
        # its Esc first.
        self.esc = QShortcut(QKeySequence("Esc"), self, self.cancel)
        self.esc.setContext(Qt.ShortcutContext.WindowShortcut)

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.persist_draft)
        for widget in (*self.part.inputs(), self.save_button, self.cancel_button):
            widget.installEventFilter(self)
        self._loading = True  # building the empty card is not an edit
        self.add_row()
        self._loading = False
        self._draft_timer.stop()
        self.retranslate()

    # --- opening -------------------------------------------------------------------------

    def start_new(self) -> None:
        """Open the card: what is on it stays; an empty card asks whether to continue the
        stored draft."""
        self._warm_kana()
        self._set_paper(None)
        if not self.is_empty():
            self.focus_first()
            return
        self.banner.clear_message()
        self.kiosk_actions.load_draft_entry(DRAFT_KIND, self._draft_loaded)
        self.focus_first()

    def start_for(self, arrival: Arrival) -> None:
        """A fresh card for someone whose My Number card or slip is not registered yet: the
        code is linked to the first member (only the masked number is shown)."""
        self._warm_kana()
        self._reset_widgets()
        first = self.rows[0]
        if arrival.mynumber is not None:
            first.set_link(
                mynumber_token=arrival.mynumber.token, mynumber_masked=arrival.mynumber.masked
            )
        elif arrival.slip is not None:
            first.set_link(slip_id=arrival.slip.slip_id)
        self._set_paper(arrival.blank_card.slip_id if arrival.blank_card is not None else None)
        for index, draft in enumerate(arrival.newcomers):
            row = first if index == 0 else self.add_row()
            self._fill_row(row, draft)
        if arrival.newcomers and arrival.newcomers[0].address:
            # The household's address from the code or the chip (a My Number card's four items).
            self.part.address.setText(arrival.newcomers[0].address)
        if self.paper_slip_id is not None:
            self.banner.show_message(
                "info",
                self.tr(
                    "Paper entry: type what is written on the paper card No. {slip}. Saved, "
                    "the QR printed on it finds this person from now on."
                ).format(slip=self.paper_slip_id),
            )
        elif arrival.mynumber is not None and arrival.newcomers:
            # The members' part scrolls away for the phone and the consent (focus_missing):
            # what the chip gave stays in sight here for staff to check with the holder.
            read = arrival.newcomers[0]
            self.banner.show_message(
                "info",
                self.tr(
                    "Read from the My Number card: {name}, born {birth}. Still to fill in: "
                    "the phone and the consent."
                ).format(name=read.name, birth=read.birth.isoformat() if read.birth else "—"),
            )
        else:
            self.banner.clear_message()
        self._changed()
        if arrival.newcomers:
            self.focus_missing()
        else:
            self.focus_first()

    def _set_paper(self, slip_id: str | None) -> None:
        """Enter or leave paper-entry mode. The paper card already carries its QR, so "print
        slips" is unticked while in it; leaving restores what it was."""
        if (self.paper_slip_id is None) != (slip_id is None):
            if slip_id is not None:
                self._print_before_paper = self.print_slips.isChecked()
                self.print_slips.setChecked(False)
            else:
                self.print_slips.setChecked(self._print_before_paper)
        self.paper_slip_id = slip_id
        self.retranslate()

    def focus_first(self) -> None:
        self.rows[0].name.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_missing(self) -> None:
        """A card pre-filled from a code or a chip: the focus goes to the first thing still
        to be typed (for a My Number card's four items, the phone) and the view shows it
        together with the consent box when that is still unticked — on a 1024-pixel display
        the consent sits below the household box, and a scroll to reach it would be one more
        step for every walk-in (bench_card's ``walkin_steps_with_card``)."""
        first = self.rows[0]
        missing: QWidget | None = next(
            (
                widget
                for widget, empty in (
                    (first.name, not first.name.text().strip()),
                    (first.birth, not first.birth.text().strip()),
                    (self.part.phone, not self.part.phone.text().strip()),
                    (self.part.address, not self.part.address.text().strip()),
                )
                if empty
            ),
            None,
        )
        if missing is None:
            missing = self.part.anpi if not self.part.anpi.isChecked() else self.save_button
        missing.setFocus(Qt.FocusReason.OtherFocusReason)
        # The card was just filled (and may not be showing yet): its layouts settle in posted
        # events (FlowScrollArea measures its content on the next turn of the loop), so
        # scroll once they have run and the card shows.
        self._missing = missing
        if self.isVisible():
            QTimer.singleShot(0, self, self._show_missing)

    def _show_missing(self) -> None:
        focused, self._missing = self._missing, None
        if focused is None or not self.isVisible():
            return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if not self.part.anpi.isChecked():
            self.scroll_area.ensureWidgetVisible(self.part.anpi, 0, 12)
        if self.scroll_area.isAncestorOf(focused):
            self.scroll_area.ensureWidgetVisible(focused, 0, 12)  # the field typed in wins

    def reset(self) -> None:
        """Nothing of this card on screen (the desk locks); the draft keeps it."""
        self._close_draft_question()
        self.persist_draft()
        self._reset_widgets()
        self._set_paper(None)
        self.banner.clear_message()

    def discard(self) -> None:
        """Clear the card and its draft (another household comes next)."""
        self._reset_widgets()
        self._set_paper(None)
        self.banner.clear_message()
        self.kiosk_actions.clear_draft(DRAFT_KIND)
        self.focus_first()

    def cancel(self) -> None:
        """Leave the card; the draft keeps what was typed."""
        self._close_draft_question()
        self.persist_draft()
        self.cancelled.emit()

    # --- members -------------------------------------------------------------------------

    def add_row(self, focus: bool = False) -> MemberRow:
        """Add a member row (Ctrl+N); its name field gets the focus when ``focus``."""
        row = MemberRow(len(self.rows), self._suggest_kana)
        row.changed.connect(self._changed)
        row.remove_requested.connect(self._remove_row)
        for widget in row.inputs():
            widget.installEventFilter(self)
        row.sex.chosen.connect(self._next_field)
        self.members_layout.insertWidget(self.members_layout.count() - 1, row)
        self.rows.append(row)
        self._tab_order()
        if focus:
            row.name.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(row))
        self._changed()
        return row

    def _remove_row(self, row: MemberRow) -> None:
        if row.index == 0:
            return
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        for index, other in enumerate(self.rows):
            other.set_index(index)
        self._tab_order()
        self.rows[min(row.index, len(self.rows) - 1)].name.setFocus()
        self._changed()

    def _fill_row(self, row: MemberRow, draft: PersonDraft) -> None:
        state = {
            "name": draft.name,
            "kana": draft.kana,
            "sex": draft.sex,
            "birth": draft.birth.isoformat() if draft.birth else "",
            "relationship": draft.relationship,
            "needs": sorted(draft.needs.flags),
            "cityos_subject": draft.cityos_subject,
            "mynumber_token": row.mynumber_token,
            "mynumber_masked": row.mynumber_masked,
            "slip_id": row.slip_id,
        }
        row.set_state(state)

    def _tab_order(self) -> None:
        chain: list[QWidget] = []
        for row in self.rows:
            chain += row.inputs()
        chain += self.part.inputs() + [self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _suggest_kana(self, name: str, done: Any) -> None:
        self.kiosk_actions.suggest_kana(name, done, lambda _error: None)  # no suggestion: type it

    def _warm_kana(self) -> None:
        """The first suggestion loads the dictionaries (about a second): do it before anyone
        has typed a name, on the background worker."""
        if not self._kana_warmed:
            self._kana_warmed = True
            self.kiosk_actions.suggest_kana("山", lambda _k: None, lambda _e: None)

    # --- the card as data ----------------------------------------------------------------

    def is_empty(self) -> bool:
        return all(row.is_empty() for row in self.rows) and self.part.is_empty()

    def collect(self) -> tuple[list[PersonDraft], HouseholdDraft]:
        """The members (empty extra rows left out) and the household part, checked.

        Raises:
            ValidationError: the first bad field (its widget is found by :meth:`widget_for`).
        """
        shared = self.part.shared()
        members: list[PersonDraft] = []
        today = self.kiosk_actions.today()  # the shelter's day, not the computer's
        for row in self.rows:
            if row.index > 0 and row.is_empty():
                continue
            try:
                draft = row.draft(shared)
                validate_person(draft, today)
            except ValidationError as error:
                error.row = row.index  # type: ignore[attr-defined]
                raise
            members.append(draft)
        card = self.part.household()
        validate_household(card)
        return members, card

    def widget_for(self, error: ValidationError) -> QWidget | None:
        """The widget a validation error is about."""
        row = self.rows[min(getattr(error, "row", 0), len(self.rows) - 1)]
        widget = row.widget_for(error.field)
        if widget is not None:
            return widget
        if error.field == "person":
            return row.name
        return self.part.widget_for(error.field)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Check the card, register the household (and check it in), then print the slips."""
        if self.saving:
            return
        self._clear_invalid()
        try:
            members, card = self.collect()
        except ValidationError as error:
            self._show_invalid(error)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        slip_id = self.paper_slip_id
        if slip_id is not None:
            self.kiosk_actions.register_paper_card(
                slip_id, members, card, self._saved, self._save_failed
            )
            return
        self.kiosk_actions.register_household(members, card, self._saved, self._save_failed)

    def _saved(self, result: tuple[str, Sequence[str]]) -> None:
        household_id, person_ids = result
        self.saving = False
        self.save_button.setEnabled(True)
        self._draft_timer.stop()
        self.kiosk_actions.clear_draft(DRAFT_KIND)
        self._reset_widgets()
        self.banner.show_message("success", self.tr("Saved and checked in."))
        # A paper card's first member keeps the printed slip: a new slip would replace it.
        printable = tuple(person_ids)[1:] if self.paper_slip_id else tuple(person_ids)
        self._set_paper(None)
        self.saved.emit(household_id, tuple(person_ids))
        if self.print_slips.isChecked() and printable:
            self.slip_printer.print_for(printable)

    def _save_failed(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_invalid(error)
        elif isinstance(error, KioskError):
            self.banner.show_error(error)

    def _show_invalid(self, error: ValidationError) -> None:
        widget = self.widget_for(error)
        self.banner.show_error(error)
        if widget is None:
            return
        self._invalid = widget
        widget.setProperty("invalid", True)
        widget.setAccessibleDescription(self.banner.message)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(widget)

    def _clear_invalid(self) -> None:
        widget, self._invalid = self._invalid, None
        if widget is not None:
            widget.setProperty("invalid", False)
            widget.setAccessibleDescription("")
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    # --- the draft -----------------------------------------------------------------------

    def draft_payload(self) -> str:
        """The card as the draft's JSON (inside the encrypted store only)."""
        return json.dumps(
            {
                "v": 1,
                "members": [row.to_state() for row in self.rows],
                "household": self.part.to_state(),
            },
            ensure_ascii=False,
        )

    def persist_draft(self) -> None:
        """Write the draft now if anything changed since the last write."""
        self._draft_timer.stop()
        if not self._dirty or self.saving:
            return
        self._dirty = False
        if self.is_empty():
            self.kiosk_actions.clear_draft(DRAFT_KIND)
        else:
            self.kiosk_actions.save_draft(DRAFT_KIND, self.draft_payload())

    def _draft_loaded(self, entry: Draft | None) -> None:
        if entry is None or self._dirty or not self.is_empty() or not self.isVisible():
            return  # nothing kept, staff already started a new card, or the card was left
        try:
            data = json.loads(entry.payload)
        except ValueError:
            return
        if not isinstance(data, dict) or self.draft_question is not None:
            return
        self._ask_draft(data, self._draft_time(entry.updated_at))

    def _draft_time(self, updated_at: str) -> str:
        """When the draft was written, as staff read it: 14:05, or 12-01 14:05 another day."""
        try:
            at = self.kiosk_actions.local(datetime.fromisoformat(updated_at))
        except ValueError:
            return ""
        same_day = at.date() == self.kiosk_actions.today()
        return at.strftime("%H:%M" if same_day else "%m-%d %H:%M")

    def _ask_draft(self, data: dict[str, Any], when: str) -> None:
        """Ask before bringing back the unsaved card (window-modal, so nothing is typed into
        the empty card meanwhile). Enter or Esc continues it: nothing is thrown away unless
        "Start new" is chosen."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved card"))
        box.setText(self.tr("Continue the unsaved card from {time}?").format(time=when))
        resume = box.addButton(self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        fresh = box.addButton(self.tr("Start new"), QMessageBox.ButtonRole.DestructiveRole)
        font = box.font()
        font.setPointSize(font.pointSize() + 4)
        box.setFont(font)
        for button in (resume, fresh):
            button.setMinimumSize(180, 56)  # a quick, sure tap on a touch screen
            button.setFont(font)
        box.setDefaultButton(resume)
        box.setEscapeButton(resume)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.draft_question = box

        def answered(button: object) -> None:
            if self.draft_question is not box:
                return  # closed by a lock or a cancel meanwhile: nothing was decided
            self.draft_question = None
            if button is fresh:
                self.discard()
                return
            self._resume(data)

        box.buttonClicked.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()

    def _close_draft_question(self) -> None:
        box, self.draft_question = self.draft_question, None
        if box is not None:
            box.close()

    def _resume(self, data: dict[str, Any]) -> None:
        try:
            self._restore(data)
        except (ValueError, TypeError, KeyError, AttributeError):
            self._reset_widgets()
            return
        self.banner.show_message(
            "info", self.tr("The unfinished card is back. To start another, press Clear.")
        )
        self.focus_first()

    def _restore(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._reset_widgets()
            for index, state in enumerate(data.get("members", [])):
                row = self.rows[0] if index == 0 else self.add_row()
                row.set_state(state)
            self.part.set_state(data.get("household", {}))
        finally:
            self._loading = False
        self._dirty = False

    def _reset_widgets(self) -> None:
        self._missing = None
        self._loading = True
        try:
            self._clear_invalid()
            for row in self.rows[1:]:
                row.hide()
                row.deleteLater()
            self.rows = self.rows[:1]
            first = self.rows[0]
            first.set_state({})
            self.part.set_state({})
            self._tab_order()
        finally:
            self._loading = False
        self._dirty = False

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._draft_timer.start()
        if self._invalid is not None and self._invalid.hasFocus():
            self._clear_invalid()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._missing is not None:
            QTimer.singleShot(0, self, self._show_missing)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.persist_draft()
        super().hideEvent(event)

    # --- keyboard ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            if isinstance(watched, QAbstractButton) and (
                watched in (self.save_button, self.cancel_button)
                or any(watched is row.remove for row in self.rows)
            ):
                watched.click()  # a button: Enter presses it
                return True
            if watched is self._last_field():
                self.save()
            else:
                self._next_field()
            return True
        return super().eventFilter(watched, event)

    def _last_field(self) -> QWidget:
        return self.part.inputs()[-1]

    def _next_field(self) -> None:
        self.focusNextChild()
        focused = QApplication.focusWidget()
        if focused is not None and self.scroll_area.isAncestorOf(focused):
            self.scroll_area.ensureWidgetVisible(focused)

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.paper_slip_id is not None:
            self.title.setText(
                self.tr("Evacuee card — paper entry (No. {slip})").format(slip=self.paper_slip_id)
            )
        else:
            self.title.setText(self.tr("Evacuee card"))
        self.members_box.setTitle(self.tr("Household members (the first is the representative)"))
        self.add_member.setText(self.tr("Add member (Ctrl+N)"))
        self.add_member.setAccessibleName(self.tr("Add member"))
        self.print_slips.setText(self.tr("Print a slip for each person"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the card"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save and check in (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save and check in"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
