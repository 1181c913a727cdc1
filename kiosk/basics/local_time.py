"""The shelter's calendar: its time zone, what "today" is there, and a person's age.

The store keeps aware UTC times; a day, an age or a "today" is always the shelter's local day
(Asia/Tokyo unless the settings name another zone). Every service reaches it through
:class:`kiosk.basics.context.Context` (``ctx.today()``, ``ctx.local_now()``) or, given a bare time,
through :func:`local_date` here — never ``now.date()`` on a UTC time, which is yesterday
between 00:00 and 09:00 in Japan.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["DEFAULT_TIME_ZONE", "age_on", "local_date", "local_time", "time_zone"]

#: Japan has one time zone and no daylight saving (DESIGN §1: the kiosk serves Japanese cities).
DEFAULT_TIME_ZONE = "Asia/Tokyo"


@lru_cache(maxsize=8)
def time_zone(name: str = DEFAULT_TIME_ZONE) -> ZoneInfo:
    """The IANA zone ``name`` (Asia/Tokyo).

    Raises:
        ValueError: ``name`` is not a time zone this machine's tz database knows.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        # ValueError covers malformed keys such as "../x" or an empty name.
        raise ValueError(f"unknown time zone {name!r}") from exc


def local_time(at: datetime, zone: str = DEFAULT_TIME_ZONE) -> datetime:
    """The aware time ``at`` on the shelter's clock (2026-12-02 16:00 UTC → 12-03 01:00 JST),
    whatever zone the computer is set to: what a screen or a slip shows."""
    return at.astimezone(time_zone(zone))


def local_date(at: datetime, zone: str = DEFAULT_TIME_ZONE) -> date:
    """The shelter's calendar day at the aware time ``at`` (2026-12-02 16:00 UTC → 12-03)."""
    return local_time(at, zone).date()


def age_on(birth: date | None, day: date) -> int | None:
    """Completed years on ``day``; ``None`` without a birth date.

    Someone born on 29 February turns a year older on 1 March of common years (the same rule
    :func:`kiosk.operations.supplies.age_cutoff` turns into SQL).
    """
    if birth is None:
        return None
    return day.year - birth.year - int((day.month, day.day) < (birth.month, birth.day))
