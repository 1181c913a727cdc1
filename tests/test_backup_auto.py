"""Automatic backups, below the window: made through a second connection, skipped when nothing
changed, the last K kept, the last good one recorded beside the store, and each failure a
person can act on said as such — a missing folder (a USB drive pulled), a read-only drive, a
full drive (real mounts, as in test_store_causes). And the issue's test: damage the store,
restore the latest automatic backup, lose at most one interval, ``doctor`` clean."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from kiosk.safety import backup
from kiosk.safety.auto_backup import (
    AutoBackup,
    BackupDiskFull,
    BackupFolderMissing,
    BackupFolderReadOnly,
    LastBackup,
    backup_folder,
    read_last_backup,
)
from tests.conftest import PASSPHRASE, FakeClock, run_cli
from tests.test_backup import add_and_check_in, damage

INTERVAL = 15


def mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def mounts() -> Iterator[list[Path]]:
    made: list[Path] = []
    yield made
    for point in reversed(made):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def names_in(folder: Path) -> list[str]:
    return [b.name for b in backup.list_backups(folder)]


def test_a_run_backs_up_only_what_changed_and_keeps_the_last_k(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    auto = AutoBackup(kiosk.store)
    folder = backup_folder(kiosk.home, "")
    outcomes = []
    for step in range(5):
        if step != 2:  # step 2: nothing happened since the last backup
            add_and_check_in(kiosk, [f"見本 {step}郎"])
        run = auto.run(folder, 3, clock(), INTERVAL)
        outcomes.append(run.made is not None)
        clock.advance(minutes=INTERVAL)
    auto.close()
    stamps = [clock() - timedelta(minutes=INTERVAL * n) for n in (1, 2, 4)]
    assert outcomes == [True, True, False, True, True]
    assert names_in(folder) == [f"kiosk-{t:%Y%m%dT%H%M%SZ}" for t in stamps]
    newest = backup.list_backups(folder)[0]
    seq = backup.verify_backup(newest.path, PASSPHRASE).seq
    audit_head = kiosk.store.get_meta("audit_head") or ""
    assert read_last_backup(kiosk.home) == LastBackup(
        folder, newest.name, newest.made_at, seq, audit_head
    )
    assert auto.last == read_last_backup(kiosk.home)


def test_a_new_window_skips_a_backup_that_already_holds_everything(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    folder = backup_folder(kiosk.home, "")
    add_and_check_in(kiosk, ["見本 花子"])
    first = AutoBackup(kiosk.store)
    assert first.run(folder, 5, clock(), INTERVAL).made is not None
    first.close()
    clock.advance(minutes=1)
    reopened = AutoBackup(kiosk.store)  # the window started again: it knows only the record
    skipped = reopened.run(folder, 5, clock(), INTERVAL)
    add_and_check_in(kiosk, ["見本 次郎"])
    clock.advance(minutes=1)
    made = reopened.run(folder, 5, clock(), INTERVAL)
    reopened.close()
    assert (skipped.made, skipped.last.name, made.made is not None) == (
        None,
        names_in(folder)[-1],
        True,
    )
    assert len(names_in(folder)) == 2


def test_a_missing_folder_says_the_drive_may_be_gone_and_the_next_try_succeeds(
    kiosk: Kiosk, clock: FakeClock, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"  # not plugged in
    folder = stick / "kiosk-backups"
    auto = AutoBackup(kiosk.store)
    with pytest.raises(BackupFolderMissing) as caught:
        auto.run(folder, 5, clock(), INTERVAL)
    assert caught.value.message == (
        f"The backup folder {folder} is not there — was the USB drive removed? Plug it back in "
        "or choose another backup folder in Settings; the kiosk tries again in 15 minutes."
    )
    assert not stick.exists()  # never a new folder where the drive was mounted
    stick.mkdir()  # plugged in again
    clock.advance(minutes=INTERVAL)
    made = auto.run(folder, 5, clock(), INTERVAL).made
    auto.close()
    assert made is not None and names_in(folder) == [made.name]


def test_a_read_only_drive_says_so(
    kiosk: Kiosk, clock: FakeClock, tmp_path: Path, mounts: list[Path]
) -> None:
    drive, view = tmp_path / "drive", tmp_path / "read-only"
    drive.mkdir()
    view.mkdir()
    if not (mount("--bind", str(drive), str(view)) and mounts.append(view) is None):
        pytest.skip("bind mounts need root")
    if not mount("-o", "remount,bind,ro", str(view)):
        pytest.skip("cannot remount read-only")
    auto = AutoBackup(kiosk.store)
    with pytest.raises(BackupFolderReadOnly) as caught:
        auto.run(view / "kiosk-backups", 5, clock(), INTERVAL)
    auto.close()
    assert caught.value.code == "backup_folder_read_only"
    assert f"{view / 'kiosk-backups'} cannot be written" in caught.value.message
    assert list(drive.iterdir()) == [] and read_last_backup(kiosk.home) is None


def test_a_full_drive_says_so_and_leaves_no_partial_backup(
    kiosk: Kiosk, clock: FakeClock, tmp_path: Path, mounts: list[Path]
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    if not mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(stick)):
        pytest.skip("tmpfs mounts need root")
    mounts.append(stick)
    add_and_check_in(kiosk, [f"見本 {n}" for n in range(40)])  # more than 64 KiB of store
    auto = AutoBackup(kiosk.store)
    with pytest.raises(BackupDiskFull) as caught:
        auto.run(stick / "kiosk-backups", 5, clock(), INTERVAL)
    auto.close()
    assert "is full" in caught.value.message
    assert list((stick / "kiosk-backups").iterdir()) == []


def test_damage_restore_the_latest_automatic_backup_and_lose_at_most_one_interval(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    """The issue's test: a morning of check-ins with a backup every interval, the disk damages
    the store, the latest automatic backup is restored: only what came after it is lost."""
    auto = AutoBackup(kiosk.store)
    folder = backup_folder(kiosk.home, "")
    arrived: list[tuple[str, object]] = []  # (name, time of check-in)
    for minute in range(0, 70, 5):  # a check-in every 5 minutes, a backup every 15
        name = f"見本 {minute:02d}分"
        add_and_check_in(kiosk, [name])
        arrived.append((name, clock()))
        clock.advance(minutes=5)
        if (minute + 5) % INTERVAL == 0:
            auto.run(folder, 24, clock(), INTERVAL)
    auto.close()
    last = read_last_backup(kiosk.home)
    assert last is not None
    home = kiosk.home
    kiosk.close()
    # The restore says what will be lost while the store can still be read ...
    asked = run_cli("backup", "restore", str(last.path), "--json", home=home)
    plan = json.loads(asked.stdout)
    assert (asked.returncode, plan["lost_checkins"], plan["restored"]) == (1, 2, False)
    # ... then the disk damages it.
    for name in ("kiosk.db-wal", "kiosk.db-shm"):
        (home / name).unlink(missing_ok=True)
    damage(home / "kiosk.db")
    listed = run_cli("backup", "list", home=home)
    assert listed.stdout.splitlines()[0].endswith(str(last.path))  # newest first
    done = run_cli("backup", "restore", str(last.path), "--yes", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Restoring the backup of {last.made_at:%Y-%m-%d %H:%M} UTC")
    assert f"loses {plan['lost_changes']} changes made after it" in done.stdout
    doctor = run_cli("doctor", home=home)
    assert (doctor.returncode, doctor.stdout.splitlines()[-1]) == (0, "8 checks, 0 problems")
    found = json.loads(run_cli("search", "見本", "--json", home=home).stdout)
    kept = {item["name"] for item in found if item["state"] == "in"}
    lost = [(name, at) for name, at in arrived if name not in kept]
    assert [name for name, _ in lost] == ["見本 60分", "見本 65分"]
    assert all(clock() - at <= timedelta(minutes=INTERVAL) for _, at in lost)


def test_two_backups_within_one_second_are_both_kept_newest_first(
    kiosk: Kiosk, clock: FakeClock
) -> None:
    """A lock and a timer run in the same second, with a check-in between them."""
    auto = AutoBackup(kiosk.store)
    folder = backup_folder(kiosk.home, "")
    add_and_check_in(kiosk, ["見本 一郎"])
    first = auto.run(folder, 5, clock(), INTERVAL).made
    add_and_check_in(kiosk, ["見本 二郎"])
    second = auto.run(folder, 5, clock(), INTERVAL).made
    auto.close()
    assert first is not None and second is not None
    assert names_in(folder) == [f"{first.name}-2", first.name] == [second.name, first.name]
    assert (
        backup.verify_backup(second.path, PASSPHRASE).seq
        > backup.verify_backup(first.path, PASSPHRASE).seq
    )


def test_a_pulled_drive_that_leaves_its_mount_folder_behind_is_not_backed_up_onto_the_laptop(
    kiosk: Kiosk, clock: FakeClock, tmp_path: Path
) -> None:
    mount_point = tmp_path / "media" / "USB"
    mount_point.mkdir(parents=True)
    folder = mount_point / "kiosk-backups"
    auto = AutoBackup(kiosk.store)
    assert auto.run(folder, 5, clock(), INTERVAL).made is not None
    shutil.rmtree(folder)  # the drive is pulled: only the empty mount folder is left
    add_and_check_in(kiosk, ["見本 花子"])
    clock.advance(minutes=INTERVAL)
    with pytest.raises(BackupFolderMissing):
        auto.run(folder, 5, clock(), INTERVAL)
    auto.close()
    assert list(mount_point.iterdir()) == []


def test_a_drive_pulled_before_its_first_backup_is_not_replaced_by_the_laptops_disk(
    kiosk: Kiosk, clock: FakeClock, mounts: list[Path]
) -> None:
    """The folder was chosen on a drive that is gone before any backup reached it: only its
    empty mount folder under /media is left. No backup is made there; once the drive is
    mounted again (a tmpfs here), backups go to it."""
    media = Path("/media")
    media.mkdir(exist_ok=True)
    user = media / f"kiosk-test-{uuid.uuid4().hex[:8]}"
    try:
        stick = user / "USB"
        stick.mkdir(parents=True)  # the mount folder left behind
        folder = stick / "kiosk-backups"
        auto = AutoBackup(kiosk.store)
        with pytest.raises(BackupFolderMissing):
            auto.run(folder, 5, clock(), INTERVAL)
        assert list(stick.iterdir()) == []
        if not mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(stick)):
            pytest.skip("tmpfs mounts need root")
        mounts.append(stick)
        assert auto.run(folder, 5, clock(), INTERVAL).made is not None
        auto.close()
    finally:
        subprocess.run(["umount", "-l", str(user / "USB")], capture_output=True)
        shutil.rmtree(user, ignore_errors=True)
