"""Keyboard-only operation of the screens the other window tests do not already drive by keys:
the window's shortcuts, the operator panel, the settings page, the check-out and pickup dialogs,
the PIN dialog, the passphrase prompt and the first-run wizard. On each, Tab reaches every
control, and every control that can take the focus has a name a screen reader announces (what
``QAccessible`` reports: the accessible name, a button's text, or a field's label buddy).

Keys are sent with ``QTest.keyClick`` to the widget that has the focus, as a keyboard would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QWidget,
    QWizard,
)

from kiosk.access.staff import sign_in as staff_sign_in
from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.operations.settings import load_settings
from kiosk.operations.shelter import get_shelter
from kiosk.reception import checkin
from kiosk.reception.activity import recent_activity
from kiosk.registry import people
from kiosk.registry.records import Person
from tests import ui_window
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui_window import (
    MANAGER_PIN,
    OPERATOR_PIN,
    Desk,
    add_demo_staff,
    build_window,
    focused,
    sign_in,
    trust_demo_keys,
)
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.checkout_dialog import CheckoutDialog
from ui.screens.desk import DeskScreen
from ui.screens.first_run import FirstRunWizard
from ui.screens.operator import OperatorPanel
from ui.screens.pickup_dialog import PickupDialog
from ui.screens.pin_dialog import PinDialog
from ui.screens.settings_page import SettingsPage
from ui.screens.unlock import UnlockDialog

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab


# --- helpers -------------------------------------------------------------------------------


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces for ``widget`` (Qt's accessibility interface)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def focusable(root: QWidget) -> list[QWidget]:
    """The visible, enabled controls under ``root`` that Tab may land on."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not w.inherits("QScrollBar")
        and w.window() is root.window()
    ]


def tab_round(root: QWidget, limit: int = 200) -> list[QWidget]:
    """Press Tab from the focused control until the focus comes back: the controls visited."""
    start = focused()
    assert start is not None and root.isAncestorOf(start) or start is root, start
    visited = [start]
    for _ in range(limit):
        QTest.keyClick(focused(), TAB)
        now = focused()
        if now is start or now is None:
            break
        visited.append(now)
    return visited


def unnamed(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName()}" for w in widgets if not spoken_name(w)]


