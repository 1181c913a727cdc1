"""The confirmation card: who a scanned code (or a search) stands for, and the ONE confirmation
that checks them in.

The card lists the household with a tick box per member — everyone ticked, except members
already checked in, who are shown as such — marks newcomers from a citizen-app code as "new"
(they are registered by the same confirmation), tags people needing support, and has one big
default button "Check in N people" (Enter); Esc cancels. A My Number card or slip of nobody
registered yet cannot be checked in: the card says so and offers "Fill in evacuee card"
(Enter), which emits :attr:`ConfirmCard.register_requested` with the arrival. A household
everyone of whom is already in (a re-scan after the check-in) says "Already checked in" with
the time and has no check-in button at all — no "Check in 0 people".

The card never touches the store: it calls :meth:`KioskActions.admit` and reports back through
signals (``admitted`` on success, ``failed`` with the core's error otherwise); the desk shows
the outcome in its banner.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.basics.local_time import age_on
from kiosk.reception.arrival import Admitted, Arrival
from kiosk.registry.records import Needs, Person, PersonDraft
from kiosk.registry.vocab import LABELS
from ui.actions import KioskActions
from ui.widgets.flow_layout import FlowLayout, FlowScrollArea

__all__ = [
    "ConfirmCard",
    "Feedback",
    "MemberRow",
    "BADGE_STYLES",
    "CONFIRM_STYLE",
    "CHOICE_STYLE",
    "needs_text",
]

#: The one big default button of the card and the dialogs: white on dark green (7:1), a thick
#: black frame when it has the keyboard focus, grey when there is nothing to confirm.
CONFIRM_STYLE = (
    "QPushButton#confirm { background: #0a6b2d; color: #ffffff; font-weight: bold;"
    " border: 3px solid #0a6b2d; border-radius: 6px; padding: 8px 16px; }"
    "QPushButton#confirm:focus { border: 4px solid #000000; }"
    "QPushButton#confirm:disabled { background: #d0d0d0; color: #333333;"
    " border: 3px solid #9e9e9e; }"
)
#: Big choice buttons of the dialogs (destinations, items): the chosen one in white on blue.
CHOICE_STYLE = (
    'QPushButton[choice="true"] { font-size: 17pt; min-height: 64px; min-width: 180px; }'
    'QPushButton[choice="true"]:checked { background: #10457a; color: #ffffff;'
    " font-weight: bold; border: 3px solid #000000; }"
    'QPushButton[choice="true"]:focus { border: 3px solid #000000; }'
)

#: Badge colours (text, background): always together with words, never colour alone.
BADGE_STYLES = {
    "in": ("#ffffff", "#0a6b2d"),
    "away": ("#000000", "#ffd54f"),
    "new": ("#ffffff", "#10457a"),
    "support": ("#ffff00", "#000000"),
}


class Feedback(Protocol):
    """What the card needs from ``ui/feedback.py``: a sound and a flash for an outcome."""

    def success(self, widget: QWidget) -> None: ...

    def failure(self, widget: QWidget) -> None: ...


def needs_text(needs: Needs) -> str:
    """The needs flags in the current language, e.g. "車いす・要介護"."""
    return "・".join(
        QCoreApplication.translate("Vocab", LABELS.get(flag, flag)) for flag in sorted(needs.flags)
    )


def _badge(text: str, kind: str) -> QLabel:
    fg, bg = BADGE_STYLES[kind]
    label = QLabel(text)
    label.setObjectName(f"badge_{kind}")
    label.setStyleSheet(
        f"QLabel {{ color: {fg}; background: {bg}; padding: 4px 10px; font-weight: bold;"
        " border-radius: 4px; }"
    )
    return label


@dataclass
class MemberRow:
    """One member on the card: the tick box and which person (``person_id``) or newcomer
    (``newcomer``, an index into ``Arrival.newcomers``) it stands for."""

    box: QCheckBox
    person_id: str | None
    newcomer: int | None
    widget: QWidget


class ConfirmCard(QFrame):
    """The card of one arrival. ``show_arrival`` fills it; Enter confirms, Esc cancels."""

    admitted = Signal(object)  # Admitted
    failed = Signal(object)  # KioskError from admit (shown by the desk)
    register_requested = Signal(object)  # Arrival of a card or slip nobody registered
    card_link_requested = Signal(object)  # Arrival whose registered people get an IC card
    cancelled = Signal()
    closed = Signal()  # the card emptied and hid, for whatever reason (confirmed, cancelled, ...)
    shown = Signal(bool)  # the card appeared (True) or went away (False): the desk makes room

    def __init__(
        self,
        actions: KioskActions,
        feedback: Feedback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#confirmCard { border: 3px solid #10457a; border-radius: 8px; }" + CONFIRM_STYLE
        )
        self._actions = actions
        self._feedback = feedback
        self.arrival: Arrival | None = None
        self._preselect: frozenset[str] | None = None
        self.rows: list[MemberRow] = []
        self.busy = False

        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self._set_point_size(self.title, 4, bold=True)
        self.support_tag = _badge("", "support")
        self.support_tag.setObjectName("supportTag")
        self._set_point_size(self.support_tag, 4, bold=True)
        # The members scroll (vertically only) when a large household does not fit the desk's
        # height; the title, warning and buttons always stay in view.
        members_box = QWidget()
        self.members = QVBoxLayout(members_box)
        self.members.setContentsMargins(0, 0, 0, 0)
        self.members.setSpacing(6)
        self.members.addStretch(1)
        self.members_scroll = FlowScrollArea()
        self.members_scroll.setObjectName("cardMembers")
        self.members_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.members_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members_scroll.setWidget(members_box)
        self.warning = QLabel()
        self.warning.setObjectName("cardWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "QLabel { color: #7a4b00; background: #fff3d6; border: 2px solid #7a4b00;"
            " padding: 8px; font-weight: bold; }"
        )
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setDefault(True)
        self.confirm_button.setAutoDefault(True)
        self.confirm_button.setMinimumHeight(72)
        self._set_point_size(self.confirm_button, 6, bold=True)
        self.confirm_button.clicked.connect(self.confirm)
        self.register_button = QPushButton()
        self.register_button.setObjectName("register")
        self.register_button.setAutoDefault(True)
        self.register_button.setMinimumHeight(72)
        self._set_point_size(self.register_button, 6, bold=True)
        self.register_button.clicked.connect(self.request_registration)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(True)  # Enter on a focused Cancel cancels
        self.cancel_button.setMinimumHeight(72)
        self.cancel_button.clicked.connect(self.cancel)
        # Link or unlink a registered person's tap card (ui.widgets.card_link_dialog).
        self.ic_card_button = QPushButton()
        self.ic_card_button.setObjectName("icCard")
        self.ic_card_button.setAutoDefault(False)  # Enter stays the check-in
        self.ic_card_button.setMinimumHeight(72)
        self.ic_card_button.clicked.connect(self.request_card_link)

        buttons = QHBoxLayout()
        buttons.addWidget(self.ic_card_button, 1)
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.register_button, 3)
        buttons.addWidget(self.confirm_button, 3)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.support_tag, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        layout.addWidget(self.members_scroll, 1)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.clear()
        self.retranslate()

    @staticmethod
    def _set_point_size(widget: QWidget, extra: int, bold: bool = False) -> None:
        font = widget.font()
        font.setPointSize(max(font.pointSize(), 12) + extra)
        font.setBold(bold)
        widget.setFont(font)

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.register_button.setText(self.tr("Fill in evacuee card (Enter)"))
        self.register_button.setAccessibleName(self.tr("Fill in evacuee card"))
        self.ic_card_button.setText(self.tr("IC card…"))
        self.ic_card_button.setAccessibleName(self.tr("Link or unlink an IC card"))
        self.support_tag.setText(self.tr("Support needed (要支援)"))
        self.support_tag.setAccessibleName(self.tr("Support needed"))
        self.setAccessibleName(self.tr("Confirmation"))
        if self.arrival is not None:
            self._fill(self.arrival, self._preselect)
        self._update_confirm()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- showing an arrival --------------------------------------------------------------

    def show_arrival(self, arrival: Arrival, preselect: Collection[str] | None = None) -> None:
        """Show ``arrival``. ``preselect`` limits the ticked known members to those ids (a
        search ticks only the person found); by default everyone not already in is ticked."""
        self.busy = False
        self.arrival = arrival
        self._preselect = None if preselect is None else frozenset(preselect)
        self._fill(arrival, self._preselect)
        self.show()
        target = self.register_button if arrival.needs_registration else self.confirm_button
        if not target.isEnabled() or target.isHidden():
            target = self.cancel_button
        target.setFocus()

    def _fill(self, arrival: Arrival, preselect: frozenset[str] | None) -> None:
        ticked = {row.person_id or row.newcomer: row.box.isChecked() for row in self.rows}
        keep = bool(self.rows)  # a language switch keeps what staff ticked
        self._clear_rows()
        self.title.setText(self._title(arrival))
        today = self._actions.today()
        for person in arrival.known:
            default = person.state != "in" and (preselect is None or person.id in preselect)
            checked = ticked.get(person.id, default) if keep else default
            self._add_row(person, person.id, None, checked, today)
        for index, draft in enumerate(arrival.newcomers):
            checked = ticked.get(index, True) if keep else True
            self._add_row(draft, None, index, checked, today)
        chain: list[QWidget] = [row.box for row in self.rows]
        chain += [self.confirm_button, self.register_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # members, then the buttons
        self.support_tag.setVisible(arrival.support_needed)
        registering = arrival.needs_registration
        self.register_button.setVisible(registering)
        self.ic_card_button.setVisible(bool(arrival.known))
        self.confirm_button.setVisible(not registering and not _all_in(arrival))
        self.cancel_button.setText(
            self.tr("Close (Esc)") if _all_in(arrival) else self.tr("Cancel (Esc)")
        )
        self.warning.setText(self._warning(arrival))
        self.warning.setVisible(bool(self.warning.text()))
        self._update_confirm()

    def _title(self, arrival: Arrival) -> str:
        if arrival.blank_card is not None:
            return self.tr("Pre-printed paper card")
        kinds = {
            "app": self.tr("Disaster app code"),
            "mynumber": self.tr("My Number card"),
            "slip": self.tr("Kiosk slip"),
            "search": self.tr("Found by search"),
            "roster": self.tr("City OS roster: confirm the details, then check in"),
        }
        title = kinds.get(arrival.kind, arrival.kind)
        if arrival.mynumber is not None:
            title += f"  {arrival.mynumber.masked}"
        return title

    def summary(self, arrival: Arrival) -> str:
        """One line for ``arrival`` where the card is not open (the desk's scan notice): the
        title (kind, masked My Number) and the first name, e.g. "Disaster app code — 見本 花子
        (2 people)"."""
        names = [p.name for p in arrival.known] + [d.name for d in arrival.newcomers]
        text = self._title(arrival)
        if names:
            text += " — " + names[0]
            if len(names) > 1:
                text += " " + self.tr("(%n people)", "", len(names))
        return text

    def _warning(self, arrival: Arrival) -> str:
        if arrival.needs_registration:
            if arrival.kind == "slip":
                return self.tr(
                    "Nobody is registered with this slip. Fill in the evacuee card first."
                )
            return self.tr(
                "Nobody is registered with this card yet. Fill in the evacuee card: "
                "it will be linked to this card."
            )
        already = sum(1 for p in arrival.known if p.state == "in")
        if _all_in(arrival):
            times = [p.state_since for p in arrival.known if p.state_since is not None]
            if len(arrival.known) == 1:
                text = self.tr("Already checked in.")
                if times:
                    text = self.tr("Already checked in at {time}.").format(
                        time=f"{self._actions.local(times[0]):%H:%M}"
                    )
            else:
                text = self.tr("Everyone here is already checked in.")
                if times:
                    text = self.tr("Everyone here is already checked in (the last at {time}).")
                    text = text.format(time=f"{self._actions.local(max(times)):%H:%M}")
            return text + " " + self.tr("Esc closes; F4 checks out.")
        if already:
            return self.tr("%n already checked in (not ticked).", "", already)
        return ""

    def _add_row(
        self,
        who: Person | PersonDraft,
        person_id: str | None,
        newcomer: int | None,
        checked: bool,
        today: date,
    ) -> None:
        row = QWidget()
        rows = QVBoxLayout(row)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        line = FlowLayout(spacing=12, line_spacing=2)  # badges go under a long name
        rows.addLayout(line)
        age = age_on(who.birth, today)
        text = f"{who.name}（{who.kana}）" if who.kana else who.name
        if age is not None:
            text += "  " + self.tr("%n years", "", age)
        box = QCheckBox(text)
        self._set_point_size(box, 5)
        box.setChecked(checked)
        box.toggled.connect(self._update_confirm)
        line.add(box)
        badges: list[str] = []
        state = who.state if isinstance(who, Person) else ""
        if state == "in":
            at = who.state_since if isinstance(who, Person) else None
            since = f" {self._actions.local(at):%H:%M}" if at else ""
            badges.append(self.tr("Already checked in") + since)
            line.add(_badge(badges[-1], "in"))
        elif state == "away":
            badges.append(self.tr("Back from leave"))
            line.add(_badge(badges[-1], "away"))
        if newcomer is not None:
            badges.append(self.tr("New"))
            line.add(_badge(badges[-1], "new"))
        if who.needs.any:
            badges.append(self.tr("Support: {needs}").format(needs=needs_text(who.needs)))
            needs = _badge(badges[-1], "support")
            needs.setWordWrap(True)
            # A bar to the right edge, seen at a glance: beside the name when there is room,
            # else under it (two lines a member, so a household of six fits at 768 pixels).
            needs.setMinimumWidth(min(needs.sizeHint().width(), 260))
            line.add(needs, 1)
        box.setAccessibleName(" — ".join([text, *badges]))
        self.members.insertWidget(self.members.count() - 1, row)  # above the stretch
        self.rows.append(MemberRow(box, person_id, newcomer, row))

    def _clear_rows(self) -> None:
        for row in self.rows:
            row.widget.setParent(None)
            row.widget.deleteLater()
        self.rows.clear()

    def clear(self) -> None:
        """Empty and hide the card: nothing of the last person stays on screen. Emits
        ``closed`` when it held an arrival."""
        had = self.arrival is not None
        self.arrival = None
        self._preselect = None
        self.busy = False
        self._clear_rows()
        self.title.clear()
        self.warning.clear()
        self.hide()
        if had:
            self.closed.emit()

    # --- choosing and confirming ---------------------------------------------------------

    def chosen(self) -> tuple[list[str], list[int]]:
        """(ids of ticked known members, indexes of ticked newcomers)."""
        known = [r.person_id for r in self.rows if r.person_id and r.box.isChecked()]
        new = [r.newcomer for r in self.rows if r.newcomer is not None and r.box.isChecked()]
        return known, new

    def _update_confirm(self) -> None:
        count = sum(len(part) for part in self.chosen())
        self.confirm_button.setText(self.tr("Check in %n people (Enter)", "", count))
        self.confirm_button.setAccessibleName(self.tr("Check in %n people", "", count))
        self.confirm_button.setEnabled(count > 0 and not self.busy)

    def confirm(self) -> None:
        """Check in the ticked members (registering ticked newcomers) — the one confirmation."""
        arrival = self.arrival
        if arrival is None or self.busy:
            return
        if arrival.needs_registration:
            self.request_registration()
            return
        known, new = self.chosen()
        if not known and not new:
            return
        self.busy = True  # a second Enter while the first is being written does nothing
        self.confirm_button.setEnabled(False)
        via = "desk" if arrival.kind in ("search", "roster") else "qr"
        self._actions.admit(arrival, known, new, self._done, self._failed, via=via)

    def _done(self, admitted: Admitted) -> None:
        self.clear()
        if self._feedback is not None:
            self._feedback.success(self)
        self.admitted.emit(admitted)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._update_confirm()
        if self._feedback is not None:
            self._feedback.failure(self)
        self.failed.emit(error)
        if self.isVisible():
            self.confirm_button.setFocus()

    def request_registration(self) -> None:
        if self.arrival is not None and self.arrival.needs_registration:
            arrival = self.arrival
            self.clear()
            self.register_requested.emit(arrival)

    def request_card_link(self) -> None:
        """Ask for the IC card dialog of the registered people shown (the card stays open)."""
        if self.arrival is not None and self.arrival.known and not self.busy:
            self.card_link_requested.emit(self.arrival)

    def cancel(self) -> None:
        if self.busy:
            return
        self.clear()
        self.cancelled.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.shown.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.shown.emit(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Tick boxes ignore Enter and Esc, so they reach the card from anywhere inside it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)


def _all_in(arrival: Arrival) -> bool:
    """A re-scan after the check-in: everyone known is in and nobody new comes with them."""
    return (
        bool(arrival.known)
        and not arrival.newcomers
        and all(p.state == "in" for p in arrival.known)
    )
