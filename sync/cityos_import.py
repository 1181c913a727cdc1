"""The City OS side of a sealed bundle: open it, apply its changes to the broker, write a receipt.

A city operator runs this (``kiosk-cityos-import`` or ``python -m sync.cityos_import``) on a
machine that holds the City OS private keys and reaches the context broker. It never touches a
kiosk store:

1. :func:`~sync.bundle.open_bundle` decrypts with the City OS ``enc`` key and checks the kiosk
   signature against the kiosk public keys the city trusts;
2. :func:`apply_bundle` reads, in one query, the ``changeSeq`` and ``changeHlc`` the broker
   holds for every entity
   the bundle touches (a plain broker keeps no change ids), and sends through the same adapters
   the online replay uses (:func:`sync.adapters.make_adapter`), as the same entities, only the
   newest change of each entity that the broker does not already hold in that or a newer
   version, deleting withdrawn attributes first and removed entities as a whole. So importing
   a bundle twice, a bundle whose changes were partly or wholly replayed online, or two
   bundles in the wrong order never takes an entity back to an older state — nor brings back
   an entity removed since (the kiosk's ``KioskAnchor`` read in the same query says the bundle
   is older; docs/sealed-bundle.md);
3. :func:`write_receipt` writes the City OS-signed receipt atomically; the kiosk imports it with
   ``kiosk sync import-receipt`` and marks those changes delivered.

Errors are :class:`~kiosk.basics.errors.KioskError` s with one-line messages that carry no personal
data (the bundle's contents are never printed or logged).
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jwcrypto import jwk
from jwcrypto.common import JWException

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.output_files import write_output
from kiosk.city.outbox_state import BATCH_SIZE
from sync.adapters import PLATFORMS, BrokerAdapter, Outcome, make_adapter
from sync.adapters.base import SEQ_ATTRIBUTE, BatchResult, Entity, holds
from sync.anchor import bundle_anchor_entity
from sync.auth import OidcClientCredentials
from sync.bundle import BundleChange, BundleContents, make_receipt, open_bundle
from sync.retry import POLICY, Failure, Reauth, Retry, RetryPolicy, decide

__all__ = [
    "CityOsKeys",
    "ImportReport",
    "ImportStopped",
    "KeyFileError",
    "load_cityos_keys",
    "load_kiosk_keys",
    "batches",
    "apply_bundle",
    "write_receipt",
    "main",
]

log = logging.getLogger("sync.cityos_import")


class KeyFileError(KioskError):
    code = "cityos_key_file"
    template = _N("KioskError", "The key file {path} cannot be used: {why}.")


class ImportStopped(KioskError):
    """The broker could not be reached or refused this client: nothing more was sent, no receipt
    was written; running the import again is safe."""

    code = "cityos_import_stopped"
    template = _N(
        "KioskError",
        "The import stopped: {why}. No receipt was written; running it again is safe.",
    )


@dataclass(frozen=True, repr=False)
class CityOsKeys:
    """The City OS private keys: ``enc`` opens bundles, ``sig`` signs receipts."""

    enc: jwk.JWK
    sig: jwk.JWK

    def __repr__(self) -> str:
        return f"CityOsKeys(enc={self.enc.get('kid')!r}, sig={self.sig.get('kid')!r})"


@dataclass(frozen=True)
class ImportReport:
    """What one import did. ``held`` are the change ids the broker now holds (newly applied or
    already applied before); ``refused`` maps a change id to the broker's reason (or to why it
    waited behind a refused change of the same entity)."""

    bundle_id: str
    kiosk_id: str
    changes: int
    held: tuple[str, ...]
    refused: tuple[tuple[str, str], ...]
    requests: int
    #: The broker stored the bundle's audit anchor (the receipt then acknowledges it).
    anchored: bool = False
    #: Changes not written because the bundle is older than what the broker holds of its
    #: kiosk and their entity is gone from the broker (removed since): neither held nor
    #: refused, so the receipt does not name them.
    superseded: tuple[str, ...] = ()


def _read(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(path=str(path), why="it cannot be read") from exc


def load_cityos_keys(path: Path) -> CityOsKeys:
    """The City OS private keys from a JWKS file with one private ``use: enc`` key and one private
    ``use: sig`` key (the pair whose public half the kiosk imported with
    ``kiosk sync cityos-keys``).

    Raises:
        KeyFileError: the file is unreadable, not a JWKS, or lacks a private key for either use.
    """
    try:
        keys = jwk.JWKSet.from_json(_read(path))["keys"]
    except (JWException, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(path=str(path), why="it is not a JSON Web Key Set") from exc
    found = {k.get("use"): k for k in keys if k.has_private}
    if "enc" not in found or "sig" not in found:
        raise KeyFileError(path=str(path), why="it needs one private 'enc' and one 'sig' key")
    return CityOsKeys(found["enc"], found["sig"])


def load_kiosk_keys(path: Path) -> jwk.JWKSet:
    """The trusted kiosks' public signing keys (a JWKS; each ``kid`` is a kiosk id).

    Raises:
        KeyFileError: the file is unreadable or not a JWKS of public keys.
    """
    try:
        keys = jwk.JWKSet.from_json(_read(path))
        private = any(k.has_private for k in keys["keys"])
    except (JWException, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(path=str(path), why="it is not a JSON Web Key Set") from exc
    if private:
        raise KeyFileError(path=str(path), why="it holds a private key; give public keys only")
    return keys


def batches(
    changes: Sequence[BundleChange], size: int = BATCH_SIZE
) -> Iterator[list[BundleChange]]:
    """Consecutive slices of ``changes`` holding at most ``size`` changes and at most one change
    per entity: sent one after another they keep the bundle's global order."""
    batch: list[BundleChange] = []
    ids: set[str] = set()
    for change in changes:
        if len(batch) >= size or change.entity.id in ids:
            yield batch
            batch, ids = [], set()
        batch.append(change)
        ids.add(change.entity.id)
    if batch:
        yield batch


