"""The desk: what reception staff work with all day.

Left, the camera preview. Right, from top: the message banner, the confirmation card of the
last scan (the household with a tick box per member, one big "Check in" button — Enter), the
search box (search as you type, kanji or kana), and the recent activity. A scan needs one
confirmation; everything works from the keyboard: F2 search, F3 new walk-in card, F4 check
out, F5 supply pickup, Enter confirms, Esc dismisses.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.activity import Activity
from kiosk.arrival import Admitted, Arrival
from kiosk.checkin import StayResult
from kiosk.errors import KioskError
from kiosk.records import Person
from kiosk.search import SearchHit
from kiosk.status import CROWDING_LABELS
from ui.actions import KioskActions
from ui.i18n import tr_error, translated
from ui.widgets.banner import Banner

__all__ = ["DeskScreen"]

STATE_MARKS = {"in": "●", "away": "◐", "out": "○", "registered": "·"}
DESTINATIONS = ("自宅", "親戚・知人宅", "病院", "他の避難所", "その他")
ITEMS = ("水", "食料", "毛布", "乳児用ミルク", "おむつ", "衛生用品")


def _age(person: Person) -> str:
    years = person.age_on(date.today())
    return "" if years is None else f"{years}"


class DeskScreen(QWidget):
    new_card_requested = Signal()
    register_requested = Signal(object)
    admitted = Signal(object)

    def __init__(self, actions: KioskActions, camera_view: QWidget | None = None) -> None:
        super().__init__()
        self.setObjectName("desk")
        self.actions = actions
        self.arrival: Arrival | None = None
        self._boxes: list[tuple[QCheckBox, str | None, int | None]] = []

        self.banner = Banner()
        self.card = QGroupBox()
        self.card_layout = QVBoxLayout(self.card)
        self.card_title = QLabel()
        self.card_title.setWordWrap(True)
        self.members = QVBoxLayout()
        self.support_tag = QLabel()
        self.support_tag.setObjectName("supportTag")
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setDefault(True)
        self.confirm_button.setMinimumHeight(56)
        self.confirm_button.clicked.connect(self.confirm)
        self.register_button = QPushButton()
        self.register_button.clicked.connect(lambda: self.register_requested.emit(self.arrival))
        for widget in (self.card_title, self.support_tag):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(self.members)
        self.card_layout.addWidget(self.register_button)
        self.card_layout.addWidget(self.confirm_button)
        self.card.hide()

        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self._open_selected)
        self.results = QListWidget()
        self.results.itemActivated.connect(lambda _item: self._open_selected())
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._search)

        self.activity = QListWidget()
        self.new_card = QPushButton()
        self.new_card.clicked.connect(self.new_card_requested.emit)
        self.checkout = QPushButton()
        self.checkout.clicked.connect(self.check_out_selected)
        self.pickup = QPushButton()
        self.pickup.clicked.connect(self.pickup_selected)
        buttons = QHBoxLayout()
        for button in (self.new_card, self.checkout, self.pickup):
            button.setMinimumHeight(44)
            buttons.addWidget(button)

        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.card)
        self.search_label = QLabel()
        right.addWidget(self.search_label)
        right.addWidget(self.search_box)
        right.addWidget(self.results, 2)
        right.addLayout(buttons)
        self.activity_label = QLabel()
        right.addWidget(self.activity_label)
        right.addWidget(self.activity, 1)
        layout = QHBoxLayout(self)
        if camera_view is not None:
            layout.addWidget(camera_view, 3)
        layout.addLayout(right, 2)

        for keys, slot in (
            ("F2", self.focus_search),
            ("F3", self.new_card_requested.emit),
            ("F4", self.check_out_selected),
            ("F5", self.pickup_selected),
            ("Esc", self.dismiss),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.retranslate()

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_label.setText(
            self.tr("Search by name (kanji or kana), phone or birth date (F2)")
        )
        self.search_box.setPlaceholderText(self.tr("e.g. さとう はなこ"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.activity_label.setText(self.tr("Recent activity"))
        self.activity.setAccessibleName(self.tr("Recent activity"))
        self.new_card.setText(self.tr("New walk-in card (F3)"))
        self.checkout.setText(self.tr("Check out (F4)"))
        self.pickup.setText(self.tr("Supply pickup (F5)"))
        self.register_button.setText(self.tr("Fill in evacuee card"))
        self.card.setTitle(self.tr("Scanned code"))
        self._update_confirm()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_first(self) -> None:
        self.search_box.setFocus()
        self.refresh_activity()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def reset(self) -> None:
        self.dismiss()
        self.search_box.clear()
        self.results.clear()
        self.banner.clear_message()

    # --- scans ---------------------------------------------------------------------------

    def on_code(self, text: str) -> None:
        """A code the camera accepted, or typed in: verify it and show who it is."""
        self.actions.identify(text, self.show_arrival, self.show_error)

    def show_arrival(self, arrival: Arrival) -> None:
        self.dismiss()
        self.banner.clear_message()
        self.arrival = arrival
        masked = f" {arrival.mynumber.masked}" if arrival.mynumber else ""
        kinds = {
            "app": self.tr("Disaster app code"),
            "mynumber": self.tr("My Number card"),
            "slip": self.tr("Kiosk slip"),
        }
        self.card_title.setText(kinds.get(arrival.kind, arrival.kind) + masked)
        for person in arrival.known:
            label = f"{STATE_MARKS[person.state]} {person.name}（{person.kana}） {_age(person)}"
            box = self._member(label, person.state != "in")
            if person.state == "in":
                box.setText(label + " — " + self.tr("already checked in"))
            self._boxes.append((box, person.id, None))
        for index, draft in enumerate(arrival.newcomers):
            box = self._member(f"＋ {draft.name}（{draft.kana}） " + self.tr("new"), True)
            self._boxes.append((box, None, index))
        self.support_tag.setText(
            self.tr("Support needed (要支援)") if arrival.support_needed else ""
        )
        self.support_tag.setVisible(arrival.support_needed)
        self.register_button.setVisible(arrival.needs_registration)
        self.confirm_button.setVisible(not arrival.needs_registration)
        if arrival.needs_registration:
            self.banner.show_message(
                "info", self.tr("Not registered yet: fill in the evacuee card.")
            )
        self._update_confirm()
        self.card.show()
        (self.register_button if arrival.needs_registration else self.confirm_button).setFocus()

    def _member(self, label: str, checked: bool) -> QCheckBox:
        box = QCheckBox(label)
        box.setChecked(checked)
        box.setAccessibleName(label)
        box.toggled.connect(self._update_confirm)
        self.members.addWidget(box)
        return box

    def _chosen(self) -> tuple[list[str], list[int]]:
        known = [pid for box, pid, _ in self._boxes if pid and box.isChecked()]
        new = [i for box, _, i in self._boxes if i is not None and box.isChecked()]
        return known, new

    def _update_confirm(self) -> None:
        count = sum(len(part) for part in self._chosen())
        self.confirm_button.setText(self.tr("Check in %n people (Enter)", "", count))
        self.confirm_button.setEnabled(count > 0)

    def confirm(self) -> None:
        if self.arrival is None or self.arrival.needs_registration:
            return
        known, new = self._chosen()
        via = "desk" if self.arrival.kind == "search" else "qr"
        self.actions.admit(self.arrival, known, new, self._admitted, self.show_error, via=via)

    def _admitted(self, admitted: Admitted) -> None:
        self.dismiss()
        self._report(
            admitted.stay, self.tr("Checked in: %n people", "", len(admitted.stay.recorded))
        )
        self.admitted.emit(admitted)

    def _report(self, result: StayResult, text: str) -> None:
        level = translated("Crowding", CROWDING_LABELS[result.crowding.level])
        kind = "warning" if result.crowding.level in ("high", "full") else "success"
        self.banner.show_message(kind, f"{text} — {level}")
        self.refresh_activity()

    def dismiss(self) -> None:
        self.arrival = None
        for box, _, _ in self._boxes:
            box.setParent(None)
            box.deleteLater()
        self._boxes.clear()
        self.card.hide()

    def show_error(self, error: BaseException) -> None:
        text = (
            tr_error(error) if isinstance(error, KioskError) else self.tr("Something went wrong.")
        )
        self.banner.show_message("error", text)

    # --- search, check-out, pickup -------------------------------------------------------

    def _search(self) -> None:
        query = self.search_box.text()
        self.actions.search(query, self._show_hits, self.show_error)

    def _show_hits(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            p = hit.person
            needs = " ♿" if p.needs.any else ""
            item = QListWidgetItem(f"{STATE_MARKS[p.state]} {p.name}（{p.kana}） {_age(p)}{needs}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)

    def _selected(self) -> Person | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _open_selected(self) -> None:
        person = self._selected()
        if person is None:
            return
        self.actions.household(
            person.household_id,
            lambda found: self.show_arrival(
                Arrival(
                    "search",
                    known=(person, *[m for m in found[1] if m.id != person.id]),
                    household_id=person.household_id,
                )
            ),
            self.show_error,
        )

    def check_out_selected(self) -> None:
        person = self._selected()
        if person is None:
            self.banner.show_message("info", self.tr("Find the person first (F2)."))
            return
        destination, ok = QInputDialog.getItem(
            self,
            self.tr("Check out"),
            self.tr("Where is {name} going?").format(name=person.name),
            list(DESTINATIONS),
            0,
            True,
        )
        if ok:
            self.actions.check_out(
                [person.id],
                destination,
                lambda r: self._report(r, self.tr("Checked out: {name}").format(name=person.name)),
                self.show_error,
            )

    def pickup_selected(self) -> None:
        person = self._selected()
        if person is None:
            self.banner.show_message("info", self.tr("Find the person first (F2)."))
            return
        item, ok = QInputDialog.getItem(
            self, self.tr("Supply pickup"), self.tr("Item"), list(ITEMS), 0, True
        )
        if not ok:
            return
        quantity, ok = QInputDialog.getInt(
            self, self.tr("Supply pickup"), self.tr("Quantity"), 1, 1, 1000
        )
        if ok:
            self.actions.pickup(
                person.id,
                item,
                quantity,
                lambda r: self._report(
                    r, self.tr("Pickup recorded: {item} × {n}").format(item=item, n=quantity)
                ),
                self.show_error,
            )

    def refresh_activity(self) -> None:
        self.actions.recent_activity(self._show_activity, lambda _e: None)

    def _show_activity(self, items: list[Activity]) -> None:
        names = {
            "checkin": self.tr("in"),
            "checkout": self.tr("out"),
            "leave": self.tr("leave"),
            "return": self.tr("back"),
            "move": self.tr("moved"),
            "supply": self.tr("pickup"),
        }
        self.activity.clear()
        for a in items:
            extra = (
                f" → {a.destination}"
                if a.destination
                else (f" {a.item}×{a.quantity}" if a.item else "")
            )
            tag = " [要支援]" if a.needs_support else ""
            self.activity.addItem(
                f"{a.at.astimezone():%H:%M} {names.get(a.kind, a.kind)} {a.name}{tag}{extra}"
            )
