"""`kiosk sync push` refused by a gateway (403, even after a fresh token) tells the operator it
is an access matter, with the same message as the window, and exits non-zero (issue #14 §5)."""

from __future__ import annotations

import json
from pathlib import Path

from sync.errors import CityOsForbidden
from tests.conftest import run_cli
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider


def test_push_refused_403_prints_the_forbidden_message_and_exits_1(
    tmp_path: Path, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    home = tmp_path / "k"
    init = run_cli(
        "init",
        "--shelter-id",
        "S01",
        "--shelter-name",
        "第一小学校",
        "--capacity",
        "50",
        "--platform",
        "ngsi-v2",
        "--cityos-endpoint",
        cityos_peer.url,
        "--oidc-issuer",
        oidc_provider.issuer,
        "--client-id",
        oidc_provider.client_id,
        home=home,
        extra_env={"KIOSK_CLIENT_SECRET": oidc_provider.client_secret},
    )
    assert init.returncode == 0, init.stderr
    run_cli("person", "add", "--name", "見本 花子", home=home)
    cityos_peer.gateway_forbids()
    pushed = run_cli("sync", "push", home=home)
    status = run_cli("sync", "status", "--json", home=home)
    assert (pushed.returncode, pushed.stderr.strip().splitlines()[-1]) == (
        1,
        f"kiosk: {CityOsForbidden().message}",
    )
    queue = json.loads(status.stdout)
    assert (queue["pending"] > 0, queue["conflicts"]) == (True, 0)
