"""The bundle importer and the adapters follow the one retry policy (sync.retry, issue #15
item 3): the importer waits what :func:`sync.retry.decide` says, retries the statuses the one
rule calls retryable (425 Too Early was a refusal before), and a ``Retry-After`` from the
broker reaches the decision."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from sync.adapters import make_adapter
from sync.adapters.base import Entity
from sync.auth import ClientCredentials
from sync.bundle import export_bundle, open_bundle
from sync.cityos_import import apply_bundle, load_cityos_keys, load_kiosk_keys
from sync.retry import Failure, Retry, decide
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from tests.test_cityos_import import files, seed  # noqa: F401 - the fixture, and the people

WRITE = "/v2/op/update"


def test_the_importer_retries_425_with_the_policys_waits(
    kiosk: Kiosk,
    files: dict[str, Path],  # noqa: F811
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
) -> None:
    seed(kiosk)
    export_bundle(kiosk.ctx, files["bundle"])
    keys = load_cityos_keys(files["key"])
    contents = open_bundle(
        files["bundle"].read_bytes(), keys.enc, load_kiosk_keys(files["kiosk_keys"])
    )
    cityos_peer.fail_next(425, times=2)  # RFC 8470 Too Early: "not now", not "not this"
    auth = ClientCredentials(
        oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
    )
    adapter = make_adapter("ngsi-v2", cityos_peer.url, auth)
    slept: list[float] = []
    try:
        report = apply_bundle(contents, adapter, sleep=slept.append, rng=random.Random(3))
    finally:
        adapter.close()
    draws = random.Random(3)
    expected = [
        decide(n, Failure.http(425), jitter=draws.random()).after_s  # type: ignore[union-attr]
        for n in (1, 2)
    ]
    statuses = [r.status for r in cityos_peer.requests_seen if r.path == WRITE]
    assert (report.refused, len(report.held), slept, statuses[:3]) == (
        (),
        report.changes,
        expected,
        [425, 425, 204],
    )


class _TooMany(BaseHTTPRequestHandler):
    """A broker behind a rate limiter: every write is answered 429 with ``Retry-After: 7``
    (RFC 6585 §4: "MAY include a Retry-After header"; RFC 9110 10.2.3: delay-seconds)."""

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = b'{"error":"TooManyRequests","description":"slow down"}'
        self.send_response(429)
        self.send_header("Retry-After", "7")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def rate_limited() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TooMany)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_retry_after_from_the_broker_reaches_the_decision(
    rate_limited: str, oidc_provider: Provider
) -> None:
    auth = ClientCredentials(
        oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
    )
    adapter = make_adapter("ngsi-v2", rate_limited, auth)
    try:
        result = adapter.send_batch([Entity("urn:ngsi-ld:Shelter:s1", "Shelter", (("x", 1),))])
    finally:
        adapter.close()
        auth.close()
    failure = result.failure
    assert (failure, decide(1, failure or Failure.network(), jitter=0.0)) == (
        Failure.http(429, 7.0),
        Retry(7.0),
    )
