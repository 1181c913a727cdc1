"""The age of the last good backup, at the right end of the window's toolbar: "Last backup:
12 min ago", "No backup yet", or "Backup failed: …" — in the warning colours when there is no
backup, the last good one is older than two intervals, or the last run failed. Clicking it
shows the whole message (what failed, what to do, when the next try is) and where the last good
backup is.

It only shows what :class:`ui.backup_timer.BackupTimer` knows; a one-minute timer redraws the
age. The toolbar is hidden on the evacuees' self check-in screen, and so is this.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from ui.backup_timer import BackupTimer
from ui.i18n import tr_error

__all__ = ["BackupAge", "STALE_INTERVALS"]

# The age, in backup intervals, from which the last good backup is shown as a warning.
STALE_INTERVALS = 2
# Short words for the toolbar per failure kind (the full message is one click away).
_SHORT = {
    "backup_folder_missing": _N("BackupAge", "Backup failed: folder not found"),
    "backup_folder_read_only": _N("BackupAge", "Backup failed: folder cannot be written"),
    "backup_disk_full": _N("BackupAge", "Backup failed: drive full"),
}


class BackupAge(QToolButton):
    """Shows ``timer``'s state; ``kind`` is "" (fine), "warning" or "error" (last run failed)."""

    def __init__(self, timer: BackupTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupAge")
        self.setAutoRaise(True)
        self.timer = timer
        self.kind = ""
        timer.changed.connect(self.redraw)
        self.tick = QTimer(self, interval=60_000)
        self.tick.timeout.connect(self.redraw)
        self.tick.start()
        self.clicked.connect(self.show_details)
        self.redraw()

    def _age(self, made_at: datetime) -> str:
        minutes = max(0, int((self.timer.clock() - made_at) / timedelta(minutes=1)))
        if minutes < 1:
            return self.tr("just now")
        if minutes < 120:
            return self.tr("{n} min ago").format(n=minutes)
        return self.tr("{n} h ago").format(n=minutes // 60)

    def redraw(self) -> None:
        timer, last = self.timer, self.timer.last
        stale = last is None or (
            timer.clock() - last.made_at
            > timedelta(minutes=STALE_INTERVALS * timer.interval_minutes)
        )
        if timer.error is not None:  # the age of the last good one is in the details
            short = _SHORT.get(timer.error.code)
            text = (
                QCoreApplication.translate("BackupAge", short)
                if short
                else self.tr("Backup failed")
            )
            kind = "error"
        elif last is None:
            text, kind = self.tr("No backup yet"), "warning"
        else:
            text = self.tr("Last backup: {age}").format(age=self._age(last.made_at))
            kind = "warning" if stale else ""
        self.kind = kind
        self.setText(("⚠ " if kind else "") + text)
        self.setToolTip(self.details())
        self.setAccessibleName(self.tr("Backups"))
        self.setAccessibleDescription(self.details())
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)

    def details(self) -> str:
        """The whole story: the failure's message (translated), and the last good backup."""
        parts = [tr_error(self.timer.error)] if self.timer.error is not None else []
        last = self.timer.last
        if last is None:
            parts.append(self.tr("No backup has been made yet."))
        else:
            parts.append(
                self.tr("The last good backup is {path} ({age}).").format(
                    path=str(last.path), age=self._age(last.made_at)
                )
            )
        return "\n\n".join(parts)

    def show_details(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning if self.kind else QMessageBox.Icon.Information,
            self.tr("Backups"),
            self.details(),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.redraw()
        super().changeEvent(event)
