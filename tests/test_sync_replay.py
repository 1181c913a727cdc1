"""Replay to the real City OS test peer behind a real OpenID provider: exactly once in effect,
per-record order, faults, conflicts, consent, and no token or secret in any log."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kiosk.city.outbox import entries
from kiosk.core import Kiosk
from kiosk.operations.survey import submit
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.delivery import conflicts, queue_status, retry_conflict
from sync.errors import BadCredentials
from sync.mapping import entity_id
from sync.replay import Replayer
from tests.conftest import run_cli
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider

PLATFORMS = ("ngsi-v2", "ngsi-ld")


def auth_for(provider: Provider, secret: str | None = None) -> ClientCredentials:
    return ClientCredentials(provider.issuer, provider.client_id, secret or provider.client_secret)


def replayer(
    kiosk: Kiosk, peer: CityOsPeer, provider: Provider, platform: str, batch: int = 10
) -> Replayer:
    auth = auth_for(provider)
    adapter = make_adapter(platform, peer.url, auth, timeout=1.0)
    return Replayer(kiosk.ctx, adapter, batch, sleep=lambda s: None)


def shelter_with_people(kiosk: Kiosk, n: int = 12) -> list[str]:
    _, members = people.add_household(
        kiosk.ctx,
        [
            PersonDraft(
                name=f"見本 {i}",
                birth=date(1950, 1, 1 + i),
                consent=frozenset({"city.emergency"}) if i % 2 == 0 else frozenset(),
            )
            for i in range(n)
        ],
    )
    ids = [m.id for m in members]
    checkin.check_in(kiosk.ctx, ids)
    people.update_person(kiosk.ctx, replace(members[0], phone="000-1111-2222"))  # 2nd change
    return ids


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_change_arrives_exactly_once_and_only_with_consent(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    ids = shelter_with_people(kiosk)
    report = replayer(kiosk, cityos_peer, oidc_provider, platform).run()
    outbox_ids = sorted(e.change_id for e in entries(kiosk.store))
    assert (report.finished, sorted(cityos_peer.change_ids()), cityos_peer.duplicates()) == (
        True,
        outbox_ids,
        0,
    )
    consenting = cityos_peer.entity(entity_id("person", ids[0]))
    silent = cityos_peer.entity(entity_id("person", ids[1]))
    assert consenting is not None and silent is not None
    assert ("name" in consenting, "name" in silent, "telephone" in consenting) == (
        True,
        False,
        True,
    )
    assert queue_status(kiosk.store).pending == 0


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_batch_resent_after_a_lost_acknowledgement_changes_nothing(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    shelter_with_people(kiosk, 4)
    cityos_peer.drop_after_write_next()
    report = replayer(kiosk, cityos_peer, oidc_provider, platform).run()
    assert (report.finished, cityos_peer.duplicates(), len(cityos_peer.change_ids())) == (
        True,
        0,
        len(entries(kiosk.store)),
    )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_server_errors_and_timeouts_back_off_and_then_succeed(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    shelter_with_people(kiosk, 4)
    cityos_peer.fail_next(503, times=2)
    cityos_peer.timeout_next(2.0)
    cityos_peer.slow_next(0.2)
    run = replayer(kiosk, cityos_peer, oidc_provider, platform)
    report = run.run()
    assert (report.finished, report.retries >= 3, cityos_peer.duplicates()) == (True, True, 0)


def test_network_down_stops_after_bounded_attempts_and_keeps_the_queue(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    shelter_with_people(kiosk, 2)
    cityos_peer.fail_next(503, times=100)
    report = replayer(kiosk, cityos_peer, oidc_provider, "ngsi-v2").run()
    assert (report.stopped_reason, report.sent, queue_status(kiosk.store).pending) == (
        "unreachable",
        0,
        len(entries(kiosk.store)),
    )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_expired_token_mid_run_reauthenticates(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    shelter_with_people(kiosk, 6)
    cityos_peer.unauthorized_next()
    run = replayer(kiosk, cityos_peer, oidc_provider, platform, batch=3)
    report = run.run()
    assert (report.finished, run.adapter.auth.tokens_fetched, cityos_peer.duplicates()) == (
        True,
        2,
        0,
    )  # type: ignore[attr-defined]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_refused_entity_is_a_visible_conflict_that_blocks_its_record_only(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    ids = shelter_with_people(kiosk, 4)
    refused = entity_id("person", ids[0])
    cityos_peer.conflict_for(refused)
    report = replayer(kiosk, cityos_peer, oidc_provider, platform).run()
    found = conflicts(kiosk.store)
    state = queue_status(kiosk.store)
    assert (report.finished, [c.record_id for c in found], state.blocked) == (True, [ids[0]], 1)
    assert found[0].reason.startswith("HTTP 409")
    assert cityos_peer.entity(entity_id("person", ids[1])) is not None
    cityos_peer.clear_conflict(refused)
    retry_conflict(kiosk.ctx, found[0].seq)
    replayer(kiosk, cityos_peer, oidc_provider, platform).run()
    assert (
        queue_status(kiosk.store).pending,
        cityos_peer.entity(refused)["telephone"] is not None,
    ) == (0, True)


def test_ngsi_ld_207_partial_is_handled_entity_by_entity(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    ids = shelter_with_people(kiosk, 4)
    cityos_peer.partial_next((entity_id("person", ids[2]),), status=400)
    replayer(kiosk, cityos_peer, oidc_provider, "ngsi-ld", batch=50).run()
    assert [c.record_id for c in conflicts(kiosk.store)] == [ids[2]]


def test_wrong_client_secret_is_a_clear_error(oidc_provider: Provider) -> None:
    with pytest.raises(BadCredentials):
        auth_for(oidc_provider, "wrong").token()


def test_no_token_or_secret_in_logs_or_reprs(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    shelter_with_people(kiosk, 2)
    cityos_peer.fail_next(503)
    run = replayer(kiosk, cityos_peer, oidc_provider, "ngsi-ld")
    run.run()
    token = run.adapter.auth.token()  # type: ignore[attr-defined]
    text = caplog.text + repr(run.adapter) + repr(run.adapter.auth)  # type: ignore[attr-defined]
    assert (token in text, oidc_provider.client_secret in text, token[:20] in text) == (
        False,
        False,
        False,
    )


def test_sync_push_through_the_command_line(
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
        "ngsi-ld",
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
    pid = run_cli("person", "add", "--name", "見本 花子", home=home).stdout.strip()
    run_cli("checkin", pid, home=home)
    pushed = run_cli("sync", "push", "--json", home=home)
    result = json.loads(pushed.stdout)
    assert (pushed.returncode, result["queue"]["pending"], result["report"]["sent"]) == (0, 0, 4)
    assert oidc_provider.client_secret not in pushed.stdout + pushed.stderr


@pytest.mark.parametrize("platform", PLATFORMS)
def test_survey_answers_reach_the_city_flagged_and_requests_only_with_consent(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    consenting = people.add_person(
        kiosk.ctx, PersonDraft(name="見本 花子", consent=frozenset({"city.emergency"}))
    )
    private = people.add_person(kiosk.ctx, PersonDraft(name="見本 太郎"))
    answers = {"health": 2, "request_text": "車いす用トイレ"}
    shared = submit(kiosk.ctx, consenting.id, answers, "ja")
    kept = submit(kiosk.ctx, private.id, answers, "ja")
    assert replayer(kiosk, cityos_peer, oidc_provider, platform).run().finished
    got = {r.id: cityos_peer.values(entity_id("survey", r.id)) for r in (shared, kept)}
    assert got[shared.id] is not None and got[kept.id] is not None
    assert (got[shared.id]["flagged"], got[shared.id]["requests"]) == (True, "車いす用トイレ")
    assert got[kept.id]["flagged"] is True
    assert "requests" not in got[kept.id] and "refEvacuee" not in got[kept.id]
