"""One desk's link to the other desks of its shelter, running beside the window or
``kiosk desk serve`` (issue #16 items 2 and 5). No Qt: plain threads.

:class:`DeskService` serves exchanges on a port (:class:`~kiosk.desks.transport.DeskServer`),
advertises the desk and looks for the others (:mod:`kiosk.desks.discovery`, optional), and
exchanges with every paired desk it has an address for: at once when this desk made a change
(it watches its outbox), and otherwise every ``every`` seconds. A desk that cannot be reached is
tried again after a growing wait (``every`` × 2ⁿ, at most :data:`MAX_BACKOFF`), so one laptop
that left does not slow the rounds with the others. Only paired desks are ever contacted;
addresses come from mDNS, the manual ``peers`` and the ones remembered in the store
(:mod:`kiosk.desks.links`), so a restart reconnects without waiting for mDNS.

Threads and connections: the server and the rounds each run on their own thread with their own
store connection (a store is owned by one thread at a time), opened by the ``open_kiosk``
factory on that thread and closed there. Whatever an exchange raises — expected or not — is
recorded as that desk's last error *kind* and logged by type only (never a message: it might
quote personal data); the service keeps serving and syncing.

:meth:`DeskService.status` returns a :class:`LinkStatus` snapshot (thread-safe, no store
access) for the window's status bar: per paired desk the last contact, the changes it lacks,
the last error kind; and ``applied``, the number of changes of other desks taken in since the
start — the window refreshes what it shows when that grows.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.core import Kiosk
from kiosk.desks.apply import ExchangeInvalid, contacts
from kiosk.desks.discovery import Discovery, Sighting
from kiosk.desks.errors import DeskError, DeskNotPaired, DeskRevoked
from kiosk.desks.links import (
    changes_behind,
    remember_address,
    remembered_address,
)
from kiosk.desks.pairing import PairedDesk, list_desks
from kiosk.desks.transport import DEFAULT_PORT, DeskServer, Exchange, ExchangeFailed, sync_with
from kiosk.operations.shelter import get_shelter

__all__ = [
    "DeskService",
    "DeskLink",
    "LinkStatus",
    "DEFAULT_PORT",
    "MAX_BACKOFF",
    "NOTICE",
]

log = logging.getLogger("kiosk.desks")

#: DEFAULT_PORT (from :mod:`kiosk.desks.transport`): the port a desk serves on by default (a
#: manual address or a pairing code names it; mDNS advertises the one actually used, which is
#: a free one when this is taken).
#: How often the rounds look at this desk's outbox for a change of its own to push (seconds).
NOTICE = 0.1
#: The longest wait before an unreachable desk is tried again (seconds).
MAX_BACKOFF = 30.0
#: Seconds one socket step of an exchange this desk starts may take: short, so a desk that
#: vanished from the network holds a round up only this long (it is then backed off).
ROUND_TIMEOUT = 5.0
#: How long :meth:`DeskService.start` waits for the server to listen.
_START_WAIT = 30.0


@dataclass(frozen=True)
class DeskLink:
    """One paired desk as the service sees it."""

    kiosk_id: str
    address: tuple[str, int] | None  # where it will be contacted (None: not known yet)
    last_contact: datetime | None  # the last completed exchange, either way (None: never)
    behind: int | None  # changes held here it has not received (None: never exchanged)
    error: str | None  # the kind of the last failure, None after a success
    failures: int  # failures in a row


@dataclass(frozen=True)
class LinkStatus:
    """A snapshot of the service for the window (no store access needed to read it)."""

    running: bool
    address: tuple[str, int] | None
    discovering: bool
    desks: tuple[DeskLink, ...]
    applied: int  # changes of other desks taken in since the start
    exchanges: int  # exchanges completed since the start, served or started
    sighted: tuple[str, ...] = ()  # desks of this shelter mDNS saw (paired or not)
    pairings: int = 0  # desks that paired with this one over the network since the start


def _error_kind(exc: BaseException) -> str:
    """A short, data-free name for a failed exchange."""
    if isinstance(exc, ExchangeFailed):
        return "unreachable"
    if isinstance(exc, (DeskNotPaired, DeskRevoked)):
        return "refused"
    if isinstance(exc, ExchangeInvalid):
        return "invalid"
    if isinstance(exc, DeskError):
        return exc.code
    return "unexpected"


class DeskService:
    """Serve, advertise, discover and sync with every paired desk until :meth:`stop`.

    ``open_kiosk`` opens a new connection to this desk's store as a :class:`Kiosk` (called once
    on the server thread and once on the rounds thread). ``listen`` is where to serve
    (``("0.0.0.0", 47123)`` on a shelter network; port 0 picks a free port); when that port is
    taken, a free one is used (discovery advertises it). ``peers`` are manual addresses, tried
    every round until an exchange there names the desk behind them.
    """

    def __init__(
        self,
        open_kiosk: Callable[[], Kiosk],
        listen: tuple[str, int] = ("127.0.0.1", 0),
        peers: Sequence[tuple[str, int]] = (),
        every: float = 2.0,
        discover: bool = False,
        timeout: float = ROUND_TIMEOUT,
    ) -> None:
        self._open = open_kiosk
        self.listen = listen
        self.every = every
        self.discover = discover
        self.timeout = timeout
        self._manual = list(peers)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._server: DeskServer | None = None
        self._discovery: Discovery | None = None
        self._threads: list[threading.Thread] = []
        self._start_error: BaseException | None = None
        # guarded by _lock
        self._links: dict[str, DeskLink] = {}
        self._sighted: dict[str, tuple[str, int]] = {}
        self._next_try: dict[str, float] = {}
        self._manual_failures: dict[str, int] = {}
        self._applied = 0
        self._exchanges = 0
        self._pairings = 0
        self._address: tuple[str, int] | None = None
        self._discovering = False
        self._dirty = True  # the snapshot's counts need reading from the store again

    # --- life cycle ------------------------------------------------------------------------

    @property
    def address(self) -> tuple[str, int] | None:
        """Where the service listens (None before :meth:`start` or after a failed one)."""
        with self._lock:
            return self._address

    def start(self) -> tuple[str, int]:
        """Start the server, discovery and the rounds; returns the address served.

        Raises:
            OSError: no port could be listened on.
            StoreError: the store could not be opened again.
        """
        server = threading.Thread(target=self._serve, name="kiosk-desk-serve", daemon=True)
        server.start()
        self._threads.append(server)
        if not self._ready.wait(_START_WAIT) or self._start_error is not None:
            self._stop.set()
            server.join(timeout=_START_WAIT)
            raise self._start_error or OSError("desk server did not start")
        rounds = threading.Thread(target=self._rounds, name="kiosk-desk-rounds", daemon=True)
        rounds.start()
        self._threads.append(rounds)
        assert self._address is not None
        return self._address

    def stop(self, timeout: float = 30.0) -> None:
        """Stop serving, advertising and syncing; returns once every thread has ended (each
        closes its own store connection). An exchange under way finishes or times out first."""
        self._stop.set()
        self._wake.set()
        if self._server is not None:
            self._server.stop()
        for thread in self._threads:
            thread.join(timeout=timeout)
        self._threads = [t for t in self._threads if t.is_alive()]
        if self._threads:
            log.error("desk service: %d thread(s) still running after stop", len(self._threads))

    def sync_soon(self) -> None:
        """Start a round now (e.g. right after a change the window made)."""
        self._wake.set()

    def status(self) -> LinkStatus:
        """The current snapshot (any thread)."""
        with self._lock:
            return LinkStatus(
                running=bool(self._threads) and not self._stop.is_set(),
                address=self._address,
                discovering=self._discovering,
                desks=tuple(self._links[k] for k in sorted(self._links)),
                applied=self._applied,
                exchanges=self._exchanges,
                sighted=tuple(sorted(self._sighted)),
                pairings=self._pairings,
            )

    # --- serving ---------------------------------------------------------------------------

    def _serve(self) -> None:
        try:
            kiosk = self._open()
        except BaseException as exc:  # noqa: BLE001 - handed to start(), which raises it
            self._start_error = exc
            self._ready.set()
            return
        try:
            try:
                server = DeskServer(
                    kiosk.ctx, *self.listen, on_exchange=self._served, on_paired=self._paired
                )
            except OSError:
                if self.listen[1] == 0:
                    raise
                log.warning("desk port %d is taken; serving on a free port", self.listen[1])
                server = DeskServer(
                    kiosk.ctx, self.listen[0], 0, on_exchange=self._served, on_paired=self._paired
                )
        except BaseException as exc:  # noqa: BLE001 - handed to start()
            kiosk.close()
            self._start_error = exc
            self._ready.set()
            return
        with self._lock:
            self._server, self._address = server, server.address
        if self._stop.is_set():  # stopped (or start gave up) while this thread was opening
            server.stop()
        if self.discover:
            self._start_discovery(kiosk, server.address)
        self._ready.set()
        try:
            server.serve_forever()
        finally:
            if self._discovery is not None:
                self._discovery.stop()
            kiosk.close()

    def _start_discovery(self, kiosk: Kiosk, address: tuple[str, int]) -> None:
        shelter_id = get_shelter(kiosk.store).id
        found = Discovery(kiosk.ctx.kiosk_id, shelter_id, address[0], address[1], self._seen)
        started = found.start()
        with self._lock:
            self._discovery = found if started else None
            self._discovering = started

    def _seen(self, sighting: Sighting) -> None:
        """mDNS saw a desk of this shelter (zeroconf's thread): note its address; the rounds
        contact it only if it is paired."""
        with self._lock:
            known = self._sighted.get(sighting.kiosk_id)
            self._sighted[sighting.kiosk_id] = (sighting.host, sighting.port)
            if known != (sighting.host, sighting.port):
                self._next_try.pop(sighting.kiosk_id, None)  # a new address: try it at once
        self._wake.set()

    def _paired(self, desk: PairedDesk) -> None:
        """A desk that scanned this desk's pairing code handed its reply over the network
        (server thread): count it (the window redraws its list of desks) and start a round."""
        with self._lock:
            self._pairings += 1
            self._dirty = True
        self._wake.set()

    def _served(self, done: Exchange) -> None:
        """After an exchange another desk started (server thread)."""
        self._note_success(done, None)

    # --- rounds ----------------------------------------------------------------------------

    def _rounds(self) -> None:
        try:
            kiosk = self._open()
        except Exception as exc:  # noqa: BLE001 - serve on; nothing to sync with
            log.error("desk rounds cannot open the store: %s", type(exc).__name__)
            return
        try:
            self._loop(kiosk)
        finally:
            kiosk.close()

    def _loop(self, kiosk: Kiosk) -> None:
        own = kiosk.ctx.kiosk_id
        made: str | None = None
        last_round = float("-inf")
        while not self._stop.is_set():
            woken = self._wake.wait(NOTICE)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                newest = self._newest_own(kiosk, own)
                due = newest != made or woken or time.monotonic() - last_round >= self.every
                if due:
                    made, last_round = newest, time.monotonic()
                    self._round(kiosk)
                if due or self._dirty:
                    self._refresh(kiosk)
            except Exception as exc:  # noqa: BLE001 - the loop must outlive any one failure
                log.error("desk round failed: %s", type(exc).__name__)
                self._stop.wait(self.every)

    @staticmethod
    def _newest_own(kiosk: Kiosk, own: str) -> str:
        """The newest stamp of this desk's own changes (one look-up on the (origin, hlc)
        index, ten times a second)."""
        row = kiosk.store.query_one(
            "SELECT coalesce(max(hlc), '') AS h FROM outbox WHERE origin = ?", (own,)
        )
        return str(row["h"]) if row else ""

    def _targets(self, kiosk: Kiosk) -> list[tuple[str | None, tuple[str, int]]]:
        """(desk, address) to exchange with this round: each paired desk with an address whose
        back-off has passed, then each manual address not yet known to be one of them."""
        store = kiosk.store
        paired = [d.kiosk_id for d in list_desks(store) if d.state == "paired"]
        now = time.monotonic()
        targets: list[tuple[str | None, tuple[str, int]]] = []
        known: set[tuple[str, int]] = set()
        with self._lock:
            sighted = dict(self._sighted)
            next_try = dict(self._next_try)
        for kiosk_id in paired:
            address = sighted.get(kiosk_id) or remembered_address(store, kiosk_id)
            if address is not None:
                known.add(address)
                if next_try.get(kiosk_id, 0.0) <= now:
                    targets.append((kiosk_id, address))
        for address in self._manual:
            if address not in known and next_try.get(_manual_key(address), 0.0) <= now:
                targets.append((None, address))
        return targets

    def _round(self, kiosk: Kiosk) -> None:
        for kiosk_id, address in self._targets(kiosk):
            if self._stop.is_set():
                return
            try:
                done = sync_with(kiosk.ctx, address, timeout=self.timeout)
            except Exception as exc:  # noqa: BLE001 - recorded by kind; the next round retries
                self._note_failure(kiosk_id or _manual_key(address), exc)
                continue
            if kiosk_id is not None and done.peer != kiosk_id:
                # the address now answers as another paired desk (addresses moved): the
                # exchange counts for that one; this one is tried again after a wait
                self._note_failure(kiosk_id, ExchangeFailed(address="-", reason="moved"))
            self._note_success(done, address)
            remember_address(kiosk.store, done.peer, address)
            if kiosk_id is None:
                with self._lock:
                    self._next_try.pop(_manual_key(address), None)
                    self._manual_failures.pop(_manual_key(address), None)

    def _note_success(self, done: Exchange, address: tuple[str, int] | None) -> None:
        with self._lock:
            link = self._links.get(done.peer) or DeskLink(done.peer, None, None, None, None, 0)
            self._links[done.peer] = replace(
                link,
                address=address or link.address,
                error=None,
                failures=0,
            )
            self._next_try.pop(done.peer, None)
            self._applied += done.received.applied
            self._exchanges += 1
            self._dirty = True

    def _note_failure(self, key: str, exc: BaseException) -> None:
        kind = _error_kind(exc)
        if kind == "unexpected":
            log.error("desk exchange failed unexpectedly: %s", type(exc).__name__)
        with self._lock:
            if key.startswith("@"):  # a manual address no desk answered at: not a desk line
                failures = self._manual_failures.get(key, 0) + 1
                self._manual_failures[key] = failures
            else:
                link = self._links.get(key) or DeskLink(key, None, None, None, None, 0)
                failures = link.failures + 1
                self._links[key] = replace(link, error=kind, failures=failures)
            wait = min(self.every * 2 ** min(failures - 1, 16), MAX_BACKOFF)
            self._next_try[key] = time.monotonic() + wait
            self._dirty = True

    def _refresh(self, kiosk: Kiosk) -> None:
        """Read last contacts and changes behind from the store into the snapshot (the rounds
        thread; what the server thread noted meanwhile is kept)."""
        store = kiosk.store
        paired = [d.kiosk_id for d in list_desks(store) if d.state == "paired"]
        seen = contacts(store)
        with self._lock:
            sighted = dict(self._sighted)
            self._dirty = False
        read = {}
        for kiosk_id in paired:
            contact = seen.get(kiosk_id)
            address = sighted.get(kiosk_id) or remembered_address(store, kiosk_id)
            last = contact.last_contact if contact else None
            # the vector each exchange wrote in its own transaction (either thread's)
            read[kiosk_id] = (address, last, changes_behind(store, kiosk_id))
        with self._lock:
            fresh: dict[str, DeskLink] = {}
            for kiosk_id, (address, last, behind) in read.items():
                link = self._links.get(kiosk_id) or DeskLink(kiosk_id, None, None, None, None, 0)
                fresh[kiosk_id] = replace(link, address=address, last_contact=last, behind=behind)
            # a desk unpaired meanwhile drops out
            self._links = fresh


def _manual_key(address: tuple[str, int]) -> str:
    return f"@{address[0]}:{address[1]}"
