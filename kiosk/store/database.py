"""The encrypted database: opening, creating and transactions.

Layer two of the store: one SQLCipher file wrapped by ``sqlite_utils.Database``. The data key
comes from :mod:`kiosk.store.keyfile` and is given to SQLCipher in raw form. Durability is
WAL with ``synchronous=FULL``: a check-in that returned has reached the disk. Temp tables and
sorts stay in memory so nothing personal spills to an unencrypted temp file.

Every failure to open becomes one :class:`~kiosk.basics.errors.StoreError` with a clear message, and
SQLCipher's own logging is switched off before the key is set, so a wrong key or a damaged file
never prints noise on stderr.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from kiosk.basics.errors import (
    StoreCorrupt,
    StoreError,
    StoreExists,
    StoreFull,
    StoreMissing,
    StoreReadOnly,
    StoreTooNew,
)
from kiosk.store import high_water, keyfile
from kiosk.store.schema import (
    KEYFILE_SECRETS,
    LATEST,
    MOVED_TO_KEYFILE,
    apply_migrations,
    current_version,
)

__all__ = ["StorePaths", "Store", "create_store", "open_store"]

DB_NAME = "kiosk.db"
KEY_NAME = "kiosk.key"


@dataclass(frozen=True)
class StorePaths:
    """Where one kiosk's files live inside its home directory."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / DB_NAME

    @property
    def keyfile(self) -> Path:
        return self.home / KEY_NAME

    def exists(self) -> bool:
        return self.database.exists() or self.keyfile.exists()


log = logging.getLogger("kiosk.store")

#: How SQLite says the two conditions a person can fix (this driver carries no error codes,
#: only SQLite's own messages, which are stable across versions: sqlite3ErrStr).
_FULL_MESSAGES = ("database or disk is full",)
_READ_ONLY_MESSAGES = ("attempt to write a readonly database", "unable to open database file")
#: An I/O error on a disk with less free space than this is the disk being full (opening a
#: store on a full disk fails creating its WAL index, as "disk I/O error").
_FULL_BELOW_BYTES = 256 * 1024


def _disk_full(home: Path) -> bool:
    try:
        return shutil.disk_usage(home).free < _FULL_BELOW_BYTES
    except OSError:
        return False


def store_error_for(exc: BaseException, home: Path) -> StoreError | None:
    """The clear error for a database failure a person can fix — disk full, read-only — or
    None for anything else.

    Args:
        exc: what the driver raised.
        home: the store's folder, named in the read-only message.
    """
    if not isinstance(exc, sqlcipher3.OperationalError):
        return None
    text = str(exc)
    if text in _FULL_MESSAGES or (text == "disk I/O error" and _disk_full(home)):
        return StoreFull()
    if text in _READ_ONLY_MESSAGES:
        return StoreReadOnly(home=str(home))
    return None