def assert_keyboard_complete(root: QWidget, within: QWidget | None = None) -> list[QWidget]:
    """Tab reaches every focusable control of ``within`` (default ``root``), and each has a
    spoken name. Returns the Tab round."""
    area = within or root
    visited = tab_round(root)
    wanted = focusable(area)
    missed = [f"{type(w).__name__}#{w.objectName()}" for w in wanted if w not in visited]
    assert (missed, unnamed(wanted)) == ([], [])
    return visited


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to the focused control, else to the active window."""
    target = focused() or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard"
    QTest.keyClick(target, key, modifier)


def tab_to(widget: QWidget, limit: int = 200) -> None:
    """Tab (only) until ``widget`` has the focus. A button of an exclusive group is one Tab
    stop, as radio buttons are: Tab reaches the group, the arrow keys move within it."""
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    members = set(group.buttons()) if group is not None and group.exclusive() else {widget}
    for _ in range(limit):
        if focused() in members:
            break
        press(TAB)
    for _ in range(len(members)):
        if focused() is widget:
            return
        press(Qt.Key.Key_Right)
    raise AssertionError(
        f"the keyboard never reached {type(widget).__name__}:{spoken_name(widget)}"
    )


# --- the window ------------------------------------------------------------------------------


@pytest.fixture
def desk(qtbot, kiosk: Kiosk, workers: Workers, languages, tmp_path: Path) -> Desk:  # type: ignore[no-untyped-def]
    households = seed(kiosk.ctx, 12)
    trust_demo_keys(kiosk)
    add_demo_staff(kiosk)
    built = build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf")
    built.kana = people.household_members(kiosk.store, households[0])[0].kana
    return built


def test_window_shortcuts_reach_every_page_the_role_may_open(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    sign_in(qtbot, window, MANAGER_PIN)
    seen = []
    for key, modifier in (
        (Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier),  # the desk's: a new card
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),  # the card's: back to the desk
        (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
    ):
        before = window.mode
        press(key, modifier)
        qtbot.waitUntil(lambda before=before: window.mode != before, timeout=2000)
        seen.append(window.mode)
    assert seen == ["operator", "settings", "desk", "card", "desk", "sign_in"]
    names = [spoken_name(button) for button in window.toolbar.findChildren(QAbstractButton)]
    assert [n for n in names if n] == [
        "Desk",
        "Self check-in mode",
        "Sync",
        "Dashboard",
        "Settings",
        "Lock",
    ]


def test_desk_and_self_checkin_controls_are_all_reachable_and_named(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    sign_in(qtbot, window)
    page = window.pages["desk"]
    assert isinstance(page, DeskScreen)
    page.search_box.insert(desk.kana)
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=5000)
    assert_keyboard_complete(window, page)
    press(Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.mode == "self_checkin", timeout=2000)
    selfpage = window.pages["self_checkin"]
    selfpage.setFocus()
    selfpage.focusNextChild()
    assert_keyboard_complete(window, selfpage)


def test_operator_panel_by_keyboard(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    sign_in(qtbot, window, OPERATOR_PIN)
    press(Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: window.mode == "operator", timeout=2000)
    panel = window.pages["operator"]
    assert isinstance(panel, OperatorPanel)
    assert focused() is panel.push_button
    assert_keyboard_complete(window, panel)
    tab_to(panel.push_button)
    press(Qt.Key.Key_Space)  # no City OS configured: the queue is kept and it says so
    qtbot.waitUntil(lambda: panel.banner.kind in ("warning", "error", "success"), timeout=10_000)
    assert panel.banner.message


def test_settings_page_by_keyboard(qtbot, desk: Desk, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    sign_in(qtbot, window, MANAGER_PIN)
    press(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.mode == "settings", timeout=2000)
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: not desk.workers.is_busy, timeout=5000)
    assert focused() is page.widgets["language"]
    assert_keyboard_complete(window, page)
    tab_to(page.widgets["large_type"])
    press(Qt.Key.Key_Space)
    tab_to(page.widgets["idle_lock_seconds"])
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "600")
    tab_to(page.save_button)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        press(Qt.Key.Key_Return)
    saved = load_settings(kiosk.store)
    assert (saved.large_type, saved.idle_lock_seconds, page.banner.message) == (
        True,
        600,
        "Settings saved.",
    )


# --- dialogs ---------------------------------------------------------------------------------


@pytest.fixture
def households(kiosk: Kiosk) -> list[str]:
    ids = seed(kiosk.ctx, 6)
    add_demo_staff(kiosk)
    return ids


@pytest.fixture
def actions(qtbot, kiosk: Kiosk, workers: Workers, households: list[str]) -> KioskActions:  # type: ignore[no-untyped-def]
    return KioskActions(kiosk, workers)


@pytest.fixture
def resident(kiosk: Kiosk, households: list[str]) -> Person:
    """A seeded resident, checked in."""
    first = people.household_members(kiosk.store, households[0])[0]
    checkin.check_in(kiosk.ctx, [first.id])
    return people.get_person(kiosk.store, first.id)


def show_dialog(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()), timeout=2000)
    return dialog


def test_checkout_dialog_by_keyboard(
    qtbot, kiosk: Kiosk, actions: KioskActions, resident: Person
) -> None:  # type: ignore[no-untyped-def]
    dialog = show_dialog(qtbot, CheckoutDialog(actions, [resident]))
    assert isinstance(dialog, CheckoutDialog)
    assert focused() is dialog.destination_buttons[0]
    assert_keyboard_complete(dialog)
    tab_to(dialog.destination_buttons[2])  # 病院 / Hospital
    press(Qt.Key.Key_Space)
    assert (focused(), dialog.destination.text()) == (dialog.ok_button, "病院")
    with qtbot.waitSignal(dialog.checked_out, timeout=5000):
        press(Qt.Key.Key_Return)
    assert people.get_person(kiosk.store, resident.id).state == "out"


def test_checkout_dialog_escape_cancels(qtbot, kiosk: Kiosk, actions, resident: Person) -> None:  # type: ignore[no-untyped-def]
    dialog = show_dialog(qtbot, CheckoutDialog(actions, [resident]))
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        press(Qt.Key.Key_Escape)
    assert people.get_person(kiosk.store, resident.id).state == "in"


def test_pickup_dialog_by_keyboard(qtbot, kiosk: Kiosk, actions, resident: Person) -> None:  # type: ignore[no-untyped-def]
    dialog = show_dialog(qtbot, PickupDialog(actions, resident))
    assert isinstance(dialog, PickupDialog)
    assert_keyboard_complete(dialog)
    tab_to(dialog.item_buttons[0])
    press(Qt.Key.Key_Space)
    tab_to(dialog.quantity)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    with qtbot.waitSignal(dialog.picked_up, timeout=5000):
        press(Qt.Key.Key_Return)
    activity = recent_activity(kiosk.store)[0]
    assert (activity.person_id, activity.kind, activity.quantity) == (resident.id, "supply", 3)


def test_pin_dialog_by_keyboard(qtbot, actions: KioskActions) -> None:  # type: ignore[no-untyped-def]
    dialog = show_dialog(qtbot, PinDialog(actions))
    assert isinstance(dialog, PinDialog)
    assert focused() is dialog.pad
    assert_keyboard_complete(dialog)
    tab_to(dialog.pad)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        QTest.keyClicks(focused(), ui_window.STAFF_PIN)
        press(Qt.Key.Key_Return)
    assert dialog.member is not None and dialog.member.role == "staff"
    again = show_dialog(qtbot, PinDialog(actions))
    with qtbot.waitSignal(again.rejected, timeout=2000):
        press(Qt.Key.Key_Escape)
    assert again.member is None


# --- opening the store -------------------------------------------------------------------


def test_the_passphrase_prompt_by_keyboard(
    qtbot, make_kiosk, workers: Workers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "shelter"
    make_kiosk(home=home).close()
    dialog = UnlockDialog(home, workers)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    field = dialog.field()
    qtbot.waitUntil(lambda: focused() is field, timeout=2000)
    asked = spoken_name(field)
    assert_keyboard_complete(dialog)
    tab_to(field)
    QTest.keyClicks(focused(), "not it")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.attempts == 1, timeout=10_000)
    assert (focused() is field, spoken_name(field).splitlines()[0]) == (
        True,
        "Wrong passphrase. Try again.",
    )
    QTest.keyClicks(focused(), PASSPHRASE)
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        press(Qt.Key.Key_Return)
    opened.args[0].close()
    assert (asked.splitlines()[0], field.echoMode()) == (
        "Passphrase of the shelter's data",
        QLineEdit.EchoMode.Password,
    )


# --- first run -----------------------------------------------------------------------------


@pytest.fixture
def wizard(qtbot, tmp_path: Path, workers: Workers) -> Iterator[FirstRunWizard]:  # type: ignore[no-untyped-def]
    w = FirstRunWizard(tmp_path / "home", workers, kdf=FAST_KDF)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w


def type_into(widget: QWidget, text: str, replace: bool = False) -> None:
    """Tab to ``widget`` and type ``text`` (ASCII only: Japanese comes from the input method,
    which tests do not drive; the wizard's Japanese-capable fields get ASCII here)."""
    tab_to(widget)
    if replace:
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), text)


