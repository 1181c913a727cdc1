"""Two desks, one record, one moment: the City OS ends with the merged card (issue #16
item 4). Real kiosk stores exchange through :mod:`kiosk.desks.apply`; the City OS is the
faithful peer behind the real OpenID provider, reached online by the replay or through a sealed
bundle and the City OS import.

Two desks that change one record before they exchange give both changes the same
``record_seq``; the broker's stored ``changeSeq`` alone cannot tell them apart, so the order
that decides "newer" is the changes' HLC stamps (``changeHlc``), which every desk and every
bundle agree on. The newest change of the card is the merged state a desk logged after
merging the two edits field by field, so the City OS ends with both fields."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from jwcrypto import jwk

from kiosk.core import Kiosk
from kiosk.desks import accept_pairing_code, accept_pairing_reply, make_pairing_code
from kiosk.desks.apply import apply_changes, changes_since, delivered_ids, vector
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.adapters import make_adapter
from sync.adapters.base import BrokerAdapter, Outcome
from sync.auth import ClientCredentials
from sync.bundle import kiosk_public_jwk, open_bundle, seal_bundle, set_cityos_keys
from sync.cityos_import import apply_bundle
from sync.delivery import queue_status
from sync.mapping import CITY, MappedEntity, entity_id
from sync.replay import Replayer
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, FakeClock
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider


def pair(x: Kiosk, y: Kiosk) -> None:
    accepted = accept_pairing_code(y.ctx, make_pairing_code(x.ctx).text)
    accept_pairing_reply(x.ctx, accepted.reply)


def send(x: Kiosk, y: Kiosk) -> None:
    apply_changes(
        y.ctx, x.ctx.kiosk_id, changes_since(x.store, vector(y.store)), delivered_ids(x.store)
    )


def exchange(x: Kiosk, y: Kiosk) -> None:
    send(x, y)
    send(y, x)


@pytest.fixture
def desks(tmp_path: Path, clock: FakeClock) -> Iterator[dict[str, Kiosk]]:
    made = {
        name: Kiosk.create(tmp_path / name, PASSPHRASE, SHELTER, kdf=FAST_KDF, clock=clock)
        for name in ("a", "b")
    }
    pair(made["a"], made["b"])
    yield made
    for kiosk in made.values():
        kiosk.close()


@pytest.fixture
def adapter(cityos_peer: CityOsPeer, oidc_provider: Provider) -> Iterator[BrokerAdapter]:
    auth = ClientCredentials(
        oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
    )
    made = make_adapter("ngsi-v2", cityos_peer.url, auth, timeout=5.0)
    yield made
    made.close()


def concurrent_edits(
    desks: dict[str, Kiosk], clock: FakeClock, at_once: bool = False
) -> tuple[str, dict[str, str]]:
    """A walk-in at A known to both desks, then, before they exchange again, A changes the
    phone and a second later B the address: two changes under one ``record_seq``, B's the
    newer by HLC but carrying A's old phone. Exchanging, the desks merge the card and log its
    merged state once (B, taking A's change first) or, ``at_once`` (each takes the other's
    change before either saw a merge), once each. Returns the person id and the change ids:
    ``a``, ``b`` the edits, ``merged`` the newest change (the merged state)."""
    a, b = desks["a"], desks["b"]
    draft = PersonDraft(name="山田 太郎", birth=date(1950, 4, 1), consent=frozenset({CITY}))
    person = people.add_person(a.ctx, draft)
    exchange(a, b)
    people.update_person(a.ctx, replace(person, phone="090-1111-1111"))
    clock.advance(seconds=1)
    people.update_person(b.ctx, replace(person, address="高知市本町1"))
    if at_once:
        to_b, to_a = (
            changes_since(a.store, vector(b.store)),
            changes_since(b.store, vector(a.store)),
        )
        apply_changes(b.ctx, a.ctx.kiosk_id, to_b)
        apply_changes(a.ctx, b.ctx.kiosk_id, to_a)
    exchange(a, b)
    exchange(a, b)  # nothing more: a merged state is logged once per desk at most
    rows = a.store.query(
        "SELECT change_id, origin, record_seq, hlc, payload FROM outbox "
        "WHERE record_type = 'person' AND record_id = ? ORDER BY hlc",
        (person.id,),
    )
    merges = 2 if at_once else 1
    edits, merged = rows[-2 - merges : -merges], rows[-merges:]
    # The situation of the bug: one number for both, the HLC stamps tell them apart.
    assert len({r["record_seq"] for r in edits}) == 1
    assert [r["origin"] for r in edits] == [a.ctx.kiosk_id, b.ctx.kiosk_id]
    # ... and after them the merged card, once per desk that merged, the same state
    assert {r["origin"] for r in merged} == (
        {a.ctx.kiosk_id, b.ctx.kiosk_id} if at_once else {b.ctx.kiosk_id}
    )
    for row in merged:
        payload = json.loads(row["payload"])
        assert (payload["phone"], payload["address"]) == ("090-1111-1111", "高知市本町1")
    assert [r["change_id"] for r in rows] == [
        r["change_id"]
        for r in b.store.query(
            "SELECT change_id FROM outbox WHERE record_type = 'person' AND record_id = ? "
            "ORDER BY hlc",
            (person.id,),
        )
    ]
    return person.id, {
        "a": edits[0]["change_id"],
        "b": edits[1]["change_id"],
        "merged": merged[-1]["change_id"],
    }


def changes_of(kiosk: Kiosk) -> dict[str, tuple[str, str]]:
    """Every change id of the shelter → (entity id, HLC stamp)."""
    return {
        r["change_id"]: (entity_id(r["record_type"], r["record_id"]), r["hlc"])
        for r in kiosk.store.query("SELECT change_id, record_type, record_id, hlc FROM outbox")
    }


def assert_newest_by_hlc(peer: CityOsPeer, kiosk: Kiosk) -> None:
    """Every entity at the peer is at its newest change by HLC, and every change id the peer
    never received has a newer one (by HLC) of the same entity that it did: superseded, not
    skipped as "already there"."""
    changes = changes_of(kiosk)
    newest: dict[str, tuple[str, str]] = {}
    for change_id, (entity, stamp) in changes.items():
        if entity not in newest or stamp > newest[entity][1]:
            newest[entity] = (change_id, stamp)
    for entity, (change_id, stamp) in newest.items():
        held = peer.values(entity) or {}
        assert (entity, held.get("changeId"), held.get("changeHlc")) == (entity, change_id, stamp)
    received = set(peer.change_ids())
    for change_id, (entity, stamp) in changes.items():
        assert change_id in received or newest[entity][1] > stamp, change_id
    assert peer.duplicates() == 0


def assert_merged_card(peer: CityOsPeer, person_id: str, made: dict[str, str]) -> None:
    """The City OS holds the card as the desks merged it: A's phone and B's address."""
    held = peer.values(entity_id("person", person_id)) or {}
    assert (held["changeId"], held.get("telephone"), held.get("address")) == (
        made["merged"],
        "090-1111-1111",
        "高知市本町1",
    )


@pytest.mark.parametrize(
    ("platform", "pusher", "at_once"),
    [
        ("ngsi-v2", "a", False),
        ("ngsi-v2", "b", False),
        ("ngsi-ld", "a", False),
        ("ngsi-ld", "b", False),
        ("ngsi-v2", "a", True),
        ("ngsi-v2", "b", True),
    ],
)
def test_concurrent_edits_reach_the_city_merged_online(
    desks: dict[str, Kiosk],
    clock: FakeClock,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    pusher: str,
    platform: str,
    at_once: bool,
) -> None:
    person_id, made = concurrent_edits(desks, clock, at_once)
    auth = ClientCredentials(
        oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
    )
    adapter = make_adapter(platform, cityos_peer.url, auth, timeout=5.0)
    report = Replayer(desks[pusher].ctx, adapter, 100, sleep=lambda s: None).run()
    adapter.close()
    other = desks["b" if pusher == "a" else "a"]
    exchange(desks[pusher], other)  # the delivery marks travel: the other desk sends nothing
    assert report.finished and report.conflicts == 0
    assert queue_status(other.store).pending == 0
    assert_merged_card(cityos_peer, person_id, made)
    assert_newest_by_hlc(cityos_peer, desks["a"])


@pytest.mark.parametrize(("sealer", "at_once"), [("a", False), ("b", False), ("b", True)])
def test_concurrent_edits_reach_the_city_merged_by_bundle(
    desks: dict[str, Kiosk],
    clock: FakeClock,
    cityos_peer: CityOsPeer,
    adapter: BrokerAdapter,
    sealer: str,
    at_once: bool,
) -> None:
    person_id, made = concurrent_edits(desks, clock, at_once)
    kiosk = desks[sealer]
    enc = jwk.JWK.generate(kty="EC", crv="P-256", use="enc", kid="cityos-enc-1")
    sig = jwk.JWK.generate(kty="EC", crv="P-256", use="sig", kid="cityos-sig-1")
    public, trusted = jwk.JWKSet(), jwk.JWKSet()
    for key in (enc, sig):
        public.add(jwk.JWK.from_json(key.export_public()))
    trusted.add(kiosk_public_jwk(kiosk.store))
    set_cityos_keys(kiosk.ctx, public.export(private_keys=False))
    # The bundle carries the changes in this desk's arrival order: the import picks the
    # newest by HLC, not the last in the bundle.
    contents = open_bundle(seal_bundle(kiosk.ctx).data, enc, trusted)
    stamps = {c.change_id: c.hlc for c in contents.changes}
    report = apply_bundle(contents, adapter, sleep=lambda s: None)
    assert stamps[made["a"]] < stamps[made["b"]] < stamps[made["merged"]]
    assert (report.refused, set(report.held) | set(report.superseded)) == (
        (),
        set(stamps),
    )
    assert_merged_card(cityos_peer, person_id, made)
    assert {made["a"], made["b"]}.isdisjoint(cityos_peer.change_ids())
    assert_newest_by_hlc(cityos_peer, kiosk)


def test_an_entity_an_older_kiosk_wrote_compares_by_change_seq(
    cityos_peer: CityOsPeer, adapter: BrokerAdapter
) -> None:
    """The broker holds an entity written before changes carried a stamp (``changeSeq`` only):
    a stamped change compares by ``changeSeq`` against it; once a stamped change is there, the
    stamps decide; a change from an older bundle (no stamp) compares by ``changeSeq`` and takes
    the stored stamp away, so it never stays beside a newer ``changeSeq``."""
    eid = entity_id("person", "p-1")

    def change(change_id: str, seq: int, stamp: str, name: str) -> MappedEntity:
        return MappedEntity(eid, "Evacuee", (("name", name),), change_id, seq, hlc=stamp)

    def send(mapped: MappedEntity) -> str:
        result = adapter.send_batch([mapped.to_entity()])
        assert result.outcome_of(eid).outcome is Outcome.OK
        return (cityos_peer.values(eid) or {})["name"]

    stamp = "0001764687600000.00000000.kiosk-x"
    later = "0001764687600000.00000001.kiosk-x"
    assert send(change("c5", 5, "", "old kiosk")) == "old kiosk"
    assert "changeHlc" not in (cityos_peer.values(eid) or {})
    assert send(change("c3", 3, later, "older change")) == "old kiosk"  # 3 < 5: held
    assert send(change("c6", 6, stamp, "new kiosk")) == "new kiosk"  # 6 > 5: written
    assert (cityos_peer.values(eid) or {})["changeHlc"] == stamp
    # Same number, newer stamp (another desk's change at the same moment): written.
    assert send(change("c6b", 6, later, "other desk")) == "other desk"
    assert send(change("c6", 6, stamp, "new kiosk")) == "other desk"  # older stamp: held
    assert send(change("c7", 7, "", "old bundle")) == "old bundle"  # no stamp: by changeSeq
    assert "changeHlc" not in (cityos_peer.values(eid) or {})
    assert cityos_peer.duplicates() == 0


def test_a_consent_withdrawn_at_one_desk_is_honoured_by_the_others_replay(
    desks: dict[str, Kiosk], cityos_peer: CityOsPeer, adapter: BrokerAdapter
) -> None:
    """Consent decides what leaves the laptop and is read at replay time: withdrawn at A, it
    is a field of the card like any other, so B (which registered the person and still holds
    their earlier changes, undelivered) sends nothing it no longer covers."""
    a, b = desks["a"], desks["b"]
    draft = PersonDraft(
        name="山田 花子", birth=date(1960, 1, 1), phone="090-3333-3333", consent=frozenset({CITY})
    )
    person = people.add_person(b.ctx, draft)
    exchange(a, b)
    people.update_person(a.ctx, replace(people.get_person(a.store, person.id), consent=frozenset()))
    exchange(a, b)
    report = Replayer(b.ctx, adapter, 100, sleep=lambda s: None).run()
    held = cityos_peer.values(entity_id("person", person.id)) or {}
    assert report.finished
    assert held and "telephone" not in held and held.get("consentScopes") in (None, [])
    assert people.get_person(b.store, person.id).consent == frozenset()
