"""Desks exchanging their op logs over mutually authenticated TLS pinned to the paired keys
(issue #16; measured in ``scripts/spikes/multidesk_transport.py``, decision in
``docs/design/multi-desk.md``).

Pinning with the standard ``ssl`` module (which has no verify callback): each kiosk's Ed25519
key — the one its pairing code carried — acts as a tiny CA that issues, per connection, a
one-day leaf for a fresh TLS key (the long-term key is never written for OpenSSL; the fresh key
is written only encrypted under a random in-memory password, in a private temporary folder,
and removed once loaded). The trust store holds, per paired desk, an anchor made from that
desk's public key alone, so OpenSSL accepts a peer leaf only if a paired key signed it; after
the handshake each side checks again that the leaf was signed by the paired key of the kiosk id
it names, and that the desk is not revoked (:func:`~kiosk.desks.pairing.require_paired`).

One exchange is three length-prefixed JSON frames (4-byte big-endian length):

1. server → client: ``{"v": 1, "kiosk": id, "vector": {origin: newest stamp held}}`` — in
   TLS 1.3 the client's handshake ends before the server has judged the client's
   certificate, so the client sends nothing before this first frame;
2. client → server: ``{"vector": …, "changes": [what the server lacks], "marks": […]}``;
3. server → client: ``{"changes": [what the client lacked], "marks": […]}`` (computed from
   the client's vector before its changes were applied, so nothing comes back twice).

A client that shows **no** certificate is a desk that just scanned this desk's pairing code
and hands its reply over (:mod:`kiosk.desks.handover`): it gets a greeting
``{"v": 1, "kiosk": id, "pair": true}``, may send one frame of at most :data:`PAIRING_FRAME`
bytes, ``{"reply": "KSR1:…"}``, and is answered ``{"paired": true}`` or
``{"refused": code}`` (:meth:`DeskServer._take_reply`); nothing else is served to it.

Each side applies what it got in one transaction (:func:`~kiosk.desks.apply.apply_changes`);
a connection cut at any point leaves each store before or after a whole batch, and the next
exchange sends what is still missing. Every socket operation has a timeout.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import ssl
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.x509.oid import NameOID

from kiosk.access import audit
from kiosk.basics.context import Context
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.desks.apply import ApplyResult, apply_changes, changes_since, delivered_ids, vector
from kiosk.desks.errors import DeskError, DeskNotPaired, PairingReplyInvalid
from kiosk.desks.pairing import PairedDesk, accept_pairing_reply, list_desks, require_paired
from kiosk.operations import shelter as shelter_service
from kiosk.store import Store

__all__ = [
    "PROTOCOL",
    "TIMEOUT",
    "DEFAULT_PORT",
    "ExchangeFailed",
    "Exchange",
    "parse_address",
    "sync_with",
    "DeskServer",
]

log = logging.getLogger("kiosk.desks")

PROTOCOL = 1
#: Seconds any one socket operation may take before the exchange is given up.
TIMEOUT = 15.0
#: The largest frame accepted (a batch of tens of thousands of changes).
MAX_FRAME = 64 * 1024 * 1024
#: The largest frame a client with no certificate may send: one pairing reply (≤ 800
#: characters) in its JSON envelope.
PAIRING_FRAME = 2048
#: Seconds a pairing hand-over may take per socket step (a reply is a few hundred bytes).
PAIRING_TIMEOUT = 5.0
#: The actor the audit names for a reply handed over the network.
PAIRING_ACTOR = "desk-pairing"
#: The port a desk serves on by default (a code names it unless the service runs elsewhere).
DEFAULT_PORT = 47123


class ExchangeFailed(DeskError):
    code = "desk_exchange_failed"
    template = _N(
        "KioskError",
        "The exchange with the desk at {address} did not complete ({reason}). Check that it "
        "is running and paired, then sync again.",
    )


@dataclass(frozen=True)
class Exchange:
    """One completed exchange, as the initiating or serving desk saw it."""

    peer: str
    sent: int
    received: ApplyResult
    #: The peer's version vector once the exchange is done (what it said it held, plus what
    #: this desk sent it): how far behind it is can be counted from this until the next one.
    peer_holds: dict[str, str] = field(default_factory=dict)


def parse_address(text: str, default_port: int = 0) -> tuple[str, int]:
    """``host:port`` (or ``host`` with ``default_port``).

    Raises:
        ValueError: no usable port.
    """
    host, sep, port = text.rpartition(":")
    if not sep:
        host, port = text, str(default_port)
    host = host.strip("[]") or "127.0.0.1"
    number = int(port)
    if not 0 <= number <= 65535:
        raise ValueError("port out of range")
    return host, number


# --- certificates ---------------------------------------------------------------------------


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _load_leaf(ctx: ssl.SSLContext, kiosk_id: str, key: Ed25519PrivateKey) -> None:
    tls_key = Ed25519PrivateKey.generate()
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(kiosk_id))
        .issuer_name(_name(kiosk_id + "-ca"))
        .public_key(tls_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=30))
        .not_valid_after(now + timedelta(days=1))
        .sign(key, None)
    )
    password = secrets.token_bytes(32)
    with tempfile.TemporaryDirectory(prefix="kiosk-desk-") as folder:
        key_path = Path(folder) / "leaf.key"
        cert_path = Path(folder) / "leaf.crt"
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(
                tls_key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.BestAvailableEncryption(password),
                )
            )
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        ctx.load_cert_chain(cert_path, key_path, password=password)


def _anchor(kiosk_id: str, public_key: bytes) -> str:
    """A paired desk's trust anchor from its public key alone (self-issued, throw-away
    signature: OpenSSL does not check a trust anchor's own signature)."""
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(kiosk_id + "-ca"))
        .issuer_name(_name(kiosk_id + "-ca"))
        .public_key(Ed25519PublicKey.from_public_bytes(public_key))
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(Ed25519PrivateKey.generate(), None)
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def tls_context(store: Store, kiosk_id: str, server: bool) -> ssl.SSLContext:
    """A TLS 1.3 context of this kiosk that trusts only the desks paired now."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if server else ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    _load_leaf(ctx, kiosk_id, shelter_service.signing_key(store))
    ctx.check_hostname = False  # the identity is the pinned key, not a host name
    # A server also lets in a client with no certificate at all: that client may only hand
    # over one pairing reply (:meth:`DeskServer.serve_one`); a client that shows a
    # certificate no paired key signed still fails the handshake.
    ctx.verify_mode = ssl.CERT_OPTIONAL if server else ssl.CERT_REQUIRED
    anchors = "".join(
        _anchor(d.kiosk_id, d.public_key) for d in list_desks(store) if d.state == "paired"
    )
    if anchors:
        ctx.load_verify_locations(cadata=anchors)
    return ctx


def check_peer(store: Store, tls: ssl.SSLSocket) -> str:
    """The peer's kiosk id, after checking its leaf was signed by that desk's paired key.

    Raises:
        DeskNotPaired: no leaf, an unknown desk, or a leaf its paired key did not sign.
        DeskRevoked: the desk was unpaired.
    """
    leaf = _leaf(tls)
    kiosk_id = leaf_name(leaf)
    desk = require_paired(store, kiosk_id)
    check_leaf(leaf, kiosk_id, desk.public_key)
    return kiosk_id


def _leaf(tls: ssl.SSLSocket) -> x509.Certificate:
    der = tls.getpeercert(binary_form=True)
    if der is None:
        raise DeskNotPaired(desk="-")
    return x509.load_der_x509_certificate(der)


def leaf_name(leaf: x509.Certificate) -> str:
    """The kiosk id a peer's leaf names (``-`` when none)."""
    names = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else "-"


