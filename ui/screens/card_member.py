"""One household member on the evacuee card (:class:`MemberRow`).

Name, kana (a suggestion follows the name until staff edit it), sex (F/M/X), birth date
(western or era dates, the date understood shown underneath), relationship (the first member is
the representative), needs chips with the detail fields of the flags that are on, and the code
the person arrived with (a My Number card shows only its masked number).

Rows never touch the store: the kana suggestion is asked through a callable the form passes in
(it runs on a worker).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.basics.errors import ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.registry.records import Needs, PersonDraft
from kiosk.registry.vocab import RELATIONSHIPS, SEXES
from ui.i18n import tr_field, tr_vocab
from ui.screens.card_widgets import ChoiceToggle, NeedChips, parse_birth_text
from ui.widgets.flow_layout import FlowLayout

__all__ = ["MemberRow", "NEED_DETAILS"]

#: Flags whose detail is written on the card, and the Needs field holding it.
NEED_DETAILS: dict[str, str] = {
    "care": "care_level",
    "illness": "illness",
    "medication": "medication",
    "allergy": "allergies",
    "dietary": "dietary",
}
#: The kana suggestion waits this long after the last key of the name.
KANA_DELAY_MS = 250
_KANA = re.compile(r"^[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f\s\u3000・ー]+$")
BIRTH_HINT = _N("KioskError", "Use a real date of birth, e.g. {example}.")


def _labelled(widget: QWidget) -> tuple[QLabel, QWidget]:
    label = QLabel()
    label.setBuddy(widget)
    return label, widget


def _cell(label: QLabel, *widgets: QWidget) -> QWidget:
    """A field with its label above it (and any hint below): one piece of a flowing form."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(label)
    for widget in widgets:
        layout.addWidget(widget)
    return cell


