"""Automatic backups: what the window's backup timer runs on its own thread, and the record of
the last good one.

:class:`AutoBackup` copies the store through a second, read-only connection (so a check-in on
the window's DB thread never waits for it), checks the copy
(:func:`kiosk.safety.backup.write_backup` opens it with the data key and runs SQLite's integrity
check: that is what makes it *good*), keeps the newest ``keep`` and skips a run when nothing was
committed since the last good backup. Nothing changed is told by SQLite's ``PRAGMA data_version`` on
that connection, which moves whenever another connection commits anything — audited or not
(settings, delivery marks, the roster cache).

The last good backup is recorded in a small file beside the store (:data:`RECORD_NAME`: the
folder, the backup's name and time and the log position it holds — no personal data), not in
the store: a write into the store would itself be a change, and the next run would back up
again forever. The window reads it to show the backup's age from the start; ``kiosk backup
list`` reads it to find backups kept on a USB drive when the store cannot be opened.

Every failure becomes one :class:`BackupFailed` kind a person can act on — the folder is
missing (a USB drive removed), cannot be written, is full — with the folder named and the next
try announced. The window shows it and tries again at the next interval.
"""

from __future__ import annotations

import errno
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import ClassVar

import sqlcipher3

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.removable import on_unmounted_drive
from kiosk.safety.backup import Backup, BackupUnusable, default_folder, list_backups, write_backup
from kiosk.store import Store
from kiosk.store.high_water import Mark, current_mark

__all__ = [
    "AutoBackup",
    "BackupRun",
    "LastBackup",
    "BackupFailed",
    "BackupFolderMissing",
    "BackupFolderReadOnly",
    "BackupDiskFull",
    "BackupWriteFailed",
    "RECORD_NAME",
    "backup_folder",
    "read_last_backup",
    "write_last_backup",
]

log = logging.getLogger("kiosk.safety.backup")

RECORD_NAME = "last-backup.json"
_FORMAT = "kiosk-last-backup"


class BackupFailed(KioskError):
    """An automatic backup that could not be written; ``folder`` and ``minutes`` (until the
    next try) fill every kind's message."""

    code: ClassVar[str] = "backup_failed"
    template: ClassVar[str] = _N(
        "KioskError",
        "The backup to {folder} failed. Check the backup folder in Settings; "
        "the kiosk tries again in {minutes} minutes.",
    )


class BackupFolderMissing(BackupFailed):
    code = "backup_folder_missing"
    template = _N(
        "KioskError",
        "The backup folder {folder} is not there — was the USB drive removed? Plug it back "
        "in or choose another backup folder in Settings; the kiosk tries again in {minutes} "
        "minutes.",
    )


class BackupFolderReadOnly(BackupFailed):
    code = "backup_folder_read_only"
    template = _N(
        "KioskError",
        "The backup folder {folder} cannot be written (a read-only drive, or no permission). "
        "Choose another backup folder in Settings; the kiosk tries again in {minutes} minutes.",
    )


class BackupDiskFull(BackupFailed):
    code = "backup_disk_full"
    template = _N(
        "KioskError",
        "The drive of the backup folder {folder} is full. Free some space, keep fewer backups "
        "or choose another drive in Settings; the kiosk tries again in {minutes} minutes.",
    )


class BackupWriteFailed(BackupFailed):
    code = "backup_write_failed"
    template = _N(
        "KioskError",
        "The backup to {folder} could not be written and checked ({why}). Check the drive or "
        "choose another backup folder in Settings; the kiosk tries again in {minutes} minutes.",
    )


@dataclass(frozen=True)
class LastBackup:
    """The last good backup: where it is, when it was made and the log position it holds."""

    folder: Path
    name: str
    made_at: datetime
    seq: int
    head: str

    @property
    def path(self) -> Path:
        return self.folder / self.name


@dataclass(frozen=True)
class BackupRun:
    """One run of the automatic backup: ``made`` is None when it was skipped (nothing changed
    since ``last``, the last good backup, which then is the one before)."""

    made: Backup | None
    last: LastBackup


def backup_folder(home: Path, setting: str) -> Path:
    """The folder automatic backups go to: the ``backup_folder`` setting, or ``backups`` in
    the home when it is empty."""
    return Path(setting).expanduser() if setting.strip() else default_folder(home)


