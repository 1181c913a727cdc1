"""Applying the changes of another desk (issue #16): the outbox as the shelter's op log.

Another desk sends the outbox entries this kiosk lacks (:func:`changes_since` by a version
vector: per origin, the newest HLC stamp held). :func:`apply_changes` takes them in one
transaction: each lands in the local outbox (``INSERT OR IGNORE`` on the change id, so a change
arriving twice, by any path, changes nothing) and, in HLC order, takes effect on the records:

* **cards** (person, household): field by field, last writer by HLC wins (``field_clock``); a
  field the change set but a newer stamp already holds keeps its value, and the losing value
  stays in the outbox — :func:`card_history` shows every value a field had and which were
  overwritten;
* **stays** (check-in, check-out, leave, return, move, pickup): the event row is kept and the
  person's state is re-folded from all their events in HLC order (:func:`fold_stays`), so the
  same person scanned at two desks at once is one check-in and a late check-out from a desk
  that was cut off takes its place in time;
* **walk-ins registered at two desks** (same name and birth date, or phone, or the same linked
  code) are flagged in ``merge_candidate`` and audited, for staff to merge;
* **delivery marks** (change ids the City OS has) travel too: a change another desk delivered
  is marked sent here, so whichever desk reaches the network sends each change once.

* **the merged card reaches the City OS**: where the newest change of a card (what the City
  OS keeps) does not carry the card as the fields merged, this desk logs the merged state as
  a change of its own (:func:`kiosk.desks.restate.restate`), once;
* **the shelter** (status, capacity, name, …) merges field by field like a card, and
  **survey responses** are taken whole, the newest change of each by HLC.

* **removals** (a person or household deleted at another desk) are carried out here too and
  win over any change of the removed person, whatever the order of arrival.

Every record type the outbox carries is applied (:data:`kiosk.city.outbox.RECORD_TYPES`, see
:func:`_effect`). Not exchanged at all, because they are not in the outbox: tap-card links
(their token is keyed by a secret each store makes for itself), the audit chain (per desk by
design), the roster cache and the desk tables.

Changes come only from a paired, not revoked desk, and only changes made at such a desk (or
this one) are taken: a change of an unpaired desk is refused whatever path it took.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

import sqlcipher3

from kiosk.access import audit
from kiosk.basics.context import Context
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.city.outbox import CARD_TYPES, DERIVED_FIELDS, RECORD_TYPES, field_value
from kiosk.desks import hlc
from kiosk.desks.erasure import (
    erase_change,
    gone,
    is_merge,
    keep_household,
    remove_here,
    removed,
)
from kiosk.desks.errors import DeskError, DeskNotPaired, DeskRevoked
from kiosk.desks.links import remember_vector
from kiosk.desks.pairing import require_paired
from kiosk.desks.restate import restate
from kiosk.desks.shelter_survey import write_shelter, write_survey
from kiosk.registry.records import Household, Needs, Person
from kiosk.store import Store

__all__ = [
    "ExchangeInvalid",
    "ApplyResult",
    "Contact",
    "contacts",
    "FieldValue",
    "vector",
    "changes_since",
    "delivered_ids",
    "apply_changes",
    "fold_stays",
    "refold_person",
    "card_history",
    "merge_candidates",
]

#: Stay kinds and the state each leads to from the states it applies in.
_ENTERS = {"registered", "out"}


class ExchangeInvalid(DeskError):
    code = "desk_exchange_invalid"
    template = _N(
        "KioskError",
        "Desk {desk} sent changes this kiosk cannot read. Update both kiosks to the same "
        "version and sync again.",
    )


@dataclass(frozen=True)
class ApplyResult:
    received: int
    applied: int
    already_held: int
    refused: int
    marks: int
    flagged: int
    clock_ahead: int
    #: cards whose merged state no change held carried, logged here as a merge change
    restated: int = 0


@dataclass(frozen=True)
class FieldValue:
    """One value a card field had: when (HLC stamp), from which desk, and whether a newer
    value (from any desk) replaced it."""

    field: str
    value: Any
    hlc: str
    origin: str
    current: bool


@dataclass(frozen=True)
class Contact:
    """The last exchange with a paired desk, and the changes sent to and taken from it."""

    kiosk_id: str
    last_contact: datetime
    sent: int
    received: int


def contacts(store: Store) -> dict[str, Contact]:
    """Per paired desk this kiosk ever exchanged with: the last contact and the totals."""
    return {
        r["kiosk_id"]: Contact(
            r["kiosk_id"], datetime.fromisoformat(r["last_contact"]), r["sent"], r["received"]
        )
        for r in store.query("SELECT * FROM desk_contact")
    }


def vector(store: Store) -> dict[str, str]:
    """Per origin, the newest HLC stamp held: what a peer needs to send what this lacks."""
    return {
        r["origin"]: r["h"]
        for r in store.query("SELECT origin, max(hlc) AS h FROM outbox GROUP BY origin")
    }


def _wire(row: Any) -> dict[str, Any]:
    return {
        "change_id": row["change_id"],
        "record_type": row["record_type"],
        "record_id": row["record_id"],
        "record_seq": row["record_seq"],
        "op": row["op"],
        "payload": row["payload"],
        "created_at": row["created_at"],
        "origin": row["origin"],
        "hlc": row["hlc"],
        "fields": row["fields"],
    }


def changes_since(store: Store, held: dict[str, str]) -> list[dict[str, Any]]:
    """The changes a peer holding ``held`` (its vector) lacks, in HLC order.

    A desk always holds a prefix of each origin's changes (they arrive in one transaction, in
    stamp order), so "newer than the newest held" is exactly what is missing. It is read in
    one statement, one snapshot: read origin by origin while this desk takes in more, a
    change could be sent without the one it follows (a check-in without its person).
    """
    origins = sorted(vector(store))
    if not origins:
        return []
    parts = " UNION ALL ".join(
        "SELECT * FROM (SELECT * FROM outbox WHERE origin = ? AND hlc > ?)" for _ in origins
    )
    params: list[str] = []
    for origin in origins:
        params += [origin, held.get(origin, "")]
    return [_wire(r) for r in store.query(f"{parts} ORDER BY hlc", params)]


def delivered_ids(store: Store) -> list[str]:
    """Change ids the City OS holds (marked sent here, by this desk or learnt from another)."""
    rows = store.query(
        "SELECT o.change_id FROM delivery d JOIN outbox o ON o.seq = d.seq "
        "WHERE d.status = 'sent' ORDER BY d.seq"
    )
    return [r["change_id"] for r in rows]


def _check(sender: str, change: Any) -> dict[str, Any]:
    """A received change, checked for shape (raises ExchangeInvalid)."""
    try:
        if not isinstance(change, dict):
            raise ValueError
        stamp = hlc.parse(str(change["hlc"]))
        if stamp.origin != change["origin"] or change["record_type"] not in RECORD_TYPES:
            raise ValueError
        payload = json.loads(change["payload"])
        fields = json.loads(change["fields"]) if change["fields"] is not None else None
        if not isinstance(payload, dict) or (fields is not None and not isinstance(fields, list)):
            raise ValueError
        for key in ("change_id", "record_id", "op", "created_at"):
            if not isinstance(change[key], str):
                raise ValueError
        datetime.fromisoformat(change["created_at"])
        return {
            **change,
            "record_seq": int(change["record_seq"]),
            "_payload": payload,
            "_fields": fields,
            "_stamp": stamp,
        }
    except (KeyError, TypeError, ValueError):
        raise ExchangeInvalid(desk=sender) from None


def _origin_allowed(store: Store, own: str, origin: str, cache: dict[str, bool]) -> bool:
    if origin == own:
        return True
    if origin not in cache:
        try:
            require_paired(store, origin)
            cache[origin] = True
        except (DeskNotPaired, DeskRevoked):
            cache[origin] = False
    return cache[origin]


def apply_changes(
    ctx: Context,
    sender: str,
    changes: Sequence[Any],
    marks: Iterable[str] = (),
    sent: int | None = None,
    holds: dict[str, str] | None = None,
) -> ApplyResult:
    """Take another desk's changes and delivery marks, in one transaction; with ``sent`` (how
    many changes this desk sent it in the same exchange) the contact with it is noted too
    (``desk_contact``: last contact, totals), in the same transaction, and with ``holds``
    (its version vector once the exchange is done) what it holds, from which
    :func:`kiosk.desks.links.changes_behind` counts what it lacks.

    Raises:
        DeskNotPaired: ``sender`` is not a paired desk.
        DeskRevoked: ``sender`` was unpaired: nothing is taken.
        ExchangeInvalid: a change is malformed or contradicts one held (another change under
            the same desk, record and number): nothing is taken.
    """
    store = ctx.store
    require_paired(store, sender)
    # what came over the wire is checked for shape before anything is read from it
    if not isinstance(changes, (list, tuple)) or not isinstance(marks, (list, tuple)):
        raise ExchangeInvalid(desk=sender)
    if not all(isinstance(m, str) for m in marks):
        raise ExchangeInvalid(desk=sender)
    checked = sorted((_check(sender, c) for c in changes), key=lambda c: c["hlc"])
    now = ctx.now()
    allowed: dict[str, bool] = {}
    applied = held = refused = ahead = flagged = 0
    touched_people: set[str] = set()
    touched_cards: set[tuple[str, str]] = set()
    doomed = {  # removals only: a merge's deletion moves the record's events, never erases
        (c["record_type"], c["record_id"])
        for c in checked
        if c["op"] == "delete"
        and not is_merge(c["_payload"])
        and _origin_allowed(store, ctx.kiosk_id, c["origin"], allowed)
    }
    # a removal taken from another desk overwrites the freed pages, as one made here does
    secure = store.query_one("PRAGMA secure_delete")
    if doomed:
        store.conn.execute("PRAGMA secure_delete = ON")
    try:
        with store.atomic():
            for change in checked:
                if not _origin_allowed(store, ctx.kiosk_id, change["origin"], allowed):
                    refused += 1
                    continue
                n = store.execute(
                    "INSERT OR IGNORE INTO outbox (change_id, record_type, record_id, record_seq, "
                    "op, payload, created_at, origin, hlc, fields) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        change["change_id"],
                        change["record_type"],
                        change["record_id"],
                        change["record_seq"],
                        change["op"],
                        change["payload"],
                        change["created_at"],
                        change["origin"],
                        change["hlc"],
                        change["fields"],
                    ),
                )
                if n == 0:
                    held += 1
                    continue
                applied += 1
                if hlc.too_far_ahead(change["_stamp"], now):
                    ahead += 1
                flagged += _effect(store, change, touched_people, doomed)
                if change["record_type"] in CARD_TYPES and change["op"] == "upsert":
                    touched_cards.add((change["record_type"], change["record_id"]))
            for person_id in sorted(touched_people):
                refold_person(store, person_id)
            restated = sum(
                restate(ctx, sender, kind, record_id, now)
                for kind, record_id in sorted(touched_cards)
            )
            marked = _take_marks(store, sender, list(marks), now)
            for origin in sorted({c["origin"] for c in checked} - {ctx.kiosk_id}):
                if not allowed.get(origin, True):
                    audit.append(store, f"desk:{sender}", "desk.refused", "desk", origin, now)
            if applied:
                audit.append(store, f"desk:{sender}", "desk.receive", "desk", sender, now)
            if ahead:
                audit.append(store, f"desk:{sender}", "desk.clock_ahead", "desk", sender, now)
            if sent is not None:
                store.execute(
                    "INSERT INTO desk_contact (kiosk_id, last_contact, sent, received) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (kiosk_id) DO UPDATE SET "
                    "last_contact = excluded.last_contact, sent = sent + excluded.sent, "
                    "received = received + excluded.received",
                    (sender, now.isoformat(), sent, applied),
                )
                if holds is not None:  # one meta row in this transaction: "changes behind"
                    remember_vector(store, sender, holds)
    except sqlcipher3.IntegrityError:
        # e.g. another change id under a (desk, record, number) already held: nothing of
        # the batch is kept, and the desk is told its batch was unreadable
        raise ExchangeInvalid(desk=sender) from None
    finally:
        if doomed:
            store.conn.execute(f"PRAGMA secure_delete = {int(secure[0]) if secure else 0}")
    return ApplyResult(len(checked), applied, held, refused, marked, flagged, ahead, restated)


def _take_marks(store: Store, sender: str, marks: list[str], now: datetime) -> int:
    """Mark as sent the held changes another desk says the City OS has (a grow-only set)."""
    taken = 0
    for start in range(0, len(marks), 500):
        chunk = marks[start : start + 500]
        qs = ", ".join("?" * len(chunk))
        n = store.execute(
            "INSERT OR IGNORE INTO delivery (seq, status, attempts, via, updated_at) "
            f"SELECT seq, 'sent', 0, ?, ? FROM outbox WHERE change_id IN ({qs})",
            (f"desk:{sender}", now.isoformat(), *chunk),
        )
        taken += max(n, 0)
    return taken


# --- effects on the records ----------------------------------------------------------------


def _effect(
    store: Store, change: dict[str, Any], touched: set[str], doomed: set[tuple[str, str]]
) -> int:
    """Apply one new change to the tables; returns the number of merge flags raised.

    Every record type of the outbox is applied: cards (person, household, shelter) field by
    field, stay events by re-folding, survey responses whole, removals (``delete``) by
    removing here too. A removal wins over any change of the removed person or household, in
    whatever order they arrive (``doomed``: removed here already or later in this batch): a
    change made at another desk before it saw the removal is kept in the log, its personal
    data erased, and not sent to the City OS.
    """
    kind, record_id = change["record_type"], change["record_id"]
    payload = change["_payload"]
    if kind in ("person", "household") and change["op"] == "delete":
        if is_merge(payload):
            _take_deletion(store, kind, record_id, payload, change["hlc"], touched)
        else:
            remove_here(store, kind, record_id, change["created_at"])
            touched.discard(record_id)
        return 0
    if kind in ("stay_event", "survey") and isinstance(payload.get("person_id"), str):
        # an event or answer of a person merged away belongs to the person kept
        payload = _redirect_merged(store, payload)
        change = {**change, "_payload": payload}
    owner = ("person", payload.get("person_id")) if kind in ("stay_event", "survey") else None
    if gone(store, owner or (kind, record_id), doomed):
        erase_change(store, change, change["created_at"])
        return 0
    if not payload:
        return 0  # a payload erased at its desk (its record was removed there): nothing to take
    if kind == "stay_event":
        if _deleted_here(store, "person", payload["person_id"]):
            return 0  # of a person merged away with no one kept here: kept in the log only
        _insert_event(store, payload)
        touched.add(payload["person_id"])
        return 0
    if kind == "survey":
        write_survey(store, change)
        return 0
    if kind in ("person", "household") and _deleted_here(store, kind, record_id):
        return 0  # an edit of a card merged away here: kept in the log only
    if kind == "person":
        payload = _redirect_household(store, payload)
    if kind in CARD_TYPES and change["op"] == "upsert":
        fields = change["_fields"]
        if fields is None:
            fields = [k for k in payload if k not in DERIVED_FIELDS]
        won = _merge_fields(store, kind, change["record_id"], payload, fields, change["hlc"])
        if kind == "shelter":
            if won:
                write_shelter(
                    store, record_id, _merged(store, kind, record_id), change["created_at"]
                )
            return 0
        if kind == "household":
            return _write_household(store, change["record_id"], won, change["hlc"])
        return _write_person(store, change["record_id"], won, change["hlc"])
    return 0


def _merge_fields(
    store: Store, kind: str, record_id: str, payload: dict[str, Any], fields: list[str], stamp: str
) -> bool:
    """Set each changed field whose held stamp is older; returns whether any field changed."""
    changed = False
    for name in fields:
        if name not in payload or name in DERIVED_FIELDS:
            continue
        n = store.execute(
            "INSERT INTO field_clock (record_type, record_id, field, hlc, value) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_type, record_id, field) DO UPDATE SET "
            "hlc = excluded.hlc, value = excluded.value WHERE excluded.hlc > field_clock.hlc",
            (kind, record_id, name, stamp, field_value(payload[name])),
        )
        changed = changed or n > 0
    return changed


def _merged(store: Store, kind: str, record_id: str) -> dict[str, Any]:
    return {
        r["field"]: json.loads(r["value"])
        for r in store.query(
            "SELECT field, value FROM field_clock WHERE record_type = ? AND record_id = ?",
            (kind, record_id),
        )
    }


def _write_household(store: Store, household_id: str, changed: bool, stamp: str) -> int:
    from kiosk.registry.people import _HOUSEHOLD_COLUMNS, _household_values

    data = _merged(store, "household", household_id)
    names = set(Household.__dataclass_fields__)
    household = Household(**{k: v for k, v in data.items() if k in names})
    exists = store.query_one("SELECT 1 AS x FROM household WHERE id = ?", (household_id,))
    at = hlc_time(stamp)
    if exists is None:
        store.execute(
            f"INSERT INTO household ({_HOUSEHOLD_COLUMNS}, created_at, id) "
            f"VALUES ({', '.join('?' * 11)})",
            (*_household_values(household, at)[:-1], at, at, household_id),
        )
    elif changed:
        store.execute(
            f"UPDATE household SET ({_HOUSEHOLD_COLUMNS}) = ({', '.join('?' * 9)}) WHERE id = ?",
            (*_household_values(household, at), household_id),
        )
    return 0


def _person_of(data: dict[str, Any], person_id: str) -> Person:
    needs = data.get("needs") or {}
    base = {k: v for k, v in data.items() if k in Person.__dataclass_fields__}
    base.update(
        id=person_id,
        birth=date.fromisoformat(data["birth"]) if data.get("birth") else None,
        needs=Needs(**{**needs, "flags": frozenset(needs.get("flags", ()))}),
        consent=frozenset(data.get("consent", ())),
        state="registered",
        state_since=None,
    )
    return Person(**base)


_LINKS = ("cityos_subject", "mynumber_token", "slip_id")


def _write_person(store: Store, person_id: str, changed: bool, stamp: str) -> int:
    """Insert or update the person from the merged fields; returns merge flags raised."""
    from kiosk.registry.people import _PERSON_COLUMNS, _person_values

    person = _person_of(_merged(store, "person", person_id), person_id)
    flags = 0
    # A code (City OS subject, My Number token, slip) belongs to one person: the same
    # evacuee registered at two desks keeps it on the person whose id sorts first (the same
    # choice on every desk, whatever the arrival order), and the pair is flagged.
    clear: dict[str, Any] = {}
    for column in _LINKS:
        value = getattr(person, column)
        if value is None:
            continue
        other = store.query_one(
            f"SELECT id FROM person WHERE {column} = ? AND id != ?", (value, person_id)
        )
        if other is None:
            continue
        flags += _flag(store, person_id, other["id"], "link", stamp)
        if other["id"] < person_id:
            clear[column] = None
        else:
            store.execute(f"UPDATE person SET {column} = NULL WHERE id = ?", (other["id"],))
    if clear:
        person = replace(person, **clear)
    at = hlc_time(stamp)
    # joining a household another desk removed meanwhile: it is made again, erased (as there)
    revive = store.query_one(
        "SELECT 1 AS x FROM household WHERE id = ?", (person.household_id,)
    ) is None and removed(store, "household", person.household_id)
    if revive:
        keep_household(store, person.household_id, at, person_id)
    exists = store.query_one("SELECT 1 AS x FROM person WHERE id = ?", (person_id,))
    if exists is None:
        store.execute(
            f"INSERT INTO person ({_PERSON_COLUMNS}, created_at, state, id) "
            f"VALUES ({', '.join('?' * 28)})",
            (*_person_values(person, at), at, "registered", person_id),
        )
        flags += _flag_twins(store, person_id, stamp)
    elif changed or clear:
        store.execute(
            f"UPDATE person SET ({_PERSON_COLUMNS}) = ({', '.join('?' * 25)}) WHERE id = ?",
            (*_person_values(person, at), person_id),
        )
    return flags


def hlc_time(stamp: str) -> str:
    """The wall time of a stamp, as the ISO text the tables keep."""
    return datetime.fromtimestamp(hlc.parse(stamp).l / 1000, UTC).isoformat()


def _flag_twins(store: Store, person_id: str, stamp: str) -> int:
    """Flag people who look like the same walk-in as ``person_id``."""
    me = store.query_one("SELECT name_key, birth, phone_key FROM person WHERE id = ?", (person_id,))
    if me is None:
        return 0
    flags = 0
    if me["birth"]:
        for r in store.query(
            "SELECT id FROM person WHERE name_key = ? AND birth = ? AND id != ?",
            (me["name_key"], me["birth"], person_id),
        ):
            flags += _flag(store, person_id, r["id"], "name_birth", stamp)
    if me["phone_key"]:
        for r in store.query(
            "SELECT id FROM person WHERE phone_key = ? AND id != ?", (me["phone_key"], person_id)
        ):
            flags += _flag(store, person_id, r["id"], "phone", stamp)
    return flags


def _flag(store: Store, one: str, other: str, reason: str, stamp: str) -> int:
    a, b = sorted((one, other))
    n = store.execute(
        "INSERT OR IGNORE INTO merge_candidate (person_a, person_b, reason, found_at) "
        "VALUES (?, ?, ?, ?)",
        (a, b, reason, hlc_time(stamp)),
    )
    if n > 0:
        audit.append(
            store, "desk", "person.merge_flag", "person", a, datetime.fromisoformat(hlc_time(stamp))
        )
        return 1
    return 0


def merge_candidates(store: Store) -> list[tuple[str, str, str]]:
    """Open merge flags: (person a, person b, reason)."""
    return [
        (r["person_a"], r["person_b"], r["reason"])
        for r in store.query(
            "SELECT * FROM merge_candidate WHERE resolved_at IS NULL ORDER BY person_a, person_b"
        )
    ]


def _insert_event(store: Store, p: dict[str, Any]) -> None:
    store.execute(
        "INSERT OR IGNORE INTO stay_event (id, person_id, kind, at, kiosk_id, actor, "
        "destination, item, quantity, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            p["id"],
            p["person_id"],
            p["kind"],
            p["at"],
            p["kiosk_id"],
            p["actor"],
            p.get("destination", ""),
            p.get("item", ""),
            p.get("quantity"),
            p.get("via", ""),
        ),
    )


# --- merges (kiosk.desks.merge) -----------------------------------------------------------


def _take_deletion(
    store: Store,
    kind: str,
    record_id: str,
    payload: dict[str, Any],
    stamp: str,
    touched: set[str],
) -> None:
    """A merge's deletions: the dropped person merged into the kept one, the emptied
    household removed. Other deletions (a person removed, kiosk.registry.removal) stay in the log
    only."""
    from kiosk.desks.merge import take_merge

    target = payload.get("merged_into")
    if not isinstance(target, str):
        return
    if kind == "person":
        if take_merge(store, record_id, target, datetime.fromisoformat(hlc_time(stamp))):
            touched.discard(record_id)
            touched.add(target)
    else:
        # members registered into it at a desk that had not heard of the merge join the
        # household kept, as they did on the desk that merged (see _redirect_household)
        if store.query_one("SELECT 1 AS x FROM household WHERE id = ?", (target,)) is not None:
            store.execute(
                "UPDATE person SET household_id = ? WHERE household_id = ?", (target, record_id)
            )
        if (
            store.query_one("SELECT 1 AS x FROM person WHERE household_id = ?", (record_id,))
            is None
        ):
            store.execute("DELETE FROM household WHERE id = ?", (record_id,))


def _deleted_here(store: Store, kind: str, record_id: str) -> bool:
    """Whether a person or household is not held here because the log holds its deletion (a
    merge, or a removal made here): a late change of it must not bring it back — for a removal,
    that would undo an erasure."""
    exists = store.query_one(f"SELECT 1 AS x FROM {kind} WHERE id = ?", (record_id,))
    if exists is not None:
        return False
    deleted = store.query_one(
        "SELECT 1 AS x FROM outbox WHERE record_type = ? AND record_id = ? AND op = 'delete'",
        (kind, record_id),
    )
    return deleted is not None


def _redirect_household(store: Store, payload: dict[str, Any]) -> dict[str, Any]:
    """A person change naming a household merged away (a member registered at a desk that had
    not heard of the merge) names the household kept: the dropped one is gone here."""
    from kiosk.desks.merge import merged_into

    household_id = payload.get("household_id")
    if not isinstance(household_id, str):
        return payload
    if store.query_one("SELECT 1 AS x FROM household WHERE id = ?", (household_id,)) is not None:
        return payload
    target = merged_into(store, household_id, "household")
    return {**payload, "household_id": target} if target is not None else payload


def _redirect_merged(store: Store, payload: dict[str, Any]) -> dict[str, Any]:
    """A stay event of a person merged away goes to the person kept."""
    from kiosk.desks.merge import merged_into

    person_id = payload["person_id"]
    if store.query_one("SELECT 1 AS x FROM person WHERE id = ?", (person_id,)) is not None:
        return payload
    target = merged_into(store, person_id)
    return {**payload, "person_id": target} if target is not None else payload


# --- stays --------------------------------------------------------------------------------


def fold_stays(events: Iterable[tuple[str, str]]) -> tuple[str, int, int, int]:
    """``(state, visits, duplicate check-ins, index of the last state change)`` from
    ``(kind, at)`` events already in HLC order.

    A check-in while in is a second scan of the same arrival (kept, not a new stay); a
    check-in while away is a return; check-out and move end the stay from in or away.
    """
    state, visits, dups, last = "registered", 0, 0, -1
    for n, (kind, _at) in enumerate(events):
        before = state
        if kind == "checkin":
            if state == "in":
                dups += 1
            elif state == "away":
                state = "in"
            else:
                state, visits = "in", visits + 1
        elif kind == "return" and state == "away":
            state = "in"
        elif kind == "leave" and state == "in":
            state = "away"
        elif kind in ("checkout", "move") and state in ("in", "away"):
            state = "out"
        if state != before:
            last = n
    return state, visits, dups, last


def stay_events(store: Store, person_id: str) -> list[tuple[str, str]]:
    """A person's stay events as ``(kind, at)`` in HLC order."""
    rows = store.query(
        "SELECT s.kind, s.at FROM stay_event s JOIN outbox o "
        "ON o.record_type = 'stay_event' AND o.record_id = s.id "
        "WHERE s.person_id = ? ORDER BY o.hlc",
        (person_id,),
    )
    return [(r["kind"], r["at"]) for r in rows]


