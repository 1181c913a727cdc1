"""Complete Japanese: every marked string of ui/, kiosk/ and sync/ is in the catalogue and
translated; kanji render with real glyphs; switching language changes what a page shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QRawFont
from PySide6.QtWidgets import QApplication

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.settings import Settings
from ui.application import create_qapplication, japanese_font_family
from ui.screens.self_checkin import SelfCheckinScreen

REPO = Path(__file__).resolve().parent.parent


def test_every_marked_string_has_a_finished_japanese_translation() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert (result.returncode, result.stdout) == (0, "")


def test_kanji_render_as_glyphs_not_tofu(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    family = japanese_font_family()
    assert family is not None
    font = QFont(family, 24)
    raw = QRawFont.fromFont(font)
    text = "避難所受付"
    assert [raw.supportsCharacter(ord(ch)) for ch in text] == [True] * len(text)
    images = []
    for ch in "避難":
        image = QImage(64, 64, QImage.Format.Format_Grayscale8)
        image.fill(255)
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(8, 48, ch)
        painter.end()
        images.append(bytes(image.constBits()))
    assert images[0] != images[1]  # two kanji, two different pictures (tofu boxes look alike)
    assert QFontMetrics(font).horizontalAdvance(text) > 0 and app is not None


def test_switching_language_changes_the_visible_strings(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    from ui.actions import KioskActions
    from ui.ops import Workers

    _, languages = create_qapplication(["test"], Settings(language="en"))
    workers = Workers()
    page = SelfCheckinScreen(KioskActions(kiosk, workers))
    qtbot.addWidget(page)
    english = (page.welcome_title.text(), page.call_staff.text())
    assert languages.switch("ja")
    qtbot.waitUntil(lambda: page.call_staff.text() != english[1], timeout=2000)
    japanese = (page.welcome_title.text(), page.call_staff.text())
    languages.switch("en")
    workers.shutdown()
    assert (english, japanese) == (
        ("Welcome. Please check in here.", "Call staff"),
        ("ようこそ。こちらで受付をしてください。", "職員を呼ぶ"),
    )
