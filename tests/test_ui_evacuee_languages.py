"""Every evacuee in their own language: the language page lists each language in its own
name, the choice is written on the person's card with the check-in and the next scan opens in
it, every evacuee catalogue is complete, every script renders with real glyphs, the birth
date takes six taps, and every button an evacuee presses is worded and at least 44 pixels at
large type."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.basics.languages import EVACUEE_LANGUAGES, language_codes
from kiosk.core import Kiosk
from kiosk.identity.slip import issue_slip
from kiosk.operations import survey
from tests.test_ui_desk import SUPPORT, code
from tests.ui_window import trust_demo_keys
from ui.actions import KioskActions
from ui.i18n import Languages, current_language, register_script_fonts
from ui.screens.self_checkin import CONFIRM, DONE, LANGUAGE, SURVEY, WELCOME, SelfCheckinScreen
from ui.slip_print import SlipPage, write_pdf
from ui.theme import _TYPE_SCALE as TYPE_SCALE
from ui.theme import Theme, apply_theme
from ui.widgets.birth_date import BirthDateInput
from ui.widgets.language_page import MIN_TARGET


@pytest.fixture
def screen(qtbot, kiosk: Kiosk, workers, languages: Languages) -> Iterator[SelfCheckinScreen]:  # type: ignore[no-untyped-def]
    """The self check-in screen of a shelter whose language is Japanese, wired to the
    switcher as the window wires it."""
    trust_demo_keys(kiosk)
    languages.switch("ja")
    page = SelfCheckinScreen(KioskActions(kiosk, workers), home_language="ja")
    page.language_requested.connect(languages.switch)
    page.resize(1024, 768)
    qtbot.addWidget(page)
    page.show()
    yield page
    # Closed after this fixture, the page would switch the app back to the shelter's Japanese
    # (leaving self check-in does) behind the next test's back.
    page.language_requested.disconnect(languages.switch)


def choose(qtbot, page: SelfCheckinScreen, code_: str) -> None:  # type: ignore[no-untyped-def]
    """Press "more languages", then the language's own name."""
    page.lang_more.click()
    assert page.pages.currentIndex() == LANGUAGE
    button = dict(page.language_page.buttons)[code_]
    button.click()
    settled(qtbot, page, code_)


