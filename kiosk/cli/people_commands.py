"""`kiosk person add|show`, `checkin`, `checkout`, `leave`, `return`, `pickup`, `search`."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from kiosk.basics.errors import ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.cli.common import add_command, code_text, csv_set, open_kiosk, print_json
from kiosk.core import Kiosk
from kiosk.reception.checkin import StayResult
from kiosk.reception.status import CROWDING_LABELS
from kiosk.registry.names import parse_birth
from kiosk.registry.people import person_payload
from kiosk.registry.records import Needs, Person, PersonDraft
from kiosk.registry.removal import REASONS


def draft_from_args(args: argparse.Namespace) -> PersonDraft:
    """The card fields given on the command line.

    Raises:
        ValidationError: the birth date is not a date.
    """
    birth = None
    if args.birth:
        birth = parse_birth(args.birth)
        if birth is None:
            raise ValidationError(
                "birth", _N("KioskError", "Use the form {example}."), example="1950-04-01"
            )
    return PersonDraft(
        name=args.name,
        kana=args.kana or "",
        sex=args.sex,
        birth=birth,
        address=args.address or "",
        phone=args.phone or "",
        relationship=args.relationship,
        stay=args.stay,
        stay_detail=args.stay_detail or "",
        needs=Needs(flags=csv_set(args.needs)),
        language=args.language,
        consent=csv_set(args.consent),
    )


def _link_code(kiosk: Kiosk, draft: PersonDraft, text: str) -> PersonDraft:
    """Link a My Number (as its token) or a slip to the new person's card."""
    arrival = kiosk.identify(kiosk.ctx, text)
    if arrival.kind == "mynumber" and arrival.mynumber is not None:
        return replace(draft, mynumber_token=arrival.mynumber.token)
    if arrival.kind == "slip" and arrival.slip is not None:
        return replace(draft, slip_id=arrival.slip.slip_id)
    raise ValidationError(
        "person", _N("KioskError", "Only a My Number card or a kiosk slip can be linked here.")
    )


def cmd_person_add(args: argparse.Namespace) -> int:
    draft = draft_from_args(args)
    with open_kiosk(args) as kiosk:
        if args.qr:
            draft = _link_code(kiosk, draft, code_text(args.qr))
        person = kiosk.add_person(kiosk.ctx, draft, household_id=args.household).value
    if args.json:
        print_json({"id": person.id, "household_id": person.household_id})
    else:
        print(person.id)
    return 0


#: ``person edit`` options → the card field each one sets (text fields: ``''`` clears).
_EDIT_TEXT = ("name", "kana", "address", "phone", "stay_detail", "relationship", "language")


def edited_person(person: Person, args: argparse.Namespace) -> Person:
    """``person`` with the fields given on the command line replaced: ``''`` clears a text
    field or the date of birth; ``--consent`` and ``--needs`` replace the whole set (``''``
    withdraws every consent / clears every flag). Fields not given stay as they are.

    Raises:
        ValidationError: the birth date is not a date.
    """
    changes: dict[str, Any] = {
        f: getattr(args, f) for f in (*_EDIT_TEXT, "sex", "stay") if getattr(args, f) is not None
    }
    if args.birth is not None:
        changes["birth"] = None
        if args.birth:
            changes["birth"] = parse_birth(args.birth)
            if changes["birth"] is None:
                raise ValidationError(
                    "birth", _N("KioskError", "Use the form {example}."), example="1950-04-01"
                )
    if args.consent is not None:
        changes["consent"] = csv_set(args.consent)
    if args.needs is not None:
        changes["needs"] = replace(person.needs, flags=csv_set(args.needs))
    return replace(person, **changes)


