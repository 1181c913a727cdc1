"""Opening a real shelter's store from the window: the passphrase prompt, or the first-run
wizard when the home holds no store yet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from kiosk.core import Kiosk
from kiosk.errors import KioskError, WrongPassphrase
from kiosk.store.database import StorePaths
from ui.i18n import tr_error, translated

__all__ = ["unlock_or_setup"]


def _ask_passphrase(home: Path, attempt: int) -> str | None:
    label = translated("Unlock", "Passphrase of the shelter's data") + f"\n{home}"
    if attempt:
        label = translated("Unlock", "Wrong passphrase. Try again.") + "\n" + label
    text, ok = QInputDialog.getText(
        None, translated("Unlock", "Unlock the kiosk"), label, QLineEdit.EchoMode.Password
    )
    return text if ok else None


def unlock_or_setup(home: Path) -> Kiosk | None:
    """An open kiosk for ``home``, or None when the person gave up. Runs the first-run wizard
    if there is no store; asks for the passphrase otherwise (again after a wrong one)."""
    if not StorePaths(home).exists():
        from kiosk.scan import CameraSource
        from ui.ops import Workers
        from ui.screens.first_run import FirstRunWizard

        workers = Workers()
        wizard = FirstRunWizard(home, workers, open_camera=lambda: CameraSource(0))
        result: list[Kiosk] = []
        loop = QEventLoop()
        wizard.finished_with.connect(lambda kiosk: (result.append(kiosk), loop.quit()))
        wizard.rejected.connect(loop.quit)
        wizard.show()
        loop.exec()
        workers.shutdown()
        return result[0] if result else None
    for attempt in range(5):
        passphrase = _ask_passphrase(home, attempt)
        if passphrase is None:
            return None
        try:
            return Kiosk.open(home, passphrase, actor="window")
        except WrongPassphrase:
            continue
        except KioskError as error:
            QMessageBox.critical(None, translated("Unlock", "Unlock the kiosk"), tr_error(error))
            return None
    return None
