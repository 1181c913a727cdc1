"""The QApplication of the kiosk: name, a font that has Japanese glyphs, the theme (normal,
large type, high contrast) and the language."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from kiosk.settings import Settings
from ui.i18n import Languages

__all__ = ["create_qapplication", "apply_theme", "JAPANESE_FONTS"]

JAPANESE_FONTS = (
    "IPAGothic",
    "IPAPGothic",
    "Noto Sans CJK JP",
    "Yu Gothic UI",
    "Meiryo",
    "MS Gothic",
)


def japanese_font_family() -> str | None:
    families = set(QFontDatabase.families())
    return next((f for f in JAPANESE_FONTS if f in families), None)


def apply_theme(app: QApplication, settings: Settings) -> None:
    family = japanese_font_family()
    font = QFont(family) if family else app.font()
    font.setPointSize(16 if settings.large_type else 12)
    app.setFont(font)
    if settings.high_contrast:
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#000000"),
            (QPalette.ColorRole.WindowText, "#ffffff"),
            (QPalette.ColorRole.Base, "#000000"),
            (QPalette.ColorRole.Text, "#ffffff"),
            (QPalette.ColorRole.Button, "#000000"),
            (QPalette.ColorRole.ButtonText, "#ffff00"),
            (QPalette.ColorRole.Highlight, "#ffff00"),
            (QPalette.ColorRole.HighlightedText, "#000000"),
        ):
            palette.setColor(role, QColor(color))
        app.setPalette(palette)
        app.setStyleSheet("QPushButton { border: 3px solid #ffff00; padding: 8px; }")
    else:
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet(
            "QPushButton { padding: 8px 14px; }"
            "QPushButton:default { background: #0b5; color: white; font-weight: bold; }"
            "QLabel#supportTag { background: #000; color: #ff0; padding: 6px; }"
            "QCheckBox::indicator { width: 28px; height: 28px; }"
        )


def create_qapplication(argv: Sequence[str], settings: Settings) -> tuple[QApplication, Languages]:
    app = QApplication.instance() or QApplication(list(argv) or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("shelter-kiosk")
    app.setOrganizationName("shelter-kiosk")
    apply_theme(app, settings)
    languages = Languages()
    languages.switch(settings.language)
    return app, languages
