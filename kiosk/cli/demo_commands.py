"""`kiosk demo seed`: fake residents for demos and benchmarks."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kiosk.cli.common import add_command, home_of, open_kiosk, passphrase, print_json
from kiosk.core import Kiosk
from kiosk.demos import desk_flow, residents
from kiosk.store.database import StorePaths


def cmd_demo_seed(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        households = kiosk.seed_demo_residents(kiosk.ctx, args.people, args.seed).value
    if args.json:
        print_json({"people": args.people, "households": households})
    else:
        print(f"Added {args.people} fake residents in {len(households)} households.")
    return 0


def _demo_kiosk(args: argparse.Namespace) -> Kiosk:
    home = home_of(args)
    if not StorePaths(home).exists():
        print(f"Creating the demo shelter in {home} (encrypted; {args.people} fake residents)")
    return residents.open_demo_kiosk(home, passphrase(), args.people)


def cmd_demo_run(args: argparse.Namespace) -> int:
    """The desk's flow in the terminal: the demo camera's codes decoded, verified, shown and,
    once confirmed (Enter; automatically without a terminal), checked in."""
    interactive = sys.stdin.isatty()

    def ask(question: str) -> str:
        if not interactive:
            print(f"{question}(no terminal: yes)")
            return ""
        try:
            return input(question)
        except EOFError:
            return "q"

    with _demo_kiosk(args) as kiosk:
        print(f"\n{kiosk.shelter(kiosk.ctx).name} — the demo camera's codes, as at the desk:")
        desk_flow.play(kiosk, kiosk.ctx, ask, print)
    print("\nThe window shows the same flow: ./scripts/run on a desktop (PINs 1111, 2222, 3333).")
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
        "The desk's flow in the terminal: the demo camera's codes decoded, verified, shown and "
        "checked in once confirmed (creates the demo shelter if needed).",
        "KIOSK_HOME=.kiosk-demo KIOSK_PASSPHRASE=demo kiosk demo run",
        cmd_demo_run,
    )
    p.add_argument("--people", type=int, default=200, help="fake residents in a new demo store")