def check_leaf(leaf: x509.Certificate, kiosk_id: str, public_key: bytes) -> None:
    """Check that ``public_key`` (the key of the desk ``kiosk_id``) signed ``leaf``.

    Raises:
        DeskNotPaired: it did not.
    """
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            leaf.signature, leaf.tbs_certificate_bytes
        )
    except InvalidSignature:
        raise DeskNotPaired(desk=kiosk_id) from None


# --- frames ---------------------------------------------------------------------------------


def _send(sock: ssl.SSLSocket, message: dict[str, Any]) -> None:
    data = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode()
    sock.sendall(len(data).to_bytes(4, "big") + data)


def _exactly(sock: ssl.SSLSocket, size: int) -> bytes:
    parts, got = [], 0
    while got < size:
        chunk = sock.recv(min(size - got, 1 << 20))
        if not chunk:
            raise ConnectionError("connection closed mid-frame")
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _recv(sock: ssl.SSLSocket, limit: int = MAX_FRAME) -> dict[str, Any]:
    size = int.from_bytes(_exactly(sock, 4), "big")
    if size > limit:
        raise ConnectionError("frame too large")
    message = json.loads(_exactly(sock, size))
    if not isinstance(message, dict):
        raise ConnectionError("not a message")
    return message


# --- the two sides --------------------------------------------------------------------------


