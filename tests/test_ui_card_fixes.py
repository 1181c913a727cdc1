"""Card form fixes from the user test (issue #12 item 7), through the real widgets over a real
store: the stay choice works by mouse (a vehicle shows plate and type), a household staying
inside records the car parked in the lot, Esc leaves the card from any focus, and a kept draft
is offered back with a question instead of being restored unasked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.basics.local_time import local_time
from kiosk.core import Kiosk
from kiosk.registry import people
from tests.test_ui_card_form import open_form, type_text
from tests.ui_window import add_demo_staff, build_window, sign_in
from ui.actions import KioskActions
from ui.ops import Workers
from ui.screens.card_form import CardForm


@pytest.fixture
def actions(qtbot, kiosk: Kiosk) -> Iterator[KioskActions]:  # type: ignore[no-untyped-def]
    workers = Workers()
    yield KioskActions(kiosk, workers)
    workers.shutdown()


def shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def test_clicking_a_stay_shows_its_fields_and_counts_as_an_edit(qtbot, actions) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, actions)
    part = form.part
    QTest.mouseClick(part.stay.buttons["vehicle"], Qt.MouseButton.LeftButton)
    in_vehicle = (
        part.stay.value(),
        shown(part.vehicle_plate),
        shown(part.vehicle_type),
        shown(part.stay_detail),
        form._draft_timer.isActive(),  # the click is an edit: the draft will be written
    )
    QTest.mouseClick(part.stay.buttons["other"], Qt.MouseButton.LeftButton)
    elsewhere = (part.stay.value(), shown(part.vehicle_plate), shown(part.stay_detail))
    QTest.mouseClick(form.rows[0].sex.buttons["F"], Qt.MouseButton.LeftButton)
    assert (in_vehicle, elsewhere, form.rows[0].sex.value()) == (
        ("vehicle", True, True, False, True),
        ("other", False, True),
        "F",
    )


def test_a_household_inside_records_its_car_parked_in_the_lot(
    qtbot, actions: KioskActions, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, actions)
    part = form.part
    hidden_at_first = shown(part.vehicle_plate)
    type_text(form.rows[0].name, "見本 四郎")
    type_text(form.rows[0].birth, "19700101")
    QTest.mouseClick(part.car, Qt.MouseButton.LeftButton)
    type_text(part.vehicle_plate, "会津 500 あ 12-34")
    type_text(part.vehicle_type, "white minivan")
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save()
    household_id, person_ids = saved.args
    household = people.get_household(kiosk.store, household_id)
    person = people.get_person(kiosk.store, person_ids[0])
    assert (hidden_at_first, person.stay, household.vehicle_plate, household.vehicle_type) == (
        False,
        "shelter",
        "会津 500 あ 12-34",
        "white minivan",
    )


def test_leaving_a_vehicle_stay_keeps_the_car_typed_for_it(qtbot, actions) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, actions)
    part = form.part
    QTest.mouseClick(part.stay.buttons["vehicle"], Qt.MouseButton.LeftButton)
    car_box_while_in_vehicle = shown(part.car)
    type_text(part.vehicle_plate, "会津 300 い 56-78")
    QTest.mouseClick(part.stay.buttons["shelter"], Qt.MouseButton.LeftButton)
    card = part.household()
    assert (car_box_while_in_vehicle, part.car.isChecked(), card.vehicle_plate) == (
        False,
        True,
        "会津 300 い 56-78",
    )


FOCUS_TARGETS = {
    "name field": lambda form: form.rows[0].name,
    "relationship combo box (popup closed)": lambda form: form.rows[1].relationship,
    "a need chip in a member section": lambda form: form.rows[1].chips.first(),
    "a member's remove button": lambda form: form.rows[1].remove,
    "stay choice": lambda form: form.part.stay,
    "language combo box (popup closed)": lambda form: form.part.language,
    "consent tick box": lambda form: form.part.anpi,
}


@pytest.mark.parametrize("where", sorted(FOCUS_TARGETS))
def test_esc_leaves_the_card_from_any_field_and_keeps_the_draft(qtbot, actions, where) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, actions)
    form.add_row()
    type_text(form.rows[0].name, "見本 五郎")
    target = FOCUS_TARGETS[where](form)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=2000)
    with qtbot.waitSignal(form.cancelled, timeout=2000):
        QTest.keyClick(target, Qt.Key.Key_Escape)
    kept: list[object] = []
    actions.load_draft("card", kept.append)
    qtbot.waitUntil(lambda: bool(kept), timeout=5000)
    assert "見本 五郎" in str(kept[0])


def test_esc_leaves_the_card_when_nothing_in_it_has_the_focus(
    qtbot, kiosk: Kiosk, workers, languages, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    add_demo_staff(kiosk)
    desk = build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf")
    window = desk.window
    sign_in(qtbot, window)
    window.show_card()
    card = window.pages["card"]
    assert isinstance(card, CardForm)
    qtbot.waitUntil(lambda: card.rows[0].name.hasFocus(), timeout=2000)
    card.rows[0].name.clearFocus()  # e.g. after a click on the toolbar or the status bar
    with qtbot.waitSignal(card.cancelled, timeout=2000):
        QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.mode == "desk"


def reopen(qtbot, actions: KioskActions) -> CardForm:  # type: ignore[no-untyped-def]
    """Open the card as the desk does; the question may take the focus at once."""
    form = CardForm(actions)
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    qtbot.waitExposed(form)
    form.start_new()
    return form


def draft_question(qtbot, form: CardForm) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: form.draft_question is not None, timeout=5000)
    box = form.draft_question
    assert box is not None
    return box


def button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if b.text() == text)


def test_a_kept_draft_is_offered_with_its_time_and_start_new_clears_it(
    qtbot, actions: KioskActions, clock
) -> None:  # type: ignore[no-untyped-def]
    first = open_form(qtbot, actions)
    type_text(first.rows[0].name, "見本 六郎")
    first.close()  # hidden: the draft is written at once
    again = reopen(qtbot, actions)
    box = draft_question(qtbot, again)
    asked = (box.text(), again.rows[0].name.text(), box.isVisible())
    QTest.mouseClick(button(box, "Start new"), Qt.MouseButton.LeftButton)
    kept: list[object] = ["not loaded"]
    actions.load_draft("card", lambda payload: kept.__setitem__(0, payload))
    qtbot.waitUntil(lambda: kept[0] != "not loaded", timeout=5000)
    when = local_time(clock.now).strftime("%H:%M")  # the shelter's clock
    assert (asked, again.rows[0].name.text(), kept[0], again.draft_question) == (
        (f"Continue the unsaved card from {when}?", "", True),
        "",
        None,
        None,
    )


def test_continue_brings_the_kept_draft_back(qtbot, actions: KioskActions) -> None:  # type: ignore[no-untyped-def]
    first = open_form(qtbot, actions)
    type_text(first.rows[0].name, "見本 七郎")
    type_text(first.part.phone, "0242-22-3344")
    first.close()
    again = reopen(qtbot, actions)
    box = draft_question(qtbot, again)
    QTest.keyClick(box, Qt.Key.Key_Return)  # the default answer: continue
    qtbot.waitUntil(lambda: again.rows[0].name.text() == "見本 七郎", timeout=2000)
    assert (again.part.phone.text(), again.banner.kind, again.draft_question) == (
        "0242-22-3344",
        "info",
        None,
    )
