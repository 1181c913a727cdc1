"""Backups a volunteer can follow: create one (encrypted, checked), damage the store, hear
what a restore loses, restore it, lose at most what came after the backup, doctor clean."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.basics.errors import WrongPassphrase
from kiosk.core import Kiosk
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.safety import backup
from tests.conftest import PASSPHRASE, FakeClock, run_cli


def add_and_check_in(kiosk: Kiosk, names: list[str]) -> list[str]:
    ids = [people.add_person(kiosk.ctx, PersonDraft(name=name)).id for name in names]
    checkin.check_in(kiosk.ctx, ids)
    return ids


def damage(database: Path) -> None:
    data = bytearray(database.read_bytes())
    data[8192:40960] = b"\x5a" * (40960 - 8192)
    database.write_bytes(bytes(data))


def test_damage_restore_and_lose_only_what_came_after_the_backup(kiosk: Kiosk) -> None:
    add_and_check_in(kiosk, ["見本 一郎", "見本 二郎", "見本 三郎"])
    home = kiosk.home
    kiosk.close()
    made = run_cli("backup", "create", "--json", home=home)
    assert made.returncode == 0, made.stderr
    later = Kiosk.open(home, PASSPHRASE)
    add_and_check_in(later, ["見本 四郎"])  # after the backup: what a restore will lose
    later.close()
    for name in ("kiosk.db-wal", "kiosk.db-shm"):
        (home / name).unlink(missing_ok=True)
    damage(home / "kiosk.db")
    assert "damaged" in run_cli("status", home=home).stderr
    (listed,) = backup.list_backups(home / "backups")
    asked = run_cli("backup", "restore", str(listed.path), home=home)
    assert asked.returncode == 1 and "loses 3 changes made after it" in asked.stdout
    assert "damaged" in run_cli("status", home=home).stderr  # nothing changed without --yes
    done = run_cli("backup", "restore", str(listed.path), "--yes", home=home)
    assert done.returncode == 0, done.stderr
    doctor = run_cli("doctor", home=home)
    assert (doctor.returncode, doctor.stdout.splitlines()[-1]) == (0, "8 checks, 0 problems")
    found = run_cli("search", "見本", "--json", home=home).stdout
    assert ("見本 三郎" in found, "見本 四郎" in found) == (True, False)
    kept = [p.name for p in home.iterdir() if p.name.startswith("replaced-")]
    assert len(kept) == 1 and (home / kept[0] / "kiosk.db").is_file()


def test_backups_are_encrypted_checked_and_pruned(kiosk: Kiosk, clock: FakeClock) -> None:
    add_and_check_in(kiosk, ["秘密 花子"])
    folder = kiosk.home.parent / "stick"
    for _ in range(3):
        backup.create_backup(kiosk.store, folder, clock(), keep=2)
        clock.advance(minutes=15)
    kept = backup.list_backups(folder)
    assert [b.made_at for b in kept] == [clock() - timedelta(minutes=15 * n) for n in (1, 2)]
    raw = (kept[0].path / "kiosk.db").read_bytes()
    assert "秘密".encode() not in raw and not raw.startswith(b"SQLite format 3")
    assert backup.verify_backup(kept[0].path, PASSPHRASE).seq > 0
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(kept[0].path, "not the passphrase at all")
    damage(kept[1].path / "kiosk.db")
    with pytest.raises(backup.BackupUnusable):
        backup.verify_backup(kept[1].path, PASSPHRASE)
    assert not [p for p in folder.iterdir() if p.name.endswith(".partial")]


def test_a_restore_is_refused_while_a_window_has_the_store_open(kiosk: Kiosk) -> None:
    from kiosk.safety.home_lock import lock_home

    backup.create_backup(kiosk.store, kiosk.home / "backups", kiosk.ctx.now())
    home = kiosk.home
    kiosk.close()
    (made,) = backup.list_backups(home / "backups")
    window = lock_home(home)  # as the running window holds it
    try:
        refused = run_cli("backup", "restore", str(made.path), "--yes", home=home)
    finally:
        assert window is not None
        window.release()
    assert refused.returncode == 1 and "already open in another kiosk window" in refused.stderr
    assert not [p for p in home.iterdir() if p.name.startswith("replaced-")]
