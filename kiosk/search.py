"""Finding people at the desk: by name (kanji or kana, any width, with or without spaces,
variant kanji folded), by phone, or by date of birth (DESIGN §3.4).

Queries and stored names meet as keys from :func:`kiosk.names.name_key`. Ranking: an exact name
or reading first, then names that start with the query, then names that contain it; among
equals, people present now first (staff search mostly to check someone out or find them), then
by reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.names import name_key, parse_birth, phone_key
from kiosk.people import rows_to_people
from kiosk.records import Person
from kiosk.store import Store

__all__ = ["SearchHit", "search"]

_STATE_ORDER = "CASE state WHEN 'in' THEN 0 WHEN 'away' THEN 1 WHEN 'registered' THEN 2 ELSE 3 END"


@dataclass(frozen=True)
class SearchHit:
    person: Person
    rank: int

    def __repr__(self) -> str:
        return f"SearchHit({self.person!r}, rank={self.rank})"


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
    digits = phone_key(query)
    if len(digits) >= 4 and len(digits) >= len(query.replace("-", "").replace(" ", "")) - 1:
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
        f"ORDER BY rank, {_STATE_ORDER}, kana_key, name_key LIMIT :limit",
        {"q": key, "limit": limit},
    )
    return _hits(rows)


def _hits(rows: list[Any]) -> list[SearchHit]:
    return [SearchHit(p, int(r["rank"])) for p, r in zip(rows_to_people(rows), rows, strict=True)]
