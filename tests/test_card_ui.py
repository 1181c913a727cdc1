"""A card on the (virtual) reader in the window, through the real PC/SC stack and the real
worker threads: a linked tap card opens its holder's confirmation at the desk like a slip; a My
Number card opens the PIN pad with the tries left, a wrong PIN keeps it open with the card's
new counter, the last try needs staff at the desk and is refused at self check-in; a walk-in
read from the chip opens the evacuee card pre-filled with the four items."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.access import audit
from kiosk.access.staff import add_staff
from kiosk.cards.reading import read_tap_card_on
from kiosk.cards.tap_cards import link_card, linked_card
from kiosk.core import Kiosk
from kiosk.reception.arrival import Arrival
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.peers.cards.emulated import FixedIdCardOS, MyNumberCardOS
from ui.actions import KioskActions
from ui.card_reader import CardReaderBridge
from ui.ops import Workers
from ui.screens.card_form import CardForm
from ui.screens.desk import DeskScreen
from ui.screens.self_checkin import SelfCheckinScreen
from ui.widgets.card_link_dialog import CardLinkDialog
from ui.widgets.card_pin_dialog import CardPinDialog

READER = "Virtual PCD 00 00"


@pytest.fixture
def workers(qapp) -> Iterator[Workers]:  # type: ignore[no-untyped-def]
    made = Workers()
    yield made
    made.shutdown()


@pytest.fixture
def actions(kiosk: Kiosk, workers: Workers) -> KioskActions:
    return KioskActions(kiosk, workers)


@pytest.fixture
def bridge(pcsc_stack, workers: Workers) -> Iterator[CardReaderBridge]:  # type: ignore[no-untyped-def]
    made = CardReaderBridge(workers.handoff)
    made.start()
    yield made
    made.stop()


@pytest.fixture
def desk(qtbot, actions: KioskActions, bridge: CardReaderBridge) -> DeskScreen:  # type: ignore[no-untyped-def]
    screen = DeskScreen(actions)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    bridge.card_in.connect(screen.on_card)
    return screen


def type_pin(dialog: CardPinDialog, digits: str) -> None:
    for digit in digits:
        QTest.mouseClick(dialog.pad.buttons[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.pad.buttons["submit"], Qt.MouseButton.LeftButton)


def wait_dialog(qtbot, taps) -> CardPinDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: taps.dialog is not None and taps.dialog.isVisible(), timeout=10000)
    return taps.dialog


def test_linked_tap_card_shows_its_holder_at_the_desk(
    qtbot, kiosk: Kiosk, desk: DeskScreen, virtual_card
) -> None:  # type: ignore[no-untyped-def]
    _household, persons = people.add_household(kiosk.ctx, [PersonDraft(name="見本 四郎")])
    card = virtual_card(FixedIdCardOS())
    card.insert()
    link_card(kiosk.ctx, persons[0].id, read_tap_card_on(READER, kiosk.store))
    card.remove()
    card.insert()  # the tap
    qtbot.waitUntil(lambda: desk.card.arrival is not None, timeout=10000)
    assert (desk.card.arrival.kind, [p.id for p in desk.card.arrival.known]) == (
        "card",
        [persons[0].id],
    )
    with qtbot.waitSignal(desk.admitted, timeout=5000):
        desk.card.confirm()
    assert people.get_person(kiosk.store, persons[0].id).state == "in"


def test_unlinked_card_is_refused_in_place(qtbot, desk: DeskScreen, virtual_card) -> None:  # type: ignore[no-untyped-def]
    virtual_card(FixedIdCardOS()).insert()
    qtbot.waitUntil(lambda: desk.banner.isVisible(), timeout=10000)
    assert "not linked" in desk.banner.text()


def test_mynumber_walk_in_pin_pad_then_a_prefilled_card(
    qtbot, kiosk: Kiosk, actions: KioskActions, desk: DeskScreen, virtual_card
) -> None:  # type: ignore[no-untyped-def]
    card_os = MyNumberCardOS()
    virtual_card(card_os).insert()
    dialog = wait_dialog(qtbot, desk._card_taps)
    assert (dialog.tries.text(), dialog.pad.isEnabled(), dialog.allow.isVisible()) == (
        "Tries left before the card locks: 3",
        True,
        False,
    )
    assert min(b.minimumHeight() for b in dialog.pad.buttons.values()) >= 44
    type_pin(dialog, "9999")
    qtbot.waitUntil(lambda: dialog.tries_left == 2, timeout=10000)
    assert (dialog.tries.text(), dialog.problem.text(), card_os.tries) == (
        "Tries left before the card locks: 2",
        "Wrong PIN.",
        2,
    )
    with qtbot.waitSignal(desk.register_requested, timeout=10000) as requested:
        type_pin(dialog, "1234")
    shown = requested.args[0]
    assert (shown.kind, shown.mynumber.masked, [d.name for d in shown.newcomers]) == (
        "mynumber",
        "**** **** 9018",
        ["山田 花子"],
    )
    assert desk._card_taps.dialog is None
    # The window opens the evacuee card pre-filled from the chip; staff add the rest and save.
    form = CardForm(actions)
    form.print_slips.setChecked(False)
    qtbot.addWidget(form)
    form.show()
    form.start_for(shown)
    row = form.rows[0]
    assert (row.name.text(), row.sex.value(), row.birth.text(), form.part.address.text()) == (
        "山田 花子",
        "F",
        "1980-04-02",
        "東京都千代田区霞が関二丁目一番二号",
    )
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save()
    person = people.find_person(kiosk.store, mynumber_token=shown.mynumber.token)
    assert (person.name, person.state, person.birth.isoformat()) == (
        "山田 花子",
        "in",
        "1980-04-02",
    )


def test_last_try_at_the_desk_needs_staff(qtbot, desk: DeskScreen, virtual_card) -> None:  # type: ignore[no-untyped-def]
    card_os = MyNumberCardOS(tries=1)
    virtual_card(card_os).insert()
    dialog = wait_dialog(qtbot, desk._card_taps)
    assert (dialog.pad.isEnabled(), dialog.allow.isVisible(), dialog.warning.isVisible()) == (
        False,
        True,
        True,
    )
    type_pin(dialog, "1234")  # the pad is off: nothing reaches the card
    assert (card_os.tries, [a for a in card_os.seen if a.startswith("0020008004")]) == (1, [])
    QTest.mouseClick(dialog.allow, Qt.MouseButton.LeftButton)
    assert dialog.pad.isEnabled()
    with qtbot.waitSignal(desk.register_requested, timeout=10000):
        type_pin(dialog, "1234")
    assert card_os.tries == 3


def test_last_try_at_self_checkin_sends_the_holder_to_staff(
    qtbot, actions: KioskActions, bridge: CardReaderBridge, virtual_card
) -> None:  # type: ignore[no-untyped-def]
    page = SelfCheckinScreen(actions, idle_seconds=30)
    qtbot.addWidget(page)
    page.show()
    bridge.card_in.connect(page.on_card)
    card_os = MyNumberCardOS(tries=1)
    virtual_card(card_os).insert()
    dialog = wait_dialog(qtbot, page._card_taps)
    assert (dialog.pad.isEnabled(), dialog.allow.isVisible(), dialog.warning.text()) == (
        False,
        False,
        "Only 1 try left: a wrong PIN now locks the card. Please ask staff.",
    )
    type_pin(dialog, "1234")
    assert card_os.tries == 1


# --- linking a tap card from the desk's confirmation -------------------------------------------


def sign_in_as(kiosk: Kiosk, actions: KioskActions, role: str) -> str:
    """A staff member of ``role`` acting at the desk; their id (the audit's actor)."""
    member = add_staff(kiosk.ctx, f"受付-{role}", role, "2468")
    actions.act_as(member)
    return member.id


def open_link_dialog(qtbot, desk: DeskScreen, person) -> CardLinkDialog:  # type: ignore[no-untyped-def]
    desk.show_arrival(Arrival("search", (person,), household_id=person.household_id))
    qtbot.waitUntil(desk.card.ic_card_button.isVisible)
    QTest.mouseClick(desk.card.ic_card_button, Qt.MouseButton.LeftButton)
    dialog = desk.dialog
    assert isinstance(dialog, CardLinkDialog)
    qtbot.waitUntil(dialog.link_button.isEnabled, timeout=5000)
    return dialog


def card_events(kiosk: Kiosk) -> list[tuple[str, str, str]]:
    """The card audit rows, oldest first: (action, person, actor)."""
    entries = sorted(audit.recent(kiosk.store), key=lambda e: e.seq)
    return [(e.action, e.record_id, e.actor) for e in entries if e.action.startswith("card.")]


def test_staff_link_a_tap_card_at_the_desk_then_one_tap_finds_the_person_then_unlink(
    qtbot, kiosk: Kiosk, actions: KioskActions, desk: DeskScreen, virtual_card
) -> None:  # type: ignore[no-untyped-def]
    actor = sign_in_as(kiosk, actions, "staff")
    _household, persons = people.add_household(kiosk.ctx, [PersonDraft(name="見本 五郎")])
    person = persons[0]
    state_before = people.get_person(kiosk.store, person.id).state
    dialog = open_link_dialog(qtbot, desk, person)
    assert (dialog.status.text(), dialog.unlink_button.isEnabled()) == (
        "見本 五郎 has no IC card linked.",
        False,
    )
    QTest.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.message == "Ask 見本 五郎 to put their IC card on the reader now."
    card = virtual_card(FixedIdCardOS())
    with qtbot.waitSignal(dialog.linked, timeout=10000):
        card.insert()  # the tap is the link's, not a check-in
    assert (
        linked_card(kiosk.store, person.id).kind,
        dialog.banner.message,
        dialog.unlink_button.isEnabled(),
        people.get_person(kiosk.store, person.id).state,
        card_events(kiosk),
    ) == (
        "felica",
        "Linked. From now on one tap of this card finds 見本 五郎.",
        True,
        state_before,  # the tap was the link's: nobody checked in underneath
        [("card.link", person.id, actor)],
    )
    card.remove()
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.dialog is None)
    desk.card.cancel()
    card.insert()  # with the dialog closed, a tap is read as an arrival again
    qtbot.waitUntil(lambda: desk.card.arrival is not None, timeout=10000)
    assert (desk.card.arrival.kind, [p.id for p in desk.card.arrival.known]) == (
        "card",
        [person.id],
    )
    card.remove()
    dialog = open_link_dialog(qtbot, desk, person)
    qtbot.waitUntil(dialog.unlink_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(dialog.unlinked, timeout=5000):
        QTest.mouseClick(dialog.unlink_button, Qt.MouseButton.LeftButton)
    assert (
        linked_card(kiosk.store, person.id),
        dialog.status.text(),
        dialog.banner.message,
        card_events(kiosk),
    ) == (
        None,
        "見本 五郎 has no IC card linked.",
        "The card is unlinked.",
        [("card.link", person.id, actor), ("card.unlink", person.id, actor)],
    )


def test_a_card_linked_to_someone_else_is_refused_with_a_clear_message(
    qtbot, kiosk: Kiosk, actions: KioskActions, desk: DeskScreen, virtual_card
) -> None:  # type: ignore[no-untyped-def]
    sign_in_as(kiosk, actions, "staff")
    _h1, (first,) = people.add_household(kiosk.ctx, [PersonDraft(name="見本 六郎")])
    _h2, (second,) = people.add_household(kiosk.ctx, [PersonDraft(name="見本 七子")])
    card = virtual_card(FixedIdCardOS())
    card.insert()
    link_card(kiosk.ctx, first.id, read_tap_card_on(READER, kiosk.store))
    card.remove()
    dialog = open_link_dialog(qtbot, desk, second)
    QTest.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    card.insert()
    qtbot.waitUntil(lambda: dialog.banner.kind == "error", timeout=10000)
    assert (
        dialog.banner.message,
        linked_card(kiosk.store, first.id) is not None,
        linked_card(kiosk.store, second.id),
        desk.card.arrival.kind,  # the confirmation underneath is the search's, untouched
    ) == (
        "This card is already linked to another person. Unlink it there first.",
        True,
        None,
        "search",
    )


def test_linking_needs_a_role_that_edits_cards_checked_in_the_core(
    qtbot, kiosk: Kiosk, actions: KioskActions, desk: DeskScreen, virtual_card
) -> None:  # type: ignore[no-untyped-def]
    sign_in_as(kiosk, actions, "operator")
    _household, (person,) = people.add_household(kiosk.ctx, [PersonDraft(name="見本 八郎")])
    dialog = open_link_dialog(qtbot, desk, person)
    QTest.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    virtual_card(FixedIdCardOS()).insert()
    qtbot.waitUntil(lambda: dialog.banner.kind == "error", timeout=10000)
    assert (linked_card(kiosk.store, person.id), card_events(kiosk), dialog.banner.message) == (
        None,
        [],
        "Your role may not do this. Ask a shelter manager.",
    )
