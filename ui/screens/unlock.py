"""Opening a real shelter's store from the window: the passphrase prompt, or the first-run
wizard when the home holds no store yet.

Opening the store derives the key from the passphrase with Argon2id (64 MiB, ~0.3–1 s on a
shelter laptop), so :class:`UnlockDialog` runs it on the ``background`` worker, never on the
GUI thread: the prompt stays responsive and says it is opening the data, and a wrong passphrase
comes back as a translated message in the same prompt.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Signal
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QWidget

from kiosk.basics.errors import WrongPassphrase
from kiosk.core import Kiosk, StorePaths
from ui.i18n import translated
from ui.ops import Workers, error_message

__all__ = ["UnlockDialog", "unlock_or_setup", "MAX_ATTEMPTS"]

log = logging.getLogger("ui.unlock")

#: Wrong passphrases before the prompt gives up (the window then exits, as on Cancel).
MAX_ATTEMPTS = 5
W = TypeVar("W", bound=QWidget)


def _child(dialog: QInputDialog, kind: type[W]) -> W:
    """The one ``kind`` widget QInputDialog builds for itself (its line edit, its buttons)."""
    child = dialog.findChild(kind)
    if child is None:
        raise LookupError(f"QInputDialog has no {kind.__name__}")
    return child


class UnlockDialog(QInputDialog):
    """The passphrase prompt. Enter opens the store on a worker; ``opened`` carries the kiosk.

    While the store opens, the field is read-only, OK and Cancel are disabled and the label
    says so (``busy``). A wrong passphrase clears the field and shows the translated reason
    above the question; after :data:`MAX_ATTEMPTS` of them the dialog is rejected. Any other
    store error (a damaged or newer store) is shown the same way and the person may cancel.
    """

    # The open kiosk, on the GUI thread, just before the dialog is accepted.
    opened = Signal(object)

    def __init__(self, home: Path, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._workers = workers
        self.kiosk: Kiosk | None = None
        self.busy = False
        self.attempts = 0
        self.setWindowTitle(translated("Unlock", "Unlock the kiosk"))
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setTextEchoMode(QLineEdit.EchoMode.Password)
        self.setOkButtonText(translated("Unlock", "Unlock"))
        self.setLabelText(self._question())

    def _question(self, reason: str = "") -> str:
        question = translated("Unlock", "Passphrase of the shelter's data") + f"\n{self._home}"
        return f"{reason}\n{question}" if reason else question

    def field(self) -> QLineEdit:
        """The passphrase field (what a screen reader and the tests talk to)."""
        return _child(self, QLineEdit)

    def accept(self) -> None:
        """Enter or OK: open the store on a worker (the dialog closes once it is open)."""
        if self.busy:
            return
        passphrase, home = self.textValue(), self._home
        self._set_busy(True)
        self._workers.run_background(
            lambda: Kiosk.open(home, passphrase, actor="window"), self._opened, self._refused
        )

    def reject(self) -> None:
        """Cancel or Escape, except while the store is opening (its result needs an owner)."""
        if not self.busy:
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.field().setReadOnly(busy)
        for button in _child(self, QDialogButtonBox).buttons():
            button.setEnabled(not busy)
        if busy:
            self.setLabelText(
                translated("Unlock", "Opening the shelter's data… this takes a moment.")
            )

    def _opened(self, kiosk: Kiosk) -> None:
        self._set_busy(False)
        self.setTextValue("")
        self.kiosk = kiosk
        log.info("store opened from the passphrase prompt")
        self.opened.emit(kiosk)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        """Errors arrive as KioskErrors (``ui.ops`` logs and replaces anything else)."""
        self._set_busy(False)
        self.setTextValue("")
        self.field().setFocus()
        if isinstance(error, WrongPassphrase):
            self.attempts += 1
            log.info("wrong passphrase (%d of %d)", self.attempts, MAX_ATTEMPTS)
            if self.attempts >= MAX_ATTEMPTS:
                super().reject()
                return
            self.setLabelText(self._question(translated("Unlock", "Wrong passphrase. Try again.")))
            return
        self.setLabelText(self._question(error_message(error) or ""))


def unlock_or_setup(home: Path) -> Kiosk | None:
    """An open kiosk for ``home``, or None when the person gave up. Runs the first-run wizard
    if there is no store; asks for the passphrase otherwise (again after a wrong one)."""
    workers = Workers()
    try:
        if not StorePaths(home).exists():
            return _first_run(home, workers)
        dialog = UnlockDialog(home, workers)
        dialog.exec()
        return dialog.kiosk
    finally:
        workers.shutdown()


def _first_run(home: Path, workers: Workers) -> Kiosk | None:
    from kiosk.scan import CameraSource
    from ui.screens.first_run import FirstRunWizard

    wizard = FirstRunWizard(home, workers, open_camera=lambda: CameraSource(0))
    result: list[Kiosk] = []
    loop = QEventLoop()

    def created(kiosk: Kiosk) -> None:
        result.append(kiosk)
        loop.quit()

    wizard.finished_with.connect(created)
    wizard.rejected.connect(loop.quit)
    wizard.show()
    loop.exec()
    return result[0] if result else None
