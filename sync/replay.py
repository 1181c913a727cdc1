"""Replaying the outbox to the City OS, exactly once in effect (DESIGN §6).

One round is three phases, so the window can run each where it belongs (reads and writes on the
DB worker, the request on the network worker) and the command line can simply call
:meth:`Replayer.run`:

1. :func:`prepare` — the next batch of pending changes (one per record, per-record order kept,
   records blocked by a conflict skipped), mapped to entities carrying only what consent allows;
2. ``adapter.send_batch(prepared.batch())`` — one batch request through the configured
   :class:`~sync.adapters.BrokerAdapter`; a verdict per entity, never an exception for an HTTP
   status;
3. :func:`settle` — sent and conflicting changes recorded in one transaction.

A kill between 2 and 3 leaves the batch pending; it is sent again, and the adapter, which reads
the ``changeSeq`` and ``changeHlc`` the broker stores before writing (a plain broker keeps no
change ids), finds it already there and does not write it twice. With several desks the pushing
desk sends the other desks' changes too, in the order they arrived; "newer" at the broker is the
changes' HLC stamp (:func:`sync.adapters.base.holds`), so a change that took the same
``record_seq`` as a concurrent one of another desk is written when its stamp is newer and
counts as delivered (superseded) when it is older. What to do after a round without progress is
:func:`sync.retry.decide` — the one policy the window's sync and the bundle importer follow
too: retryable failures (5xx, 408/425/429, timeouts, dropped connections) back off with
jitter, honouring a bounded ``Retry-After``; 401 re-authenticates once; 403 (a gateway
refusing this client) renews the token once, then stops the replay with
``stopped_reason="forbidden"`` for the operator — never a data conflict. Other 4xx/409 become a
visible conflict that blocks later changes of the same record until an operator retries or
skips it.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from kiosk.basics.context import Context
from kiosk.city.outbox import OutboxEntry
from kiosk.city.outbox_state import BATCH_SIZE
from kiosk.operations.shelter import get_shelter
from kiosk.reception.status import present_in_shelter
from kiosk.registry.people import consents_of
from kiosk.store import Store
from sync.adapters.base import BatchResult, Entity, Outcome
from sync.anchor import push_anchor
from sync.delivery import mark, next_batch
from sync.mapping import ENTITY_TYPES, MappedEntity, consent_subject, entity_id, map_entry
from sync.retry import POLICY, Failure, Reauth, Retry, RetryPolicy, Stop, decide

__all__ = [
    "BatchSender",
    "Prepared",
    "RoundResult",
    "ReplayReport",
    "prepare",
    "map_entries",
    "settle",
    "Replayer",
]

log = logging.getLogger("sync.replay")


class BatchSender(Protocol):
    """What the replay needs of an adapter (:class:`~sync.adapters.BrokerAdapter` is one)."""

    def send_batch(self, entities: Sequence[Entity]) -> BatchResult:
        """Send one batch; a verdict per entity. Must not raise for HTTP statuses."""
        ...


@dataclass(frozen=True)
class Prepared:
    entries: tuple[OutboxEntry, ...]
    entities: tuple[MappedEntity, ...]
    #: (shelter entity id, people present now) when the batch moves people in or out: the
    #: shelter's FIWARE Building ``peopleOccupancy`` goes along, merged into the shelter.
    occupancy: tuple[str, int] | None = None

    @property
    def empty(self) -> bool:
        return not self.entries

    def batch(self) -> list[Entity]:
        """The adapter entities to send, in batch order (plus the shelter's occupancy)."""
        entities = [mapped.to_entity() for mapped in self.entities]
        if self.occupancy is None:
            return entities
        shelter, present = self.occupancy
        for n, entity in enumerate(entities):
            if entity.id == shelter:
                entities[n] = replace(entity, attrs=(*entity.attrs, ("peopleOccupancy", present)))
                return entities
        # No sequence: a plain merge of one attribute, whatever change the shelter is at.
        entities.append(Entity(shelter, ENTITY_TYPES["shelter"], (("peopleOccupancy", present),)))
        return entities


@dataclass(frozen=True)
class RoundResult:
    sent: int
    conflicts: int
    retry: int
    unauthorized: int
    forbidden: int = 0
    #: What the unanswered part of the round ended in (None: every change got a verdict).
    failure: Failure | None = None

    @property
    def progressed(self) -> bool:
        """Some change got a verdict (sent or conflict): the failure count starts again."""
        return bool(self.sent or self.conflicts)


@dataclass(frozen=True)
class ReplayReport:
    rounds: int = 0
    sent: int = 0
    conflicts: int = 0
    retries: int = 0
    finished: bool = False
    stopped_reason: str = ""
    #: The City OS holds the kiosk's current signed audit head (sync.anchor).
    anchored: bool = False


def prepare(store: Store, batch_size: int) -> Prepared:
    """Phase 1 (DB): the next batch, mapped and consent-filtered."""
    return map_entries(store, next_batch(store, batch_size))


def map_entries(store: Store, entries: list[OutboxEntry]) -> Prepared:
    """Map entries to entities with each person's current consent (read in one query)."""
    if not entries:
        return Prepared((), ())
    shelter_id = get_shelter(store).id
    subjects = {s for s in (consent_subject(e) for e in entries) if s}
    consents = consents_of(store, subjects)
    empty: frozenset[str] = frozenset()
    entities = tuple(
        map_entry(e, shelter_id, lambda pid: consents.get(pid, empty)) for e in entries
    )
    occupancy = None
    if any(e.record_type == "stay_event" or _removes_person(e) for e in entries):
        occupancy = (entity_id("shelter", shelter_id), present_in_shelter(store))
    return Prepared(tuple(entries), entities, occupancy)


def _removes_person(entry: OutboxEntry) -> bool:
    """A person removed (kiosk.registry.removal) while present leaves the shelter's occupancy
    too."""
    return entry.record_type == "person" and entry.op == "delete"


def settle(store: Store, prepared: Prepared, result: BatchResult, at: datetime) -> RoundResult:
    """Phase 3 (DB): record what the server accepted or refused, in one transaction. An entity
    the result does not mention counts as "retry" (no verdict)."""
    verdicts = {r.entity_id: r for r in result.results}
    sent, conflicts = [], []
    retry = unauthorized = forbidden = 0
    for entry, entity in zip(prepared.entries, prepared.entities, strict=True):
        verdict = verdicts.get(entity.id)
        outcome = verdict.outcome if verdict is not None else Outcome.RETRY
        if outcome is Outcome.OK:
            sent.append(entry.seq)
        elif outcome is Outcome.CONFLICT:
            reason = verdict.reason if verdict is not None else ""
            conflicts.append((entry.seq, reason or "refused by the City OS"))
        elif outcome is Outcome.UNAUTHORIZED:
            unauthorized += 1
        elif outcome is Outcome.FORBIDDEN:
            forbidden += 1
        else:
            retry += 1
    if sent or conflicts:
        mark(store, sent, conflicts, at)
    failure = result.failure
    if failure is None and retry:  # entities the answer did not mention: no answer for them
        failure = Failure.network()
    return RoundResult(len(sent), len(conflicts), retry, unauthorized, forbidden, failure)


@dataclass(frozen=True)
class Backoff:
    """The failure count of a run, carried between rounds (the window keeps one across its
    asynchronous rounds, :class:`Replayer` within its loop)."""

    failures: int = 0
    renewed: bool = False

    def next(
        self, result: RoundResult, jitter: float, policy: RetryPolicy = POLICY
    ) -> tuple[Backoff, Retry | Reauth | Stop | None]:
        """The count after ``result`` and what to do now: None — go on with the next round
        at once (progress, or nothing failed); else :func:`sync.retry.decide`'s decision."""
        if result.progressed:
            return Backoff(), None
        if result.failure is None:
            return self, None
        failures = self.failures + 1
        decision = decide(
            failures, result.failure, renewed=self.renewed, jitter=jitter, policy=policy
        )
        return Backoff(failures, self.renewed or isinstance(decision, Reauth)), decision


@dataclass
class Replayer:
    """Runs rounds until the queue is empty, the network keeps failing, or time runs out.

    ``sleep`` and ``rng`` are injectable so tests run the backoff without waiting; ``policy``
    is :data:`sync.retry.POLICY` unless a test needs another.
    """

    ctx: Context
    adapter: BatchSender
    batch_size: int = BATCH_SIZE
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)
    policy: RetryPolicy = POLICY

    def run(self, max_rounds: int = 1_000_000) -> ReplayReport:
        report = ReplayReport()
        backoff = Backoff()
        while report.rounds < max_rounds:
            prepared = prepare(self.ctx.store, self.batch_size)
            if prepared.empty:  # all delivered: anchor the audit head at the City OS
                return _replace(report, finished=True, anchored=push_anchor(self.ctx, self.adapter))
            answer = self.adapter.send_batch(prepared.batch())
            result = settle(self.ctx.store, prepared, answer, self.ctx.now())
            report = _replace(
                report,
                rounds=report.rounds + 1,
                sent=report.sent + result.sent,
                conflicts=report.conflicts + result.conflicts,
                retries=report.retries + result.retry,
            )
            backoff, decision = backoff.next(result, self.rng.random(), self.policy)
            if isinstance(decision, Stop):
                log.warning(
                    "replay stopped (%s) after %d failed attempts",
                    decision.reason,
                    backoff.failures,
                )
                return _replace(report, stopped_reason=decision.reason)
            if isinstance(decision, Retry):
                self.sleep(decision.after_s)
            # Reauth: the adapter already forgot the token; the next round logs in again.
        return report


def _replace(report: ReplayReport, **changes: object) -> ReplayReport:
    return replace(report, **changes)  # type: ignore[arg-type]
