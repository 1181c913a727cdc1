"""Sealed bundles: JWE(JWS) round trip, tampering, receipts, failed writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from jwcrypto import jwk

from kiosk.basics.output_files import OutputNotAFile
from kiosk.city import outbox
from kiosk.core import Kiosk
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.bundle import (
    BundleError,
    export_bundle,
    import_receipt,
    kiosk_public_jwk,
    make_receipt,
    open_bundle,
    set_cityos_keys,
)
from sync.delivery import queue_status


@pytest.fixture
def cityos() -> dict[str, jwk.JWK]:
    enc = jwk.JWK.generate(kty="EC", crv="P-256", use="enc", kid="cityos-enc-1")
    sig = jwk.JWK.generate(kty="EC", crv="P-256", use="sig", kid="cityos-sig-1")
    return {"enc": enc, "sig": sig}


@pytest.fixture
def ready(kiosk: Kiosk, cityos: dict[str, jwk.JWK]) -> Kiosk:
    public = jwk.JWKSet()
    public.add(jwk.JWK.from_json(cityos["enc"].export_public()))
    public.add(jwk.JWK.from_json(cityos["sig"].export_public()))
    set_cityos_keys(kiosk.ctx, public.export(private_keys=False))
    consenting = PersonDraft(
        name="見本 花子", birth=date(1950, 4, 1), consent=frozenset({"city.emergency"})
    )
    silent = PersonDraft(name="見本 次郎", birth=date(1952, 5, 5))
    _, members = people.add_household(kiosk.ctx, [consenting, silent])
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    return kiosk


def kiosk_keys(kiosk: Kiosk) -> jwk.JWKSet:
    keys = jwk.JWKSet()
    keys.add(kiosk_public_jwk(kiosk.store))
    return keys


def test_round_trip_carries_every_pending_change_consent_filtered(
    ready: Kiosk, cityos: dict[str, jwk.JWK], tmp_path: Path
) -> None:
    target = tmp_path / "usb" / "bundle.jwe"
    target.parent.mkdir()
    written = export_bundle(ready.ctx, target)
    opened = open_bundle(target.read_bytes(), cityos["enc"], kiosk_keys(ready))
    assert opened == written
    assert [c.change_id for c in opened.changes] == [
        e.change_id for e in outbox.entries(ready.store)
    ]
    names = {dict(c.entity.attrs).get("name") for c in opened.changes if c.record_type == "person"}
    assert names == {"見本 花子", None}  # the one without consent travels without her name
    assert b"\xe8\xa6\x8b\xe6\x9c\xac" not in target.read_bytes()  # 見本 is not readable


def test_receipt_marks_delivered_once(
    ready: Kiosk, cityos: dict[str, jwk.JWK], tmp_path: Path
) -> None:
    target = tmp_path / "bundle.jwe"
    opened = open_bundle(
        export_bundle(ready.ctx, target) and target.read_bytes(), cityos["enc"], kiosk_keys(ready)
    )
    receipt = make_receipt(
        opened, [c.change_id for c in opened.changes], cityos["sig"], ready.ctx.now()
    )
    first = import_receipt(ready.ctx, receipt)
    second = import_receipt(ready.ctx, receipt)
    state = queue_status(ready.store)
    assert (first, second, state.pending, state.sent) == (
        len(opened.changes),
        0,
        0,
        len(opened.changes),
    )


def test_tampered_bundle_is_rejected(
    ready: Kiosk, cityos: dict[str, jwk.JWK], tmp_path: Path
) -> None:
    target = tmp_path / "bundle.jwe"
    export_bundle(ready.ctx, target)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    with pytest.raises(BundleError):
        open_bundle(bytes(data), cityos["enc"], kiosk_keys(ready))


def test_bundle_from_an_unknown_kiosk_is_rejected(
    ready: Kiosk, cityos: dict[str, jwk.JWK], tmp_path: Path
) -> None:
    target = tmp_path / "bundle.jwe"
    export_bundle(ready.ctx, target)
    stranger = jwk.JWKSet()
    other = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    other.update(kid=ready.ctx.kiosk_id)
    stranger.add(jwk.JWK.from_json(other.export_public()))
    with pytest.raises(BundleError) as raised:
        open_bundle(target.read_bytes(), cityos["enc"], stranger)
    assert raised.value.params == {"why": "the kiosk signature does not verify"}


def test_forged_receipt_is_rejected(
    ready: Kiosk, cityos: dict[str, jwk.JWK], tmp_path: Path
) -> None:
    target = tmp_path / "bundle.jwe"
    opened = open_bundle(
        export_bundle(ready.ctx, target) and target.read_bytes(), cityos["enc"], kiosk_keys(ready)
    )
    forger = jwk.JWK.generate(kty="EC", crv="P-256", kid="cityos-sig-1")
    with pytest.raises(BundleError):
        import_receipt(
            ready.ctx,
            make_receipt(opened, [c.change_id for c in opened.changes], forger, ready.ctx.now()),
        )
    assert queue_status(ready.store).sent == 0


def test_failed_write_leaves_outbox_untouched_and_no_file(ready: Kiosk, tmp_path: Path) -> None:
    before = queue_status(ready.store)
    with pytest.raises(OSError):
        export_bundle(ready.ctx, tmp_path / "unplugged" / "bundle.jwe")
    # A directory in the way is refused before a byte is written (it used to fail only at
    # the final rename): no temp file may stay either way.
    medium = tmp_path / "stick"
    (medium / "bundle.jwe").mkdir(parents=True)
    with pytest.raises(OutputNotAFile):
        export_bundle(ready.ctx, medium / "bundle.jwe", replace=True)
    assert (queue_status(ready.store), sorted(p.name for p in medium.iterdir())) == (
        before,
        ["bundle.jwe"],
    )
    assert list((medium / "bundle.jwe").iterdir()) == []


def test_export_without_cityos_keys_says_what_to_do(kiosk: Kiosk, tmp_path: Path) -> None:
    with pytest.raises(BundleError) as raised:
        export_bundle(kiosk.ctx, tmp_path / "b.jwe")
    assert "cityos-keys" in str(raised.value)
