"""`kiosk backup create|list|verify|restore`: encrypted backups of the store and the way back.

Without ``--to``, ``create`` writes to the folder set in the kiosk's settings (the one the
window's automatic backups use) and ``list`` shows that folder — known from the last good
backup's record beside the store, which is readable even when the store is not — and
``backups/`` in the home.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.cli.common import add_command, home_of, open_kiosk, passphrase, print_json
from kiosk.safety import auto_backup, backup
from kiosk.safety.home_lock import lock_home


def _folders(args: argparse.Namespace) -> list[Path]:
    """Where ``list`` looks: ``--to``, else the last good backup's folder and the default."""
    if args.to:
        return [Path(args.to)]
    home = home_of(args)
    last = auto_backup.read_last_backup(home)
    found = [last.folder] if last is not None else []
    return list(dict.fromkeys([*found, backup.default_folder(home)]))


def cmd_create(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        made = kiosk.create_backup(kiosk.ctx, Path(args.to) if args.to else None, args.keep)
    if args.json:
        print_json({"path": str(made.path), "made_at": made.made_at, "bytes": made.size})
    else:
        print(f"Backup written and checked: {made.path} ({made.size} bytes).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """No verb: it lists backup files without opening the store (it may be the damaged one)."""
    folders = _folders(args)
    found = sorted(
        (b for folder in folders for b in backup.list_backups(folder)),
        key=lambda b: b.made_at,
        reverse=True,
    )
    if args.json:
        print_json([{"path": str(b.path), "made_at": b.made_at, "bytes": b.size} for b in found])
        return 0
    for item in found:
        print(f"{item.made_at:%Y-%m-%d %H:%M} UTC  {item.size:>10} bytes  {item.path}")
    if not found:
        print(f"No backups in {' or '.join(str(f) for f in folders)}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """No verb: it opens a backup file, not this kiosk's store."""
    mark = backup.verify_backup(Path(args.backup), passphrase())
    print(f"The backup opens and is intact ({mark.seq} changes in its log).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """No verb: it replaces a store that may not open at all, with no window holding it."""
    home = home_of(args)
    secret = passphrase()
    plan = backup.restore_plan(home, Path(args.backup), secret)
    made = f"{plan.backup.made_at:%Y-%m-%d %H:%M} UTC"
    if plan.lost is None:
        lost = "an unknown number of changes made after it (the current store cannot be read)"
    else:
        lost = f"{plan.lost} changes made after it"
        if plan.lost_checkins is not None:
            lost += f", {plan.lost_checkins} of them check-ins"
        else:  # only the high-water mark was readable: it counts changes, not their kinds
            lost += " (the current store cannot be read to say which)"
    if not args.json:
        print(f"Restoring the backup of {made} loses {lost}.")
    confirmed = args.yes or _confirmed_on_terminal()
    aside = None
    if confirmed:
        held = lock_home(home)  # HomeInUse while a window has the store open
        try:
            aside = backup.restore_backup(home, Path(args.backup), secret, datetime.now(UTC))
        finally:
            if held is not None:
                held.release()
    if args.json:
        print_json(
            {
                "backup": str(plan.backup.path),
                "made_at": plan.backup.made_at,
                "lost_changes": plan.lost,
                "lost_checkins": plan.lost_checkins,
                "restored": aside is not None,
                "replaced_files": str(aside) if aside else None,
            }
        )
    if aside is None:
        print("kiosk: nothing was changed; run again with --yes to restore.", file=sys.stderr)
        return 1
    if not args.json:
        print(f"Restored. The replaced files are kept in {aside}; run 'kiosk doctor' now.")
    return 0


def _confirmed_on_terminal() -> bool:
    """On a terminal, ask; without one (a script), only ``--yes`` confirms."""
    if not sys.stdin.isatty():
        return False
    try:
        return input("Type yes to restore it now: ").strip().lower() == "yes"
    except EOFError:
        return False


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
    p.add_argument("--to", metavar="FOLDER", help="default: the backup folder in Settings")
    p.add_argument(
        "--keep", type=int, help="backups to keep (default: Backups to keep in Settings)"
    )
    p.add_argument("--json", action="store_true")
    p = add_command(sub, "list", "List backups, newest first.", "kiosk backup list", cmd_list)
    p.add_argument(
        "--to", metavar="FOLDER", help="default: the last backup's folder and backups/ in the home"
    )
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
    p.add_argument("--json", action="store_true", help="what is lost, as one JSON document")
