"""Merging the same walk-in registered at two desks (issue #16 item 3), and dismissing a flag.

:mod:`kiosk.desks.apply` flags pairs of people who look like one evacuee (``merge_candidate``:
same name and birth date, same phone, or the same linked code). A shelter manager looks at a
pair and either merges it (:func:`merge_people`) or says they are two people
(:func:`dismiss_flag`).

A merge is a **manager** action, like removing a person (``kiosk.registry.removal``): it deletes one
person at the City OS and joins two people's stay histories, so a wrong merge mixes two
evacuees' records and cannot be undone from the window. Staff see the flags (they register
the walk-ins) but ask a manager to merge.

In one transaction a merge, at the desk that makes it:

- logs the **deletion of the dropped person** first, with ``{"merged_into": keep}`` as its
  payload (the City OS deletes the ``Evacuee`` entity, as for a removal: ``sync.mapping``
  ignores a deletion's payload), audited ``person.merge``. Other desks apply this change with
  :func:`take_merge`, the same function the merging desk runs: the dropped person's stay
  events (pickups included), survey answers and IC-card link move to the kept person, the
  dropped row goes, the flags naming it are resolved ``merged``;
- logs the moved stay events and survey answers again, now naming the kept person, so the
  City OS's events point at the person it keeps;
- gives the kept person the dropped one's City OS subject, My Number token and slip when it
  has none (logged as the kept person's change, audited ``person.merge`` too, so the audit
  names both ids);
- moves the other members of the dropped person's household into the kept person's
  household and deletes the dropped household (it was the same family registered twice); a
  household of both keeps its card, with the kept person as representative if the dropped one
  was.

A later change of the dropped person from a desk that had not seen the merge yet is kept in
the log but does not bring the person back: its stay events go to the kept person
(:func:`merged_into`).

Dismissing ("not the same person") resolves the flag ``dismissed`` on this desk and is
audited; it does not travel (a flag is raised on each desk by its own check).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.access import audit
from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.city.outbox import skip_undelivered
from kiosk.registry.people import (
    _PERSON_COLUMNS,
    _person_values,
    get_household,
    get_person,
    household_members,
    household_payload,
    person_payload,
)
from kiosk.store import Store

__all__ = [
    "MergeFlag",
    "Merge",
    "MergeWithItself",
    "FlagNotFound",
    "open_flags",
    "merge_people",
    "dismiss_flag",
    "take_merge",
    "merged_into",
]

_LINKS = ("cityos_subject", "mynumber_token", "slip_id")
_SKIPPED = "superseded by the person's merge"


class MergeWithItself(KioskError):
    code = "merge_with_itself"
    template = _N("KioskError", "A person cannot be merged with themselves. Pick two people.")


class FlagNotFound(KioskError):
    code = "merge_flag_not_found"
    template = _N(
        "KioskError",
        "These two people are not flagged as possibly the same person (the flag was already "
        "resolved, or never raised).",
    )


@dataclass(frozen=True)
class MergeFlag:
    """An open flag: two people who may be the same walk-in, and why (``name_birth``,
    ``phone`` or ``link``)."""

    person_a: str
    person_b: str
    reason: str
    found_at: datetime


@dataclass(frozen=True)
class Merge:
    """What a merge did (ids and counts only)."""

    keep_id: str
    drop_id: str
    stay_events: int
    surveys: int
    #: Codes the kept person took from the dropped one (column names).
    links: tuple[str, ...]
    #: Other members moved into the kept person's household.
    members_moved: int
    household_removed: bool


def open_flags(store: Store) -> list[MergeFlag]:
    """The open merge flags, oldest first."""
    return [
        MergeFlag(r["person_a"], r["person_b"], r["reason"], datetime.fromisoformat(r["found_at"]))
        for r in store.query(
            "SELECT * FROM merge_candidate WHERE resolved_at IS NULL "
            "ORDER BY found_at, person_a, person_b"
        )
    ]


def merged_into(store: Store, record_id: str, record_type: str = "person") -> str | None:
    """The person (or, with ``record_type="household"``, the household) held here that
    ``record_id`` was merged into, following a chain of merges; None when it was not merged
    or the chain reaches nothing held (two desks merged one pair both ways).

    The op log is the record of it: the merge's deletion of the dropped record carries
    ``merged_into``."""
    if record_type not in ("person", "household"):
        raise ValueError(f"not a mergeable record: {record_type!r}")
    seen = {record_id}
    current = record_id
    while (target := _merge_target(store, current, record_type)) is not None:
        if target in seen:
            return None
        held = store.query_one(f"SELECT 1 AS x FROM {record_type} WHERE id = ?", (target,))
        if held is not None:
            return target
        seen.add(target)
        current = target
    return None


def _merge_target(store: Store, record_id: str, record_type: str) -> str | None:
    row = store.query_one(
        "SELECT payload FROM outbox WHERE record_type = ? AND record_id = ? "
        "AND op = 'delete' ORDER BY hlc DESC LIMIT 1",
        (record_type, record_id),
    )
    target = json.loads(row["payload"]).get("merged_into") if row is not None else None
    return target if isinstance(target, str) else None


def merge_people(ctx: Context, keep_id: str, drop_id: str) -> Merge:
    """Merge the person ``drop_id`` into ``keep_id`` (see the module text). A pair need not be
    flagged: a manager may see a duplicate the checks missed; the flag, if any, is resolved.

    Raises:
        PermissionDenied: the acting role is not a shelter manager (or admin).
        MergeWithItself: the two ids are the same.
        NotFound: either person does not exist (nothing is written).
    """
    require_role(ctx, "merge_people")
    if keep_id == drop_id:
        raise MergeWithItself()
    store = ctx.store
    with store.atomic():
        keep = get_person(store, keep_id)
        drop = get_person(store, drop_id)
        at = ctx.now()
        skip_undelivered(store, "person", drop_id, _SKIPPED, "merge", at.isoformat())
        ctx.log_change("person", drop_id, "delete", {"merged_into": keep_id}, "person.merge", at)
        stays = [
            r["id"]
            for r in store.query("SELECT id FROM stay_event WHERE person_id = ?", (drop_id,))
        ]
        surveys = [
            r["id"]
            for r in store.query("SELECT id FROM survey_response WHERE person_id = ?", (drop_id,))
        ]
        take_merge(store, drop_id, keep_id, at)
        for event_id in stays:
            _relog(ctx, "stay_event", event_id, keep_id, "stay.merge", at)
        for response_id in surveys:
            _relog(ctx, "survey", response_id, keep_id, "survey.merge", at)
        taken = tuple(c for c in _LINKS if getattr(keep, c) is None and getattr(drop, c))
        kept = replace(get_person(store, keep_id), **{c: getattr(drop, c) for c in taken})
        store.execute(
            f"UPDATE person SET ({_PERSON_COLUMNS}) = ({', '.join('?' * 25)}) WHERE id = ?",
            (*_person_values(kept, at.isoformat()), keep_id),
        )
        ctx.log_change("person", keep_id, "upsert", person_payload(kept), "person.merge", at)
        moved, removed = _join_households(ctx, drop.household_id, kept.household_id, at)
    return Merge(keep_id, drop_id, len(stays), len(surveys), taken, moved, removed)


def take_merge(store: Store, drop_id: str, keep_id: str, at: datetime) -> bool:
    """The merge's effect on the tables, the same on every desk (inside the caller's
    transaction): the dropped person's stays, survey answers and IC-card link go to the kept
    person, the dropped row goes, flags naming it are resolved. Returns False (nothing done)
    when either person is not held here.
    """
    from kiosk.desks.apply import refold_person

    held = {
        r["id"] for r in store.query("SELECT id FROM person WHERE id IN (?, ?)", (drop_id, keep_id))
    }
    if held != {drop_id, keep_id}:
        return False
    store.execute("UPDATE stay_event SET person_id = ? WHERE person_id = ?", (keep_id, drop_id))
    store.execute(
        "UPDATE survey_response SET person_id = ? WHERE person_id = ?", (keep_id, drop_id)
    )
    if store.query_one("SELECT 1 AS x FROM card_link WHERE person_id = ?", (keep_id,)):
        store.execute("DELETE FROM card_link WHERE person_id = ?", (drop_id,))
    else:
        store.execute("UPDATE card_link SET person_id = ? WHERE person_id = ?", (keep_id, drop_id))
    store.execute(
        "UPDATE household SET representative_id = ? WHERE representative_id = ? "
        "AND id = (SELECT household_id FROM person WHERE id = ?)",
        (keep_id, drop_id, keep_id),
    )
    store.execute("DELETE FROM person WHERE id = ?", (drop_id,))
    store.execute(
        "UPDATE merge_candidate SET resolved_at = ?, resolution = 'merged' "
        "WHERE resolved_at IS NULL AND (person_a = ? OR person_b = ?)",
        (at.isoformat(), drop_id, drop_id),
    )
    refold_person(store, keep_id)
    return True


def dismiss_flag(ctx: Context, person_a: str, person_b: str) -> None:
    """ "Not the same person": resolve the open flag of the pair ``dismissed``, audited
    ``person.merge_dismiss`` (on this desk only, see the module text).

    Raises:
        PermissionDenied: the acting role may not edit cards.
        FlagNotFound: no open flag for this pair.
    """
    require_role(ctx, "edit_card")
    a, b = sorted((person_a, person_b))
    at = ctx.now()
    with ctx.store.atomic():
        n = ctx.store.execute(
            "UPDATE merge_candidate SET resolved_at = ?, resolution = 'dismissed' "
            "WHERE person_a = ? AND person_b = ? AND resolved_at IS NULL",
            (at.isoformat(), a, b),
        )
        if n <= 0:
            raise FlagNotFound()
        audit.append(ctx.store, ctx.actor, "person.merge_dismiss", "person", a, at)
        audit.append(ctx.store, ctx.actor, "person.merge_dismiss", "person", b, at)


def _relog(
    ctx: Context, record_type: str, record_id: str, keep_id: str, action: str, at: datetime
) -> None:
    """Queue a moved record again, naming the kept person."""
    row = ctx.store.query_one(
        "SELECT payload FROM outbox WHERE record_type = ? AND record_id = ? "
        "ORDER BY hlc DESC LIMIT 1",
        (record_type, record_id),
    )
    if row is not None:
        payload = {**json.loads(row["payload"]), "person_id": keep_id}
        ctx.log_change(record_type, record_id, "upsert", payload, action, at)


def _join_households(
    ctx: Context, drop_household: str, keep_household: str, at: datetime
) -> tuple[int, bool]:
    """Move the dropped household's other members to the kept household and delete it."""
    if drop_household == keep_household:
        household = get_household(ctx.store, keep_household)
        ctx.log_change(
            "household", household.id, "upsert", household_payload(household), "household.merge", at
        )
        return 0, False
    members = household_members(ctx.store, drop_household)
    for member in members:
        moved = replace(member, household_id=keep_household)
        ctx.store.execute(
            "UPDATE person SET household_id = ?, updated_at = ? WHERE id = ?",
            (keep_household, at.isoformat(), member.id),
        )
        ctx.log_change(
            "person", member.id, "upsert", person_payload(moved), "person.household_merge", at
        )
    ctx.store.execute("DELETE FROM household WHERE id = ?", (drop_household,))
    ctx.log_change(
        "household",
        drop_household,
        "delete",
        {"merged_into": keep_household},
        "household.merge",
        at,
    )
    return len(members), True
