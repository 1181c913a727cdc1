"""Operator panel fixes from the user test (issue #12 item 7), over a real store and real
workers: one wording for "the City OS is not reachable" whether a push or a roster refresh met
it (against closed ports and against the real test peers with the City OS stopped)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk import checkin, people
from kiosk.core import Kiosk
from kiosk.provisioning import CLIENT_SECRET
from kiosk.records import PersonDraft
from kiosk.settings import Settings, save_settings
from sync.errors import CityOsUnreachable
from tests.peers.fixtures import free_port
from ui.actions import KioskActions
from ui.i18n import tr_error
from ui.ops import Workers
from ui.screens.operator import OperatorPanel
from ui.sync_runner import SyncRunner


@pytest.fixture
def workers() -> Iterator[Workers]:
    running = Workers()
    yield running
    running.shutdown()


def offline_settings(kiosk: Kiosk, request: pytest.FixtureRequest, where: str) -> Settings:
    """Settings whose City OS does not answer: nothing listens on either port, or the login
    service answers and the City OS (the test peer, stopped) does not."""
    if where == "nothing answers":
        endpoint, issuer, client, secret = (
            f"http://127.0.0.1:{free_port()}",
            f"http://127.0.0.1:{free_port()}",
            "kiosk-test",
            "not-used",
        )
    else:
        provider = request.getfixturevalue("oidc_provider")
        peer = request.getfixturevalue("cityos_peer")
        peer.stop()
        endpoint, issuer, client, secret = (
            peer.url,
            provider.issuer,
            provider.client_id,
            provider.client_secret,
        )
    settings = replace(
        Settings(),
        platform="ngsi-ld",
        cityos_endpoint=endpoint,
        oidc_issuer=issuer,
        oidc_client_id=client,
        roster_district="demo-district",
        sync_automatic=False,
    )
    with kiosk.store.atomic():
        save_settings(kiosk.store, settings)
        kiosk.store.set_secret(CLIENT_SECRET, secret.encode())
    return settings


@pytest.mark.parametrize("where", ["nothing answers", "only the login service answers"])
def test_push_and_roster_refresh_say_not_reachable_in_the_same_words(
    qtbot, kiosk: Kiosk, workers: Workers, request: pytest.FixtureRequest, where: str
) -> None:  # type: ignore[no-untyped-def]
    settings = offline_settings(kiosk, request, where)
    _, members = people.add_household(kiosk.ctx, [PersonDraft(name="見本 一")])
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    runner = SyncRunner(kiosk, workers, settings)
    panel = OperatorPanel(KioskActions(kiosk, workers), runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(runner.finished, timeout=30000):
        panel.push_button.click()
    after_push = (panel.banner.kind, panel.banner.message)
    with qtbot.waitSignal(runner.pulled, timeout=30000):
        panel.pull_button.click()
    after_refresh = (panel.banner.kind, panel.banner.message)
    expected = ("warning", tr_error(CityOsUnreachable()))
    assert (after_push, after_refresh) == (expected, expected)
