"""The City OS test peer on its own: NGSI v2 and NGSI-LD status codes and bodies, the token
check against the real OpenID provider's keys, and every scripted fault. Raw HTTP here, so the
peer is checked independently of the kiosk's adapters."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
import requests
from jwcrypto import jwk, jwt

from tests.peers.cityos_peer import V2_UPDATE, CityOsPeer, SeenRequest
from tests.peers.fixtures import REPO_ROOT, Provider, free_port

LD_UPSERT = "/ngsi-ld/v1/entityOperations/upsert"
CORE = "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld"
LINK = f'<{CORE}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"'
A, B, C = (f"urn:ngsi-ld:Evacuee:{n}" for n in ("a", "b", "c"))


def v2_entity(entity_id: str, **attrs: Any) -> dict[str, Any]:
    return {
        "id": entity_id,
        "type": "Evacuee",
        **{k: {"type": "Text", "value": v} for k, v in attrs.items()},
    }


def ld_entity(entity_id: str, **attrs: Any) -> dict[str, Any]:
    return {
        "id": entity_id,
        "type": "Evacuee",
        **{k: {"type": "Property", "value": v} for k, v in attrs.items()},
    }


def v2_post(
    http: requests.Session, peer: CityOsPeer, *entities: dict[str, Any], action: str = "append"
) -> requests.Response:
    body: dict[str, Any] = {"actionType": action, "entities": list(entities)}
    return http.post(peer.url + V2_UPDATE, json=body, timeout=5)


def ld_post(
    http: requests.Session, peer: CityOsPeer, *entities: dict[str, Any], options: str = "update"
) -> requests.Response:
    return http.post(
        f"{peer.url}{LD_UPSERT}?options={options}",
        data=json.dumps(list(entities)),
        headers={"Content-Type": "application/json", "Link": LINK},
        timeout=5,
    )


def answer(response: requests.Response) -> tuple[int, Any]:
    return response.status_code, response.json() if response.content else None


# --- NGSI v2 ---------------------------------------------------------------------------------


def test_v2_append_creates_then_merges_attributes_and_reads_back(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    first = v2_post(http, cityos_peer, v2_entity(A, name="見本", kana="ミホン"))
    second = v2_post(http, cityos_peer, v2_entity(A, kana="みほん", phone="000"))
    read = http.get(f"{cityos_peer.url}/v2/entities/{A}", timeout=5)
    assert (first.status_code, second.status_code, answer(read)) == (
        204,
        204,
        (
            200,
            {
                "id": A,
                "type": "Evacuee",
                "name": {"type": "Text", "value": "見本", "metadata": {}},
                "kana": {"type": "Text", "value": "みほん", "metadata": {}},
                "phone": {"type": "Text", "value": "000", "metadata": {}},
            },
        ),
    )
    assert (cityos_peer.writes[A], cityos_peer.values(A)) == (
        2,
        {"name": "見本", "kana": "みほん", "phone": "000"},
    )


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/json", b"{not json", (400, "ParseError")),
        ("text/plain", b"{}", (415, "UnsupportedMediaType")),
        ("application/json", b'{"entities": []}', (400, "BadRequest")),
        ("application/json", b'{"actionType": "delete", "entities": []}', (400, "BadRequest")),
        ("application/json", b'{"actionType": "append", "entities": []}', (400, "BadRequest")),
        (
            "application/json",
            json.dumps({"actionType": "append", "entities": [v2_entity(A, note="a (b)")]}).encode(),
            (400, "BadRequest"),
        ),
        (
            "application/json",
            json.dumps({"actionType": "append", "entities": [{"type": "Evacuee"}]}).encode(),
            (400, "BadRequest"),
        ),
        (
            "application/json",
            json.dumps({"actionType": "update", "entities": [v2_entity(A, x="1")]}).encode(),
            (404, "NotFound"),
        ),
    ],
)
def test_v2_refuses_bad_input_with_orion_error_bodies(
    http: requests.Session,
    cityos_peer: CityOsPeer,
    content_type: str,
    body: bytes,
    expected: tuple[int, str],
) -> None:
    response = http.post(
        cityos_peer.url + V2_UPDATE, data=body, headers={"Content-Type": content_type}, timeout=5
    )
    status, error = answer(response)
    assert (status, error["error"], sorted(error), cityos_peer.entities) == (
        *expected,
        ["description", "error"],
        {},
    )


def test_v2_text_unrestricted_may_hold_forbidden_characters(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    entity = {"id": A, "type": "Evacuee", "note": {"type": "TextUnrestricted", "value": "a (b)"}}
    assert (v2_post(http, cityos_peer, entity).status_code, cityos_peer.values(A)) == (
        204,
        {"note": "a (b)"},
    )


def test_v2_append_strict_and_update_follow_orion(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    v2_post(http, cityos_peer, v2_entity(A, name="x"))
    strict = v2_post(http, cityos_peer, v2_entity(A, name="y"), action="appendStrict")
    partial = v2_post(
        http, cityos_peer, v2_entity(A, name="z"), v2_entity(B, name="w"), action="update"
    )
    assert (answer(strict)[0], answer(partial), cityos_peer.values(A), cityos_peer.entity(B)) == (
        422,
        (422, {"error": "PartialUpdate", "description": f"do not exist: {B} - [entity itself]"}),
        {"name": "z"},
        None,
    )


# --- NGSI-LD --------------------------------------------------------------------------------


def test_ld_upsert_answers_201_with_created_ids_then_204(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    created = ld_post(http, cityos_peer, ld_entity(A, name="x"), ld_entity(B, name="y"))
    mixed = ld_post(http, cityos_peer, ld_entity(A, kana="k"), ld_entity(C, name="z"))
    again = ld_post(http, cityos_peer, ld_entity(A, kana="k"))
    read = http.get(f"{cityos_peer.url}/ngsi-ld/v1/entities/{A}", timeout=5)
    assert (answer(created), answer(mixed), answer(again), answer(read)) == (
        (201, [A, B]),
        (201, [C]),
        (204, None),
        (
            200,
            {
                "id": A,
                "type": "Evacuee",
                "name": {"type": "Property", "value": "x"},
                "kana": {"type": "Property", "value": "k"},
            },
        ),
    )


def test_ld_replace_drops_attributes_not_sent(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    ld_post(http, cityos_peer, ld_entity(A, name="x", phone="0"))
    ld_post(http, cityos_peer, ld_entity(A, name="y"), options="replace")
    assert cityos_peer.values(A) == {"name": "y"}


def test_ld_207_names_each_refused_entity_with_problem_details(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    bad = {"id": "not a uri", "type": "Evacuee"}
    no_value = {"id": C, "type": "Evacuee", "name": {"type": "Property"}}
    response = ld_post(http, cityos_peer, ld_entity(A, name="x"), bad, no_value)
    status, report = answer(response)
    errors = [(e["entityId"], e["error"]["type"], e["error"]["status"]) for e in report["errors"]]
    assert (status, report["success"], errors, sorted(cityos_peer.entities)) == (
        207,
        [A],
        [
            ("not a uri", "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", 400),
            (C, "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", 400),
        ],
        [A],
    )


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/json", b"[not json", (400, "InvalidRequest")),
        ("application/json", b"{}", (400, "BadRequestData")),
        ("application/json", b"[]", (400, "BadRequestData")),
        ("text/plain", b"[]", (415, "InvalidRequest")),
    ],
)
def test_ld_refuses_bad_requests_as_a_whole(
    http: requests.Session,
    cityos_peer: CityOsPeer,
    content_type: str,
    body: bytes,
    expected: tuple[int, str],
) -> None:
    response = http.post(
        cityos_peer.url + LD_UPSERT, data=body, headers={"Content-Type": content_type}, timeout=5
    )
    status, problem = answer(response)
    assert (status, problem["type"].rsplit("/", 1)[1], sorted(problem)) == (
        *expected,
        ["detail", "status", "title", "type"],
    )


def test_ld_context_inline_only_with_ld_json(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    inline = {**ld_entity(A, name="x"), "@context": CORE}
    good = http.post(
        cityos_peer.url + LD_UPSERT,
        json=[inline],
        headers={"Content-Type": "application/ld+json"},
        timeout=5,
    )
    missing = http.post(
        cityos_peer.url + LD_UPSERT,
        json=[ld_entity(B, name="y")],
        headers={"Content-Type": "application/ld+json"},
        timeout=5,
    )
    assert (good.status_code, missing.status_code, cityos_peer.entity(A)) == (
        201,
        207,
        {"id": A, "type": "Evacuee", "name": {"type": "Property", "value": "x"}},
    )


def test_tenants_are_kept_apart(http: requests.Session, cityos_peer: CityOsPeer) -> None:
    http.post(
        f"{cityos_peer.url}{LD_UPSERT}",
        json=[ld_entity(A, name="x")],
        headers={"NGSILD-Tenant": "aizu", "Link": LINK},
        timeout=5,
    )
    assert (cityos_peer.entity(A), cityos_peer.values(A, tenant="aizu")) == (None, {"name": "x"})


# --- tokens ---------------------------------------------------------------------------------


def forged_token(provider: Provider) -> str:
    key = jwk.JWK.generate(kty="EC", crv="P-256", kid="forged")
    token = jwt.JWT(
        header={"alg": "ES256", "typ": "at+jwt", "kid": "forged"},
        claims={"iss": provider.issuer, "aud": "urn:cityos:broker", "exp": 4102444800},
    )
    token.make_signed_token(key)
    return str(token.serialize())


@pytest.mark.parametrize("header", ["", "Basic a2lvc2s6eA==", "Bearer not-a-jwt", "forged"])
def test_writes_without_a_valid_bearer_token_get_401(
    cityos_peer: CityOsPeer, oidc_provider: Provider, header: str
) -> None:
    if header == "forged":
        header = f"Bearer {forged_token(oidc_provider)}"
    response = requests.post(
        cityos_peer.url + V2_UPDATE,
        json={"actionType": "append", "entities": [v2_entity(A, name="x")]},
        headers={"Authorization": header} if header else {},
        timeout=5,
    )
    assert (
        response.status_code,
        response.headers["WWW-Authenticate"].startswith("Bearer"),
        response.json()["error"],
        cityos_peer.entities,
    ) == (401, True, "Unauthorized", {})


def test_a_token_for_another_audience_is_refused(token: str, oidc_provider: Provider) -> None:
    with CityOsPeer(oidc_provider.issuer, audience="urn:other:broker") as other:
        status = requests.get(
            f"{other.url}/v2/entities/{A}", headers={"Authorization": f"Bearer {token}"}, timeout=5
        ).status_code
    assert status == 401


# --- faults ---------------------------------------------------------------------------------


def test_fail_next_answers_the_status_n_times_and_applies_nothing(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.fail_next(503, times=2)
    statuses = [v2_post(http, cityos_peer, v2_entity(A, n=str(i))) for i in range(3)]
    first = answer(statuses[0])
    assert ([r.status_code for r in statuses], first[1]["error"], cityos_peer.values(A)) == (
        [503, 503, 204],
        "ServiceUnavailable",
        {"n": "2"},
    )


def test_fail_next_on_ngsi_ld_is_a_problem_details_body(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.fail_next(500)
    status, problem = answer(ld_post(http, cityos_peer, ld_entity(A, name="x")))
    assert (status, problem["type"], problem["status"]) == (
        500,
        "https://uri.etsi.org/ngsi-ld/errors/InternalError",
        500,
    )


def test_timeout_next_answers_nothing_and_applies_nothing(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.timeout_next(5.0)
    with pytest.raises(requests.exceptions.ReadTimeout):
        http.post(
            cityos_peer.url + V2_UPDATE,
            json={"actionType": "append", "entities": [v2_entity(A, name="x")]},
            timeout=(2, 0.3),
        )
    after = v2_post(http, cityos_peer, v2_entity(B, name="y"))
    assert (after.status_code, sorted(cityos_peer.entities)) == (204, [B])


def test_drop_after_write_applies_then_hangs_up(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.drop_after_write_next()
    with pytest.raises(requests.exceptions.ConnectionError):
        ld_post(http, cityos_peer, ld_entity(A, name="x"))
    seen = cityos_peer.requests_seen[-1]
    assert (cityos_peer.values(A), seen.status, seen.fault) == (
        {"name": "x"},
        None,
        "drop_after_write",
    )


def test_unauthorized_next_refuses_one_request_with_a_valid_token(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.unauthorized_next()
    first = ld_post(http, cityos_peer, ld_entity(A, name="x"))
    second = ld_post(http, cityos_peer, ld_entity(A, name="x"))
    assert (first.status_code, second.status_code) == (401, 201)


def test_partial_next_is_a_207_for_ld_and_a_whole_refusal_for_v2(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.partial_next([B], status=409)
    cityos_peer.partial_next([B], status=400)
    ld = answer(ld_post(http, cityos_peer, ld_entity(A, name="x"), ld_entity(B, name="y")))
    v2 = answer(v2_post(http, cityos_peer, v2_entity(C, name="z"), v2_entity(B, name="y")))
    assert (
        ld[0],
        ld[1]["success"],
        [(e["entityId"], e["error"]["status"]) for e in ld[1]["errors"]],
        v2[0],
        v2[1]["error"],
        sorted(cityos_peer.entities),
    ) == (207, [A], [(B, 409)], 400, "BadRequest", [A])


def test_slow_makes_a_short_client_timeout_expire_yet_applies_the_write(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.slow(5.0)
    with pytest.raises(requests.exceptions.ReadTimeout):
        http.post(
            f"{cityos_peer.url}{LD_UPSERT}",
            json=[ld_entity(A, name="x")],
            headers={"Link": LINK},
            timeout=(2, 0.2),
        )
    cityos_peer.slow(0)
    read = http.get(f"{cityos_peer.url}/ngsi-ld/v1/entities/{A}", timeout=5)
    assert answer(read) == (200, ld_entity(A, name="x"))


def test_conflict_for_refuses_an_entity_until_cleared(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    cityos_peer.conflict_for(A, reason="already registered at another shelter")
    refused = answer(ld_post(http, cityos_peer, ld_entity(A, name="x")))
    v2_refused = answer(v2_post(http, cityos_peer, v2_entity(A, name="x")))
    cityos_peer.clear_conflict(A)
    accepted = ld_post(http, cityos_peer, ld_entity(A, name="x"))
    assert (
        refused[1]["errors"][0]["error"]["detail"],
        refused[1]["errors"][0]["error"]["status"],
        v2_refused,
        accepted.status_code,
    ) == (
        "already registered at another shelter",
        409,
        (409, {"error": "Conflict", "description": f"already registered at another shelter: {A}"}),
        201,
    )


def test_a_change_id_is_just_an_attribute_an_old_change_overwrites_a_new_one(
    http: requests.Session, cityos_peer: CityOsPeer
) -> None:
    """No broker deduplicates by an attribute of ours: the same change twice is two writes, and
    an older change sent after a newer one wins (issue #14 finding 1)."""
    old = v2_entity(A, phone="1111", changeId="c1")
    new = v2_entity(A, phone="2222", changeId="c2")
    for entity in (old, new, old):
        assert v2_post(http, cityos_peer, entity).status_code == 204
    assert (cityos_peer.values(A), cityos_peer.writes[A], cityos_peer.duplicates()) == (
        {"phone": "1111", "changeId": "c1"},
        3,
        1,
    )


def test_every_request_is_recorded_without_its_token(
    http: requests.Session, cityos_peer: CityOsPeer, token: str
) -> None:
    ld_post(http, cityos_peer, ld_entity(A, name="x"))
    assert cityos_peer.requests_seen == (
        SeenRequest(
            "POST",
            LD_UPSERT,
            "options=update",
            "",
            "application/json",
            LINK,
            [ld_entity(A, name="x")],
            201,
        ),
    )
    assert token not in repr(cityos_peer.requests_seen)


def test_runs_from_the_command_line(oidc_provider: Provider) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.peers.cityos_peer", "--port", str(port)]
        + ["--issuer", oidc_provider.issuer],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        status = requests.get(f"http://127.0.0.1:{port}/v2/entities/{A}", timeout=5).status_code
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
    assert (line, status) == (f"City OS test peer on http://127.0.0.1:{port}\n", 401)
