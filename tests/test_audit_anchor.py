"""The audit head anchored at the City OS (#14 §8) with the high-water mark (#13 §5): each
push and each sealed bundle carries the kiosk's signed head; ``kiosk doctor`` compares the
local chain with the head the City OS acknowledged, and finds a rewrite made with the key."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests
from jwcrypto import jwe, jwk, jws

from kiosk.access import audit
from kiosk.city.audit_anchor import acknowledged_head, current_head
from kiosk.core import Kiosk
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings, load_settings, save_settings
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.safety import store_check
from sync.anchor import anchor_id
from sync.bundle import export_bundle, set_cityos_keys
from sync.client import CityOsLink
from sync.kiosk_key import kiosk_key_document
from sync.replay import ReplayReport
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider

PERSON = PersonDraft(name="見本 花子", birth=date(1950, 4, 1), phone="090-1234-5678")


def push(kiosk: Kiosk, provider: Provider, peer: CityOsPeer) -> tuple[ReplayReport, CityOsLink]:
    with kiosk.store.atomic():
        kiosk.store.set_secret(CLIENT_SECRET, provider.client_secret.encode())
    settings = replace(
        Settings(),
        cityos_endpoint=peer.url,
        oidc_issuer=provider.issuer,
        oidc_client_id=provider.client_id,
    )
    save_settings(kiosk.ctx, settings)
    link = CityOsLink()
    return link.replayer(kiosk.ctx, settings).run(), link


def stored_anchor(kiosk: Kiosk, peer: CityOsPeer, link: CityOsLink) -> dict[str, Any]:
    """The anchor entity's attribute values as the broker returns them (GET
    /v2/entities/{id}, normalized: each attribute's ``value``)."""
    auth = link.auth(kiosk.ctx, load_settings(kiosk.store))
    answer = requests.get(
        f"{peer.url}/v2/entities/{anchor_id(kiosk.ctx.kiosk_id)}",
        auth=auth,
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    return {k: v["value"] if isinstance(v, dict) else v for k, v in body.items()}


def verified(signature: str, kiosk: Kiosk) -> dict[str, Any]:
    """The payload of a kiosk signature, checked with the public key the City OS is given."""
    token = jws.JWS()
    token.deserialize(signature)
    token.verify(jwk.JWK(**kiosk_key_document(kiosk.store)), alg="EdDSA")
    return dict(json.loads(token.payload))


def test_a_push_leaves_the_signed_head_at_the_city_and_doctor_is_clean(
    kiosk: Kiosk, oidc_provider: Provider, cityos_peer: CityOsPeer
) -> None:
    people.add_person(kiosk.ctx, PERSON)
    report, link = push(kiosk, oidc_provider, cityos_peer)
    head = current_head(kiosk.store, kiosk.ctx.now())
    entity = stored_anchor(kiosk, cityos_peer, link)
    payload = verified(entity["signature"], kiosk)
    assert (report.finished, report.anchored) == (True, True)
    assert (entity["type"], entity["auditSeq"], entity["auditHead"], entity["changeSeq"]) == (
        "KioskAnchor",
        head.audit_seq,
        head.audit_head,
        head.change_seq,
    )
    assert (payload["audit_head"], payload["change_seq"], payload["kiosk_id"]) == (
        head.audit_head,
        head.change_seq,
        kiosk.ctx.kiosk_id,
    )
    assert acknowledged_head(kiosk.store) == replace(head, at=kiosk.ctx.now())
    assert store_check.examine(kiosk.store).problems == ()


def test_normal_work_after_the_push_keeps_doctor_clean(
    kiosk: Kiosk, oidc_provider: Provider, cityos_peer: CityOsPeer
) -> None:
    push(kiosk, oidc_provider, cityos_peer)
    people.add_person(kiosk.ctx, PERSON)  # the chain grows past the anchored head
    assert store_check.examine(kiosk.store).problems == ()


def rehash_without(kiosk: Kiosk, seq: int) -> None:
    """What an attacker with the passphrase does: delete one audit row and re-hash every row
    after it with the chain's own rule, so the chain verifies again."""
    store = kiosk.store
    with store.atomic():
        store.execute("DELETE FROM audit WHERE seq = ?", (seq,))
        prev = audit.GENESIS
        for row in store.query("SELECT * FROM audit ORDER BY seq"):
            digest = audit._digest(  # noqa: SLF001 - the attacker's tool
                prev, row["at"], row["actor"], row["action"], row["record_type"], row["record_id"]
            )
            store.execute(
                "UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row["seq"])
            )
            prev = digest
        store.set_meta("audit_head", prev)


def test_a_rewritten_chain_no_longer_matches_what_the_city_received(
    kiosk: Kiosk, oidc_provider: Provider, cityos_peer: CityOsPeer
) -> None:
    people.add_person(kiosk.ctx, PERSON)
    push(kiosk, oidc_provider, cityos_peer)
    rehash_without(kiosk, 1)
    problems = store_check.examine(kiosk.store).problems
    when = kiosk.ctx.now().isoformat(timespec="seconds")
    assert (audit.verify_chain(kiosk.store), kiosk.store.lost_changes()) == ([], [])  # fooled
    assert [p for p in problems if p.startswith("audit anchor:")] == [
        f"audit anchor: the audit log was cut or rewritten after {when}; it no longer matches "
        f"what the City OS received (row {acknowledged_head(kiosk.store).audit_seq} should end "  # type: ignore[union-attr]
        "the chain the City OS holds). Keep this laptop as it is, tell the City OS, and restore "
        "a backup from before that time"
    ]


def test_a_change_log_behind_the_acknowledged_one_is_reported(
    kiosk: Kiosk, oidc_provider: Provider, cityos_peer: CityOsPeer
) -> None:
    people.add_person(kiosk.ctx, PERSON)
    push(kiosk, oidc_provider, cityos_peer)
    acknowledged = acknowledged_head(kiosk.store)
    assert acknowledged is not None
    with kiosk.store.atomic():  # the tail lost (an old copy put back), the anchor kept
        kiosk.store.execute("DROP TRIGGER outbox_no_delete")
        kiosk.store.execute("DELETE FROM delivery WHERE seq = (SELECT max(seq) FROM outbox)")
        kiosk.store.execute("DELETE FROM outbox WHERE seq = (SELECT max(seq) FROM outbox)")
    problems = store_check.examine(kiosk.store).problems
    assert any(
        p.startswith(
            f"audit anchor: the change log ends at {acknowledged.change_seq - 1} but the City "
            f"OS acknowledged {acknowledged.change_seq}"
        )
        for p in problems
    )


@pytest.fixture
def cityos_keys() -> dict[str, jwk.JWK]:
    return {
        "enc": jwk.JWK.generate(kty="EC", crv="P-256", use="enc", kid="cityos-enc-1"),
        "sig": jwk.JWK.generate(kty="EC", crv="P-256", use="sig", kid="cityos-sig-1"),
    }


def test_a_sealed_bundle_carries_the_signed_head(
    kiosk: Kiosk, cityos_keys: dict[str, jwk.JWK], tmp_path: Path
) -> None:
    public = jwk.JWKSet()
    for key in cityos_keys.values():
        public.add(jwk.JWK.from_json(key.export_public()))
    set_cityos_keys(kiosk.ctx, public.export(private_keys=False))
    people.add_person(kiosk.ctx, PERSON)
    head = current_head(kiosk.store, kiosk.ctx.now())
    target = tmp_path / "bundle.jwe"
    export_bundle(kiosk.ctx, target)
    sealed = jwe.JWE()
    sealed.deserialize(target.read_text("ascii"), key=cityos_keys["enc"])
    document = verified(sealed.payload.decode("ascii"), kiosk)
    anchor = document["anchor"]
    assert verified(anchor["signature"], kiosk) == anchor["head"]
    assert (anchor["head"]["audit_head"], anchor["head"]["change_seq"]) == (
        head.audit_head,
        head.change_seq,
    )
