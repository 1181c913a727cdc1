"""Self check-in is a locked mode, measured on the whole window over a real store: entering it
signs staff out (check-ins are the kiosk's), no window action or shortcut does anything there,
closing or leaving needs a staff PIN, nothing of staff (PINs, counts, names) is on screen, a My
Number card shows only its own person, "Call staff" leaves a notice at the desk, and every
evacuee-facing page in English holds no Japanese but people's names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kiosk.basics.languages import EVACUEE_LANGUAGES
from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.identity import read_mynumber
from kiosk.operations.shelter import mynumber_key
from kiosk.reception import arrival
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.test_ui_desk import SINGLE, SUPPORT, code
from tests.test_ui_language_switch import JAPANESE, visible_texts
from tests.test_ui_walkin_flow import a_my_number
from tests.ui_window import (
    MANAGER_PIN,
    STAFF_PIN,
    Desk,
    add_demo_staff,
    build_window,
    sign_in,
    trust_demo_keys,
)
from ui.screens.pages import pin_dialog
from ui.screens.pin_dialog import PinDialog
from ui.screens.self_checkin import (
    CONFIRM,
    DONE,
    MORE_LANGUAGES,
    PROBLEM,
    SURVEY,
    WELCOME,
    SelfCheckinScreen,
)


class Modals:
    """Answers every modal window that opens (a dialog's exec() would wait for ever
    offscreen): records its class, and types ``pin`` into a PIN dialog or cancels it."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.pin = ""
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or getattr(modal, "_answered", False):
            return
        modal._answered = True  # type: ignore[attr-defined]
        self.seen.append(type(modal).__name__)
        if isinstance(modal, PinDialog) and self.pin:
            QTest.keyClicks(modal.pad, self.pin)
            QTest.keyClick(modal.pad, Qt.Key.Key_Return)
        elif isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def modals() -> Iterator[Modals]:
    answering = Modals()
    yield answering
    answering.stop()


@pytest.fixture
def desk(qtbot, kiosk: Kiosk, workers, languages, tmp_path: Path, modals: Modals) -> Desk:  # type: ignore[no-untyped-def]
    seed(kiosk.ctx, 8)
    trust_demo_keys(kiosk)
    add_demo_staff(kiosk)
    built = build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf")
    # The real PIN dialog, as kiosk-app wires it; ``modals`` answers it (and pytest-qt's
    # closing of the window at the end, which asks for a PIN too, is cancelled).
    built.window.ask_pin = pin_dialog
    return built


def enter_self_checkin(qtbot, desk: Desk, pin: str = MANAGER_PIN) -> SelfCheckinScreen:  # type: ignore[no-untyped-def]
    """Sign in (a manager may open every panel) and press F10, as staff do."""
    window = desk.window
    sign_in(qtbot, window, pin)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.mode == "self_checkin", timeout=2000)
    page = window.pages["self_checkin"]
    assert isinstance(page, SelfCheckinScreen)
    return page


def settle(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """Posted events delivered and every DB call the last key started answered."""
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not desk.workers.is_busy, timeout=5000)
    qtbot.wait(30)


CTRL = Qt.KeyboardModifier.ControlModifier


def key_clicks(sequence: QKeySequence) -> list[tuple[Qt.Key, Qt.KeyboardModifier]]:
    return [(combo.key(), combo.keyboardModifiers()) for combo in sequence]


# --- signed out, inert, locked -------------------------------------------------------------


