"""The hybrid logical clock that orders the changes of every desk (issue #16).

Kulkarni et al., "Logical Physical Clocks" (OPODIS 2014), figure 5: a stamp is ``(l, c,
origin)`` — ``l`` the largest wall time (ms) seen, ``c`` a counter within one ``l``, the
origin kiosk id breaking ties — so stamps are totally ordered, stay within the clock skew of
wall time, and a change made after seeing another always sorts after it, whatever the wall
clocks say. Stamps are fixed-width text (``0001764687600000.00000003.kiosk-…``) so SQLite
orders them with a plain ``ORDER BY``.

The clock keeps no state of its own: its state is the largest stamp in the outbox (this
desk's own changes and those received), read in the same transaction that writes the new
change, so it never goes back across a restart and needs no extra write. The paper's bound
ε: a stamp from another desk more than :data:`MAX_AHEAD` ahead of this desk's wall clock is
not absorbed (one desk with its clock a year ahead must not drag every desk's clock along);
the change is still kept and ordered by its own stamp, and :func:`too_far_ahead` tells the
caller to flag it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.store import Store

__all__ = ["MAX_AHEAD", "Stamp", "parse", "format_stamp", "tick", "too_far_ahead", "wall_ms"]

#: How far ahead of this desk's wall clock another desk's stamp may be and still be absorbed.
MAX_AHEAD = timedelta(minutes=10)
_L_WIDTH = 13
_C_WIDTH = 8


@dataclass(frozen=True, order=True)
class Stamp:
    l: int  # noqa: E741 - the paper's name
    c: int
    origin: str

    def text(self) -> str:
        return format_stamp(self.l, self.c, self.origin)


def format_stamp(l: int, c: int, origin: str) -> str:  # noqa: E741
    return f"{l:0{_L_WIDTH}d}.{c:0{_C_WIDTH}d}.{origin}"


def parse(text: str) -> Stamp:
    """A stamp from its text.

    Raises:
        ValueError: not a stamp.
    """
    l_text, c_text, origin = text.split(".", 2)
    if len(l_text) != _L_WIDTH or len(c_text) != _C_WIDTH or not origin:
        raise ValueError("not an HLC stamp")
    return Stamp(int(l_text), int(c_text), origin)


def wall_ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def too_far_ahead(stamp: Stamp, now: datetime) -> bool:
    """Whether another desk's stamp is beyond :data:`MAX_AHEAD` of this desk's clock."""
    return stamp.l > wall_ms(now + MAX_AHEAD)


def _bound(now: datetime) -> str:
    """The largest stamp text a remote change may have and still be absorbed."""
    return format_stamp(wall_ms(now + MAX_AHEAD), 10**_C_WIDTH - 1, "\U0010ffff")


def tick(store: Store, origin: str, now: datetime) -> Stamp:
    """The stamp of a new local change (inside the caller's transaction).

    The clock's state is the larger of this desk's own newest stamp (always: its own stamps
    must only grow, or a peer holding a later one would never ask for the new change) and the
    newest stamp received within :data:`MAX_AHEAD` of ``now``.
    """
    row = store.query_one(
        "SELECT max(h) AS h FROM ("
        " SELECT max(hlc) AS h FROM outbox WHERE origin = ?"
        " UNION ALL SELECT max(hlc) AS h FROM outbox WHERE hlc <= ?)",
        (origin, _bound(now)),
    )
    pt = wall_ms(now)
    if row is None or row["h"] is None:
        return Stamp(pt, 0, origin)
    last = parse(row["h"])
    if pt > last.l:
        return Stamp(pt, 0, origin)
    return Stamp(last.l, last.c + 1, origin)
