"""Types a broker and its dashboards understand (issue #14 §4, findings 4 and 5): times as
DateTime, the shelter's place as GeoJSON, the FIWARE Building attributes and the national shelter
id, one-element arrays read back whether Orion-LD reduced them or not, empty arrays not sent."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
import requests

from kiosk.basics.errors import ValidationError
from kiosk.core import Kiosk
from kiosk.operations.shelter import get_shelter, update_shelter
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.adapters import Entity, make_adapter
from sync.adapters.ngsi_ld import KIOSK_CONTEXT_PATH, link_header
from sync.client import reader_for
from sync.mapping import entity_id, jsonld_context
from tests.conftest import REPO
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from tests.test_sync_plain_broker import replay
from tests.test_sync_pull import configure, do_pull

PLATFORMS = ("ngsi-v2", "ngsi-ld")
NATIONAL_ID = "07202000000123"


def checked_in_person(kiosk: Kiosk) -> str:
    _, members = people.add_household(
        kiosk.ctx, [PersonDraft(name="見本 一", birth=date(1980, 1, 1))]
    )
    checkin.check_in(kiosk.ctx, [members[0].id])
    return members[0].id


@pytest.mark.parametrize("platform", PLATFORMS)
def test_event_times_are_datetime_on_the_broker(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    """Finding 4: ``dateObserved`` went as Text (v2) or a plain string (LD)."""
    checked_in_person(kiosk)
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    events = [e for e in cityos_peer.entities.values() if e["type"] == "EvacueeStayEvent"]
    observed = events[0]["dateObserved"]
    if platform == "ngsi-v2":
        assert (observed["type"], observed["value"].endswith("Z")) == ("DateTime", True)
    else:
        assert (observed["type"], observed["value"]["@type"]) == ("Property", "DateTime")


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_shelter_is_a_building_with_a_geojson_location_and_its_national_id(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    shelter = get_shelter(kiosk.store)
    update_shelter(
        kiosk.ctx, replace(shelter, latitude=37.49, longitude=139.93, national_id=NATIONAL_ID)
    )
    checked_in_person(kiosk)
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    held = cityos_peer.entity(entity_id("shelter", shelter.id)) or {}
    values = cityos_peer.values(entity_id("shelter", shelter.id)) or {}
    geo_type = "geo:json" if platform == "ngsi-v2" else "GeoProperty"
    category = ["public"] if platform == "ngsi-v2" else "public"  # Orion-LD array reduction
    assert (held["location"]["type"], values["location"]) == (
        geo_type,
        {"type": "Point", "coordinates": [139.93, 37.49]},
    )
    assert (
        values["peopleCapacity"],
        values["peopleOccupancy"],
        values["category"],
        values["nationalShelterId"],
    ) == (shelter.capacity, 1, category, NATIONAL_ID)


@pytest.mark.parametrize("bad", ["123", "0720200000012X", "０７２０２０００００００１２３"])
def test_the_national_shelter_id_is_exactly_14_ascii_digits(kiosk: Kiosk, bad: str) -> None:
    with pytest.raises(ValidationError) as refused:
        update_shelter(kiosk.ctx, replace(get_shelter(kiosk.store), national_id=bad))
    assert (refused.value.field, get_shelter(kiosk.store).national_id) == ("national_id", "")


def test_a_one_element_array_reduced_by_orion_ld_is_read_back(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    """Finding 5: the city designates one disaster type; Orion-LD serves ``"flood"``."""
    settings = configure(kiosk, cityos_peer, oidc_provider, "ngsi-ld")
    shelter_id = get_shelter(kiosk.store).id
    replay(kiosk, cityos_peer, oidc_provider, "ngsi-ld")  # nothing of ours left queued
    city = make_adapter("ngsi-ld", cityos_peer.url, reader_for(kiosk.ctx, settings).auth)
    designated = {"disasterTypes": ["flood"], "nationalShelterId": NATIONAL_ID}
    assert city.send_batch(
        [Entity.of(entity_id("shelter", shelter_id), "EvacuationShelter", designated)]
    ).all_ok
    stored = (cityos_peer.values(entity_id("shelter", shelter_id)) or {})["disasterTypes"]
    report = do_pull(kiosk, replace(settings, roster_district=""))
    taken = get_shelter(kiosk.store)
    assert (stored, report.shelter_updated, taken.disaster_types, taken.national_id) == (
        "flood",
        True,
        ("flood",),
        NATIONAL_ID,
    )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_empty_arrays_are_not_sent(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    update_shelter(kiosk.ctx, replace(get_shelter(kiosk.store), disaster_types=()))
    checked_in_person(kiosk)  # no consent: an empty consent list
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    empty = [
        (entity["id"], name)
        for seen in cityos_peer.requests_seen
        for entity in (seen.body["entities"] if isinstance(seen.body, dict) else seen.body or [])
        if isinstance(entity, dict)
        for name, attribute in entity.items()
        if isinstance(attribute, dict) and attribute.get("value") == []
    ]
    assert empty == []


def test_the_published_context_is_generated_from_the_mapping_and_served_by_the_peer(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    """Our own terms in a published JSON-LD @context (docs/), the one the LD writes link to."""
    published = json.loads((REPO / "docs" / "shelter-kiosk-context.jsonld").read_text("utf-8"))
    served = requests.get(f"{cityos_peer.url}{KIOSK_CONTEXT_PATH}", timeout=5)
    checked_in_person(kiosk)
    replay(kiosk, cityos_peer, oidc_provider, "ngsi-ld")
    writes = [r for r in cityos_peer.requests_seen if r.path.endswith("/upsert")]
    terms = published["@context"][0]
    sent = {name for r in writes for e in r.body for name in e} - {"id", "type", "location"}
    assert (published, served.json(), served.headers["Content-Type"]) == (
        jsonld_context(),
        published,
        "application/ld+json",
    )
    assert ({w.link for w in writes}, sent - set(terms)) == (
        {link_header(cityos_peer.url + KIOSK_CONTEXT_PATH)},
        set(),
    )