def read_last_backup(home: Path) -> LastBackup | None:
    """The record of the last good backup; None when there is none or it is unreadable (the
    age display then says "no backup yet", which is the safe side)."""
    try:
        document = json.loads((Path(home) / RECORD_NAME).read_text(encoding="utf-8"))
        if document.get("format") != _FORMAT:
            return None
        return LastBackup(
            Path(document["folder"]),
            str(document["name"]),
            datetime.fromisoformat(document["made_at"]),
            int(document["seq"]),
            str(document["head"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_last_backup(home: Path, last: LastBackup) -> None:
    """Record ``last`` beside the store (temp file, then rename: never half a record).

    Raises:
        OSError: the home cannot be written.
    """
    document = {
        "format": _FORMAT,
        "folder": str(last.folder),
        "name": last.name,
        "made_at": last.made_at.isoformat(),
        "seq": last.seq,
        "head": last.head,
    }
    target = Path(home) / RECORD_NAME
    temp = target.with_name(f".{RECORD_NAME}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(temp, flags, 0o600), "w", encoding="utf-8") as handle:
        json.dump(document, handle)
    os.replace(temp, target)


def _failure(exc: BaseException, folder: Path, minutes: int) -> BackupFailed:
    """The kind of failure a person can act on, from what the file system or SQLite said."""
    params = {"folder": str(folder), "minutes": minutes}
    if isinstance(exc, BackupUnusable):
        return BackupWriteFailed(why="the copy did not check out", **params)
    if isinstance(exc, OSError):
        if isinstance(exc, FileNotFoundError) or not folder.parent.is_dir():
            return BackupFolderMissing(**params)
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return BackupDiskFull(**params)
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            return BackupFolderReadOnly(**params)
        return BackupWriteFailed(why=exc.strerror or type(exc).__name__, **params)
    text = str(exc)
    if "disk is full" in text:
        return BackupDiskFull(**params)
    if "readonly" in text or "unable to open" in text:
        if not folder.is_dir():
            return BackupFolderMissing(**params)
        return BackupFolderReadOnly(**params)
    return BackupWriteFailed(why=type(exc).__name__, **params)


class AutoBackup:
    """The automatic backups of one open store. Owned by ONE thread (the window's backup
    thread): it keeps its own read-only connection, opened on first use."""

    def __init__(self, store: Store) -> None:
        """``store`` is the window's open store; only its paths and key are used here (its
        connection belongs to the DB thread)."""
        self._store = store
        self._home = store.paths.home
        self._reader: Store | None = None
        self._version: int | None = None  # data_version at the start of the last good backup
        self.last: LastBackup | None = read_last_backup(self._home)

    def run(self, folder: Path, keep: int, now: datetime, interval_minutes: int) -> BackupRun:
        """Back up unless nothing changed since the last good backup in ``folder``.

        Args:
            folder: where backups go (see :func:`backup_folder`); created when missing, its
                parent only when it is the home's default folder; a configured folder that
                held the last good backup and is gone is not made again (a pulled drive).
            keep: how many backups to keep in ``folder``.
            now: the backup's time (its name).
            interval_minutes: when the next try is, for the failure message.

        Raises:
            BackupFailed: a kind saying what a person can do; nothing is left behind.
        """
        folder = Path(folder)
        default = folder == default_folder(self._home)
        if not default and (self._vanished(folder) or on_unmounted_drive(folder)):
            missing = BackupFolderMissing(folder=str(folder), minutes=interval_minutes)
            log.warning("automatic backup failed (%s)", missing.code)
            raise missing
        try:
            reader = self._reader_conn()
            version = int(reader.execute("PRAGMA data_version").fetchone()[0])
            mark = current_mark(reader)
            if self._unchanged(folder, version, mark):
                assert self.last is not None
                self._version = version  # from now on, any commit moves it
                return BackupRun(None, self.last)
            made = write_backup(
                reader,
                self._store.data_key(),
                self._store.paths.keyfile,
                folder,
                now,
                keep,
                make_parents=default,
            )
        except (OSError, sqlcipher3.Error, BackupUnusable) as exc:
            failure = _failure(exc, folder, interval_minutes)
            log.warning("automatic backup failed (%s, %s)", failure.code, type(exc).__name__)
            raise failure from None
        self._version = version
        self.last = LastBackup(folder, made.name, made.made_at, mark.seq, mark.head)
        try:
            write_last_backup(self._home, self.last)
        except OSError as exc:  # the backup is good; only its age is not remembered
            log.warning("last-backup record not written (%s)", type(exc).__name__)
        return BackupRun(made, self.last)

    def _vanished(self, folder: Path) -> bool:
        """Whether the folder the last good backup went to is gone: its drive was pulled. It
        is not made again — where a drive was mounted an empty folder often stays behind, and
        a new backup folder there would fill the laptop's own disk while staff think the
        backups are on the drive."""
        return self.last is not None and self.last.folder == folder and not folder.is_dir()

    def _unchanged(self, folder: Path, version: int, mark: Mark) -> bool:
        """Whether the last good backup in ``folder`` already holds everything committed."""
        last = self.last
        if last is None or last.folder != folder or not last.path.is_dir():
            return False
        if self._version is not None:  # this window made it: any commit since moved the version
            return version == self._version
        # A backup from before this window started: its log position must be today's, and no
        # backup may have come after it in the folder (a manual one the record does not know).
        newest = list_backups(folder)
        return (last.seq, last.head) == (mark.seq, mark.head) and newest[0].name == last.name

    def _reader_conn(self) -> sqlcipher3.Connection:
        if self._reader is None:
            self._reader = self._store.open_reader()
        return self._reader.conn

    def close(self) -> None:
        """Close the read-only connection (on the backup thread)."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None
