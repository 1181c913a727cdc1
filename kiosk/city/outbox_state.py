"""What "pending", "undelivered" and "blocked" mean for an outbox change — defined once.

The outbox (:mod:`kiosk.city.outbox`) is append-only; whether a change reached the City OS is the
``delivery`` row beside it (:mod:`sync.delivery` writes it): none — **pending**; ``sent`` or
``skipped`` — final; ``conflict`` — refused, waiting for an operator. The core (a removal
skipping what is still queued), the sync (the next batch, the bundle, the queue counts, a
receipt, the pull) and the window's counts used to spell these out in six queries with three
meanings of "blocked"; they now all use the SQL conditions below, each on the outbox row
aliased ``o``:

- :data:`PENDING` — no delivery outcome yet;
- :data:`UNDELIVERED` — pending, or refused and waiting (``conflict``): not at the City OS;
- :data:`BLOCKED` — an *earlier* change of the same record is in conflict: the change waits for
  the operator (``kiosk sync`` says "blocking N later changes");
- :data:`WAITS_ITS_TURN` — an earlier change of the same record is not delivered yet (pending or
  blocked): the replay sends a record's changes one at a time, in order.

:data:`BATCH_SIZE` is the one number of changes per request (settings default, replay,
bundle importer).
"""

from __future__ import annotations

__all__ = ["BATCH_SIZE", "BLOCKED", "PENDING", "UNDELIVERED", "WAITS_ITS_TURN"]

#: Changes per request to the City OS: the settings' default (``sync_batch_size``), the
#: replay's and the bundle importer's. The adapters split a request further by body size.
BATCH_SIZE = 500

#: ``o`` has no delivery outcome yet.
PENDING = "NOT EXISTS (SELECT 1 FROM delivery d WHERE d.seq = o.seq)"

#: ``o`` is not at the City OS: pending, or refused and waiting for an operator.
UNDELIVERED = "NOT EXISTS (SELECT 1 FROM delivery d WHERE d.seq = o.seq AND d.status != 'conflict')"

#: An earlier change of ``o``'s record is in conflict: ``o`` waits for the operator.
BLOCKED = (
    "EXISTS (SELECT 1 FROM outbox b JOIN delivery bd ON bd.seq = b.seq "
    "WHERE b.record_type = o.record_type AND b.record_id = o.record_id "
    "AND b.seq < o.seq AND bd.status = 'conflict')"
)

#: An earlier change of ``o``'s record is not delivered yet: ``o`` is not sent before it.
WAITS_ITS_TURN = (
    "EXISTS (SELECT 1 FROM outbox e LEFT JOIN delivery ed ON ed.seq = e.seq "
    "WHERE e.record_type = o.record_type AND e.record_id = o.record_id "
    "AND e.seq < o.seq AND (ed.seq IS NULL OR ed.status = 'conflict'))"
)
