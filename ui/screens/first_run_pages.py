"""The pages of the first-run wizard: what each asks, in plain words, and which core fields it
owns (so an error from :func:`kiosk.operations.provisioning.validate` lands on the page of its
field).

Pages only hold widgets and read them back; building the plan and running it is the wizard's job
(:mod:`ui.screens.first_run`). Secrets (passphrase, PINs, client secret) live only in password
fields and are read once, when the plan is built.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kiosk.basics.errors import KioskError
from kiosk.operations.provisioning import passphrase_strength
from kiosk.operations.settings import PLATFORMS, TITLES
from ui.widgets.banner import Banner

__all__ = [
    "DISASTER_TYPES",
    "set_invalid",
    "wrapped_label",
    "WizardPage",
    "ShelterPage",
    "PassphrasePage",
    "StaffPage",
    "CityOsPage",
    "TrustPage",
]

DISASTER_TYPES: tuple[str, ...] = (
    "earthquake",
    "tsunami",
    "flood",
    "landslide",
    "fire",
    "volcano",
)
PLATFORM_NAMES = {"ngsi-v2": "NGSI v2", "ngsi-ld": "NGSI-LD"}


def _secret_edit(digits: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    # Nothing typed here may end up in a clipboard, a drag or an input-method history.
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | (Qt.InputMethodHint.ImhDigitsOnly if digits else Qt.InputMethodHint.ImhNone)
    )
    edit.setDragEnabled(False)
    if digits:
        edit.setMaxLength(12)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), edit))
    return edit


def wrapped_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def set_invalid(widget: QWidget, invalid: bool, message: str = "") -> None:
    """Mark a field (styled by the wizard's ``[invalid="true"]`` rule) and tell screen readers."""
    widget.setProperty("invalid", invalid)
    widget.setAccessibleDescription(message if invalid else "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class WizardPage(QWizardPage):
    """A page with an in-place message line and the core fields it owns."""

    # Core field names (``ValidationError.field``) whose widgets are on this page.
    owns: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.banner = Banner()
        self.banner.setObjectName("banner")
        self.layout_ = QVBoxLayout(self)

    def finish_layout(self) -> None:
        # The message sits right under the fields it is about, not at the window's foot.
        self.layout_.addWidget(self.banner)
        self.layout_.addStretch(1)

    def set_heading(self, title: str, subtitle: str) -> None:
        """Title and subtitle in big type (QWizard draws them small by default)."""
        self.setTitle(f'<span style="font-size: 20pt">{html.escape(title)}</span>')
        self.setSubTitle(f'<span style="font-size: 14pt">{html.escape(subtitle)}</span>')
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)

    def widget_for(self, field: str) -> QWidget | None:
        """The widget showing ``field`` (highlighted when the core refuses it)."""
        return None

    def show_info(self, text: str) -> None:
        self.clear_error()
        self.banner.show_message("info", text)

    def show_error(self, error: KioskError | str, field: str | None = None) -> None:
        """Show ``error`` (a core error, or text already translated) in place; highlight and
        focus the widget of ``field``."""
        self.clear_error()
        if isinstance(error, KioskError):
            self.banner.show_error(error)
        else:
            self.banner.show_message("error", error)
        widget = self.widget_for(field) if field else None
        if widget is not None:
            set_invalid(widget, True, self.banner.message)
            widget.setFocus()

    def clear_error(self) -> None:
        self.banner.clear_message()
        for widget in self.findChildren(QWidget):
            if widget.property("invalid"):
                set_invalid(widget, False)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        check: Callable[[WizardPage], bool] | None = getattr(self.wizard(), "check_page", None)
        return check(self) if check else True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


class ShelterPage(WizardPage):
    owns = ("shelter_id", "shelter_name", "capacity")

    def __init__(self) -> None:
        super().__init__()
        self.shelter_id = QLineEdit()
        self.shelter_id.setMaxLength(64)
        self.shelter_name = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setValue(100)
        self.location = QLineEdit()
        self.disasters = {kind: QCheckBox() for kind in DISASTER_TYPES}
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(
            self.labels,
            (self.shelter_id, self.shelter_name, self.capacity, self.location),
            strict=False,
        ):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        grid = QGridLayout()
        for i, box in enumerate(self.disasters.values()):
            grid.addWidget(box, i // 3, i % 3)
        self.form.addRow(self.labels[4], grid)
        self.layout_.addLayout(self.form)
        self.finish_layout()
        self.retranslate()

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "shelter_id": self.shelter_id,
            "shelter_name": self.shelter_name,
            "capacity": self.capacity,
        }.get(field)

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("The shelter"),
            self.tr("Which shelter this kiosk serves. You can change it later."),
        )
        texts = (
            self.tr("Shelter id"),
            self.tr("Shelter name"),
            self.tr("Capacity (people)"),
            self.tr("Location"),
            self.tr("Disaster types"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.shelter_id.setAccessibleName(texts[0])
        self.shelter_id.setPlaceholderText(self.tr("for example aizu-hs-01"))
        self.shelter_name.setAccessibleName(texts[1])
        self.capacity.setAccessibleName(texts[2])
        self.location.setAccessibleName(texts[3])
        names = {
            "earthquake": self.tr("Earthquake"),
            "tsunami": self.tr("Tsunami"),
            "flood": self.tr("Flood"),
            "landslide": self.tr("Landslide"),
            "fire": self.tr("Large fire"),
            "volcano": self.tr("Volcano"),
        }
        for kind, box in self.disasters.items():
            box.setText(names[kind])
            box.setAccessibleName(names[kind])

    def disaster_types(self) -> tuple[str, ...]:
        return tuple(kind for kind, box in self.disasters.items() if box.isChecked())


class PassphrasePage(WizardPage):
    owns = ("passphrase",)

    def __init__(self) -> None:
        super().__init__()
        self.explain = wrapped_label()
        self.explain.setObjectName("warning")
        self.passphrase = _secret_edit()
        self.confirm = _secret_edit()
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setFixedHeight(18)
        self.strength_text = QLabel()
        self.show_box = QCheckBox()
        self.show_box.toggled.connect(self._reveal)
        self.passphrase.textChanged.connect(self._update_strength)
        self.form = QFormLayout()
        self.pass_label, self.confirm_label = QLabel(), QLabel()
        self.pass_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
        self.form.addRow(self.pass_label, self.passphrase)
        meter = QHBoxLayout()
        meter.addWidget(self.strength, 1)
        meter.addWidget(self.strength_text)
        self.form.addRow("", meter)
        self.form.addRow(self.confirm_label, self.confirm)
        self.form.addRow("", self.show_box)
        self.layout_.addWidget(self.explain)
        self.layout_.addLayout(self.form)
        self.finish_layout()
        self.retranslate()

    def widget_for(self, field: str) -> QWidget | None:
        return self.passphrase if field == "passphrase" else None

    def _reveal(self, shown: bool) -> None:
        # Shown only while the person asks for it (checking for typos before writing it down).
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update_strength(self, text: str) -> None:
        score = passphrase_strength(text)
        self.strength.setValue(score)
        words = (
            self.tr("Too short"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )
        self.strength_text.setText(words[score])
        self.strength.setAccessibleName(self.tr("Strength: {word}").format(word=words[score]))
        self.strength.setProperty("level", score)
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Passphrase"), self.tr("The passphrase unlocks everything this kiosk stores.")
        )
        self.explain.setText(
            self.tr(
                "Nobody can recover this passphrase: not the city, not support. If it is "
                "lost, the data in this kiosk is lost. Use at least 10 characters (a few "
                "ordinary words work well), write it down and keep it sealed with the "
                "shelter's emergency kit."
            )
        )
        self.pass_label.setText(self.tr("Passphrase"))
        self.confirm_label.setText(self.tr("Type it again"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.show_box.setText(self.tr("Show what I type"))
        self._update_strength(self.passphrase.text())


class StaffPage(WizardPage):
    owns = ("pin", "role", "staff")
    ROLES = ("manager", "staff", "operator")

    def __init__(self) -> None:
        super().__init__()
        self.intro = wrapped_label()
        self.layout_.addWidget(self.intro)
        grid = QGridLayout()
        self.headers = [QLabel() for _ in range(4)]
        for col, header in enumerate(self.headers):
            header.setObjectName("columnHeader")
            grid.addWidget(header, 0, col)
        self.rows: dict[str, tuple[QLabel, QLineEdit, QLineEdit, QLineEdit]] = {}
        for row, role in enumerate(self.ROLES, start=1):
            widgets = (QLabel(), QLineEdit(), _secret_edit(True), _secret_edit(True))
            widgets[1].setMaxLength(50)
            for col, widget in enumerate(widgets):
                grid.addWidget(widget, row, col)
            self.rows[role] = widgets
        self.layout_.addLayout(grid)
        self.finish_layout()
        self.retranslate()

    def widget_for(self, field: str) -> QWidget | None:
        if field == "staff":
            return next((w[1] for w in self.rows.values() if not w[1].text().strip()), None)
        if field in ("pin", "role"):
            return self.pin_culprit()
        return None

    def pin_culprit(self) -> QLineEdit:
        """The PIN field to highlight: the first unusable one, else the first duplicate."""
        seen: dict[str, QLineEdit] = {}
        entered = [(w[2].text(), w[2]) for role, w in self.rows.items() if self.wanted(role)]
        for pin, edit in entered:
            if not (pin.isdigit() and 4 <= len(pin) <= 12):
                return edit
        for pin, edit in entered:
            if pin in seen:
                return edit
            seen[pin] = edit
        return self.rows["manager"][2]

    def wanted(self, role: str) -> bool:
        """The manager PIN is required; the others only when something was typed."""
        return role == "manager" or any(w.text() for w in self.rows[role][2:])

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Staff PINs"),
            self.tr("Staff sign in at the desk with a PIN of 4 to 12 digits."),
        )
        self.intro.setText(
            self.tr(
                "A shelter manager PIN is required. Reception staff and sync operator PINs "
                "are optional; more can be added later. Each PIN is typed twice and never shown."
            )
        )
        for header, text in zip(
            self.headers,
            (self.tr("Role"), self.tr("Label"), self.tr("PIN"), self.tr("PIN again")),
            strict=True,
        ):
            header.setText(text)
        names = {
            "manager": self.tr("Shelter manager (required)"),
            "staff": self.tr("Reception staff"),
            "operator": self.tr("Sync operator"),
        }
        defaults = {
            "manager": self.tr("Manager"),
            "staff": self.tr("Reception 1"),
            "operator": self.tr("Operator"),
        }
        for role, (name, label, pin, again) in self.rows.items():
            name.setText(names[role])
            if not label.isModified():
                label.setText(defaults[role])
            label.setAccessibleName(self.tr("{role}: label").format(role=names[role]))
            pin.setAccessibleName(self.tr("{role}: PIN").format(role=names[role]))
            again.setAccessibleName(self.tr("{role}: PIN again").format(role=names[role]))


class CityOsPage(WizardPage):
    owns = ("platform", "cityos_endpoint", "oidc_issuer", "oidc_client_id")

    def __init__(self) -> None:
        super().__init__()
        self.later = QCheckBox()
        self.later.toggled.connect(self._set_later)
        self.platform = QComboBox()
        for value in PLATFORMS:
            self.platform.addItem(PLATFORM_NAMES.get(value, value), value)
        self.endpoint = QLineEdit()
        self.issuer = QLineEdit()
        self.client_id = QLineEdit()
        self.secret = _secret_edit()
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        for widget in (self.platform, self.endpoint, self.issuer, self.client_id, self.secret):
            label = QLabel()
            label.setBuddy(widget)
            self.labels.append(label)
            self.form.addRow(label, widget)
        self.layout_.addWidget(self.later)
        self.layout_.addLayout(self.form)
        self.finish_layout()
        self.retranslate()

    def _set_later(self, later: bool) -> None:
        for widget in (self.platform, self.endpoint, self.issuer, self.client_id, self.secret):
            widget.setEnabled(not later)
        if later:
            for edit in (self.endpoint, self.issuer, self.client_id, self.secret):
                edit.clear()

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "platform": self.platform,
            "cityos_endpoint": self.endpoint,
            "oidc_issuer": self.issuer,
            "oidc_client_id": self.client_id,
        }.get(field)

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("City OS connection"),
            self.tr("Where this kiosk sends check-ins. Everything here can be set later."),
        )
        self.later.setText(self.tr("Set this up later"))
        titles = [
            QCoreApplication.translate("Settings", TITLES[name])
            for name in ("platform", "cityos_endpoint", "oidc_issuer", "oidc_client_id")
        ]
        titles.append(self.tr("Client secret"))
        for label, widget, title in zip(
            self.labels,
            (self.platform, self.endpoint, self.issuer, self.client_id, self.secret),
            titles,
            strict=True,
        ):
            label.setText(title)
            widget.setAccessibleName(title)
        self.endpoint.setPlaceholderText("https://cityos.example.jp")
        self.issuer.setPlaceholderText("https://id.cityos.example.jp")


class TrustPage(WizardPage):
    owns = ("trust_list",)

    def __init__(self) -> None:
        super().__init__()
        self.path: Path | None = None
        self.explain = wrapped_label()
        self.file_label = wrapped_label()
        self.file_label.setObjectName("fileName")
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.clear = QPushButton()
        self.clear.clicked.connect(lambda: self.set_path(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        self.layout_.addWidget(self.explain)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.file_label)
        self.finish_layout()
        self.retranslate()

    def widget_for(self, field: str) -> QWidget | None:
        return self.choose

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trust list file"), "", self.tr("Trust lists (*.json);;All files (*)")
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.clear_error()
        self.clear.setEnabled(path is not None)
        self.file_label.setText(
            str(path)
            if path is not None
            else self.tr("No file chosen: codes can be checked after a trust list is imported.")
        )

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Trust list (optional)"),
            self.tr("The City OS keys that make resident QR codes trustworthy."),
        )
        self.explain.setText(
            self.tr(
                "Choose the trust list file your city gave you (on a USB stick, for example). "
                "You can also import it later."
            )
        )
        self.choose.setText(self.tr("Choose file…"))
        self.clear.setText(self.tr("Remove"))
        self.set_path(self.path)
