"""Automatic backups in the window: made on the backup thread at each lock and every interval,
the age of the last good one at the toolbar's end (a warning past two intervals), a failure shown
to staff with what to do and retried at the next run; the settings page offers the folder,
the interval and the count, and the USB drive. Time is a FakeClock moved by hand; waits are
``qtbot.waitUntil`` with bounded timeouts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kiosk.core import Kiosk
from kiosk.operations.settings import Settings
from kiosk.safety import backup
from tests.conftest import FakeClock
from tests.test_backup import add_and_check_in
from tests.ui_window import add_demo_staff, build_window, sign_in
from ui.actions import KioskActions
from ui.backup_timer import BackupTimer, install_backups
from ui.i18n import Languages
from ui.ops import Workers
from ui.screens.settings_page import SettingsPage

NEVER_MS = 3_600_000  # the first run and the interval: the tests trigger runs themselves


def write(qtbot, workers: Workers, kiosk: Kiosk, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Check people in on the DB thread, as the desk does (the store is that thread's)."""
    with qtbot.waitCallback(timeout=10_000) as done:
        workers.run_db(lambda: add_and_check_in(kiosk, names), done)


def finished(qtbot, timer: BackupTimer, runs: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: timer.runs >= runs and not timer.running, timeout=20_000)


def test_locking_the_desk_backs_up_and_the_toolbar_shows_the_age(
    qtbot, kiosk: Kiosk, workers: Workers, languages: Languages, tmp_path: Path, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    add_demo_staff(kiosk)
    desk = build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf")
    timer = install_backups(desk.window, kiosk, workers, Settings(), clock, first_run_ms=NEVER_MS)
    age = desk.window.backup_age
    seen = [(age.text(), age.kind)]
    sign_in(qtbot, desk.window)
    write(qtbot, workers, kiosk, ["見本 花子"])
    desk.window.act_lock.trigger()
    finished(qtbot, timer, 1)
    seen.append((age.text(), age.kind))
    clock.advance(minutes=12)
    age.redraw()  # the widget's one-minute tick, without waiting a minute
    seen.append((age.text(), age.kind))
    clock.advance(minutes=19)  # 31 min: more than two 15-minute intervals
    age.redraw()
    seen.append((age.text(), age.kind))
    assert seen == [
        ("⚠ No backup yet", "warning"),
        ("Last backup: just now", ""),
        ("Last backup: 12 min ago", ""),
        ("⚠ Last backup: 31 min ago", "warning"),
    ]
    assert [b.name for b in backup.list_backups(kiosk.home / "backups")] == [timer.last.name]
    assert desk.window.toolbar.isAncestorOf(age) and age.isVisible()


def test_the_timer_runs_every_interval_and_skips_when_nothing_changed(
    qtbot, kiosk: Kiosk, workers: Workers, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    timer = BackupTimer(kiosk, workers, Settings(), clock)
    timer.start(first_run_ms=0)
    timer.timer.setInterval(50)  # a controllable interval instead of 15 minutes
    finished(qtbot, timer, 3)
    timer.timer.stop()
    timer.close()
    finished(qtbot, timer, 3)
    qtbot.waitUntil(lambda: not workers.is_busy, timeout=10_000)
    assert (len(backup.list_backups(kiosk.home / "backups")), timer.error) == (1, None)


def test_a_failed_backup_is_shown_to_staff_and_retried_at_the_next_run(
    qtbot, kiosk: Kiosk, workers: Workers, clock: FakeClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "usb"
    folder = stick / "kiosk-backups"
    settings = replace(Settings(), backup_folder=str(folder))
    timer = BackupTimer(kiosk, workers, settings, clock)
    from ui.widgets.backup_age import BackupAge

    age = BackupAge(timer)
    qtbot.addWidget(age)
    timer.run()
    finished(qtbot, timer, 1)
    failed = (age.text(), age.kind, age.details())
    stick.mkdir()  # the drive is back
    clock.advance(minutes=15)
    timer.run()  # what the timer does at the next interval
    finished(qtbot, timer, 2)
    timer.close()
    qtbot.waitUntil(lambda: not workers.is_busy, timeout=10_000)
    assert failed == (
        "⚠ Backup failed: folder not found",
        "error",
        f"The backup folder {folder} is not there — was the USB drive removed? Plug it back in "
        "or choose another backup folder in Settings; the kiosk tries again in 15 minutes."
        "\n\nNo backup has been made yet.",
    )
    assert (age.text(), age.kind, timer.error) == ("Last backup: just now", "", None)
    assert timer.last is not None and timer.last.folder == folder


def test_the_settings_page_offers_the_backup_folder_and_the_usb_drive(
    qtbot, kiosk: Kiosk, workers: Workers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    drive = tmp_path / "media" / "USB"
    drive.mkdir(parents=True)
    plugged: list[Path] = []
    actions = KioskActions(kiosk, workers)
    page = SettingsPage(actions, removable=lambda: tuple(plugged))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not workers.is_busy, timeout=10_000)
    choose, usb = page.folder_buttons["backup_folder"]
    before = (usb.isEnabled(), page.widgets["backup_folder"].placeholderText())
    plugged.append(drive)
    page.load()
    qtbot.waitUntil(lambda: usb.isEnabled(), timeout=10_000)
    usb.click()
    assert before == (False, "backups in the kiosk folder")
    assert (choose.text(), usb.text()) == ("Choose…", "Use the USB drive")
    assert page.current() == replace(Settings(), backup_folder=str(drive / "kiosk-backups"))
    assert {
        n: type(page.widgets[n]).__name__ for n in ("backup_interval_minutes", "backup_keep")
    } == {
        "backup_interval_minutes": "QSpinBox",
        "backup_keep": "QSpinBox",
    }
