"""Against a broker that behaves like Orion / Orion-LD (the faithful test peer: no change-id
dedup, merging appends): what a person withdraws leaves the city, an older change never
overwrites a newer one, a gateway's 403 stops the replay without conflicts, and requests stay
under the 1 MB body limit (issue #14 findings 1, 2, 6, 7)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kiosk.city.outbox import entries
from kiosk.core import Kiosk
from kiosk.operations.shelter import get_shelter
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.people import consent_of
from kiosk.registry.records import HouseholdDraft, Needs, PersonDraft
from kiosk.registry.vocab import ANPI_SCOPE, CONSENT_SCOPES
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.bundle import export_bundle
from sync.cityos_import import main
from sync.delivery import queue_status
from sync.mapping import MAPPING, entity_id, map_entry
from sync.replay import Replayer
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from tests.test_cityos_import import files, tool_args  # noqa: F401 - fixture

PLATFORMS = ("ngsi-v2", "ngsi-ld")
ALL = frozenset({*CONSENT_SCOPES, ANPI_SCOPE})
SEQ = {"changeId", "changeSeq", "changeHlc"}


def replay(kiosk: Kiosk, peer: CityOsPeer, provider: Provider, platform: str, batch: int = 10):  # type: ignore[no-untyped-def]
    auth = ClientCredentials(provider.issuer, provider.client_id, provider.client_secret)
    adapter = make_adapter(platform, peer.url, auth, timeout=5.0)
    report = Replayer(kiosk.ctx, adapter, batch, sleep=lambda s: None).run()
    adapter.close()
    return report, auth


def sharing_representative(kiosk: Kiosk, consent: frozenset[str] = ALL) -> tuple[str, str]:
    """A representative who shares everything: phone, health details, a car."""
    household, members = people.add_household(
        kiosk.ctx,
        [
            PersonDraft(
                name="会津 花子",
                kana="あいづ はなこ",
                birth=date(1960, 4, 1),
                address="会津若松市東栄町3-46",
                phone="090-1111-2222",
                stay="vehicle",
                stay_detail="駐車場 B",
                needs=Needs(
                    frozenset({"medication", "illness"}),
                    care_level="要介護1",
                    illness="高血圧",
                    medication="降圧剤",
                    allergies="そば",
                    dietary="減塩",
                ),
                cityos_subject="cityos-subject-1",
                consent=consent,
            )
        ],
        HouseholdDraft(vehicle_plate="会津 500 あ 12-34", vehicle_type="軽自動車"),
    )
    checkin.check_in(kiosk.ctx, [members[0].id])
    return household.id, members[0].id


def broker_names(peer: CityOsPeer, record_type: str, record_id: str) -> set[str]:
    return set(peer.values(entity_id(record_type, record_id)) or {}) - SEQ


def expected_names(kiosk: Kiosk, record_type: str, record_id: str) -> set[str]:
    """What the newest change of the record maps to under the person's consent now."""
    newest = [
        e for e in entries(kiosk.store) if (e.record_type, e.record_id) == (record_type, record_id)
    ][-1]
    shelter = get_shelter(kiosk.store).id
    mapped = map_entry(newest, shelter, lambda pid: consent_of(kiosk.store, pid))
    return {name for name, _ in mapped.attrs}


