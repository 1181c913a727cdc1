"""Each cause a person can act on gets its own message — a read-only home, a full disk, a
wrong passphrase, a damaged file — and a clock set back is no damage. The disk conditions are
real: a read-only bind mount and a small tmpfs (root only; skipped where mounting is not
allowed)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.safety import store_check
from tests.conftest import FakeClock, run_cli

INIT = ("init", "--shelter-id", "S01", "--shelter-name", "体育館", "--capacity", "50")


def mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def mounts() -> Iterator[list[Path]]:
    made: list[Path] = []
    yield made
    for point in reversed(made):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_clock_set_back_is_no_false_alarm(kiosk: Kiosk, clock: FakeClock) -> None:
    person = people.add_person(kiosk.ctx, PersonDraft(name="見本 花子"))
    checkin.check_in(kiosk.ctx, [person.id])
    clock.advance(hours=-2)  # someone "fixes" the laptop's clock
    checkin.check_out(kiosk.ctx, [person.id], "自宅")
    assert people.get_person(kiosk.store, person.id).state == "out"
    assert store_check.examine(kiosk.store).problems == ()


def test_wrong_passphrase_and_damaged_file_each_say_what_they_are(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run_cli(*INIT, home=home).returncode == 0
    wrong = run_cli("status", home=home, passphrase="not the passphrase at all")
    assert wrong.returncode == 1 and "Wrong passphrase" in wrong.stderr
    database = home / "kiosk.db"
    database.write_bytes(database.read_bytes()[:4096] + b"\x00" * 8192)
    damaged = run_cli("status", home=home)
    assert damaged.returncode == 1 and "is damaged" in damaged.stderr


def test_a_read_only_home_says_so_and_not_damaged(tmp_path: Path, mounts: list[Path]) -> None:
    home = tmp_path / "home"
    assert run_cli(*INIT, home=home).returncode == 0
    view = tmp_path / "read-only"
    view.mkdir()
    if not (mount("--bind", str(home), str(view)) and mounts.append(view) is None):
        pytest.skip("bind mounts need root")
    if not mount("-o", "remount,bind,ro", str(view)):
        pytest.skip("cannot remount read-only")
    done = run_cli("status", home=view)
    assert done.returncode == 1
    assert "cannot be written (a read-only disk" in done.stderr and "damaged" not in done.stderr


def test_a_full_disk_says_so_and_keeps_what_was_saved(tmp_path: Path, mounts: list[Path]) -> None:
    disk = tmp_path / "stick"
    disk.mkdir()
    if not mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)):
        pytest.skip("tmpfs mounts need root")
    mounts.append(disk)
    home = disk / "home"
    assert run_cli(*INIT, home=home).returncode == 0
    first = run_cli("person", "add", "--name", "見本 一郎", home=home)
    assert first.returncode == 0
    filler = disk / "filler"
    with open(filler, "wb") as handle:  # take every free block
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    refused = run_cli("person", "add", "--name", "見本 二郎", "--address", "あ" * 150, home=home)
    assert refused.returncode == 1
    assert "disk holding the kiosk's data is full" in refused.stderr
    filler.unlink()
    found = run_cli("search", "見本", "--json", home=home)
    assert found.returncode == 0 and "見本 一郎" in found.stdout
    assert run_cli("doctor", home=home).returncode == 0


def test_time_moves_on_after_the_clock_is_fixed(kiosk: Kiosk, clock: FakeClock) -> None:
    """The outbox keeps the order changes were made in, whatever the clock said."""
    person = people.add_person(kiosk.ctx, PersonDraft(name="見本 花子"))
    checkin.check_in(kiosk.ctx, [person.id])
    clock.advance(hours=-3)
    checkin.check_out(kiosk.ctx, [person.id], "自宅")
    clock.advance(hours=+4)
    checkin.check_in(kiosk.ctx, [person.id])
    kinds = [
        row["payload"]
        for row in kiosk.store.query(
            "SELECT payload FROM outbox WHERE record_type = 'stay_event' ORDER BY rowid"
        )
    ]
    assert ['"checkin"' in k for k in kinds] == [True, False, True]
    assert store_check.examine(kiosk.store).problems == () and timedelta(0) is not None
