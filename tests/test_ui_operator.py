"""The operator panel pushes the queue to the real City OS peer from the window, off the GUI
thread, and shows a refused change with the server's reason until it is skipped."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from jwcrypto import jwk

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.city import outbox
from kiosk.core import Kiosk
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings, save_settings
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.bundle import (
    NoCityOsKeys,
    kiosk_public_jwk,
    make_receipt,
    open_bundle,
    set_cityos_keys,
)
from sync.delivery import queue_status
from sync.mapping import entity_id
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from ui.actions import KioskActions
from ui.i18n import tr_error
from ui.ops import Workers
from ui.screens.operator import OperatorPanel
from ui.sync_runner import SyncRunner


def test_push_now_sends_everything_and_conflicts_can_be_skipped(
    qtbot,
    kiosk: Kiosk,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,  # type: ignore[no-untyped-def]
) -> None:
    settings = replace(
        Settings(),
        platform="ngsi-ld",
        cityos_endpoint=cityos_peer.url,
        oidc_issuer=oidc_provider.issuer,
        oidc_client_id=oidc_provider.client_id,
        sync_automatic=False,
    )
    save_settings(kiosk.ctx, settings)
    with kiosk.store.atomic():
        kiosk.store.set_secret(CLIENT_SECRET, oidc_provider.client_secret.encode())
    _, members = people.add_household(
        kiosk.ctx, [PersonDraft(name="見本 一"), PersonDraft(name="見本 二")]
    )
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    cityos_peer.conflict_for(entity_id("person", members[1].id))
    workers = Workers()
    runner = SyncRunner(kiosk, workers, settings)
    panel = OperatorPanel(KioskActions(kiosk, workers), runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(runner.finished, timeout=20000):
        panel.push_button.click()
    qtbot.waitUntil(lambda: panel.conflict_list.count() == 1, timeout=5000)
    assert "409" in panel.conflict_list.item(0).text()
    assert queue_status(kiosk.store).conflicts == 1
    panel.conflict_list.setCurrentRow(0)
    panel.skip_button.click()
    qtbot.waitUntil(lambda: panel.conflict_list.count() == 0, timeout=5000)
    workers.shutdown()
    state = queue_status(kiosk.store)
    assert (state.pending, state.conflicts, state.skipped, cityos_peer.duplicates()) == (0, 0, 1, 0)


# --- sealed bundle and receipt ------------------------------------------------------------


def cityos_keys(kiosk: Kiosk) -> dict[str, jwk.JWK]:
    """A City OS key pair; the kiosk holds its public half."""
    keys = {
        "enc": jwk.JWK.generate(kty="EC", crv="P-256", use="enc", kid="cityos-enc-1"),
        "sig": jwk.JWK.generate(kty="EC", crv="P-256", use="sig", kid="cityos-sig-1"),
    }
    public = jwk.JWKSet()
    for key in keys.values():
        public.add(jwk.JWK.from_json(key.export_public()))
    set_cityos_keys(kiosk.ctx, public.export(private_keys=False))
    return keys


def queued_people(kiosk: Kiosk) -> None:
    _, members = people.add_household(
        kiosk.ctx, [PersonDraft(name="見本 一"), PersonDraft(name="見本 二")]
    )
    checkin.check_in(kiosk.ctx, [m.id for m in members])


def bundle_panel(qtbot, kiosk: Kiosk, target: Path, receipt: Path | None = None):  # type: ignore[no-untyped-def]
    """The panel with its file choosers answering ``target`` / ``receipt`` and recording what
    they were offered."""
    offered: list[Path] = []

    def choose_target(_parent: object, suggested: Path) -> Path:
        offered.append(suggested)
        return target

    workers = Workers()
    panel = OperatorPanel(
        KioskActions(kiosk, workers),
        None,
        choose_target=choose_target,
        choose_receipt=lambda _parent, _folder: receipt,
    )
    qtbot.addWidget(panel)
    panel.focus_first()
    qtbot.waitUntil(lambda: panel.shelter_id != "", timeout=5000)
    return panel, workers, offered


def test_write_sealed_bundle_writes_a_file_the_city_os_opens(
    qtbot, kiosk: Kiosk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    keys = cityos_keys(kiosk)
    queued_people(kiosk)
    target = tmp_path / "usb" / "bundle.jwe"
    target.parent.mkdir()
    panel, workers, offered = bundle_panel(qtbot, kiosk, target)
    panel.bundle_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind == "warning", timeout=10000)
    workers.shutdown()
    trusted = jwk.JWKSet()
    trusted.add(kiosk_public_jwk(kiosk.store))
    opened = open_bundle(target.read_bytes(), keys["enc"], trusted)
    count = len(outbox.entries(kiosk.store))
    assert [c.change_id for c in opened.changes] == [
        e.change_id for e in outbox.entries(kiosk.store)
    ]
    assert (offered[0].name.startswith("test-shelter-"), offered[0].suffix) == (True, ".jwe")
    assert (
        f"{count} change(s) written to {target}" in panel.banner.text(),
        "personal data" in panel.banner.text(),
        panel.bundle_button.isEnabled(),
    ) == (True, True, True)


def test_bundle_without_city_os_keys_says_so_in_place(qtbot, kiosk: Kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    queued_people(kiosk)
    target = tmp_path / "bundle.jwe"
    panel, workers, _ = bundle_panel(qtbot, kiosk, target)
    panel.bundle_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind == "error", timeout=10000)
    workers.shutdown()
    assert (panel.banner.text(), target.exists()) == (
        "✖ " + tr_error(NoCityOsKeys()),
        False,
    )


def test_import_receipt_marks_the_queue_delivered(qtbot, kiosk: Kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = cityos_keys(kiosk)
    queued_people(kiosk)
    target = tmp_path / "bundle.jwe"
    receipt = tmp_path / "receipt.jws"
    panel, workers, _ = bundle_panel(qtbot, kiosk, target, receipt)
    panel.bundle_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind == "warning", timeout=10000)
    trusted = jwk.JWKSet()
    trusted.add(kiosk_public_jwk(kiosk.store))
    opened = open_bundle(target.read_bytes(), keys["enc"], trusted)
    receipt.write_bytes(
        make_receipt(opened, [c.change_id for c in opened.changes], keys["sig"], kiosk.ctx.now())
    )
    panel.receipt_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind == "success", timeout=10000)
    workers.shutdown()
    state = queue_status(kiosk.store)
    assert (state.pending, state.sent) == (0, len(opened.changes))
    assert f"{len(opened.changes)} change(s) confirmed" in panel.banner.text()
