"""The City OS side import tool against the real OpenID provider and the City OS test peer:
a bundle lands as the same entities the online replay sends, exactly once however often it is
imported or however much was replayed online first, and the receipt closes the loop."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from jwcrypto import jwk

from kiosk.city.audit_anchor import acknowledged_head, verify_against_acknowledged
from kiosk.city.outbox import entries
from kiosk.core import Kiosk
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.adapters import make_adapter
from sync.anchor import anchor_head, anchor_id
from sync.auth import ClientCredentials
from sync.bundle import (
    export_bundle,
    import_receipt,
    kiosk_public_jwk,
    make_receipt,
    set_cityos_keys,
)
from sync.cityos_import import load_cityos_keys, main
from sync.delivery import queue_status
from sync.mapping import entity_id
from sync.replay import Replayer
from tests.conftest import PASSPHRASE, REPO, run_cli
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider

PLATFORMS = ("ngsi-v2", "ngsi-ld")


@pytest.fixture
def files(kiosk: Kiosk, oidc_provider: Provider, tmp_path: Path) -> dict[str, Path]:
    """The City OS key pair (public half imported by the kiosk), the trusted kiosk keys and the
    client secret, as files the tool reads."""
    enc = jwk.JWK.generate(kty="EC", crv="P-256", use="enc", kid="cityos-enc-1")
    sig = jwk.JWK.generate(kty="EC", crv="P-256", use="sig", kid="cityos-sig-1")
    private, public, kiosks = jwk.JWKSet(), jwk.JWKSet(), jwk.JWKSet()
    for key in (enc, sig):
        private.add(key)
        public.add(jwk.JWK.from_json(key.export_public()))
    kiosks.add(kiosk_public_jwk(kiosk.store))
    set_cityos_keys(kiosk.ctx, public.export(private_keys=False))
    city = tmp_path / "cityos"
    city.mkdir()
    paths = {
        "key": city / "cityos-private.jwks",
        "kiosk_keys": city / "kiosks.jwks",
        "secret": city / "client-secret.txt",
        "bundle": tmp_path / "usb" / "shelter.jwe",
        "receipt": tmp_path / "usb" / "receipt.jws",
    }
    paths["key"].write_text(private.export(private_keys=True))
    paths["kiosk_keys"].write_text(kiosks.export(private_keys=False))
    paths["secret"].write_text(oidc_provider.client_secret + "\n")
    paths["bundle"].parent.mkdir()
    return paths


def seed(kiosk: Kiosk) -> list[str]:
    """Six people, half consenting to the city, checked in; one edited (a second change)."""
    _, members = people.add_household(
        kiosk.ctx,
        [
            PersonDraft(
                name=f"見本 {i}",
                birth=date(1950, 1, 1 + i),
                consent=frozenset({"city.emergency"}) if i % 2 == 0 else frozenset(),
            )
            for i in range(6)
        ],
    )
    ids = [m.id for m in members]
    checkin.check_in(kiosk.ctx, ids)
    people.update_person(kiosk.ctx, replace(members[0], phone="000-1111-2222"))
    return ids


def tool_args(
    files: dict[str, Path], peer_url: str, provider: Provider, platform: str
) -> list[str]:
    return [
        str(files["bundle"]),
        "--key",
        str(files["key"]),
        "--kiosk-keys",
        str(files["kiosk_keys"]),
        "--broker",
        peer_url,
        "--platform",
        platform,
        "--issuer",
        provider.issuer,
        "--client-id",
        provider.client_id,
        "--secret-file",
        str(files["secret"]),
        "--receipt",
        str(files["receipt"]),
    ]


def newest_change_ids(home: Path) -> list[str]:
    """The newest change of each record: each carries the record's whole state, so it is the
    one a bundle import writes."""
    newest = {}
    with Kiosk.open(home, PASSPHRASE) as kiosk:
        for change in entries(kiosk.store):
            newest[(change.record_type, change.record_id)] = change.change_id
    return sorted(newest.values())


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "sync.cityos_import", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def replay_online(
    kiosk: Kiosk, peer: CityOsPeer, provider: Provider, platform: str, rounds: int, batch: int
) -> None:
    auth = ClientCredentials(provider.issuer, provider.client_id, provider.client_secret)
    adapter = make_adapter(platform, peer.url, auth)
    Replayer(kiosk.ctx, adapter, batch).run(max_rounds=rounds)
    adapter.close()


@pytest.mark.parametrize("platform", PLATFORMS)
def test_bundle_lands_as_the_entities_the_online_replay_sends(
    kiosk: Kiosk,
    files: dict[str, Path],
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    platform: str,
) -> None:
    ids = seed(kiosk)
    export_bundle(kiosk.ctx, files["bundle"])
    code = main(tool_args(files, cityos_peer.url, oidc_provider, platform))
    with CityOsPeer(oidc_provider.issuer, audience=oidc_provider.audience) as online:
        replay_online(kiosk, online, oidc_provider, platform, rounds=1000, batch=10)
        expected = online.entities
    # peopleOccupancy is a live figure the online push merges into the shelter; a bundle,
    # possibly days old when imported, does not carry it (it would be stale).
    occupancy = expected[entity_id("shelter", "test-shelter")].pop("peopleOccupancy")
    silent = cityos_peer.values(entity_id("person", ids[1])) or {}
    # The audit anchor lands either way, but the online one was taken later (the export
    # itself is an audit row), so it is compared apart.
    anchor = anchor_id(kiosk.ctx.kiosk_id)
    imported = dict(cityos_peer.entities)
    assert (imported.pop(anchor, None) is not None, expected.pop(anchor, None) is not None) == (
        True,
        True,
    )
    assert (code, imported, cityos_peer.duplicates()) == (0, expected, 0)
    assert occupancy["value"] == len(ids)
    assert ("name" in silent, silent.get("stayType")) == (False, "shelter")


def test_receipt_from_the_command_line_marks_the_kiosk_queue_delivered(
    kiosk: Kiosk,
    kiosk_home: Path,
    files: dict[str, Path],
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
) -> None:
    seed(kiosk)
    queued = queue_status(kiosk.store).pending
    export_bundle(kiosk.ctx, files["bundle"])
    kiosk.close()  # the command line opens the store itself
    done = run_tool(*tool_args(files, cityos_peer.url, oidc_provider, "ngsi-ld"))
    imported = run_cli("sync", "import-receipt", str(files["receipt"]), home=kiosk_home)
    status = run_cli("sync", "status", "--json", home=kiosk_home)
    assert (done.returncode, done.stderr, imported.returncode, imported.stdout) == (
        0,
        "",
        0,
        f"{queued} change(s) marked delivered.\n",
    )
    assert ('"pending": 0' in status.stdout, sorted(cityos_peer.change_ids())) == (
        True,
        newest_change_ids(kiosk_home),
    )
    assert oct(files["receipt"].stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("platform", PLATFORMS)
def test_importing_twice_changes_nothing(
    kiosk: Kiosk,
    files: dict[str, Path],
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    platform: str,
) -> None:
    seed(kiosk)
    export_bundle(kiosk.ctx, files["bundle"])
    args = tool_args(files, cityos_peer.url, oidc_provider, platform)
    first = main(args)
    after_first = (cityos_peer.entities, cityos_peer.writes.copy(), files["receipt"].read_bytes())
    second = main(args)
    # The audit anchor is upserted again with the same content (no stored state changes);
    # every change of the bundle is written once.
    anchor = anchor_id(kiosk.ctx.kiosk_id)
    writes = {k: v for k, v in cityos_peer.writes.items() if k != anchor}
    first_writes = {k: v for k, v in after_first[1].items() if k != anchor}
    assert (first, second, cityos_peer.entities, writes, cityos_peer.duplicates()) == (
        0,
        0,
        after_first[0],
        first_writes,
        0,
    )


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_bundle_partly_replayed_online_first_adds_no_duplicates(
    kiosk: Kiosk,
    files: dict[str, Path],
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    platform: str,
) -> None:
    seed(kiosk)
    export_bundle(kiosk.ctx, files["bundle"])
    replay_online(kiosk, cityos_peer, oidc_provider, platform, rounds=2, batch=4)
    online_sent = queue_status(kiosk.store).sent
    code = main(tool_args(files, cityos_peer.url, oidc_provider, platform))
    with CityOsPeer(oidc_provider.issuer, audience=oidc_provider.audience) as fresh:
        main(tool_args(files, fresh.url, oidc_provider, platform))
        bundle_only = fresh.entities
    assert online_sent == 8  # the online replay really got partway
    # Same end state as the bundle alone, and no change written twice (what the online replay
    # already wrote is read back and skipped, not written again).
    assert (code, cityos_peer.entities, cityos_peer.duplicates()) == (0, bundle_only, 0)


def test_tampered_bundle_is_refused_and_nothing_applied(
    kiosk: Kiosk, files: dict[str, Path], cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    seed(kiosk)
    export_bundle(kiosk.ctx, files["bundle"])
    data = bytearray(files["bundle"].read_bytes())
    data[len(data) // 2] ^= 0x01
    files["bundle"].write_bytes(bytes(data))
    done = run_tool(*tool_args(files, cityos_peer.url, oidc_provider, "ngsi-v2"))
    assert (done.returncode, done.stdout, done.stderr.count("\n")) == (1, "", 1)
    assert "cannot be decrypted" in done.stderr
    assert (cityos_peer.requests_seen, files["receipt"].exists()) == ((), False)


def test_wrong_city_os_key_is_refused(
    kiosk: Kiosk, files: dict[str, Path], cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    seed(kiosk)
    export_bundle(kiosk.ctx, files["bundle"])
    other = jwk.JWKSet()
    other.add(jwk.JWK.generate(kty="EC", crv="P-256", use="enc", kid="cityos-enc-1"))
    other.add(jwk.JWK.generate(kty="EC", crv="P-256", use="sig", kid="cityos-sig-1"))
    files["key"].write_text(other.export(private_keys=True))
    code = main(tool_args(files, cityos_peer.url, oidc_provider, "ngsi-ld"))
    assert (code, cityos_peer.requests_seen, files["receipt"].exists()) == (1, (), False)


def test_unreachable_broker_is_one_line_and_no_receipt(
    kiosk: Kiosk, files: dict[str, Path], oidc_provider: Provider
) -> None:
    seed(kiosk)
    export_bundle(kiosk.ctx, files["bundle"])
    with CityOsPeer(oidc_provider.issuer) as gone:
        url = gone.url  # a port that was just closed: connection refused
    args = tool_args(files, url, oidc_provider, "ngsi-v2")
    done = run_tool(*args, "--max-attempts", "2")
    assert (done.returncode, done.stderr, files["receipt"].exists()) == (
        1,
        "kiosk-cityos-import: The import stopped: the broker did not answer. No receipt was "
        "written; running it again is safe.\n",
        False,
    )


def test_a_refused_change_is_left_out_of_the_receipt_and_holds_back_its_entity(
    kiosk: Kiosk, files: dict[str, Path], cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    ids = seed(kiosk)
    export_bundle(kiosk.ctx, files["bundle"])
    refused = entity_id("person", ids[0])  # two changes: the second must wait
    cityos_peer.conflict_for(refused)
    code = main(tool_args(files, cityos_peer.url, oidc_provider, "ngsi-ld"))
    cityos_peer.clear_conflict(refused)
    imported = import_receipt(kiosk.ctx, files["receipt"].read_bytes())
    state = queue_status(kiosk.store)
    assert (code, refused in cityos_peer.entities, state.pending, imported) == (
        1,
        False,
        2,
        state.sent,
    )


def test_the_receipt_acknowledges_the_bundles_audit_anchor_on_the_kiosk(
    kiosk: Kiosk, files: dict[str, Path], cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    seed(kiosk)
    contents = export_bundle(kiosk.ctx, files["bundle"])
    before = acknowledged_head(kiosk.store)
    code = main(tool_args(files, cityos_peer.url, oidc_provider, "ngsi-ld"))
    import_receipt(kiosk.ctx, files["receipt"].read_bytes())
    assert contents.anchor is not None
    assert (code, before, acknowledged_head(kiosk.store)) == (
        0,
        None,
        anchor_head(contents.anchor),
    )
    assert verify_against_acknowledged(kiosk.store) == []


def test_a_receipt_naming_an_anchor_the_kiosk_did_not_sign_is_not_recorded(
    kiosk: Kiosk, files: dict[str, Path]
) -> None:
    seed(kiosk)
    contents = export_bundle(kiosk.ctx, files["bundle"])
    assert contents.anchor is not None
    # The City OS signs the receipt, but the head inside was changed (a later change_seq).
    forged = {**contents.anchor, "head": {**contents.anchor["head"], "change_seq": 10_000}}
    sig = load_cityos_keys(files["key"]).sig
    receipt = make_receipt(contents, [], sig, kiosk.ctx.now(), forged)
    import_receipt(kiosk.ctx, receipt)
    assert acknowledged_head(kiosk.store) is None
