"""The manager's dashboard screen over a real seeded store and the real worker threads: what the
widgets show equals what kiosk.operations.dashboard computes from the store; a check-in made while
the page is showing appears with the next refresh; only the manager role gets to see it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.access.staff import add_staff
from kiosk.basics.local_time import local_time
from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.operations.dashboard import AGE_BANDS, UNKNOWN_AGE, Dashboard, dashboard
from kiosk.operations.settings import Settings
from kiosk.operations.shelter import get_shelter
from kiosk.operations.survey import question, submit
from kiosk.reception.checkin import check_in, check_out, leave
from kiosk.registry.people import get_person
from kiosk.registry.vocab import LABELS
from tests.conftest import FakeClock
from ui.actions import KioskActions
from ui.i18n import Languages, tr_error
from ui.main_window import MainWindow, Pages
from ui.ops import Workers
from ui.screens.dashboard import REFRESH_MS, DashboardScreen
from ui.screens.pages import page_factories

STAFF_PIN, MANAGER_PIN = "1357", "3690"


@pytest.fixture
def shelter(kiosk: Kiosk, clock: FakeClock) -> list[str]:
    """40 demo people; most checked in over a day, some on leave, some gone; two survey
    answers. Returns the person ids in id order."""
    seed(kiosk.ctx, 40, rng_seed=3)
    ids = [r["id"] for r in kiosk.store.query("SELECT id FROM person ORDER BY id")]
    for batch in range(6):
        check_in(kiosk.ctx, ids[batch * 5 : batch * 5 + 5])
        clock.advance(hours=3, minutes=10)
    leave(kiosk.ctx, ids[0:2], "買い物")
    check_out(kiosk.ctx, ids[5:8], "自宅")
    clock.advance(minutes=20)
    submit(kiosk.ctx, ids[10], {"satisfaction": 4, "needs": ["water", "food"]}, "ja")
    submit(kiosk.ctx, None, {"satisfaction": 2, "talk": False}, "en")
    return ids


def shown_screen(qtbot, actions: KioskActions) -> DashboardScreen:  # type: ignore[no-untyped-def]
    screen = DashboardScreen(actions)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.figures is not None, timeout=10_000)
    return screen


def rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def on_screen(screen: DashboardScreen) -> dict[str, object]:
    """Everything the widgets show, as text and numbers."""
    return {
        "tiles": {name: tile.value.text() for name, tile in screen.tiles.items()},
        "crowding": screen.tiles["inside"].detail.text(),
        "ages": rows(screen.age_table),
        "care": rows(screen.care_table),
        "supplies": [(r[0], r[2], r[3], r[4]) for r in rows(screen.supply_table)],
        "survey": [(r[1], r[2]) for r in rows(screen.survey_table)],
        "checkins": [int(p.y()) for p in screen.checkin_series.points()],
        "checkouts": [int(p.y()) for p in screen.checkout_series.points()],
        "hours": [int(p.x()) // 1000 for p in screen.checkin_series.points()],
    }


def expected(kiosk: Kiosk, d: Dashboard) -> dict[str, object]:
    """The same, from kiosk.operations.dashboard's figures and the store's names (untranslated
    English)."""
    bands = [(*(str(n) for n in (b.female, b.male, b.other, b.total)),) for b in d.age_sex]
    totals = tuple(str(sum(int(r[i]) for r in bands)) for i in range(4))
    states = {"in": "In", "away": "On leave"}
    return {
        "tiles": {
            "inside": f"{d.crowding.present} / {d.crowding.capacity}",
            "checked_in": str(d.checked_in),
            "vehicle": str(d.stays.vehicle),
            "home": str(d.stays.home),
            "households": str(d.households),
            "pets": str(d.pets.animals),
            "care": str(len(d.care)),
            "requests": str(d.survey.open_requests),
        },
        "crowding": {
            "low": "Available (under 30%)",
            "moderate": "Some space (30–60%)",
            "high": "Crowded (60–80%)",
            "full": "Full (80% and over)",
        }[d.crowding.level],
        "ages": [*bands, totals],
        "care": sorted(  # the table lists them by name; the manager may sort by any column
            (
                get_person(kiosk.store, e.person_id).name,
                "・".join(LABELS[f] for f in e.flags),
                LABELS[e.stay],
                states[e.state],
            )
            for e in d.care
        ),
        "supplies": [
            (line.label, str(line.people), str(line.outside), f"{line.quantity:,} {line.unit}")
            for line in d.supplies
        ],
        "survey": [(question(q.question_id).text, str(q.answered)) for q in d.survey.questions],
        "checkins": [h.checkins for h in d.hourly],
        "checkouts": [h.checkouts for h in d.hourly],
        # The shelter's wall clock read as the computer's: the axis labels the shelter's time.
        "hours": [
            int(local_time(h.start, kiosk.ctx.zone).replace(tzinfo=None).timestamp())
            for h in d.hourly
        ],
    }


def test_the_widgets_show_the_figures_kiosk_dashboard_computes(
    qtbot, kiosk: Kiosk, shelter: list[str], workers: Workers, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    screen = shown_screen(qtbot, KioskActions(kiosk, workers))
    figures = dashboard(kiosk.store, clock.now)
    got = on_screen(screen)
    want = expected(kiosk, figures)
    assert got == want
    assert figures.checked_in > 0 and figures.care and figures.survey.responses == 2
    assert [screen.age_table.verticalHeaderItem(r).text() for r in range(8)] == [
        *(b.label for b in (*AGE_BANDS, UNKNOWN_AGE)),
        "Total",
    ]


def test_a_check_in_made_while_showing_appears_with_the_next_refresh(
    qtbot, kiosk: Kiosk, shelter: list[str], workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    actions = KioskActions(kiosk, workers)
    screen = shown_screen(qtbot, actions)
    before = screen.figures
    assert before is not None
    assert (screen.timer.isActive(), screen.timer.interval()) == (True, REFRESH_MS)
    newcomers = shelter[30:34]  # registered, never checked in
    with qtbot.waitCallback() as done:
        actions.check_in(newcomers, done)
    screen.timer.timeout.emit()  # the 10-second tick
    qtbot.waitUntil(lambda: screen.figures is not before, timeout=10_000)
    assert screen.tiles["checked_in"].value.text() == str(before.checked_in + 4)
    assert screen.checkin_series.points()[-1].y() == before.hourly[-1].checkins + 4
    screen.hide()
    assert not screen.timer.isActive()  # no work while nobody looks


def test_locking_takes_the_names_off_the_screen(
    qtbot, kiosk: Kiosk, shelter: list[str], workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    screen = shown_screen(qtbot, KioskActions(kiosk, workers))
    assert screen.care_table.rowCount() > 0
    screen.reset()
    assert (screen.care_table.rowCount(), screen.names, screen.figures) == (0, {}, None)


def test_staff_are_refused_in_place_and_see_no_figures(
    qtbot, kiosk: Kiosk, shelter: list[str], workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    actions = KioskActions(kiosk, workers)
    actions.sign_out()  # acting as reception staff
    screen = DashboardScreen(actions)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.banner.isVisible(), timeout=10_000)
    assert (
        screen.banner.kind,
        screen.banner.text().endswith("Your role may not do this. Ask a shelter manager."),
        screen.figures,
        screen.care_table.rowCount(),
    ) == ("error", True, None, 0)


def sign_in(qtbot, window: MainWindow, pin: str) -> None:  # type: ignore[no-untyped-def]
    pad = window.pages["sign_in"].pad  # type: ignore[attr-defined]
    qtbot.waitUntil(pad.hasFocus, timeout=5000)
    for digit in pin:
        QTest.keyClick(pad, digit)
    QTest.keyClick(pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == "desk", timeout=10_000)


def test_only_the_manager_gets_f9_to_the_dashboard(
    qtbot, kiosk: Kiosk, shelter: list[str], workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    add_staff(kiosk.ctx, "受付1", "staff", STAFF_PIN)
    add_staff(kiosk.ctx, "所長1", "manager", MANAGER_PIN)
    actions = KioskActions(kiosk, workers)
    actions.sign_out()
    settings = Settings()
    languages = Languages()
    window = MainWindow(
        actions,
        settings,
        Pages(**page_factories({}, settings, tr_error, languages)),
        shelter_name=get_shelter(kiosk.store).name,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    assert isinstance(window.pages["dashboard"], DashboardScreen)

    sign_in(qtbot, window, STAFF_PIN)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F9)
    as_staff = (window.act_dashboard.isEnabled(), window.mode)
    window.lock()

    sign_in(qtbot, window, MANAGER_PIN)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F9)
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardScreen)
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10_000)
    assert (as_staff, window.act_dashboard.isEnabled(), window.mode) == (
        (False, "desk"),
        True,
        "dashboard",
    )
    window.lock()
    assert page.names == {}


def test_the_requests_tab_lists_what_evacuees_wrote_newest_first(
    qtbot, kiosk: Kiosk, shelter: list[str], workers: Workers, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    submit(kiosk.ctx, shelter[12], {"request_text": "老眼鏡が欲しい"}, "ja")
    clock.advance(minutes=5)
    submit(kiosk.ctx, None, {"problem_text": "夜、廊下が暗い"}, "ja")
    screen = shown_screen(qtbot, KioskActions(kiosk, workers))
    qtbot.waitUntil(lambda: screen.requests_table.rowCount() == 3, timeout=10_000)
    got = [row[1:] for row in rows(screen.requests_table)]
    names = [get_person(kiosk.store, shelter[n]).name for n in (12, 10)]
    # The fixture's first answer asked for water and food by choice: shown as its options.
    assert got == [
        ("(anonymous)", "", "夜、廊下が暗い"),
        (names[0], "老眼鏡が欲しい", ""),
        (names[1], "Food、Drinking water", ""),
    ]
    screen.reset()
    assert screen.requests_table.rowCount() == 0