def settled(qtbot, page: SelfCheckinScreen, language: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the switch to ``language`` reached the screen's widgets (LanguageChange
    events are posted, not sent)."""
    qtbot.waitUntil(lambda: current_language() == language, timeout=2000)
    said = QCoreApplication.translate("SelfCheckinScreen", "Call staff")
    qtbot.waitUntil(lambda: page.call_staff.text() == said, timeout=2000)


def test_the_language_page_lists_every_language_in_its_own_name(
    screen: SelfCheckinScreen,
) -> None:
    names = [button.text() for _code, button in screen.language_page.buttons]
    assert names == [
        "日本語",
        "やさしい にほんご",
        "English",
        "简体中文",
        "繁體中文",
        "한국어",
        "Tiếng Việt",
        "Português",
        "Filipino",
        "नेपाली",
        "Bahasa Indonesia",
        "ภาษาไทย",
        "Español",
    ]


def test_a_chosen_language_is_stored_on_the_card_and_the_next_scan_opens_in_it(
    qtbot, screen: SelfCheckinScreen, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, screen, "ne")
    assert screen.pages.currentIndex() == WELCOME
    assert screen.welcome_title.text() == "स्वागत छ। कृपया यहाँ दर्ता गर्नुहोस्।"
    screen.on_code(code(kiosk, SUPPORT))
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == CONFIRM, timeout=5000)
    with qtbot.waitSignal(screen.admitted, timeout=5000) as admitted:
        screen.confirm_button.click()
    ids = admitted.args[0].person_ids
    stored = {
        r["language"]
        for r in kiosk.store.query(
            f"SELECT language FROM person WHERE id IN ({','.join('?' * len(ids))})", ids
        )
    }
    assert stored == {"ne"}
    # The next person comes: the screen is back in the shelter's Japanese ...
    screen._went_idle()
    settled(qtbot, screen, "ja")
    assert screen.welcome_title.text() == "ようこそ。こちらで受付をしてください。"
    # ... and the same code opens the confirmation in Nepali without a press.
    with qtbot.waitSignal(screen.language_requested, timeout=5000) as opened:
        screen.on_code(code(kiosk, SUPPORT))
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == CONFIRM, timeout=5000)
    settled(qtbot, screen, "ne")
    assert opened.args == ["ne"]
    assert screen.confirm_title.text() == "के यो तपाईं र तपाईंको परिवार हो?"


def test_the_survey_is_answered_and_stored_in_the_evacuees_language(
    qtbot, screen: SelfCheckinScreen, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, screen, "vi")
    screen.on_code(code(kiosk, SUPPORT))
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == CONFIRM, timeout=5000)
    with qtbot.waitSignal(screen.admitted, timeout=5000):
        screen.confirm_button.click()
    screen.survey_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == SURVEY, timeout=5000)
    first = screen.survey.part_pages[0].questions[0]
    assert (screen.survey.title.text(), first.label.text()) == (
        "Tình trạng hiện tại của bạn",
        "Bạn hài lòng thế nào với cuộc sống ở nơi sơ tán?",
    )
    first.buttons[3][1].click()
    for _ in range(len(screen.survey.part_pages) - 1):
        screen.survey.next_button.click()
    with qtbot.waitSignal(screen.survey.finished, timeout=10_000) as sent:
        screen.survey.next_button.click()
    assert screen.pages.currentIndex() == DONE
    stored = survey.get_response(kiosk.store, sent.args[0].id)
    assert (stored.language, stored.answers) == ("vi", ((first.question.id, 4),))


# --- the birth date ------------------------------------------------------------------------


def press(widget: BirthDateInput, label: str) -> None:
    """Press the button of the current step whose first line is ``label``."""
    step = widget.steps.currentIndex()
    for button in widget.step_buttons[step]:
        if button.text().split("\n")[0] == label:
            button.click()
            return
    raise AssertionError(f"no {label!r} among {[b.text() for b in widget.step_buttons[step]]}")


@pytest.mark.parametrize(
    ("language", "steps", "expected"),
    [
        ("ja", ["昭和（しょうわ）", "昭和 40–49", "昭和48", "5", "3"], date(1973, 5, 3)),
        ("ja", ["令和（れいわ）", "令和 1–8", "令和1", "5", "1"], date(2019, 5, 1)),
        ("en", ["Western year", "1940–1949", "1945", "8", "15"], date(1945, 8, 15)),
        ("vi", ["Năm dương lịch", "1912–1919", "1912", "2", "29"], date(1912, 2, 29)),
    ],
)
def test_a_birth_date_takes_six_taps_without_a_calendar(
    qtbot, languages: Languages, language: str, steps: list[str], expected: date
) -> None:  # type: ignore[no-untyped-def]
    languages.switch(language)
    widget = BirthDateInput(today=date(2026, 12, 2))
    qtbot.addWidget(widget)
    for label in steps:
        press(widget, label)
    with qtbot.waitSignal(widget.entered) as entered:
        widget.correct_button.click()
    assert (entered.args, widget.taps) == ([expected], 6)


def test_the_birth_date_offers_only_real_days(qtbot, languages: Languages) -> None:  # type: ignore[no-untyped-def]
    widget = BirthDateInput(today=date(2026, 12, 2))
    qtbot.addWidget(widget)
    for label in ["Western year", "2020–2026", "2023", "2"]:
        press(widget, label)
    days = [b.text() for b in widget.step_buttons[widget.steps.currentIndex()]]
    assert days == [str(d) for d in range(1, 29)]  # 2023 is no leap year


def test_the_written_date_follows_the_language(qtbot, languages: Languages) -> None:  # type: ignore[no-untyped-def]
    widget = BirthDateInput(today=date(2026, 12, 2))
    qtbot.addWidget(widget)
    for label in ["Western year", "1970–1979", "1973", "5", "3"]:
        press(widget, label)
    written = {}
    for language in ("ja", "th", "es"):
        languages.switch(language)
        written[language] = widget.written_date()
    locale = {lang.code: QLocale(lang.locale) for lang in EVACUEE_LANGUAGES}
    long = QLocale.FormatType.LongFormat
    assert written == {
        "ja": locale["ja"].toString(QDate(1973, 5, 3), long) + "（昭和48年）",
        "th": locale["th"].toString(QDate(1973, 5, 3), long),
        "es": locale["es"].toString(QDate(1973, 5, 3), long),
    }


# --- what an evacuee presses -----------------------------------------------------------------


def buttons_shown(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)]


def test_every_evacuee_button_is_worded_and_44_pixels_at_large_type(
    qtbot, qapp, kiosk: Kiosk, workers, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    # Large type, then the application's look as it was (as tests/test_ui_fits_screen.py).
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    scale = qapp.property(TYPE_SCALE)
    apply_theme(qapp, Theme(large_type=True))
    languages.switch("en")
    try:
        trust_demo_keys(kiosk)
        page = SelfCheckinScreen(KioskActions(kiosk, workers), home_language="en")
        qtbot.addWidget(page)
        page.resize(1024, 768)
        page.show()
        birth = BirthDateInput(today=date(2026, 12, 2))
        qtbot.addWidget(birth)
        birth.resize(1024, 768)
        birth.show()
        seen: list[tuple[str, str, int, int]] = []

        def look(where: str, root: QWidget) -> None:
            qtbot.wait(20)
            for button in buttons_shown(root):
                seen.append((where, button.text(), button.width(), button.height()))

        look("welcome", page)
        page.lang_more.click()
        look("languages", page)
        page.language_page.back_button.click()
        page.on_code(code(kiosk, SUPPORT))
        qtbot.waitUntil(lambda: page.pages.currentIndex() == CONFIRM, timeout=5000)
        look("confirm", page)
        with qtbot.waitSignal(page.admitted, timeout=5000):
            page.confirm_button.click()
        look("done", page)
        page.survey_button.click()
        qtbot.waitUntil(lambda: page.pages.currentIndex() == SURVEY, timeout=5000)
        look("survey", page)
        for label in [None, "Western year", "1970–1979", "1973", "5", "3"]:
            if label is not None:
                press(birth, label)
            look(f"birth date step {birth.steps.currentIndex() + 1}", birth)
    finally:
        qapp.setProperty(TYPE_SCALE, scale)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setFont(font)
    unworded = [s for s in seen if not s[1].strip()]
    small = [s for s in seen if min(s[2], s[3]) < MIN_TARGET]
    assert (unworded, small) == ([], [])


# --- every script renders ------------------------------------------------------------------


def missing_glyphs(widget: QWidget, text: str) -> list[str]:
    """Characters of ``text`` that the fonts Qt actually picks for ``widget`` (fallbacks
    included) draw as the missing-glyph box (glyph 0)."""
    layout = QTextLayout(text, widget.font())
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    missing = []
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():
            raw = run.rawFont()
            missing += [ch for ch in text if ch.strip() and not raw.supportsCharacter(ch)]
    return sorted(set(missing))


def texts_of(root: QWidget) -> list[tuple[QWidget, str]]:
    return [
        (w, w.text())
        for w in root.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton) and w.isVisibleTo(root) and w.text().strip()
    ]


@pytest.mark.parametrize("language", language_codes())
def test_welcome_and_confirmation_render_every_character(
    qtbot, screen: SelfCheckinScreen, kiosk: Kiosk, language: str
) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, screen, language)
    boxes = []
    for _widget, text in texts_of(screen):
        boxes += [("welcome", text, ch) for ch in missing_glyphs(_widget, text)]
    screen.on_code(code(kiosk, SUPPORT))
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == CONFIRM, timeout=5000)
    for _widget, text in texts_of(screen):
        boxes += [("confirm", text, ch) for ch in missing_glyphs(_widget, text)]
    assert boxes == []


def test_the_glyph_check_finds_a_missing_glyph_box(qapp) -> None:  # type: ignore[no-untyped-def]
    """The check above could fail: a private-use character has a glyph in no font."""
    assert missing_glyphs(QLabel(), "OK \ue000") == ["\ue000"]


def test_bundled_script_fonts_are_registered_with_qt(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What the build bundles (kiosk.spec) reaches Qt: a folder of fonts is registered."""
    thai = Path("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf")  # scripts/setup.sh
    shutil.copy(thai, tmp_path / thai.name)
    (tmp_path / "noto-core-licence").mkdir()
    assert register_script_fonts(tmp_path) == ["Noto Sans Thai"]


