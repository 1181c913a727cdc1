"""The walk-in evacuee card and its slip, driven through the widgets over a real store and the
real worker threads: one adult by keyboard (and the steps it takes), a bad birth date named in
place, the draft kept across closing, a My Number card of nobody, and the printed slip's QR."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from itertools import groupby
from pathlib import Path

import cv2
import pytest
import zxingcpp
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.city.trust_store import load_trust
from kiosk.core import Kiosk
from kiosk.identity import verify_slip
from kiosk.reception.arrival import identify
from kiosk.registry import people
from kiosk.registry.records import Needs, PersonDraft
from tests.ui_window import add_demo_staff, build_window, sign_in
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.card_form import CardForm
from ui.screens.card_widgets import parse_birth_text
from ui.slip_print import SlipPage, SlipPrinter, write_pdf
from ui.theme import _TYPE_SCALE as TYPE_SCALE
from ui.theme import Theme, apply_theme

MYNUMBER = "123456789018"  # check digit valid (python-stdnum), not a real person's number


def type_text(widget: QWidget, text: str) -> None:
    """Type like staff: ASCII key by key; Japanese as an input method commits it (the IME's
    own conversion keys are not simulated)."""
    for is_ascii, run in groupby(text, key=str.isascii):
        chunk = "".join(run)
        if is_ascii:
            QTest.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


class Steps:
    """Counts what staff do: fields typed (and their characters), other keystrokes, clicks,
    and scrolls of the card to reach something below the fold."""

    def __init__(self) -> None:
        self.fields = self.chars = self.keys = self.clicks = self.scrolls = 0

    @property
    def total(self) -> int:
        return self.fields + self.keys + self.clicks + self.scrolls

    def type(self, widget: QWidget, text: str) -> None:
        type_text(widget, text)
        self.fields += 1
        self.chars += len(text)

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        self.keys += 1

    def click(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.clicks += 1

    def tick(self, box: QCheckBox, scroll: QScrollArea) -> None:
        """Tick ``box`` as staff do: on its indicator, where they can see it. QTest clicks a
        widget's centre by default, and a check box as wide as its group takes clicks only on
        its indicator and label (``SE_CheckBoxClickRect``): with the window's fonts the
        consent box wraps below the household box, 1,200 pixels wide, and its centre is past
        the label — the click did nothing. Out of view, staff scroll first (one step)."""
        option = QStyleOptionButton()
        box.initStyleOption(option)
        style = box.style()
        point = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).center()
        if not box.visibleRegion().contains(point):
            scroll.ensureWidgetVisible(box, 0, 12)
            self.scrolls += 1
        if not box.visibleRegion().contains(point):
            raise AssertionError(f"{box.accessibleName()!r} is out of view")
        before = box.isChecked()
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=point)
        self.clicks += 1
        if box.isChecked() == before:
            raise AssertionError(f"the click did not reach {box.accessibleName()!r}")


@pytest.fixture
def actions(qtbot, kiosk: Kiosk) -> Iterator[KioskActions]:  # type: ignore[no-untyped-def]
    workers = Workers()
    yield KioskActions(kiosk, workers)
    workers.shutdown()


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The window's own font and stylesheet, put back afterwards. Without it a walk-in test
    ran under whatever look the tests before it in the same process left on the shared
    application (``create_qapplication`` themes it for good): under xdist's load balancing
    that varied from run to run, and with it the place of the consent box."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    scale = qapp.property(TYPE_SCALE)
    apply_theme(qapp, Theme())
    yield
    qapp.setProperty(TYPE_SCALE, scale)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def open_form(qtbot, actions: KioskActions, printer: SlipPrinter | None = None) -> CardForm:  # type: ignore[no-untyped-def]
    form = CardForm(actions, printer)
    form.print_slips.setChecked(printer is not None)
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    form.start_new()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.rows[0].name)
    return form


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_walkin_card_for_one_adult_by_keyboard_is_saved_and_checked_in(
    qtbot, themed, actions: KioskActions, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, actions)
    row = form.rows[0]
    steps = Steps()
    qtbot.waitUntil(lambda: focused() is row.name)
    steps.type(row.name, "見本 一郎")
    qtbot.waitUntil(lambda: row.kana.text() == "ミホン\u3000イチロウ", timeout=10000)
    steps.key(Qt.Key.Key_Return)  # name → kana (the suggestion, staff read it)
    assert focused() is row.kana
    steps.key(Qt.Key.Key_Return)  # kana confirmed → sex
    assert focused() is row.sex
    steps.key(Qt.Key.Key_M)  # chooses and moves on
    assert focused() is row.birth
    steps.type(row.birth, "19600512")
    steps.key(Qt.Key.Key_Return)  # birth → needs chips (relationship is fixed for the first)
    steps.key(Qt.Key.Key_Return)  # no needs → phone
    assert focused() is form.part.phone
    steps.type(form.part.phone, "090-1111-2222")
    steps.key(Qt.Key.Key_Return)
    assert focused() is form.part.address
    steps.type(form.part.address, "会津若松市追手町1-1")
    # Below the household box with the window's fonts at 1280 pixels: one scroll, one tick.
    steps.tick(form.part.anpi, form.scroll_area)
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        steps.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    print(
        f"walkin_steps={steps.total} (fields typed={steps.fields}, characters={steps.chars},"
        f" other keys={steps.keys}, clicks={steps.clicks}, scrolls={steps.scrolls})"
    )
    household_id, person_ids = saved.args
    person = people.get_person(kiosk.store, person_ids[0])
    assert (
        person.name,
        person.kana,
        person.sex,
        person.birth,
        person.phone,
        person.address,
        person.relationship,
        person.stay,
        person.needs,
        person.consent,
        person.household_id,
        person.state,
    ) == (
        "見本 一郎",
        "ミホン\u3000イチロウ",
        "M",
        date(1960, 5, 12),
        "090-1111-2222",
        "会津若松市追手町1-1",
        "self",
        "shelter",
        Needs(),
        frozenset({"anpi"}),
        household_id,
        "in",
    )
    assert (len(person_ids), form.is_empty(), steps.scrolls, steps.total) == (1, True, 1, 13)


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(1366, 768)], ids=["1024", "1366"])
def test_a_card_from_the_my_number_chip_asks_only_phone_and_consent_in_three_steps(
    qtbot, themed, kiosk: Kiosk, workers: Workers, languages, tmp_path: Path, clock, size
) -> None:  # type: ignore[no-untyped-def]
    """The window opens the card pre-filled from the chip with the focus in the phone and the
    consent box in view on both displays: phone, tick, save — nothing to click into, nothing
    to scroll (with the PIN and its OK, the walk-in's 5 steps of bench_card)."""
    add_demo_staff(kiosk)
    desk = build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf")
    desk.window.resize(size)
    sign_in(qtbot, desk.window)
    code = identify(kiosk.store, MYNUMBER, clock())
    chip = PersonDraft(
        name="山田 花子",
        sex="F",
        birth=date(1980, 4, 2),
        address="東京都千代田区霞が関二丁目一番二号",
        mynumber_token=code.mynumber.token,
    )
    desk.window.show_card(replace(code, newcomers=(chip,)))
    form = desk.window.pages["card"]
    assert isinstance(form, CardForm)
    form.print_slips.setChecked(False)
    qtbot.waitUntil(lambda: focused() is form.part.phone)
    qtbot.waitUntil(lambda: not form.part.anpi.visibleRegion().isEmpty())
    qtbot.waitUntil(lambda: form.rows[0].kana.text() != "", timeout=10000)  # suggested
    assert form.banner.message == (
        "Read from the My Number card: 山田 花子, born 1980-04-02. Still to fill in: the phone "
        "and the consent."
    )
    steps = Steps()
    steps.type(form.part.phone, "090-1111-2222")
    steps.tick(form.part.anpi, form.scroll_area)
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        steps.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    person = people.get_person(kiosk.store, saved.args[1][0])
    assert (
        person.name,
        person.sex,
        person.birth,
        person.address,
        person.phone,
        person.consent,
        person.state,
        (steps.fields, steps.keys, steps.clicks, steps.scrolls),
    ) == (
        "山田 花子",
        "F",
        date(1980, 4, 2),
        "東京都千代田区霞が関二丁目一番二号",
        "090-1111-2222",
        frozenset({"anpi"}),
        "in",
        (1, 1, 1, 0),
    )


def test_a_chip_card_filled_before_the_form_shows_still_opens_on_phone_and_consent(
    qtbot, themed, actions: KioskActions, kiosk: Kiosk, clock
) -> None:  # type: ignore[no-untyped-def]
    """Filled while hidden (a screen may fill the card, then show it): the view is set when
    it shows, not lost."""
    code = identify(kiosk.store, MYNUMBER, clock())
    chip = PersonDraft(name="山田 花子", sex="F", birth=date(1980, 4, 2), address="東京都")
    form = CardForm(actions)
    qtbot.addWidget(form)
    form.resize(1024, 768)
    form.start_for(replace(code, newcomers=(chip,)))
    assert not form.isVisible()
    form.show()
    qtbot.waitExposed(form)
    qtbot.waitUntil(lambda: not form.part.anpi.visibleRegion().isEmpty())
    assert (focused() is form.part.phone, form.part.phone.visibleRegion().isEmpty()) == (
        True,
        False,
    )


def test_a_bad_birth_date_is_named_in_the_banner_and_its_field_focused(
    qtbot, actions: KioskActions
) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, actions)
    row = form.rows[0]
    type_text(row.name, "見本 二郎")
    type_text(row.birth, "19501345")
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (form.banner.kind, form.banner.message, focused() is row.birth) == (
        "error",
        "Date of birth: Use a real date of birth, e.g. 1950-04-01.",
        True,
    )
    assert row.birth.property("invalid") is True