def scoped(scope: str, record_type: str) -> set[str]:
    return {r.attribute for r in MAPPING if r.scope == scope and r.record_type == record_type}


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("scope", sorted(ALL))
def test_withdrawing_a_consent_scope_removes_what_it_covered_from_the_broker(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str, scope: str
) -> None:
    household_id, person_id = sharing_representative(kiosk)
    replay(kiosk, cityos_peer, oidc_provider, platform)
    shared_before = broker_names(cityos_peer, "person", person_id)
    household_before = broker_names(cityos_peer, "household", household_id)
    person = people.get_person(kiosk.store, person_id)
    people.update_person(kiosk.ctx, replace(person, consent=ALL - {scope}))
    report, _ = replay(kiosk, cityos_peer, oidc_provider, platform)
    held = broker_names(cityos_peer, "person", person_id)
    scopes_held = set(cityos_peer.values(entity_id("person", person_id))["consentScopes"])
    assert report.finished
    household_held = broker_names(cityos_peer, "household", household_id)
    # What the scope covered was stored before (none for scopes no attribute needs) ...
    assert scoped(scope, "person") <= shared_before
    assert scoped(scope, "household") & {"vehiclePlate", "vehicleType"} <= household_before
    # ... and afterwards the broker holds exactly what the person still shares.
    assert (held, held & scoped(scope, "person"), scope in scopes_held) == (
        expected_names(kiosk, "person", person_id),
        set(),
        False,
    )
    assert (household_held, household_held & scoped(scope, "household")) == (
        expected_names(kiosk, "household", household_id),
        set(),
    )
    if scope == ANPI_SCOPE:
        assert (
            cityos_peer.values(entity_id("person", person_id))["safetyStatusDisclosable"] is False
        )


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("through", ["online", "bundle"])
def test_withdrawn_consent_and_cleared_fields_leave_the_broker(
    kiosk: Kiosk,
    files: dict[str, Path],  # noqa: F811 - fixture
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    platform: str,
    through: str,
) -> None:
    """Finding 2: she withdraws consent and clears her phone and her car."""
    household_id, person_id = sharing_representative(kiosk)
    replay(kiosk, cityos_peer, oidc_provider, platform)
    person = people.get_person(kiosk.store, person_id)
    people.update_person(
        kiosk.ctx, replace(person, phone="", consent=frozenset({"family.emergency"}))
    )
    household = people.get_household(kiosk.store, household_id)
    people.update_household(kiosk.ctx, replace(household, vehicle_plate="", vehicle_type=""))
    if through == "online":
        assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    else:
        export_bundle(kiosk.ctx, files["bundle"])
        assert main(tool_args(files, cityos_peer.url, oidc_provider, platform)) == 0
    person_held = broker_names(cityos_peer, "person", person_id)
    household_held = broker_names(cityos_peer, "household", household_id)
    gone = {"name", "nameKana", "telephone", "medication", "illness", "address", "birthDate"}
    assert (person_held & gone, household_held & {"vehiclePlate", "vehicleType"}) == (set(), set())
    assert person_held == {"refShelter", "stayType", "consentScopes", "safetyStatusDisclosable"}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_an_old_bundle_imported_after_newer_data_went_online_changes_nothing(
    kiosk: Kiosk,
    files: dict[str, Path],  # noqa: F811 - fixture
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    platform: str,
) -> None:
    """Finding 1: bundle with phone 1111, card edited to 2222, replayed online, old bundle."""
    _, person_id = sharing_representative(kiosk)
    person = people.get_person(kiosk.store, person_id)
    people.update_person(kiosk.ctx, replace(person, phone="090-0000-1111"))
    export_bundle(kiosk.ctx, files["bundle"])
    people.update_person(kiosk.ctx, replace(person, phone="090-0000-2222"))
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    code = main(tool_args(files, cityos_peer.url, oidc_provider, platform))
    values = cityos_peer.values(entity_id("person", person_id)) or {}
    assert (code, values["telephone"], cityos_peer.duplicates()) == (0, "090-0000-2222", 0)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_two_bundles_imported_in_the_wrong_order_end_in_the_newest_state(
    kiosk: Kiosk,
    files: dict[str, Path],  # noqa: F811 - fixture
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    platform: str,
    tmp_path: Path,
) -> None:
    _, person_id = sharing_representative(kiosk)
    person = people.get_person(kiosk.store, person_id)
    people.update_person(kiosk.ctx, replace(person, phone="090-0000-1111"))
    older = files["bundle"].with_name("older.jwe")
    export_bundle(kiosk.ctx, older)
    people.update_person(kiosk.ctx, replace(person, phone="090-0000-2222", consent=frozenset()))
    export_bundle(kiosk.ctx, files["bundle"])
    newer_code = main(tool_args(files, cityos_peer.url, oidc_provider, platform))
    older_args = tool_args(files, cityos_peer.url, oidc_provider, platform)
    older_args[0] = str(older)
    older_code = main(older_args)
    held = broker_names(cityos_peer, "person", person_id)
    assert (newer_code, older_code, "telephone" in held, held) == (
        0,
        0,
        False,
        expected_names(kiosk, "person", person_id),
    )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_gateway_refusing_every_write_stops_the_replay_without_conflicts(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    """Finding 6: every write 403 → the token is renewed once, then the replay stops and says
    why; nothing becomes a conflict and nothing leaves the queue."""
    sharing_representative(kiosk)
    queued = queue_status(kiosk.store).pending
    cityos_peer.gateway_forbids()
    report, auth = replay(kiosk, cityos_peer, oidc_provider, platform)
    status = queue_status(kiosk.store)
    assert (report.finished, report.stopped_reason, report.conflicts, auth.tokens_fetched) == (
        False,
        "forbidden",
        0,
        2,
    )
    assert (status.pending, status.conflicts) == (queued, 0)


def test_a_403_once_renews_the_token_and_carries_on(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    sharing_representative(kiosk)
    cityos_peer.forbidden_next()
    report, auth = replay(kiosk, cityos_peer, oidc_provider, "ngsi-v2")
    assert (report.finished, report.conflicts, auth.tokens_fetched) == (True, 0, 2)


def test_500_full_evacuee_updates_go_in_two_requests_under_900_kb(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    """Finding 7: a 500-entity batch of full cards was 1,059,439 bytes → 413 → 502 single
    requests; capped by size it is two writes, none over 900,000 bytes."""
    long = "避難所で長く過ごすための詳しい記録" * 11  # 187 characters, under the 200 limit
    drafts = [
        PersonDraft(
            name=f"見本 太郎 {i}",
            kana="みほん たろう",
            birth=date(1950, 1, 1),
            address=long,
            phone="090-1234-5678",
            needs=Needs(frozenset({"illness"}), illness=long, medication=long),
            consent=ALL,
        )
        for i in range(500)
    ]
    for start in range(0, 500, 100):
        people.add_household(kiosk.ctx, drafts[start : start + 100])
    assert replay(kiosk, cityos_peer, oidc_provider, "ngsi-v2", batch=1000)[0].finished
    writes = [
        r for r in cityos_peer.requests_seen if r.path == "/v2/op/update" and r.status is not None
    ]
    people_writes = [r for r in writes if any(e["type"] == "Evacuee" for e in r.body["entities"])]
    sizes = [len(json.dumps(r.body, ensure_ascii=False).encode()) for r in people_writes]
    assert (len(people_writes), max(sizes) <= 900_000, sum(sizes) > 1_048_576) == (2, True, True)
    assert {r.status for r in writes} == {204}
