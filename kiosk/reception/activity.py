"""The desk's "recent activity" list: the last check-ins, check-outs and pickups with the
person's name, for staff eyes only (never logged, never sent)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.store import Store

__all__ = ["Activity", "recent_activity"]


@dataclass(frozen=True, repr=False)
class Activity:
    event_id: str
    person_id: str
    kind: str
    at: datetime
    name: str
    destination: str
    item: str
    quantity: int | None
    needs_support: bool

    def __repr__(self) -> str:
        return f"Activity({self.kind!r}, {self.event_id!r})"


def recent_activity(store: Store, limit: int = 30) -> list[Activity]:
    rows = store.query(
        "SELECT e.id, e.person_id, e.kind, e.at, p.name, e.destination, e.item, e.quantity, "
        "p.needs != '[]' AS support FROM stay_event e JOIN person p ON p.id = e.person_id "
        "ORDER BY e.at DESC, e.rowid DESC LIMIT ?",
        (limit,),
    )
    return [
        Activity(
            r["id"],
            r["person_id"],
            r["kind"],
            datetime.fromisoformat(r["at"]),
            r["name"],
            r["destination"],
            r["item"],
            r["quantity"],
            bool(r["support"]),
        )
        for r in rows
    ]
