"""The desk and self check-in screens, driven through their widgets over a real store and the
real worker threads: scan → confirmation → check-in persisted; refusals shown in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import jaconv
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk import people
from kiosk.core import Kiosk
from kiosk.demo import open_demo_kiosk
from kiosk.identity.demo import demo_app_codes
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.desk import DeskScreen
from ui.screens.self_checkin import SelfCheckinScreen


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Kiosk]:
    kiosk = open_demo_kiosk(tmp_path / "demo", people=30)
    yield kiosk
    kiosk.close()


@pytest.fixture
def actions(qtbot, demo: Kiosk) -> Iterator[KioskActions]:  # type: ignore[no-untyped-def]
    workers = Workers()
    yield KioskActions(demo, workers)
    workers.shutdown()


def app_code(kiosk: Kiosk, expected_error: str = "") -> str:
    return next(
        c.text
        for c in demo_app_codes(kiosk.ctx.now())
        if c.expected_error == expected_error and c.text.startswith("KSA")
    )


def test_scan_confirm_with_enter_checks_the_household_in(qtbot, demo: Kiosk, actions) -> None:  # type: ignore[no-untyped-def]
    desk = DeskScreen(actions)
    qtbot.addWidget(desk)
    desk.show()
    desk.on_code(app_code(demo))
    qtbot.waitUntil(lambda: desk.card.isVisible(), timeout=5000)
    names = [box.text() for box, _, _ in desk._boxes]
    assert (names, desk.confirm_button.text()) == (
        ["＋ 見本 太郎（ミホン タロウ） new"],
        "Check in 1 people (Enter)",
    )
    with qtbot.waitSignal(desk.admitted, timeout=5000) as signal:
        QTest.keyClick(desk.confirm_button, Qt.Key.Key_Return)
    person = people.get_person(demo.store, signal.args[0].person_ids[0])
    assert (person.name, person.state, desk.banner.kind) == ("見本 太郎", "in", "success")


def test_refused_code_shows_its_message_and_checks_in_nobody(qtbot, demo: Kiosk, actions) -> None:  # type: ignore[no-untyped-def]
    desk = DeskScreen(actions)
    qtbot.addWidget(desk)
    before = demo.store.query_one("SELECT count(*) AS n FROM stay_event")["n"]
    desk.on_code(app_code(demo, "code_expired"))
    qtbot.waitUntil(lambda: desk.banner.kind == "error", timeout=5000)
    assert "expired" in desk.banner.text().lower()
    assert demo.store.query_one("SELECT count(*) AS n FROM stay_event")["n"] == before


def test_my_number_of_nobody_offers_the_card(qtbot, demo: Kiosk, actions) -> None:  # type: ignore[no-untyped-def]
    desk = DeskScreen(actions)
    qtbot.addWidget(desk)
    desk.show()
    desk.on_code("123456789018")
    qtbot.waitUntil(lambda: desk.card.isVisible(), timeout=5000)
    assert (
        desk.register_button.isVisible(),
        desk.confirm_button.isVisible(),
        "9018" in desk.card_title.text(),
    ) == (
        True,
        False,
        True,
    )
    with qtbot.waitSignal(desk.register_requested, timeout=2000):
        QTest.keyClick(desk.register_button, Qt.Key.Key_Space)


def test_search_as_you_type_finds_by_hiragana(qtbot, demo: Kiosk, actions) -> None:  # type: ignore[no-untyped-def]
    desk = DeskScreen(actions)
    qtbot.addWidget(desk)
    target = demo.store.query_one("SELECT kana FROM person ORDER BY rowid LIMIT 1")["kana"]
    # Japanese arrives through the input method as committed text, not key presses.
    desk.search_box.insert(jaconv.kata2hira(target))
    qtbot.waitUntil(lambda: desk.results.count() > 0, timeout=5000)
    assert all("（" in desk.results.item(i).text() for i in range(desk.results.count()))
    assert target in desk.results.item(0).text()


def test_self_checkin_shows_only_the_own_household_and_checks_in(
    qtbot, demo: Kiosk, actions
) -> None:  # type: ignore[no-untyped-def]
    page = SelfCheckinScreen(actions, idle_seconds=30)
    qtbot.addWidget(page)
    page.show()
    page.on_code(app_code(demo))
    qtbot.waitUntil(lambda: page.pages.currentIndex() == 1, timeout=5000)
    shown = [box.text() for box, _, _ in page._member_boxes]
    assert shown == ["見本 太郎"]
    assert not hasattr(page, "search_box")
    with qtbot.waitSignal(page.admitted, timeout=5000):
        QTest.keyClick(page.confirm_button, Qt.Key.Key_Return)
    assert page.pages.currentIndex() == 2
    page.reset()
    assert (page.pages.currentIndex(), page._member_boxes) == (0, [])
