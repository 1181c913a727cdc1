"""`kiosk desk pair-code|pair|accept|list|unpair`: pairing the desks of one shelter (#16).

The pairing code and the reply hold a one-time secret or prove it: they go to files (a QR
image for a ``.png``/``.svg`` name, else the text), never to standard output.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.cli.common import add_command, home_of, open_kiosk, print_json
from kiosk.desks import (
    DEFAULT_MINUTES,
    PairedDesk,
    accept_pairing_code,
    accept_pairing_reply,
    list_desks,
    make_pairing_code,
    unpair,
)
from kiosk.desks.errors import PairingCodeInvalid
from kiosk.desks.pairing import MAX_MINUTES
from kiosk.identity.render import render_png, render_svg
from kiosk.input_files import read_limited
from kiosk.output_files import write_output

#: A pairing code or reply is a few hundred characters; a QR image of one, some kilobytes.
_MAX_TEXT_FILE = 4096
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp")


def _write_code(path: Path, text: str, home: Path, force: bool) -> None:
    suffix = path.suffix.lower()
    if suffix == ".svg":
        data = render_svg(text).data
    elif suffix == ".png":
        data = render_png(text, scale=8).data
    else:
        data = (text + "\n").encode("ascii")
    write_output(path, data, home, force)


def _read_code(path: Path) -> str:
    """The code in ``path``: decoded from a QR image, or the text of a text file.

    Raises:
        PairingCodeInvalid: an image with no code in it.
        FileTooLarge: a text file far larger than any code.
    """
    if path.suffix.lower() in _IMAGE_SUFFIXES:
        from kiosk.scan import decode_files  # the decoder loads only when an image is given

        found = decode_files([path])
        texts = [t for f in found for t in f.texts]
        if not texts:
            raise PairingCodeInvalid()
        return texts[0]
    return read_limited(path, _MAX_TEXT_FILE).decode("ascii", errors="replace").strip()


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
        issued = make_pairing_code(kiosk.ctx, args.minutes)
        _write_code(Path(args.out), issued.text, home_of(args), args.force)
    print(
        f"Pairing code written to {args.out}; valid until {issued.expires_at:%H:%M} UTC. "
        "Scan it at the other desk (kiosk desk pair FILE)."
    )
    return 0


def cmd_pair(args: argparse.Namespace) -> int:
    text = _read_code(Path(args.file))
    with open_kiosk(args) as kiosk:
        accepted = accept_pairing_code(kiosk.ctx, text)
        if args.reply_out:
            _write_code(Path(args.reply_out), accepted.reply, home_of(args), args.force)
    if args.json:
        print_json(_desk_json(accepted.desk))
    else:
        print(f"Paired with desk {accepted.desk.kiosk_id}.")
        if args.reply_out:
            print(f"Carry the reply {args.reply_out} to that desk: kiosk desk accept FILE.")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    text = _read_code(Path(args.file))
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
    if args.json:
        print_json([_desk_json(d) for d in desks])
        return 0
    for desk in desks:
        since = desk.revoked_at if desk.revoked_at else desk.paired_at
        print(f"{desk.kiosk_id}  {desk.state:<8} since {since:%Y-%m-%d %H:%M} UTC")
    if not desks:
        print("No paired desks.")
    return 0


def cmd_unpair(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        desk = unpair(kiosk.ctx, args.id)
    print(f"Desk {desk.kiosk_id} unpaired; its changes are refused from now on.")
    return 0


def register(subparsers: Any) -> None:
    group = add_command(
        subparsers,
        "desk",
        "Pair the desks of one shelter: pairing code, pair, accept, list, unpair.",
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
    p = add_command(
        sub,
        "pair",
        "Pair with the desk whose pairing code is in FILE (text or QR image).",
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
