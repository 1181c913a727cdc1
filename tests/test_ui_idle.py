"""Idle: a desk left alone locks itself after the configured time and shows nothing of the
last person; a self check-in page left alone goes back to its welcome page, empty.

The configured time is set to one second so the tests wait for the real timers (never asserting
how long they took): the window sees input through the same application-wide filter as the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.operations.settings import Settings
from kiosk.registry import people
from tests.test_ui_desk import SUPPORT, code
from tests.ui_window import Desk, add_demo_staff, build_window, sign_in, trust_demo_keys
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.desk import DeskScreen
from ui.screens.self_checkin import WELCOME, SelfCheckinScreen

#: Parts of the names and readings of the scanned household (見本 花子 and her son 次郎).
NAME_PARTS = ("見本", "ミホン", "花子", "ハナコ", "次郎", "ジロウ")


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read on ``root`` now: labels, buttons, fields, list rows."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return [t for t in texts if t]


def shows_a_name(root: QWidget, *more: str) -> list[str]:
    """The visible texts that hold any part of the household's names (or of ``more``)."""
    parts = NAME_PARTS + tuple(p for name in more for p in name.replace("\u3000", " ").split())
    return [t for t in visible_texts(root) if any(part in t for part in parts)]


@pytest.fixture
def idle_desk(qtbot, kiosk: Kiosk, workers: Workers, languages, tmp_path: Path) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    households = seed(kiosk.ctx, 10)
    trust_demo_keys(kiosk)
    add_demo_staff(kiosk)
    settings = replace(Settings(), idle_lock_seconds=1)
    built = build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf", settings)
    resident = people.household_members(kiosk.store, households[0])[0]
    built.kana = resident.kana
    built.name = resident.name
    app = QApplication.instance()
    built.window.install_activity_filter(app)
    yield built
    app.removeEventFilter(built.window._filter)


def test_an_idle_desk_locks_and_shows_nothing_of_the_last_person(
    qtbot, kiosk: Kiosk, idle_desk: Desk
) -> None:  # type: ignore[no-untyped-def]
    window = idle_desk.window
    sign_in(qtbot, window)
    page = window.pages["desk"]
    assert isinstance(page, DeskScreen)
    assert (window.idle.isActive(), window.idle.interval()) == (True, 1000)
    window.on_code(code(kiosk, SUPPORT))
    qtbot.waitUntil(page.card.isVisible, timeout=5000)
    page.search_box.insert(idle_desk.kana)  # a resident found by search, too
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=5000)
    QTest.keyClick(page.card.confirm_button, Qt.Key.Key_Shift)  # any key: the timer restarts
    assert window.mode == "desk" and window.idle.isActive()
    before = shows_a_name(window, idle_desk.name, idle_desk.kana)
    assert len(before) >= 3  # the household on the card and the search result, before the lock

    qtbot.waitUntil(lambda: window.mode == "sign_in", timeout=10_000)
    assert (window.member, idle_desk.actions.actor, window.signed_in_label.text()) == (
        None,
        "kiosk",  # signed out: the kiosk itself, no staff member
        "Locked",
    )
    assert shows_a_name(window, idle_desk.name, idle_desk.kana) == []
    assert (page.card.arrival, page.search_box.text(), page.results.count()) == (None, "", 0)
    assert page.activity.count() == 0


def test_an_idle_self_checkin_returns_to_welcome_empty(
    qtbot, kiosk: Kiosk, workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    seed(kiosk.ctx, 10)
    trust_demo_keys(kiosk)
    page = SelfCheckinScreen(KioskActions(kiosk, workers), idle_seconds=1)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.on_code(code(kiosk, SUPPORT))
    qtbot.waitUntil(lambda: page.pages.currentIndex() != WELCOME, timeout=5000)
    assert shows_a_name(page)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == WELCOME, timeout=10_000)
    assert (shows_a_name(page), page._member_boxes) == ([], [])
