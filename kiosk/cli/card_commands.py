"""`kiosk card readers|read|link|unlink`: IC cards on a PC/SC reader (kiosk.cards).

``read`` waits for a card: a My Number card's PIN is asked on the terminal (never an argument,
never echoed), with the tries left shown first and a staff confirmation asked before a try that
could lock the card; any other card is looked up as a linked tap card. ``--check-in`` then
checks in (and registers a walk-in pre-filled from the chip) like a scanned code. Output shows
names only with ``--show`` and the My Number only as its last four digits.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from kiosk.basics.errors import Cancelled
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.cards import list_readers, wait_for_card
from kiosk.cards.errors import CardError, PinLocked
from kiosk.cli.common import add_command, open_kiosk, print_json
from kiosk.core import Kiosk
from kiosk.reception.arrival import Arrival

__all__ = ["register"]


class PinNeedsTerminal(CardError):
    code = "card_pin_terminal"
    template = _N(
        "KioskError", "The card's PIN can only be typed on a terminal (it is never an argument)."
    )


def cmd_readers(args: argparse.Namespace) -> int:
    readers = list_readers()
    if args.json:
        print_json({"readers": list(readers)})
    elif not readers:
        print("no card reader connected")
    for name in () if args.json else readers:
        print(name)
    return 0


def _ask_pin(tries: int) -> bytearray:
    if not sys.stdin.isatty():
        raise PinNeedsTerminal()
    print(f"My Number card: {tries} PIN tries left.", file=sys.stderr)
    if tries == 1:
        print(
            "Only 1 try left: a wrong PIN now locks the card (the city office unlocks it).",
            file=sys.stderr,
        )
        answer = input("Staff: type 'yes' to let the holder try once more: ")
        if answer.strip().lower() != "yes":
            raise Cancelled()
    text = getpass.getpass("Card PIN (4 digits, not shown): ")
    pin = bytearray(text.encode("ascii", errors="replace"))
    del text
    return pin


def _describe(arrival: Arrival, show: bool) -> str:
    who = ", ".join(p.name for p in arrival.known) if show else f"{len(arrival.known)} known"
    new = ", ".join(d.name for d in arrival.newcomers) if show else f"{len(arrival.newcomers)} new"
    masked = f" {arrival.mynumber.masked}" if arrival.mynumber else ""
    return f"{arrival.kind}{masked}: {who}; {new}"


def _read_arrival(kiosk: Kiosk, reader: str) -> Arrival:
    found = kiosk.inspect_card(reader)
    if found.kind != "mynumber":
        return kiosk.read_tap_card(kiosk.ctx, reader)
    if found.tries_left == 0:
        raise PinLocked()
    pin = _ask_pin(found.tries_left)
    # With one try left, the staff confirmation was just asked; should the counter have
    # dropped meanwhile (another terminal), the core refuses without it.
    return kiosk.read_mynumber_card(kiosk.ctx, reader, pin, found.tries_left == 1)


def cmd_read(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        reader = wait_for_card(args.reader, args.wait)
        arrival = _read_arrival(kiosk, reader)
        print(_describe(arrival, args.show))
        if args.check_in:
            admitted = kiosk.admit(kiosk.ctx, arrival, None, None, via="card").value
            print(f"checked in {len(admitted.person_ids)} (registered {len(admitted.registered)})")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        reader = wait_for_card(args.reader, args.wait)
        link = kiosk.link_tapped_card(kiosk.ctx, args.person_id, reader).value
        print(f"linked a {link.kind} card to {args.person_id}")
    return 0


def cmd_unlink(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        kiosk.unlink_card(kiosk.ctx, args.person_id)
        print(f"unlinked the card of {args.person_id}")
    return 0


def _reader_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reader", help="the reader's name (default: the first with a card)")
    p.add_argument(
        "--wait", type=float, default=30.0, help="seconds to wait for a card (default 30)"
    )


def register(subparsers: Any) -> None:
    card = add_command(
        subparsers,
        "card",
        "IC cards on a PC/SC reader: My Number cards and linked tap cards.",
        "kiosk card read --check-in",
        lambda a: 2,
    )
    sub = card.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add_command(
        sub, "readers", "List the connected card readers.", "kiosk card readers", cmd_readers
    )
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "read",
        "Read the card on the reader (a My Number card asks its PIN on the terminal).",
        "kiosk card read --show --check-in",
        cmd_read,
    )
    _reader_options(p)
    p.add_argument("--show", action="store_true", help="print names (personal data)")
    p.add_argument(
        "--check-in", action="store_true", help="check in (registering a walk-in from the chip)"
    )
    p = add_command(
        sub,
        "link",
        "Link the tap card on the reader (transit, city or staff card) to a person; audited.",
        "kiosk card link 0b6c…-person-id",
        cmd_link,
    )
    p.add_argument("person_id")
    _reader_options(p)
    p = add_command(
        sub,
        "unlink",
        "Remove the card linked to a person; audited.",
        "kiosk card unlink ID",
        cmd_unlink,
    )
    p.add_argument("person_id")