def cmd_person_edit(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        person = kiosk.person(kiosk.ctx, args.person_id)
        changes = kiosk.update_person(kiosk.ctx, edited_person(person, args)).value
    changed = bool(changes.persons)
    if args.json:
        print_json({"id": args.person_id, "changed": changed})
    else:
        print("Saved; the change is queued for the City OS." if changed else "Nothing changed.")
    return 0


def cmd_person_remove(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        person = kiosk.person(kiosk.ctx, args.person_id)  # NotFound: nothing asked
        confirmed = args.yes or _confirmed_on_terminal(
            f"Remove {person.name} (id {person.id}) and erase their data from this kiosk and "
            "the City OS? Type yes to remove: "
        )
        done = kiosk.remove_person(kiosk.ctx, person.id, args.reason).value if confirmed else None
    if done is None:
        print("kiosk: nothing was changed; run again with --yes to remove.", file=sys.stderr)
        return 1
    if args.json:
        print_json(done)
    else:
        print("Removed; the City OS deletes the person's entity with the next sync.")
    return 0


def _confirmed_on_terminal(question: str) -> bool:
    """On a terminal, ask; without one (a script), only ``--yes`` confirms."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() == "yes"
    except EOFError:
        return False


def person_summary(person: Person) -> dict[str, Any]:
    """The fields `search --json` promises: id, name, kana, birth, state, and where they stay."""
    return {
        "id": person.id,
        "name": person.name,
        "kana": person.kana,
        "birth": person.birth.isoformat() if person.birth else None,
        "sex": person.sex,
        "state": person.state,
        "stay": person.stay,
        "household_id": person.household_id,
        "needs": sorted(person.needs.flags),
    }


def cmd_person_show(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        person = kiosk.person(kiosk.ctx, args.person_id)
        _household, members = kiosk.household(kiosk.ctx, person.household_id)
    data = person_payload(person)
    data.pop("mynumber_token", None)
    data["household"] = [person_summary(m) for m in members]
    print_json(data)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        hits = kiosk.search(kiosk.ctx, args.query, limit=args.limit).hits
    if args.json:
        print_json([person_summary(hit.person) for hit in hits])
        return 0
    for hit in hits:
        p = hit.person
        birth = p.birth.isoformat() if p.birth else "----------"
        print(f"{p.id}  {p.state:<10} {birth}  {p.name}（{p.kana}）")
    if not hits:
        print("No one found.", file=sys.stderr)
    return 0


def report(result: StayResult, as_json: bool) -> None:
    if as_json:
        print_json(
            {
                "outcomes": result.outcomes,
                "present": result.crowding.present,
                "capacity": result.crowding.capacity,
                "crowding": result.crowding.level,
            }
        )
        return
    for outcome in result.outcomes:
        print(f"{outcome.person_id}  {outcome.result}")
    level = result.crowding.level
    print(f"inside {result.crowding.present}/{result.crowding.capacity}: {CROWDING_LABELS[level]}")
    if result.crowding.over_capacity:
        print("warning: the shelter is over capacity.", file=sys.stderr)


def _codes_in_image(path: str) -> list[str]:
    from kiosk.scan import decode_files

    texts = decode_files([Path(path)])[0].texts
    if not texts:
        raise ValidationError("image", _N("KioskError", "No QR code was found in the image."))
    return list(texts)


def cmd_checkin(args: argparse.Namespace) -> int:
    if not args.person_ids and not args.qr and not args.image:
        raise ValidationError("person", _N("KioskError", "Give a person id, --qr or --image."))
    with open_kiosk(args) as kiosk:
        if args.qr or args.image:
            text = code_text(args.qr) if args.qr else _codes_in_image(args.image)[0]
            arrival = kiosk.identify(kiosk.ctx, text)
            admitted = kiosk.admit(
                kiosk.ctx, arrival, None, None, via="qr" if args.qr else "image"
            ).value
            if not args.json:
                print(f"{arrival.kind} code verified; {len(admitted.registered)} newly registered")
            result = admitted.stay
        else:
            result = kiosk.check_in(kiosk.ctx, args.person_ids, via="manual").value
    report(result, args.json)
    return 0


def _destination(args: argparse.Namespace) -> str:
    if args.to:
        return str(args.to)
    if sys.stdin.isatty():
        return input("Where is the person going? ")
    raise ValidationError("destination", _N("KioskError", "Give the destination with --to."))


def cmd_checkout(args: argparse.Namespace) -> int:
    destination = _destination(args)
    with open_kiosk(args) as kiosk:
        result = kiosk.check_out(kiosk.ctx, args.person_ids, destination).value
    report(result, args.json)
    return 0


def cmd_leave(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        result = kiosk.leave(kiosk.ctx, args.person_ids, args.to or "").value
    report(result, args.json)
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        result = kiosk.come_back(kiosk.ctx, args.person_ids).value
    report(result, args.json)
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        result = kiosk.move(kiosk.ctx, args.person_ids, args.to).value
    report(result, args.json)
    return 0


def cmd_pickup(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        result = kiosk.pickup(kiosk.ctx, args.person_id, args.item, args.quantity).value
    report(result, args.json)
    return 0


def add_person_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", required=True, help="full name as on the card, e.g. '佐藤 花子'")
    p.add_argument("--kana", help="reading in kana, e.g. 'サトウ ハナコ'")
    p.add_argument("--birth", help="date of birth, YYYY-MM-DD or an era date (S25.4.1)")
    p.add_argument("--sex", choices=("F", "M", "X"), default="X")
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--needs", help="comma-separated special needs, e.g. wheelchair,allergy")
    p.add_argument("--consent", help="comma-separated consent scopes, e.g. anpi,city.emergency")
    p.add_argument("--stay", choices=("shelter", "vehicle", "home", "other"), default="shelter")
    p.add_argument("--stay-detail", help="vehicle plate and type, or where they stay")
    p.add_argument("--relationship", default="self", help="relationship to the representative")
    p.add_argument("--language", default="ja")
    p.add_argument("--household", help="join this existing household id")
    p.add_argument(
        "--qr",
        help="link a My Number card or kiosk slip code to the new person (- reads it from "
        "standard input: keeps the number out of the process list and shell history)",
    )
    p.add_argument("--json", action="store_true")


def register(subparsers: Any) -> None:
    person = add_command(
        subparsers,
        "person",
        "Register people and show their card.",
        "kiosk person add --name '佐藤 花子' --kana 'サトウ ハナコ' --birth 1950-04-01 --sex F",
        lambda args: 2,
    )
    sub = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add_command(
        sub,
        "add",
        "Register a person (a new household unless --household); prints the new id.",
        "kiosk person add --name '佐藤 花子' --kana 'サトウ ハナコ' --birth 1950-04-01 --sex F "
        "--needs wheelchair --stay shelter",
        cmd_person_add,
    )
    add_person_options(p)
    p = add_command(
        sub,
        "edit",
        "Change fields of a person's card (the card form's service: checked, audited and "
        "queued for the City OS). '' clears a field; --consent and --needs replace the set.",
        "kiosk person edit ID --phone '' --consent anpi,city.emergency",
        cmd_person_edit,
    )
    p.add_argument("person_id", metavar="ID")
    p.add_argument("--name", help="full name as on the card")
    p.add_argument("--kana", help="reading in kana ('' clears)")
    p.add_argument("--birth", help="date of birth, YYYY-MM-DD or S25.4.1 ('' clears)")
    p.add_argument("--sex", choices=("F", "M", "X"))
    p.add_argument("--phone", help="phone number ('' clears)")
    p.add_argument("--address", help="address ('' clears)")
    p.add_argument("--needs", help="the special needs, comma-separated ('' clears all)")
    p.add_argument(
        "--consent",
        help="the consent scopes the person gives now, comma-separated; replaces the "
        "recorded ones ('' withdraws every consent)",
    )
    p.add_argument("--stay", choices=("shelter", "vehicle", "home", "other"))
    p.add_argument("--stay-detail", help="vehicle plate and type, or where they stay")
    p.add_argument("--relationship", help="relationship to the representative")
    p.add_argument("--language", help="language code, e.g. ja")
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub,
        "remove",
        "Remove a person entered by mistake or who asks to be erased: their card, links and "
        "history leave this kiosk, and the City OS deletes their entity with the next sync. "
        "Asks for confirmation on a terminal; scripts pass --yes.",
        "kiosk person remove ID --reason erasure --yes",
        cmd_person_remove,
    )
    p.add_argument("person_id", metavar="ID")
    p.add_argument("--reason", choices=REASONS, default="mistake", help="recorded in the audit log")
    p.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    p.add_argument("--json", action="store_true")
    p = add_command(
        sub, "show", "Show a person's card as JSON.", "kiosk person show ID", cmd_person_show
    )
    p.add_argument("person_id")
    from kiosk.cli import merge_commands  # its module imports this one's helpers

    merge_commands.register(sub)

    p = add_command(
        subparsers,
        "checkin",
        "Check in people by id (members of one household together or in part).",
        "kiosk checkin 3f2a...  (or: kiosk checkin --qr - < code.txt)",
        cmd_checkin,
    )
    p.add_argument("person_ids", nargs="*", metavar="PERSON_ID")
    p.add_argument(
        "--qr",
        help="the text of a scanned code (app, My Number card or slip); - reads it from "
        "standard input, which keeps personal data out of the process list and shell history",
    )
    p.add_argument("--image", help="a photo or scan holding the code")
    p.add_argument("--json", action="store_true")

    for name, help_text, handler, dest_help in (
        ("checkout", "Check people out, saying where they go.", cmd_checkout, "destination"),
        ("leave", "Temporary leave: they keep their place.", cmd_leave, "where (optional)"),
        ("move", "Move people to another shelter.", cmd_move, "the other shelter"),
    ):
        p = add_command(subparsers, name, help_text, f"kiosk {name} ID --to '自宅'", handler)
        p.add_argument("person_ids", nargs="+", metavar="PERSON_ID")
        p.add_argument("--to", required=name == "move", help=dest_help)
        p.add_argument("--json", action="store_true")

    p = add_command(
        subparsers, "return", "Back from temporary leave.", "kiosk return ID", cmd_return
    )
    p.add_argument("person_ids", nargs="+", metavar="PERSON_ID")
    p.add_argument("--json", action="store_true")

    p = add_command(
        subparsers,
        "pickup",
        "Record a supply pickup (also for people in a vehicle or at home).",
        "kiosk pickup ID --item water --quantity 2",
        cmd_pickup,
    )
    p.add_argument("person_id")
    p.add_argument("--item", required=True)
    p.add_argument("--quantity", type=int, default=1)
    p.add_argument("--json", action="store_true")

    p = add_command(
        subparsers,
        "search",
        "Find people by name (kanji/kana, any width), phone or date of birth.",
        "kiosk search 'さとう はなこ' --json",
        cmd_search,
    )
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
