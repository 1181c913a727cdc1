"""`kiosk demo seed`: fake residents for demos and benchmarks."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk import demo
from kiosk.cli.common import add_command, open_kiosk, print_json


def cmd_demo_seed(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        households = demo.seed(kiosk.ctx, args.people, args.seed)
    if args.json:
        print_json({"people": args.people, "households": households})
    else:
        print(f"Added {args.people} fake residents in {len(households)} households.")
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
