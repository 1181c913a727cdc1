"""The first-run wizard, driven through its widgets: a real store is created in tmp_path with a
cheap KDF, opened again with the chosen passphrase, and the manager PIN signs in as manager."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.access.staff import sign_in
from kiosk.city.trust_store import imported_trust
from kiosk.core import Kiosk
from kiosk.identity import dump_trust_list
from kiosk.identity.demo import demo_trust_list
from kiosk.operations.settings import Settings, load_settings
from kiosk.operations.shelter import get_shelter
from kiosk.registry.records import Shelter
from tests.conftest import FAST_KDF
from ui.ops import Workers
from ui.screens.first_run import FirstRunWizard

PASS = "evacuation drill at the old gym"
MANAGER_PIN = "24680"
STAFF_PIN = "13579"


@pytest.fixture
def wizard(qtbot, tmp_path: Path, workers: Workers) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    w = FirstRunWizard(tmp_path / "home", workers, kdf=FAST_KDF)
    qtbot.addWidget(w)
    w.show()
    return w


def fill_shelter(w: FirstRunWizard) -> None:
    page = w.shelter_page
    page.shelter_id.setText("aizu-hs-01")
    page.shelter_name.setText("鶴城小学校")
    page.capacity.setValue(250)
    page.disasters["earthquake"].setChecked(True)
    page.disasters["flood"].setChecked(True)
    page.location.setText("会津若松市")


def fill_passphrase(w: FirstRunWizard, passphrase: str = PASS, again: str | None = None) -> None:
    w.passphrase_page.passphrase.setText(passphrase)
    w.passphrase_page.confirm.setText(passphrase if again is None else again)


def fill_staff(w: FirstRunWizard) -> None:
    rows = w.staff_page.rows
    rows["manager"][2].setText(MANAGER_PIN)
    rows["manager"][3].setText(MANAGER_PIN)
    rows["staff"][2].setText(STAFF_PIN)
    rows["staff"][3].setText(STAFF_PIN)


def press_next(w: FirstRunWizard) -> None:
    w.button(QWizard.WizardButton.NextButton).click()


def test_wizard_creates_the_kiosk(qtbot, wizard: FirstRunWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    trust_file = tmp_path / "trust.json"
    trust_file.write_text(dump_trust_list(demo_trust_list()), encoding="utf-8")

    fill_shelter(wizard)
    press_next(wizard)
    fill_passphrase(wizard)
    press_next(wizard)
    fill_staff(wizard)
    press_next(wizard)
    page = wizard.cityos_page
    page.platform.setCurrentIndex(page.platform.findData("ngsi-ld"))
    page.endpoint.setText("https://cityos.example.jp")
    page.issuer.setText("https://id.example.jp")
    page.client_id.setText("shelter-kiosk")
    page.secret.setText("s3cret")
    press_next(wizard)
    wizard.trust_page.set_path(trust_file)
    press_next(wizard)
    assert wizard.currentPage() is wizard.camera_page

    with qtbot.waitSignal(wizard.finished_with, timeout=20_000) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    created: Kiosk = blocker.args[0]
    created.close()

    with Kiosk.open(tmp_path / "home", PASS) as kiosk:
        assert get_shelter(kiosk.store) == Shelter(
            "aizu-hs-01", "鶴城小学校", 250, ("earthquake", "flood"), "会津若松市"
        )
        assert load_settings(kiosk.store) == Settings(
            platform="ngsi-ld",
            cityos_endpoint="https://cityos.example.jp",
            oidc_issuer="https://id.example.jp",
            oidc_client_id="shelter-kiosk",
        )
        assert (sign_in(kiosk.ctx, MANAGER_PIN).label, sign_in(kiosk.ctx, MANAGER_PIN).role) == (
            wizard.staff_page.rows["manager"][1].text(),
            "manager",
        )
        assert sign_in(kiosk.ctx, STAFF_PIN).role == "staff"
        assert imported_trust(kiosk.store) == demo_trust_list()
    # Secrets do not linger in the widgets once the kiosk exists.
    assert wizard.passphrase_page.passphrase.text() == ""
    assert wizard.staff_page.rows["manager"][2].text() == ""


def test_too_short_passphrase_stays_on_its_page(
    qtbot, wizard: FirstRunWizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_shelter(wizard)
    press_next(wizard)
    fill_passphrase(wizard, "short")
    press_next(wizard)

    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    assert (page.banner.isVisible(), page.banner.message) == (
        True,
        "Passphrase: Use at least 10 characters.",
    )
    assert page.passphrase.property("invalid") is True
    assert page.strength.value() == 0
    assert not (tmp_path / "home").exists()


def test_mismatched_confirmation_stays_on_the_page(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    fill_shelter(wizard)
    press_next(wizard)
    fill_passphrase(wizard, PASS, PASS + "!")
    press_next(wizard)
    assert wizard.currentPage() is wizard.passphrase_page
    assert wizard.passphrase_page.confirm.property("invalid") is True


def test_missing_manager_pin_keeps_the_staff_page(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    fill_shelter(wizard)
    press_next(wizard)
    fill_passphrase(wizard)
    press_next(wizard)
    press_next(wizard)
    page = wizard.staff_page
    assert wizard.currentPage() is page
    assert page.banner.message == "PIN: Use 4 to 12 digits."
    assert page.rows["manager"][2].property("invalid") is True


def test_refusal_at_finish_returns_to_the_field_and_writes_nothing(
    qtbot, wizard: FirstRunWizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_shelter(wizard)
    press_next(wizard)
    fill_passphrase(wizard)
    press_next(wizard)
    fill_staff(wizard)
    press_next(wizard)
    press_next(wizard)
    press_next(wizard)
    # The shelter id is emptied behind the wizard's back: Finish re-checks every page.
    wizard.shelter_page.shelter_id.setText("")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    page = wizard.shelter_page
    assert wizard.currentPage() is page
    assert page.banner.message == (
        "Shelter id: Use 1 to 64 plain letters A-Z, digits, '-', '_' or '.' (no spaces, no "
        "Japanese characters, no '/', '#', '&' or '?'), e.g. aizu-shelter-01; the City OS "
        "refuses other ids."
    )
    assert page.shelter_id.property("invalid") is True
    assert not (tmp_path / "home").exists()


def test_bad_trust_file_refuses_setup_before_anything_is_written(
    qtbot, wizard: FirstRunWizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "trust.json"
    bad.write_text("{not json", encoding="utf-8")
    fill_shelter(wizard)
    press_next(wizard)
    fill_passphrase(wizard)
    press_next(wizard)
    fill_staff(wizard)
    press_next(wizard)
    wizard.cityos_page.later.setChecked(True)
    press_next(wizard)
    wizard.trust_page.set_path(bad)
    press_next(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.trust_page and not wizard.busy)
    assert wizard.trust_page.banner.isVisible()
    assert not (tmp_path / "home" / "kiosk.db").exists()


def test_typing_in_a_pin_field_accepts_digits_only(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    edit = wizard.staff_page.rows["manager"][2]
    qtbot.keyClicks(edit, "12a34")
    assert edit.text() == "1234"
    assert edit.echoMode() == edit.EchoMode.Password
    assert Qt.InputMethodHint.ImhSensitiveData in edit.inputMethodHints()


def qr_frames() -> Iterator[np.ndarray]:
    """An endless camera showing one QR code (as a webcam would, frame after frame)."""
    buffer = io.BytesIO()
    segno.make("CAMERA-TEST", error="m").save(buffer, kind="png", scale=8, border=4)
    image = cv2.imdecode(np.frombuffer(buffer.getvalue(), np.uint8), cv2.IMREAD_COLOR)
    while True:
        yield image


def test_camera_test_previews_reads_a_code_and_can_be_skipped(
    qtbot, tmp_path: Path, workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(tmp_path / "home", workers, kdf=FAST_KDF, open_camera=qr_frames)
    qtbot.addWidget(wizard)
    page = wizard.camera_page
    page.initializePage()
    assert page.view is not None
    qtbot.waitUntil(lambda: page.view is not None and page.view.frames_shown > 0, timeout=5000)
    qtbot.waitUntil(lambda: page.code_seen, timeout=5000)
    assert page.banner.message == "A QR code was read: the camera works."

    page.skip.click()
    assert (page.worker, page.view.isHidden(), page.skip.isEnabled()) == (None, True, False)
