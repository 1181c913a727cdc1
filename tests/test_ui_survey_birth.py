"""The survey after a self check-in asks the birth date of a person whose card has none: six
taps (no calendar), written on their card, in Japanese, やさしい日本語 and Korean; "Skip the
birth date" leaves it out; a card with a birth date is not asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton

from kiosk.core import Kiosk
from kiosk.identity.slip import issue_slip
from kiosk.operations import survey
from kiosk.operations.shelter import signing_key
from kiosk.registry.people import add_person, get_person
from kiosk.registry.records import PersonDraft
from tests.ui_window import trust_demo_keys
from ui.actions import KioskActions
from ui.i18n import Languages, current_language
from ui.screens.self_checkin import CONFIRM, DONE, SURVEY, SelfCheckinScreen
from ui.widgets.birth_date import BirthDateInput


class Taps:
    """Every press the evacuee makes, counted."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.count += 1
        button.click()


@pytest.fixture
def screen(qtbot, kiosk: Kiosk, workers, languages: Languages) -> Iterator[SelfCheckinScreen]:  # type: ignore[no-untyped-def]
    trust_demo_keys(kiosk)
    languages.switch("ja")
    page = SelfCheckinScreen(KioskActions(kiosk, workers), home_language="ja")
    page.language_requested.connect(languages.switch)
    page.resize(1024, 768)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.language_requested.disconnect(languages.switch)


def _slip_holder(kiosk: Kiosk, birth: date | None = None) -> tuple[str, str]:
    """(person id, slip code) of a registered person whose card has ``birth``."""
    slip, text = issue_slip(signing_key(kiosk.store), kiosk.store.get_meta("shelter_id") or "")
    person = add_person(kiosk.ctx, PersonDraft(name="見本 花子", slip_id=slip.slip_id, birth=birth))
    return person.id, text


def _to_the_survey(qtbot, page: SelfCheckinScreen, language: str, code: str, tap: Taps) -> None:  # type: ignore[no-untyped-def]
    if language != current_language():
        tap(page.lang_more)
        tap(dict(page.language_page.buttons)[language])
        qtbot.waitUntil(lambda: current_language() == language, timeout=2000)
    page.on_code(code)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == CONFIRM, timeout=5000)
    with qtbot.waitSignal(page.admitted, timeout=5000):
        tap(page.confirm_button)
    assert page.pages.currentIndex() == DONE
    tap(page.survey_button)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == SURVEY, timeout=5000)


def _press(tap: Taps, widget: BirthDateInput, label: str) -> None:
    """Press the button of the current step whose first line is ``label``."""
    step = widget.steps.currentIndex()
    for button in widget.step_buttons[step]:
        if button.text().split("\n")[0] == label:
            tap(button)
            return
    raise AssertionError(f"no {label!r} among {[b.text() for b in widget.step_buttons[step]]}")


def _answer_and_send(qtbot, page: SelfCheckinScreen, tap: Taps) -> object:  # type: ignore[no-untyped-def]
    widget = page.survey
    first = widget.part_pages[0].questions[0]
    tap(first.buttons[3][1])
    for _ in range(len(widget.part_pages) - 1):
        tap(widget.next_button)
    with qtbot.waitSignal(widget.finished, timeout=10_000) as sent:
        tap(widget.next_button)
    return sent.args[0]


@pytest.mark.parametrize(
    ("language", "title", "steps", "expected"),
    [
        (
            "ja",
            "生年月日",
            ["昭和（しょうわ）", "昭和 40–49", "昭和48", "5", "3"],
            date(1973, 5, 3),
        ),
        (
            "ja-x-easy",
            "生（う）まれた 日（ひ）",
            ["平成（へいせい）", "平成 1–9", "平成3", "11", "30"],
            date(1991, 11, 30),
        ),
        ("ko", "생년월일", ["서기 연도", "1940–1949", "1945", "8", "15"], date(1945, 8, 15)),
    ],
)
def test_the_survey_asks_a_missing_birth_date_in_six_taps_and_writes_it_on_the_card(
    qtbot,
    screen: SelfCheckinScreen,
    kiosk: Kiosk,
    language: str,
    title: str,
    steps: list[str],
    expected: date,
) -> None:  # type: ignore[no-untyped-def]
    person, code = _slip_holder(kiosk)
    tap = Taps()
    _to_the_survey(qtbot, screen, language, code, tap)
    widget = screen.survey
    assert (widget.asking_birth(), widget.title.text()) == (True, title)
    before = tap.count
    birth = widget.birth.input
    for label in steps:
        _press(tap, birth, label)
    tap(birth.correct_button)
    date_taps = tap.count - before
    qtbot.waitUntil(lambda: not widget.asking_birth(), timeout=5000)
    response = _answer_and_send(qtbot, screen, tap)
    stored = survey.get_response(kiosk.store, response.id)  # type: ignore[attr-defined]
    assert (date_taps, birth.taps, get_person(kiosk.store, person).birth, stored.language) == (
        6,
        6,
        expected,
        language,
    )


def test_skip_the_birth_date_goes_on_to_the_questions_and_writes_nothing(
    qtbot, screen: SelfCheckinScreen, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    person, code = _slip_holder(kiosk)
    tap = Taps()
    _to_the_survey(qtbot, screen, "ja", code, tap)
    widget = screen.survey
    skip_text = widget.skip_button.text()
    tap(widget.skip_button)
    on_questions = (widget.asking_birth(), widget.pages.currentIndex(), widget.title.text())
    response = _answer_and_send(qtbot, screen, tap)
    assert (skip_text, on_questions, get_person(kiosk.store, person).birth) == (
        "生年月日をとばす",
        (False, 0, "現在の状況"),
        None,
    )
    assert survey.get_response(kiosk.store, response.id).person_id == person  # type: ignore[attr-defined]


def test_a_card_with_a_birth_date_goes_straight_to_the_questions(
    qtbot, screen: SelfCheckinScreen, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    _person, code = _slip_holder(kiosk, birth=date(1950, 4, 1))
    _to_the_survey(qtbot, screen, "ja", code, Taps())
    widget = screen.survey
    assert (widget.asking_birth(), widget.skip_button.text()) == (False, "この項目をとばす")


def test_at_the_desk_the_survey_asks_it_too_and_takes_it_typed_in_numbers(
    qtbot, kiosk: Kiosk, workers, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    from ui.screens.survey import SurveyDialog

    languages.switch("ja")
    person = add_person(kiosk.ctx, PersonDraft(name="見本 太郎"))
    dialog = SurveyDialog(KioskActions(kiosk, workers), [person])
    qtbot.addWidget(dialog)
    dialog.show()
    widget = dialog.survey
    asked = widget.asking_birth()
    birth = widget.birth.input
    birth.typed.setText("1973/5/3")
    birth.typed_button.click()
    birth.correct_button.click()
    qtbot.waitUntil(lambda: not widget.asking_birth(), timeout=5000)
    assert (asked, get_person(kiosk.store, person.id).birth, widget.pages.currentIndex()) == (
        True,
        date(1973, 5, 3),
        0,
    )
