"""Finding people at the desk: by name (kanji or kana, any width, with or without spaces,
variant kanji folded), by phone (the whole number or a fragment such as its last 4 digits), or
by date of birth, Western or era (DESIGN §3.4).

Queries and stored names meet as keys from :func:`kiosk.registry.names.name_key`. Ranking: an exact
name or reading first, then names that start with the query, then names that contain it; among
equals, the name spelled as typed first (a query 髙橋 lists 髙橋 before 高橋), then people present
now (staff search mostly to check someone out or find them), then by reading.

The stored keys depend on the variant table (:mod:`kiosk.registry.kanji_variants`): when it changes,
:func:`refresh_name_keys` makes them again once, when the kiosk opens.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from kiosk.registry.kanji_variants import VERSION as VARIANTS_VERSION
from kiosk.registry.names import name_key, parse_birth
from kiosk.registry.people import rows_to_people
from kiosk.registry.query_kind import phone_digits, query_kind
from kiosk.registry.records import Person
from kiosk.store import Store

__all__ = ["SearchHit", "refresh_name_keys", "search"]

_STATE_ORDER = "CASE state WHEN 'in' THEN 0 WHEN 'away' THEN 1 WHEN 'registered' THEN 2 ELSE 3 END"
_KEYS_META = "name_keys_variants"


@dataclass(frozen=True)
class SearchHit:
    person: Person
    rank: int

    def __repr__(self) -> str:
        return f"SearchHit({self.person!r}, rank={self.rank})"


def search(store: Store, query: str, limit: int = 50) -> list[SearchHit]:
    """People matching ``query``, best first, searched for as what
    :func:`kiosk.registry.query_kind.query_kind` reads it as (the kind the desk is told). An
    empty or blank query finds no one."""
    query = query.strip()
    kind = query_kind(query)
    if kind == "empty":
        return []
    birth = parse_birth(query) if kind == "birth" else None
    if birth is not None:
        rows = store.query(
            f"SELECT *, 0 AS rank FROM person WHERE birth = ? ORDER BY {_STATE_ORDER}, kana_key "
            "LIMIT ?",
            (birth.isoformat(), limit),
        )
        return _hits(rows)
    digits = phone_digits(query) if kind == "phone" else None
    if digits is not None:
        rows = store.query(
            "SELECT *, CASE WHEN phone_key = :q THEN 0 WHEN instr(phone_key, :q) = 1 THEN 1 "
            "ELSE 2 END AS rank FROM person WHERE instr(phone_key, :q) > 0 "
            f"ORDER BY rank, {_STATE_ORDER}, kana_key LIMIT :limit",
            {"q": digits, "limit": limit},
        )
        return _hits(rows)
    key = name_key(query)
    if not key:
        return []
    rows = store.query(
        "SELECT *, CASE WHEN name_key = :q OR kana_key = :q THEN 0 "
        "WHEN instr(name_key, :q) = 1 OR instr(kana_key, :q) = 1 THEN 1 ELSE 2 END AS rank "
        "FROM person WHERE instr(name_key, :q) > 0 OR instr(kana_key, :q) > 0 "
        "ORDER BY rank, instr(replace(replace(name, ' ', ''), '\u3000', ''), :spelled) = 0, "
        f"{_STATE_ORDER}, kana_key, name_key LIMIT :limit",
        {"q": key, "spelled": re.sub(r"\s+", "", query), "limit": limit},
    )
    return _hits(rows)


def refresh_name_keys(store: Store) -> int:
    """Make the stored name keys (people, and the resident roster) again when they were made
    with another variant table; returns how many rows were redone (0: already current).

    Runs once after an upgrade that changed :mod:`kiosk.registry.kanji_variants`, in one
    transaction, so a search never mixes keys of two tables.
    """
    if store.get_meta(_KEYS_META) == VARIANTS_VERSION:
        return 0
    with store.atomic():
        people = [
            (name_key(r["name"]), name_key(r["kana"]), r["id"])
            for r in store.query("SELECT id, name, kana FROM person")
        ]
        store.executemany("UPDATE person SET name_key = ?, kana_key = ? WHERE id = ?", people)
        roster = []
        for r in store.query("SELECT cityos_subject, payload FROM roster_cache"):
            data = json.loads(r["payload"])
            roster.append(
                (name_key(data["name"]), name_key(data.get("kana", "")), r["cityos_subject"])
            )
        store.executemany(
            "UPDATE roster_cache SET name_key = ?, kana_key = ? WHERE cityos_subject = ?", roster
        )
        store.set_meta(_KEYS_META, VARIANTS_VERSION)
    return len(people) + len(roster)


def _hits(rows: list[Any]) -> list[SearchHit]:
    return [SearchHit(p, int(r["rank"])) for p, r in zip(rows_to_people(rows), rows, strict=True)]
