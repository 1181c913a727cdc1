"""Operator panel fixes from the user test (issue #12 item 7), over a real store and real
workers: one wording for "the City OS is not reachable" whether a push or a roster refresh met
it (against closed ports and against the real test peers with the City OS stopped); the demo
shelter seals bundles with its demo City OS keys; without keys the message names the window's
"Import City OS keys…" button, which fixes it; the file dialogs start on the USB stick."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from jwcrypto import jwk

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.basics import removable
from kiosk.city.trust_store import cityos_bundle_keys
from kiosk.core import Kiosk
from kiosk.demos.residents import demo_cityos_jwks, demo_cityos_keys, open_demo_kiosk
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings, save_settings
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.bundle import import_receipt, kiosk_public_jwk, make_receipt, open_bundle
from sync.delivery import queue_status
from sync.errors import CityOsUnreachable
from tests.conftest import PASSPHRASE
from tests.peers.fixtures import free_port
from ui.actions import KioskActions
from ui.i18n import tr_error
from ui.ops import Workers
from ui.screens.operator import OperatorPanel
from ui.sync_runner import SyncRunner


@pytest.fixture
def workers() -> Iterator[Workers]:
    running = Workers()
    yield running
    running.shutdown()


def offline_settings(kiosk: Kiosk, request: pytest.FixtureRequest, where: str) -> Settings:
    """Settings whose City OS does not answer: nothing listens on either port, or the login
    service answers and the City OS (the test peer, stopped) does not."""
    if where == "nothing answers":
        endpoint, issuer, client, secret = (
            f"http://127.0.0.1:{free_port()}",
            f"http://127.0.0.1:{free_port()}",
            "kiosk-test",
            "not-used",
        )
    else:
        provider = request.getfixturevalue("oidc_provider")
        peer = request.getfixturevalue("cityos_peer")
        peer.stop()
        endpoint, issuer, client, secret = (
            peer.url,
            provider.issuer,
            provider.client_id,
            provider.client_secret,
        )
    settings = replace(
        Settings(),
        platform="ngsi-ld",
        cityos_endpoint=endpoint,
        oidc_issuer=issuer,
        oidc_client_id=client,
        roster_district="demo-district",
        sync_automatic=False,
    )
    with kiosk.store.atomic():
        save_settings(kiosk.ctx, settings)
        kiosk.store.set_secret(CLIENT_SECRET, secret.encode())
    return settings


@pytest.mark.parametrize("where", ["nothing answers", "only the login service answers"])
def test_push_and_roster_refresh_say_not_reachable_in_the_same_words(
    qtbot, kiosk: Kiosk, workers: Workers, request: pytest.FixtureRequest, where: str
) -> None:  # type: ignore[no-untyped-def]
    settings = offline_settings(kiosk, request, where)
    _, members = people.add_household(kiosk.ctx, [PersonDraft(name="見本 一")])
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    runner = SyncRunner(kiosk, workers, settings)
    panel = OperatorPanel(KioskActions(kiosk, workers), runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(runner.finished, timeout=30000):
        panel.push_button.click()
    after_push = (panel.banner.kind, panel.banner.message)
    with qtbot.waitSignal(runner.pulled, timeout=30000):
        panel.pull_button.click()
    after_refresh = (panel.banner.kind, panel.banner.message)
    expected = ("warning", tr_error(CityOsUnreachable()))
    assert (after_push, after_refresh) == (expected, expected)


# --- sealed bundles: the demo's keys, importing keys in the window, the stick ------------


def bundle_panel(qtbot, kiosk: Kiosk, workers: Workers, target: Path, keys: Path | None = None):  # type: ignore[no-untyped-def]
    """The operator panel with its file choosers answering ``target`` / ``keys`` and
    recording the folders they were opened in."""
    offered: list[Path] = []

    def choose_target(_parent: object, suggested: Path) -> Path:
        offered.append(suggested)
        return target

    def choose_keys(_parent: object, folder: Path) -> Path | None:
        offered.append(folder)
        return keys

    panel = OperatorPanel(
        KioskActions(kiosk, workers),
        None,
        choose_target=choose_target,
        choose_receipt=lambda _parent, _folder: None,
        choose_keys=choose_keys,
    )
    qtbot.addWidget(panel)
    panel.focus_first()
    qtbot.waitUntil(lambda: panel.shelter_id != "", timeout=5000)
    return panel, offered


def demo_city_os() -> tuple[jwk.JWK, jwk.JWK]:
    """The demo City OS side: its private bundle and receipt keys, as JWKs."""
    enc, sig = demo_cityos_keys()
    return jwk.JWK.from_pyca(enc), jwk.JWK.from_pyca(sig)


def test_the_demo_shelter_writes_a_sealed_bundle_and_takes_the_receipt(
    qtbot, workers: Workers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    kiosk = open_demo_kiosk(tmp_path / "demo", people=4)
    try:
        target = tmp_path / "stick" / "bundle.jwe"
        target.parent.mkdir()
        panel, _ = bundle_panel(qtbot, kiosk, workers, target)
        panel.bundle_button.click()
        qtbot.waitUntil(lambda: panel.banner.kind in ("warning", "error"), timeout=20000)
        written = (panel.banner.kind, "written to" in panel.banner.message)
        enc, sig = demo_city_os()
        trusted = jwk.JWKSet()
        trusted.add(kiosk_public_jwk(kiosk.store))
        opened = open_bundle(target.read_bytes(), enc, trusted)
        receipt = make_receipt(opened, [c.change_id for c in opened.changes], sig, kiosk.ctx.now())
        marked = import_receipt(kiosk.ctx, receipt)
        assert (written, len(opened.changes) > 0, marked, queue_status(kiosk.store).pending) == (
            ("warning", True),
            True,
            len(opened.changes),
            0,
        )
    finally:
        kiosk.close()


def test_a_real_store_opened_as_a_demo_gets_no_demo_keys(tmp_path: Path, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    real = make_kiosk(home=tmp_path / "real")
    real.close()
    reopened = open_demo_kiosk(tmp_path / "real", PASSPHRASE)
    try:
        assert cityos_bundle_keys(reopened.store) is None
    finally:
        reopened.close()


def test_without_keys_the_message_names_the_button_that_imports_them(
    qtbot, kiosk: Kiosk, workers: Workers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _, members = people.add_household(kiosk.ctx, [PersonDraft(name="見本 一")])
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    key_file = tmp_path / "cityos-public.jwks"
    key_file.write_text(demo_cityos_jwks(), encoding="utf-8")
    target = tmp_path / "bundle.jwe"
    panel, _ = bundle_panel(qtbot, kiosk, workers, target, key_file)
    panel.bundle_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind == "error", timeout=10000)
    refused = panel.banner.message
    panel.keys_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind == "success", timeout=10000)
    panel.bundle_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind == "warning", timeout=10000)
    assert (
        panel.keys_button.text().rstrip("…") in refused,
        "kiosk sync cityos-keys" in refused,
        target.exists(),
    ) == (True, True, True)


def test_the_file_dialogs_start_on_the_usb_stick(
    qtbot, kiosk: Kiosk, workers: Workers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    (tmp_path / "block" / "sdz").mkdir(parents=True)
    (tmp_path / "block" / "sdz" / "removable").write_text("1\n")
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/nvme0n1p2 / ext4 rw 0 0\n/dev/sdz1 {stick} vfat rw,nosuid 0 0\n")
    monkeypatch.setattr(removable, "PROC_MOUNTS", mounts)
    monkeypatch.setattr(removable, "SYS_BLOCK", tmp_path / "block")
    panel, offered = bundle_panel(qtbot, kiosk, workers, tmp_path / "bundle.jwe")
    panel.keys_button.click()  # cancelled (no file): only where it opened matters
    panel.bundle_button.click()
    qtbot.waitUntil(lambda: panel.banner.kind == "error", timeout=10000)  # no keys here
    assert (offered[0], offered[1].parent) == (stick, stick)
