"""Sync's front door: the verbs the window's sync runner and operator panel (and the command
line) call, built on a :class:`kiosk.core.Kiosk` — the core never imports sync, so these
live here.

Like the core's verbs (:mod:`kiosk.core`), each takes the ACTING context captured when the
work was submitted, checks the role in the core (``sync``: operator, manager, admin — the
window's automatic sync acts as the kiosk itself, ``kiosk.ctx``), runs its store work in its
own transaction, and returns the service's frozen value or a
:class:`~kiosk.front_door.results.Result` saying what changed. The network half of a round
(``adapter.send_batch``) is not a verb: it touches no store and runs on the network pool
between :meth:`SyncDoor.prepare` and :meth:`SyncDoor.settle`.
"""

from __future__ import annotations

from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.city.audit_anchor import SignedHead
from kiosk.core import Kiosk
from kiosk.front_door.base import write
from kiosk.front_door.results import Changes, Result
from kiosk.operations.settings import load_settings
from kiosk.operations.shelter import get_shelter
from kiosk.registry.roster_cache import RosterStatus, roster_status
from sync import anchor, bundle, delivery, pull, replay
from sync.adapters import BatchResult
from sync.client import CityOsLink, reader_for, replayer_for
from sync.kiosk_key import kiosk_key_file

__all__ = ["PullSource", "SyncDoor"]

_QUEUE = Changes(outbox=True)

#: What a pull needs on the network pool: the reader, the shelter id and the roster district.
PullSource = tuple[pull.CityOsReader, str, str]


class SyncDoor:
    """The sync verbs of one open kiosk."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk

    # --- what is queued (reads) ----------------------------------------------------------

    def queue_status(self, acting: Context) -> delivery.QueueStatus:
        return delivery.queue_status(acting.store)

    def roster_status(self, acting: Context) -> RosterStatus:
        return roster_status(acting.store)

    def conflicts(self, acting: Context) -> tuple[delivery.Conflict, ...]:
        """What the City OS refused, with its reason, oldest first."""
        return tuple(delivery.conflicts(acting.store))

    # --- conflicts (writes, audited) -----------------------------------------------------

    def retry_conflict(self, acting: Context, seq: int) -> Result[None]:
        """Send a refused change again. Raises PermissionDenied, NotFound."""
        return write(
            acting, "sync", lambda: delivery.retry_conflict(acting, seq), lambda _n: _QUEUE
        )

    def skip_conflict(self, acting: Context, seq: int) -> Result[None]:
        """Give up on a refused change. Raises PermissionDenied, NotFound."""
        return write(acting, "sync", lambda: delivery.skip_conflict(acting, seq), lambda _n: _QUEUE)

    # --- sealed bundle and receipt (no network) ------------------------------------------

    def import_keys(self, acting: Context, data: bytes) -> Result[None]:
        """Store the City OS's public key file (what sealing needs). Raises
        PermissionDenied, BundleError (not the City OS's key set)."""
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = ""  # refused by set_cityos_keys as not a key set
        return write(
            acting, "sync", lambda: bundle.set_cityos_keys(acting, text), lambda _n: Changes()
        )

    def seal_bundle(self, acting: Context) -> bundle.SealedBundle:
        """Every pending change, signed and encrypted to the City OS (the outbox is not
        changed). Raises PermissionDenied, NoCityOsKeys, BundleError."""
        require_role(acting, "sync")
        return bundle.seal_bundle(acting)

    def record_export(self, acting: Context, bundle_id: str) -> Result[None]:
        """Audit a bundle that reached its medium. Raises PermissionDenied."""
        return write(
            acting,
            "sync",
            lambda: bundle.record_export(acting, bundle_id),
            lambda _n: Changes(),
        )

    def import_receipt(self, acting: Context, data: bytes) -> Result[int]:
        """Mark what a City OS receipt names delivered; the value is how many were newly
        marked. Raises PermissionDenied, BundleError."""
        return write(
            acting,
            "sync",
            lambda: bundle.import_receipt(acting, data),
            lambda marked: Changes(outbox=bool(marked)),
        )

    # --- one push: prepare (DB), send (network, not here), settle (DB) -------------------

    def replayer(self, acting: Context, link: CityOsLink) -> replay.Replayer:
        """A replayer for the configured City OS sharing ``link``'s token client. Raises
        PermissionDenied, NotConfigured, InsecureTransport."""
        require_role(acting, "sync")
        return replayer_for(acting, load_settings(acting.store), link)

    def prepare(self, acting: Context, batch_size: int) -> replay.Prepared:
        """The next batch, mapped and consent-filtered. Raises PermissionDenied."""
        require_role(acting, "sync")
        return replay.prepare(acting.store, batch_size)

    def settle(
        self, acting: Context, prepared: replay.Prepared, answer: BatchResult
    ) -> Result[replay.RoundResult]:
        """Record the City OS's answer to a batch, in one transaction."""
        now = acting.now()
        return write(
            acting,
            "sync",
            lambda: replay.settle(acting.store, prepared, answer, now),
            lambda r: Changes(outbox=bool(r.sent or r.conflicts)),
        )

    def prepare_anchor(self, acting: Context) -> SignedHead | None:
        """The signed audit head to send, or None when the City OS holds it already."""
        require_role(acting, "sync")
        return anchor.prepare_anchor(acting)

    def settle_anchor(
        self, acting: Context, signed: SignedHead, answer: BatchResult
    ) -> Result[bool]:
        """Record the head as acknowledged when the broker took it; the value says whether."""
        return write(
            acting,
            "sync",
            lambda: anchor.settle_anchor(acting.store, signed, answer),
            lambda _taken: Changes(),
        )

    # --- the pull: source (DB), fetch (network, not here), apply (DB) --------------------

    def kiosk_key(self, acting: Context) -> bytes:
        """The kiosk's public key file (JWK) for the City OS (:mod:`sync.kiosk_key`). Public:
        no role, as before."""
        return kiosk_key_file(acting.store)

    def pull_source(self, acting: Context, link: CityOsLink) -> PullSource:
        """The reader for the configured City OS, the shelter id and the roster district.
        Raises PermissionDenied, NotConfigured, InsecureTransport."""
        require_role(acting, "sync")
        settings = load_settings(acting.store)
        reader = reader_for(acting, settings, link)
        return reader, get_shelter(acting.store).id, settings.roster_district

    def apply_pull(self, acting: Context, pulled: pull.Pulled) -> Result[pull.PullReport]:
        """Take over the city's shelter fields and the roster, in one transaction."""
        now = acting.now()
        return write(
            acting,
            "sync",
            lambda: pull.apply(acting, pulled, now),
            lambda report: Changes(shelter=report.shelter_updated),
        )
