"""`kiosk qr keygen|issue|decode`, `kiosk trust import|list`, `kiosk scan`: the ways in.

``qr keygen`` and ``qr issue`` are the City OS side's issuing tool (for tests, demos and a
municipality's own issuing): they need no kiosk store. ``trust`` manages the keys this kiosk
trusts. Decoding images and scanning a camera go through :mod:`kiosk.scan`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.basics.errors import KioskError
from kiosk.basics.input_files import PAYLOAD, TRUST_LIST, FileTooLarge, read_limited
from kiosk.basics.output_files import checked_output, write_output
from kiosk.cli.common import add_command, home_of, open_kiosk, print_json
from kiosk.core import Kiosk
from kiosk.identity import (
    TrustedKey,
    classify,
    dump_trust_list,
    issue_app_code,
    key_id,
    load_private_key,
    new_key,
    parse_payload_json,
    render_png,
    render_svg,
    save_private_key,
)
from kiosk.identity.keys import public_key_bytes
from kiosk.identity.trust import TrustList
from kiosk.safety.self_test import run_self_test


def cmd_keygen(args: argparse.Namespace) -> int:
    """No verb: it makes a key pair in files and opens no kiosk."""
    home = home_of(args)
    key_path = checked_output(args.key, home, args.force)
    trust_path = checked_output(args.trust_out, home, args.force)
    key = new_key()
    save_private_key(key_path, key)
    entry = TrustedKey(
        key_id(key),
        public_key_bytes(key),
        args.purpose,
        args.issuer,
        datetime.now(UTC),
        datetime.now(UTC) + timedelta(days=args.valid_days) if args.valid_days else None,
    )
    write_output(trust_path, dump_trust_list(TrustList((entry,))).encode("utf-8"), home, True)
    print(f"private key: {args.key} (keep it secret)")
    print(f"trust-list entry for kiosks: {args.trust_out} (key id {entry.kid_hex})")
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    """No verb: it signs a code with a key file and opens no kiosk."""
    now = datetime.now(UTC)
    if args.payload == "-":
        source = sys.stdin.read(PAYLOAD + 1)
        if len(source) > PAYLOAD:
            raise FileTooLarge(path="-", limit=PAYLOAD)
    else:
        source = read_limited(args.payload, PAYLOAD).decode("utf-8")
    payload = parse_payload_json(source, issued_at=now, expires_at=now + timedelta(days=args.days))
    text = issue_app_code(payload, load_private_key(Path(args.key)))
    if args.out:
        out = Path(args.out)
        rendered = render_svg(text) if out.suffix.lower() == ".svg" else render_png(text, scale=8)
        write_output(out, rendered.data, home_of(args), args.force)
        print(f"QR version {rendered.version} written to {out}", file=sys.stderr)
    print(text)
    return 0


def cmd_trust_import(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        trust = kiosk.import_trust(kiosk.ctx, read_limited(args.file, TRUST_LIST)).value
    print(f"{len(trust.keys)} trusted key(s) imported.")
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        trust = kiosk.trust(kiosk.ctx)
        now = kiosk.ctx.now()
    rows = [
        {
            "kid": k.kid_hex,
            "purpose": k.purpose,
            "issuer": k.issuer,
            "valid_from": k.valid_from.isoformat(),
            "valid_to": k.valid_to.isoformat() if k.valid_to else None,
            "status": k.status_at(now),
        }
        for k in trust.keys
    ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        span = f"{row['valid_from']} → {row['valid_to'] or 'no end'}"
        print(f"{row['kid']}  {row['purpose']:<5} {row['status']:<14} {span}  {row['issuer']}")
    return 0


def mask(text: str) -> str:
    """What a decoded text may show on a terminal without --raw/--show: its kind and length."""
    kind = classify(text)
    if kind == "mynumber":
        return f"mynumber **** **** {text[-4:]}"
    return f"{kind} ({len(text)} characters)"


def cmd_decode(args: argparse.Namespace) -> int:
    """No verb: it reads codes from image files and opens no kiosk."""
    from kiosk.scan import decode_files

    found = decode_files([Path(f) for f in args.files])
    if args.json:
        print_json(
            [
                {"file": str(f.path), "texts": list(f.texts if args.raw else map(mask, f.texts))}
                for f in found
            ]
        )
        return 0
    for f in found:
        shown = list(f.texts) if args.raw else [mask(t) for t in f.texts]
        print(f"{f.path}: {shown if shown else 'no code'}")
    return 0


def _describe(kiosk: Kiosk, text: str, show: bool) -> str:
    try:
        arrival = kiosk.identify(kiosk.ctx, text)
    except KioskError as exc:
        return f"{classify(text)}: refused ({exc.code})"
    who = ", ".join(p.name for p in arrival.known) if show else f"{len(arrival.known)} known"
    new = ", ".join(d.name for d in arrival.newcomers) if show else f"{len(arrival.newcomers)} new"
    masked = f" {arrival.mynumber.masked}" if arrival.mynumber else ""
    return f"{arrival.kind}{masked}: verified; {who}; {new}"


def cmd_scan(args: argparse.Namespace) -> int:
    from kiosk.scan import Acceptor, Pipeline, open_source

    pipeline = Pipeline()
    with open_kiosk(args) as kiosk, open_source(args.source) as source:
        acceptor = Acceptor()
        events = 0
        for frame in source:
            for text in acceptor.feed(pipeline.decode(frame)):
                print(_describe(kiosk, text, args.show), flush=True)
                events += 1
                if args.max_events and events >= args.max_events:
                    return 0
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    """No verb: it proves the install on a throw-away store of its own, not this kiosk's."""
    result = run_self_test()
    for step in result.steps:
        print(f"ok    {step}")
    if not result.ok:
        print(f"FAIL  {result.failed_step}")
        print("kiosk: the self-test failed.", file=sys.stderr)
        return 1
    print("self-test passed")
    return 0


