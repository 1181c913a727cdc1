"""The window's link to the other desks of its shelter (issue #16 item 5): runs a
:class:`kiosk.desks.service.DeskService` while the window is open, once this kiosk has a paired
desk, and shows its state.

The service has its own threads and store connections (serving, rounds, mDNS); nothing of it
runs on the GUI thread: starting it (opening a connection, binding the port) goes to the
``network`` worker, the check for paired desks to the ``db`` worker. Its state reaches the
window by polling: a QTimer reads the service's thread-safe snapshot
(:meth:`~kiosk.desks.service.DeskService.status`, no store access) once a second and emits
:attr:`DeskLinkRunner.status_changed`; when the snapshot says changes of other desks were taken
in, :attr:`DeskLinkRunner.remote_changes` fires and the window refreshes what it shows of the
shelter (counts, crowding) as after a change made here.

The service runs while the window is open, also while the desk is locked: the other desks
still need this desk's changes and this desk theirs, and nothing of it is on screen. It is
stopped when the application quits (every thread joined, each connection closed on its own
thread) — before the store is closed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.core import Kiosk
from kiosk.desks.service import DEFAULT_PORT, DeskService, LinkStatus
from ui.ops import Workers

__all__ = ["DeskLinkRunner", "install_desk_link", "POLL_MS", "PAIRED_CHECK_MS"]

log = logging.getLogger("ui.desks")

#: How often the window reads the service's snapshot (a lock and a tuple: cheap), so a
#: change another desk made shows here within about this after it arrived.
POLL_MS = 250
#: The desk lines are redrawn when the snapshot changed, and at least this often (their ages).
REDRAW_MS = 10_000
#: How often a kiosk with no paired desk looks again (a desk paired meanwhile, e.g. from the
#: manager's settings, starts the service within this).
PAIRED_CHECK_MS = 10_000


class DeskLinkRunner(QObject):
    """Signals: ``status_changed(LinkStatus)`` after each poll while the service runs;
    ``remote_changes()`` when changes of other desks were taken in since the last poll;
    ``desks_paired()`` when another desk paired with this one over the network."""

    status_changed = Signal(object)
    remote_changes = Signal()
    #: Another desk paired with this one over the network (it scanned this desk's code).
    desks_paired = Signal()

    def __init__(
        self,
        kiosk: Kiosk,
        workers: Workers,
        listen: tuple[str, int] = ("0.0.0.0", DEFAULT_PORT),
        peers: Sequence[tuple[str, int]] = (),
        discover: bool = True,
        every: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._workers = workers
        self.listen = listen
        self.peers = list(peers)
        self.discover = discover
        self.every = every
        self.service: DeskService | None = None
        self.last: LinkStatus | None = None
        self._applied_seen = 0
        self._pairings_seen = 0
        self._drawn = 0.0  # when status_changed was last emitted (monotonic seconds)
        self._checking = False
        self._stopped = False
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self._poll)
        self.paired_check = QTimer(self, interval=PAIRED_CHECK_MS)
        self.paired_check.timeout.connect(self.start_if_paired)

    def start_if_paired(self) -> None:
        """Start the service when this kiosk has a paired desk (looked up on the DB thread)."""
        if self.service is not None or self._checking or self._stopped:
            return
        self._checking = True
        ctx, kiosk = self._kiosk.ctx, self._kiosk
        self._workers.run_db(
            lambda: kiosk.has_paired_desks(ctx),
            self._paired,
            self._check_failed,
        )
        if not self.paired_check.isActive():
            self.paired_check.start()

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False  # ui.ops logged anything unexpected; the timer tries again

    def desks_changed(self) -> None:
        """This kiosk showed a pairing code or paired with a desk (in the window): start the
        service now — with no desk paired yet it serves the reply the other desk hands over —
        or, when it runs, exchange at once."""
        if self.service is not None:
            self.service.sync_soon()
        else:
            self._paired(True)

    def _paired(self, paired: bool) -> None:
        self._checking = False
        if not paired or self.service is not None or self._stopped:
            return
        self.paired_check.stop()
        kiosk = self._kiosk
        service = DeskService(
            # runs on the service's own threads: a new connection each, never the DB thread's
            lambda: kiosk.second_connection("desk"),
            listen=self.listen,
            peers=self.peers,
            every=self.every,
            discover=self.discover,
        )
        self.service = service
        self._workers.run_network(service.start, self._started, self._failed)

    def _started(self, address: Any) -> None:
        log.info("desk link serving on port %s", address[1])
        if self._stopped:
            return
        self.poll.start()
        self._poll()

    def _failed(self, error: BaseException) -> None:
        # e.g. no port could be bound: logged by kind; the next check tries again
        log.warning("desk link did not start: %s", type(error).__name__)
        self.service = None
        if not self._stopped:
            self.paired_check.start()

    def _poll(self) -> None:
        service = self.service
        if service is None:
            return
        status = service.status()
        now = time.monotonic()
        if status != self.last or now - self._drawn >= REDRAW_MS / 1000:
            self.last, self._drawn = status, now
            self.status_changed.emit(status)
        if status.applied > self._applied_seen:
            self._applied_seen = status.applied
            self.remote_changes.emit()
        if status.pairings > self._pairings_seen:
            self._pairings_seen = status.pairings
            self.desks_paired.emit()

    def sync_soon(self) -> None:
        """Exchange with the other desks now (after a change made here)."""
        if self.service is not None:
            self.service.sync_soon()

    def stop(self) -> None:
        """Stop the service and wait for its threads (idempotent; GUI thread, at quit)."""
        self._stopped = True
        self.poll.stop()
        self.paired_check.stop()
        service, self.service = self.service, None
        if service is not None:
            service.stop()


def install_desk_link(
    window: Any,
    kiosk: Kiosk,
    workers: Workers,
    listen: tuple[str, int] = ("0.0.0.0", DEFAULT_PORT),
    peers: Sequence[tuple[str, int]] = (),
    discover: bool = True,
    every: float = 2.0,
) -> DeskLinkRunner:
    """The desk link for a built :class:`ui.main_window.MainWindow`: the runner (started once a
    desk is paired), one status-bar line per paired desk (:class:`ui.widgets.desk_links.
    DeskLinks`), the shelter's counts refreshed when other desks' changes arrive, and a stop
    at quit. Returns the runner (also ``window.desk_link``)."""
    from ui.widgets.desk_links import DeskLinks

    runner = DeskLinkRunner(kiosk, workers, listen, peers, discover, every, parent=window)
    window.desk_link = runner
    window.desk_links = DeskLinks(kiosk.ctx.clock, every)
    window.statusBar().insertPermanentWidget(0, window.desk_links)
    runner.status_changed.connect(window.desk_links.show_status)
    runner.remote_changes.connect(window.kiosk_actions.remote_changes_applied)
    runner.desks_paired.connect(window.kiosk_actions.desk_paired_remotely)
    window.kiosk_actions.desks_changed.connect(runner.desks_changed)
    window.kiosk_actions.desk_port = listen[1] or DEFAULT_PORT

    def note_port(status: LinkStatus) -> None:  # the port actually served (a free one if
        if status.address is not None:  # the default was taken) goes into the next code
            window.kiosk_actions.desk_port = status.address[1]

    runner.status_changed.connect(note_port)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(runner.stop)
    runner.start_if_paired()
    return runner
