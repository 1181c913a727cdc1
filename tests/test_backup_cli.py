"""`kiosk backup` beside the automatic backups: ``create`` follows the backup settings, ``list``
finds backups on a USB drive without being told where (the record beside the store), and
``restore`` says how many check-ins are lost before anything changes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from kiosk.core import Kiosk
from kiosk.operations.settings import load_settings, save_settings
from kiosk.safety import backup
from kiosk.safety.auto_backup import read_last_backup
from kiosk.store.high_water import current_mark
from tests.conftest import PASSPHRASE, run_cli
from tests.test_backup import add_and_check_in, damage


def test_create_follows_the_settings_and_list_finds_the_drive_when_the_store_is_damaged(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    folder = drive / "kiosk-backups"
    settings = replace(load_settings(kiosk.store), backup_folder=str(folder), backup_keep=2)
    save_settings(kiosk.ctx, settings)
    add_and_check_in(kiosk, ["見本 花子"])
    home = kiosk.home
    kiosk.close()
    for _ in range(3):
        assert run_cli("backup", "create", home=home).returncode == 0
    kept = backup.list_backups(folder)
    last = read_last_backup(home)
    assert len(kept) == 2 and last is not None and last.path == kept[0].path
    assert not (home / "backups").exists()
    damage(home / "kiosk.db")
    (home / "kiosk.db-wal").unlink(missing_ok=True)
    listed = run_cli("backup", "list", "--json", home=home, passphrase=None)
    assert listed.returncode == 0, listed.stderr
    assert [item["path"] for item in json.loads(listed.stdout)] == [str(b.path) for b in kept]


def test_restore_says_how_many_check_ins_are_lost_and_needs_yes(kiosk: Kiosk) -> None:
    add_and_check_in(kiosk, ["見本 一郎"])
    made = backup.create_backup(kiosk.store, kiosk.home / "backups", kiosk.ctx.now())
    add_and_check_in(kiosk, ["見本 二郎", "見本 三郎"])  # 2 check-ins among the changes
    changes = current_mark(kiosk.store.conn).seq - backup.verify_backup(made.path, PASSPHRASE).seq
    home = kiosk.home
    kiosk.close()
    asked = run_cli("backup", "restore", str(made.path), home=home)
    assert (asked.returncode, asked.stdout, asked.stderr) == (
        1,
        f"Restoring the backup of {made.made_at:%Y-%m-%d %H:%M} UTC loses {changes} changes made "
        "after it, 2 of them check-ins.\n",
        "kiosk: nothing was changed; run again with --yes to restore.\n",
    )
    done = run_cli("backup", "restore", str(made.path), "--yes", "--json", home=home)
    report = json.loads(done.stdout)
    aside = report.pop("replaced_files")
    assert (done.returncode, report) == (
        0,
        {
            "backup": str(made.path),
            "made_at": made.made_at.isoformat(),
            "lost_changes": changes,
            "lost_checkins": 2,
            "restored": True,
        },
    )
    assert Path(aside).parent == home and (Path(aside) / "kiosk.db").is_file()
    assert changes >= 4  # 2 people, 2 check-ins (and whatever else they logged)
