"""`kiosk init`, `status`, `doctor` and `passphrase change`: the store's life."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from kiosk.basics.errors import PassphraseUnavailable, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.input_files import KEY_FILE, read_limited
from kiosk.cli.common import add_command, csv_set, home_of, open_kiosk, passphrase, print_json
from kiosk.core import Kiosk
from kiosk.operations.provisioning import Provisioning, StaffPin, provision, validate_passphrase
from kiosk.operations.settings import Settings
from kiosk.registry.records import Shelter
from kiosk.safety import faults
from kiosk.store import rewrap_keyfile
from kiosk.store.database import StorePaths


def _staff(specs: list[str]) -> tuple[StaffPin, ...]:
    members = []
    for spec in specs:
        label, _, rest = spec.partition(":")
        role, _, pin = rest.partition(":")
        if not (label and role and pin):
            raise ValidationError("staff", _N("KioskError", "Write each as LABEL:ROLE:PIN."))
        members.append(StaffPin(label, role, pin))
    return tuple(members)


def cmd_init(args: argparse.Namespace) -> int:
    shelter = Shelter(
        id=args.shelter_id,
        name=args.shelter_name,
        capacity=args.capacity,
        disaster_types=tuple(sorted(csv_set(args.disaster_types))),
        location=args.location or "",
    )
    settings = replace(
        Settings(),
        platform=args.platform,
        cityos_endpoint=args.cityos_endpoint or "",
        oidc_issuer=args.oidc_issuer or "",
        oidc_client_id=args.client_id or "",
        tenant=args.tenant or "",
        service_path=args.service_path,
        language=args.language,
    )
    plan = Provisioning(
        shelter=shelter,
        passphrase=passphrase(confirm=True),
        staff=_staff(args.staff or []),
        settings=settings,
        client_secret=os.environ.get("KIOSK_CLIENT_SECRET", ""),
        mynumber_key=(
            read_limited(args.mynumber_key_file, KEY_FILE) if args.mynumber_key_file else None
        ),
    )
    kiosk = provision(home_of(args), plan)
    with kiosk:
        if args.json:
            print_json(
                {"home": str(kiosk.home), "kiosk_id": kiosk.ctx.kiosk_id, "shelter": shelter}
            )
        else:
            print(f"Created the encrypted store for {shelter.id} in {kiosk.home}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        found = kiosk.store_figures(kiosk.ctx, detailed=args.json)
    figures, queued = found.status, found.queued
    if args.json:
        print_json(found.as_dict())
        return 0
    print(f"Shelter {figures.shelter_id} ({'open' if figures.is_open else 'CLOSED'})")
    print(f"  inside:        {figures.present} / {figures.capacity} ({figures.crowding})")
    print(f"  in a vehicle:  {figures.vehicle}")
    print(f"  at home:       {figures.home}")
    print(f"  elsewhere:     {figures.other}")
    print(f"  on leave:      {figures.away}")
    print(f"  needing care:  {figures.care_needed}")
    print(f"  households:    {figures.households}")
    print(f"  check-ins:     {figures.checkins}   check-outs: {figures.checkouts}")
    print(f"  queued for the City OS: {queued}")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        report = kiosk.check_store(kiosk.ctx)
        recent = kiosk.recent_faults(kiosk.ctx, args.fault_days)
        if args.report:
            path = kiosk.write_support_report(kiosk.ctx, Path(args.report), args.force)
            print(f"Diagnostic bundle (no personal data) written to {path}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "checks": report.checks,
                "problems": report.problems,
                "faults": recent,
            }
        )
    else:
        for problem in report.problems:
            print(problem)
        print(f"{len(report.checks)} checks, {len(report.problems)} problems")
        _print_faults(recent, args.fault_days)
    if not report.ok:
        print("kiosk: the store has problems (listed above).", file=sys.stderr)
    return 0 if report.ok else 1


def _print_faults(recent: tuple[faults.Fault, ...], days: int) -> None:
    """The window's native crashes of the last days: not problems of the store (the exit code
    does not change), but what support needs to see first."""
    if not recent:
        return
    print(f"{len(recent)} window faults in the last {days} days (newest first):")
    for fault in recent:
        when = fault.at.astimezone().strftime("%Y-%m-%d %H:%M")
        ended = f"ended with {fault.ended}" if fault.ended else ""
        what = "; ".join(part for part in (fault.headline, ended) if part) or "no report"
        print(f"  {when}  {what}  ({fault.file})")
        if fault.frames:
            print(f"    at {' <- '.join(fault.frames)}")


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    """Store life cycle, not a verb: it rewraps the key file of a store that is closed."""
    paths = StorePaths(home_of(args))
    old = passphrase()
    new = os.environ.get("KIOSK_NEW_PASSPHRASE")
    if not new:
        if not sys.stdin.isatty():
            raise PassphraseUnavailable()
        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("New passphrase again: ") != new:
            raise ValidationError("passphrase", _N("KioskError", "The two entries differ."))
    validate_passphrase(new)
    with Kiosk.open(paths.home, old):  # proves the store opens before the key is rewrapped
        pass
    rewrap_keyfile(paths.keyfile, old, new)
    print("The passphrase was changed; the data was not re-encrypted.")
    return 0


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "init",
        "Create the encrypted store for a shelter (refuses to overwrite one).",
        "KIOSK_PASSPHRASE=... kiosk --home /srv/kiosk init --shelter-id S01 "
        "--shelter-name '第一小学校' --capacity 200",
        cmd_init,
    )
    p.add_argument("--shelter-id", required=True)
    p.add_argument("--shelter-name", required=True)
    p.add_argument("--capacity", required=True, type=int)
    p.add_argument("--disaster-types", help="comma-separated, e.g. earthquake,flood")
    p.add_argument("--location")
    p.add_argument(
        "--staff",
        action="append",
        metavar="LABEL:ROLE:PIN",
        help="a staff account (roles: staff, operator, manager); repeat for more",
    )
    p.add_argument("--language", choices=("ja", "en"), default="ja")
    p.add_argument("--platform", choices=("ngsi-v2", "ngsi-ld"), default="ngsi-v2")
    p.add_argument("--cityos-endpoint", help="context broker URL (may be set later)")
    p.add_argument("--oidc-issuer", help="OpenID Connect issuer URL")
    p.add_argument("--client-id", help="OIDC client id; the secret from $KIOSK_CLIENT_SECRET")
    p.add_argument("--tenant", help="Fiware-Service / NGSILD-Tenant the City OS gave (a-z, 0-9, _)")
    p.add_argument(
        "--service-path",
        default="/",
        help="NGSI v2 Fiware-ServicePath, e.g. /aizu/shelters (default /)",
    )
    p.add_argument(
        "--mynumber-key-file", help="the deployment's shared My Number token key (32+ bytes)"
    )
    p.add_argument("--json", action="store_true")

    p = add_command(
        subparsers,
        "status",
        "Counts: inside vs capacity, vehicle and home stays, people needing care.",
        "kiosk status --json",
        cmd_status,
    )
    p.add_argument("--json", action="store_true")

    p = add_command(
        subparsers,
        "doctor",
        "Check the store, the outbox sequences and the audit chain.",
        "kiosk doctor --report /media/usb/kiosk-report.zip",
        cmd_doctor,
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--report", metavar="FILE", help="also write a diagnostic bundle for support")
    p.add_argument("--force", action="store_true", help="replace the report file if it exists")
    p.add_argument(
        "--fault-days",
        type=int,
        default=7,
        metavar="N",
        help="list the window's native crashes (fault files) of the last N days (default 7)",
    )

    p = add_command(
        subparsers,
        "passphrase",
        "Change the store passphrase (re-wraps the key; data is not re-encrypted).",
        "KIOSK_PASSPHRASE=old KIOSK_NEW_PASSPHRASE=new kiosk passphrase change",
        lambda args: 2,
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add_command(
        sub,
        "change",
        "Change the passphrase. New one from KIOSK_NEW_PASSPHRASE or a prompt.",
        "KIOSK_PASSPHRASE=old KIOSK_NEW_PASSPHRASE=new kiosk passphrase change",
        cmd_passphrase_change,
    )
