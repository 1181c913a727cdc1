"""The first-run wizard: shown when no store exists, it turns what a municipal IT person decides
once into a :class:`kiosk.operations.provisioning.Provisioning` and creates the kiosk from it.

Each page is checked against the core's own validation when the person presses Next (cheap, no
key derivation), so a refusal appears on the page of its field. Finish runs
:func:`kiosk.operations.provisioning.provision` (Argon2id, ~0.2 s) and the optional trust-list
import on a worker; the core writes nothing when the plan is refused. On success the open
:class:`kiosk.core.Kiosk` is handed over through :attr:`FirstRunWizard.finished_with`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget, QWizard

from kiosk.basics.errors import KioskError, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.core import DEFAULT_KDF, KdfParams, Kiosk
from kiosk.identity import parse_trust_list
from kiosk.identity.errors import TrustListError
from kiosk.operations.provisioning import Provisioning, StaffPin, provision, validate
from kiosk.operations.settings import Settings
from kiosk.registry.records import Shelter
from ui.ops import Workers
from ui.screens.first_run_camera import CameraPage
from ui.screens.first_run_pages import (
    CityOsPage,
    PassphrasePage,
    ShelterPage,
    StaffPage,
    TrustPage,
    WizardPage,
    set_invalid,
)

__all__ = ["FirstRunWizard", "TrustFileUnreadable"]

log = logging.getLogger("ui.first_run")


class TrustFileUnreadable(KioskError):
    """The chosen trust-list file could not be read (moved, unplugged, no permission)."""

    code = "trust_file_unreadable"
    template = _N("KioskError", "The trust list file cannot be read. Choose it again.")


# Only what this dialog adds to the application theme (ui.theme): highlighted fields, the
# "cannot be recovered" warning and the strength bar's colours.
STYLE = """
QLineEdit, QSpinBox, QComboBox { min-height: 36px; }
QPushButton { min-height: 40px; }
*[invalid="true"] { border: 3px solid #b00020; background: #fff0f0; color: #000000; }
QLabel#warning { background: #fff4d6; color: #000000; border: 2px solid #a86b00; padding: 10px; }
QLabel#columnHeader { font-weight: bold; }
QProgressBar::chunk { background: #b00020; }
QProgressBar[level="2"]::chunk { background: #c77700; }
QProgressBar[level="3"]::chunk { background: #2e7d32; }
QProgressBar[level="4"]::chunk { background: #1b5e20; }
"""


class FirstRunWizard(QWizard):
    """Shelter → passphrase → staff PINs → City OS → trust list → camera test → Finish.

    Signals:
        finished_with(Kiosk): the kiosk was created (and its trust list imported); it is open
            and now belongs to the receiver.
    """

    finished_with = Signal(object)

    def __init__(
        self,
        home: Path,
        runner: Workers,
        kdf: KdfParams = DEFAULT_KDF,
        open_camera: Callable[[], Iterable[np.ndarray]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``runner`` is the window's workers (``ui.ops``); ``kdf`` is the passphrase cost
        (tests pass a cheap one); ``open_camera`` opens the frame source for the camera test
        (on the camera worker's thread; without it the test page says there is no preview)."""
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setStyleSheet(STYLE)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setSubTitleFormat(Qt.TextFormat.RichText)
        self.setMinimumSize(900, 640)
        self._home = Path(home)
        self._runner = runner
        self._kdf = kdf
        self.busy = False
        self.shelter_page = ShelterPage()
        self.passphrase_page = PassphrasePage()
        self.staff_page = StaffPage()
        self.cityos_page = CityOsPage()
        self.trust_page = TrustPage()
        self.camera_page = CameraPage(open_camera)
        self.page_list: list[WizardPage] = [
            self.shelter_page,
            self.passphrase_page,
            self.staff_page,
            self.cityos_page,
            self.trust_page,
            self.camera_page,
        ]
        for page in self.page_list:
            self.addPage(page)
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self._keep_focus))
        self.retranslate()

    def _current_page(self) -> WizardPage:
        """The page showing, as the :class:`WizardPage` it is (``currentPage()`` is typed as a
        bare QWizardPage); ``addPage`` numbers the pages 0, 1, … in ``page_list`` order."""
        return self.page_list[self.currentId()]

    def _keep_focus(self) -> None:
        """Keyboard users keep a focus: on the last page the Next button that had it is
        hidden, so Finish takes it."""
        focused = QApplication.focusWidget()
        if focused is None or not focused.isVisible():
            last = self.currentId() == self.pageIds()[-1]
            kind = QWizard.WizardButton.FinishButton if last else QWizard.WizardButton.NextButton
            self.button(kind).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the shelter kiosk"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the plan ------------------------------------------------------------------------

    def plan(self) -> Provisioning:
        """What the pages say now, as the core's plan (holds the secrets: never log it)."""
        s = self.shelter_page
        shelter = Shelter(
            id=s.shelter_id.text().strip(),
            name=s.shelter_name.text().strip(),
            capacity=s.capacity.value(),
            disaster_types=s.disaster_types(),
            location=s.location.text().strip(),
        )
        staff = tuple(
            StaffPin(label.text().strip(), role, pin.text())
            for role, (_, label, pin, _again) in self.staff_page.rows.items()
            if self.staff_page.wanted(role)
        )
        c = self.cityos_page
        settings = Settings()
        secret = ""
        if not c.later.isChecked():
            settings = replace(
                settings,
                platform=str(c.platform.currentData()),
                cityos_endpoint=c.endpoint.text().strip(),
                oidc_issuer=c.issuer.text().strip(),
                oidc_client_id=c.client_id.text().strip(),
            )
            secret = c.secret.text()
        return Provisioning(
            shelter=shelter,
            passphrase=self.passphrase_page.passphrase.text(),
            staff=staff,
            settings=settings,
            client_secret=secret,
        )

    def page_for(self, field: str) -> WizardPage | None:
        return next((p for p in self.page_list if field in p.owns), None)

    # --- checks at Next and Finish --------------------------------------------------------

    def check_page(self, page: WizardPage) -> bool:
        """The core's verdict on everything up to ``page``; refusals of later pages wait."""
        page.clear_error()
        index = self.page_list.index(page)
        try:
            validate(self.plan())
        except ValidationError as err:
            owner = self.page_for(err.field)
            if owner is not None and self.page_list.index(owner) <= index:
                self.show_error_on(owner, err)
                return False
        return self._confirmed(page)

    def _confirmed(self, page: WizardPage) -> bool:
        """What only the window can check: that secrets were typed the same twice."""
        pairs: list[tuple[QLineEdit, QLineEdit, str]] = []
        if page is self.passphrase_page:
            pairs.append(
                (
                    page.passphrase,
                    page.confirm,
                    self.tr("The two passphrases differ. Type them again."),
                )
            )
        if page is self.staff_page:
            pairs += [
                (pin, again, self.tr("The two PINs differ. Type them again."))
                for role, (_, _label, pin, again) in page.rows.items()
                if page.wanted(role)
            ]
        for first, second, text in pairs:
            if first.text() != second.text():
                page.show_error(text)
                set_invalid(second, True, text)
                second.setFocus()
                return False
        return True

    def show_error_on(self, page: WizardPage, err: KioskError) -> None:
        """Go back to ``page`` and show ``err`` there, its field highlighted."""
        target = self.page_list.index(page)
        while self.currentId() > target and self.currentId() != -1:
            self.back()
        field = err.field if isinstance(err, ValidationError) else (page.owns or ("",))[0]
        page.show_error(err, field or None)

    # --- finishing -----------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: check every page again, then create the kiosk on a worker."""
        if self.busy:
            return
        for page in self.page_list:
            if not self.check_page(page):
                return
        plan = self.plan()
        home, kdf, trust_path = self._home, self._kdf, self.trust_page.path

        def work() -> Kiosk:
            try:
                text = trust_path.read_bytes() if trust_path is not None else None
            except OSError:
                raise TrustFileUnreadable() from None
            if text is not None:
                parse_trust_list(text)  # a bad file refuses the setup before anything is written
            kiosk = provision(home, plan, kdf)
            if text is not None:
                try:
                    kiosk.import_trust(kiosk.ctx, text)
                except BaseException:
                    kiosk.close()
                    raise
            return kiosk

        self._set_busy(True)
        self.camera_page.stop_camera()
        self._current_page().show_info(self.tr("Creating the kiosk… this takes a few seconds."))
        self._runner.run_background(work, self._created, self._refused)

    def reject(self) -> None:
        if not self.busy:  # the worker is creating the store: wait for it
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not busy)

    def _created(self, kiosk: Kiosk) -> None:
        self._set_busy(False)
        for edit in (
            self.passphrase_page.passphrase,
            self.passphrase_page.confirm,
            self.cityos_page.secret,
            *(w for row in self.staff_page.rows.values() for w in row[2:]),
        ):
            edit.clear()
        log.info("kiosk created by the first-run wizard")
        self.finished_with.emit(kiosk)
        super().accept()

    def _refused(self, err: BaseException) -> None:
        """Errors arrive as KioskErrors (``ui.ops`` logs and replaces anything else)."""
        self._set_busy(False)
        if isinstance(err, ValidationError):
            self.show_error_on(self.page_for(err.field) or self.camera_page, err)
        elif isinstance(err, TrustListError | TrustFileUnreadable):
            self.show_error_on(self.trust_page, err)
        elif isinstance(err, KioskError):
            self._current_page().show_error(err)
