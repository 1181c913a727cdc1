"""Japanese eras (元号) for birth dates: which era covers which years, and their conversion.

Older people know their birth year as 昭和48年 rather than 1973. The birth-date input on the
evacuee screens offers the eras a living person may be born in; this table is where the kiosk
decides their first and last years. (The desk's typed-date parser in
``ui/screens/card_widgets.py`` holds the same start years for typed text.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["Era", "ERAS", "era_of", "western_year", "last_era_year"]


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


def _era(name: str) -> Era:
    for era in ERAS:
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
