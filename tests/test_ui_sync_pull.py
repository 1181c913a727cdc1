"""The window's pull: fetched on the network pool, applied on the DB worker, reported by a
signal — against the real OpenID provider and City OS test peer."""

from __future__ import annotations

from kiosk.core import Kiosk
from kiosk.registry.roster_cache import roster_status
from sync.errors import CityOsUnreachable
from sync.pull import PullReport
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from tests.test_sync_pull import configure, resident
from ui.ops import Workers
from ui.sync_runner import SyncRunner


def test_runner_pulls_the_roster_off_the_ui_thread_and_reports_failures(
    qtbot,  # type: ignore[no-untyped-def]
    kiosk: Kiosk,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
) -> None:
    cityos_peer.add_resident(resident(kiosk, 1, "会津 花子", "あいづ はなこ"))
    settings = configure(kiosk, cityos_peer, oidc_provider, "ngsi-ld")
    workers = Workers()
    runner = SyncRunner(kiosk, workers, settings)
    with qtbot.waitSignal(runner.pulled, timeout=20000) as done:
        runner.pull()
        assert runner.pulling  # the request is in flight; the event loop keeps running
    assert isinstance(done.args[0], PullReport)
    assert done.args[0].roster.total == 1
    assert roster_status(kiosk.store).residents == 1
    cityos_peer.stop()
    with qtbot.waitSignal(runner.pulled, timeout=20000) as failed:
        runner.pull()
    assert isinstance(failed.args[0], CityOsUnreachable)
    assert (runner.pulling, roster_status(kiosk.store).residents) == (False, 1)
    workers.shutdown()


def test_the_operator_panel_shows_the_roster_and_refreshes_it_on_demand(
    qtbot,  # type: ignore[no-untyped-def]
    kiosk: Kiosk,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
) -> None:
    from ui.actions import KioskActions
    from ui.screens.operator import OperatorPanel

    cityos_peer.add_resident(resident(kiosk, 1, "会津 花子", "あいづ はなこ"))
    cityos_peer.add_resident(resident(kiosk, 2, "若松 一郎", "わかまつ いちろう"))
    settings = configure(kiosk, cityos_peer, oidc_provider, "ngsi-v2")
    workers = Workers()
    runner = SyncRunner(kiosk, workers, settings)
    panel = OperatorPanel(KioskActions(kiosk, workers), runner)
    qtbot.addWidget(panel)
    panel.refresh()
    qtbot.waitUntil(lambda: "0 people" in panel.roster_label.text(), timeout=5000)
    with qtbot.waitSignal(runner.pulled, timeout=20000):
        panel.pull_button.click()
    qtbot.waitUntil(lambda: "2 people" in panel.roster_label.text(), timeout=5000)
    assert "+2" in panel.banner.text()
    cityos_peer.stop()
    with qtbot.waitSignal(runner.pulled, timeout=20000):
        panel.pull_button.click()
    assert "kept" in panel.banner.text()
    workers.shutdown()