def test_the_draft_survives_closing_and_reopening_and_is_cleared_by_saving(
    qtbot, actions: KioskActions
) -> None:  # type: ignore[no-untyped-def]
    first = open_form(qtbot, actions)
    type_text(first.rows[0].name, "見本 三郎")
    type_text(first.rows[0].birth, "S35.1.2")
    first.rows[0].chips.chips["wheelchair"].click()
    type_text(first.part.phone, "0242-11-2233")
    first.close()  # hidden: the draft is written at once

    again = CardForm(actions)
    again.print_slips.setChecked(False)  # no print dialog: this test is about the draft
    qtbot.addWidget(again)
    again.show()
    again.start_new()
    qtbot.waitUntil(lambda: again.draft_question is not None)
    assert again.rows[0].name.text() == ""  # asked first, never restored unasked
    QTest.keyClick(again.draft_question, Qt.Key.Key_Return)  # continue
    qtbot.waitUntil(lambda: again.rows[0].name.text() == "見本 三郎")
    restored = (
        again.rows[0].birth.text(),
        again.rows[0].chips.flags(),
        again.part.phone.text(),
        again.banner.kind,
    )
    assert restored == ("S35.1.2", frozenset({"wheelchair"}), "0242-11-2233", "info")
    with qtbot.waitSignal(again.saved, timeout=5000):
        again.save()
    drafts: list[str | None] = ["not loaded"]
    actions.load_draft("card", lambda payload: drafts.__setitem__(0, payload))
    qtbot.waitUntil(lambda: drafts[0] != "not loaded")
    assert drafts == [None]