def register(subparsers: Any) -> None:
    qr = add_command(
        subparsers, "qr", "Issue and decode QR codes.", "kiosk qr decode photo.png", lambda a: 2
    )
    sub = qr.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add_command(
        sub,
        "keygen",
        "Make an Ed25519 issuing key and its trust-list entry (City OS side).",
        "kiosk qr keygen --key city.pem --trust-out city-trust.json --issuer 'デモ市 City OS'",
        cmd_keygen,
    )
    p.add_argument("--key", required=True, help="where to write the private key (PEM)")
    p.add_argument("--trust-out", required=True, help="where to write the trust-list file")
    p.add_argument("--issuer", default="City OS")
    p.add_argument("--purpose", choices=("app", "slip"), default="app")
    p.add_argument("--valid-days", type=int, default=0, help="key validity (0: no end)")
    p.add_argument("--force", action="store_true", help="replace the files if they exist")
    p = add_command(
        sub,
        "issue",
        "Issue a signed citizen-app code from a JSON payload (City OS side); prints its text.",
        "kiosk qr issue --key city.pem --payload household.json --out code.png",
        cmd_issue,
    )
    p.add_argument("--key", required=True)
    p.add_argument(
        "--payload", required=True, help="JSON file (schema: docs/qr-formats.md), - for stdin"
    )
    p.add_argument("--days", type=int, default=365, help="validity of the code")
    p.add_argument("--out", help="also write the QR as .png or .svg")
    p.add_argument("--force", action="store_true", help="replace the image if it exists")
    p = add_command(
        sub,
        "decode",
        "Decode QR codes in image files (personal content masked unless --raw).",
        "kiosk qr decode photo1.png photo2.jpg --json --raw",
        cmd_decode,
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--raw", action="store_true", help="print every decoded text exactly")

    p = add_command(
        subparsers,
        "scan",
        "Read codes from a camera, video or image folder; print each accepted code's kind.",
        "kiosk scan --source 0   (webcam 0; or a video file or a folder of images)",
        cmd_scan,
    )
    p.add_argument("--source", required=True)
    p.add_argument("--show", action="store_true", help="show names (otherwise counts only)")
    p.add_argument("--max-events", type=int, default=0, help="stop after this many codes")
    add_command(
        subparsers,
        "self-test",
        "Check that this installation works: encrypted store, decoder, check-in.",
        "kiosk self-test",
        cmd_self_test,
    )

    trust = add_command(
        subparsers, "trust", "Keys this kiosk trusts.", "kiosk trust list", lambda a: 2
    )
    sub = trust.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add_command(
        sub,
        "import",
        "Replace the trusted City OS keys with a trust-list file.",
        "kiosk trust import city-trust.json",
        cmd_trust_import,
    )
    p.add_argument("file")
    p = add_command(
        sub,
        "list",
        "Show trusted keys and their validity.",
        "kiosk trust list --json",
        cmd_trust_list,
    )
    p.add_argument("--json", action="store_true")