def refold_person(store: Store, person_id: str) -> None:
    """Set the person's state from all their stay events, in HLC order."""
    events = stay_events(store, person_id)
    state, _visits, _dups, last = fold_stays(events)
    since = events[last][1] if last >= 0 else None
    store.execute(
        "UPDATE person SET state = ?, state_since = ? WHERE id = ?", (state, since, person_id)
    )


# --- history ------------------------------------------------------------------------------


def card_history(store: Store, record_type: str, record_id: str) -> list[FieldValue]:
    """Every value each field of a card was set to, by any desk, in HLC order; ``current``
    marks the value the card holds now (the others were overwritten, perhaps concurrently)."""
    if record_type not in CARD_TYPES:
        raise ValueError(f"not a card: {record_type!r}")
    winners = {
        r["field"]: r["hlc"]
        for r in store.query(
            "SELECT field, hlc FROM field_clock WHERE record_type = ? AND record_id = ?",
            (record_type, record_id),
        )
    }
    out: list[FieldValue] = []
    for r in store.query(
        "SELECT payload, fields, hlc, origin FROM outbox WHERE record_type = ? "
        "AND record_id = ? AND op = 'upsert' ORDER BY hlc",
        (record_type, record_id),
    ):
        payload = json.loads(r["payload"])
        fields = json.loads(r["fields"]) if r["fields"] is not None else sorted(payload)
        for name in fields:
            if name in payload and name not in DERIVED_FIELDS:
                out.append(
                    FieldValue(
                        name, payload[name], r["hlc"], r["origin"], winners.get(name) == r["hlc"]
                    )
                )
    return out