def test_a_my_number_card_of_nobody_shows_only_the_masked_number_and_finds_the_person_later(
    qtbot, actions: KioskActions, kiosk: Kiosk, clock
) -> None:  # type: ignore[no-untyped-def]
    arrival = identify(kiosk.store, MYNUMBER, clock())
    form = open_form(qtbot, actions)
    form.start_for(arrival)
    shown = [w.text() for w in form.findChildren(QLabel) + form.findChildren(QLineEdit)]
    assert [t for t in shown if "9018" in t] == ["My Number card: **** **** 9018"]
    assert not any(MYNUMBER in t or "5678" in t for t in shown)
    type_text(form.rows[0].name, "見本 四郎")
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save()
    again = identify(kiosk.store, MYNUMBER, clock())
    assert [p.id for p in again.known] == list(saved.args[1])


def test_the_slip_pdf_carries_a_verified_qr_with_the_support_flag(
    qtbot, actions: KioskActions, kiosk: Kiosk, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "slips.pdf"
    printer = SlipPrinter(actions, output=lambda pages: write_pdf(pdf, pages))
    form = open_form(qtbot, actions, printer)
    type_text(form.rows[0].name, "見本 花子")
    form.rows[0].chips.chips["wheelchair"].click()
    form.add_row(focus=True)
    type_text(form.rows[1].name, "見本 一郎")
    with qtbot.waitSignal(printer.ready, timeout=10000) as ready:
        form.save()
    pages: tuple[SlipPage, ...] = ready.args[0]
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    codes = []
    for png in sorted(tmp_path.glob("page-*.png")):
        found = zxingcpp.read_barcodes(cv2.imread(str(png)))
        codes += [r.text for r in found]
    trust = load_trust(kiosk.store)
    slips = [verify_slip(code, trust, clock()).slip for code in codes]
    stored = [people.get_person(kiosk.store, pid).slip_id for pid in ready_ids(kiosk, pages)]
    assert [(s.slip_id, s.support_needed) for s in slips] == [
        (stored[0], True),
        (stored[1], False),
    ]
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert ("要支援 / Support needed" in text, "見本 花子" in text, text.count("要支援")) == (
        True,
        True,
        1,
    )


def ready_ids(kiosk: Kiosk, pages: tuple[SlipPage, ...]) -> list[str]:
    """The people the pages are for, found by their slip ids."""
    found = [people.find_person(kiosk.store, slip_id=page.slip_id) for page in pages]
    return [p.id for p in found if p is not None]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("19500401", date(1950, 4, 1)),
        ("1950-04-01", date(1950, 4, 1)),
        ("昭和25年4月1日", date(1950, 4, 1)),
        ("S25.4.1", date(1950, 4, 1)),
        ("h010108", date(1989, 1, 8)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("19501345", None),
        ("昭和", None),
    ],
)
def test_birth_dates_are_read_in_western_and_era_forms(typed: str, expected: date | None) -> None:
    assert parse_birth_text(typed) == expected