class MemberRow(QFrame):
    """One member of the household. ``changed`` on every edit; ``remove_requested(row)``."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self,
        index: int,
        suggest: Callable[[str, Callable[[str], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._suggest = suggest
        self.index = index
        self.kana_suggested = False
        self.mynumber_token: str | None = None
        self.mynumber_masked = ""
        self.slip_id: str | None = None
        self.cityos_subject: str | None = None

        self.number = QLabel()
        self.number.setObjectName("memberNumber")
        self.name = QLineEdit()
        self.kana = QLineEdit()
        self.sex = ChoiceToggle(SEXES, SEXES)
        self.birth = QLineEdit()
        self.birth.setMaxLength(20)
        self.birth.setMinimumWidth(130)
        self.kana.setMinimumWidth(140)
        self.name.setMinimumWidth(150)
        self.relationship = QComboBox()
        for value in RELATIONSHIPS:
            self.relationship.addItem("", value)
        self.relationship.setMinimumWidth(120)
        self.remove = QPushButton()
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.chips = NeedChips()
        self.details: dict[str, QLineEdit] = {f: QLineEdit() for f in NEED_DETAILS.values()}
        self.link = QLabel()
        self.link.setObjectName("memberLink")
        self.birth_shown = QLabel()
        self.birth_shown.setObjectName("birthShown")

        self.labels: dict[str, QLabel] = {}
        # The fields flow: one line on a wide display, wrapped onto a second on a 1024-pixel
        # one, never wider than the card (no sideways scrolling).
        fields = FlowLayout(spacing=8, line_spacing=4)
        for key, widget, stretch in (
            ("name", self.name, 3),
            ("kana", self.kana, 3),
            ("sex", self.sex, 0),
            ("birth", self.birth, 2),
            ("relationship", self.relationship, 2),
        ):
            label, _ = _labelled(widget)
            self.labels[key] = label
            widget.setMinimumHeight(44)
            extra = (self.birth_shown,) if widget is self.birth else ()
            fields.add(_cell(label, widget, *extra), stretch)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.number.setContentsMargins(0, 20, 0, 0)  # level with the fields, under the labels
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(fields, 1)
        self.labels["needs"] = QLabel()
        needs = QHBoxLayout()
        needs.setSpacing(8)
        needs.addWidget(self.labels["needs"], 0, Qt.AlignmentFlag.AlignTop)
        needs.addWidget(self.chips, 1)
        details = FlowLayout(spacing=8, line_spacing=4)
        self.detail_cells: dict[str, QWidget] = {}
        for key, edit in self.details.items():
            label, _ = _labelled(edit)
            self.labels[key] = label
            edit.setMinimumHeight(40)
            edit.setMinimumWidth(180)
            self.detail_cells[key] = _cell(label, edit)
            details.add(self.detail_cells[key], 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(needs)
        layout.addLayout(details)
        bottom = QHBoxLayout()
        bottom.addWidget(self.link, 1)
        bottom.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bottom)

        self._kana_timer = QTimer(self, singleShot=True, interval=KANA_DELAY_MS)
        self._kana_timer.timeout.connect(self._ask_kana)
        self.name.textChanged.connect(self._name_changed)
        self.name.editingFinished.connect(self._ask_kana)
        self.kana.textEdited.connect(self._kana_edited)
        self.birth.textChanged.connect(lambda _t: self._show_birth())
        for edit in (self.name, self.kana, self.birth, *self.details.values()):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        self.sex.changed.connect(lambda _v: self.changed.emit())
        self.relationship.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.chips.changed.connect(self._needs_changed)
        self.set_index(index)
        self._needs_changed()
        self.link.hide()
        self.retranslate()

    # --- what the row holds --------------------------------------------------------------

    def inputs(self) -> list[QWidget]:
        """The row's fields in tab order (hidden detail fields are skipped by Qt)."""
        return [
            self.name,
            self.kana,
            self.sex,
            self.birth,
            self.relationship,
            *self.chips.chips.values(),
            *self.details.values(),
            self.remove,
        ]

    def widget_for(self, field: str) -> QWidget | None:
        """The widget of a :class:`ValidationError` field that belongs to a person."""
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "kana": self.kana,
            "sex": self.sex,
            "birth": self.birth,
            "relationship": self.relationship,
            "needs": self.chips.first(),
        }
        return widgets.get(field)

    def set_index(self, index: int) -> None:
        """Row ``index`` (0: the representative, whose relationship is always "self")."""
        self.index = index
        self.number.setText(str(index + 1))
        if index == 0:
            self.relationship.setCurrentIndex(RELATIONSHIPS.index("self"))
        elif self.relationship.currentData() == "self":
            default = "spouse" if index == 1 else "child"
            self.relationship.setCurrentIndex(RELATIONSHIPS.index(default))
        self.relationship.setEnabled(index > 0)
        self.remove.setVisible(index > 0)

    def is_empty(self) -> bool:
        return not (
            self.name.text().strip()
            or self.birth.text().strip()
            or self.chips.flags()
            or self.mynumber_token
            or self.slip_id
        )

    def draft(self, shared: dict[str, Any]) -> PersonDraft:
        """The member's card (household-wide fields from ``shared``).

        Raises:
            ValidationError: the birth date typed is not a date (other fields are checked by
                :func:`kiosk.registry.people.validate_person`).
        """
        birth_text = self.birth.text().strip()
        birth = parse_birth_text(birth_text) if birth_text else None
        if birth_text and birth is None:
            raise ValidationError("birth", BIRTH_HINT, example="1950-04-01")
        flags = self.chips.flags()
        details = {
            key: self.details[key].text().strip()
            for flag, key in NEED_DETAILS.items()
            if flag in flags
        }
        return PersonDraft(
            name=self.name.text().strip(),
            kana=self.kana.text().strip(),
            sex=self.sex.value() or "X",
            birth=birth,
            relationship=str(self.relationship.currentData()),
            needs=Needs(flags=flags, **details),
            mynumber_token=self.mynumber_token,
            slip_id=self.slip_id,
            cityos_subject=self.cityos_subject,
            **shared,
        )

    def to_state(self) -> dict[str, Any]:
        """What the row holds, as JSON-ready data for the draft."""
        return {
            "name": self.name.text(),
            "kana": self.kana.text(),
            "kana_suggested": self.kana_suggested,
            "sex": self.sex.value(),
            "birth": self.birth.text(),
            "relationship": self.relationship.currentData(),
            "needs": sorted(self.chips.flags()),
            "details": {k: e.text() for k, e in self.details.items() if e.text()},
            "mynumber_token": self.mynumber_token,
            "mynumber_masked": self.mynumber_masked,
            "slip_id": self.slip_id,
            "cityos_subject": self.cityos_subject,
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.name.setText(str(state.get("name", "")))
        self.kana.setText(str(state.get("kana", "")))
        self._mark_kana(bool(state.get("kana_suggested")))
        self.sex.set_value(state.get("sex"))
        self.birth.setText(str(state.get("birth", "")))
        relationship = state.get("relationship")
        if self.index > 0 and relationship in RELATIONSHIPS:
            self.relationship.setCurrentIndex(RELATIONSHIPS.index(relationship))
        self.chips.set_flags(frozenset(state.get("needs", ())))
        for key, edit in self.details.items():
            edit.setText(str(state.get("details", {}).get(key, "")))
        self.set_link(
            state.get("mynumber_token"),
            str(state.get("mynumber_masked", "")),
            state.get("slip_id"),
            state.get("cityos_subject"),
        )

    def set_link(
        self,
        mynumber_token: str | None = None,
        mynumber_masked: str = "",
        slip_id: str | None = None,
        cityos_subject: str | None = None,
    ) -> None:
        """The code the person arrived with; only the masked My Number is ever shown."""
        self.mynumber_token = mynumber_token
        self.mynumber_masked = mynumber_masked if mynumber_token else ""
        self.slip_id = slip_id
        self.cityos_subject = cityos_subject
        self._show_link()
        self.changed.emit()

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        for key in ("name", "kana", "sex", "birth", "relationship", "needs"):
            self.labels[key].setText(tr_field(key))
        for key, widget in (("name", self.name), ("kana", self.kana), ("birth", self.birth)):
            widget.setAccessibleName(tr_field(key))
        self.sex.setAccessibleName(tr_field("sex"))
        self.relationship.setAccessibleName(tr_field("relationship"))
        self.name.setPlaceholderText(self.tr("e.g. 山田 花子"))
        self.kana.setPlaceholderText(self.tr("From the name"))
        self.birth.setPlaceholderText(self.tr("19500401 / S25.4.1"))
        self.sex.set_labels(
            {"F": self.tr("F · Female"), "M": self.tr("M · Male"), "X": self.tr("X · Other")}
        )
        for i, value in enumerate(RELATIONSHIPS):
            self.relationship.setItemText(i, tr_vocab(value))
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this member"))
        self.chips.retranslate()
        detail_labels = {
            "care_level": self.tr("Care level"),
            "illness": self.tr("Illness"),
            "medication": self.tr("Medication"),
            "allergies": self.tr("Allergies"),
            "dietary": self.tr("Diet"),
        }
        for key, text in detail_labels.items():
            self.labels[key].setText(text)
            self.details[key].setAccessibleName(text)
        self._mark_kana(self.kana_suggested)
        self._show_link()
        self._show_birth()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- behaviour -----------------------------------------------------------------------

    def _show_link(self) -> None:
        if self.mynumber_token:
            self.link.setText(
                self.tr("My Number card: {masked}").format(masked=self.mynumber_masked)
            )
        elif self.slip_id:
            self.link.setText(self.tr("Kiosk slip: {slip}").format(slip=self.slip_id))
        elif self.cityos_subject:
            self.link.setText(self.tr("Disaster app code"))
        else:
            self.link.setText("")
        self.link.setVisible(bool(self.link.text()))

    def _show_birth(self) -> None:
        """The date understood, under the field, so staff see an era date was read right."""
        text = self.birth.text().strip()
        born = parse_birth_text(text) if text else None
        if born is None:
            self.birth_shown.setText(self.tr("Not a date yet") if text else "")
        else:
            self.birth_shown.setText(born.isoformat())

    def _needs_changed(self) -> None:
        flags = self.chips.flags()
        for flag, key in NEED_DETAILS.items():
            self.detail_cells[key].setVisible(flag in flags)
        self.changed.emit()

    def _kana_follows(self) -> bool:
        """The kana may be replaced by a suggestion: empty, or an untouched suggestion."""
        return not self.kana.text() or self.kana_suggested

    def _name_changed(self, _text: str) -> None:
        if self._kana_follows():
            self._kana_timer.start()

    def _ask_kana(self) -> None:
        self._kana_timer.stop()
        asked = self.name.text().strip()
        if not asked or not self._kana_follows():
            return
        self._suggest(asked, lambda kana: self._got_kana(asked, kana))

    def _got_kana(self, asked: str, kana: str) -> None:
        if not shiboken6.isValid(self.name):
            return  # the row was removed (or the card saved) while the suggestion was made
        if self.name.text().strip() != asked or not self._kana_follows():
            return  # staff typed on, or wrote the reading themselves
        if kana and _KANA.match(kana):
            self.kana.setText(kana)
            self._mark_kana(True)

    def _kana_edited(self, _text: str) -> None:
        self._mark_kana(False)

    def _mark_kana(self, suggested: bool) -> None:
        self.kana_suggested = suggested and bool(self.kana.text())
        self.kana.setProperty("suggested", self.kana_suggested)
        hint = self.tr("Suggested from the name: check it") if self.kana_suggested else ""
        self.kana.setToolTip(hint)
        self.kana.setAccessibleDescription(hint)
        self.kana.style().unpolish(self.kana)
        self.kana.style().polish(self.kana)
