"""pytest fixtures that start the real peers on 127.0.0.1 and stop them afterwards.

- ``oidc_provider`` (session): the npm ``oidc-provider`` (``tests/peers/oidc/provider.mjs``)
  on a free port with one client-credentials client whose secret is random per run; yields a
  :class:`Provider`. Without its ``node_modules`` the tests that need it are skipped — except
  under CI (``CI`` set), where that is a failure: setup (``scripts/setup.sh``) installs them.
- ``cityos_peer`` (per test): a fresh :class:`~tests.peers.cityos_peer.CityOsPeer` trusting
  that provider.

:func:`running_provider` starts another provider (e.g. with a short token lifetime).
"""

from __future__ import annotations

import os
import secrets
import selectors
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.peers.cityos_peer import CityOsPeer

__all__ = [
    "Provider",
    "free_port",
    "start_provider",
    "stop_provider",
    "running_provider",
    "oidc_provider",
    "cityos_peer",
    "token",
    "http",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
OIDC_DIR = Path(__file__).parent / "oidc"
CLIENT_ID = "kiosk-test"
AUDIENCE = "urn:cityos:broker"
READY_TIMEOUT = 30.0


@dataclass(frozen=True)
class Provider:
    """A running test OpenID provider: where it is and the client it knows."""

    issuer: str
    client_id: str
    client_secret: str
    token_ttl: int = 300
    audience: str = AUDIENCE

    def __repr__(self) -> str:
        return f"Provider(issuer={self.issuer!r}, client_id={self.client_id!r})"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _require_node() -> None:
    missing = not (OIDC_DIR / "node_modules" / "oidc-provider").is_dir()
    reason = (
        "the test OpenID provider is not installed (tests/peers/oidc/node_modules missing; "
        "run scripts/setup.sh or npm ci --prefix tests/peers/oidc)"
        if missing
        else "node is not on PATH"
    )
    if missing or shutil.which("node") is None:
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"{reason} — required under CI", pytrace=False)
        pytest.skip(reason)


def start_provider(
    ttl: int = 300, extra_env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], Provider]:
    """Start ``provider.mjs`` on a free port and wait (bounded) for its ready line;
    ``extra_env`` passes its options (``CLIENT_JWK``, ``TLS_CERT``, ``TLS_KEY``).

    Raises:
        RuntimeError: it exited or stayed silent for ``READY_TIMEOUT`` seconds (its stderr is
            in the message).
        pytest.skip.Exception / pytest.fail.Exception: see :func:`_require_node`.
    """
    _require_node()
    port = free_port()
    secret = secrets.token_urlsafe(24)
    env = {
        **os.environ,
        "CLIENT_ID": CLIENT_ID,
        "CLIENT_SECRET": secret,
        "TOKEN_TTL": str(ttl),
        "AUDIENCE": AUDIENCE,
        **(extra_env or {}),
    }
    errors = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    process = subprocess.Popen(
        ["node", str(OIDC_DIR / "provider.mjs"), str(port)],
        cwd=OIDC_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + READY_TIMEOUT
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            line = process.stdout.readline() if left > 0 and selector.select(left) else None
            if line and line.startswith("ready "):
                break
            if line is None or (not line and process.poll() is not None):
                process.kill()
                process.wait(timeout=10)
                errors.seek(0)
                raise RuntimeError(f"the test OpenID provider did not start: {errors.read()}")
    errors.close()
    issuer = line.split(" ", 1)[1].strip()
    return process, Provider(issuer, CLIENT_ID, secret, ttl)


def stop_provider(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
    if process.stdout is not None:
        process.stdout.close()


@contextmanager
def running_provider(ttl: int = 300, extra_env: dict[str, str] | None = None) -> Iterator[Provider]:
    """A provider for the duration of a ``with`` block (options: see :func:`start_provider`)."""
    process, provider = start_provider(ttl, extra_env)
    try:
        yield provider
    finally:
        stop_provider(process)


@pytest.fixture(scope="session")
def oidc_provider() -> Iterator[Provider]:
    with running_provider() as provider:
        yield provider


@pytest.fixture
def cityos_peer(oidc_provider: Provider) -> Iterator[CityOsPeer]:
    with CityOsPeer(oidc_provider.issuer, audience=oidc_provider.audience) as peer:
        yield peer


@pytest.fixture(scope="session")
def token(oidc_provider: Provider) -> str:
    """An access token for the City OS peer, from the real provider (raw-HTTP peer tests)."""
    config = requests.get(f"{oidc_provider.issuer}/.well-known/openid-configuration", timeout=5)
    answer = requests.post(
        config.json()["token_endpoint"],
        auth=(oidc_provider.client_id, oidc_provider.client_secret),
        data={"grant_type": "client_credentials"},
        timeout=5,
    )
    return str(answer.json()["access_token"])


@pytest.fixture
def http(token: str) -> Iterator[requests.Session]:
    """A session carrying that token."""
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {token}"
        yield session