def test_self_checkin_signs_staff_out_and_its_check_ins_are_the_kiosks(
    qtbot, desk: Desk, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    page = enter_self_checkin(qtbot, desk)
    manager = kiosk.store.query_one("SELECT id FROM staff WHERE role = 'manager'")["id"]
    assert (window.member, desk.actions.actor, window.isFullScreen()) == (None, "kiosk", True)
    page.on_code(code(kiosk, SINGLE))
    qtbot.waitUntil(lambda: page.pages.currentIndex() == CONFIRM, timeout=5000)
    with qtbot.waitSignal(page.admitted, timeout=5000):
        page.confirm_button.click()
    (event,) = kiosk.store.query("SELECT actor, via FROM stay_event WHERE kind = 'checkin'")
    assert tuple(event) == ("kiosk", "self")
    actors = {r["actor"] for r in kiosk.store.query("SELECT actor FROM audit WHERE seq > 0")}
    last = kiosk.store.query("SELECT actor FROM audit ORDER BY seq DESC LIMIT 1")[0]["actor"]
    assert manager in actors and last == "kiosk"  # the manager signed in; the kiosk checked in


def test_every_action_and_shortcut_of_the_window_is_inert_in_self_checkin(
    qtbot, desk: Desk, modals: Modals
) -> None:  # type: ignore[no-untyped-def]
    """Not a hand-picked list: every QAction and QShortcut anywhere in the window is tried —
    each action triggered, each key sequence typed — and none may change the page, the mode,
    who is signed in or who acts, show the toolbar or status bar, or open a window (Esc is the
    self check-in's own key for the staff PIN prompt: it may open that, which is cancelled)."""
    window = desk.window
    page = enter_self_checkin(qtbot, desk)
    widgets = [window, *window.findChildren(QWidget)]
    actions = {id(a): a for a in window.findChildren(QAction)}
    actions.update({id(a): a for w in widgets for a in QWidget.actions(w)})
    shortcuts = window.findChildren(QShortcut)
    sequences = {s.toString(): s for a in actions.values() for s in a.shortcuts()}
    sequences.update({s.toString(): s for sc in shortcuts for s in sc.keys()})
    # What the user test found open, and the pages' own keys, are all among those tried.
    assert {"F1", "F8", "F9", "Ctrl+,", "Ctrl+L", "F2", "F3", "Ctrl+S", "F5"} <= set(sequences)

    def state() -> tuple[object, ...]:
        return (
            window.mode,
            window.stack.currentWidget(),
            window.member,
            desk.actions.actor,
            window.toolbar.isVisible(),
            window.statusBar().isVisible(),
            window.isFullScreen(),
            page.pages.currentIndex(),
            sorted(w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()),
        )

    before = state()
    changed = []
    for action in actions.values():
        action.trigger()
        settle(qtbot, desk)
        if state() != before or modals.seen:
            changed.append((action.text() or action.objectName(), state(), modals.seen[:]))
        modals.seen.clear()
    for text, sequence in sorted(sequences.items()):
        for key, modifiers in key_clicks(sequence):
            QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)
        settle(qtbot, desk)
        allowed = ["PinDialog"] if text == "Esc" else []
        if state() != before or modals.seen != allowed:
            changed.append((text, state(), modals.seen[:]))
        modals.seen.clear()
    assert changed == []


def test_closing_the_window_in_self_checkin_needs_a_staff_pin(
    qtbot, desk: Desk, modals: Modals
) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    enter_self_checkin(qtbot, desk)
    assert window.close() is False  # Alt+F4 / the close button: the PIN prompt, cancelled
    assert (modals.seen, window.isVisible(), window.mode) == (["PinDialog"], True, "self_checkin")
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Q, CTRL)  # no quit key
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_W, CTRL)
    qtbot.wait(50)
    assert (window.isVisible(), window.mode) == (True, "self_checkin")
    modals.pin = STAFF_PIN
    assert window.close() is True
    assert window.isVisible() is False


