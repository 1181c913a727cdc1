"""A kill -9 of the replaying process at 100 random moments: afterwards the peer holds every
change exactly once and its entities equal the kiosk's consented view."""

from __future__ import annotations

import os
import random
import time
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.city.outbox import entries
from kiosk.core import Kiosk
from kiosk.demos import residents
from kiosk.operations.shelter import get_shelter
from kiosk.reception import checkin
from kiosk.registry.people import consent_of
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.mapping import DATETIME_ATTRIBUTES, map_entry
from sync.replay import Replayer
from tests import replay_child
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from tests.peers.ngsi_broker import plain
from tests.preloaded_children import KillableChild

KILLS = 100


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_replay_survives_random_kills_without_loss_or_duplicates(
    tmp_path: Path, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    home = tmp_path / "home"
    with Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF) as kiosk:
        residents.seed(kiosk.ctx, 150)
        ids = [r["id"] for r in kiosk.store.query("SELECT id FROM person LIMIT 60")]
        checkin.check_in(kiosk.ctx, ids)
    rng = random.Random(1125)
    args = [
        home,
        PASSPHRASE,
        "ngsi-ld",
        cityos_peer.url,
        oidc_provider.issuer,
        oidc_provider.client_secret,
    ]
    finished_early = 0
    for _ in range(KILLS):
        child = KillableChild(replay_child.run, *map(str, args))
        assert child.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.15))  # the kill lands at a random instant of the replay
        finished_early += "done" in child.kill_and_read_rest()
    assert finished_early < KILLS  # most kills landed mid-replay

    with Kiosk.open(home, PASSPHRASE) as kiosk:
        auth = ClientCredentials(
            oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
        )
        report = Replayer(kiosk.ctx, make_adapter("ngsi-ld", cityos_peer.url, auth), 50).run()
        all_changes = entries(kiosk.store)
        shelter_id = get_shelter(kiosk.store).id
        latest = {}
        for entry in all_changes:
            latest[(entry.record_type, entry.record_id)] = map_entry(
                entry, shelter_id, lambda pid: consent_of(kiosk.store, pid)
            )
    assert report.finished
    assert sorted(cityos_peer.change_ids()) == sorted(e.change_id for e in all_changes)
    assert cityos_peer.duplicates() == 0
    mismatched = []
    for mapped in latest.values():
        held = cityos_peer.entity(mapped.id) or {}
        for name, value in mapped.attrs:
            got = plain(held.get(name, {}))
            if name in DATETIME_ATTRIBUTES:  # sent as DateTime: the same instant, as UTC "Z"
                got, value = _instant(got), _instant(value)
            # Orion-LD reduces a one-element array to its element (default array reduction).
            if _listed(got) != _listed(value):
                mismatched.append((mapped.id, name))
    assert mismatched == []


def _listed(value: object) -> object:
    return value if isinstance(value, list) else [value]


def _instant(text: object) -> object:
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))