def sync_with(
    ctx: Context,
    address: tuple[str, int],
    timeout: float = TIMEOUT,
    after_send: Callable[[], None] | None = None,
) -> Exchange:
    """One exchange with the desk serving at ``address``: each side gets what it lacked.

    ``after_send`` runs once this side's changes are on the wire (tests cut the connection
    there to check that a half-done exchange loses nothing).

    Raises:
        ExchangeFailed: the connection failed, timed out, or was refused (an unpaired desk).
        DeskNotPaired, DeskRevoked: the server is not a paired desk.
        ExchangeInvalid: it sent changes this kiosk cannot read.
    """
    where = f"{address[0]}:{address[1]}"
    store = ctx.store
    tls_ctx = tls_context(store, ctx.kiosk_id, server=False)
    try:
        with socket.create_connection(address, timeout=timeout) as raw:
            with tls_ctx.wrap_socket(raw) as tls:
                peer = check_peer(store, tls)
                hello = _recv(tls)  # never send before the server's first frame
                if hello.get("v") != PROTOCOL or hello.get("kiosk") != peer:
                    raise ConnectionError("unexpected greeting")
                theirs = dict(hello.get("vector") or {})
                ours = vector(store)  # before the changes are read: never more than was sent
                outgoing = changes_since(store, theirs)
                _send(tls, {"vector": ours, "changes": outgoing, "marks": delivered_ids(store)})
                if after_send is not None:
                    after_send()
                answer = _recv(tls)
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise ExchangeFailed(address=where, reason=type(exc).__name__) from None
    incoming = answer.get("changes") or []
    holds = merged_vector(theirs, ours, incoming)
    result = apply_changes(
        ctx, peer, incoming, answer.get("marks") or [], sent=len(outgoing), holds=holds
    )
    return Exchange(peer, len(outgoing), result, holds)


def merged_vector(
    held: dict[str, Any], sent: dict[str, str], its_changes: Any = ()
) -> dict[str, str]:
    """What a peer holds after an exchange: per origin the newest of what it said it held
    (``held``), what it was sent (up to this desk's vector ``sent``) and the changes it sent
    (``its_changes``: it may have made some after its greeting)."""
    merged = {k: v for k, v in held.items() if isinstance(k, str) and isinstance(v, str)}
    stamps: list[tuple[Any, Any]] = list(sent.items())
    if isinstance(its_changes, (list, tuple)):
        stamps += [(c.get("origin"), c.get("hlc")) for c in its_changes if isinstance(c, dict)]
    for origin, stamp in stamps:
        if isinstance(origin, str) and isinstance(stamp, str) and stamp > merged.get(origin, ""):
            merged[origin] = stamp
    return merged


