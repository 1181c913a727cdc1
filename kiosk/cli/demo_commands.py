"""`kiosk demo seed`: fake residents for demos and benchmarks."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk import checkin, demo, people, status
from kiosk.cli.common import add_command, home_of, open_kiosk, passphrase, print_json
from kiosk.core import Kiosk
from kiosk.store.database import StorePaths


def cmd_demo_seed(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        households = demo.seed(kiosk.ctx, args.people, args.seed)
    if args.json:
        print_json({"people": args.people, "households": households})
    else:
        print(f"Added {args.people} fake residents in {len(households)} households.")
    return 0


def _demo_kiosk(args: argparse.Namespace) -> Kiosk:
    home = home_of(args)
    if not StorePaths(home).exists():
        print(f"Creating the demo shelter in {home} (encrypted; {args.people} fake residents)")
    return demo.open_demo_kiosk(home, passphrase(), args.people)


def cmd_demo_run(args: argparse.Namespace) -> int:
    """The kiosk's main job in the terminal: a household arrives, one member leaves."""
    with _demo_kiosk(args) as kiosk:
        household_id = next(
            row["household_id"]
            for row in kiosk.store.query(
                "SELECT household_id FROM person WHERE state IN ('registered', 'out') "
                "GROUP BY household_id HAVING count(*) >= 2 ORDER BY min(rowid) LIMIT 1"
            )
        )
        members = people.household_members(kiosk.store, household_id)
        print(f"\nA household of {len(members)} arrives:")
        result = checkin.check_in(kiosk.ctx, [m.id for m in members], via="demo")
        for member in members:
            print(f"  checked in  {member.name}（{member.kana}）")
        level = result.crowding
        print(f"  inside {level.present}/{level.capacity} ({level.level})")
        leaving = members[-1]
        checkin.check_out(kiosk.ctx, [leaving.id], "親戚宅（デモ）")
        print(f"  checked out {leaving.name} → 親戚宅（デモ）")
        figures = status.status(kiosk.store)
    print("\nStatus:")
    print(
        f"  inside {figures.present}/{figures.capacity} ({figures.crowding}), "
        f"vehicle {figures.vehicle}, home {figures.home}, needing care {figures.care_needed}"
    )
    print(f"  check-ins {figures.checkins}, check-outs {figures.checkouts}")
    return 0


def register(subparsers: Any) -> None:
    p = add_command(subparsers, "demo", "Demo data.", "kiosk demo seed --people 200", lambda a: 2)
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add_command(
        sub,
        "seed",
        "Add synthetic, clearly fake residents (デモ市 addresses, 000- phones).",
        "kiosk demo seed --people 200",
        cmd_demo_seed,
    )
    p.add_argument("--people", type=int, default=100)
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same people)")
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "run",
        "The demo flow: create the demo shelter if needed, check a household in and out.",
        "KIOSK_HOME=.kiosk-demo KIOSK_PASSPHRASE=demo kiosk demo run",
        cmd_demo_run,
    )
    p.add_argument("--people", type=int, default=200, help="fake residents in a new demo store")
