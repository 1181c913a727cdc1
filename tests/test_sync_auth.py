"""OIDC client credentials against the real OpenID provider (npm oidc-provider): discovery,
a cached token the City OS peer accepts, refresh after expiry, clear errors, and no secret or
token in reprs, errors or logs."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests

from sync.auth import OidcClientCredentials
from sync.errors import (
    BadCredentials,
    BadDiscovery,
    ProviderUnreachable,
    SyncError,
    TokenRefused,
)
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider, free_port, running_provider


class Clock:
    """Monotonic seconds moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def client(provider: Provider, secret: str | None = None, **options: Any) -> OidcClientCredentials:
    return OidcClientCredentials(
        provider.issuer, provider.client_id, secret or provider.client_secret, **options
    )


def test_a_token_from_the_provider_is_accepted_by_the_city_os(
    oidc_provider: Provider, cityos_peer: CityOsPeer
) -> None:
    auth = client(oidc_provider)
    token = auth.token()
    read = requests.get(f"{cityos_peer.url}/v2/entities/urn:x:y", auth=auth, timeout=5)
    assert (cityos_peer.verify(f"Bearer {token}"), read.status_code, auth.headers()) == (
        True,
        404,  # authorized, and no such entity
        {"Authorization": f"Bearer {token}"},
    )


def test_the_token_is_cached_until_shortly_before_expiry(oidc_provider: Provider) -> None:
    clock = Clock()
    auth = client(oidc_provider, clock=clock)
    first = auth.token()
    clock.now += oidc_provider.token_ttl - 31  # still more than the 30 s margin left
    cached = auth.token()
    clock.now += 2  # inside the margin
    renewed = auth.token()
    assert (cached == first, renewed != first, auth.tokens_fetched) == (True, True, 2)


def test_invalidate_forgets_the_token(oidc_provider: Provider) -> None:
    auth = client(oidc_provider)
    first = auth.token()
    auth.invalidate()
    assert (auth.token() != first, auth.tokens_fetched) == (True, 2)


def test_concurrent_callers_share_one_token(oidc_provider: Provider) -> None:
    auth = client(oidc_provider)
    with ThreadPoolExecutor(max_workers=8) as pool:
        tokens = set(pool.map(lambda _: auth.token(), range(16)))
    assert (len(tokens), auth.tokens_fetched) == (1, 1)


def test_an_expired_token_is_refused_by_the_city_os_and_replaced() -> None:
    with running_provider(ttl=2) as provider, CityOsPeer(provider.issuer, leeway=0) as peer:
        auth = client(provider)
        old = auth.token()
        accepted_before = peer.verify(f"Bearer {old}")
        for _ in range(100):  # bounded: the token expires after 2 s
            if not peer.verify(f"Bearer {old}"):
                break
            time.sleep(0.1)
        new = auth.token()
        assert (accepted_before, peer.verify(f"Bearer {old}")) == (True, False)
        assert (new != old, peer.verify(f"Bearer {new}"), auth.tokens_fetched) == (True, True, 2)


def test_a_resource_indicator_names_the_broker(oidc_provider: Provider) -> None:
    auth = client(oidc_provider, resource="urn:cityos:broker", scope="cityos")
    with CityOsPeer(oidc_provider.issuer) as peer:
        assert peer.verify(f"Bearer {auth.token()}")


def test_a_wrong_secret_is_a_clear_error_without_the_secret(
    oidc_provider: Provider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-secret-4f9c"
    with pytest.raises(BadCredentials) as raised:
        client(oidc_provider, wrong).token()
    error = raised.value
    text = f"{error} {error!r} {error.params} {error.__cause__!r} {error.__context__!r}"
    assert (error.code, wrong in text, wrong in caplog.text) == ("bad_credentials", False, False)


def test_a_refused_resource_is_token_refused_with_the_oauth_code(
    oidc_provider: Provider,
) -> None:
    with pytest.raises(TokenRefused) as raised:
        client(oidc_provider, resource="not-a-uri").token()
    assert (raised.value.code, raised.value.params) == (
        "token_refused",
        {"error": "invalid_target"},
    )


def test_an_unreachable_provider_is_its_own_error() -> None:
    auth = OidcClientCredentials(f"http://127.0.0.1:{free_port()}", "kiosk", "s", timeout=2)
    with pytest.raises(ProviderUnreachable):
        auth.token()


class Discovery:
    """A stand-in provider that serves one discovery document chosen by the test."""

    def __init__(self) -> None:
        self.status = 200
        self.body = b"{}"
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                self.send_response(owner.status)
                self.send_header("Content-Length", str(len(owner.body)))
                self.end_headers()
                self.wfile.write(owner.body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(scope="module")
def discovery() -> Iterator[Discovery]:
    server = Discovery()
    yield server
    server.stop()


def document(issuer: str, changes: dict[str, Any]) -> bytes:
    base = {
        "issuer": issuer,
        "token_endpoint": f"{issuer}/token",
        "grant_types_supported": ["client_credentials"],
    }
    return json.dumps({k: v for k, v in {**base, **changes}.items() if v is not None}).encode()


@pytest.mark.parametrize(
    ("status", "changes", "expected"),
    [
        (404, None, BadDiscovery),
        (200, "not json", BadDiscovery),
        (200, {"issuer": "http://127.0.0.1:1"}, BadDiscovery),
        (200, {"token_endpoint": None}, BadDiscovery),
        (200, {"token_endpoint": "ftp://x/token"}, BadDiscovery),
        (200, {"grant_types_supported": ["authorization_code"]}, BadDiscovery),
        (503, None, ProviderUnreachable),
    ],
)
def test_an_unusable_discovery_document_is_a_settings_error(
    discovery: Discovery, status: int, changes: Any, expected: type[SyncError]
) -> None:
    discovery.status = status
    if changes == "not json":
        discovery.body = b"<html>"
    else:
        discovery.body = document(discovery.issuer, changes or {})
    with pytest.raises(expected) as raised:
        OidcClientCredentials(discovery.issuer, "kiosk", "s").token()
    params = {"issuer": discovery.issuer} if expected is BadDiscovery else {}
    assert raised.value.params == params


def test_no_secret_or_token_in_reprs_or_logs(
    oidc_provider: Provider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    auth = client(oidc_provider)
    token = auth.token()
    auth.invalidate()
    auth.token()
    text = caplog.text + repr(auth) + str(auth) + repr(vars(auth))
    secret = oidc_provider.client_secret
    assert (secret in text, token in text, token[:20] in text, "obtained" in caplog.text) == (
        False,
        False,
        False,
        True,
    )
