"""Sync from the window: the replay's three phases on the right threads, and the pull, each
store step a verb of :class:`sync.front_door.SyncDoor` (the window never holds the store).

``prepare`` and ``settle`` touch the store, so they run on the DB worker; ``send`` waits on the
network, so it runs on the network pool — a slow City OS never holds up a check-in. The runner
rounds until the queue is empty or the network fails, then reports; with automatic sync on, a
timer starts a run every minute (the network coming back is noticed at the next tick).

The pull (shelter record and opted-in roster) is fetched on the network pool and applied on the
DB worker, every ``pull_interval_minutes`` while sync is automatic, and on demand.

After a round without progress the runner follows :func:`sync.retry.decide`, the policy the
command line's push and the bundle importer follow too: it waits the delay the policy gives on
a single-shot ``QTimer`` (growing, jittered, a bounded ``Retry-After`` honoured) — never a
tight loop, never a sleep on the GUI thread — renews the token once on 401/403, or stops.

Why a run stopped is kept in :attr:`SyncRunner.last_error`: rounds that got no answer end as
:class:`~sync.errors.CityOsUnreachable`, the same error a roster refresh raises offline, so
the panel says "not reachable" in one wording for both.
"""

from __future__ import annotations

import logging
import random

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.basics.context import Context
from kiosk.city.audit_anchor import SignedHead
from kiosk.core import Kiosk
from kiosk.front_door.results import Result
from kiosk.operations.settings import Settings
from sync.adapters import BatchResult
from sync.anchor import anchor_entity
from sync.client import CityOsLink
from sync.errors import BadCredentials, CityOsForbidden, CityOsUnreachable, SyncError
from sync.front_door import PullSource, SyncDoor
from sync.pull import Pulled, PullReport, fetch
from sync.replay import Backoff, Prepared, Replayer, RoundResult
from sync.retry import Retry, Stop
from ui.ops import Workers

__all__ = ["SyncRunner"]

log = logging.getLogger("ui.sync")
AUTO_INTERVAL_MS = 60_000

#: Why a run stopped (:class:`sync.retry.Stop`), as the error the panel shows.
_STOP_ERRORS: dict[str, type[SyncError]] = {
    "unreachable": CityOsUnreachable,
    "forbidden": CityOsForbidden,  # 403 even with a fresh token (issue #14)
    "unauthorized": BadCredentials,  # 401 even with a fresh token
}