def test_a_slip_is_printed_in_the_persons_language(qapp, languages: Languages, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Whatever the window shows (Japanese at the desk), the slip speaks the card's language."""
    languages.switch("ja")
    slip, text = issue_slip(Ed25519PrivateKey.generate(), "shelter-1")
    page = SlipPage(
        shelter_name="テスト避難所",
        name="キム ミンジュ",
        kana="",
        checked_in_at=None,
        code=text,
        slip_id=slip.slip_id,
        support_needed=False,
        language="ko",
    )
    write_pdf(tmp_path / "slip.pdf", [page])
    printed = subprocess.run(
        ["pdftotext", str(tmp_path / "slip.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert ("피난자 접수표" in printed, "避難者受付票" in printed) == (True, False)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1973/5/3", date(1973, 5, 3)),
        ("S48.5.3", date(1973, 5, 3)),
        ("19450815", date(1945, 8, 15)),
    ],
)
def test_a_birth_date_can_be_typed_in_numbers_and_confirmed(
    qtbot, languages: Languages, typed: str, expected: date
) -> None:  # type: ignore[no-untyped-def]
    widget = BirthDateInput(today=date(2026, 12, 2))
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.typed, typed)
    widget.typed_button.click()
    with qtbot.waitSignal(widget.entered) as entered:
        widget.correct_button.click()
    assert entered.args == [expected]


def test_a_typed_text_that_is_no_date_says_how_to_write_it(qtbot, languages: Languages) -> None:  # type: ignore[no-untyped-def]
    widget = BirthDateInput(today=date(2026, 12, 2))
    qtbot.addWidget(widget)
    for text in ("1973/2/30", "2030/1/1", "hello"):
        widget.typed.setText(text)
        widget.typed_button.click()
        assert (widget.steps.currentIndex(), widget.typed_label.text()) == (
            0,
            "That is not a date. Type it like 1973/5/3.",
        )


def test_leaving_self_checkin_brings_back_the_shelters_language_at_once(
    qtbot, screen: SelfCheckinScreen
) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, screen, "th")
    screen.hide()  # staff left self check-in for the desk
    qtbot.waitUntil(lambda: current_language() == "ja", timeout=2000)
    assert screen.pages.currentIndex() == WELCOME
