"""Encrypted backups of the store, and restoring one: the way back from a damaged laptop disk.

A backup is a folder ``kiosk-<UTC time>`` holding a copy of the database made with SQLite's
online backup (through SQLCipher: the copy is encrypted with the same data key, page by page,
while the kiosk keeps working) and a copy of the key file, so the backup opens with the
passphrase that was in force when it was made. It is written under a temporary name, fsynced
and renamed, then opened and checked; only the newest ``keep`` are kept.

Restoring never deletes: the current files move into ``replaced-<UTC time>`` in the home, the
backup's files take their place, and the high-water mark (kiosk.store.high_water) moves aside
with them — the restored store is the new truth. Before that, :func:`restore_plan` says what
will be lost: the changes the current store (or, when it cannot be opened, its high-water
mark) holds beyond the backup.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from kiosk.basics.errors import KioskError, StoreError, WrongPassphrase
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.private_file import fsync_dir
from kiosk.store import Store, StorePaths
from kiosk.store import keyfile as keyfiles
from kiosk.store.high_water import MARK_NAME, Mark, current_mark, read_mark

__all__ = [
    "Backup",
    "RestorePlan",
    "BackupUnusable",
    "create_backup",
    "write_backup",
    "list_backups",
    "verify_backup",
    "restore_plan",
    "restore_backup",
    "default_folder",
]

_PREFIX = "kiosk-"
_STAMP = "%Y%m%dT%H%M%SZ"
_STORE_FILES = ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm", "kiosk.key", MARK_NAME)


class BackupUnusable(KioskError):
    code = "backup_unusable"
    template = _N(
        "KioskError",
        "The backup {name} cannot be used ({why}). Choose another backup; nothing was changed.",
    )


@dataclass(frozen=True)
class Backup:
    """One backup folder: when it was made, its size, and the log position it holds."""

    path: Path
    made_at: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class RestorePlan:
    """What restoring ``backup`` means: ``lost`` changes after it (None: unknown, the current
    store and its mark both unreadable), of which ``lost_checkins`` were check-ins (None:
    unknown — only the mark was readable, and it counts changes, not their kinds)."""

    backup: Backup
    backup_seq: int
    lost: int | None
    lost_checkins: int | None = None


#: The audit action of a check-in (kiosk.reception.checkin logs ``stay.<kind>``).
CHECKIN_ACTION = "stay.checkin"


def default_folder(home: Path) -> Path:
    """Where backups go unless told otherwise: ``backups`` in the home (it survives a damaged
    database, not a dead disk — point ``--to`` at a USB stick for that)."""
    return Path(home) / "backups"


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime(_STAMP)


def _backup_of(path: Path) -> Backup | None:
    stamp = path.name[len(_PREFIX) :]
    stamp, _, counter = stamp.partition("-")  # "-2": the second backup within one second
    try:
        made = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        if counter and not counter.isdigit():
            return None
    except ValueError:
        return None
    size = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
    return Backup(path, made, size)


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first (none when it does not exist)."""
    if not Path(folder).is_dir():
        return []
    found = [_backup_of(p) for p in Path(folder).iterdir() if p.is_dir()]
    backups = [b for b in found if b is not None and b.name.startswith(_PREFIX)]
    return sorted(backups, key=lambda b: (b.made_at, len(b.name), b.name), reverse=True)


