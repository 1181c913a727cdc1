"""The status bar's people-inside count follows every write, whichever screen made it (issue #12
item 7): a check-out through the desk's dialog shows the new count at once, without the
five-second poll (stopped here, so only the change hook can refresh it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from tests.test_ui_desk import SINGLE, code
from tests.ui_window import add_demo_staff, build_window, sign_in, trust_demo_keys
from ui.screens.checkout_dialog import CheckoutDialog
from ui.screens.desk import DeskScreen


def test_check_out_in_the_desk_dialog_refreshes_the_people_inside_count(
    qtbot, kiosk: Kiosk, workers, languages, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    seed(kiosk.ctx, 5)
    trust_demo_keys(kiosk)
    add_demo_staff(kiosk)
    window = build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf").window
    window.refresh.stop()  # no poll: the count must follow the change itself
    sign_in(qtbot, window)
    desk = window.pages["desk"]
    assert isinstance(desk, DeskScreen)
    qtbot.waitUntil(lambda: window.last_status is not None, timeout=5000)
    window.on_code(code(kiosk, SINGLE))
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    with qtbot.waitSignal(desk.admitted, timeout=5000):
        QTest.keyClick(desk.card.confirm_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.last_status.present == 1, timeout=5000)
    inside_after_check_in = window.present_label.text()

    window.on_code(code(kiosk, SINGLE))
    qtbot.waitUntil(desk.card.isVisible, timeout=5000)
    QTest.keyClick(desk.card.confirm_button, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, CheckoutDialog), timeout=2000)
    dialog = desk.dialog
    assert isinstance(dialog, CheckoutDialog)
    QTest.keyClick(dialog.destination_buttons[0], Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.checked_out, timeout=5000):
        QTest.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.present_label.text().startswith("Inside 0 "), timeout=5000)
    assert (inside_after_check_in.split(" —")[0], window.present_label.text().split(" —")[0]) == (
        "Inside 1 / 10",
        "Inside 0 / 10",
    )
