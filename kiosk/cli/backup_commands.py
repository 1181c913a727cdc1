"""`kiosk backup create|list|verify|restore`: encrypted backups of the store and the way back."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import backup
from kiosk.cli.common import add_command, home_of, open_kiosk, passphrase, print_json
from kiosk.home_lock import lock_home


def _folder(args: argparse.Namespace) -> Path:
    return Path(args.to) if args.to else backup.default_folder(home_of(args))


def cmd_create(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        made = backup.create_backup(kiosk.store, _folder(args), kiosk.ctx.now(), args.keep)
    if args.json:
        print_json({"path": str(made.path), "made_at": made.made_at, "bytes": made.size})
    else:
        print(f"Backup written and checked: {made.path} ({made.size} bytes).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    found = backup.list_backups(_folder(args))
    if args.json:
        print_json([{"path": str(b.path), "made_at": b.made_at, "bytes": b.size} for b in found])
        return 0
    for item in found:
        print(f"{item.made_at:%Y-%m-%d %H:%M} UTC  {item.size:>10} bytes  {item.path}")
    if not found:
        print(f"No backups in {_folder(args)}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    mark = backup.verify_backup(Path(args.backup), passphrase())
    print(f"The backup opens and is intact ({mark.seq} changes in its log).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    home = home_of(args)
    secret = passphrase()
    plan = backup.restore_plan(home, Path(args.backup), secret)
    made = f"{plan.backup.made_at:%Y-%m-%d %H:%M} UTC"
    if plan.lost is None:
        lost = "an unknown number of changes made after it (the current store cannot be read)"
    else:
        lost = f"{plan.lost} changes made after it"
    print(f"Restoring the backup of {made} loses {lost}.")
    if not args.yes:
        print("kiosk: nothing was changed; run again with --yes to restore.", file=sys.stderr)
        return 1
    held = lock_home(home)  # HomeInUse while a window has the store open
    try:
        aside = backup.restore_backup(home, Path(args.backup), secret, datetime.now(UTC))
    finally:
        if held is not None:
            held.release()
    print(f"Restored. The replaced files are kept in {aside}; run 'kiosk doctor' now.")
    return 0


def register(subparsers: Any) -> None:
    group = add_command(
        subparsers,
        "backup",
        "Encrypted backups of the store: create, list, verify, restore.",
        "kiosk backup create --to /media/usb/kiosk-backups",
        lambda args: 2,
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add_command(
        sub,
        "create",
        "Copy the store, encrypted, into a new checked backup; keep the newest --keep.",
        "kiosk backup create --to /media/usb/kiosk-backups --keep 10",
        cmd_create,
    )
    p.add_argument("--to", metavar="FOLDER", help="default: backups/ in the kiosk's home")
    p.add_argument("--keep", type=int, default=10, help="backups to keep (default 10)")
    p.add_argument("--json", action="store_true")
    p = add_command(sub, "list", "List backups, newest first.", "kiosk backup list", cmd_list)
    p.add_argument("--to", metavar="FOLDER", help="default: backups/ in the kiosk's home")
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "verify",
        "Check that a backup opens with the passphrase and is intact.",
        "kiosk backup verify backups/kiosk-20261202T120000Z",
        cmd_verify,
    )
    p.add_argument("backup", metavar="BACKUP")
    p = add_command(
        sub,
        "restore",
        "Put a backup in place of the store (says what is lost; --yes to do it).",
        "kiosk backup restore backups/kiosk-20261202T120000Z --yes",
        cmd_restore,
    )
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("--yes", action="store_true", help="restore after saying what is lost")
