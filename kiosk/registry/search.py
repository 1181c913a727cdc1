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
import unicodedata
from dataclasses import dataclass
from typing import Any

from kiosk.registry.kanji_variants import VERSION as VARIANTS_VERSION
from kiosk.registry.names import name_key, parse_birth, phone_key
from kiosk.registry.people import rows_to_people
from kiosk.registry.records import Person
from kiosk.store import Store

__all__ = ["SearchHit", "phone_query", "refresh_name_keys", "search"]

_STATE_ORDER = "CASE state WHEN 'in' THEN 0 WHEN 'away' THEN 1 WHEN 'registered' THEN 2 ELSE 3 END"
#: What a phone number is written with besides digits: spaces, hyphens and dashes of any width
#: (ー from a Japanese keyboard), brackets round the area code, a leading + and dots.
_PHONE_TEXT = re.compile(r"[\d\s\-‐‑‒–—―ー−()+.]+")
_KEYS_META = "name_keys_variants"


@dataclass(frozen=True)
class SearchHit:
    person: Person
    rank: int

    def __repr__(self) -> str:
        return f"SearchHit({self.person!r}, rank={self.rank})"


def phone_query(query: str) -> str | None:
    """The digits to look for when ``query`` is a phone number or a fragment of one
    (``(0242)12-3456``, ``5678``, ``+81 90-1234-5678`` → ``09012345678``); ``None`` for a name
    or date. At least 4 digits: fewer would match half the shelter."""
    text = unicodedata.normalize("NFKC", query).strip()
    if not _PHONE_TEXT.fullmatch(text):
        return None
    digits = phone_key(text)
    if text.startswith("+81"):  # the international form of a Japanese number: 0 for +81
        digits = "0" + digits[2:]
    return digits if len(digits) >= 4 else None


def search(store: Store, query: str, limit: int = 50) -> list[SearchHit]:
    """People matching ``query``, best first. An empty or blank query finds no one."""
    query = query.strip()
    if not query:
        return []
    birth = parse_birth(query)
    if birth is not None:
        rows = store.query(
            f"SELECT *, 0 AS rank FROM person WHERE birth = ? ORDER BY {_STATE_ORDER}, kana_key "
            "LIMIT ?",
            (birth.isoformat(), limit),
        )
        return _hits(rows)
    digits = phone_query(query)
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
