"""The window's sync runner anchors the audit head at the City OS after the queue is empty,
on its workers, as the command line's replay does (#14 §8)."""

from __future__ import annotations

from dataclasses import replace

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.city.audit_anchor import acknowledged_head, current_head
from kiosk.core import Kiosk
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings, save_settings
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.safety import store_check
from sync.anchor import anchor_id
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from ui.ops import Workers
from ui.sync_runner import SyncRunner


def test_a_window_push_ends_with_the_acknowledged_anchor(
    qtbot,
    kiosk: Kiosk,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,  # type: ignore[no-untyped-def]
) -> None:
    settings = replace(
        Settings(),
        cityos_endpoint=cityos_peer.url,
        oidc_issuer=oidc_provider.issuer,
        oidc_client_id=oidc_provider.client_id,
        sync_automatic=False,
    )
    save_settings(kiosk.ctx, settings)
    with kiosk.store.atomic():
        kiosk.store.set_secret(CLIENT_SECRET, oidc_provider.client_secret.encode())
    people.add_person(kiosk.ctx, PersonDraft(name="見本 一"))
    workers = Workers()
    runner = SyncRunner(kiosk, workers, settings)
    with qtbot.waitSignal(runner.finished, timeout=20000) as finished:
        runner.push()
    qtbot.waitUntil(lambda: not workers.is_busy, timeout=10000)  # the refresh after the run
    workers.shutdown()
    head = current_head(kiosk.store, kiosk.ctx.now())
    stored = cityos_peer.entities.get(anchor_id(kiosk.ctx.kiosk_id))
    assert (finished.args, acknowledged_head(kiosk.store)) == ([""], head)
    assert (stored is not None, store_check.examine(kiosk.store).problems) == (True, ())
