"""The City OS test peer refuses and rewrites what Orion and Orion-LD do (issue #14 §1): merge
vs replace, attribute deletion, the NGSI-LD Null, identifier and tenant rules, one-element
array reduction, the 1 MB body limit and a gateway's 403. Raw HTTP, independent of our client."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests

from tests.peers.cityos_peer import CityOsPeer
from tests.peers.ngsi_rules import MAX_BODY
from tests.test_cityos_peer import LINK, A, B, answer, ld_entity, ld_post, v2_entity, v2_post


def test_v2_append_merges_and_replace_replaces(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    v2_post(http, cityos_peer, v2_entity(A, name="n", phone="1"))
    v2_post(http, cityos_peer, v2_entity(A, stay="car"))
    merged = cityos_peer.values(A)
    replaced = v2_post(http, cityos_peer, v2_entity(A, stay="home"), action="replace")
    assert (merged, replaced.status_code, cityos_peer.values(A)) == (
        {"name": "n", "phone": "1", "stay": "car"},
        204,
        {"stay": "home"},
    )


def test_v2_delete_action_and_attribute_delete(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    v2_post(http, cityos_peer, v2_entity(A, name="n", phone="1", plate="x"))
    gone = v2_post(http, cityos_peer, v2_entity(A, phone=""), action="delete")
    single = http.delete(f"{cityos_peer.url}/v2/entities/{A}/attrs/plate", timeout=5)
    again = http.delete(f"{cityos_peer.url}/v2/entities/{A}/attrs/plate", timeout=5)
    missing = v2_post(http, cityos_peer, v2_entity(B, x=""), action="delete")
    assert (gone.status_code, single.status_code, again.status_code, missing.status_code) == (
        204,
        204,
        404,
        404,
    )
    assert cityos_peer.values(A) == {"name": "n"}


def test_v2_replace_of_an_unknown_entity_is_404(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    assert answer(v2_post(http, cityos_peer, v2_entity(A, x="1"), action="replace")) == (
        404,
        {"error": "NotFound", "description": f"do not exist: {A} - [entity itself]"},
    )


@pytest.mark.parametrize(
    "entity_id",
    ["urn:ngsi-ld:EvacuationShelter:会津", "urn:a/b", "urn:a#2", "urn:a&b", "urn:a?b", "urn:a b"],
)
def test_v2_ids_orion_refuses_are_400(
    http: requests.Session, cityos_peer: CityOsPeer, entity_id: str
) -> None:
    response = v2_post(http, cityos_peer, v2_entity(entity_id, x="1"))
    assert (response.status_code, response.json()["error"], cityos_peer.entities) == (
        400,
        "BadRequest",
        {},
    )


def test_v2_attribute_names_over_256_or_with_forbidden_characters_are_400(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    statuses = [
        v2_post(http, cityos_peer, {"id": A, "type": "T", name: {"value": 1}}).status_code
        for name in ("a" * 257, "a/b", "a(b", "名前")
    ]
    assert statuses == [400, 400, 400, 400]


@pytest.mark.parametrize(
    ("tenant", "status"), [("aizu_1", 204), ("Aizu", 204), ("aizu-1", 400), ("a" * 51, 400)]
)
def test_v2_tenant_rule(
    http: requests.Session, cityos_peer: CityOsPeer, tenant: str, status: int
) -> None:
    response = http.post(
        cityos_peer.url + "/v2/op/update",
        json={"actionType": "append", "entities": [v2_entity(A, x="1")]},
        headers={"Fiware-Service": tenant},
        timeout=5,
    )
    assert response.status_code == status
    if status == 204:  # Orion reads the tenant in lower case
        assert cityos_peer.values(A, tenant.lower()) == {"x": "1"}


def test_ld_tenant_rule(http: requests.Session, cityos_peer: CityOsPeer) -> None:
    def post(tenant: str) -> int:
        return http.post(
            f"{cityos_peer.url}/ngsi-ld/v1/entityOperations/upsert?options=update",
            data=json.dumps([ld_entity(A, x="1")]),
            headers={"Content-Type": "application/json", "Link": LINK, "NGSILD-Tenant": tenant},
            timeout=5,
        ).status_code

    assert [post("aizu-1"), post("aizu.1"), post("a" * 51)] == [201, 400, 400]


def test_ld_update_merges_replace_replaces_and_null_deletes(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    ld_post(http, cityos_peer, ld_entity(A, name="n", phone="1"))
    ld_post(http, cityos_peer, ld_entity(A, stay="car"))
    merged = cityos_peer.values(A)
    nulled = ld_post(http, cityos_peer, {"id": A, "type": "Evacuee", "phone": "urn:ngsi-ld:null"})
    after_null = cityos_peer.values(A)
    ld_post(http, cityos_peer, ld_entity(A, stay="home"), options="replace")
    assert (merged, nulled.status_code, after_null, cityos_peer.values(A)) == (
        {"name": "n", "phone": "1", "stay": "car"},
        204,
        {"name": "n", "stay": "car"},
        {"stay": "home"},
    )


def test_ld_attribute_delete_patch_and_batch_update(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    ld_post(http, cityos_peer, ld_entity(A, name="n", phone="1", plate="x"))
    headers = {"Content-Type": "application/json", "Link": LINK}
    deleted = http.delete(f"{cityos_peer.url}/ngsi-ld/v1/entities/{A}/attrs/plate", timeout=5)
    patched = http.patch(
        f"{cityos_peer.url}/ngsi-ld/v1/entities/{A}/attrs",
        data=json.dumps({"phone": {"type": "Property", "value": "urn:ngsi-ld:null"}}),
        headers=headers,
        timeout=5,
    )
    updated = http.post(
        f"{cityos_peer.url}/ngsi-ld/v1/entityOperations/update",
        data=json.dumps([ld_entity(A, name="m"), ld_entity(B, name="b")]),
        headers=headers,
        timeout=5,
    )
    assert (deleted.status_code, patched.status_code, updated.status_code) == (204, 204, 207)
    assert (cityos_peer.values(A), cityos_peer.entity(B)) == ({"name": "m"}, None)


def test_ld_one_element_arrays_are_reduced(http: requests.Session, cityos_peer: CityOsPeer) -> None:
    ld_post(http, cityos_peer, ld_entity(A, disasterTypes=["flood"], both=["a", "b"]))
    read = http.get(f"{cityos_peer.url}/ngsi-ld/v1/entities/{A}", headers={"Link": LINK}, timeout=5)
    assert (cityos_peer.values(A), read.json()["disasterTypes"]["value"]) == (
        {"disasterTypes": "flood", "both": ["a", "b"]},
        "flood",
    )


def test_ld_ids_must_be_ascii_uris(http: requests.Session, cityos_peer: CityOsPeer) -> None:
    response = ld_post(http, cityos_peer, ld_entity("urn:ngsi-ld:EvacuationShelter:会津", x=1))
    assert (response.status_code, response.json()["errors"][0]["error"]["status"]) == (207, 400)


@pytest.mark.parametrize("ld", [False, True])
def test_bodies_over_one_mebibyte_are_413(
    http: requests.Session, cityos_peer: CityOsPeer, ld: bool
) -> None:
    filler = "x" * (MAX_BODY + 1)
    if ld:
        response = ld_post(http, cityos_peer, ld_entity(A, big=filler))
    else:
        response = v2_post(http, cityos_peer, v2_entity(A, big=filler))
    assert (response.status_code, cityos_peer.entities) == (413, {})


def test_a_gateway_answers_403_to_writes_but_lets_reads_pass(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    v2_post(http, cityos_peer, v2_entity(A, x="1"))
    cityos_peer.gateway_forbids()
    refused = v2_post(http, cityos_peer, v2_entity(A, x="2"))
    read = http.get(f"{cityos_peer.url}/v2/entities/{A}", timeout=5)
    cityos_peer.gateway_forbids(False)
    cityos_peer.forbidden_next()
    once = v2_post(http, cityos_peer, v2_entity(A, x="3"))
    assert (refused.status_code, read.status_code, once.status_code) == (403, 200, 403)
    assert cityos_peer.values(A) == {"x": "1"}


def _query(http: requests.Session, peer: CityOsPeer, path: str, body: Any, query: str) -> Any:
    return http.post(
        f"{peer.url}{path}?{query}",
        data=json.dumps(body),
        headers={"Content-Type": "application/json", "Link": LINK},
        timeout=5,
    )


def test_batch_queries_return_the_asked_attributes_and_honour_the_limit(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    v2_post(http, cityos_peer, v2_entity(A, changeSeq="3", name="n"))
    ld_post(http, cityos_peer, ld_entity(B, changeSeq=4, name="n"))
    v2 = _query(
        http,
        cityos_peer,
        "/v2/op/query",
        {"entities": [{"id": A}, {"id": "urn:x:none"}], "attrs": ["changeSeq"]},
        "options=keyValues&limit=100",
    )
    ld = _query(
        http,
        cityos_peer,
        "/ngsi-ld/v1/entityOperations/query",
        {"type": "Query", "entities": [{"id": B, "type": "Evacuee"}], "attrs": ["changeSeq"]},
        "options=keyValues&limit=100",
    )
    over = _query(http, cityos_peer, "/v2/op/query", {"entities": []}, "limit=1001")
    assert (v2.json(), ld.json(), over.status_code) == (
        [{"id": A, "type": "Evacuee", "changeSeq": "3"}],
        [{"id": B, "type": "Evacuee", "changeSeq": 4}],
        400,
    )
