"""The settings page, the sign-in page and the PIN dialog over a real store and the real worker
threads: round trips as a manager, refusals in place, wrong PINs and the lockout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.access.staff import StaffMember, add_staff
from kiosk.core import Kiosk
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings, load_settings
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.pin_dialog import PinDialog
from ui.screens.settings_page import SettingsPage
from ui.screens.sign_in import SignInPage

MANAGER_PIN, STAFF_PIN = "2468", "1357"


@pytest.fixture
def members(kiosk: Kiosk) -> dict[str, StaffMember]:
    return {
        "manager": add_staff(kiosk.ctx, "Manager", "manager", MANAGER_PIN),
        "staff": add_staff(kiosk.ctx, "受付1", "staff", STAFF_PIN),
    }


@pytest.fixture
def actions(kiosk: Kiosk, members: dict[str, StaffMember], workers: Workers) -> KioskActions:
    acts = KioskActions(kiosk, workers)
    acts.sign_out()
    return acts


def signed_in(qtbot, actions: KioskActions, pin: str) -> KioskActions:  # type: ignore[no-untyped-def]
    with qtbot.waitCallback() as done:
        actions.sign_in(pin, done)
    return actions


def settings_page(qtbot, actions: KioskActions, workers: Workers) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(actions, replace_secret=True)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not workers.is_busy)
    return page


def type_pin(qtbot, pad, pin: str) -> None:  # type: ignore[no-untyped-def]
    pad.setFocus()
    qtbot.keyClicks(pad, pin)
    qtbot.keyClick(pad, Qt.Key.Key_Return)


# --- settings ----------------------------------------------------------------------------


def test_settings_page_maps_each_field_to_a_widget_of_its_type(
    qtbot, actions: KioskActions, workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    page = settings_page(qtbot, actions, workers)
    kinds = {name: type(widget).__name__ for name, widget in page.widgets.items()}
    assert kinds == {
        "language": "QComboBox",
        "large_type": "QCheckBox",
        "high_contrast": "QCheckBox",
        "sounds": "QCheckBox",
        "camera": "QLineEdit",
        "slip_lifetime_days": "QSpinBox",
        "idle_lock_seconds": "QSpinBox",
        "self_checkin_idle_seconds": "QSpinBox",
        "log_to_file": "QCheckBox",
        "platform": "QComboBox",
        "cityos_endpoint": "QLineEdit",
        "oidc_issuer": "QLineEdit",
        "oidc_client_id": "QLineEdit",
        "tenant": "QLineEdit",
        "service_path": "QLineEdit",
        "oidc_scope": "QLineEdit",
        "oidc_audience": "QLineEdit",
        "oidc_auth_method": "QComboBox",
        "ca_bundle": "QLineEdit",
        "allow_insecure_http": "QCheckBox",
        "sync_batch_size": "QSpinBox",
        "sync_automatic": "QCheckBox",
        "roster_district": "QLineEdit",
        "pull_interval_minutes": "QSpinBox",
        "backup_folder": "QLineEdit",
        "backup_interval_minutes": "QSpinBox",
        "backup_keep": "QSpinBox",
        "time_zone": "QLineEdit",
    }
    assert page.current() == Settings()
    assert page.secret.text() == "" and page.secret.echoMode() == QLineEdit.EchoMode.Password


def test_manager_saves_settings_and_replaces_the_client_secret(
    qtbot, kiosk: Kiosk, actions: KioskActions, workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    signed_in(qtbot, actions, MANAGER_PIN)
    page = settings_page(qtbot, actions, workers)
    w = page.widgets
    assert isinstance(w["large_type"], QCheckBox) and isinstance(w["language"], QComboBox)
    assert isinstance(w["idle_lock_seconds"], QSpinBox)
    w["large_type"].setChecked(True)
    w["language"].setCurrentIndex(w["language"].findData("en"))
    w["idle_lock_seconds"].setValue(600)
    w["platform"].setCurrentIndex(w["platform"].findData("ngsi-ld"))  # type: ignore[attr-defined]
    w["cityos_endpoint"].setText("https://cityos.example.jp")  # type: ignore[attr-defined]
    page.secret.setText("new-secret")

    with qtbot.waitSignal(page.saved, timeout=10_000) as blocker:
        page.save_button.click()

    expected = Settings(
        language="en",
        large_type=True,
        idle_lock_seconds=600,
        platform="ngsi-ld",
        cityos_endpoint="https://cityos.example.jp",
    )
    assert blocker.args == [expected]
    assert load_settings(kiosk.store) == expected
    assert kiosk.store.get_secret(CLIENT_SECRET) == b"new-secret"
    assert (page.secret.text(), page.banner.message) == ("", "Settings saved.")


def test_a_refused_setting_is_highlighted_and_nothing_is_saved(
    qtbot, kiosk: Kiosk, actions: KioskActions, workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    signed_in(qtbot, actions, MANAGER_PIN)
    page = settings_page(qtbot, actions, workers)
    page.widgets["oidc_issuer"].setText("id.example.jp")  # type: ignore[attr-defined]
    page.save_button.click()
    qtbot.waitUntil(lambda: page.banner.kind == "error")
    assert page.banner.message == (
        "OpenID Connect issuer URL: Enter a full URL such as https://cityos.example.jp."
    )
    assert page.widgets["oidc_issuer"].property("invalid") is True
    assert load_settings(kiosk.store) == Settings()


def test_staff_may_not_save_settings(
    qtbot, kiosk: Kiosk, actions: KioskActions, workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    signed_in(qtbot, actions, STAFF_PIN)
    page = settings_page(qtbot, actions, workers)
    page.widgets["sounds"].setChecked(False)  # type: ignore[attr-defined]
    page.secret.setText("stolen")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.banner.kind == "error")
    assert page.banner.message == "Your role may not do this. Ask a shelter manager."
    assert load_settings(kiosk.store) == Settings()
    assert kiosk.store.get_secret(CLIENT_SECRET) is None


# --- sign-in -----------------------------------------------------------------------------


def test_sign_in_page_shows_the_shelter_and_refuses_a_wrong_pin(
    qtbot, actions: KioskActions
) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(actions)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.shelter.text() == "テスト避難所")
    with qtbot.assertNotEmitted(page.signed_in):
        type_pin(qtbot, page.pad, "0000")
        qtbot.waitUntil(lambda: page.banner.kind == "error")
    assert page.banner.message == "Wrong PIN. Try again."
    assert page.pad.display.text() == "—"  # cleared, ready for the next try


def test_the_right_pin_signs_in(
    qtbot, actions: KioskActions, members: dict[str, StaffMember]
) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(actions, shelter_name="テスト避難所")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.signed_in, timeout=10_000) as blocker:
        type_pin(qtbot, page.pad, MANAGER_PIN)
    assert blocker.args == [members["manager"]]
    assert (actions.actor, actions.role) == (members["manager"].id, "manager")


def test_after_five_wrong_pins_even_the_right_one_is_refused(qtbot, actions: KioskActions) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(actions, shelter_name="テスト避難所")
    qtbot.addWidget(page)
    for attempt in range(5):
        type_pin(qtbot, page.pad, f"99{attempt}9")
        qtbot.waitUntil(lambda: not page.busy and page.banner.kind == "error")
    with qtbot.assertNotEmitted(page.signed_in):
        type_pin(qtbot, page.pad, MANAGER_PIN)
        qtbot.waitUntil(lambda: not page.busy)
    assert (page.banner.kind, page.banner.message) == (
        "error",
        "Too many wrong PINs. Try again in 1 minute.",
    )


def test_pin_dialog_returns_the_member_without_changing_who_acts(
    qtbot, actions: KioskActions, members: dict[str, StaffMember]
) -> None:  # type: ignore[no-untyped-def]
    dialog = PinDialog(actions)
    qtbot.addWidget(dialog)
    dialog.open()
    type_pin(qtbot, dialog.pad, "1111")
    qtbot.waitUntil(lambda: dialog.banner.message == "Wrong PIN. Try again.")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        type_pin(qtbot, dialog.pad, STAFF_PIN)
    assert dialog.member == members["staff"]
    assert (actions.actor, actions.role) == ("kiosk", "staff")
