"""What every `kiosk` command shares: finding the home, getting the passphrase, opening the
kiosk, printing JSON, and the contract of exit codes (0 ok, 1 user error, 2 usage error)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.basics.errors import PassphraseUnavailable, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.core import Kiosk, default_home

__all__ = [
    "Command",
    "add_command",
    "home_of",
    "passphrase",
    "open_kiosk",
    "print_json",
    "csv_set",
]

Command = Callable[[argparse.Namespace], int]


def add_command(
    subparsers: Any, name: str, help_text: str, example: str, handler: Command
) -> argparse.ArgumentParser:
    """Register a subcommand whose ``--help`` ends with an example."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=help_text,
        description=help_text,
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def home_of(args: argparse.Namespace) -> Path:
    return Path(args.home).expanduser() if args.home else default_home()


def passphrase(confirm: bool = False) -> str:
    """``KIOSK_PASSPHRASE``, or a prompt on a terminal.

    Raises:
        PassphraseUnavailable: no variable and no terminal to ask on.
        ValidationError: the two entries differ (with ``confirm``).
    """
    value = os.environ.get("KIOSK_PASSPHRASE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise PassphraseUnavailable()
    value = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != value:
        raise ValidationError("passphrase", _N("KioskError", "The two entries differ."))
    return value


def code_text(value: str) -> str:
    """A scanned code's text given as an option: ``-`` reads it from standard input, so a My
    Number or a citizen-app code (readable personal data) stays out of the process list and
    the shell history."""
    return sys.stdin.readline().strip() if value == "-" else value


def open_kiosk(args: argparse.Namespace, actor: str = "cli") -> Kiosk:
    """Open the kiosk named by ``--home``/``KIOSK_HOME``; warns on stderr when the store is
    behind its high-water mark (it lost changes). Raises the store's errors."""
    kiosk = Kiosk.open(home_of(args), passphrase(), actor=actor)
    for problem in kiosk.store.lost_changes():
        print(f"warning: {problem}", file=sys.stderr)
    return kiosk


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, frozenset | set):
        return sorted(_jsonable(v) for v in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def print_json(value: Any) -> None:
    """One JSON document on stdout (dataclasses, dates and sets converted)."""
    print(json.dumps(_jsonable(value), ensure_ascii=False, indent=2))


def csv_set(text: str | None) -> frozenset[str]:
    return frozenset(part.strip() for part in (text or "").split(",") if part.strip())
