"""People flagged as the same walk-in registered at two desks (issue #16 item 3), side by
side: the manager keeps one card and merges the other into it, or says they are two people.
The core (``kiosk.desks.merge``) checks the role: merging is a manager's action, dismissing a
flag is open to staff too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.desks.merge import Merge, MergeFlag
from kiosk.registry.records import Person
from ui.actions import KioskActions
from ui.widgets.banner import Banner

__all__ = ["MergePanel"]

Confirm = Callable[[QWidget, str], bool]
Flagged = tuple[MergeFlag, Person, Person]


class MergePanel(QWidget):
    """Signals: ``changed`` after a merge or a dismissal."""

    changed = Signal()

    def __init__(self, actions: KioskActions, confirm: Confirm) -> None:
        super().__init__()
        self.kiosk_actions = actions
        self.confirm = confirm
        self.flagged: list[Flagged] = []
        self.banner = Banner()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.keep_left = QPushButton()
        self.keep_right = QPushButton()
        self.not_same = QPushButton()
        self.keep_left.clicked.connect(lambda: self.merge(left=True))
        self.keep_right.clicked.connect(lambda: self.merge(left=False))
        self.not_same.clicked.connect(self.dismiss)
        # two rows: three buttons side by side do not fit 1024 px beside the pairing column
        buttons = QGridLayout()
        buttons.addWidget(self.keep_left, 0, 0)
        buttons.addWidget(self.keep_right, 0, 1)
        buttons.addWidget(self.not_same, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The same person registered at two desks?"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Why flagged"), self.tr("Left card"), self.tr("Right card")]
        )
        self.table.setAccessibleName(self.tr("People flagged as possibly the same"))
        self.keep_left.setText(self.tr("Keep the left card"))
        self.keep_right.setText(self.tr("Keep the right card"))
        self.not_same.setText(self.tr("Not the same person"))
        self._show(self.flagged)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.kiosk_actions.merge_flags(self._show, self.banner.show_error)

    def _reason(self, reason: str) -> str:
        return {
            "name_birth": self.tr("same name and birth date"),
            "phone": self.tr("same phone"),
            "link": self.tr("same code or card"),
        }.get(reason, reason)

    def _card(self, person: Person) -> str:
        birth = person.birth.isoformat() if person.birth else "–"
        return f"{person.name}\n{birth}  {person.phone or ''}  ({person.id[:8]})"

    def _show(self, flagged: Any) -> None:
        self.flagged = list(flagged)
        self.table.setRowCount(len(self.flagged))
        for n, (flag, a, b) in enumerate(self.flagged):
            for column, text in enumerate(
                (self._reason(flag.reason), self._card(a), self._card(b))
            ):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if self.flagged and not self.table.selectedIndexes():
            self.table.selectRow(0)
        self._selection_changed()

    def _selected(self) -> Flagged | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.flagged[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        chosen = self._selected() is not None
        for button in (self.keep_left, self.keep_right, self.not_same):
            button.setEnabled(chosen)

    def merge(self, left: bool) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        _flag, a, b = chosen
        keep, drop = (a, b) if left else (b, a)
        question = self.tr(
            "Merge {drop} into {keep}? Stays, pickups and codes move to the card kept; the other "
            "card is deleted here, at the other desks and at the City OS."
        ).format(drop=drop.name, keep=keep.name)
        if self.confirm(self, question):
            self.kiosk_actions.merge_people(keep.id, drop.id, self._merged, self.banner.show_error)

    def _merged(self, done: Merge) -> None:
        self.banner.show_message("success", self.tr("Merged."))
        self.changed.emit()

    def dismiss(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        _flag, a, b = chosen
        self.kiosk_actions.not_same_person(a.id, b.id, self._dismissed, self.banner.show_error)

    def _dismissed(self, _none: object) -> None:
        self.banner.show_message("success", self.tr("Kept as two people."))
        self.changed.emit()
