"""The settings page: one widget per field of :class:`kiosk.operations.settings.Settings`, chosen by
the
field's type, titled from :data:`kiosk.operations.settings.TITLES` (after Picard's options pages).

Nothing about an individual setting is written here: a bool is a checkbox, an int a spin box, a
str with a fixed set of values (:data:`CHOICES`) a combo box, any other str a line edit; ranges
and URLs are checked by the core when saving, and a refusal highlights its field. Saving needs
the manager role, which the service checks. The City OS client secret is not a setting: it can
only be *replaced* through its own empty field; the stored one is never read back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, get_type_hints

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.basics.errors import KioskError, ValidationError
from kiosk.basics.removable import default_save_folder, removable_mounts
from kiosk.operations.settings import AUTH_METHODS, PLATFORMS, TITLES, Settings
from ui.actions import KioskActions
from ui.widgets.banner import Banner

__all__ = ["SettingsPage", "CHOICES"]

log = logging.getLogger("ui.settings")

#: Settings whose value is one of a fixed set: (value, what the combo box shows). Language
#: names are shown in their own language; platform names are product names.
CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "language": (("ja", "日本語"), ("en", "English")),
    "platform": tuple(
        (value, {"ngsi-v2": "NGSI v2", "ngsi-ld": "NGSI-LD"}.get(value, value))
        for value in PLATFORMS
    ),
    # OAuth's own names: the City OS's instructions use them.
    "oidc_auth_method": tuple((value, value) for value in AUTH_METHODS),
}
SPIN_MAX = 1_000_000
# Settings that name a folder: their line edit gets "Choose…" and, when a USB drive is
# plugged in, "Use the USB drive" (which fills in :data:`USB_SUBFOLDER` on it).
FOLDERS: tuple[str, ...] = ("backup_folder",)
USB_SUBFOLDER = "kiosk-backups"


class SettingsPage(QWidget):
    """Signals: ``saved(Settings)`` once the store holds the new settings;
    ``desks_requested`` for the Desks page (pairing the shelter's desks, ui.screens.desks_page)."""

    saved = Signal(object)
    desks_requested = Signal()

    def __init__(
        self,
        actions: KioskActions,
        replace_secret: bool = False,
        parent: QWidget | None = None,
        removable: Callable[[], Sequence[Path]] = removable_mounts,
    ) -> None:
        """``replace_secret``: the client secret field is enabled (the secret is stored by the
        core as the signed-in actor, on the DB thread); without it the field is disabled.
        ``removable()`` lists the USB drives mounted now (``kiosk.basics.removable``)."""
        super().__init__(parent)
        self._removable = removable
        self.folder_buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.setObjectName("settingsPage")
        self._actions = actions
        self._replace_secret = replace_secret
        self._loaded = Settings()
        self.busy = False
        self.types: dict[str, type] = {
            f.name: get_type_hints(Settings)[f.name] for f in fields(Settings)
        }
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, kind in self.types.items():
            widget = self._make_widget(name, kind)
            self.widgets[name] = widget
            if isinstance(widget, QCheckBox):
                form.addRow(widget)
            else:
                label = QLabel()
                label.setBuddy(widget)
                self.labels[name] = label
                form.addRow(label, self._folder_row(name, widget) if name in FOLDERS else widget)
        self.secret = QLineEdit()
        self.secret.setObjectName("replaceClientSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        self.secret.setEnabled(replace_secret)
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        # Not a Tab stop of its own: a screen reader would announce an unnamed pane; the
        # fields inside take the focus and the area scrolls to them.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.banner = Banner()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.load)
        self.desks_button = QPushButton()
        self.desks_button.clicked.connect(self.desks_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.desks_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_settings(self._loaded)
        self.load()

    def _folder_row(self, name: str, edit: QWidget) -> QWidget:
        """The folder's line edit with "Choose…" and "Use the USB drive" beside it."""
        assert isinstance(edit, QLineEdit)
        choose, usb = QPushButton(), QPushButton()
        choose.setObjectName(f"{name}_choose")
        usb.setObjectName(f"{name}_usb")
        choose.clicked.connect(lambda: self._choose_folder(edit))
        usb.clicked.connect(lambda: self._use_usb(edit))
        self.folder_buttons[name] = (choose, usb)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit, 1)
        line.addWidget(choose)
        line.addWidget(usb)
        return row

    def _choose_folder(self, edit: QLineEdit) -> None:
        start = edit.text() or str(default_save_folder(Path.home(), self._removable()))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            edit.setText(chosen)

    def _use_usb(self, edit: QLineEdit) -> None:
        """The USB drive plugged in last, and a folder of its own on it."""
        drives = [p for p in self._removable() if p.is_dir()]
        if drives:
            edit.setText(str(drives[-1] / USB_SUBFOLDER))
            edit.setFocus()

    def _update_usb_buttons(self) -> None:
        found = any(p.is_dir() for p in self._removable())
        for _choose, usb in self.folder_buttons.values():
            usb.setEnabled(found)

    def _make_widget(self, name: str, kind: type) -> QWidget:
        widget: QWidget
        if kind is bool:
            widget = QCheckBox()
        elif kind is int:
            widget = QSpinBox()
            widget.setRange(0, SPIN_MAX)
        elif name in CHOICES:
            widget = QComboBox()
            for value, shown in CHOICES[name]:
                widget.addItem(shown, value)
        else:
            widget = QLineEdit()
        widget.setObjectName(name)
        return widget

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.desks_button.setText(self.tr("Desks of this shelter…"))
        for name, widget in self.widgets.items():
            title = QCoreApplication.translate("Settings", TITLES.get(name, name))
            widget.setAccessibleName(title)
            if isinstance(widget, QCheckBox):
                widget.setText(title)
            else:
                self.labels[name].setText(title)
        self.secret_label.setText(self.tr("Replace client secret"))
        self.secret.setAccessibleName(self.tr("Replace client secret"))
        self.secret.setPlaceholderText(
            self.tr("Leave empty to keep the stored secret")
            if self._replace_secret
            else self.tr("Cannot be replaced in this version")
        )
        for name, (choose, usb) in self.folder_buttons.items():
            choose.setText(self.tr("Choose…"))
            usb.setText(self.tr("Use the USB drive"))
            usb.setToolTip(self.tr("Back up to the USB drive plugged in last"))
            if name == "backup_folder":
                self.widgets[name].setProperty(
                    "placeholderText", self.tr("backups in the kiosk folder")
                )
        self.save_button.setText(self.tr("Save settings"))
        self.revert_button.setText(self.tr("Undo changes"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_first(self) -> None:
        next(iter(self.widgets.values())).setFocus()

    def reset(self) -> None:
        """Locked: forget what was typed (the secret above all) and reload the stored values."""
        self.secret.clear()
        self._clear_errors()
        self.load()

    # --- values --------------------------------------------------------------------------

    def load(self) -> None:
        self._actions.settings(self.show_settings, self._failed)

    def show_settings(self, settings: Settings) -> None:
        self._loaded = settings
        self._update_usb_buttons()
        self._clear_errors()
        for name, widget in self.widgets.items():
            value = getattr(settings, name)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0:  # a value this version does not offer: keep it, shown as is
                    widget.addItem(str(value), value)
                    index = widget.count() - 1
                widget.setCurrentIndex(index)
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))

    def current(self) -> Settings:
        """The settings as the widgets show them."""
        values: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                values[name] = str(widget.currentData())
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text().strip()
        return replace(self._loaded, **values)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self.busy:
            return
        self._clear_errors()
        self._set_busy(True)
        self._actions.save_settings(self.current(), self._settings_saved, self._failed)

    def _settings_saved(self, settings: Settings) -> None:
        self._loaded = settings
        secret = self.secret.text()
        if secret and self._replace_secret:
            self._actions.set_client_secret(secret, lambda _: self._done(settings), self._failed)
        else:
            self._done(settings)

    def _done(self, settings: Settings) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.banner.show_message("success", self.tr("Settings saved."))
        log.info("settings saved")
        self.saved.emit(settings)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, KioskError):
            return
        self.banner.show_error(error)
        if isinstance(error, ValidationError):
            widget = (
                self.secret if error.field == "client_secret" else self.widgets.get(error.field)
            )
            if widget is not None:
                _mark(widget, True, self.banner.message)
                widget.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.revert_button.setEnabled(not busy)

    def _clear_errors(self) -> None:
        self.banner.clear_message()
        for widget in (*self.widgets.values(), self.secret):
            if widget.property("invalid"):
                _mark(widget, False)


def _mark(widget: QWidget, invalid: bool, message: str = "") -> None:
    widget.setProperty("invalid", invalid)
    widget.setAccessibleDescription(message if invalid else "")
    # A red frame also where the application theme has no rule for it.
    widget.setStyleSheet("border: 3px solid #b00020;" if invalid else "")