@dataclass
class _Progress:
    held: list[str]
    refused: dict[str, str]
    blocked: set[str]
    requests: int = 0
    superseded: set[str] = field(default_factory=set)


@dataclass
class _Attempts:
    """The failure count of one request being retried, and the one policy
    (:func:`sync.retry.decide`, as the kiosk's own push follows)."""

    policy: RetryPolicy
    sleep: Callable[[float], None]
    rng: random.Random
    failures: int = 0
    renewed: bool = False

    def progressed(self) -> None:
        self.failures, self.renewed = 0, False

    def failed(self, failure: Failure, adapter: BrokerAdapter) -> None:
        """Wait, or renew the token, before the next try.

        Raises:
            ImportStopped: the policy says stop.
        """
        self.failures += 1
        decision = decide(
            self.failures,
            failure,
            renewed=self.renewed,
            jitter=self.rng.random(),
            policy=self.policy,
        )
        if isinstance(decision, Reauth):
            adapter.auth.invalidate()
            self.renewed = True
        elif isinstance(decision, Retry):
            self.sleep(decision.after_s)
        else:
            log.info("bundle import stopped (%s) after %d tries", decision.reason, self.failures)
            raise ImportStopped(why=_STOPPED.get(decision.reason, "the broker did not answer"))


def apply_bundle(
    contents: BundleContents,
    adapter: BrokerAdapter,
    *,
    batch_size: int = BATCH_SIZE,
    max_attempts: int = POLICY.max_attempts,
    sleep: Callable[[float], None] = time.sleep,
    rng: random.Random | None = None,
) -> ImportReport:
    """Bring the broker to the newest state the bundle knows, never back to an older one.

    A plain broker keeps no change ids, so the import first reads, in one query (one per 1000
    entities, the broker's page limit), the ``changeSeq`` and ``changeHlc`` each touched
    entity holds. A change the broker holds, or holds something newer than
    (:func:`sync.adapters.base.holds`: by HLC stamp where both have one, else by sequence), is
    not sent (it is *held*); of the rest, only the newest change of each entity (by the same
    order: a bundle from a desk of several carries other desks' changes in the order they
    arrived, not in HLC order) is sent — each change carries the record's whole
    state — and the older ones are held once it is. Withdrawn attributes are deleted (the
    adapter, before the write). So importing twice, importing after the online replay, or
    importing two bundles in the wrong order all end in the newest state.

    A change the broker refuses (4xx) is reported in ``refused`` with the older changes of its
    entity. What happens after a request without a verdict is :func:`sync.retry.decide`, the
    kiosk's own policy: 5xx, 408/425/429, timeouts and dropped connections are retried with
    backoff (reading the stored state again, honouring a bounded ``Retry-After``); a 401
    re-authenticates once, and so does a 403 (a gateway refusing this client).

    Raises:
        ImportStopped: the broker gave no verdict ``max_attempts`` times in a row, or refused
            this client's credentials (401) or access (403) twice.
    """
    policy = RetryPolicy(max_attempts, POLICY.base_delay_s, POLICY.max_delay_s)
    attempts = _Attempts(policy, sleep, rng or random.Random())
    progress = _Progress([], {}, set())
    newest: dict[str, BundleChange] = {}
    for change in contents.changes:
        before = newest.get(change.entity.id)
        if before is None or not _older(change, before):
            newest[change.entity.id] = change
    entities = [change.entity.to_entity() for change in newest.values()]
    anchor = bundle_anchor_entity(contents.anchor) if contents.anchor is not None else None
    stored: dict[str, dict[str, Any]] | None = None
    if entities or anchor is not None:
        # The kiosk's anchor is read in the same query: how far this kiosk had already
        # reached the broker (online or by a later bundle) tells whether this bundle is older.
        read = [*entities, Entity(anchor.id, anchor.type)] if anchor is not None else entities
        stored = _read_stored(adapter, read, progress, attempts)
    older = anchor is not None and _superseded(contents, (stored or {}).get(anchor.id, {}))
    held_state = {i: (stored or {}).get(i, {}) for i in newest}
    todo, superseded = [], []
    for change in newest.values():
        if holds(held_state[change.entity.id], change.record_seq, change.hlc or None):
            continue
        if older and change.entity.id not in (stored or {}) and not change.entity.remove:
            # Gone from the broker although a newer state of this kiosk reached it: removed
            # since (a person erased). Writing this older change would bring them back.
            superseded.append(change)
            continue
        todo.append(change)
    for batch in batches(todo, batch_size):
        _send(batch, adapter, progress, attempts, stored)
    for change in superseded:  # neither held nor refused: the receipt does not name them
        progress.superseded.update(
            c.change_id for c in contents.changes if c.entity.id == change.entity.id
        )
    anchored = False
    if anchor is not None and not older:  # the kiosk's signed audit head, as a push leaves it
        taken = adapter.send_batch([anchor])
        progress.requests += taken.requests
        anchored = taken.all_ok
    sent_ok = set(progress.held)
    for change in contents.changes:
        if (
            change.change_id in sent_ok
            or change.change_id in progress.refused
            or change.change_id in progress.superseded
        ):
            continue
        entity = change.entity.id
        latest = newest[entity]
        if (
            holds(held_state[entity], change.record_seq, change.hlc or None)
            or latest.change_id in sent_ok
        ):
            progress.held.append(change.change_id)
        else:
            progress.refused[change.change_id] = "waits for a newer refused change"
    order = {c.change_id: n for n, c in enumerate(contents.changes)}
    return ImportReport(
        contents.bundle_id,
        contents.kiosk_id,
        len(contents.changes),
        tuple(sorted(progress.held, key=order.__getitem__)),
        tuple(sorted(progress.refused.items(), key=lambda item: order[item[0]])),
        progress.requests,
        anchored,
        tuple(c.change_id for c in contents.changes if c.change_id in progress.superseded),
    )


