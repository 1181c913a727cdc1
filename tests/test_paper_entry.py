"""Paper entry: a pre-printed blank card filled in by hand during an outage is typed in at the
desk under its printed slip id, so scanning the same paper card later finds the person."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.basics.errors import ValidationError
from kiosk.city import outbox
from kiosk.core import Kiosk
from kiosk.exports.blank_cards import export_blank_cards
from kiosk.identity.slip import issue_slip
from kiosk.operations.settings import Settings
from kiosk.operations.shelter import get_shelter, signing_key
from kiosk.reception.arrival import (
    NotABlankCard,
    PaperCardEntered,
    identify,
    register_paper_card,
)
from kiosk.reception.status import status
from kiosk.registry.paper_cards import find_blank_card, printed_cards
from kiosk.registry.people import get_person
from kiosk.registry.records import HouseholdDraft, PersonDraft
from ui.actions import KioskActions
from ui.main_window import MainWindow, Pages
from ui.ops import Workers
from ui.screens.card_form import CardForm
from ui.screens.desk import DeskScreen


def printed_codes(kiosk: Kiosk, tmp_path: Path, count: int = 2) -> list[str]:
    """Print blank cards and return the QR text on each (re-signed from the recorded slip id,
    which gives the same text: the PDF's QRs are decoded in tests/test_exports.py)."""
    export_blank_cards(kiosk.ctx, tmp_path / "cards.pdf", count)
    key, shelter_id = signing_key(kiosk.store), get_shelter(kiosk.store).id
    return [issue_slip(key, shelter_id, slip_id=c.slip_id)[1] for c in printed_cards(kiosk.store)]


HANAKO = PersonDraft(name="見本 花子", kana="ミホン ハナコ", birth=date(1950, 4, 1), sex="F")
TARO = PersonDraft(name="見本 太郎", birth=date(1948, 2, 2), sex="M", relationship="spouse")


def test_a_blank_card_code_asks_for_paper_entry(kiosk: Kiosk, tmp_path: Path) -> None:
    code = printed_codes(kiosk, tmp_path)[0]
    found = identify(kiosk.store, code, kiosk.ctx.now())
    assert found.slip is not None
    assert (found.needs_registration, found.blank_card) == (
        True,
        find_blank_card(kiosk.store, found.slip.slip_id),
    )


def test_entered_card_is_bound_to_the_printed_slip_and_scanning_it_finds_the_person(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    code = printed_codes(kiosk, tmp_path)[0]
    slip_id = identify(kiosk.store, code, kiosk.ctx.now()).slip.slip_id  # type: ignore[union-attr]
    household_id, ids = register_paper_card(kiosk.ctx, slip_id, [HANAKO, TARO], HouseholdDraft())
    again = identify(kiosk.store, code, kiosk.ctx.now())
    card = find_blank_card(kiosk.store, slip_id)
    assert [p.id for p in again.known] == list(ids)
    assert (again.household_id, again.blank_card, again.needs_registration) == (
        household_id,
        None,
        False,
    )
    assert (get_person(kiosk.store, ids[0]).slip_id, get_person(kiosk.store, ids[1]).slip_id) == (
        slip_id,
        None,
    )
    assert (card is not None and card.entered_at, status(kiosk.store).present) == (
        kiosk.ctx.now(),
        2,
    )


def test_a_card_is_entered_only_once(kiosk: Kiosk, tmp_path: Path) -> None:
    code = printed_codes(kiosk, tmp_path)[0]
    slip_id = identify(kiosk.store, code, kiosk.ctx.now()).slip.slip_id  # type: ignore[union-attr]
    register_paper_card(kiosk.ctx, slip_id, [HANAKO])
    written = len(outbox.entries(kiosk.store))
    with pytest.raises(PaperCardEntered):
        register_paper_card(kiosk.ctx, slip_id, [TARO])
    assert (len(outbox.entries(kiosk.store)), status(kiosk.store).present) == (written, 1)


def test_an_ordinary_slip_is_not_a_paper_card(kiosk: Kiosk) -> None:
    slip, _ = issue_slip(signing_key(kiosk.store), get_shelter(kiosk.store).id)
    before = len(outbox.entries(kiosk.store))
    with pytest.raises(NotABlankCard):
        register_paper_card(kiosk.ctx, slip.slip_id, [HANAKO])
    assert len(outbox.entries(kiosk.store)) == before


def test_an_invalid_card_writes_nothing_and_stays_blank(kiosk: Kiosk, tmp_path: Path) -> None:
    code = printed_codes(kiosk, tmp_path)[0]
    slip_id = identify(kiosk.store, code, kiosk.ctx.now()).slip.slip_id  # type: ignore[union-attr]
    before = len(outbox.entries(kiosk.store))
    with pytest.raises(ValidationError):
        register_paper_card(kiosk.ctx, slip_id, [PersonDraft(name="")])
    card = find_blank_card(kiosk.store, slip_id)
    assert (len(outbox.entries(kiosk.store)), card is not None and card.entered_at) == (
        before,
        None,
    )


def test_window_scan_of_a_blank_card_opens_paper_entry_and_the_next_scan_finds_the_person(
    qtbot, kiosk: Kiosk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    code = printed_codes(kiosk, tmp_path)[0]
    slip_id = printed_cards(kiosk.store)[0].slip_id
    workers = Workers()
    window = MainWindow(
        KioskActions(kiosk, workers),
        Settings(),
        Pages(desk=lambda a: DeskScreen(a), card=lambda a: CardForm(a)),
    )
    qtbot.addWidget(window)
    window.show_page("desk")
    desk, form = window.pages["desk"], window.pages["card"]
    assert isinstance(desk, DeskScreen) and isinstance(form, CardForm)
    window.on_code(code)
    qtbot.waitUntil(lambda: window.mode == "card", timeout=5000)
    assert (form.paper_slip_id, slip_id in form.title.text(), form.print_slips.isChecked()) == (
        slip_id,
        True,
        False,
    )
    typed = QInputMethodEvent()
    typed.setCommitString("見本 紙子")
    QApplication.sendEvent(form.rows[0].name, typed)
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save()
    assert window.mode == "desk"
    window.on_code(code)
    qtbot.waitUntil(lambda: desk.card.arrival is not None, timeout=5000)
    workers.shutdown()
    shown = desk.card.arrival
    assert ([p.id for p in shown.known], [p.name for p in shown.known], form.paper_slip_id) == (
        list(saved.args[1]),
        ["見本 紙子"],
        None,
    )
