"""The desk's search also finds residents of the City OS roster cache who are not registered
here yet: pre-filled, confirmed with one Enter, registered and checked in — no network needed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.core import Kiosk
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.registry.roster_cache import replace_roster
from tests.test_sync_pull import resident
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.desk import DeskScreen


@pytest.fixture
def desk(qtbot, kiosk: Kiosk) -> Iterator[DeskScreen]:  # type: ignore[no-untyped-def]
    replace_roster(
        kiosk.ctx,
        [
            resident(kiosk, 1, "会津 花子", "あいづ はなこ"),
            resident(kiosk, 2, "会津 一郎", "あいづ いちろう"),
        ],
        kiosk.ctx.now(),
    )
    people.add_person(
        kiosk.ctx,
        PersonDraft(name="会津 一郎", kana="あいづ いちろう", cityos_subject="cityos:resident:2"),
    )
    workers = Workers()
    screen = DeskScreen(KioskActions(kiosk, workers))
    qtbot.addWidget(screen)
    screen.show()
    yield screen
    workers.shutdown()


def test_a_roster_resident_is_found_by_name_and_checked_in_with_one_enter(
    qtbot, kiosk: Kiosk, desk: DeskScreen
) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(desk, Qt.Key.Key_F2)
    desk.search_box.insert("あいづ")  # what the input method commits
    qtbot.waitUntil(lambda: desk.results.count() == 2, timeout=5000)
    rows = [desk.results.item(i).text() for i in range(desk.results.count())]
    # The registered 一郎 is found as a person; 花子 only from the roster, below, marked so.
    assert rows[0].startswith("会津 一郎") and "roster" not in rows[0]
    assert rows[1].startswith("会津 花子") and "City OS roster" in rows[1]
    QTest.keyClick(desk.search_box, Qt.Key.Key_Down)
    assert desk.selected() is None  # not a registered person: no check-out or pickup for her
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    assert desk.card.chosen() == ([], [0])
    with qtbot.waitSignal(desk.admitted, timeout=5000):
        QTest.keyClick(desk.focusWidget(), Qt.Key.Key_Return)
    found = people.find_person(kiosk.store, cityos_subject="cityos:resident:1")
    assert found is not None and (found.name, found.state) == ("会津 花子", "in")
    assert "wheelchair" in found.needs.flags