class SyncRunner(QObject):
    status_changed = Signal(object)  # QueueStatus
    finished = Signal(str)  # "" when the queue is empty, else why it stopped
    progress = Signal(int)  # changes sent so far in this run
    pulled = Signal(object)  # PullReport, or the error that stopped the pull
    roster_changed = Signal(object)  # RosterStatus
    retrying = Signal(float)  # seconds until the next round, after one without an answer

    def __init__(
        self,
        kiosk: Kiosk,
        workers: Workers,
        settings: Settings,
        *,
        backoff_scale: float = 1.0,
        rng: random.Random | None = None,
    ) -> None:
        """``backoff_scale`` multiplies every wait the policy gives (tests shrink the real
        delays, keeping their shape); ``rng`` draws the jitter."""
        super().__init__()
        self._kiosk = kiosk
        self._door = SyncDoor(kiosk)
        self._workers = workers
        self._settings = settings
        self._replayer: Replayer | None = None
        #: One token client for every push and pull of this window (renewed only when the
        #: settings behind it change).
        self._link = CityOsLink()
        self.running = False
        #: Why the last run stopped early (None: it emptied the queue, or none ran yet).
        self.last_error: BaseException | None = None
        self._sent = 0
        self._backoff = Backoff()
        self._backoff_scale = backoff_scale
        self._rng = rng or random.Random()
        #: The single-shot timer of the next round after a round without an answer.
        self.retry_timer = QTimer(self, singleShot=True)
        self.retry_timer.timeout.connect(self._round)
        self.timer = QTimer(self, interval=AUTO_INTERVAL_MS)
        self.timer.timeout.connect(self.push)
        self.pulling = False
        self.pull_timer = QTimer(self, interval=settings.pull_interval_minutes * 60_000)
        self.pull_timer.timeout.connect(self.pull)
        if settings.sync_automatic and settings.sync_configured:
            self.timer.start()
            self.pull_timer.start()
            QTimer.singleShot(0, self.pull)  # a fresh roster as soon as the window is up

    @property
    def _acting(self) -> Context:
        """Who syncs: the kiosk itself (the timer's runs and the operator's "push now" alike),
        captured when each step is submitted."""
        return self._kiosk.ctx

    def refresh(self) -> None:
        acting, door = self._acting, self._door
        self._workers.run_db(lambda: door.queue_status(acting), self.status_changed.emit)
        self._workers.run_db(lambda: door.roster_status(acting), self.roster_changed.emit)

    def push(self) -> None:
        """Start a run unless one is going (the operator's "push now", and the timer)."""
        if self.running:
            return
        self.running, self._sent, self._backoff = True, 0, Backoff()
        self.last_error = None

        acting, door, link = self._acting, self._door, self._link
        self._workers.run_db(
            lambda: door.replayer(acting, link), self._start, self._stop_with_error
        )

    def _start(self, replayer: Replayer) -> None:
        self._replayer = replayer
        self._round()

    def _round(self) -> None:
        assert self._replayer is not None
        size, acting, door = self._replayer.batch_size, self._acting, self._door
        self._workers.run_db(lambda: door.prepare(acting, size), self._send, self._stop_with_error)

    def _send(self, prepared: Prepared) -> None:
        if prepared.empty and self._replayer is not None:
            self._anchor()
            return
        if prepared.empty or self._replayer is None:
            self._finish("")
            return
        adapter = self._replayer.adapter
        self._workers.run_network(
            lambda: adapter.send_batch(prepared.batch()),
            lambda answer: self._settle(prepared, answer),
            self._stop_with_error,
        )

    def _settle(self, prepared: Prepared, answer: BatchResult) -> None:
        acting, door = self._acting, self._door
        self._workers.run_db(
            lambda: door.settle(acting, prepared, answer), self._after, self._stop_with_error
        )

    def _after(self, settled: Result[RoundResult]) -> None:
        result = settled.value
        self._sent += result.sent
        self.progress.emit(self._sent)
        assert self._replayer is not None
        self._backoff, decision = self._backoff.next(
            result, self._rng.random(), self._replayer.policy
        )
        if isinstance(decision, Stop):
            # 403 twice is an access matter for the operator, never a data conflict (#14).
            error = _STOP_ERRORS.get(decision.reason, SyncError)()
            self.last_error = error
            self._finish(error.code)
            return
        if isinstance(decision, Retry):
            delay_ms = max(1, round(decision.after_s * self._backoff_scale * 1000))
            self.retry_timer.start(delay_ms)
            self.retrying.emit(decision.after_s)
            return
        # Progress, or Reauth (the adapter already forgot the token): the next round now.
        self._round()

    def _anchor(self) -> None:
        """All delivered: the signed audit head to the City OS (sync.anchor), in three phases
        like a round. Its failure does not fail the run: the changes are delivered, and the
        next run sends the head again."""
        assert self._replayer is not None
        adapter, acting, door = self._replayer.adapter, self._acting, self._door

        def anchored(_: object) -> None:
            self._finish("")

        def failed(error: BaseException) -> None:
            log.info("audit anchor not sent (%s)", type(error).__name__)
            self._finish("")

        def send(signed: SignedHead | None) -> None:
            if signed is None:
                self._finish("")
                return
            self._workers.run_network(
                lambda: adapter.send_batch([anchor_entity(signed)]),
                lambda answer: self._workers.run_db(
                    lambda: door.settle_anchor(acting, signed, answer), anchored, failed
                ),
                failed,
            )

        self._workers.run_db(lambda: door.prepare_anchor(acting), send, failed)

    # --- pull ----------------------------------------------------------------------------

    def pull(self) -> None:
        """Fetch the shelter record and roster (network pool), then apply them (DB worker)."""
        if self.pulling:
            return
        self.pulling = True

        acting, door, link = self._acting, self._door, self._link
        self._workers.run_db(lambda: door.pull_source(acting, link), self._fetch, self._pull_failed)

    def _fetch(self, made: PullSource) -> None:
        reader, shelter_id, district = made

        def work() -> Pulled:
            try:
                return fetch(reader, shelter_id, district)
            finally:
                reader.close()  # one session per pull: no idle sockets between pulls

        self._workers.run_network(work, self._apply, self._pull_failed)

    def _apply(self, pulled: Pulled) -> None:
        acting, door = self._acting, self._door
        self._workers.run_db(
            lambda: door.apply_pull(acting, pulled), self._pulled, self._pull_failed
        )

    def _pulled(self, applied: Result[PullReport]) -> None:
        self.pulling = False
        self.pulled.emit(applied.value)
        self.refresh()

    def _pull_failed(self, error: BaseException) -> None:
        log.info("pull stopped (%s)", type(error).__name__)
        self.pulling = False
        self.pulled.emit(error)

    def _stop_with_error(self, error: BaseException) -> None:
        log.info("sync run stopped (%s)", type(error).__name__)
        self.last_error = error
        self._finish(getattr(error, "code", "error"))

    def _finish(self, why: str) -> None:
        self.running = False
        self.retry_timer.stop()
        if self._replayer is not None:  # nothing is in flight now: let its sockets go
            close = getattr(self._replayer.adapter, "close", None)
            if callable(close):
                close()
            self._replayer = None
        self.finished.emit(why)
        self.refresh()
