"""The desk and self check-in screens, driven through their widgets over a real store and the
real worker threads: scan → confirmation → check-in persisted; refusals shown in place;
search as you type; check-out and pickup dialogs; the whole check-in from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import jaconv
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.basics.local_time import local_time
from kiosk.city.trust_store import import_trust
from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.identity import dump_trust_list
from kiosk.identity.demo import demo_app_codes, demo_trust_list
from kiosk.reception.activity import recent_activity
from kiosk.registry import people
from kiosk.registry.records import Person
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.checkout_dialog import CheckoutDialog
from ui.screens.desk import DeskScreen
from ui.screens.pickup_dialog import PickupDialog
from ui.screens.self_checkin import SelfCheckinScreen

SINGLE, SUPPORT = (
    "Single resident (見本 太郎)",
    "Resident needing support, with her son (見本 花子)",
)


@pytest.fixture
def households(kiosk: Kiosk) -> list[str]:
    """30 fake residents in the test kiosk, and the demo City OS keys trusted."""
    ids = seed(kiosk.ctx, 30)
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    return ids


@pytest.fixture
def demo(kiosk: Kiosk, households: list[str]) -> Kiosk:
    return kiosk


@pytest.fixture
def resident(demo: Kiosk, households: list[str]) -> Person:
    """A seeded resident (registered, not checked in)."""
    return people.household_members(demo.store, households[0])[0]


@pytest.fixture
def actions(qtbot, demo: Kiosk) -> Iterator[KioskActions]:  # type: ignore[no-untyped-def]
    workers = Workers()
    yield KioskActions(demo, workers)
    workers.shutdown()


@pytest.fixture
def desk(qtbot, actions: KioskActions) -> DeskScreen:  # type: ignore[no-untyped-def]
    screen = DeskScreen(actions)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    return screen


def code(kiosk: Kiosk, label: str = "", expected_error: str = "") -> str:
    return next(
        c.text
        for c in demo_app_codes(kiosk.ctx.now())
        if c.expected_error == expected_error and (not label or c.label == label)
    )


def names_on_card(desk: DeskScreen) -> list[str]:
    return [row.box.text() for row in desk.card.rows]


def type_keys(widget: QWidget, text: str) -> None:
    for char in text:
        QTest.keyClick(widget, char)


def test_scan_shows_the_household_and_enter_checks_them_in(qtbot, demo: Kiosk, desk) -> None:  # type: ignore[no-untyped-def]
    desk.on_code(code(demo, SUPPORT))
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    assert (
        [name.split("  ")[0] for name in names_on_card(desk)],
        desk.card.support_tag.isVisible(),
        desk.card.confirm_button.text(),
        desk.card.confirm_button.hasFocus(),
    ) == (
        ["見本 花子（ミホン ハナコ）", "見本 次郎（ミホン ジロウ）"],
        True,
        "Check in 2 people (Enter)",
        True,
    )
    with qtbot.waitSignal(desk.admitted, timeout=5000) as signal:
        QTest.keyClick(desk.card.confirm_button, Qt.Key.Key_Return)
    checked = [people.get_person(demo.store, pid) for pid in signal.args[0].person_ids]
    assert [(p.name, p.state) for p in checked] == [("見本 花子", "in"), ("見本 次郎", "in")]
    assert (desk.card.isVisible(), desk.banner.kind) == (False, "success")
    assert desk.banner.text().startswith("✔ Checked in: 2 people")


def test_a_second_scan_shows_them_already_in_and_unticked(qtbot, demo: Kiosk, desk) -> None:  # type: ignore[no-untyped-def]
    text = code(demo, SINGLE)
    desk.on_code(text)
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    with qtbot.waitSignal(desk.admitted, timeout=5000):
        QTest.keyClick(desk.card.confirm_button, Qt.Key.Key_Return)
    desk.on_code(text)
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    row = desk.card.rows[0]
    since = f"{local_time(desk.card.arrival.known[0].state_since):%H:%M}"  # the shelter's clock
    assert (
        row.box.isChecked(),
        "Already checked in" in row.box.accessibleName(),
        desk.card.confirm_button.isVisible(),  # no "Check in 0 people"
        desk.card.warning.text(),
    ) == (
        False,
        True,
        False,
        f"Already checked in at {since}. Esc closes; F4 checks out.",
    )
    QTest.keyClick(desk.card.cancel_button, Qt.Key.Key_Escape)
    assert desk.card.isVisible() is False


def test_refused_code_shows_its_message_and_checks_in_nobody(qtbot, demo: Kiosk, desk) -> None:  # type: ignore[no-untyped-def]
    desk.on_code(code(demo, expected_error="code_expired"))
    qtbot.waitUntil(lambda: desk.banner.kind == "error", timeout=5000)
    assert (desk.card.isVisible(), recent_activity(demo.store)) == (False, [])
    assert desk.banner.text().startswith("✖ This code expired on ")


def test_my_number_of_nobody_offers_the_evacuee_card(qtbot, demo: Kiosk, desk) -> None:  # type: ignore[no-untyped-def]
    desk.on_code("123456789018")
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    assert (
        desk.card.register_button.isVisible(),
        desk.card.confirm_button.isVisible(),
        desk.card.title.text(),
        "123456789018" in desk.card.warning.text(),
    ) == (True, False, "My Number card  **** **** 9018", False)
    with qtbot.waitSignal(desk.register_requested, timeout=2000) as signal:
        QTest.keyClick(desk.card.register_button, Qt.Key.Key_Return)
    assert (signal.args[0].kind, signal.args[0].mynumber.last4) == ("mynumber", "9018")
    assert recent_activity(demo.store) == []


def test_a_my_number_typed_with_hyphens_is_read_as_the_card_and_leaves_the_search_box(
    qtbot, demo: Kiosk, desk
) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(desk, Qt.Key.Key_F2)
    type_keys(desk.search_box, "1234-5678-9018")
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    assert (desk.search_box.text(), desk.card.title.text(), desk.results.count()) == (
        "",
        "My Number card  **** **** 9018",
        0,
    )


def test_search_as_you_type_finds_by_hiragana(qtbot, demo: Kiosk, desk, resident: Person) -> None:  # type: ignore[no-untyped-def]
    target = resident
    # Japanese arrives through the input method as committed text, not key presses.
    desk.search_box.insert(jaconv.kata2hira(target.kana))
    qtbot.waitUntil(lambda: desk.results.count() > 0, timeout=5000)
    first = desk.results.item(0).text()
    assert (desk.selected().id, first.startswith(f"{target.name}（{target.kana}）")) == (
        target.id,
        True,
    )
    assert "［Not checked in］" in first


def test_checkout_refuses_an_empty_destination_then_checks_out(qtbot, demo: Kiosk, desk) -> None:  # type: ignore[no-untyped-def]
    desk.on_code(code(demo, SINGLE))
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    with qtbot.waitSignal(desk.admitted, timeout=5000) as signal:
        QTest.keyClick(desk.card.confirm_button, Qt.Key.Key_Return)
    person_id = signal.args[0].person_ids[0]
    desk.on_code(code(demo, SINGLE))
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    QTest.keyClick(desk.card.confirm_button, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, CheckoutDialog), timeout=2000)
    dialog = desk.dialog
    assert isinstance(dialog, CheckoutDialog)
    QTest.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.banner.kind == "error", timeout=5000)
    assert (
        dialog.banner.text()
        == "✖ Destination: Say where the person is going (home, hospital, ...)."
    )
    assert people.get_person(demo.store, person_id).state == "in"
    QTest.keyClick(dialog.destination_buttons[0], Qt.Key.Key_Space)  # 自宅 / Home
    with qtbot.waitSignal(dialog.checked_out, timeout=5000):
        QTest.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    activity = recent_activity(demo.store)[0]
    assert (
        people.get_person(demo.store, person_id).state,
        activity.kind,
        activity.destination,
    ) == (
        "out",
        "checkout",
        "自宅",
    )
    qtbot.waitUntil(lambda: desk.dialog is None, timeout=2000)
    assert desk.banner.text().startswith("✔ Checked out: 1 people")


def test_pickup_records_the_item_and_quantity(qtbot, demo: Kiosk, desk, resident: Person) -> None:  # type: ignore[no-untyped-def]
    target = resident
    desk.search_box.insert(target.kana)
    qtbot.waitUntil(lambda: desk.results.count() > 0, timeout=5000)
    QTest.keyClick(desk.search_box, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, PickupDialog), timeout=2000)
    dialog = desk.dialog
    assert isinstance(dialog, PickupDialog)
    QTest.keyClick(dialog.item_buttons[2], Qt.Key.Key_Space)  # 毛布 / Blanket
    QTest.keyClick(dialog.quantity, Qt.Key.Key_Up)
    with qtbot.waitSignal(dialog.picked_up, timeout=5000):
        QTest.keyClick(dialog.quantity, Qt.Key.Key_Return)
    activity = recent_activity(demo.store)[0]
    assert (activity.person_id, activity.kind, activity.item, activity.quantity) == (
        target.id,
        "supply",
        "毛布",
        2,
    )


def test_the_whole_check_in_from_the_keyboard(qtbot, demo: Kiosk, desk) -> None:  # type: ignore[no-untyped-def]
    # A keyboard QR reader types the code into the search box and presses Enter.
    QTest.keyClick(desk, Qt.Key.Key_F2)
    assert desk.search_box.hasFocus()
    type_keys(desk.search_box, code(demo, SUPPORT))
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    assert (desk.search_box.text(), desk.card.confirm_button.hasFocus()) == ("", True)
    back = Qt.KeyboardModifier.ShiftModifier  # back to the tick boxes: Space unticks
    QTest.keyClick(desk.focusWidget(), Qt.Key.Key_Tab, back)
    QTest.keyClick(desk.focusWidget(), Qt.Key.Key_Tab, back)
    focused = desk.focusWidget()
    assert focused is desk.card.rows[0].box
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert desk.card.confirm_button.text() == "Check in 1 people (Enter)"
    with qtbot.waitSignal(desk.admitted, timeout=5000) as signal:
        QTest.keyClick(focused, Qt.Key.Key_Return)  # Enter from a tick box confirms
    checked = [people.get_person(demo.store, pid).name for pid in signal.args[0].person_ids]
    assert checked == ["見本 次郎"]


def test_enter_on_a_search_result_opens_it_with_only_that_person_ticked(
    qtbot, demo: Kiosk, desk, resident: Person
) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(desk, Qt.Key.Key_F2)
    type_keys(desk.search_box, resident.birth.isoformat() if resident.birth else "")
    qtbot.waitUntil(lambda: desk.results.count() > 0, timeout=5000)
    while desk.selected() is not None and desk.selected().id != resident.id:
        QTest.keyClick(desk.search_box, Qt.Key.Key_Down)
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    assert desk.card.chosen() == ([resident.id], [])
    with qtbot.waitSignal(desk.admitted, timeout=5000):
        QTest.keyClick(desk.focusWidget(), Qt.Key.Key_Return)
    assert people.get_person(demo.store, resident.id).state == "in"


def test_self_checkin_shows_only_the_own_household_and_checks_in(
    qtbot, demo: Kiosk, actions
) -> None:  # type: ignore[no-untyped-def]
    page = SelfCheckinScreen(actions, idle_seconds=30)
    qtbot.addWidget(page)
    page.show()
    page.on_code(code(demo, SINGLE))
    qtbot.waitUntil(lambda: page.pages.currentIndex() == 1, timeout=5000)
    shown = [box.text() for box, _, _ in page._member_boxes]
    assert shown == ["見本 太郎"]
    assert not hasattr(page, "search_box")
    with qtbot.waitSignal(page.admitted, timeout=5000):
        QTest.keyClick(page.confirm_button, Qt.Key.Key_Return)
    assert page.pages.currentIndex() == 2
    page.reset()
    assert (page.pages.currentIndex(), page._member_boxes) == (0, [])