def _superseded(contents: BundleContents, held_anchor: dict[str, Any]) -> bool:
    """Whether the broker already holds a newer state of this bundle's kiosk: the change
    sequence of the ``KioskAnchor`` it holds (left by a later push or bundle) is past the one
    this bundle was sealed at."""
    held = _stored_seq(held_anchor)
    if held is None or contents.anchor is None:
        return False
    return held > int(contents.anchor["head"]["change_seq"])


def _older(change: BundleChange, than: BundleChange) -> bool:
    """Whether ``change`` is older than ``than`` (a change of the same entity earlier in the
    bundle): by HLC stamp where both have one; an older bundle's changes (no stamps) are in
    the record's order, the later one newest."""
    if change.hlc and than.hlc:
        return change.hlc < than.hlc
    return False


def _stored_seq(held: dict[str, Any]) -> int | None:
    value = held.get(SEQ_ATTRIBUTE)
    if isinstance(value, list) and len(value) == 1:  # Orion-LD array reduction, either way
        value = value[0]
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _read_stored(
    adapter: BrokerAdapter,
    entities: list[Any],
    progress: _Progress,
    attempts: _Attempts,
) -> dict[str, dict[str, Any]]:
    """The broker's stored state of ``entities`` (retried like a write).

    Raises:
        ImportStopped: as :func:`apply_bundle`.
    """
    while True:
        before = adapter.requests_sent
        stored, failed = adapter.stored_state(entities)
        progress.requests += adapter.requests_sent - before
        if failed is None:
            attempts.progressed()
            return stored
        if failed[0].outcome is Outcome.CONFLICT:
            raise ImportStopped(why="the broker refused the query of its stored state")
        failure = BatchResult(failed).failure
        attempts.failed(failure or Failure.network(), adapter)