def _open_copy(folder: Path, data_key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(folder / "kiosk.db"), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def _check_copy(folder: Path, data_key: bytes) -> Mark:
    """Open a backup's database with the key and check it page by page; its log position.

    Raises:
        BackupUnusable: it does not decrypt or is damaged.
    """
    conn = _open_copy(folder, data_key)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise BackupUnusable(name=folder.name, why="integrity check failed")
        return current_mark(conn)
    except sqlcipher3.DatabaseError:
        raise BackupUnusable(name=folder.name, why="cannot be decrypted or read") from None
    finally:
        conn.close()


def create_backup(
    store: Store, folder: Path, now: datetime, keep: int = 10, *, make_parents: bool = True
) -> Backup:
    """Copy the open store into a new backup in ``folder`` (created owner-only), check the
    copy, and keep only the newest ``keep`` backups.

    Args:
        make_parents: create missing parent folders too (a person's ``--to``); the automatic
            backups pass False for a configured folder, so a removed USB drive is an error
            and not a new folder on the laptop's own disk where the drive was mounted.

    Raises:
        OSError, sqlcipher3.Error: the folder cannot be written (a partial backup is removed).
        BackupUnusable: the copy does not check out (it is removed).
    """
    return write_backup(
        store.conn, store.data_key(), store.paths.keyfile, folder, now, keep, make_parents
    )


def write_backup(
    source: sqlcipher3.Connection,
    data_key: bytes,
    keyfile: Path,
    folder: Path,
    now: datetime,
    keep: int = 10,
    make_parents: bool = True,
) -> Backup:
    """:func:`create_backup` from any connection to the store: the automatic backups pass a
    second, read-only one, so the copy (one backup step: one read snapshot, which WAL lets
    the writer go on beside) never holds up a check-in on the window's DB thread.

    Raises:
        See :func:`create_backup`.
    """
    folder = Path(folder)
    folder.mkdir(parents=make_parents, exist_ok=True, mode=0o700)
    final = folder / f"{_PREFIX}{_stamp(now)}"
    for counter in range(2, 100):  # a lock and a timer run within one second: both kept
        if not final.exists():
            break
        final = folder / f"{_PREFIX}{_stamp(now)}-{counter}"
    partial = folder / f".{final.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    key_bytes = Path(keyfile).read_bytes()  # read once: a passphrase change may rewrite it
    partial.mkdir(mode=0o700)
    try:
        target = _open_copy(partial, data_key)
        try:
            source.backup(target)  # pages=-1: the whole store in one step, one snapshot
        finally:
            target.close()
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(partial / "kiosk.key", flags, 0o600), "wb") as handle:
            handle.write(key_bytes)
        for name in ("kiosk.db", "kiosk.key"):
            os.chmod(partial / name, 0o600)
            with open(partial / name, "rb") as handle:
                os.fsync(handle.fileno())
        if (partial / "kiosk.key").read_bytes() != key_bytes:
            raise BackupUnusable(name=final.name, why="its key file did not copy")
        _check_copy(partial, data_key)
        os.replace(partial, final)
        fsync_dir(folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    for old in list_backups(folder)[max(1, keep) :]:
        shutil.rmtree(old.path, ignore_errors=True)
    made = _backup_of(final)
    assert made is not None
    return made


def verify_backup(path: Path, passphrase: str) -> Mark:
    """Check that a backup opens with ``passphrase`` (the one in force when it was made) and
    is intact; returns its log position.

    Raises:
        BackupUnusable: not a backup, or damaged.
        WrongPassphrase: the passphrase does not open its key file.
    """
    path = Path(path)
    if not (path / "kiosk.db").is_file() or not (path / "kiosk.key").is_file():
        raise BackupUnusable(name=path.name, why="not a kiosk backup")
    try:
        data_key = keyfiles.unlock_keyfile(path / "kiosk.key", passphrase)
    except WrongPassphrase:
        raise
    except StoreError:
        raise BackupUnusable(name=path.name, why="its key file is damaged") from None
    return _check_copy(path, data_key)


def restore_plan(home: Path, path: Path, passphrase: str) -> RestorePlan:
    """What restoring the backup at ``path`` into ``home`` would lose, without changing
    anything.

    Raises:
        BackupUnusable, WrongPassphrase: see :func:`verify_backup`.
    """
    backup = _backup_of(Path(path)) or Backup(Path(path), datetime.fromtimestamp(0, UTC), 0)
    saved = verify_backup(path, passphrase)
    data_key = keyfiles.unlock_keyfile(Path(path) / "kiosk.key", passphrase)
    lost: int | None = None
    paths = StorePaths(Path(home))
    if not paths.database.is_file():  # nothing there to lose but what the mark remembers
        mark = read_mark(paths.home, data_key)
        return RestorePlan(
            backup, saved.seq, max(0, mark.seq - saved.seq) if isinstance(mark, Mark) else None
        )
    try:
        conn = _open_copy(paths.home, data_key)
        try:
            lost = max(0, current_mark(conn).seq - saved.seq)
            checkins = conn.execute(
                "SELECT count(*) FROM audit WHERE seq > ? AND action = ?",
                (saved.seq, CHECKIN_ACTION),
            ).fetchone()[0]
        finally:
            conn.close()
        return RestorePlan(backup, saved.seq, lost, int(checkins))
    except sqlcipher3.DatabaseError:
        mark = read_mark(paths.home, data_key)
        lost = max(0, mark.seq - saved.seq) if isinstance(mark, Mark) else None
    return RestorePlan(backup, saved.seq, lost)


def restore_backup(home: Path, path: Path, passphrase: str, now: datetime) -> Path:
    """Put the backup at ``path`` in place of the store in ``home`` (the kiosk must not be
    running on it); the replaced files move to a ``replaced-<time>`` folder, which is
    returned.

    Raises:
        BackupUnusable, WrongPassphrase: see :func:`verify_backup` (nothing is changed).
        OSError: the home cannot be written.
    """
    verify_backup(path, passphrase)
    home = Path(home)
    aside = home / f"replaced-{_stamp(now)}"
    aside.mkdir(mode=0o700)
    for name in _STORE_FILES:
        if (home / name).exists():
            os.replace(home / name, aside / name)
    for name in ("kiosk.db", "kiosk.key"):
        shutil.copyfile(Path(path) / name, home / name)
        os.chmod(home / name, 0o600)
        with open(home / name, "rb") as handle:
            os.fsync(handle.fileno())
    fsync_dir(home)
    return aside
