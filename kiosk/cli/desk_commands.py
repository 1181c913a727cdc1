"""`kiosk desk pair-code|pair|accept|list|unpair|serve|sync`: the desks of one shelter (#16).

The pairing code and the reply hold a one-time secret or prove it: they go to files (a QR
image for a ``.png``/``.svg`` name, else the text), never to standard output. ``serve`` and
``sync`` exchange the op log with paired desks over pinned mutual TLS
(:mod:`kiosk.desks.transport`; ``serve`` runs :class:`kiosk.desks.service.DeskService`, the
same service the window runs); ``--clock-offset`` makes this process act as if the kiosk's
clock were off by that many seconds (drills and tests of clock skew).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.basics.context import utc_now
from kiosk.cli.common import add_command, home_of, open_kiosk, passphrase, print_json
from kiosk.core import Kiosk
from kiosk.desks import (
    DEFAULT_MINUTES,
    PairedDesk,
    accept_pairing_code,
    accept_pairing_reply,
    list_desks,
    make_pairing_code,
    unpair,
)
from kiosk.desks.apply import contacts
from kiosk.desks.code_files import read_code, write_code
from kiosk.desks.handover import deliver_reply, local_addresses
from kiosk.desks.links import changes_behind, remember_address
from kiosk.desks.pairing import MAX_MINUTES
from kiosk.desks.service import DeskService
from kiosk.desks.transport import DEFAULT_PORT, parse_address, sync_with


def _desk_json(desk: PairedDesk) -> dict[str, Any]:
    return {
        "kiosk_id": desk.kiosk_id,
        "shelter_id": desk.shelter_id,
        "public_key": desk.public_key.hex(),
        "state": desk.state,
        "paired_at": desk.paired_at.isoformat(),
        "revoked_at": desk.revoked_at.isoformat() if desk.revoked_at else None,
    }


def _minutes(text: str) -> int:
    """``--minutes``: a whole number 1..MAX_MINUTES (argparse's usage error otherwise)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a whole number of minutes") from None
    if not 1 <= value <= MAX_MINUTES:
        raise argparse.ArgumentTypeError(f"1 to {MAX_MINUTES} minutes")
    return value


def cmd_pair_code(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        addresses = args.address or local_addresses(DEFAULT_PORT)
        issued = make_pairing_code(kiosk.ctx, args.minutes, addresses)
        write_code(Path(args.out), issued.text, home_of(args), args.force)
    print(
        f"Pairing code written to {args.out}; valid until {issued.expires_at:%H:%M} UTC. "
        "Scan it at the other desk (kiosk desk pair FILE)."
    )
    return 0


def cmd_pair(args: argparse.Namespace) -> int:
    text = read_code(Path(args.file))
    with open_kiosk(args) as kiosk:
        accepted = accept_pairing_code(kiosk.ctx, text)
        # the reply goes back over the network when the code names an address that answers
        # as that desk; only when none does is it written for the second scan
        delivered = deliver_reply(accepted) if accepted.addresses else None
        if delivered is not None:
            remember_address(kiosk.store, accepted.desk.kiosk_id, parse_address(delivered))
        elif args.reply_out:
            write_code(Path(args.reply_out), accepted.reply, home_of(args), args.force)
    if args.json:
        print_json({**_desk_json(accepted.desk), "delivered_to": delivered})
    elif delivered is not None:
        print(f"Paired with desk {accepted.desk.kiosk_id} (the reply reached it at {delivered}).")
    else:
        print(f"Paired on this side with desk {accepted.desk.kiosk_id}.")
        if accepted.addresses:
            print("That desk could not be reached over the network.")
        if args.reply_out:
            print(f"Carry the reply {args.reply_out} to that desk: kiosk desk accept FILE.")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    text = read_code(Path(args.file))
    with open_kiosk(args) as kiosk:
        desk = accept_pairing_reply(kiosk.ctx, text)
    if args.json:
        print_json(_desk_json(desk))
    else:
        print(f"Paired with desk {desk.kiosk_id}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        desks = list_desks(kiosk.store)
        seen = contacts(kiosk.store)
        behind = {d.kiosk_id: changes_behind(kiosk.store, d.kiosk_id) for d in desks}
    if args.json:
        listed = []
        for d in desks:
            contact = seen.get(d.kiosk_id)
            listed.append(
                {
                    **_desk_json(d),
                    "last_contact": contact.last_contact.isoformat() if contact else None,
                    "changes_sent": contact.sent if contact else 0,
                    "changes_received": contact.received if contact else 0,
                    # what the next exchange sends it (None: never exchanged)
                    "changes_behind": behind[d.kiosk_id],
                }
            )
        print_json(listed)
        return 0
    for desk in desks:
        since = desk.revoked_at if desk.revoked_at else desk.paired_at
        contact = seen.get(desk.kiosk_id)
        last = f", last exchange {contact.last_contact:%H:%M:%S} UTC" if contact else ""
        line = f"{desk.kiosk_id}  {desk.state:<8} since {since:%Y-%m-%d %H:%M} UTC{last}"
        if desk.state == "paired":
            lacks = behind[desk.kiosk_id]
            line += (
                f"; behind: it lacks {lacks} change(s) held here"
                if lacks is not None
                else "; behind: unknown (no exchange yet)"
            )
        print(line)
    if not desks:
        print("No paired desks.")
    return 0


def cmd_unpair(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        desk = unpair(kiosk.ctx, args.id)
    print(f"Desk {desk.kiosk_id} unpaired; its changes are refused from now on.")
    return 0


def _clock(offset: float) -> Callable[[], datetime]:
    if not offset:
        return utc_now
    shift = timedelta(seconds=offset)
    return lambda: utc_now() + shift


def _open_with_clock(args: argparse.Namespace, secret: str | None = None) -> Kiosk:
    secret = secret if secret is not None else passphrase()
    kiosk = Kiosk.open(home_of(args), secret, actor="cli", clock=_clock(args.clock_offset))
    for problem in kiosk.store.lost_changes():
        print(f"warning: {problem}", file=sys.stderr)
    return kiosk


def cmd_serve(args: argparse.Namespace) -> int:
    listen = parse_address(args.listen, 0)
    secret = passphrase()
    peers = [parse_address(p) for p in args.peer]
    # The service opens its own connections, one per thread (server, rounds), with this
    # process's clock; the passphrase is asked for once.
    service = DeskService(
        lambda: _open_with_clock(args, secret),
        listen=listen,
        peers=peers,
        every=args.every,
        discover=args.discover,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    host, port = service.start()
    print(f"listening on {host}:{port}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        service.stop()
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    address = parse_address(args.address)
    started = time.perf_counter()
    with _open_with_clock(args) as kiosk:
        done = sync_with(kiosk.ctx, address, timeout=args.timeout)
    summary = {
        "peer": done.peer,
        "sent": done.sent,
        "received": done.received.received,
        "applied": done.received.applied,
        "already_held": done.received.already_held,
        "refused": done.received.refused,
        "marks": done.received.marks,
        "flagged": done.received.flagged,
        "clock_ahead": done.received.clock_ahead,
        "seconds": round(time.perf_counter() - started, 3),
    }
    if args.json:
        print_json(summary)
    else:
        print(
            f"Exchanged with desk {done.peer}: sent {done.sent}, applied "
            f"{done.received.applied} of {done.received.received} received."
        )
    return 0


def _address(text: str) -> str:
    try:
        parse_address(text)
    except ValueError:
        raise argparse.ArgumentTypeError("HOST:PORT") from None
    return text


def register(subparsers: Any) -> None:
    group = add_command(
        subparsers,
        "desk",
        "The desks of one shelter: pairing code, pair, accept, list, unpair, serve, sync.",
        "kiosk desk pair-code --out /media/usb/pair.png",
        lambda args: 2,
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add_command(
        sub,
        "pair-code",
        "Write a pairing code of this kiosk (a QR for .png/.svg, else text), valid for minutes.",
        "kiosk desk pair-code --out /media/usb/pair.png --minutes 10",
        cmd_pair_code,
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument(
        "--minutes",
        type=_minutes,
        default=DEFAULT_MINUTES,
        help=f"validity (default {DEFAULT_MINUTES}, at most {MAX_MINUTES})",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument(
        "--address",
        type=_address,
        action="append",
        default=[],
        metavar="HOST:PORT",
        help="where this desk's service listens, named in the code so the other desk can "
        f"hand its reply back over the network (default: this machine's IPv4 addresses, "
        f"port {DEFAULT_PORT}; at most 4)",
    )
    p = add_command(
        sub,
        "pair",
        "Pair with the desk whose pairing code is in FILE (text or QR image); the reply goes "
        "back to it over the network when the code names an address that answers, else to "
        "--reply-out for it to accept.",
        "kiosk desk pair /media/usb/pair.png --reply-out /media/usb/reply.png",
        cmd_pair,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--reply-out", metavar="FILE", help="write the reply for the first desk")
    p.add_argument("--force", action="store_true", help="replace the reply file if it exists")
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "accept",
        "On the desk that made the code: accept the other desk's reply from FILE.",
        "kiosk desk accept /media/usb/reply.png",
        cmd_accept,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p = add_command(sub, "list", "List the paired desks.", "kiosk desk list --json", cmd_list)
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "unpair",
        "Unpair a desk: its later changes are refused.",
        "kiosk desk unpair kiosk-0123456789ab",
        cmd_unpair,
    )
    p.add_argument("id", metavar="ID")
    p = add_command(
        sub,
        "serve",
        "Serve exchanges to paired desks (pinned mutual TLS) until stopped, and sync with every "
        "paired desk at a known address (--peer, remembered, or found with --discover) at once "
        "on a change and every few seconds.",
        "kiosk desk serve --listen 0.0.0.0:47123 --discover --peer 192.168.1.12:47123",
        cmd_serve,
    )
    p.add_argument(
        "--listen", type=_address, default="127.0.0.1:0", help="HOST:PORT (default a free port)"
    )
    p.add_argument("--peer", type=_address, action="append", default=[], metavar="HOST:PORT")
    p.add_argument("--every", type=float, default=2.0, help="seconds between rounds (2)")
    p.add_argument(
        "--discover",
        action="store_true",
        help="advertise this desk and find paired desks with mDNS on the network",
    )
    p.add_argument("--clock-offset", type=float, default=0.0, metavar="SECONDS")
    p = add_command(
        sub,
        "sync",
        "One exchange with the desk serving at ADDRESS: each side gets the changes it lacks.",
        "kiosk desk sync 192.168.1.12:47123 --json",
        cmd_sync,
    )
    p.add_argument("address", type=_address, metavar="ADDRESS")
    p.add_argument("--timeout", type=float, default=15.0, help="seconds per socket step (15)")
    p.add_argument("--clock-offset", type=float, default=0.0, metavar="SECONDS")
    p.add_argument("--json", action="store_true")