def _connect(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=30)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def _configure(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -16000")


class Store:
    """One open, unlocked kiosk database.

    Owned by one thread at a time (the window's DB worker, or the command line). Writes go
    through :meth:`atomic`; nested blocks become savepoints.
    """

    def __init__(
        self, paths: StorePaths, conn: sqlcipher3.Connection, data_key: bytes | None = None
    ) -> None:
        self.paths = paths
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._data_key = data_key  # only to open read-only siblings (SQLCipher holds it too)
        self.read_only = False
        self._keyfile_secrets: dict[str, bytes] = {}  # read once: a scan must not hit the disk

    def open_reader(self) -> Store:
        """A second, read-only connection to the same database, for another thread.

        WAL lets it read while this connection writes, so long reports (the manager's
        dashboard) never hold up a check-in. It sees every committed write, never half of one.

        Raises:
            RuntimeError: this store was opened without keeping its key (not by
                :func:`open_store` or :func:`create_store`).
        """
        if self._data_key is None:
            raise RuntimeError("this store cannot open readers")
        conn = _connect(self.paths.database, self._data_key)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        reader = Store(self.paths, conn)
        reader.read_only = True
        return reader

    def open_writer(self) -> Store:
        """A second read-write connection to the same database, for another thread that writes
        (the desk service, which takes in other desks' changes beside the window's DB thread).

        Its writes and this connection's queue on SQLite's write lock (each ``atomic`` block
        is one ``BEGIN IMMEDIATE``; the busy timeout is 30 s), so neither sees half of the
        other's.

        Raises:
            RuntimeError: this store was opened without keeping its key.
        """
        if self._data_key is None:
            raise RuntimeError("this store cannot open writers")
        conn = _connect(self.paths.database, self._data_key)
        _configure(conn)
        return Store(self.paths, conn, self._data_key)

    def __repr__(self) -> str:
        return f"Store(home={str(self.paths.home)!r})"

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """A transaction (or, nested, a savepoint): everything in it lands, or nothing.

        The outermost block starts with ``BEGIN IMMEDIATE``: it takes the write lock at once,
        waiting up to the connection's busy timeout while another process writes. A plain
        (deferred) ``BEGIN`` reads first and must upgrade to a writer later, and SQLite refuses
        that upgrade at once, without waiting, when another connection wrote meanwhile (it
        would deadlock): 4 processes writing to one home then saw "database is locked" on
        4 in 10 operations. Nested blocks are sqlite-utils' savepoints.
        """
        if self.conn.in_transaction or self.read_only:
            with self.db.atomic() as db:
                yield db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if self.conn.in_transaction:  # an error may already have ended it
                    self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        except sqlcipher3.OperationalError as exc:
            clear = store_error_for(exc, self.paths.home)
            if clear is None:
                raise
            raise clear from None
        self._advance_mark()

    def _advance_mark(self) -> None:
        """Record how far the log reached (after the commit: see kiosk.store.high_water). A
        mark that cannot be written never undoes or fails a committed change."""
        if self._data_key is None:
            return
        try:
            high_water.write_mark(
                self.paths.home, self._data_key, high_water.current_mark(self.conn)
            )
        except (OSError, sqlcipher3.Error) as exc:
            log.warning("high-water mark not written (%s)", type(exc).__name__)

    def data_key(self) -> bytes:
        """The raw data key, for a copy encrypted the same way (kiosk.safety.backup).

        Raises:
            RuntimeError: this store was opened without keeping its key.
        """
        if self._data_key is None:
            raise RuntimeError("this store does not hold its key")
        return self._data_key

    def lost_changes(self) -> list[str]:
        """What the high-water mark says this store lost since it was last written (empty
        when nothing was lost, or the store has no mark yet)."""
        if self._data_key is None:
            return []
        return high_water.lost_changes(self.paths.home, self._data_key, self.conn)

    def query(self, sql: str, params: Any = ()) -> list[sqlcipher3.Row]:
        """Run a read and return all rows (as ``sqlcipher3.Row``)."""
        cursor = self.conn.execute(sql, params)
        cursor.row_factory = sqlcipher3.Row
        return cursor.fetchall()

    def query_one(self, sql: str, params: Any = ()) -> sqlcipher3.Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def execute(self, sql: str, params: Any = ()) -> int:
        """Run a write inside the current :meth:`atomic` block; return the row count."""
        if not self.conn.in_transaction:
            raise RuntimeError("writes must run inside Store.atomic()")
        return self.conn.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Iterable[Any]) -> int:
        """One write statement for many parameter rows (inside :meth:`atomic`): a batch of
        delivery marks or cache rows in one call instead of one round trip each."""
        if not self.conn.in_transaction:
            raise RuntimeError("writes must run inside Store.atomic()")
        return self.conn.executemany(sql, rows).rowcount

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return row["value"] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def get_secret(self, name: str) -> bytes | None:
        row = self.query_one("SELECT value FROM secret WHERE name = ?", (name,))
        return bytes(row["value"]) if row else None

    def set_secret(self, name: str, value: bytes) -> None:
        self.execute(
            "INSERT INTO secret (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    def keyfile_secret(self, name: str) -> bytes | None:
        """A deployment secret kept in the key file, not in the database (see
        :mod:`kiosk.store.keyfile`), or None when the key file holds none by that name.

        Raises:
            RuntimeError: this store was opened without keeping its key.
            StoreCorrupt: the key file is unreadable or does not belong to this store.
        """
        if name not in self._keyfile_secrets:
            value = keyfile.read_secret(self.paths.keyfile, self.data_key(), name)
            if value is None:
                return None
            self._keyfile_secrets[name] = value
        return self._keyfile_secrets[name]

    def set_keyfile_secret(self, name: str, value: bytes) -> None:
        """Seal ``value`` into the key file as the secret ``name`` (outside any transaction:
        the key file is not part of the database).

        Raises:
            RuntimeError: this store was opened without keeping its key.
            StoreCorrupt: the key file is unreadable.
            OSError: the key file cannot be written.
        """
        keyfile.write_secret(self.paths.keyfile, self.data_key(), name, value)
        self._keyfile_secrets[name] = value

    def schema_version(self) -> int:
        return current_version(self.conn)

    def close(self) -> None:
        """Checkpoint the WAL into the main file (the writer) and close."""
        if not self.read_only:
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()


def _check_readable(conn: sqlcipher3.Connection, home: Path) -> None:
    """Touch every page header we need and run a quick structural check.

    Raises:
        StoreCorrupt: the key does not decrypt the file, or the file is damaged or truncated.
    """
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        clear = store_error_for(exc, home)
        if isinstance(clear, StoreFull):
            raise clear from None
        raise StoreCorrupt(detail="cannot be decrypted or read") from exc
    if result != "ok":
        raise StoreCorrupt(detail="integrity check failed")


def _move_secrets_out(conn: sqlcipher3.Connection, paths: StorePaths, data_key: bytes) -> None:
    """Before schema 3: the secrets that now live in the key file move there from the
    database's ``secret`` table (migration 3 then deletes them from the table). The key file
    is written first, so a crash between the two leaves the secret in both, never in neither;
    the next opening finishes the move.

    Raises:
        StoreCorrupt: the key file already holds a different secret of that name (the
            database and key file are of two different stores): nothing is changed.
    """
    if current_version(conn) >= MOVED_TO_KEYFILE:
        return
    for name in KEYFILE_SECRETS:
        row = conn.execute("SELECT value FROM secret WHERE name = ?", (name,)).fetchone()
        if row is None:
            continue
        in_database = bytes(row[0])
        in_keyfile = keyfile.read_secret(paths.keyfile, data_key, name)
        if in_keyfile is None:
            keyfile.write_secret(paths.keyfile, data_key, name, in_database)
        elif in_keyfile != in_database:
            raise StoreCorrupt(detail="the key file and the database hold different secrets")


def create_store(
    home: Path, passphrase: str, kdf: keyfile.KdfParams = keyfile.DEFAULT_KDF
) -> Store:
    """Create a new encrypted store in ``home`` and return it open.

    Raises:
        StoreExists: a store (or part of one) is already there; nothing is touched.
    """
    paths = StorePaths(Path(home))
    if paths.exists():
        raise StoreExists(home=str(paths.home))
    paths.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    data_key = keyfile.create_keyfile(paths.keyfile, passphrase, kdf)
    conn = _connect(paths.database, data_key)
    _configure(conn)
    apply_migrations(conn)
    return Store(paths, conn, data_key)


def open_store(home: Path, passphrase: str, *, migrate: bool = True) -> Store:
    """Open the existing store in ``home``, upgrading its schema if needed.

    Raises:
        StoreMissing: there is no store in ``home`` (none is created).
        WrongPassphrase: the passphrase is wrong.
        StoreCorrupt: the key file or database is damaged, truncated or mismatched.
        StoreTooNew: the schema is newer than this kiosk knows.
    """
    paths = StorePaths(Path(home))
    if not paths.database.exists() and not paths.keyfile.exists():
        raise StoreMissing(home=str(paths.home))
    if not paths.keyfile.exists():
        raise StoreCorrupt(detail="key file missing")
    if not paths.database.exists():
        raise StoreCorrupt(detail="database file missing")
    data_key = keyfile.unlock_keyfile(paths.keyfile, passphrase)
    # The store writes on every open (WAL, migrations): a folder or file that cannot be
    # written is said as such, not as damage the decryption found.
    if not (os.access(paths.home, os.W_OK) and os.access(paths.database, os.W_OK)):
        raise StoreReadOnly(home=str(paths.home))
    conn = _connect(paths.database, data_key)
    try:
        _check_readable(conn, paths.home)
        version = current_version(conn)
        if version > LATEST:
            raise StoreTooNew(found=version, known=LATEST)
        if version < 1:
            raise StoreCorrupt(detail="no kiosk schema")
        _configure(conn)
        if migrate:
            _move_secrets_out(conn, paths, data_key)
            apply_migrations(conn)
    except sqlcipher3.OperationalError as exc:
        conn.close()
        clear = store_error_for(exc, paths.home)
        if clear is None:
            raise
        raise clear from None
    except BaseException:
        conn.close()
        raise
    return Store(paths, conn, data_key)
