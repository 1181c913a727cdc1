"""Pull while online, against the real OpenID provider and the City OS test peer: the shelter's
own record, the opted-in roster of its district cached in the encrypted store, pre-filling the
card from a My Number token, an app code or a name search even with the City OS gone, and a
withdrawn consent removing the person at the next refresh."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest
from stdnum.jp import in_ as mynumber

from kiosk.city.trust_store import import_trust
from kiosk.core import Kiosk
from kiosk.identity import read_mynumber
from kiosk.identity.demo import demo_app_codes, demo_payloads, demo_trust_list
from kiosk.identity.trust import dump_trust_list
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings, save_settings
from kiosk.operations.shelter import get_shelter, mynumber_key
from kiosk.reception.arrival import admit, identify
from kiosk.registry import people
from kiosk.registry.roster_cache import find_resident, roster_status, search_roster
from sync.adapters import Entity, make_adapter
from sync.client import reader_for, replayer_for
from sync.errors import CityOsUnreachable, SyncError
from sync.mapping import entity_id
from sync.pull import pull
from tests.conftest import PASSPHRASE, run_cli
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider

DISTRICT = "aizu-07"


def number(serial: int) -> str:
    """A My Number with a valid check digit (not anyone's)."""
    body = f"{serial:011d}"
    return body + mynumber.calc_check_digit(body)


def resident(
    kiosk: Kiosk, serial: int, name: str, kana: str, opted_in: bool = True, **extra: object
) -> dict[str, object]:
    """A user-information record as the City OS holds it: its token is computed under the
    city's shared token key, which this kiosk was provisioned with."""
    token = read_mynumber(number(serial), mynumber_key(kiosk.store)).token
    return {
        "subject": f"cityos:resident:{serial}",
        "district": DISTRICT,
        "emergencySharing": opted_in,
        "name": name,
        "kana": kana,
        "sex": "F",
        "birth": "1948-02-03",
        "address": "会津若松市東栄町1-1",
        "phone": "0242-00-0000",
        "needs": ["wheelchair", "not-a-flag"],
        "consent": ["city.emergency", "anpi", "bogus.scope"],
        "mynumberToken": token,
        **extra,
    }


def configure(kiosk: Kiosk, peer: CityOsPeer, provider: Provider, platform: str) -> Settings:
    settings = replace(
        Settings(),
        platform=platform,
        cityos_endpoint=peer.url,
        oidc_issuer=provider.issuer,
        oidc_client_id=provider.client_id,
        roster_district=DISTRICT,
    )
    with kiosk.store.atomic():
        save_settings(kiosk.ctx, settings)
        kiosk.store.set_secret(CLIENT_SECRET, provider.client_secret.encode())
    return settings


def do_pull(kiosk: Kiosk, settings: Settings):  # type: ignore[no-untyped-def]
    return pull(kiosk.ctx, reader_for(kiosk.ctx, settings), settings.roster_district)


@pytest.fixture
def town(kiosk: Kiosk, cityos_peer: CityOsPeer) -> CityOsPeer:
    cityos_peer.add_resident(resident(kiosk, 1, "会津 花子", "あいづ はなこ"))
    cityos_peer.add_resident(resident(kiosk, 2, "若松 一郎", "わかまつ いちろう"))
    cityos_peer.add_resident(resident(kiosk, 3, "鶴ヶ城 次郎", "つるがじょう", opted_in=False))
    cityos_peer.add_resident({**resident(kiosk, 4, "他区 三郎", "たく"), "district": "other"})
    return cityos_peer


@pytest.mark.parametrize("platform", ["ngsi-v2", "ngsi-ld"])
def test_pull_caches_only_opted_in_residents_of_the_district(
    kiosk: Kiosk, town: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    settings = configure(kiosk, town, oidc_provider, platform)
    report = do_pull(kiosk, settings)
    assert report.roster is not None
    assert (report.roster.total, report.roster.added, report.roster.removed) == (2, 2, 0)
    assert roster_status(kiosk.store).residents == 2
    cached = find_resident(kiosk.store, cityos_subject="cityos:resident:1")
    assert cached is not None
    # Only known flags and scopes are kept; nothing is guessed.
    assert (cached.name, cached.needs, cached.consent) == (
        "会津 花子",
        frozenset({"wheelchair"}),
        frozenset({"city.emergency", "anpi"}),
    )
    for missing in ("cityos:resident:3", "cityos:resident:4"):
        assert find_resident(kiosk.store, cityos_subject=missing) is None


def test_a_my_number_prefills_from_the_cache_with_the_city_os_gone(
    kiosk: Kiosk, town: CityOsPeer, oidc_provider: Provider
) -> None:
    do_pull(kiosk, configure(kiosk, town, oidc_provider, "ngsi-ld"))
    town.stop()  # the network is gone from here on
    arrival = identify(kiosk.store, number(1), kiosk.ctx.now())
    assert (arrival.needs_registration, [d.name for d in arrival.newcomers]) == (
        False,
        ["会津 花子"],
    )
    admitted = admit(kiosk.ctx, arrival)
    person = people.get_person(kiosk.store, admitted.person_ids[0])
    assert (person.name, person.state, person.cityos_subject) == (
        "会津 花子",
        "in",
        "cityos:resident:1",
    )
    again = identify(kiosk.store, number(1), kiosk.ctx.now())
    assert ([p.id for p in again.known], again.newcomers) == ([person.id], ())
    # Someone in no roster still gets the empty card.
    assert identify(kiosk.store, number(99), kiosk.ctx.now()).needs_registration


def test_name_search_finds_cached_residents_not_yet_registered(
    kiosk: Kiosk, town: CityOsPeer, oidc_provider: Provider
) -> None:
    do_pull(kiosk, configure(kiosk, town, oidc_provider, "ngsi-v2"))
    assert [r.name for r in search_roster(kiosk.store, "ワカマツ")] == ["若松 一郎"]
    assert [r.name for r in search_roster(kiosk.store, "会津")] == ["会津 花子"]
    people.add_person(
        kiosk.ctx, find_resident(kiosk.store, cityos_subject="cityos:resident:1").draft()
    )  # type: ignore[union-attr]
    assert search_roster(kiosk.store, "会津") == []  # registered: found as a person instead
    assert search_roster(kiosk.store, "鶴ヶ城") == []


def test_an_app_code_takes_what_it_lacks_from_the_roster(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    payload = demo_payloads(kiosk.ctx.now())[0][1]
    member = payload.members[0]
    subject = member.subject
    assert member.needs == frozenset()  # the code says nothing about needs
    record = {**resident(kiosk, 5, "別名", "べつめい"), "subject": subject}
    record["address"] = "会津若松市追手町5-5"
    cityos_peer.add_resident(record)
    do_pull(kiosk, configure(kiosk, cityos_peer, oidc_provider, "ngsi-ld"))
    arrival = identify(kiosk.store, demo_app_codes(kiosk.ctx.now())[0].text, kiosk.ctx.now())
    draft = arrival.newcomers[0]
    # The signed code wins where it says something; the roster fills only its gaps.
    assert (draft.name, draft.birth) == (member.name, member.birth)
    assert draft.address == (member.address or payload.address or record["address"])
    assert draft.needs.flags == frozenset({"wheelchair"})


def test_withdrawn_consent_removes_the_person_at_the_next_refresh(
    kiosk: Kiosk, town: CityOsPeer, oidc_provider: Provider
) -> None:
    settings = configure(kiosk, town, oidc_provider, "ngsi-ld")
    do_pull(kiosk, settings)
    town.set_opt_in("cityos:resident:2", False)
    report = do_pull(kiosk, settings)
    assert report.roster is not None
    assert (report.roster.total, report.roster.removed) == (1, 1)
    assert find_resident(kiosk.store, cityos_subject="cityos:resident:2") is None
    assert identify(kiosk.store, number(2), kiosk.ctx.now()).needs_registration


def test_residents_served_without_opt_in_are_dropped_by_the_kiosk_too(
    kiosk: Kiosk, town: CityOsPeer, oidc_provider: Provider
) -> None:
    town.leak_opted_out()
    report = do_pull(kiosk, configure(kiosk, town, oidc_provider, "ngsi-ld"))
    assert report.roster is not None
    assert (report.roster.total, report.roster.dropped) == (2, 1)
    assert find_resident(kiosk.store, cityos_subject="cityos:resident:3") is None


def test_paging_collects_every_page(
    kiosk: Kiosk, town: CityOsPeer, oidc_provider: Provider
) -> None:
    for serial in range(10, 25):
        town.add_resident(resident(kiosk, serial, f"見本 {serial}", f"みほん {serial}"))
    settings = configure(kiosk, town, oidc_provider, "ngsi-ld")
    reader = reader_for(kiosk.ctx, settings)
    reader.page_size = 4
    report = pull(kiosk.ctx, reader, DISTRICT)
    assert report.roster is not None and report.roster.total == 17


def test_an_unreachable_city_os_keeps_the_cached_roster(
    kiosk: Kiosk, town: CityOsPeer, oidc_provider: Provider
) -> None:
    settings = configure(kiosk, town, oidc_provider, "ngsi-ld")
    do_pull(kiosk, settings)
    town.stop()
    with pytest.raises(CityOsUnreachable) as refused:
        do_pull(kiosk, settings)
    assert "kept" in refused.value.message
    assert roster_status(kiosk.store).residents == 2


def test_shelter_record_from_the_city_unless_local_changes_are_queued(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    settings = configure(kiosk, cityos_peer, oidc_provider, "ngsi-ld")
    shelter_id = get_shelter(kiosk.store).id
    ours = get_shelter(kiosk.store)
    auth = reader_for(kiosk.ctx, settings).auth
    city = make_adapter("ngsi-ld", cityos_peer.url, auth)
    designated = {"peopleCapacity": ours.capacity + 70, "disasterTypes": ["flood", "earthquake"]}
    assert city.send_batch(
        [Entity.of(entity_id("shelter", shelter_id), "EvacuationShelter", designated)]
    ).all_ok
    # The kiosk's own shelter record is still queued: it is newer, so it is kept.
    first = do_pull(kiosk, replace(settings, roster_district=""))
    assert (first.shelter_kept_local, first.shelter_updated, first.roster) == (True, False, None)
    assert get_shelter(kiosk.store).capacity == ours.capacity
    replayer_for(kiosk.ctx, settings).run()
    # Our push overwrote the city's values; the city designates them again.
    assert city.send_batch(
        [Entity.of(entity_id("shelter", shelter_id), "EvacuationShelter", designated)]
    ).all_ok
    second = do_pull(kiosk, settings)
    taken = get_shelter(kiosk.store)
    assert second.shelter_updated
    assert (taken.capacity, taken.disaster_types, taken.is_open) == (
        ours.capacity + 70,
        ("flood", "earthquake"),
        ours.is_open,
    )


def test_pull_logs_and_errors_carry_no_personal_data(
    kiosk: Kiosk, town: CityOsPeer, oidc_provider: Provider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = configure(kiosk, town, oidc_provider, "ngsi-ld")
    report = do_pull(kiosk, settings)
    town.stop()
    with pytest.raises(SyncError) as refused:
        do_pull(kiosk, settings)
    text = (
        caplog.text
        + repr(report)
        + str(refused.value)
        + repr(find_resident(kiosk.store, cityos_subject="cityos:resident:1"))
    )
    for secret in ("会津", "花子", "0242", "東栄町", oidc_provider.client_secret):
        assert secret not in text


def test_sync_pull_through_the_command_line(
    kiosk: Kiosk, town: CityOsPeer, oidc_provider: Provider, kiosk_home: Path
) -> None:
    configure(kiosk, town, oidc_provider, "ngsi-v2")
    kiosk.close()
    pulled = run_cli("sync", "pull", "--json", home=kiosk_home, passphrase=PASSPHRASE)
    assert pulled.returncode == 0, pulled.stderr
    assert json.loads(pulled.stdout)["roster"]["total"] == 2
    status = run_cli("sync", "status", "--json", home=kiosk_home)
    assert json.loads(status.stdout)["roster"]["residents"] == 2
    assert "会津" not in pulled.stdout + pulled.stderr
