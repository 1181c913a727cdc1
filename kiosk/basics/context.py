"""What every domain service needs besides its arguments: the store, who acts, which kiosk,
and the clock — passed in, never fetched from a global (STYLE.md, house convention 2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from kiosk.access import audit
from kiosk.basics.local_time import DEFAULT_TIME_ZONE, local_date, time_zone
from kiosk.city import outbox
from kiosk.store import Store

__all__ = ["Context", "utc_now"]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Context:
    store: Store
    kiosk_id: str
    actor: str = "system"
    clock: Callable[[], datetime] = field(default=utc_now)
    #: The acting role: staff, operator, manager, or admin (holds the store passphrase).
    role: str = "admin"
    #: The shelter's IANA time zone: what "today" and an age mean (kiosk.basics.local_time).
    zone: str = DEFAULT_TIME_ZONE

    def now(self) -> datetime:
        return self.clock()

    def local_now(self) -> datetime:
        """The clock's time in the shelter's time zone."""
        return self.now().astimezone(time_zone(self.zone))

    def today(self) -> date:
        """The shelter's calendar day now (not the UTC day: 01:00 in Japan is still UTC's
        yesterday)."""
        return local_date(self.now(), self.zone)

    def acting_as(self, actor: str, role: str) -> Context:
        """The same kiosk, acting as a signed-in staff member."""
        return replace(self, actor=actor, role=role)

    def log_change(
        self,
        record_type: str,
        record_id: str,
        op: str,
        payload: dict[str, Any],
        action: str,
        at: datetime | None = None,
    ) -> str:
        """Write the outbox entry and the audit row of one change (inside ``store.atomic()``).

        The entry is stamped with this kiosk as its origin and the desks' clock (issue #16),
        read from ``self.now()`` so a skewed clock is the one the stamp sees.
        """
        at = at or self.now()
        change_id = outbox.record_change(
            self.store, record_type, record_id, op, payload, at, origin=self.kiosk_id
        )
        audit.append(self.store, self.actor, action, record_type, record_id, at)
        return change_id
