"""Wrong staff PINs: counted for the whole kiosk, locked out for longer each time, audited.

A PIN has four to twelve digits, and the pad that takes it stands in front of evacuees in
self check-in mode. So guessing must stay slow, and whoever looks at the audit log later must
see that someone tried: :data:`FREE_TRIES` wrong PINs are free, the one that reaches that count
locks every PIN out for the first of :data:`LOCKOUTS`, and each wrong PIN after a lockout (with
no right PIN in between) locks it out for the next, longer one. A right PIN ends the
escalation.

The count, the escalation step and the end of the lockout live in the store's ``meta`` table
(no new table, no migration): closing and reopening the kiosk does not reset them. Every wrong
PIN and every lockout writes an audit row naming the kiosk — never the PIN, never a guess at
whose it was. Both the sign-in page and the "leave self check-in" dialog reach this through
:func:`kiosk.access.staff.sign_in`. Time is the context's clock (tests use a fake one).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from kiosk.access import audit
from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "FREE_TRIES",
    "LOCKOUTS",
    "AccountLocked",
    "check_not_locked",
    "record_failure",
    "record_success",
    "locked_for",
]

#: Wrong PINs allowed before the first lockout.
FREE_TRIES = 5
#: The lockouts, longer each time; the last one repeats.
LOCKOUTS: tuple[timedelta, ...] = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(minutes=60),
)

_FAILURES = "pin_failures"
_STEP = "pin_lockouts"
_UNTIL = "pin_locked_until"


class AccountLocked(KioskError):
    """All PINs are refused until the lockout ends; ``minutes`` is what is left, rounded up."""

    code = "pin_locked"
    template = _N("KioskError", "Too many wrong PINs. Try again in {minutes} minutes.")

    def __init__(self, minutes: int) -> None:
        one = _N("KioskError", "Too many wrong PINs. Try again in 1 minute.")
        super().__init__(one if minutes == 1 else self.template, minutes=minutes)
        self.minutes = minutes


def locked_for(ctx: Context) -> timedelta:
    """How long PINs are still refused (zero when they are not)."""
    until = ctx.store.get_meta(_UNTIL)
    if not until:
        return timedelta(0)
    return max(datetime.fromisoformat(until) - ctx.now(), timedelta(0))


def _minutes(left: timedelta) -> int:
    return max(1, math.ceil(left.total_seconds() / 60))


def check_not_locked(ctx: Context) -> None:
    """Raises AccountLocked while a lockout lasts (before any PIN is even compared)."""
    left = locked_for(ctx)
    if left > timedelta(0):
        raise AccountLocked(_minutes(left))


def record_failure(ctx: Context) -> AccountLocked | None:
    """Count one wrong PIN (inside the caller's ``store.atomic()``); the lockout it starts, if
    it starts one. Audited: ``staff.pin_wrong``, and ``staff.pin_locked_<n>m`` for a lockout."""
    store, now = ctx.store, ctx.now()
    audit.append(store, ctx.actor, "staff.pin_wrong", "kiosk", ctx.kiosk_id, now)
    failures = int(store.get_meta(_FAILURES, "0") or 0) + 1
    step = int(store.get_meta(_STEP, "0") or 0)
    # Before the first lockout, FREE_TRIES are free; after one, every wrong PIN locks again.
    if failures < FREE_TRIES and step == 0:
        store.set_meta(_FAILURES, str(failures))
        return None
    length = LOCKOUTS[min(step, len(LOCKOUTS) - 1)]
    store.set_meta(_FAILURES, "0")
    store.set_meta(_STEP, str(step + 1))
    store.set_meta(_UNTIL, (now + length).isoformat())
    minutes = _minutes(length)
    audit.append(store, ctx.actor, f"staff.pin_locked_{minutes}m", "kiosk", ctx.kiosk_id, now)
    return AccountLocked(minutes)


def record_success(ctx: Context) -> None:
    """A right PIN: the count and the escalation start again (inside ``store.atomic()``)."""
    ctx.store.set_meta(_FAILURES, "0")
    ctx.store.set_meta(_STEP, "0")
