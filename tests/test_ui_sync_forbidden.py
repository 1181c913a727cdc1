"""A gateway refusing every write (403) stops the window's push with a message for the operator
and no conflicts (issue #14 finding 6), instead of counting each change as a conflict."""

from __future__ import annotations

from dataclasses import replace

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.core import Kiosk
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings, save_settings
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.delivery import queue_status
from sync.errors import CityOsForbidden
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from ui.ops import Workers
from ui.sync_runner import SyncRunner


def test_push_refused_403_stops_with_the_forbidden_message_and_keeps_the_queue(
    qtbot,
    kiosk: Kiosk,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,  # type: ignore[no-untyped-def]
) -> None:
    settings = replace(
        Settings(),
        platform="ngsi-v2",
        cityos_endpoint=cityos_peer.url,
        oidc_issuer=oidc_provider.issuer,
        oidc_client_id=oidc_provider.client_id,
        sync_automatic=False,
    )
    save_settings(kiosk.ctx, settings)
    with kiosk.store.atomic():
        kiosk.store.set_secret(CLIENT_SECRET, oidc_provider.client_secret.encode())
    _, members = people.add_household(kiosk.ctx, [PersonDraft(name="見本 一")])
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    queued = queue_status(kiosk.store).pending
    cityos_peer.gateway_forbids()
    workers = Workers()
    runner = SyncRunner(kiosk, workers, settings)
    with (
        qtbot.waitSignal(runner.roster_changed, timeout=20000),  # the refresh after the end
        qtbot.waitSignal(runner.finished, timeout=20000) as finished,
    ):
        runner.push()
    workers.shutdown()
    state = queue_status(kiosk.store)
    assert (finished.args, type(runner.last_error), state.pending, state.conflicts) == (
        [CityOsForbidden.code],
        CityOsForbidden,
        queued,
        0,
    )
