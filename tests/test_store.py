"""The encrypted store: key file, raw-key SQLCipher, durability settings, clear failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.basics.errors import (
    StoreCorrupt,
    StoreExists,
    StoreMissing,
    StoreTooNew,
    WrongPassphrase,
)
from kiosk.core import Kiosk
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.store import create_store, open_store, rewrap_keyfile
from kiosk.store.keyfile import unlock_keyfile
from kiosk.store.schema import LATEST
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def home(tmp_path: Path) -> Path:
    store = create_store(tmp_path / "h", PASSPHRASE, FAST_KDF)
    with store.atomic():
        store.set_meta("probe", "value")
    store.close()
    return tmp_path / "h"


def test_reopen_sees_committed_data_and_durable_settings(home: Path) -> None:
    store = open_store(home, PASSPHRASE)
    pragmas = {
        "journal_mode": store.conn.execute("PRAGMA journal_mode").fetchone()[0],
        "synchronous": store.conn.execute("PRAGMA synchronous").fetchone()[0],
        "foreign_keys": store.conn.execute("PRAGMA foreign_keys").fetchone()[0],
        "temp_store": store.conn.execute("PRAGMA temp_store").fetchone()[0],
    }
    assert (store.get_meta("probe"), store.schema_version(), pragmas) == (
        "value",
        LATEST,
        {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "temp_store": 2},
    )
    store.close()


def test_database_file_is_not_readable_as_plain_sqlite(home: Path) -> None:
    plain = sqlite3.connect(home / "kiosk.db")
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()
    assert not (home / "kiosk.db").read_bytes().startswith(b"SQLite format 3")


def test_wrong_passphrase_is_a_clear_error_without_stderr_noise(
    home: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(WrongPassphrase) as raised:
        open_store(home, "not the passphrase")
    assert str(raised.value) == "Wrong passphrase for the kiosk data store. Nothing was changed."
    assert capfd.readouterr() == ("", "")


def test_missing_store_is_reported_and_nothing_is_created(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing):
        open_store(tmp_path / "nowhere", PASSPHRASE)
    assert not (tmp_path / "nowhere").exists()


def test_create_refuses_an_existing_store_and_leaves_it_untouched(home: Path) -> None:
    before = {p.name: p.read_bytes() for p in home.iterdir()}
    with pytest.raises(StoreExists):
        create_store(home, "other passphrase", FAST_KDF)
    assert {p.name: p.read_bytes() for p in home.iterdir()} == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:4096] + bytes(len(b) - 4096),  # zeroed after the first page
        lambda b: b"garbage" * 100,  # not a database at all
        lambda b: b"",  # empty file
    ],
    ids=["truncated", "zeroed", "garbage", "empty"],
)
def test_damaged_database_is_a_clear_error_without_stderr_noise(
    home: Path, damage, capfd: pytest.CaptureFixture[str]
) -> None:
    db = home / "kiosk.db"
    db.write_bytes(damage(db.read_bytes()))
    damaged = db.read_bytes()
    with pytest.raises(StoreCorrupt):
        open_store(home, PASSPHRASE)
    assert capfd.readouterr() == ("", "")
    assert db.read_bytes() == damaged  # left as it is, for support


def test_damaged_key_file_is_a_clear_error(home: Path) -> None:
    (home / "kiosk.key").write_text("{not json")
    with pytest.raises(StoreCorrupt):
        open_store(home, PASSPHRASE)


def test_store_from_a_newer_kiosk_is_refused(home: Path) -> None:
    store = open_store(home, PASSPHRASE)
    store.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    store.close()
    with pytest.raises(StoreTooNew) as raised:
        open_store(home, PASSPHRASE)
    assert raised.value.params == {"found": LATEST + 1, "known": LATEST}


def test_passphrase_change_rewraps_the_key_without_touching_the_data(home: Path) -> None:
    data_before = (home / "kiosk.db").read_bytes()
    key_before = unlock_keyfile(home / "kiosk.key", PASSPHRASE)
    rewrap_keyfile(home / "kiosk.key", PASSPHRASE, "a new passphrase", FAST_KDF)
    assert (home / "kiosk.db").read_bytes() == data_before
    assert unlock_keyfile(home / "kiosk.key", "a new passphrase") == key_before
    with pytest.raises(WrongPassphrase):
        open_store(home, PASSPHRASE)
    store = open_store(home, "a new passphrase")
    assert store.get_meta("probe") == "value"
    store.close()


def test_key_file_and_database_are_owner_only(home: Path) -> None:
    assert (home / "kiosk.key").stat().st_mode & 0o077 == 0
    assert home.stat().st_mode & 0o077 == 0


def test_a_failed_transaction_leaves_nothing(home: Path) -> None:
    store = open_store(home, PASSPHRASE)
    with pytest.raises(RuntimeError), store.atomic():
        store.set_meta("half", "written")
        raise RuntimeError("boom")
    assert store.get_meta("half") is None
    store.close()


def test_a_reader_sees_committed_writes_reads_during_a_write_and_cannot_write(
    kiosk: Kiosk,
) -> None:
    reader = kiosk.store.open_reader()
    try:
        count = "SELECT count(*) AS n FROM person"
        before = reader.query_one(count)["n"]
        with kiosk.store.atomic():
            people.add_person(kiosk.ctx, PersonDraft(name="見本 読者"))
            # The writer's transaction is open: the reader still reads, the old state.
            assert reader.query_one(count)["n"] == before
        assert reader.query_one(count)["n"] == before + 1
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            reader.conn.execute("DELETE FROM person")
    finally:
        reader.close()
    assert kiosk.store.query_one("SELECT count(*) AS n FROM person")["n"] == before + 1
