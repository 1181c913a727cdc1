"""Scans never fight the keyboard (issue #12, item 5): what a user test measured, replayed with
real signed citizen-app codes over the real store and worker threads.

Keys go where a keyboard sends them — to the widget that has the focus — so a scan that moved
the focus would show here as lost keys and as an Enter landing on the wrong button.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from stdnum.jp import in_ as mynumber_checksum

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.basics.local_time import local_time
from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.identity.demo import demo_app_codes
from kiosk.reception.activity import recent_activity
from kiosk.registry import people
from kiosk.registry.records import Person
from tests.ui_window import Desk, add_demo_staff, build_window, sign_in, trust_demo_keys
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.desk import DeskScreen
from ui.widgets.scan_notice import MAX_WAITING

SINGLE = "Single resident (見本 太郎)"
SUPPORT = "Resident needing support, with her son (見本 花子)"
SIX = "Household of six (テスト 一郎)"


@pytest.fixture
def resident(kiosk: Kiosk) -> Person:
    """30 fake residents, the demo City OS keys trusted; one resident with a phone number."""
    households = seed(kiosk.ctx, 30)
    trust_demo_keys(kiosk)
    return people.household_members(kiosk.store, households[0])[0]


@pytest.fixture
def actions(qtbot, kiosk: Kiosk, resident: Person) -> Iterator[KioskActions]:  # type: ignore[no-untyped-def]
    workers = Workers()
    yield KioskActions(kiosk, workers)
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


def code(kiosk: Kiosk, label: str) -> str:
    return next(c.text for c in demo_app_codes(kiosk.ctx.now()) if c.label == label)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def keyboard(text: str) -> None:
    """Type ``text`` as a keyboard does: each key to whatever has the focus at that moment."""
    for char in text:
        QTest.keyClick(focused(), char)


def press(key: Qt.Key) -> None:
    QTest.keyClick(focused(), key)


def answered(qtbot, desk: DeskScreen) -> None:  # type: ignore[no-untyped-def]
    """Wait until every store call made so far has answered (codes being verified included):
    the store's executor is one thread, answering in order."""
    with qtbot.waitCallback(timeout=5000) as behind:
        desk.kiosk_actions.recent_activity(behind)


def first_names(desk: DeskScreen) -> list[str]:
    return [row.box.text().split("（")[0] for row in desk.card.rows]


def test_a_scan_while_typing_a_search_takes_no_key_and_waits_in_the_notice(
    qtbot, kiosk: Kiosk, desk: DeskScreen, resident: Person
) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_F2)
    keyboard(resident.phone[:6])
    desk.on_code(code(kiosk, SUPPORT))
    answered(qtbot, desk)
    keyboard(resident.phone[6:])
    press(Qt.Key.Key_Return)  # Enter meant for the search: opens the person found
    qtbot.waitUntil(lambda: desk.card.arrival is not None, timeout=5000)
    assert (
        desk.search_box.text(),
        desk.card.arrival.kind,
        first_names(desk)[0],
        recent_activity(kiosk.store),
    ) == (resident.phone, "search", resident.name, [])
    assert (desk.notice.isVisible(), desk.notice.label.text()) == (
        True,
        "1 more codes waiting: they show after this confirmation.",
    )
    press(Qt.Key.Key_Escape)  # staff close their search result: the scanned code is next
    assert (desk.card.isVisible(), desk.notice.label.text(), desk.notice.button.isVisible()) == (
        False,
        "A code was scanned: Disaster app code — 見本 花子 (2 people)",
        True,
    )
    press(Qt.Key.Key_F12)  # turning to the notice shows the confirmation
    assert (
        first_names(desk),
        desk.card.confirm_button.hasFocus(),
        desk.notice.isVisible(),
    ) == (["見本 花子", "見本 次郎"], True, False)
    with qtbot.waitSignal(desk.admitted, timeout=5000) as admitted:
        press(Qt.Key.Key_Return)
    checked = [people.get_person(kiosk.store, pid).name for pid in admitted.args[0].person_ids]
    assert checked == ["見本 花子", "見本 次郎"]


def test_codes_scanned_while_a_confirmation_is_open_queue_behind_it_once_each(
    qtbot, kiosk: Kiosk, desk: DeskScreen
) -> None:  # type: ignore[no-untyped-def]
    desk.on_code(code(kiosk, SUPPORT))
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    for label in (SINGLE, SINGLE, SUPPORT, SIX):  # repeats of one waiting and of the one open
        desk.on_code(code(kiosk, label))
    answered(qtbot, desk)
    assert (first_names(desk), desk.card.confirm_button.hasFocus()) == (
        ["見本 花子", "見本 次郎"],
        True,
    )
    assert (desk.notice.label.text(), len(desk.scans)) == (
        "2 more codes waiting: they show after this confirmation.",
        2,
    )
    with qtbot.waitSignal(desk.admitted, timeout=5000):
        press(Qt.Key.Key_Return)
    # Straight after a confirmation the next one waits (a doubled Enter must not confirm it).
    assert (desk.card.isVisible(), desk.notice.label.text()) == (
        False,
        "A code was scanned: Disaster app code — 見本 太郎. 1 more waiting.",
    )
    desk.notice.button.click()
    assert (first_names(desk), desk.notice.label.text()) == (
        ["見本 太郎"],
        "1 more codes waiting: they show after this confirmation.",
    )
    press(Qt.Key.Key_Escape)
    # Left alone a moment with an empty search box, the desk shows the last one by itself.
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    assert (first_names(desk)[0], desk.notice.isVisible(), len(desk.scans)) == (
        "テスト 一郎",
        False,
        0,
    )


