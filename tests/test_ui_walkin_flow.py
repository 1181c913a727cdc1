"""A walk-in with a My Number card, through the whole window: the card's QR is read from a
camera frame and handed to the window as the camera hands it → the desk offers the evacuee card
→ staff fill it by keyboard → saved, checked in, in the store → a slip PDF whose QR, read back
from the rendered page by the project's decoder, identifies the same person. The raw number is
nowhere: not on the slip, not in the store's files."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit
from stdnum.jp import in_ as mynumber_checksum

from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.reception.arrival import identify
from kiosk.registry import people
from kiosk.scan import Pipeline, decode_files
from kiosk.scan.synthetic import frame_with_code
from tests.test_ui_card_form import Steps
from tests.ui_window import add_demo_staff, build_window, focused, sign_in, trust_demo_keys
from ui.screens.card_form import CardForm
from ui.screens.desk import DeskScreen


def a_my_number() -> str:
    """A 12-digit number with a valid check digit that no demo or test uses elsewhere."""
    body = "31415926535"
    return body + mynumber_checksum.calc_check_digit(body)


def test_my_number_walkin_is_registered_checked_in_and_gets_a_readable_slip(
    qtbot, kiosk: Kiosk, workers, languages, clock, tmp_path: Path, kiosk_home: Path
) -> None:  # type: ignore[no-untyped-def]
    seed(kiosk.ctx, 20)
    trust_demo_keys(kiosk)
    add_demo_staff(kiosk)
    number = a_my_number()
    pdf = tmp_path / "slips" / "slip.pdf"
    pdf.parent.mkdir()
    desk = build_window(qtbot, kiosk, workers, languages, pdf)
    window = desk.window
    sign_in(qtbot, window)

    # The camera's part: a 720p frame with the card's QR, decoded by the scan pipeline.
    texts = Pipeline().decode(frame_with_code(number, seed=5))
    assert texts == (number,)
    window.on_code(texts[0])
    page = window.pages["desk"]
    assert isinstance(page, DeskScreen)
    qtbot.waitUntil(lambda: page.card.register_button.isVisible(), timeout=5000)
    assert page.card.title.text() == f"My Number card  **** **** {number[-4:]}"
    assert page.card.register_button.hasFocus()
    QTest.keyClick(page.card.register_button, Qt.Key.Key_Return)

    card = window.pages["card"]
    assert isinstance(card, CardForm)
    assert window.mode == "card"
    row = card.rows[0]
    qtbot.waitUntil(lambda: focused() is row.name, timeout=2000)
    shown = [w.text() for w in card.findChildren(QLabel) + card.findChildren(QLineEdit)]
    assert [t for t in shown if number[-4:] in t] == [f"My Number card: **** **** {number[-4:]}"]

    steps = Steps()
    steps.type(row.name, "見本 五郎")
    qtbot.waitUntil(lambda: row.kana.text() == "ミホン\u3000ゴロウ", timeout=10_000)
    steps.key(Qt.Key.Key_Return)  # name → kana suggestion
    steps.key(Qt.Key.Key_Return)  # kana read and kept → sex
    steps.key(Qt.Key.Key_M)
    steps.type(row.birth, "S30.7.7")
    steps.key(Qt.Key.Key_Return)  # → needs
    steps.key(Qt.Key.Key_Return)  # none → phone
    assert focused() is card.part.phone
    steps.type(card.part.phone, "0242-00-1234")
    steps.key(Qt.Key.Key_Return)
    steps.type(card.part.address, "デモ市本町1-2")
    with qtbot.waitSignal(card.slip_printer.ready, timeout=15_000) as printed:
        with qtbot.waitSignal(card.saved, timeout=10_000) as saved:
            steps.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _household_id, person_ids = saved.args
    assert window.mode == "desk"  # back to the desk for the next person

    # Persisted, checked in, linked to the card's token (read back through the core).
    person = people.get_person(kiosk.store, person_ids[0])
    assert (
        len(person_ids),
        person.name,
        person.kana,
        person.sex,
        person.birth,
        person.phone,
        person.state,
    ) == (1, "見本 五郎", "ミホン\u3000ゴロウ", "M", date(1955, 7, 7), "0242-00-1234", "in")
    assert [p.id for p in identify(kiosk.store, number, clock()).known] == [person.id]

    # The slip: rendered to PNG as a scanner would see paper, read back by our own decoder.
    assert [p.name for p in printed.args[0]] == ["見本 五郎"]
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "slips" / "page")], check=True
    )
    pages = sorted((tmp_path / "slips").glob("page*.png"))
    decoded = decode_files(pages)
    codes = [text for found in decoded for text in found.texts]
    assert len(pages) == 1 and len(codes) == 1 and codes[0].startswith("KSS1:")
    by_slip = identify(kiosk.store, codes[0], clock())
    assert ([p.id for p in by_slip.known], by_slip.slip.slip_id) == (  # type: ignore[union-attr]
        [person.id],
        person.slip_id,
    )

    # The raw number: not on the slip, not in any file of the store.
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "見本 五郎" in text and number not in text and number[:8] not in text
    stored = [p for p in kiosk_home.rglob("*") if p.is_file()]
    assert stored and not [p.name for p in stored if _holds(p, number)]
    window.close()


def _holds(path: Path, number: str) -> bool:
    """The number in the file as ASCII digits or as UTF-16 (how SQLite may store text)."""
    data = path.read_bytes()
    return number.encode() in data or number.encode("utf-16-le") in data