_STOPPED = {
    "unauthorized": "the City OS login refused this client twice",
    "forbidden": "the City OS refused this client access (403) twice",
    "unreachable": "the broker did not answer",
}


def _send(
    batch: list[BundleChange],
    adapter: BrokerAdapter,
    progress: _Progress,
    attempts: _Attempts,
    stored: dict[str, dict[str, Any]] | None,
) -> None:
    todo = list(batch)
    known = stored
    while todo:
        # The replay's own entities (MappedEntity.to_entity); the state read up front is used
        # once — after a failed attempt the adapter reads it again (a deletion may have landed).
        result = adapter.send_batch([c.entity.to_entity() for c in todo], known)
        known = None
        progress.requests += result.requests
        left = []
        for change in todo:
            verdict = result.outcome_of(change.entity.id)
            if verdict.outcome is Outcome.OK:
                progress.held.append(change.change_id)
            elif verdict.outcome is Outcome.CONFLICT:
                progress.refused[change.change_id] = verdict.reason or "refused by the broker"
                progress.blocked.add(change.entity.id)
            else:
                left.append(change)
        if len(left) < len(todo):  # some got a verdict: the failure count starts again
            attempts.progressed()
        todo = left
        if todo:
            attempts.failed(result.failure or Failure.network(), adapter)