def test_first_run_wizard_by_keyboard(qtbot, wizard: FirstRunWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visited = []

    def check_page() -> None:
        page = wizard.currentPage()
        qtbot.waitUntil(lambda: focused() is not None and wizard.isAncestorOf(focused()))
        visited.append(type(page).__name__)
        assert_keyboard_complete(wizard, page)

    def next_page() -> None:
        """Tab to the wizard's Next button and press Space (Enter on a focused push button
        would press that button, e.g. the trust page's file chooser)."""
        before = wizard.currentPage()
        tab_to(wizard.button(QWizard.WizardButton.NextButton))
        press(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: wizard.currentPage() is not before, timeout=5000)

    check_page()
    shelter = wizard.shelter_page
    type_into(shelter.shelter_id, "drill-01")
    type_into(shelter.shelter_name, "Drill gym")
    type_into(shelter.capacity, "80", replace=True)
    tab_to(shelter.disasters["earthquake"])
    press(Qt.Key.Key_Space)
    type_into(shelter.location, "Aizu")
    next_page()
    check_page()
    passphrase = wizard.passphrase_page
    type_into(passphrase.passphrase, "keyboard only drill passphrase")
    type_into(passphrase.confirm, "keyboard only drill passphrase")
    next_page()
    check_page()
    rows = wizard.staff_page.rows
    for role, pin in (("manager", "24680"), ("staff", "13579")):
        type_into(rows[role][2], pin)
        type_into(rows[role][3], pin)
    next_page()
    check_page()
    tab_to(wizard.cityos_page.later)
    press(Qt.Key.Key_Space)
    next_page()
    check_page()  # the trust list can be imported later
    next_page()
    check_page()
    tab_to(wizard.button(QWizard.WizardButton.FinishButton))
    with qtbot.waitSignal(wizard.finished_with, timeout=20_000) as finished:
        press(Qt.Key.Key_Space)
    finished.args[0].close()
    assert visited == [
        "ShelterPage",
        "PassphrasePage",
        "StaffPage",
        "CityOsPage",
        "TrustPage",
        "CameraPage",
    ]
    with Kiosk.open(tmp_path / "home", "keyboard only drill passphrase") as kiosk:
        shelter = get_shelter(kiosk.store)
        assert (shelter.id, shelter.name, shelter.capacity, shelter.disaster_types) == (
            "drill-01",
            "Drill gym",
            80,
            ("earthquake",),
        )
        assert staff_sign_in(kiosk.ctx, "24680").role == "manager"
