"""`kiosk sync status|conflicts|retry|skip|push`: the sync operator's command line.

The core's command line (``kiosk/cli``) must not import ``sync/``; it loads extra command
groups from the ``kiosk.commands`` entry point instead, and this module is registered there in
pyproject.toml. The same verbs as the operator panel (:class:`sync.front_door.SyncDoor`), but
for ``push`` (the replayer's own loop) and ``pull``, which run the services directly.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kiosk.basics.input_files import RECEIPT, TRUST_LIST, read_limited
from kiosk.cli.common import add_command, open_kiosk, print_json
from sync.bundle import write_sealed
from sync.client import CityOsLink
from sync.errors import CityOsForbidden, CityOsUnreachable
from sync.front_door import SyncDoor
from sync.kiosk_key import write_kiosk_key
from sync.pull import fetch


def cmd_sync_status(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        door = SyncDoor(kiosk)
        state, roster = door.queue_status(kiosk.ctx), door.roster_status(kiosk.ctx)
    if args.json:
        print_json({**asdict(state), "roster": roster})
        return 0
    print(f"pending:   {state.pending}")
    for record_type, n in state.pending_by_type:
        print(f"  {record_type:<12} {n}")
    print(f"sent:      {state.sent}")
    print(f"conflicts: {state.conflicts} (blocking {state.blocked} later changes)")
    print(f"skipped:   {state.skipped}")
    last = state.last_success.isoformat(timespec="seconds") if state.last_success else "never"
    print(f"last success: {last}")
    fetched = roster.fetched_at.isoformat(timespec="seconds") if roster.fetched_at else "never"
    print(f"roster:    {roster.residents} resident(s), fetched {fetched}")
    return 0


def cmd_sync_conflicts(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        found = SyncDoor(kiosk).conflicts(kiosk.ctx)
    if args.json:
        print_json(found)
        return 0
    for c in found:
        print(f"{c.seq}  {c.record_type}:{c.record_id}  attempts {c.attempts}  {c.reason}")
    if not found:
        print("No conflicts.", file=sys.stderr)
    return 0


def cmd_sync_retry(args: argparse.Namespace) -> int:
    with open_kiosk(args, actor="cli-operator") as kiosk:
        door = SyncDoor(kiosk)
        for seq in args.seqs:
            door.retry_conflict(kiosk.ctx, seq)
    print(f"{len(args.seqs)} change(s) will be sent again.")
    return 0


def cmd_sync_skip(args: argparse.Namespace) -> int:
    with open_kiosk(args, actor="cli-operator") as kiosk:
        door = SyncDoor(kiosk)
        for seq in args.seqs:
            door.skip_conflict(kiosk.ctx, seq)
    print(f"{len(args.seqs)} change(s) skipped; later changes of those records are unblocked.")
    return 0


def cmd_export_bundle(args: argparse.Namespace) -> int:
    with open_kiosk(args, actor="cli-operator") as kiosk:
        door = SyncDoor(kiosk)
        sealed = door.seal_bundle(kiosk.ctx)
        write_sealed(sealed, Path(args.to), args.force)
        door.record_export(kiosk.ctx, sealed.contents.bundle_id)
        contents = sealed.contents
    print(f"Sealed bundle with {len(contents.changes)} changes written to {args.to}")
    print("kiosk: the bundle is encrypted, but keep the stick with you.", file=sys.stderr)
    return 0


def cmd_import_receipt(args: argparse.Namespace) -> int:
    with open_kiosk(args, actor="cli-operator") as kiosk:
        marked = SyncDoor(kiosk).import_receipt(kiosk.ctx, read_limited(args.file, RECEIPT)).value
    print(f"{marked} change(s) marked delivered.")
    return 0


def cmd_cityos_keys(args: argparse.Namespace) -> int:
    with open_kiosk(args, actor="cli-operator") as kiosk:
        SyncDoor(kiosk).import_keys(kiosk.ctx, read_limited(args.file, TRUST_LIST))
    print("City OS keys imported.")
    return 0


def cmd_kiosk_key(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        data = SyncDoor(kiosk).kiosk_key(kiosk.ctx)
        path = write_kiosk_key(data, args.out, kiosk.home, replace=args.force)
    print(f"The kiosk's public key (JWK) was written to {path}; give it to the City OS.")
    return 0


def cmd_sync_push(args: argparse.Namespace) -> int:
    with open_kiosk(args, actor="cli-operator") as kiosk:
        door = SyncDoor(kiosk)
        report = door.replayer(kiosk.ctx, CityOsLink()).run()
        state = door.queue_status(kiosk.ctx)
    if args.json:
        print_json({"report": report, "queue": state})
    else:
        print(
            f"sent {report.sent} change(s) in {report.rounds} request(s); "
            f"{state.pending} pending, {state.conflicts} in conflict"
        )
    if report.stopped_reason == "unreachable":
        print(f"kiosk: {CityOsUnreachable().message}", file=sys.stderr)
        return 1
    if report.stopped_reason == "forbidden":  # a 403 even with a fresh token: an access matter
        print(f"kiosk: {CityOsForbidden().message}", file=sys.stderr)
        return 1
    if report.stopped_reason:
        print(
            f"kiosk: the City OS stopped the push ({report.stopped_reason}); changes stay queued.",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_sync_pull(args: argparse.Namespace) -> int:
    with open_kiosk(args, actor="cli-operator") as kiosk:
        door = SyncDoor(kiosk)
        reader, shelter_id, district = door.pull_source(kiosk.ctx, CityOsLink())
        report = door.apply_pull(kiosk.ctx, fetch(reader, shelter_id, district)).value
    if args.json:
        print_json(report)
        return 0
    if report.shelter_updated:
        print("Shelter record updated from the City OS.")
    elif report.shelter_kept_local:
        print("Shelter record: this kiosk's queued changes are newer; kept them.")
    if report.roster is None:
        print("No roster district set: the resident roster was not pulled.")
    else:
        r = report.roster
        print(f"Roster: {r.total} resident(s) (+{r.added}, -{r.removed}, {r.dropped} refused).")
    return 0


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "sync",
        "City OS sync: queue status, push, conflicts.",
        "kiosk sync status",
        lambda args: 2,
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add_command(
        sub,
        "status",
        "What is queued, sent and in conflict.",
        "kiosk sync status --json",
        cmd_sync_status,
    )
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "conflicts",
        "Changes the City OS refused, with its reasons.",
        "kiosk sync conflicts",
        cmd_sync_conflicts,
    )
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub, "retry", "Send conflicting changes again.", "kiosk sync retry 42", cmd_sync_retry
    )
    p.add_argument("seqs", nargs="+", type=int, metavar="SEQ")
    p = add_command(
        sub,
        "skip",
        "Give up on conflicting changes (unblocks later ones).",
        "kiosk sync skip 42",
        cmd_sync_skip,
    )
    p.add_argument("seqs", nargs="+", type=int, metavar="SEQ")
    p = add_command(
        sub, "push", "Send the queue to the City OS now.", "kiosk sync push", cmd_sync_push
    )
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "pull",
        "Fetch the shelter record and the opted-in resident roster from the City OS.",
        "kiosk sync pull",
        cmd_sync_pull,
    )
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "export-bundle",
        "Write the queue as a sealed bundle for the City OS (no network).",
        "kiosk sync export-bundle --to /media/usb/shelter.jwe",
        cmd_export_bundle,
    )
    p.add_argument("--to", required=True, metavar="PATH")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p = add_command(
        sub,
        "import-receipt",
        "Mark the changes a City OS receipt names as delivered.",
        "kiosk sync import-receipt /media/usb/receipt.jws",
        cmd_import_receipt,
    )
    p.add_argument("file", metavar="FILE")
    p = add_command(
        sub,
        "kiosk-key",
        "Write this kiosk's public signing key (JWK) for the City OS's set of kiosk keys.",
        "kiosk sync kiosk-key --out /media/usb/kiosk-key.jwk",
        cmd_kiosk_key,
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p = add_command(
        sub,
        "cityos-keys",
        "Import the City OS public keys (JWKS: one 'enc', one 'sig').",
        "kiosk sync cityos-keys cityos-public.jwks",
        cmd_cityos_keys,
    )
    p.add_argument("file", metavar="FILE")
