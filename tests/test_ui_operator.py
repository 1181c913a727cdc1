"""The operator panel pushes the queue to the real City OS peer from the window, off the GUI
thread, and shows a refused change with the server's reason until it is skipped."""

from __future__ import annotations

from dataclasses import replace

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk import checkin, people
from kiosk.core import Kiosk
from kiosk.provisioning import CLIENT_SECRET
from kiosk.records import PersonDraft
from kiosk.settings import Settings, save_settings
from sync.delivery import queue_status
from sync.mapping import entity_id
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.operator import OperatorPanel
from ui.sync_runner import SyncRunner


def test_push_now_sends_everything_and_conflicts_can_be_skipped(
    qtbot,
    kiosk: Kiosk,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,  # type: ignore[no-untyped-def]
) -> None:
    settings = replace(
        Settings(),
        platform="ngsi-ld",
        cityos_endpoint=cityos_peer.url,
        oidc_issuer=oidc_provider.issuer,
        oidc_client_id=oidc_provider.client_id,
        sync_automatic=False,
    )
    save_settings(kiosk.store, settings)
    with kiosk.store.atomic():
        kiosk.store.set_secret(CLIENT_SECRET, oidc_provider.client_secret.encode())
    _, members = people.add_household(
        kiosk.ctx, [PersonDraft(name="見本 一"), PersonDraft(name="見本 二")]
    )
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    cityos_peer.conflict_for(entity_id("person", members[1].id))
    workers = Workers()
    runner = SyncRunner(kiosk, workers, settings)
    panel = OperatorPanel(KioskActions(kiosk, workers), runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(runner.finished, timeout=20000):
        panel.push_button.click()
    qtbot.waitUntil(lambda: panel.conflict_list.count() == 1, timeout=5000)
    assert "409" in panel.conflict_list.item(0).text()
    assert queue_status(kiosk.store).conflicts == 1
    panel.conflict_list.setCurrentRow(0)
    panel.skip_button.click()
    qtbot.waitUntil(lambda: panel.conflict_list.count() == 0, timeout=5000)
    workers.shutdown()
    state = queue_status(kiosk.store)
    assert (state.pending, state.conflicts, state.skipped, cityos_peer.duplicates()) == (0, 0, 1, 0)