class DeskServer:
    """Serves exchanges to paired desks, and pairing replies handed over by a desk that scanned
    this desk's code, one at a time, until :meth:`stop`.

    ``on_exchange`` is called (on the serving thread) after each completed exchange,
    ``on_paired`` after a desk paired by handing its reply over. An
    exchange that fails in any way, expected or not, is logged by its kind and the server goes
    on serving: one bad peer or one bug in one exchange must not leave the desk deaf.
    """

    def __init__(
        self,
        ctx: Context,
        host: str = "127.0.0.1",
        port: int = 0,
        on_exchange: Callable[[Exchange], None] | None = None,
        on_paired: Callable[[PairedDesk], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.on_exchange = on_exchange
        self.on_paired = on_paired
        self.listener = socket.create_server((host, port))
        self.listener.settimeout(0.5)
        self.address: tuple[str, int] = self.listener.getsockname()[:2]
        self._stop = threading.Event()
        self.exchanges = 0

    def stop(self) -> None:
        self._stop.set()

    def serve_forever(self) -> None:
        try:
            while not self._stop.is_set():
                try:
                    conn, _ = self.listener.accept()
                except TimeoutError:
                    continue
                with conn:
                    conn.settimeout(TIMEOUT)
                    try:
                        done = self.serve_one(conn)
                        if isinstance(done, PairedDesk):
                            if self.on_paired is not None:
                                self.on_paired(done)
                            continue
                        self.exchanges += 1
                        if self.on_exchange is not None:
                            self.on_exchange(done)
                    except (OSError, ssl.SSLError, ValueError, DeskError) as exc:
                        # ids and error kinds only: no personal data in logs
                        log.warning("desk exchange refused or failed: %s", type(exc).__name__)
                    except Exception as exc:  # noqa: BLE001 - keep serving; kind only
                        log.error("desk exchange failed unexpectedly: %s", type(exc).__name__)
        finally:
            self.listener.close()

    def serve_one(self, conn: socket.socket) -> Exchange | PairedDesk:
        """One connection: an exchange with a paired desk, or — from a client that showed no
        certificate — one pairing reply (:meth:`_take_reply`)."""
        store = self.ctx.store
        tls_ctx = tls_context(store, self.ctx.kiosk_id, server=True)
        with tls_ctx.wrap_socket(conn, server_side=True) as tls:
            if tls.getpeercert(binary_form=True) is None:
                return self._take_reply(tls)
            peer = check_peer(store, tls)
            ours = vector(store)
            _send(tls, {"v": PROTOCOL, "kiosk": self.ctx.kiosk_id, "vector": ours})
            request = _recv(tls)
            theirs = dict(request.get("vector") or {})
            outgoing = changes_since(store, theirs)
            incoming = request.get("changes") or []
            holds = merged_vector(theirs, ours, incoming)
            result = apply_changes(
                self.ctx,
                peer,
                incoming,
                request.get("marks") or [],
                sent=len(outgoing),
                holds=holds,
            )
            _send(tls, {"changes": outgoing, "marks": delivered_ids(store)})
        return Exchange(peer, len(outgoing), result, holds)

    def _take_reply(self, tls: ssl.SSLSocket) -> PairedDesk:
        """A desk that just scanned this desk's pairing code hands over its reply (it knows
        this desk by the key the code carried; this desk does not know it yet). Nothing but
        one reply frame of at most :data:`PAIRING_FRAME` bytes is read, within
        :data:`PAIRING_TIMEOUT`; the reply is checked by
        :func:`~kiosk.desks.pairing.accept_pairing_reply` (its MAC under the code's one-time
        secret is what proves the sender read the code), and a refusal is audited and
        answered with the error's code.

        Raises:
            DeskError: the reply was refused (invalid, unknown, expired or used invite, …).
            OSError, ValueError: the connection or the frame failed.
        """
        tls.settimeout(PAIRING_TIMEOUT)
        _send(tls, {"v": PROTOCOL, "kiosk": self.ctx.kiosk_id, "pair": True})
        frame = _recv(tls, PAIRING_FRAME)
        text = frame.get("reply")
        acting = self.ctx.acting_as(PAIRING_ACTOR, "manager")
        try:
            if not isinstance(text, str):
                raise PairingReplyInvalid()
            desk = accept_pairing_reply(acting, text)
        except DeskError as exc:
            with self.ctx.store.atomic():
                audit.append(
                    self.ctx.store,
                    PAIRING_ACTOR,
                    "desk.reply_refused",
                    "desk_invite",
                    exc.code,
                    self.ctx.now(),
                )
            _send(tls, {"refused": exc.code})
            raise
        _send(tls, {"paired": True, "kiosk": self.ctx.kiosk_id})
        return desk
