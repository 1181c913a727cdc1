"""Automatic backups from the window: every ``backup_interval_minutes`` and whenever the desk
locks (the Lock button, the idle lock, handing the kiosk to self check-in).

Each run goes to the ``backup`` worker (:mod:`ui.ops`), where
:class:`kiosk.safety.auto_backup.AutoBackup` copies the store through its own read-only connection
and skips when nothing was committed — so neither the GUI nor a check-in on the DB thread waits for
it. A run asked for while one is going is made once it ends (a lock during a backup is not
forgotten). A failure is kept in
:attr:`BackupTimer.error` and shown by :class:`ui.widgets.backup_age.BackupAge`; the timer
simply tries again at the next interval. Nothing here raises into Qt.

:func:`install_backups` wires it into a built window; the clock is an argument so tests move
time by hand instead of waiting minutes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.basics.context import utc_now
from kiosk.core import Kiosk
from kiosk.operations.settings import Settings
from kiosk.safety.auto_backup import BackupFailed, BackupRun, LastBackup, backup_folder
from ui.ops import Workers

__all__ = ["BackupTimer", "install_backups", "FIRST_RUN_MS"]

log = logging.getLogger("ui.backup")

#: The first run after the window opens (skipped at once when nothing changed since the last
#: good backup): soon enough that a wrong folder is reported while staff are still there.
FIRST_RUN_MS = 30_000


class BackupTimer(QObject):
    """Signals: ``changed()`` after every run (made, skipped or failed) and on new settings."""

    changed = Signal()

    def __init__(
        self,
        kiosk: Kiosk,
        workers: Workers,
        settings: Settings,
        clock: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._workers = workers
        self.clock = clock
        self.settings = settings
        # Only reads the last-backup record here; its connection opens on the backup thread.
        self._auto = kiosk.auto_backup()
        #: The last good backup (from the record beside the store until a run made one).
        self.last: LastBackup | None = self._auto.last
        #: Why the last run failed (None: it did not), and when.
        self.error: BackupFailed | None = None
        self.failed_at: datetime | None = None
        self.running = False
        self._again = False
        self.runs = 0  # finished runs, for tests and the log
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run)
        self.apply_settings(settings)

    @property
    def interval_minutes(self) -> int:
        return self.settings.backup_interval_minutes

    def start(self, first_run_ms: int = FIRST_RUN_MS) -> None:
        """Run every interval from now, and once ``first_run_ms`` after the window opens."""
        self.timer.start()
        QTimer.singleShot(first_run_ms, self.run)

    def apply_settings(self, settings: Settings) -> None:
        """New settings (saved on the settings page): the interval, folder and count apply from
        the next run; a new folder gets a backup at once."""
        moved = backup_folder(self._kiosk.home, settings.backup_folder) != backup_folder(
            self._kiosk.home, self.settings.backup_folder
        )
        self.settings = settings
        self.timer.setInterval(settings.backup_interval_minutes * 60_000)
        self.changed.emit()
        if moved and self.timer.isActive():
            self.run()

    def run(self) -> None:
        """Start a backup on the backup thread (or once the one going has ended)."""
        if self.running:
            self._again = True
            return
        self.running = True
        auto, settings = self._auto, self.settings
        folder = backup_folder(self._kiosk.home, settings.backup_folder)
        now = self.clock()

        def work() -> BackupRun:
            return auto.run(folder, settings.backup_keep, now, settings.backup_interval_minutes)

        self._workers.run_backup(work, self._done, self._failed)

    def _done(self, result: BackupRun) -> None:
        self.last, self.error, self.failed_at = result.last, None, None
        if result.made is not None:
            log.info("automatic backup made")
        self._finish()

    def _failed(self, error: BaseException) -> None:
        # BackupFailed says what to do; anything else arrives as UnexpectedError (ui.ops has
        # logged it) and is shown as a failed backup to that folder all the same.
        if not isinstance(error, BackupFailed):
            folder = backup_folder(self._kiosk.home, self.settings.backup_folder)
            error = BackupFailed(folder=str(folder), minutes=self.interval_minutes)
        self.error, self.failed_at = error, self.clock()
        self._finish()

    def _finish(self) -> None:
        self.running = False
        self.runs += 1
        self.changed.emit()
        if self._again:
            self._again = False
            self.run()

    def close(self) -> None:
        """Stop the timer and close the backup connection on its thread (before the store)."""
        self.timer.stop()
        auto = self._auto
        self._workers.run_backup(auto.close, lambda _none: None)


def install_backups(
    window: Any,
    kiosk: Kiosk,
    workers: Workers,
    settings: Settings,
    clock: Callable[[], datetime] = utc_now,
    first_run_ms: int = FIRST_RUN_MS,
) -> BackupTimer:
    """Automatic backups for a built :class:`ui.main_window.MainWindow`: the timer, a run on
    each lock, the age at the toolbar's right end, new settings applied; started."""
    from ui.widgets.backup_age import BackupAge

    timer = BackupTimer(kiosk, workers, settings, clock, parent=window)
    for signal in (window.act_lock.triggered, window.act_self.triggered, window.idle.timeout):
        signal.connect(timer.run)
    page = window.pages.get("settings")
    if page is not None and hasattr(page, "saved"):
        page.saved.connect(timer.apply_settings)
    # At the toolbar's right end: the status bar is full at 1024 px (counts, queue, who),
    # and the toolbar is what staff see — and hidden, like the status bar, in self check-in.
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    window.toolbar.addWidget(spacer)
    window.backup_age = BackupAge(timer)
    window.toolbar.addWidget(window.backup_age)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(timer.close)
    timer.start(first_run_ms)
    return timer
