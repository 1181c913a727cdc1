"""`kiosk person merges|merge|not-same`: the same walk-in registered at two desks (#16).

``merges`` lists the open flags with what `kiosk search` already shows of each person (id,
name, birth, state); ``merge KEEP DROP`` merges (a shelter manager's action, asked for on a
terminal unless ``--yes``); ``not-same A B`` dismisses a flag.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kiosk.basics.errors import NotFound
from kiosk.cli.common import add_command, open_kiosk, print_json
from kiosk.cli.people_commands import _confirmed_on_terminal, person_summary
from kiosk.core import Kiosk
from kiosk.desks.merge import open_flags

__all__ = ["register"]


def _who(kiosk: Kiosk, person_id: str) -> dict[str, Any]:
    try:
        return person_summary(kiosk.person(kiosk.ctx, person_id))
    except NotFound:
        return {"id": person_id}


def cmd_merges(args: argparse.Namespace) -> int:
    """Reads the flags themselves (:func:`kiosk.desks.merge.open_flags`), not
    ``Kiosk.merge_flags``: that verb leaves out flags whose people are gone, this list shows
    them with their ids, as before."""
    with open_kiosk(args) as kiosk:
        listed: list[dict[str, Any]] = [
            {
                "reason": f.reason,
                "found_at": f.found_at,
                "a": _who(kiosk, f.person_a),
                "b": _who(kiosk, f.person_b),
            }
            for f in open_flags(kiosk.store)
        ]
    if args.json:
        print_json(listed)
        return 0
    for flag in listed:
        print(f"{flag['reason']:<10} found {flag['found_at']:%Y-%m-%d %H:%M} UTC")
        for side in ("a", "b"):
            p = flag[side]
            print(
                f"  {p['id']}  {p.get('name', '?')}  {p.get('birth') or '-'}  {p.get('state', '')}"
            )
    if not listed:
        print("No people flagged as possibly the same.")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        keep = kiosk.person(kiosk.ctx, args.keep)  # NotFound: nothing asked
        drop = kiosk.person(kiosk.ctx, args.drop)
        confirmed = args.yes or _confirmed_on_terminal(
            f"Merge {drop.name} (id {drop.id}) into {keep.name} (id {keep.id})? The first is "
            "deleted here, at the other desks and at the City OS. Type yes to merge: "
        )
        done = kiosk.merge_people(kiosk.ctx, keep.id, drop.id).value if confirmed else None
    if done is None:
        print("kiosk: nothing was changed; run again with --yes to merge.", file=sys.stderr)
        return 1
    if args.json:
        print_json(done)
    else:
        print(
            f"Merged into {done.keep_id}: {done.stay_events} stay events moved; the other desks "
            "and the City OS follow with the next sync."
        )
    return 0


def cmd_not_same(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        kiosk.not_same_person(kiosk.ctx, args.a, args.b)
    print("Flag dismissed: they are two people.")
    return 0


def register(sub: Any) -> None:
    """Add the merge commands under ``kiosk person``."""
    p = add_command(
        sub,
        "merges",
        "List people flagged as possibly the same walk-in (registered at two desks).",
        "kiosk person merges --json",
        cmd_merges,
    )
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "merge",
        "Merge DROP into KEEP (shelter manager): stays, pickups, codes and household move to "
        "KEEP; DROP is deleted here, at the other desks and at the City OS. Asks on a "
        "terminal; scripts pass --yes.",
        "kiosk person merge KEEP_ID DROP_ID --yes",
        cmd_merge,
    )
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("drop", metavar="DROP")
    p.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "not-same",
        "Dismiss the flag of two people who are not the same person (audited).",
        "kiosk person not-same ID_A ID_B",
        cmd_not_same,
    )
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
