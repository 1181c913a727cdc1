"""The window's automatic sync follows the one retry policy (sync.retry, issue #15 item 3):
after a round without an answer it waits a growing delay on a QTimer — no tight loop, no
sleep on the GUI thread — against the real City OS test peer behind the real OpenID provider.

The runner's ``backoff_scale`` shrinks the policy's waits (their shape kept) so the tests end
in seconds; the delays it reports are the policy's own."""

from __future__ import annotations

import random
from dataclasses import replace

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.core import Kiosk
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings, save_settings
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.delivery import queue_status
from sync.errors import CityOsUnreachable
from sync.retry import POLICY, Failure, decide
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from ui.ops import Workers
from ui.sync_runner import SyncRunner

WRITE = "/v2/op/update"


def configure(kiosk: Kiosk, peer: CityOsPeer, provider: Provider) -> Settings:
    settings = replace(
        Settings(),
        platform="ngsi-v2",
        cityos_endpoint=peer.url,
        oidc_issuer=provider.issuer,
        oidc_client_id=provider.client_id,
        sync_automatic=False,
    )
    save_settings(kiosk.ctx, settings)
    with kiosk.store.atomic():
        kiosk.store.set_secret(CLIENT_SECRET, provider.client_secret.encode())
    _, members = people.add_household(kiosk.ctx, [PersonDraft(name="見本 一")])
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    return settings


def writes(peer: CityOsPeer) -> list[int | None]:
    """The statuses the peer answered to batch writes, in order."""
    return [r.status for r in peer.requests_seen if r.path == WRITE]


def test_503_three_times_then_success_waits_growing_delays_from_the_policy(
    qtbot,
    kiosk: Kiosk,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,  # type: ignore[no-untyped-def]
) -> None:
    settings = configure(kiosk, cityos_peer, oidc_provider)
    cityos_peer.fail_next(503, times=3)
    workers = Workers()
    runner = SyncRunner(kiosk, workers, settings, backoff_scale=0.05, rng=random.Random(7))
    waits: list[float] = []
    scheduled: list[bool] = []

    def retrying(seconds: float) -> None:
        waits.append(seconds)
        scheduled.append(runner.retry_timer.isActive())  # a timer, not a loop or a sleep

    runner.retrying.connect(retrying)
    with (
        qtbot.waitSignal(runner.roster_changed, timeout=20000),  # the refresh after the end
        qtbot.waitSignal(runner.finished, timeout=20000) as finished,
    ):
        runner.push()
    workers.shutdown()
    draws = random.Random(7)
    expected = [
        decide(n, Failure.http(503), jitter=draws.random()).after_s  # type: ignore[union-attr]
        for n in (1, 2, 3)
    ]
    assert (finished.args, waits, scheduled, writes(cityos_peer)) == (
        [""],
        expected,
        [True, True, True],
        [503, 503, 503, 204, 204],  # three refused, the batch, then the audit anchor
    )
    assert waits == sorted(waits) and len(set(waits)) == 3
    assert queue_status(kiosk.store).pending == 0


def test_no_tight_loop_at_most_two_writes_in_the_first_700_ms(
    qtbot,
    kiosk: Kiosk,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,  # type: ignore[no-untyped-def]
) -> None:
    """At the real scale the first wait is 0.25-0.5 s and the second 0.5-1 s, so in 0.7 s
    a run can have written at most twice (a slow machine writes fewer, never more). The
    runner before #15 wrote three times in a few milliseconds and gave up."""
    settings = configure(kiosk, cityos_peer, oidc_provider)
    cityos_peer.fail_next(503, times=2)
    workers = Workers()
    runner = SyncRunner(kiosk, workers, settings)
    with (
        qtbot.waitSignal(runner.roster_changed, timeout=20000),  # the refresh after the end
        qtbot.waitSignal(runner.finished, timeout=20000) as finished,
    ):
        runner.push()
        qtbot.wait(700)
        early = len(writes(cityos_peer))
    workers.shutdown()
    assert (early <= 2, finished.args, writes(cityos_peer)) == (
        True,
        [""],
        [503, 503, 204, 204],
    )


def test_a_broker_that_never_answers_stops_after_the_policys_attempts(
    qtbot,
    kiosk: Kiosk,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,  # type: ignore[no-untyped-def]
) -> None:
    settings = configure(kiosk, cityos_peer, oidc_provider)
    queued = queue_status(kiosk.store).pending
    cityos_peer.fail_next(503, times=100)
    workers = Workers()
    runner = SyncRunner(kiosk, workers, settings, backoff_scale=0.01)
    waits: list[float] = []
    runner.retrying.connect(waits.append)
    with (
        qtbot.waitSignal(runner.roster_changed, timeout=20000),  # the refresh after the end
        qtbot.waitSignal(runner.finished, timeout=20000) as finished,
    ):
        runner.push()
    workers.shutdown()
    assert (
        finished.args,
        type(runner.last_error),
        len(waits),
        writes(cityos_peer),
        queue_status(kiosk.store).pending,
    ) == (
        [CityOsUnreachable.code],
        CityOsUnreachable,
        POLICY.max_attempts - 1,
        [503] * POLICY.max_attempts,
        queued,
    )
