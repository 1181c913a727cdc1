"""The desk: what reception staff work with all day.

Left, the camera preview. Right, from top: the message banner, the confirmation card of the
last scan (:class:`~ui.screens.confirm_card.ConfirmCard`: the household, one big "Check in"
button — Enter), the search box (search as you type, kanji or kana, phone, birth date), the
results, the action buttons and the recent activity. A scan needs one confirmation; everything
works from the keyboard: F2 search, F3 new walk-in card, F4 check out, F5 supply pickup,
F6 the life survey with the selected person (:class:`~ui.screens.survey.SurveyDialog`),
Enter confirms or opens the selected result, Esc cancels. A code typed (or sent by a keyboard
QR reader) into the search box and confirmed with Enter is read like a scanned one.

A scan never fights the keyboard. A code the camera reads is verified at once, but its
confirmation takes the keyboard only when the desk is *at rest*: no confirmation or dialog
open, the search box empty (no input-method composition either), and no key typed, text entered
or click into the search box for :data:`QUIET_MS`. Otherwise the code waits, in the amber
notice above the card (:class:`~ui.widgets.scan_notice.ScanNotice`: "A code was scanned: … —
F12"), and nothing moves: the focus stays, every key reaches the search box, Enter there acts
on the search only. Staff turn to it with F12 or a click on the notice; it also comes by itself
once the desk is at rest again (e.g. after Esc empties the search box, or a moment after the
previous confirmation closed — never straight after it, so a doubled Enter cannot confirm the
next household). A confirmation that is open is never replaced: further codes queue behind it,
oldest first, counted on the notice ("2 more codes waiting") — queued, not refused, because
each is someone who already held up a phone or card and should not have to again
(:mod:`ui.widgets.scan_notice`); a repeat of a household already showing or waiting is not
queued again. A search result opened over a scanned confirmation puts that one back first in
the queue. A code typed into the search box with Enter is the staff's own act: it shows at once
unless a confirmation is open.

The screen calls the core only through :class:`KioskActions`; results come back on the GUI
thread. The window calls :meth:`DeskScreen.on_code` when the camera accepts a code.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.front_door.results import Found
from kiosk.identity import classify_typed
from kiosk.reception.activity import Activity
from kiosk.reception.arrival import Admitted, Arrival
from kiosk.reception.checkin import StayResult
from kiosk.reception.status import CROWDING_LABELS
from kiosk.registry.records import Person
from kiosk.registry.roster_cache import Resident
from ui.actions import KioskActions
from ui.card_taps import CardTaps
from ui.screens.checkout_dialog import CheckoutDialog
from ui.screens.confirm_card import ConfirmCard, Feedback, needs_text
from ui.screens.pickup_dialog import PickupDialog
from ui.screens.survey import SurveyDialog
from ui.widgets.banner import Banner
from ui.widgets.card_link_dialog import CardLinkDialog
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.scan_notice import ScanNotice, ScanQueue, same_people

__all__ = ["DeskScreen", "QUIET_MS", "SEARCH_DELAY_MS"]

#: Search-as-you-type waits this long after the last key before asking the store.
SEARCH_DELAY_MS = 200
#: A scanned code takes the keyboard only after the search box was left alone this long.
QUIET_MS = 1500
#: Result rows: state → background (the state is also written in words on the row).
STATE_COLOURS = {"in": "#d7f2de", "away": "#fff3c4", "out": "#e6e6e6", "registered": "#ffffff"}
ROSTER_COLOUR = "#e3eefc"  # a resident from the City OS roster, not registered here yet


class DeskScreen(QWidget):
    """The staff desk. Signals: ``new_card_requested()`` (F3), ``register_requested(Arrival)``
    (a card or slip of nobody registered), ``admitted(Admitted)`` after a check-in."""

    new_card_requested = Signal()
    register_requested = Signal(object)
    admitted = Signal(object)

    def __init__(
        self,
        actions: KioskActions,
        camera_view: QWidget | None = None,
        feedback: Feedback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("desk")
        self.kiosk_actions = actions
        self._feedback = feedback
        self._hits: list[Person] = []
        self._residents: list[Resident] = []
        self.dialog: QDialog | None = None  # the open check-out, pickup or IC card dialog

        self.banner = Banner()
        self.card = ConfirmCard(actions, feedback)
        self.card.admitted.connect(self._admitted)
        self.card.failed.connect(self.show_error)
        self.card.register_requested.connect(self.register_requested.emit)
        self.card.card_link_requested.connect(self._link_card)
        self.card.cancelled.connect(self.focus_search)
        self.card.closed.connect(self._card_closed)
        self.scans = ScanQueue()
        # IC cards on the reader (ui.card_taps): read like a scan.
        self._card_taps = CardTaps(self, actions, self._card_read, self._refused)
        self.notice = ScanNotice()
        self.notice.activated.connect(self.show_waiting)
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self._settle)
        self._composing = False  # an input method holds uncommitted text in the search box
        self._generation = 0  # bumped by reset(): answers for codes read before are dropped

        self.search_label = QLabel()
        self.search_label.setWordWrap(True)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumHeight(48)
        self._enlarge(self.search_box, 4)
        self.search_label.setBuddy(self.search_box)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("results")
        self._enlarge(self.results, 2)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(lambda _item: self.open_selected())

        self.new_card = QPushButton()
        self.new_card.clicked.connect(self.new_card_requested.emit)
        self.checkout = QPushButton()
        self.checkout.clicked.connect(self.check_out_selected)
        self.pickup = QPushButton()
        self.pickup.clicked.connect(self.pickup_selected)
        self.survey = QPushButton()
        self.survey.clicked.connect(self.survey_selected)
        buttons = FlowLayout(spacing=6)  # two lines in large type at 1024 pixels
        for button in (self.new_card, self.checkout, self.pickup, self.survey):
            button.setMinimumHeight(52)
            buttons.add(button, 1)
        self.activity_label = QLabel()
        self.activity = QListWidget()
        self.activity.setObjectName("activity")
        self.activity.setWordWrap(True)
        self.activity.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.notice)
        right.addWidget(self.card)
        right.addWidget(self.search_label)
        right.addWidget(self.search_box)
        right.addWidget(self.results, 3)
        right.addLayout(buttons)
        right.addWidget(self.activity_label)
        right.addWidget(self.activity, 2)
        # A household's card needs the height (six members at 768 pixels): the activity list
        # steps aside while it shows, and so do the results when there are none.
        self.results.setMinimumHeight(72)
        self.card.shown.connect(self._make_room)
        self.camera = camera_view if camera_view is not None else self._camera_placeholder()
        self.camera_hint = QLabel()
        self.camera_hint.setWordWrap(True)
        self._enlarge(self.camera_hint, 2)
        left = QVBoxLayout()
        left.addWidget(self.camera, 1)
        left.addWidget(self.camera_hint)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)  # the card and the buttons need the width more than the camera
        layout.addLayout(right, 1)

        for keys, slot in (
            ("F2", self.focus_search),
            ("F3", self.new_card_requested.emit),
            ("F4", self.check_out_selected),
            ("F5", self.pickup_selected),
            ("F6", self.survey_selected),
            ("F7", self.paper_entry),
            ("F12", self.show_waiting),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def _make_room(self, card_shown: bool) -> None:
        self.activity_label.setHidden(card_shown)
        self.activity.setHidden(card_shown)
        self.results.setHidden(card_shown and not self.results.count())

    @staticmethod
    def _enlarge(widget: QWidget, extra: int) -> None:
        font = widget.font()
        font.setPointSize(max(font.pointSize(), 12) + extra)
        widget.setFont(font)

    def _camera_placeholder(self) -> QLabel:
        frame = QLabel()
        frame.setObjectName("cameraPlaceholder")
        frame.setFrameShape(QFrame.Shape.Box)
        frame.setAlignment(Qt.AlignmentFlag.AlignCenter)
        frame.setWordWrap(True)
        frame.setMinimumSize(320, 240)
        frame.setStyleSheet("background: #222; color: #ddd;")
        self._enlarge(frame, 2)
        return frame

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_label.setText(
            self.tr("&Search by name (kanji or kana), phone or birth date (F2)")
        )
        self.search_box.setPlaceholderText(self.tr("e.g. さとう はなこ"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.activity_label.setText(self.tr("Recent activity"))
        self.activity.setAccessibleName(self.tr("Recent activity"))
        for button, text, name in (
            (self.new_card, self.tr("New walk-in card (F3)"), self.tr("New walk-in card")),
            (self.checkout, self.tr("Check out (F4)"), self.tr("Check out")),
            (self.pickup, self.tr("Supply pickup (F5)"), self.tr("Supply pickup")),
            (self.survey, self.tr("Survey (F6)"), self.tr("Life survey")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.camera_hint.setText(
            self.tr(
                "Hold the app's QR code, the back of the My Number card or the slip up to "
                "the camera."
            )
        )
        if self.camera.objectName() == "cameraPlaceholder" and isinstance(self.camera, QLabel):
            self.camera.setText(self.tr("No camera. Type or search instead (F2)."))
            self.camera.setAccessibleName(self.tr("Camera preview"))
        self._show_hits_rows()
        self._update_notice()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- window hooks --------------------------------------------------------------------

    def focus_first(self) -> None:
        """The window shows the desk: focus the search box and bring the activity up to date."""
        if not self.card.isVisible():
            self.search_box.setFocus()
        if self.scans:
            self._quiet.start()  # codes that waited while another page was open come after
        self.refresh_activity()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()
        self._quiet.start()  # F2: staff are about to type

    def _text_changed(self, _text: str) -> None:
        self._search_timer.start()
        self._quiet.start()

    def reset(self) -> None:
        """Locking: nothing of the last person stays on screen."""
        if self.dialog is not None:
            self.dialog.reject()
        self._generation += 1
        self.scans.clear()
        self.card.clear()
        self.notice.clear_notice()
        self.search_box.clear()
        self._quiet.stop()
        self.results.clear()
        self._hits, self._residents = [], []
        self.activity.clear()
        self.banner.clear_message()

    # --- scans ---------------------------------------------------------------------------

    def on_code(self, text: str) -> None:
        """A code the camera accepted: verify it; its confirmation shows at once when the desk
        is at rest, else it waits in the notice (see the module docstring)."""
        self._read(text, at_once=False)

    def on_card(self, reader: str) -> None:
        """A card put on the reader (ui.card_taps): read like a scanned code; a My Number
        card's holder is shown at once after the PIN (staff are with them)."""
        self._card_taps.read(reader)

    def _card_read(self, found: Arrival) -> None:
        """A walk-in read from a My Number chip opens a new evacuee card pre-filled with the
        four items (staff add the rest); anyone known is confirmed like a scan."""
        if found.kind == "mynumber" and found.newcomers and not found.known:
            self.register_requested.emit(found)
        else:
            self._identified(found, at_once=True)

    def _read(self, text: str, at_once: bool) -> None:
        generation = self._generation

        def identified(arrival: Arrival) -> None:
            if generation == self._generation:
                self._identified(arrival, at_once)

        def refused(error: BaseException) -> None:
            if generation == self._generation:
                self._refused(error)

        self.kiosk_actions.identify(text, identified, refused)

    def _identified(self, arrival: Arrival, at_once: bool) -> None:
        if self.scans.holds(arrival, self.card.arrival):
            return  # the same people again (a phone held up twice): already showing or waiting
        if self.card.arrival is None and (at_once or (not self.scans and self._at_rest())):
            self.show_arrival(arrival)
            return
        if self.scans.full:
            if self._feedback is not None:
                self._feedback.failure(self)
            self.banner.show_message(
                "warning",
                self.tr("Too many codes waiting. Deal with them first (F12), then scan again."),
            )
            return
        self.scans.add(arrival)
        self._update_notice()

    @property
    def at_rest(self) -> bool:
        """Whether a code scanned now would open at once (see the module docstring)."""
        return self._at_rest()

    def _at_rest(self) -> bool:
        """Whether a scanned code may take the keyboard now: nothing open, nobody typing."""
        return (
            self.card.arrival is None
            and self.dialog is None
            and not self.search_box.text().strip()
            and not self._composing
            and not self._quiet.isActive()
        )

    def _settle(self) -> None:
        """The search box was left alone for a moment: the next waiting code, if at rest."""
        if self.scans and self._at_rest():
            self.show_waiting()

    def show_waiting(self) -> None:
        """F12 or a click on the notice: the oldest waiting code's confirmation (not while
        another one is open: that one is finished or cancelled first)."""
        if self.card.arrival is not None:  # back to the open confirmation first
            card = self.card
            (
                card.confirm_button if card.confirm_button.isVisible() else card.cancel_button
            ).setFocus()
            return
        arrival = self.scans.next()
        if arrival is not None:
            self.show_arrival(arrival)
        self._update_notice()

    def _update_notice(self) -> None:
        if not self.scans:
            self.notice.clear_notice()
        elif self.card.arrival is not None:
            self.notice.show_behind(len(self.scans))
        else:
            self.notice.show_next(self.card.summary(self.scans.waiting[0]), len(self.scans) - 1)

    def _card_closed(self) -> None:
        self._quiet.start()  # the next waiting code never lands on a doubled Enter
        self._update_notice()

    def show_arrival(self, arrival: Arrival, preselect: Sequence[str] | None = None) -> None:
        """Show ``arrival`` on the card now (a search result, or a scan staff turned to). A
        scanned confirmation open on the card is not lost: it goes back first in the queue."""
        shown = self.card.arrival
        if (
            shown is not None
            and shown.kind not in ("search", "roster")
            and not self.card.busy
            and not same_people(shown, arrival)
        ):
            self.scans.put_back(shown)
        self.banner.clear_message()
        if arrival.blank_card is not None:  # a pre-printed paper card: type it in
            self.card.clear()
            self.register_requested.emit(arrival)
            return
        self.card.show_arrival(arrival, preselect)
        self._update_notice()

    def paper_entry(self) -> None:
        """F7: entering filled-in paper cards starts from the QR printed on each card."""
        self.banner.show_message(
            "info",
            self.tr(
                "Paper entry (F7): scan the QR code printed on the paper card; its form opens "
                "with the card's number."
            ),
        )

    def _refused(self, error: BaseException) -> None:
        if self._feedback is not None:
            self._feedback.failure(self)
        self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        self.banner.show_error(error)

    def _admitted(self, admitted: Admitted) -> None:
        outcomes = admitted.stay.outcomes
        recorded = len(admitted.stay.recorded)
        already = sum(1 for o in outcomes if o.result in ("already_in", "just_scanned"))
        text = self.tr("Checked in: %n people", "", recorded)
        if admitted.registered:
            text += " " + self.tr("(%n newly registered)", "", len(admitted.registered))
        if already:
            text += " " + self.tr("(%n were already in)", "", already)
        self._report(admitted.stay, text, "success" if recorded else "warning")
        self.search_box.setFocus()
        self.admitted.emit(admitted)

    def _report(self, result: StayResult, text: str, kind: str = "success") -> None:
        level = QCoreApplication.translate("Crowding", CROWDING_LABELS[result.crowding.level])
        crowded = result.crowding.level in ("high", "full")
        shelter = self.tr("Shelter: {level} ({present} / {capacity})").format(
            level=level, present=result.crowding.present, capacity=result.crowding.capacity
        )
        self.banner.show_message("warning" if crowded else kind, f"{text} — {shelter}")
        self.refresh_activity()
        if self.search_box.text().strip():
            self._search()  # states on the result rows changed

    # --- search --------------------------------------------------------------------------

    def _search(self) -> None:
        query = self.search_box.text()
        if classify_typed(query.strip()) != "unknown":
            return  # a code being typed: read on Enter, never searched (nor a My Number)
        self.kiosk_actions.search(
            query, lambda found: self._show_hits(query, found), self.show_error
        )

    def _show_hits(self, query: str, found: Found) -> None:
        if query != self.search_box.text():
            return  # an older query's answer: the newer one is on its way
        self._hits = [hit.person for hit in found.hits]
        self._residents = []
        self._show_hits_rows()
        if found.kind == "name":  # the roster holds names only: searched too
            self.kiosk_actions.search_roster(
                query, lambda residents: self._show_residents(query, residents)
            )

    def _show_residents(self, query: str, residents: Sequence[Resident]) -> None:
        """City OS roster residents not registered here, below the people (offline too)."""
        if query != self.search_box.text() or not residents:
            return
        self._residents = list(residents)
        self._show_hits_rows()

    def _show_hits_rows(self) -> None:
        current = max(self.results.currentRow(), 0)
        self.results.clear()
        today = self.kiosk_actions.today()
        states = {
            "in": self.tr("In", "person state"),
            "away": self.tr("Away", "person state"),
            "out": self.tr("Checked out", "person state"),
            "registered": self.tr("Not checked in", "person state"),
        }
        for person in self._hits:
            parts = [f"{person.name}（{person.kana}）" if person.kana else person.name]
            age = person.age_on(today)
            if age is not None:
                parts.append(self.tr("%n years", "", age))
            parts.append(f"［{states.get(person.state, person.state)}］")
            if person.needs.any:
                parts.append(
                    "［" + self.tr("Support: {needs}").format(needs=needs_text(person.needs)) + "］"
                )
            item = QListWidgetItem("  ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, person)
            item.setBackground(QBrush(QColor(STATE_COLOURS.get(person.state, "#ffffff"))))
            item.setForeground(QBrush(QColor("#000000")))
            self.results.addItem(item)
        roster_label = self.tr("City OS roster — not registered here yet")
        for resident in self._residents:
            name = f"{resident.name}（{resident.kana}）" if resident.kana else resident.name
            item = QListWidgetItem(f"{name}  ［{roster_label}］")
            item.setData(Qt.ItemDataRole.UserRole, resident)
            item.setBackground(QBrush(QColor(ROSTER_COLOUR)))
            item.setForeground(QBrush(QColor("#000000")))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(min(current, self.results.count() - 1))
            self.results.show()  # hidden while a card showed and there were none

    def _search_entered(self) -> None:
        text = self.search_box.text().strip()
        if classify_typed(text) != "unknown":
            self.search_box.clear()  # a code (a My Number above all) does not stay on screen
            self._read(text, at_once=True)
            return
        if self._search_timer.isActive():  # Enter faster than the debounce: search now
            self._search_timer.stop()
            query = self.search_box.text()
            self.kiosk_actions.search(
                query, lambda found: self._open_first(query, found), self.show_error
            )
            return
        self.open_selected()

    def _open_first(self, query: str, found: Found) -> None:
        self._show_hits(query, found)
        self.open_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.search_box:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.InputMethod:  # Japanese: composing before committing
            assert isinstance(event, QInputMethodEvent)
            self._composing = bool(event.preeditString())
            self._quiet.start()
        elif event.type() == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            if event.reason() == Qt.FocusReason.MouseFocusReason:
                self._quiet.start()  # clicked into the search box: about to type
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self._quiet.start()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter in the search box acts on the search only, and goes no further.
                self._search_entered()
                return True
            # Up and Down in the search box move through the results: no Tab needed.
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def selected(self) -> Person | None:
        """The person of the selected result (None for a roster resident: not registered)."""
        item = self.results.currentItem()
        found = item.data(Qt.ItemDataRole.UserRole) if item else None
        return found if isinstance(found, Person) else None

    def open_selected(self) -> None:
        """Open the selected result as a confirmation card: their household, only them ticked;
        a roster resident as a card pre-filled from the City OS, to confirm and check in."""
        item = self.results.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        if isinstance(chosen, Resident):
            self.show_arrival(Arrival("roster", newcomers=(chosen.draft(),)))
            return
        person = self.selected()
        if person is None:
            return

        def show(found: tuple[object, tuple[Person, ...]]) -> None:
            others = tuple(m for m in found[1] if m.id != person.id)
            arrival = Arrival("search", (person, *others), household_id=person.household_id)
            self.show_arrival(arrival, preselect=[person.id])

        self.kiosk_actions.household(person.household_id, show, self.show_error)

    # --- check-out and pickup ------------------------------------------------------------

    def _targets(self) -> list[Person]:
        """Whom F4/F5 act on: the people on the open card, else the selected result."""
        if self.card.arrival is not None and self.card.arrival.known:
            return list(self.card.arrival.known)
        person = self.selected()
        return [person] if person is not None else []

    def check_out_selected(self) -> None:
        """F4: check out the people on the card who are in (or away), else the result."""
        targets = self._targets()
        if not targets:
            self.banner.show_message("info", self.tr("Find the person first (F2)."))
            return
        present = [p for p in targets if p.state in ("in", "away")]
        if not present:
            names = "、".join(p.name for p in targets)
            self.banner.show_message("info", self.tr("Not checked in: {names}").format(names=names))
            return
        dialog = CheckoutDialog(self.kiosk_actions, present, self)
        dialog.checked_out.connect(
            lambda result: self._after_dialog(
                result, self.tr("Checked out: %n people", "", len(result.recorded))
            )
        )
        self._open_dialog(dialog)

    def pickup_selected(self) -> None:
        """F5: record a supply pickup by the code's person, else by the selected result."""
        targets = self._targets()
        if not targets:
            self.banner.show_message("info", self.tr("Find the person first (F2)."))
            return
        dialog = PickupDialog(self.kiosk_actions, targets[0], self)
        dialog.picked_up.connect(
            lambda result, item, quantity: self._after_dialog(
                result,
                self.tr("Pickup recorded: {item} × {n}").format(item=item, n=quantity),
            )
        )
        self._open_dialog(dialog)

    def survey_selected(self) -> None:
        """F6: the life survey for the people on the card, else the selected result."""
        targets = self._targets()
        if not targets:
            self.banner.show_message("info", self.tr("Find the person first (F2)."))
            return
        dialog = SurveyDialog(self.kiosk_actions, targets, self)
        dialog.accepted.connect(
            lambda: self.banner.show_message("success", self.tr("Survey answers saved."))
        )
        self._open_dialog(dialog)

    def _link_card(self, arrival: Arrival) -> None:
        """The IC card dialog for the people on the card: the next tap on the reader is
        linked, not read as an arrival, while it is open."""
        if self.dialog is None:
            self._open_dialog(
                CardLinkDialog(self.kiosk_actions, arrival.known, self._card_taps, self)
            )

    def _open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()  # window-modal, without a nested event loop

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self._quiet.start()
        (self.card.confirm_button if self.card.isVisible() else self.search_box).setFocus()

    def _after_dialog(self, result: StayResult, text: str) -> None:
        self.card.clear()
        self._report(result, text)

    # --- activity ------------------------------------------------------------------------

    def refresh_activity(self) -> None:
        self.kiosk_actions.recent_activity(self._show_activity, lambda _error: None)

    def _show_activity(self, items: Sequence[Activity]) -> None:
        kinds = {
            "checkin": self.tr("In"),
            "checkout": self.tr("Out"),
            "leave": self.tr("Leave"),
            "return": self.tr("Back"),
            "move": self.tr("Moved"),
            "supply": self.tr("Pickup"),
        }
        self.activity.clear()
        for a in items:
            parts = [f"{self.kiosk_actions.local(a.at):%H:%M}", kinds.get(a.kind, a.kind), a.name]
            if a.needs_support:
                parts.append("［" + self.tr("Support needed") + "］")
            if a.destination:
                parts.append(f"→ {a.destination}")
            if a.item:
                parts.append(f"{a.item} × {a.quantity}")
            self.activity.addItem("  ".join(parts))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Esc anywhere on the desk: close the card, else empty the search.
        if event.key() == Qt.Key.Key_Escape:
            if self.card.isVisible():
                self.card.cancel()
            else:
                self.search_box.clear()
                self.search_box.setFocus()
            return
        super().keyPressEvent(event)
