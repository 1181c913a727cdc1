"""pytest fixtures that start the real peers on 127.0.0.1 and stop them afterwards."""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.peers.cityos_peer import CityOsPeer

OIDC_DIR = Path(__file__).parent / "oidc"


@dataclass(frozen=True)
class Provider:
    issuer: str
    client_id: str
    client_secret: str


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_provider(ttl: int = 300) -> tuple[subprocess.Popen[str], Provider]:
    if not (OIDC_DIR / "node_modules" / "oidc-provider").exists():
        if os.environ.get("CI"):
            raise RuntimeError(
                "tests/peers/oidc/node_modules missing: scripts/setup.sh installs it"
            )
        pytest.skip("the test OpenID provider is not installed (run scripts/setup.sh)")
    port = free_port()
    env = {
        **os.environ,
        "CLIENT_ID": "kiosk-test",
        "CLIENT_SECRET": "test-secret-Xk3",
        "TOKEN_TTL": str(ttl),
    }
    process = subprocess.Popen(
        ["node", str(OIDC_DIR / "provider.mjs"), str(port)],
        cwd=OIDC_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    for _ in range(50):  # bounded: the provider prints "ready" within a second or two
        line = process.stdout.readline()
        if line.strip() == "ready":
            break
        if not line and process.poll() is not None:
            raise RuntimeError("the OpenID provider did not start")
    else:
        process.kill()
        raise RuntimeError("the OpenID provider did not say ready")
    return process, Provider(f"http://127.0.0.1:{port}", "kiosk-test", "test-secret-Xk3")


@pytest.fixture(scope="session")
def oidc_provider() -> Iterator[Provider]:
    process, provider = start_provider()
    yield provider
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def cityos_peer(oidc_provider: Provider) -> Iterator[CityOsPeer]:
    peer = CityOsPeer(oidc_provider.issuer).start()
    yield peer
    peer.stop()
