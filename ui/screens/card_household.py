"""The household part of the evacuee card and its consent part (:class:`HouseholdPart`).

Asked once for the whole household: phone, address, where staying ("elsewhere" asks a place),
the car — plate and type, shown when the household stays in it *or* ticks "Car parked here"
(a household inside with its car in the lot, as on the paper card) —, language, damage to
home, pets, emergency contact, notes; then the consent to disclose the safety status
(安否情報の開示) in plain words, and the consent scopes as a grid of recipients ×
peacetime/emergency. Phone, address, stay, language and consent go on every
member's record; the rest is the household's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.registry.records import HouseholdDraft
from kiosk.registry.vocab import ANPI_SCOPE, CONSENT_PERIODS, CONSENT_RECIPIENTS, HOME_DAMAGE, STAYS
from ui.i18n import tr_field, tr_vocab
from ui.screens.card_widgets import ChoiceToggle
from ui.widgets.flow_layout import FlowLayout

__all__ = ["HouseholdPart", "LANGUAGE_NAMES", "TEXT_FIELDS"]

#: Languages offered, each in its own language (an endonym is not translated).
LANGUAGE_NAMES: dict[str, str] = {
    "ja": "日本語",
    "en": "English",
    "zh": "中文",
    "ko": "한국어",
    "vi": "Tiếng Việt",
    "pt": "Português",
    "es": "Español",
    "tl": "Filipino",
}
#: The part's free-text fields (attribute names, also the draft's keys).
TEXT_FIELDS: tuple[str, ...] = (
    "phone",
    "address",
    "vehicle_plate",
    "vehicle_type",
    "stay_detail",
    "pets",
    "emergency_contact",
    "note",
)


class HouseholdPart(QWidget):
    """Household and consent boxes side by side (wrapped when narrow); ``changed`` on every
    edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.stay = ChoiceToggle(STAYS, ("S", "V", "H", "O"))
        #: A car in the shelter's lot, whatever the stay (a household inside with its car
        #: parked outside); staying in the vehicle implies it, so the box hides then.
        self.car = QCheckBox()
        self.vehicle_plate = QLineEdit()
        self.vehicle_type = QLineEdit()
        self.stay_detail = QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(f"{name} ({code})", code)
        self.home_damage = QComboBox()
        for value in HOME_DAMAGE:
            self.home_damage.addItem("", value)
        self.pets = QLineEdit()
        self.pet_count = QSpinBox()
        self.pet_count.setRange(0, 100)
        self.emergency_contact = QLineEdit()
        self.note = QLineEdit()

        self.household_box = QGroupBox()
        form = QFormLayout(self.household_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label above when narrow
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.labels: dict[str, QLabel] = {}
        self.plate_label, self.type_label, self.pet_count_label = QLabel(), QLabel(), QLabel()
        self.stay_row = QWidget()
        stay_row = QHBoxLayout(self.stay_row)
        stay_row.setContentsMargins(0, 0, 0, 0)
        stay_row.addWidget(self.stay, 1)
        stay_row.addWidget(self.car)
        self.vehicle_row = QWidget()
        vehicle = QHBoxLayout(self.vehicle_row)
        vehicle.setContentsMargins(0, 0, 0, 0)
        for label, edit in (
            (self.plate_label, self.vehicle_plate),
            (self.type_label, self.vehicle_type),
        ):
            label.setBuddy(edit)
            vehicle.addWidget(label)
            vehicle.addWidget(edit, 1)
        self.pets_row = QWidget()
        pets = QHBoxLayout(self.pets_row)
        pets.setContentsMargins(0, 0, 0, 0)
        self.pet_count_label.setBuddy(self.pet_count)
        pets.addWidget(self.pets, 1)
        pets.addWidget(self.pet_count_label)
        pets.addWidget(self.pet_count)
        for key, widget in (
            ("phone", self.phone),
            ("address", self.address),
            ("stay", self.stay_row),
            ("vehicle", self.vehicle_row),
            ("stay_detail", self.stay_detail),
            ("language", self.language),
            ("home_damage", self.home_damage),
            ("pets", self.pets_row),
            ("emergency_contact", self.emergency_contact),
            ("note", self.note),
        ):
            label = QLabel()
            buddies = {self.pets_row: self.pets, self.stay_row: self.stay}
            label.setBuddy(buddies.get(widget, widget))
            self.labels[key] = label
            form.addRow(label, widget)

        self.consent_box = QGroupBox()
        self.anpi = QCheckBox()
        font = self.anpi.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.anpi.setFont(font)
        self.scopes_intro = QLabel()
        self.scopes_intro.setWordWrap(True)
        self.scope_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        self.period_labels = {p: QLabel() for p in CONSENT_PERIODS}
        self.recipient_labels = {r: QLabel() for r in CONSENT_RECIPIENTS}
        for col, period in enumerate(CONSENT_PERIODS, start=1):
            grid.addWidget(self.period_labels[period], 0, col)
        for row, recipient in enumerate(CONSENT_RECIPIENTS, start=1):
            grid.addWidget(self.recipient_labels[recipient], row, 0)
            for col, period in enumerate(CONSENT_PERIODS, start=1):
                box = QCheckBox()
                self.scope_boxes[f"{recipient}.{period}"] = box
                grid.addWidget(box, row, col)
        grid.setColumnStretch(3, 1)
        consent = QVBoxLayout(self.consent_box)
        consent.addWidget(self.anpi)
        consent.addWidget(self.scopes_intro)
        consent.addLayout(grid)
        consent.addStretch(1)

        for widget in (*self.inputs(), self.stay_row, self.vehicle_row, self.pets_row):
            if not isinstance(widget, QCheckBox):
                widget.setMinimumHeight(44)
        # Side by side on a wide display, one above the other on a 1024-pixel one.
        layout = FlowLayout(self, spacing=8)
        layout.add(self.household_box, 3)
        layout.add(self.consent_box, 2)

        for name in TEXT_FIELDS:
            getattr(self, name).textChanged.connect(lambda _t: self.changed.emit())
        for combo in (self.language, self.home_damage):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.pet_count.valueChanged.connect(lambda _v: self.changed.emit())
        for box in (self.anpi, *self.scope_boxes.values()):
            box.toggled.connect(lambda _on: self.changed.emit())
        self.car.toggled.connect(lambda _on: self._stay_changed())
        self.stay.changed.connect(lambda _v: self._stay_changed())
        self.stay.set_value("shelter")
        self._stay_changed()
        self.retranslate()

    def inputs(self) -> list[QWidget]:
        """The fields in tab order; the last one saves on Enter."""
        return [
            self.phone,
            self.address,
            self.stay,
            self.car,
            self.vehicle_plate,
            self.vehicle_type,
            self.stay_detail,
            self.language,
            self.home_damage,
            self.pets,
            self.pet_count,
            self.emergency_contact,
            self.note,
            self.anpi,
            *self.scope_boxes.values(),
        ]

    # --- the part as data ----------------------------------------------------------------

    def consent(self) -> frozenset[str]:
        scopes = {scope for scope, box in self.scope_boxes.items() if box.isChecked()}
        return frozenset(scopes | ({ANPI_SCOPE} if self.anpi.isChecked() else set()))

    def shared(self) -> dict[str, Any]:
        """The PersonDraft fields asked once for every member."""
        stay = self.stay.value() or "shelter"
        return {
            "address": self.address.text().strip(),
            "phone": self.phone.text().strip(),
            "stay": stay,
            "stay_detail": self.stay_detail.text().strip() if stay == "other" else "",
            "language": str(self.language.currentData()),
            "consent": self.consent(),
        }

    def has_car(self) -> bool:
        """A car to record: the household stays in it, or it is parked at the shelter."""
        return self.stay.value() == "vehicle" or self.car.isChecked()

    def household(self) -> HouseholdDraft:
        car = self.has_car()
        return HouseholdDraft(
            vehicle_plate=self.vehicle_plate.text().strip() if car else "",
            vehicle_type=self.vehicle_type.text().strip() if car else "",
            pets=self.pets.text().strip(),
            pet_count=self.pet_count.value(),
            home_damage=str(self.home_damage.currentData()),
            emergency_contact=self.emergency_contact.text().strip(),
            note=self.note.text().strip(),
        )

    def is_empty(self) -> bool:
        texts = (
            "phone",
            "address",
            "vehicle_plate",
            "vehicle_type",
            "pets",
            "emergency_contact",
            "note",
        )
        return not any(getattr(self, name).text().strip() for name in texts) and not self.consent()

    def widget_for(self, field: str) -> QWidget | None:
        """The widget of a :class:`ValidationError` field of this part."""
        widgets: dict[str, QWidget] = {
            "address": self.address,
            "phone": self.phone,
            "stay": self.stay,
            "stay_detail": self.stay_detail,
            "language": self.language,
            "consent": self.anpi,
            "vehicle_plate": self.vehicle_plate,
            "vehicle_type": self.vehicle_type,
            "pet_count": self.pet_count,
            "home_damage": self.home_damage,
            "emergency_contact": self.emergency_contact,
            "household": self.pets,
        }
        return widgets.get(field)

    def to_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {name: getattr(self, name).text() for name in TEXT_FIELDS}
        state.update(
            stay=self.stay.value(),
            car=self.car.isChecked(),
            language=self.language.currentData(),
            home_damage=self.home_damage.currentData(),
            pet_count=self.pet_count.value(),
            consent=sorted(self.consent()),
        )
        return state

    def set_state(self, state: dict[str, Any]) -> None:
        """Fill from :meth:`to_state` data; an empty dict clears the part."""
        for name in TEXT_FIELDS:
            getattr(self, name).setText(str(state.get(name, "")))
        self.car.setChecked(bool(state.get("car")))
        self.stay.set_value(state.get("stay") or "shelter")
        for combo, key in ((self.language, "language"), (self.home_damage, "home_damage")):
            combo.setCurrentIndex(max(combo.findData(state.get(key)), 0))
        self.pet_count.setValue(int(state.get("pet_count", 0)))
        consent = set(state.get("consent", ()))
        self.anpi.setChecked(ANPI_SCOPE in consent)
        for scope, box in self.scope_boxes.items():
            box.setChecked(scope in consent)

    def _stay_changed(self) -> None:
        stay = self.stay.value()
        if stay != "vehicle" and (self.vehicle_plate.text() or self.vehicle_type.text()):
            self.car.setChecked(True)  # leaving the car to stay inside: the car is still there
        self.car.setVisible(stay != "vehicle")
        for key, widget, shown in (
            ("vehicle", self.vehicle_row, self.has_car()),
            ("stay_detail", self.stay_detail, stay == "other"),
        ):
            widget.setVisible(shown)
            self.labels[key].setVisible(shown)
        self.changed.emit()

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.household_box.setTitle(self.tr("Household"))
        labels = {
            "vehicle": self.tr("Vehicle"),
            "pets": self.tr("Pets"),
            "note": self.tr("Notes"),
        }
        for key, label in self.labels.items():
            label.setText(labels.get(key) or tr_field(key))
        for key in ("phone", "address", "stay", "stay_detail", "language", "home_damage"):
            getattr(self, key).setAccessibleName(tr_field(key))
        for key in ("vehicle_plate", "vehicle_type", "emergency_contact", "pet_count"):
            getattr(self, key).setAccessibleName(tr_field(key))
        self.pets.setAccessibleName(labels["pets"])
        self.car.setText(self.tr("Car parked here"))
        self.car.setAccessibleName(self.tr("A car parked at the shelter"))
        self.note.setAccessibleName(labels["note"])
        self.plate_label.setText(tr_field("vehicle_plate"))
        self.type_label.setText(tr_field("vehicle_type"))
        self.pet_count_label.setText(tr_field("pet_count"))
        self.phone.setPlaceholderText("090-1234-5678")
        self.pets.setPlaceholderText(self.tr("e.g. dog, cat"))
        self.vehicle_type.setPlaceholderText(self.tr("e.g. white minivan"))
        self.stay.set_labels({value: tr_vocab(value) for value in STAYS})
        for i, value in enumerate(HOME_DAMAGE):
            self.home_damage.setItemText(i, tr_vocab(value))
        self.consent_box.setTitle(tr_field("consent"))
        self.anpi.setText(
            self.tr(
                "We agree that staff may tell people who ask about us\n"
                "that we are here and safe (安否情報の開示)"
            )
        )
        self.anpi.setAccessibleName(tr_vocab(ANPI_SCOPE))
        self.scopes_intro.setText(self.tr("Who may receive our card's data:"))
        for period, label in self.period_labels.items():
            label.setText(tr_vocab(period))
        for recipient, label in self.recipient_labels.items():
            label.setText(tr_vocab(recipient))
        for scope, box in self.scope_boxes.items():
            recipient, period = scope.split(".")
            box.setAccessibleName(f"{tr_vocab(recipient)} – {tr_vocab(period)}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
