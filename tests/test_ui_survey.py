"""The life survey on screen, over a real store and the real worker threads: answers given
through the widgets are stored (read back with kiosk.operations.survey), parts and the whole survey
can be skipped, self check-in goes done → survey → welcome for the people just checked in only, the
desk opens it with F6, the keyboard alone completes it, and the language switch changes it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.city.trust_store import import_trust
from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.identity import dump_trust_list
from kiosk.identity.demo import demo_app_codes, demo_trust_list
from kiosk.operations.survey import get_response, list_responses
from kiosk.registry import people
from ui.actions import KioskActions
from ui.i18n import Languages
from ui.ops import Workers
from ui.screens.desk import DeskScreen
from ui.screens.self_checkin import DONE, SURVEY, WELCOME, SelfCheckinScreen
from ui.screens.survey import SurveyDialog, SurveyWidget

SINGLE, SUPPORT = (
    "Single resident (見本 太郎)",
    "Resident needing support, with her son (見本 花子)",
)


@pytest.fixture
def households(kiosk: Kiosk) -> list[str]:
    ids = seed(kiosk.ctx, 12)
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    return ids


@pytest.fixture
def actions(qtbot, kiosk: Kiosk, households: list[str]) -> Iterator[KioskActions]:  # type: ignore[no-untyped-def]
    workers = Workers()
    yield KioskActions(kiosk, workers)
    workers.shutdown()


@pytest.fixture
def resident(kiosk: Kiosk, households: list[str]) -> people.Person:
    return people.household_members(kiosk.store, households[0])[0]


@pytest.fixture
def survey(qtbot, actions: KioskActions, resident: people.Person) -> SurveyWidget:  # type: ignore[no-untyped-def]
    widget = SurveyWidget(actions)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.start([(resident.id, resident.name)])
    return widget


def press(widget: SurveyWidget, question_id: str, *values: object) -> None:
    """Click the answer buttons of one question on the current part."""
    page = widget.part_pages[widget.pages.currentIndex()]
    box = next(b for b in page.questions if b.question.id == question_id)
    for value in values:
        next(button for v, button in box.buttons if v == value).click()


def text(widget: SurveyWidget, question_id: str, words: str) -> None:
    page = widget.part_pages[widget.pages.currentIndex()]
    box = next(b for b in page.questions if b.question.id == question_id)
    assert box.text_box is not None
    box.text_box.setPlainText(words)


def code(kiosk: Kiosk, label: str) -> str:
    return next(
        c.text for c in demo_app_codes(kiosk.ctx.now()) if not c.expected_error and c.label == label
    )


def test_answers_given_through_the_widgets_are_stored(
    qtbot, kiosk: Kiosk, survey: SurveyWidget, resident: people.Person
) -> None:  # type: ignore[no-untyped-def]
    press(survey, "satisfaction", 2, 4)  # changed the mind: 4 counts
    press(survey, "enough_food", False)
    press(survey, "symptoms", "cough", "legs", "none")  # "none" takes the others back
    survey.next_button.click()
    press(survey, "needs", "water", "bedding")
    press(survey, "talk", True, True)  # pressed twice: taken back
    text(survey, "request_text", "  毛布がほしい ")
    survey.next_button.click()
    press(survey, "unsafe", False)
    with qtbot.waitSignal(survey.finished, timeout=10_000) as sent:
        survey.next_button.click()  # "Send answers" on the last part
    stored = get_response(kiosk.store, sent.args[0].id)
    assert (
        stored.person_id,
        stored.language,
        stored.answers,
        stored.requests,
        stored.problems,
        stored.flagged,
    ) == (
        resident.id,
        "en",
        (
            ("satisfaction", 4),
            ("enough_food", False),
            ("symptoms", ("none",)),
            ("needs", ("water", "bedding")),
            ("unsafe", False),
        ),
        "毛布がほしい",
        "",
        True,
    )


def test_a_skipped_part_drops_its_answers(qtbot, kiosk: Kiosk, survey: SurveyWidget) -> None:  # type: ignore[no-untyped-def]
    press(survey, "sleep", 3)
    survey.next_button.click()
    press(survey, "needs", "food")
    survey.skip_button.click()  # requests skipped, on to problems
    assert survey.pages.currentIndex() == 2
    with qtbot.waitSignal(survey.finished, timeout=10_000) as sent:
        survey.skip_button.click()  # problems skipped: the last part, so it sends
    stored = get_response(kiosk.store, sent.args[0].id)
    assert (stored.answers, stored.flagged) == ((("sleep", 3),), False)


def test_skipping_everything_sends_nothing(qtbot, kiosk: Kiosk, survey: SurveyWidget) -> None:  # type: ignore[no-untyped-def]
    survey.skip_button.click()
    survey.skip_button.click()
    with qtbot.waitSignal(survey.finished, timeout=5000) as finished:
        survey.skip_button.click()
    assert (finished.args, list_responses(kiosk.store)) == ([None], ())


def test_stop_leaves_without_sending(qtbot, kiosk: Kiosk, survey: SurveyWidget) -> None:  # type: ignore[no-untyped-def]
    press(survey, "health", 5)
    with qtbot.waitSignal(survey.finished, timeout=5000) as finished:
        survey.stop_button.click()
    assert (finished.args, list_responses(kiosk.store)) == ([None], ())


def test_the_keyboard_alone_completes_the_survey(qtbot, kiosk: Kiosk, survey: SurveyWidget) -> None:  # type: ignore[no-untyped-def]
    def key(k: Qt.Key) -> None:
        QTest.keyClick(QApplication.focusWidget(), k)

    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    key(Qt.Key.Key_Tab)  # to the next question (health)
    key(Qt.Key.Key_Right)  # from its "1" to its "2"
    key(Qt.Key.Key_Space)  # choose 2
    key(Qt.Key.Key_Return)  # next part
    assert survey.pages.currentIndex() == 1
    key(Qt.Key.Key_Space)  # the first option of "What do you need most now?": food
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)  # problems: nothing, and send
    qtbot.waitUntil(lambda: len(list_responses(kiosk.store)) == 1, timeout=10_000)
    (stored,) = list_responses(kiosk.store)
    assert (stored.answers, stored.flagged) == ((("health", 2), ("needs", ("food",))), True)


def test_language_switch_changes_the_survey_texts(qtbot, survey: SurveyWidget) -> None:  # type: ignore[no-untyped-def]
    languages = Languages()
    box = survey.part_pages[0].questions[0]

    def shown() -> tuple[str, str, str, str]:
        return (survey.title.text(), box.label.text(), box.low.text(), survey.next_button.text())

    english = shown()
    try:
        assert languages.switch("ja")
        qtbot.waitUntil(lambda: shown() != english, timeout=2000)
        japanese = shown()
    finally:
        languages.switch("en")
    qtbot.waitUntil(lambda: shown() == english, timeout=2000)
    assert (english, japanese) == (
        (
            "Your current state",
            "How satisfied are you with life in the shelter?",
            "Very dissatisfied",
            "Next",
        ),
        ("現在の状況", "避難所での生活にどのくらい満足していますか。", "とても不満", "次へ"),
    )


def self_checkin(qtbot, actions: KioskActions) -> SelfCheckinScreen:  # type: ignore[no-untyped-def]
    page = SelfCheckinScreen(actions, idle_seconds=30)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def checked_in(qtbot, page: SelfCheckinScreen, text: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    page.on_code(text)
    qtbot.waitUntil(lambda: page.confirm_button.isVisible(), timeout=5000)
    with qtbot.waitSignal(page.admitted, timeout=5000) as admitted:
        page.confirm_button.click()
    return admitted.args[0].person_ids


def test_self_checkin_done_then_survey_then_welcome(
    qtbot, kiosk: Kiosk, actions: KioskActions
) -> None:  # type: ignore[no-untyped-def]
    page = self_checkin(qtbot, actions)
    (person_id,) = checked_in(qtbot, page, code(kiosk, SINGLE))
    assert (page.pages.currentIndex(), page.survey_button.isVisible()) == (DONE, True)
    page.survey_button.click()
    qtbot.waitUntil(lambda: page.pages.currentIndex() == SURVEY, timeout=5000)
    assert not page.survey.who_label.isVisible()  # one person: nobody to choose
    press(page.survey, "satisfaction", 5)
    page.survey.next_button.click()
    page.survey.next_button.click()
    page.on_code(code(kiosk, SUPPORT))  # a code shown meanwhile is ignored
    with qtbot.waitSignal(page.survey.finished, timeout=10_000):
        page.survey.next_button.click()
    assert (page.pages.currentIndex(), page.done_title.text()) == (
        DONE,
        "Thank you for your answers.",
    )
    qtbot.waitUntil(lambda: page.pages.currentIndex() == WELCOME, timeout=10_000)
    (stored,) = list_responses(kiosk.store)
    assert (stored.person_id, stored.answers, page.survey_button.isVisible()) == (
        person_id,
        (("satisfaction", 5),),
        False,
    )


def test_self_checkin_survey_offers_only_the_household_just_checked_in(
    qtbot, kiosk: Kiosk, actions: KioskActions
) -> None:  # type: ignore[no-untyped-def]
    page = self_checkin(qtbot, actions)
    ids = checked_in(qtbot, page, code(kiosk, SUPPORT))
    page.survey_button.click()
    qtbot.waitUntil(lambda: page.pages.currentIndex() == SURVEY, timeout=5000)
    names = [b.text() for b in page.survey.who_buttons]
    assert names == [people.get_person(kiosk.store, pid).name for pid in ids]
    assert len(names) == 2
    page.survey.who_buttons[1].click()  # the son answers
    press(page.survey, "stress", 4)
    page.survey.stop_button.click()  # ... then stops: nothing sent, back to the start
    assert (page.pages.currentIndex(), list_responses(kiosk.store)) == (WELCOME, ())


def test_desk_f6_opens_the_survey_for_the_selected_person(
    qtbot, kiosk: Kiosk, actions: KioskActions, resident: people.Person
) -> None:  # type: ignore[no-untyped-def]
    desk = DeskScreen(actions)
    qtbot.addWidget(desk)
    desk.resize(1280, 800)
    desk.show()
    desk.activateWindow()
    qtbot.waitExposed(desk)
    desk.search_box.setFocus()
    desk.search_box.setText(resident.name)
    qtbot.waitUntil(lambda: desk.results.count() > 0, timeout=5000)
    row = next(
        i
        for i in range(desk.results.count())
        if desk.results.item(i).data(Qt.ItemDataRole.UserRole).id == resident.id
    )
    desk.results.setCurrentRow(row)
    QTest.keyClick(desk.search_box, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, SurveyDialog), timeout=5000)
    dialog = desk.dialog
    assert isinstance(dialog, SurveyDialog)
    press(dialog.survey, "health", 2)
    dialog.survey.next_button.click()
    dialog.survey.skip_button.click()
    dialog.survey.skip_button.click()  # the last part: sends
    qtbot.waitUntil(lambda: desk.banner.kind == "success", timeout=10_000)
    (stored,) = list_responses(kiosk.store)
    assert (
        stored.person_id,
        stored.answers,
        desk.banner.text().endswith("Survey answers saved."),
    ) == (
        resident.id,
        (("health", 2),),
        True,
    )
