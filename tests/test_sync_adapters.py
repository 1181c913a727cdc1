"""Both City OS adapters against the real City OS peer behind the real OpenID provider: upserts,
idempotent re-sends, per-entity verdicts for 207 partials, retryable faults, conflicts with the
broker's reason, and 401 mid-run followed by success after re-authentication."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from sync.adapters import (
    BatchResult,
    BrokerAdapter,
    Entity,
    EntityResult,
    NgsiLdAdapter,
    Outcome,
    Relationship,
    make_adapter,
)
from sync.auth import OidcClientCredentials
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider, free_port

PLATFORMS = ("ngsi-v2", "ngsi-ld")
SHELTER = "urn:ngsi-ld:EvacuationShelter:S01"
IDS = [f"urn:ngsi-ld:Evacuee:00000000-0000-4000-8000-00000000000{n}" for n in range(4)]
MakeAdapter = Callable[..., BrokerAdapter]


def person(n: int, **extra: Any) -> Entity:
    return Entity.of(
        IDS[n],
        "Evacuee",
        {
            "name": f"見本 {n}",
            "birthYear": 1950 + n,
            "needsCare": n % 2 == 0,
            "needs": ["wheelchair", "medication"],
            "refShelter": Relationship(SHELTER),
            **extra,
        },
    )


@pytest.fixture
def auth(oidc_provider: Provider) -> Iterator[OidcClientCredentials]:
    credentials = OidcClientCredentials(
        oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
    )
    yield credentials
    credentials.close()


@pytest.fixture
def adapter_for(cityos_peer: CityOsPeer, auth: OidcClientCredentials) -> Iterator[MakeAdapter]:
    made: list[BrokerAdapter] = []

    def make(platform: str, **options: Any) -> BrokerAdapter:
        options.setdefault("timeout", (2.0, 0.5))
        adapter = make_adapter(platform, cityos_peer.url, options.pop("auth", auth), **options)
        made.append(adapter)
        return adapter

    yield make
    for adapter in made:
        adapter.close()


def verdicts(result: BatchResult) -> list[tuple[str, Outcome, int | None]]:
    return [(r.entity_id, r.outcome, r.status) for r in result.results]


def expected_values(entity: Entity) -> dict[str, Any]:
    return {
        name: value.object if isinstance(value, Relationship) else value
        for name, value in entity.attrs
    }


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_batch_is_upserted_and_the_peer_holds_what_was_sent(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, platform: str
) -> None:
    batch = [person(n) for n in range(3)]
    result = adapter_for(platform).send_batch(batch)
    assert (result.all_ok, result.requests) == (True, 1)
    assert {e.id: cityos_peer.values(e.id) for e in batch} == {
        e.id: expected_values(e) for e in batch
    }


@pytest.mark.parametrize("platform", PLATFORMS)
def test_sending_the_same_content_again_changes_nothing(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, platform: str
) -> None:
    adapter = adapter_for(platform)
    batch = [person(n) for n in range(3)]
    adapter.send_batch(batch)
    before = cityos_peer.entities
    again = adapter.send_batch(batch)
    assert (again.all_ok, cityos_peer.entities) == (True, before)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_later_attributes_merge_into_the_entity(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, platform: str
) -> None:
    adapter = adapter_for(platform)
    adapter.send_batch([person(0)])
    adapter.send_batch([Entity.of(IDS[0], "Evacuee", {"phone": "000-1111-2222"})])
    assert cityos_peer.values(IDS[0]) == {**expected_values(person(0)), "phone": "000-1111-2222"}


def test_ngsi_v2_wire_format(adapter_for: MakeAdapter, cityos_peer: CityOsPeer) -> None:
    at = datetime(2026, 11, 25, 18, 30, tzinfo=timezone(timedelta(hours=9)))
    entity = Entity.of(
        IDS[0],
        "Evacuee",
        {"name": "a", "n": 2, "ok": True, "tags": ["x"], "at": at, "note": "1-2 (apt 3)"},
    )
    entity = Entity(entity.id, entity.type, (*entity.attrs, ("refShelter", Relationship(SHELTER))))
    adapter_for("ngsi-v2", tenant="aizu", service_path="/shelters").send_batch([entity])
    seen = cityos_peer.requests_seen[-1]
    assert (seen.path, seen.tenant, seen.content_type, seen.status, seen.body) == (
        "/v2/op/update",
        "aizu",
        "application/json",
        204,
        {
            "actionType": "append",
            "entities": [
                {
                    "id": IDS[0],
                    "type": "Evacuee",
                    "name": {"type": "Text", "value": "a"},
                    "n": {"type": "Number", "value": 2},
                    "ok": {"type": "Boolean", "value": True},
                    "tags": {"type": "StructuredValue", "value": ["x"]},
                    "at": {"type": "DateTime", "value": "2026-11-25T09:30:00Z"},
                    "note": {"type": "TextUnrestricted", "value": "1-2 (apt 3)"},
                    "refShelter": {"type": "Relationship", "value": SHELTER},
                }
            ],
        },
    )


@pytest.mark.parametrize("inline", [False, True])
def test_ngsi_ld_wire_format(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, inline: bool
) -> None:
    at = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    entity = Entity.of(
        IDS[0],
        "Evacuee",
        {"name": "a", "at": at, "gone": None, "refShelter": Relationship(SHELTER)},
    )
    adapter = adapter_for("ngsi-ld", tenant="aizu", inline_context=inline)
    adapter.send_batch([entity])
    seen = cityos_peer.requests_seen[-1]
    body = {
        "id": IDS[0],
        "type": "Evacuee",
        "name": {"type": "Property", "value": "a"},
        "at": {
            "type": "Property",
            "value": {"@type": "DateTime", "@value": "2026-11-25T09:30:00Z"},
        },
        "refShelter": {"type": "Relationship", "object": SHELTER},
    }
    # Our own published terms (docs/shelter-kiosk-context.jsonld), not the default context.
    context = f"{cityos_peer.url}/ngsi-ld/contexts/shelter-kiosk.jsonld"
    assert (seen.query, seen.tenant, seen.content_type, seen.link, seen.body, seen.status) == (
        "options=update",
        "aizu",
        "application/ld+json" if inline else "application/json",
        ""
        if inline
        else f'<{context}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"',
        [{**body, "@context": context}] if inline else [body],
        201,
    )


def test_ngsi_ld_replace_mode_drops_attributes_not_sent(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer
) -> None:
    adapter = adapter_for("ngsi-ld", mode="replace")
    adapter.send_batch([person(0, phone="0")])
    adapter.send_batch([person(0)])
    assert cityos_peer.values(IDS[0]) == expected_values(person(0))


def test_ngsi_ld_207_is_mapped_entity_by_entity(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.partial_next([IDS[1]], status=409)
    cityos_peer.conflict_for(IDS[2], reason="shelter closed")
    result = adapter_for("ngsi-ld").send_batch([person(n) for n in range(4)])
    assert result.results == (
        EntityResult(IDS[0], Outcome.OK, 207),
        EntityResult(IDS[1], Outcome.CONFLICT, 409, "HTTP 409: AlreadyExists: refused (injected)"),
        EntityResult(IDS[2], Outcome.CONFLICT, 409, "HTTP 409: AlreadyExists: shelter closed"),
        EntityResult(IDS[3], Outcome.OK, 207),
    )
    assert sorted(cityos_peer.entities) == [IDS[0], IDS[3]]


def test_a_batch_ngsi_v2_refuses_as_a_whole_is_resent_one_by_one(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.conflict_for(IDS[1], reason="duplicate person")
    result = adapter_for("ngsi-v2").send_batch([person(n) for n in range(3)])
    reason = f"HTTP 409: Conflict: duplicate person: {IDS[1]}"
    assert (verdicts(result), result.outcome_of(IDS[1]).reason, result.requests) == (
        [(IDS[0], Outcome.OK, 204), (IDS[1], Outcome.CONFLICT, 409), (IDS[2], Outcome.OK, 204)],
        reason,
        4,
    )
    assert sorted(cityos_peer.entities) == [IDS[0], IDS[2]]


def test_without_isolation_a_whole_batch_refusal_is_every_entitys(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.partial_next([IDS[1]], status=400)
    result = adapter_for("ngsi-v2", isolate_conflicts=False).send_batch([person(0), person(1)])
    assert (verdicts(result), result.requests, cityos_peer.entities) == (
        [(IDS[0], Outcome.CONFLICT, 400), (IDS[1], Outcome.CONFLICT, 400)],
        1,
        {},
    )


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_server_errors_are_retryable(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, platform: str, status: int
) -> None:
    cityos_peer.fail_next(status)
    adapter = adapter_for(platform)
    failed = adapter.send_batch([person(0), person(1)])
    retried = adapter.send_batch([person(0), person(1)])
    assert (verdicts(failed), retried.all_ok) == (
        [(IDS[0], Outcome.RETRY, status), (IDS[1], Outcome.RETRY, status)],
        True,
    )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_timeout_is_retryable(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, platform: str
) -> None:
    cityos_peer.timeout_next(5.0)
    result = adapter_for(platform, timeout=(2.0, 0.3)).send_batch([person(0)])
    assert (result.results, cityos_peer.entities) == (
        (EntityResult(IDS[0], Outcome.RETRY, None, "no answer in time (timeout)"),),
        {},
    )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_dropped_connection_is_retryable_and_the_resend_changes_nothing(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, platform: str
) -> None:
    cityos_peer.drop_after_write_next()
    adapter = adapter_for(platform)
    dropped = adapter.send_batch([person(0), person(1)])
    held = cityos_peer.entities
    resent = adapter.send_batch([person(0), person(1)])
    assert (verdicts(dropped), sorted(held), resent.all_ok, cityos_peer.entities) == (
        [(IDS[0], Outcome.RETRY, None), (IDS[1], Outcome.RETRY, None)],
        [IDS[0], IDS[1]],
        True,
        held,
    )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_slow_broker_within_the_timeout_is_fine(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, platform: str
) -> None:
    cityos_peer.slow_next(0.2)
    assert adapter_for(platform, timeout=5.0).send_batch([person(0)]).all_ok


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_409_is_a_conflict_with_the_brokers_reason(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, platform: str
) -> None:
    cityos_peer.conflict_for(IDS[0], reason="registered at another shelter")
    result = adapter_for(platform).send_batch([person(0)])
    verdict = result.outcome_of(IDS[0])
    assert (verdict.outcome, verdict.status, "registered at another shelter" in verdict.reason) == (
        Outcome.CONFLICT,
        409,
        True,
    )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_401_mid_run_is_unauthorized_then_success_after_reauthentication(
    adapter_for: MakeAdapter,
    cityos_peer: CityOsPeer,
    auth: OidcClientCredentials,
    platform: str,
) -> None:
    adapter = adapter_for(platform)
    first = adapter.send_batch([person(0)])
    cityos_peer.unauthorized_next()
    refused = adapter.send_batch([person(1), person(2)])
    resent = adapter.send_batch([person(1), person(2)])
    assert (first.all_ok, refused.unauthorized, verdicts(refused), resent.all_ok) == (
        True,
        True,
        [(IDS[1], Outcome.UNAUTHORIZED, 401), (IDS[2], Outcome.UNAUTHORIZED, 401)],
        True,
    )
    assert (auth.tokens_fetched, sorted(cityos_peer.entities)) == (2, IDS[:3])


@pytest.mark.parametrize("platform", PLATFORMS)
def test_wrong_credentials_are_unauthorized_with_a_clear_reason(
    adapter_for: MakeAdapter, oidc_provider: Provider, platform: str
) -> None:
    wrong = OidcClientCredentials(oidc_provider.issuer, oidc_provider.client_id, "wrong")
    result = adapter_for(platform, auth=wrong).send_batch([person(0)])
    verdict = result.outcome_of(IDS[0])
    assert (verdict.outcome, verdict.status, verdict.reason.split(":")[0]) == (
        Outcome.UNAUTHORIZED,
        None,
        "bad_credentials",
    )


def test_an_unreachable_provider_is_retryable(adapter_for: MakeAdapter) -> None:
    down = OidcClientCredentials(f"http://127.0.0.1:{free_port()}", "kiosk", "s", timeout=2)
    result = adapter_for("ngsi-ld", auth=down).send_batch([person(0)])
    verdict = result.outcome_of(IDS[0])
    assert (verdict.outcome, verdict.reason.split(":")[0]) == (
        Outcome.RETRY,
        "provider_unreachable",
    )


def test_an_unreachable_broker_is_retryable(auth: OidcClientCredentials) -> None:
    adapter = make_adapter("ngsi-v2", f"http://127.0.0.1:{free_port()}", auth, timeout=2)
    result = adapter.send_batch([person(0)])
    adapter.close()
    assert verdicts(result) == [(IDS[0], Outcome.RETRY, None)]


def test_an_empty_batch_sends_nothing(adapter_for: MakeAdapter, cityos_peer: CityOsPeer) -> None:
    assert (adapter_for("ngsi-ld").send_batch([]), cityos_peer.requests_seen) == (
        BatchResult(()),
        (),
    )


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda a: a.send_batch([person(0), person(0)]), ValueError),
        (lambda a: a.send_batch([{"id": IDS[0]}]), TypeError),
        (lambda a: Entity("not a uri", "Evacuee"), ValueError),
        (lambda a: Entity(IDS[0], ""), ValueError),
        (lambda a: Entity(IDS[0], "Evacuee", (("id", "x"),)), ValueError),
        (lambda a: Entity(IDS[0], "Evacuee", (("a", 1), ("a", 2))), ValueError),
        (lambda a: Entity.of(IDS[0], "Evacuee", {"a": float("nan")}), ValueError),
        (lambda a: Entity.of(IDS[0], "Evacuee", {"a": datetime(2026, 1, 1)}), ValueError),
        (lambda a: Entity.of(IDS[0], "Evacuee", {"a": {1, 2}}), TypeError),
        (lambda a: make_adapter("ngsi-v3", "http://127.0.0.1:1", a.auth), ValueError),
        (lambda a: NgsiLdAdapter("http://127.0.0.1:1", a.auth, mode="merge"), ValueError),
    ],
)
def test_programming_errors_raise(
    adapter_for: MakeAdapter, call: Callable[[BrokerAdapter], object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        call(adapter_for("ngsi-v2"))


def test_entity_repr_names_attributes_but_not_values() -> None:
    entity = person(0, phone="000-1111-2222")
    assert repr(entity) == (
        f"Entity({IDS[0]!r}, 'Evacuee', "
        "attrs=['name', 'birthYear', 'needsCare', 'needs', 'refShelter', 'phone'])"
    )
    assert dict(entity.attributes)["phone"] == "000-1111-2222"


@pytest.mark.parametrize("platform", PLATFORMS)
def test_no_token_in_logs_reprs_or_reasons(
    adapter_for: MakeAdapter,
    cityos_peer: CityOsPeer,
    auth: OidcClientCredentials,
    oidc_provider: Provider,
    caplog: pytest.LogCaptureFixture,
    platform: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    adapter = adapter_for(platform)
    cityos_peer.unauthorized_next()
    cityos_peer.fail_next(503)
    results = [adapter.send_batch([person(0)]) for _ in range(3)]
    token = auth.token()
    text = caplog.text + repr(adapter) + repr(results) + repr(vars(adapter))
    assert (token[:20] in text, oidc_provider.client_secret in text) == (False, False)
    assert [r.results[0].outcome for r in results] == [
        Outcome.UNAUTHORIZED,
        Outcome.RETRY,
        Outcome.OK,
    ]


def test_a_401_for_one_entity_in_a_207_also_forgets_the_token(
    adapter_for: MakeAdapter, cityos_peer: CityOsPeer, auth: OidcClientCredentials
) -> None:
    adapter = adapter_for("ngsi-ld")
    cityos_peer.partial_next([IDS[1]], status=401)
    first = adapter.send_batch([person(0), person(1)])
    again = adapter.send_batch([person(1)])
    assert (verdicts(first)[1][1], again.all_ok, auth.tokens_fetched) == (
        Outcome.UNAUTHORIZED,
        True,
        2,  # the second batch logged in again
    )
