"""The window's pull: fetched on the network pool, applied on the DB worker, reported by a
signal — against the real OpenID provider and City OS test peer."""

from __future__ import annotations

from kiosk.core import Kiosk
from kiosk.roster import roster_status
from sync.pull import PullFailed, PullReport
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
    assert isinstance(failed.args[0], PullFailed)
    assert (runner.pulling, roster_status(kiosk.store).residents) == (False, 1)
    workers.shutdown()
