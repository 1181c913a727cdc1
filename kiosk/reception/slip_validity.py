"""When a kiosk slip stops counting: with the shelter's opening period, or after a set lifetime.

A slip is a bearer token: whoever holds it is checked in as the person it is linked to. A slip
kept from an earlier disaster or drill must not check anybody in when the shelter opens again,
so every slip (format version 2) carries its signed issue time and this module compares it
with the start of the shelter's current opening and, if the manager set one, a lifetime in days.

Clocks are not trusted blindly (a laptop whose clock was set back must not refuse good slips):

* a slip is stamped no earlier than the opening it was issued in (:func:`slip_stamp`), so a
  clock set back after opening never dates a new slip into the previous period;
* a slip up to :data:`GRACE` older than the opening still counts, which covers another desk of
  the same shelter opened a little later, or clocks a few hours apart;
* a slip dated in the future is never "too old".

Version-1 slips carry no time. They count until the shelter's next opening recorded by this
version of the kiosk; a paper blank card counts from the moment it was entered.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.basics.local_time import DEFAULT_TIME_ZONE, local_date
from kiosk.identity.errors import SlipFromEarlierOpening, SlipTooOld
from kiosk.identity.slip import Slip
from kiosk.store import Store

__all__ = [
    "GRACE",
    "opening_started",
    "record_opening",
    "slip_stamp",
    "check_slip_current",
]

#: Meta key holding the ISO time at which the shelter's current opening began.
OPENING_META = "opening_started_at"
#: A slip printed up to this long before the current opening still counts.
GRACE = timedelta(hours=24)


def opening_started(store: Store) -> datetime | None:
    """When the shelter's current opening began, or None when no opening was recorded (a store
    made before slips expired, not reopened since)."""
    text = store.get_meta(OPENING_META)
    return datetime.fromisoformat(text) if text else None


def record_opening(store: Store, at: datetime) -> None:
    """Note that an opening of the shelter began ``at``: slips from before it stop counting.

    Call inside the transaction that opens the shelter (closed → open) or creates it.
    """
    store.set_meta(OPENING_META, at.astimezone(UTC).isoformat())


def slip_stamp(store: Store, now: datetime) -> datetime:
    """The issue time to sign into a new slip: now, but never before the current opening (a
    clock set back after opening must not print slips the next scan calls expired)."""
    started = opening_started(store)
    return max(now, started) if started is not None else now


def check_slip_current(
    store: Store,
    slip: Slip,
    now: datetime,
    lifetime_days: int = 0,
    entered_at: datetime | None = None,
    zone: str = DEFAULT_TIME_ZONE,
) -> None:
    """Refuse a verified slip that no longer counts.

    ``entered_at`` is when the pre-printed paper card with this slip was entered (it counts
    from then, however long ago the card was printed). ``lifetime_days`` 0 means slips last
    for the whole opening. The refusal names the day the slip was printed on the shelter's
    calendar (``zone``, the settings' ``time_zone``), the day written on the slip.

    Raises:
        SlipFromEarlierOpening: issued (or entered) before the current opening, beyond GRACE.
        SlipTooOld: issued (or entered) more than ``lifetime_days`` ago.
    """
    times = [t for t in (slip.issued_at, entered_at) if t is not None]
    valid_from = max(times) if times else None
    started = opening_started(store)
    if started is not None and (valid_from is None or valid_from < started - GRACE):
        printed = local_date(valid_from, zone).isoformat() if valid_from is not None else "?"
        raise SlipFromEarlierOpening(issued=printed)
    if lifetime_days > 0 and valid_from is not None:
        if now - valid_from > timedelta(days=lifetime_days):
            raise SlipTooOld(issued=local_date(valid_from, zone).isoformat(), days=lifetime_days)