def write_receipt(
    target: Path, contents: BundleContents, report: ImportReport, keys: CityOsKeys, at: datetime
) -> bytes:
    """Sign a receipt for the changes the broker holds and write it atomically (temp file,
    owner-only, fsync, rename); returns its bytes.

    Raises:
        OSError: the target cannot be written (nothing is left behind).
    """
    anchor = contents.anchor if report.anchored else None
    receipt = make_receipt(contents, list(report.held), keys.sig, at, anchor)
    # The City OS side has no kiosk home; a receipt of a bundle imported again replaces the
    # earlier one, but never a device or a folder.
    write_output(Path(target), receipt, None, replace=True)
    return receipt


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-cityos-import",
        description="City OS side: apply a kiosk's sealed bundle to the broker, write a receipt.",
        epilog=(
            "example: kiosk-cityos-import /media/usb/shelter.jwe --key cityos-private.jwks "
            "--kiosk-keys kiosks.jwks --broker https://broker.example --platform ngsi-ld "
            "--issuer https://login.example --client-id cityos-import "
            "--secret-file client-secret.txt --receipt /media/usb/receipt.jws"
        ),
    )
    parser.add_argument("bundle", metavar="BUNDLE", help="the sealed bundle file (.jwe)")
    parser.add_argument(
        "--key",
        required=True,
        metavar="CITYOS_PRIVATE_JWKS",
        help="JWKS with the City OS private 'enc' and 'sig' keys",
    )
    parser.add_argument(
        "--kiosk-keys",
        required=True,
        metavar="KIOSK_JWKS",
        help="JWKS of the trusted kiosks' public keys (kid = kiosk id)",
    )
    parser.add_argument("--broker", required=True, metavar="URL", help="context broker base URL")
    parser.add_argument("--platform", required=True, choices=sorted(PLATFORMS))
    parser.add_argument("--tenant", default="", help="Fiware-Service / NGSILD-Tenant")
    parser.add_argument("--issuer", required=True, metavar="URL", help="OpenID provider issuer")
    parser.add_argument("--client-id", required=True)
    parser.add_argument(
        "--secret-file",
        required=True,
        metavar="FILE",
        help="file holding the client secret (first line)",
    )
    parser.add_argument("--receipt", required=True, metavar="OUT", help="where to write it")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, metavar="N")
    parser.add_argument(
        "--max-attempts",
        type=int,
        default=POLICY.max_attempts,
        metavar="N",
        help="unanswered requests in a row before giving up",
    )
    return parser


def _secret(path: Path) -> str:
    text = _read(path).strip()
    if not text:
        raise KeyFileError(path=str(path), why="it is empty")
    return text.splitlines()[0].strip()


def run(args: argparse.Namespace) -> ImportReport:
    """Open, apply, write the receipt; the command line's work without printing.

    Raises:
        KeyFileError, BundleError, ImportStopped: see the functions called.
        OSError: the bundle cannot be read or the receipt cannot be written.
    """
    keys = load_cityos_keys(Path(args.key))
    contents = open_bundle(
        Path(args.bundle).read_bytes(), keys.enc, load_kiosk_keys(args.kiosk_keys)
    )
    auth = OidcClientCredentials(args.issuer, args.client_id, _secret(Path(args.secret_file)))
    adapter = make_adapter(args.platform, args.broker, auth, tenant=args.tenant)
    try:
        report = apply_bundle(
            contents, adapter, batch_size=args.batch_size, max_attempts=args.max_attempts
        )
    finally:
        adapter.close()
        auth.close()
    write_receipt(Path(args.receipt), contents, report, keys, datetime.now(UTC))
    return report


def main(argv: list[str] | None = None) -> int:
    """``kiosk-cityos-import``: 0 when every change is held, 1 with one line on stderr when the
    bundle, a key or the broker fails or the broker refused some changes, 2 on usage errors."""
    args = _parser().parse_args(argv)
    try:
        report = run(args)
    except KioskError as exc:
        print(f"kiosk-cityos-import: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = exc.filename or "a file"
        print(f"kiosk-cityos-import: cannot read or write {where}: {exc.strerror}", file=sys.stderr)
        return 1
    print(
        f"Bundle {report.bundle_id} from {report.kiosk_id}: {len(report.held)} of "
        f"{report.changes} change(s) held by the City OS in {report.requests} request(s); "
        f"receipt written to {args.receipt}"
    )
    if report.superseded:
        print(
            f"{len(report.superseded)} change(s) not written: this bundle is older than what "
            "the City OS holds from the kiosk and their records were removed since."
        )
    if report.refused:
        print(
            f"kiosk-cityos-import: the broker refused {len(report.refused)} change(s); the "
            "receipt names only the held ones (the kiosk keeps the rest queued).",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
