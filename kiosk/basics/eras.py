"""Japanese eras (元号) for birth dates: which era covers which years, and their conversion.

Older people know their birth year as 昭和48年 rather than 1973. The birth-date input on the
evacuee screens offers the eras a living person may be born in; this table is where the kiosk
decides their first and last years. :func:`parse_era_date` is the one reader of typed era dates
(昭和25年4月1日, S25.4.1, S250401): the card form, search and ``kiosk person --birth`` all reach it
through :func:`kiosk.registry.names.parse_birth`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

__all__ = ["Era", "ERAS", "era_of", "western_year", "last_era_year", "parse_era_date"]


@dataclass(frozen=True)
class Era:
    """An era: its name, its reading in hiragana, the Western year before its year 1 (so year
    ``n`` of the era is ``offset + n``) and its first and last day."""

    name: str
    reading: str
    offset: int
    first_day: date
    last_day: date | None


#: The eras a person alive now may be born in, oldest first.
ERAS: tuple[Era, ...] = (
    Era("大正", "たいしょう", 1911, date(1912, 7, 30), date(1926, 12, 24)),
    Era("昭和", "しょうわ", 1925, date(1926, 12, 25), date(1989, 1, 7)),
    Era("平成", "へいせい", 1988, date(1989, 1, 8), date(2019, 4, 30)),
    Era("令和", "れいわ", 2018, date(2019, 5, 1), None),
)


#: 明治 too for reading typed dates (the oldest records; the card accepts births from 1890),
#: though the birth-date screen does not offer it.
_TYPED_ERAS: tuple[Era, ...] = (
    Era("明治", "めいじ", 1867, date(1868, 10, 23), date(1912, 7, 29)),
    *ERAS,
)
#: The letters staff type for an era (S48.5.3), as on Japanese forms.
ERA_LETTERS: dict[str, str] = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_ERA_DATE = re.compile(
    r"^\s*(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|\d{1,2})\s*[年.\-/]?\s*(\d{1,2})\s*[月.\-/]?"
    r"\s*(\d{1,2})\s*日?\s*$"
)


def parse_era_date(text: str) -> date | None:
    """An era date as people type it: 昭和25年4月1日, 昭和元年12月25日, S25.4.1, s25/4/1,
    S250401 (any width); ``None`` when ``text`` is not one, or names no real day or a year the
    era does not have (昭和70年)."""
    match = _ERA_DATE.match(unicodedata.normalize("NFKC", text).upper())
    if match is None:
        return None
    name = ERA_LETTERS.get(match[1], match[1])
    year = 1 if match[2] == "元" else int(match[2])
    try:
        return date(western_year(name, year), int(match[3]), int(match[4]))
    except ValueError:
        return None


def _era(name: str) -> Era:
    for era in _TYPED_ERAS:
        if era.name == name:
            return era
    raise ValueError(f"unknown era {name!r}")


def western_year(era_name: str, year: int) -> int:
    """The Western year of ``year`` of the era (昭和48 → 1973).

    Raises:
        ValueError: an unknown era, or a year outside it.
    """
    era = _era(era_name)
    last = era.last_day.year - era.offset if era.last_day else 99
    if not 1 <= year <= last:
        raise ValueError(f"{era_name} has no year {year}")
    return era.offset + year


def last_era_year(era_name: str, today: date) -> int:
    """The last year of the era (its current year for the era in use)."""
    era = _era(era_name)
    return (era.last_day or today).year - era.offset


def era_of(day: date) -> tuple[Era, int] | None:
    """The era and era year of ``day`` (1973-05-03 → 昭和, 48); ``None`` before 大正."""
    for era in reversed(ERAS):
        if day >= era.first_day:
            return era, day.year - era.offset
    return None
