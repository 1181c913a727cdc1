"""The `kiosk` command: the scriptable face of the same services the window calls (DESIGN §8).

Each command module registers its subcommands; this module parses, dispatches, and turns our
errors into one line on stderr with exit code 1. argparse's own usage errors exit with 2. An
unexpected exception is reported by type only (its text might hold data) unless
``KIOSK_DEBUG=1`` asks for the traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from importlib import metadata

from kiosk.basics.errors import Cancelled, KioskError
from kiosk.cli import (
    backup_commands,
    card_commands,
    demo_commands,
    desk_commands,
    export_commands,
    people_commands,
    qr_commands,
    store_commands,
)

__all__ = ["main", "build_parser"]

MODULES = (
    store_commands,
    people_commands,
    qr_commands,
    export_commands,
    backup_commands,
    demo_commands,
    desk_commands,
    card_commands,
)
#: Command groups of the layers above the core (``sync``) register through this entry point,
#: so the core never imports them.
ENTRY_POINT_GROUP = "kiosk.commands"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Shelter reception kiosk: encrypted roster, check-in, and City OS sync.",
        epilog="example:\n  KIOSK_HOME=/tmp/k KIOSK_PASSPHRASE=secret kiosk status --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--home", help="kiosk data directory (default: $KIOSK_HOME or the user data directory)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in MODULES:
        module.register(subparsers)
    for entry_point in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        entry_point.load()(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except Cancelled:
        return 1
    except KioskError as exc:
        print(f"kiosk: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # a file the operator named: say which, and why, in one line
        where = exc.filename or "a file"
        print(f"kiosk: cannot read or write {where} ({exc.strerror}).", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback, no data
        if os.environ.get("KIOSK_DEBUG") == "1":
            traceback.print_exc()
        print(f"kiosk: unexpected error ({type(exc).__name__}).", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
