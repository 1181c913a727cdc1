"""Sounds always come with a visual equivalent, and a machine without audio is no problem."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from ui.feedback import Feedback


def test_success_and_failure_flash_words_even_without_audio(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    window.resize(800, 600)
    qtbot.addWidget(window)
    window.show()
    feedback = Feedback(sounds=True)
    feedback.success(window, "受付しました")
    feedback.failure(window)
    shown = sorted(label.text() for label in window.findChildren(QLabel))
    assert (feedback.flashes, shown) == (2, ["✔ 受付しました", "✖ Please check"])
    qtbot.waitUntil(lambda: not window.findChildren(QLabel), timeout=3000)


def test_call_staff_in_self_checkin_sounds_the_alert_at_the_desk(
    qtbot, kiosk, workers, languages, caplog
) -> None:  # type: ignore[no-untyped-def]
    """'Call staff' tells the evacuee staff are coming: the kiosk must actually alert them."""
    import logging

    from kiosk.operations.settings import Settings
    from ui.actions import KioskActions
    from ui.i18n import tr_error
    from ui.screens.pages import page_factories

    caplog.set_level(logging.INFO, logger="ui.feedback")
    page = page_factories({}, Settings(sounds=False), tr_error, languages)["self_checkin"](
        KioskActions(kiosk, workers)
    )
    qtbot.addWidget(page)
    page.show()
    page.call_staff.click()
    assert "staff called from self check-in" in caplog.text