def my_number(n: int) -> str:
    """A valid 12-digit My Number nobody here is registered with."""
    body = f"{31415926500 + n:011d}"
    return body + mynumber_checksum.calc_check_digit(body)


def test_a_repeated_card_queues_once_and_a_full_queue_refuses_with_a_message(
    qtbot, kiosk: Kiosk, desk: DeskScreen
) -> None:  # type: ignore[no-untyped-def]
    desk.on_code(my_number(0))
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    first = my_number(1)
    desk.on_code(first)
    desk.on_code(f"{first[:4]}-{first[4:8]}-{first[8:]}")  # the same card, typed with hyphens
    for n in range(2, MAX_WAITING + 2):  # one more than the queue holds
        desk.on_code(my_number(n))
    answered(qtbot, desk)
    assert (
        desk.card.title.text(),
        [a.mynumber.last4 for a in desk.scans.waiting],
        desk.banner.kind,
        desk.banner.text(),
    ) == (
        f"My Number card  **** **** {my_number(0)[-4:]}",
        [my_number(n)[-4:] for n in range(1, MAX_WAITING + 1)],
        "warning",
        "⚠ Too many codes waiting. Deal with them first (F12), then scan again.",
    )


def test_enter_in_the_search_box_never_confirms_nor_loses_an_open_confirmation(
    qtbot, kiosk: Kiosk, desk: DeskScreen, resident: Person
) -> None:  # type: ignore[no-untyped-def]
    desk.on_code(code(kiosk, SUPPORT))
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    qtbot.mouseClick(desk.search_box, Qt.MouseButton.LeftButton)
    keyboard(resident.phone)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.card.arrival.kind == "search", timeout=5000)
    assert (recent_activity(kiosk.store), first_names(desk)[0], desk.notice.label.text()) == (
        [],
        resident.name,
        "1 more codes waiting: they show after this confirmation.",
    )
    press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_F12)
    assert first_names(desk) == ["見本 花子", "見本 次郎"]


def test_emptying_the_search_box_lets_a_waiting_code_show_by_itself(
    qtbot, kiosk: Kiosk, desk: DeskScreen
) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_F2)
    keyboard("sato")
    desk.on_code(code(kiosk, SINGLE))
    answered(qtbot, desk)
    assert (desk.card.isVisible(), desk.search_box.hasFocus()) == (False, True)
    press(Qt.Key.Key_Escape)  # the search box empties: after a moment the code shows
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    assert (first_names(desk), desk.card.confirm_button.hasFocus()) == (["見本 太郎"], True)


def test_a_rescan_after_check_in_says_already_checked_in_with_the_time_and_no_button(
    qtbot, kiosk: Kiosk, desk: DeskScreen
) -> None:  # type: ignore[no-untyped-def]
    text = code(kiosk, SINGLE)
    desk.on_code(text)
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    with qtbot.waitSignal(desk.admitted, timeout=5000) as admitted:
        press(Qt.Key.Key_Return)
    person = people.get_person(kiosk.store, admitted.args[0].person_ids[0])
    desk.on_code(text)
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    since = f"{local_time(person.state_since):%H:%M}"  # the shelter's clock, not the computer's
    assert (
        desk.card.warning.text(),
        desk.card.confirm_button.isVisible(),
        desk.card.cancel_button.hasFocus(),
        desk.card.cancel_button.text(),
    ) == (f"Already checked in at {since}. Esc closes; F4 checks out.", False, True, "Close (Esc)")
    press(Qt.Key.Key_Return)  # Enter on the card of someone already in checks in nobody
    assert [a.kind for a in recent_activity(kiosk.store)] == ["checkin"]


def test_lock_forgets_waiting_codes_and_answers_still_on_their_way(
    qtbot, kiosk: Kiosk, desk: DeskScreen
) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_F2)
    keyboard("1")
    desk.on_code(code(kiosk, SINGLE))
    answered(qtbot, desk)
    assert desk.card.arrival is None  # staff are typing: the code waits
    desk.on_code(code(kiosk, SIX))
    desk.reset()  # the idle lock
    answered(qtbot, desk)  # SIX's answer too
    assert desk.card.arrival is None
    assert (desk.notice.isVisible(), len(desk.scans)) == (False, 0)


@pytest.fixture
def window_desk(qtbot, kiosk: Kiosk, workers: Workers, languages, tmp_path: Path) -> Desk:  # type: ignore[no-untyped-def]
    seed(kiosk.ctx, 12)
    trust_demo_keys(kiosk)
    add_demo_staff(kiosk)
    return build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf")


def test_the_camera_path_through_the_window_keeps_the_typing_and_a_click_shows_the_code(
    qtbot, kiosk: Kiosk, window_desk: Desk
) -> None:  # type: ignore[no-untyped-def]
    window = window_desk.window
    sign_in(qtbot, window)
    page = window.pages["desk"]
    assert isinstance(page, DeskScreen)
    keyboard("000-12")
    window.on_code(code(kiosk, SUPPORT))  # the slot CameraWorker.accepted is wired to
    answered(qtbot, page)
    keyboard("34")
    assert (page.search_box.text(), page.search_box.hasFocus(), page.card.isVisible()) == (
        "000-1234",
        True,
        False,
    )
    qtbot.mouseClick(page.notice, Qt.MouseButton.LeftButton)
    assert (first_names(page), page.card.confirm_button.hasFocus()) == (
        ["見本 花子", "見本 次郎"],
        True,
    )