def test_the_staff_button_and_esc_ask_for_a_pin_that_opens_the_desk(
    qtbot, desk: Desk, kiosk: Kiosk, modals: Modals
) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    page = enter_self_checkin(qtbot, desk)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: modals.seen == ["PinDialog"], timeout=2000)
    assert (window.mode, window.member) == ("self_checkin", None)
    assert page.staff_button.isVisible() and page.staff_button.text() == "Staff"
    assert page.staff_button.height() < page.call_staff.height()  # small: it is for staff
    modals.pin = STAFF_PIN
    page.staff_button.click()
    qtbot.waitUntil(lambda: window.mode == "desk", timeout=5000)
    assert window.member is not None and window.member.role == "staff"
    assert (desk.actions.actor, window.toolbar.isVisible(), window.statusBar().isVisible()) == (
        window.member.id,
        True,
        True,
    )
    assert window.act_desk.isEnabled() and not window.act_settings.isEnabled()


def test_nothing_of_staff_is_on_the_self_checkin_screen(qtbot, desk: Desk, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    window.statusBar().showMessage(f"Demo shelter — PINs: staff {STAFF_PIN}")  # as kiosk-app does
    sign_in(qtbot, window, MANAGER_PIN)
    window.set_queue_count(3)
    window.refresh_status()
    qtbot.waitUntil(lambda: window.last_status is not None, timeout=5000)
    window.enter_self_checkin()
    texts = " | ".join(text for _, text in visible_texts(window) if _ != "title")
    for secret in (STAFF_PIN, MANAGER_PIN, "所長1", "Inside", "queue", "Locked", "Signed"):
        assert secret not in texts
    assert window.statusBar().currentMessage() == ""


def test_five_wrong_pins_in_the_pin_dialog_say_how_long_to_wait(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    dialog = PinDialog(desk.actions)
    qtbot.addWidget(dialog)
    dialog.open()
    for attempt in range(5):
        dialog.pad.setFocus()
        QTest.keyClicks(dialog.pad, f"90{attempt}1")
        QTest.keyClick(dialog.pad, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.banner.message == "Too many wrong PINs. Try again in 1 minute."


def test_a_pin_prompt_left_alone_cancels_itself(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """An evacuee who pressed Staff and walked away leaves the next person the welcome page."""
    dialog = PinDialog(desk.actions, idle_seconds=1)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        dialog.open()
    assert dialog.member is None


# --- what an evacuee sees -----------------------------------------------------------------


def test_idle_brings_the_welcome_back_in_the_shelters_language(
    qtbot, kiosk: Kiosk, workers
) -> None:  # type: ignore[no-untyped-def]
    from ui.actions import KioskActions

    page = SelfCheckinScreen(KioskActions(kiosk, workers), idle_seconds=1, home_language="ja")
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.language_requested) as chosen:
        page.lang_en.click()
    assert chosen.args == ["en"]
    with qtbot.waitSignal(page.language_requested, timeout=10_000) as back:
        pass  # nobody touches the kiosk
    assert (back.args, page.pages.currentIndex()) == (["ja"], WELCOME)


def household_with_my_number(kiosk: Kiosk) -> tuple[str, str, str]:
    """A household of two; the first holds a My Number card. (number, holder, other)."""
    number = a_my_number()
    token = read_mynumber(number, mynumber_key(kiosk.store)).token
    _, (holder, other) = people.add_household(
        kiosk.ctx,
        [
            PersonDraft(name="見本 一郎", mynumber_token=token),
            PersonDraft(name="見本 二葉", relationship="spouse"),
        ],
    )
    return number, holder.name, other.name


def test_a_my_number_card_shows_only_its_own_person_never_the_household(
    qtbot, desk: Desk, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    number, holder, other = household_with_my_number(kiosk)
    desk_view = arrival.identify(kiosk.store, number, kiosk.ctx.now())
    assert [p.name for p in desk_view.known] == [holder, other]  # staff at the desk see both
    page = enter_self_checkin(qtbot, desk)
    page.on_code(number)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == CONFIRM, timeout=5000)
    shown = " ".join(text for _, text in visible_texts(desk.window))
    assert holder in shown and other not in shown
    assert page.confirm_title.text() == "Is this you?"
    with qtbot.waitSignal(page.admitted, timeout=5000) as admitted:
        page.confirm_button.click()
    assert len(admitted.args[0].person_ids) == 1  # only the card's own person checked in


def test_call_staff_gives_one_instruction_and_leaves_a_notice_at_the_desk(
    qtbot, desk: Desk, modals: Modals
) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    page = enter_self_checkin(qtbot, desk)
    page.call_staff.click()
    said = [
        t for w, t in visible_texts(window) if w not in ("title", "toolbar") and "Button" not in w
    ]
    assert said == ["Staff are on their way. Please wait here."]
    assert not window.call_notice.isVisible()  # the evacuees' screen is not the desk
    modals.pin = STAFF_PIN
    page.staff_button.click()
    qtbot.waitUntil(lambda: window.mode == "desk", timeout=5000)
    assert window.call_notice.isVisible()
    assert "asked for staff" in window.call_text.message
    window.set_queue_count(1)
    window.show_page("desk")
    assert window.call_notice.isVisible()  # stays until dismissed
    window.call_dismiss.click()
    assert not window.call_notice.isVisible()


def test_every_evacuee_page_in_english_has_no_japanese_but_names(
    qtbot, desk: Desk, kiosk: Kiosk, modals: Modals
) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    page = enter_self_checkin(qtbot, desk)
    page.lang_ja.click()  # the shelter's language
    names: set[str] = {r["name"] for r in kiosk.store.query("SELECT name FROM person")}
    seen: list[tuple[str, str]] = []

    def look(where: str) -> None:
        """Each page comes up in the shelter's Japanese; the evacuee presses English and reads
        it (a text set once in Japanese must follow), then it is Japanese again."""
        page.lang_en.click()
        qtbot.waitUntil(lambda: page.call_staff.text() == "Call staff", timeout=2000)
        qtbot.wait(30)
        for kind, text in visible_texts(window):
            if kind not in ("title", "toolbar"):  # not on the full screen
                seen.append((f"{where}: {kind}", text))
        page.lang_ja.click()
        qtbot.waitUntil(lambda: page.call_staff.text() != "Call staff", timeout=2000)

    look("welcome")
    page.on_code(code(kiosk, SUPPORT))
    qtbot.waitUntil(lambda: page.pages.currentIndex() == CONFIRM, timeout=5000)
    look("confirm")
    with qtbot.waitSignal(page.admitted, timeout=5000):
        page.confirm_button.click()
    names |= {r["name"] for r in kiosk.store.query("SELECT name FROM person")}
    look("done")
    page.survey_button.click()
    qtbot.waitUntil(lambda: page.pages.currentIndex() == SURVEY, timeout=5000)
    page.survey.part_pages[0].questions[0].buttons[0][1].click()  # one answer: then thanks
    for part in range(len(page.survey.part_pages)):
        look(f"survey part {part + 1}")
        if part < len(page.survey.part_pages) - 1:
            page.survey.next_button.click()
            qtbot.waitUntil(lambda p=part: page.survey.pages.currentIndex() == p + 1)
    with qtbot.waitSignal(page.survey.finished, timeout=10_000):
        page.survey.next_button.click()
    look("thanks")
    page.reset()
    page.on_code(a_my_number())  # nobody registered: ask staff
    qtbot.waitUntil(lambda: page.pages.currentIndex() == PROBLEM, timeout=5000)
    look("problem")
    page.reset()
    page.call_staff.click()
    look("staff called")
    assert page.pages.currentIndex() == PROBLEM
    page.reset()
    assert page.pages.currentIndex() == WELCOME and DONE != WELCOME

    def without_names(text: str) -> str:
        # The language buttons show each language in its own name.
        endonyms = [language.name for language in EVACUEE_LANGUAGES]
        for name in (*sorted(names, key=len, reverse=True), MORE_LANGUAGES, *endonyms):
            text = text.replace(name, "")
        return text

    japanese = [(w, t) for w, t in seen if JAPANESE.search(without_names(t))]
    assert japanese == [], "\n".join(map(str, japanese))
