"""Spike (#16 item 2): desks find each other with mDNS/DNS-SD (``zeroconf``) and talk over
mutually authenticated TLS pinned to the keys they paired with (``ssl`` + ``cryptography``).

Pinning with the standard ``ssl`` module, which has no verify callback:

* each kiosk's long-term Ed25519 key (the one in its pairing code) acts as a tiny CA: per
  run it issues a short-lived leaf certificate for a fresh TLS key (subject and issuer name
  the kiosk id), so the long-term key never has to be written to a file for OpenSSL; the
  fresh key is written for ``load_cert_chain`` encrypted under a random in-memory password;
* each side's trust store holds, per paired desk, an anchor certificate whose subject is that
  desk's kiosk id and whose public key is the paired key (self-issued; OpenSSL does not check
  a trust anchor's own signature, so the desk that only knows the public key can make it);
  OpenSSL then accepts a peer leaf only if the paired key signed it;
* after the handshake each side checks again in Python that the peer leaf was signed by the
  paired key of the kiosk id it names (belt and braces; also the hook for the revoked flag).

The script runs itself inside a private network namespace (``unshare -n``: only a loopback
with multicast switched on), so no mDNS packet can reach any other network.

    .venv/bin/python scripts/spikes/multidesk_transport.py [--json]
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.x509.oid import NameOID

_INSIDE = "MULTIDESK_SPIKE_NETNS"
_SERVICE = "_shelter-kiosk._tcp.local."


@dataclass
class Desk:
    kiosk_id: str
    key: Ed25519PrivateKey  # long-term, the paired key

    @property
    def public(self) -> Ed25519PublicKey:
        return self.key.public_key()


def _name(kiosk_id: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, kiosk_id)])


def leaf_for(desk: Desk, folder: Path) -> tuple[Path, Path, bytes]:
    """A fresh TLS key and a one-day leaf certificate for it, issued by the desk's key."""
    tls_key = Ed25519PrivateKey.generate()
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(desk.kiosk_id))
        .issuer_name(_name(desk.kiosk_id + "-ca"))
        .public_key(tls_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=10))
        .not_valid_after(now + timedelta(days=1))
        .sign(desk.key, None)
    )
    password = secrets.token_bytes(32)
    key_path = folder / f"{desk.kiosk_id}.key"
    cert_path = folder / f"{desk.kiosk_id}.crt"
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
    return cert_path, key_path, password


def anchor_for(kiosk_id: str, paired_key: Ed25519PublicKey) -> bytes:
    """The trust anchor of a paired desk, made from its public key alone: self-issued, with a
    throw-away signature (OpenSSL does not verify a trust anchor's own signature)."""
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(kiosk_id + "-ca"))
        .issuer_name(_name(kiosk_id + "-ca"))
        .public_key(paired_key)
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(Ed25519PrivateKey.generate(), None)
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def context(
    me: Desk, paired: dict[str, Ed25519PublicKey], folder: Path, server: bool
) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if server else ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    cert, key, password = leaf_for(me, folder)
    ctx.load_cert_chain(cert, key, password=password)
    ctx.check_hostname = False  # identity is the pinned key, not a host name
    ctx.verify_mode = ssl.CERT_REQUIRED
    anchors = "".join(anchor_for(k, pub).decode() for k, pub in paired.items())
    if anchors:
        ctx.load_verify_locations(cadata=anchors)
    return ctx


def check_peer(sock: ssl.SSLSocket, paired: dict[str, Ed25519PublicKey]) -> str:
    """The peer's kiosk id, after checking its leaf was signed by that desk's paired key."""
    der = sock.getpeercert(binary_form=True)
    assert der is not None
    leaf = x509.load_der_x509_certificate(der)
    kiosk_id = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert isinstance(kiosk_id, str)
    paired[kiosk_id].verify(leaf.signature, leaf.tbs_certificate_bytes)  # raises if not
    return kiosk_id


def serve_once(
    listener: socket.socket, ctx: ssl.SSLContext, paired: dict[str, Any], out: dict[str, Any]
) -> None:
    conn, _ = listener.accept()
    try:
        with ctx.wrap_socket(conn, server_side=True) as tls:
            out["peer"] = check_peer(tls, paired)
            size = int.from_bytes(tls.recv(4), "big")
            data = b""
            while len(data) < size:
                data += tls.recv(65536)
            tls.sendall(len(data).to_bytes(4, "big"))
            out["received"] = len(data)
    except (ssl.SSLError, OSError) as exc:
        out["error"] = f"{type(exc).__name__}: {exc}"


def connect(
    port: int, ctx: ssl.SSLContext, paired: dict[str, Any], payload: bytes
) -> dict[str, Any]:
    start = time.perf_counter()
    result: dict[str, Any] = {}
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            with ctx.wrap_socket(raw) as tls:
                result["handshake_ms"] = round((time.perf_counter() - start) * 1000, 2)
                result["peer"] = check_peer(tls, paired)
                sent = time.perf_counter()
                tls.sendall(len(payload).to_bytes(4, "big") + payload)
                int.from_bytes(tls.recv(4), "big")
                result["batch_ms"] = round((time.perf_counter() - sent) * 1000, 2)
                result["version"] = tls.version()
    except (ssl.SSLError, OSError) as exc:
        result["error"] = f"{type(exc).__name__}: {exc}"
    return result


def tls_round(
    server: Desk, client: Desk, server_trusts: dict[str, Any], client_trusts: dict[str, Any]
) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="multidesk-tls-"))
    atexit.register(shutil.rmtree, folder, True)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    served: dict[str, Any] = {}
    sctx = context(server, server_trusts, folder, server=True)
    thread = threading.Thread(target=serve_once, args=(listener, sctx, server_trusts, served))
    thread.start()
    payload = os.urandom(73 * 1000)  # 1,000 changes at 73 bytes (spike b's wire size)
    result = connect(
        port, context(client, client_trusts, folder, server=False), client_trusts, payload
    )
    thread.join(timeout=10)
    listener.close()
    return {"client": result, "server": served}


def mdns_round() -> dict[str, Any]:
    """Register one desk's service on the loopback and find it from a second instance."""
    from zeroconf import ServiceBrowser, ServiceInfo, ServiceListener, Zeroconf

    result: dict[str, Any] = {}
    try:
        publisher = Zeroconf(interfaces=["127.0.0.1"])
        finder = Zeroconf(interfaces=["127.0.0.1"])
    except OSError as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    info = ServiceInfo(
        _SERVICE,
        f"kiosk-aaaaaaaaaaaa.{_SERVICE}",
        addresses=[socket.inet_aton("127.0.0.1")],
        port=47123,
        properties={"shelter": "test-shelter", "kiosk": "kiosk-aaaaaaaaaaaa"},
    )
    found = threading.Event()

    class Listener(ServiceListener):
        def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            got = zc.get_service_info(type_, name, timeout=2000)
            if got is not None:
                result["found"] = {
                    "name": name,
                    "addresses": got.parsed_addresses(),
                    "port": got.port,
                    "kiosk": (got.properties or {}).get(b"kiosk", b"").decode(),
                }
                found.set()

        def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            return None

        def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            return None

    start = time.perf_counter()
    try:
        publisher.register_service(info)
        browser = ServiceBrowser(finder, _SERVICE, Listener())
        result["found_in_time"] = found.wait(timeout=10)
        result["discovery_ms"] = round((time.perf_counter() - start) * 1000, 1)
        browser.cancel()
        publisher.unregister_service(info)
    except OSError as exc:
        result["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        publisher.close()
        finder.close()
    return result


def inside(as_json: bool) -> int:
    a = Desk("kiosk-aaaaaaaaaaaa", Ed25519PrivateKey.generate())
    b = Desk("kiosk-bbbbbbbbbbbb", Ed25519PrivateKey.generate())
    stranger = Desk("kiosk-bbbbbbbbbbbb", Ed25519PrivateKey.generate())  # B's id, not B's key
    a_trusts = {b.kiosk_id: b.public}
    b_trusts = {a.kiosk_id: a.public}
    rounds = {
        "paired A<->B": tls_round(a, b, a_trusts, b_trusts),
        "stranger with B's id -> A": tls_round(a, stranger, a_trusts, b_trusts),
        "A revoked B (anchor removed) <- B": tls_round(a, b, {}, b_trusts),
    }
    figures: dict[str, Any] = {"tls": rounds, "mdns": mdns_round()}
    for name, outcome in rounds.items():
        print(f"TLS {name}: client={outcome['client']} server={outcome['server']}")
    print(f"mDNS: {figures['mdns']}")
    if as_json:
        print(json.dumps(figures))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if os.environ.get(_INSIDE) == "1":
        return inside(args.json)
    setup = (
        "ip link set lo up && ip link set lo multicast on && "
        'ip route add 224.0.0.0/4 dev lo && exec "$0" "$@"'
    )
    command = ["unshare", "-n", "sh", "-c", setup, sys.executable, __file__]
    if args.json:
        command.append("--json")
    env = {**os.environ, _INSIDE: "1"}
    return subprocess.run(command, env=env, check=False, timeout=120).returncode


if __name__ == "__main__":
    sys.exit(main())
