"""The evacuee's language list: every language of :mod:`kiosk.basics.languages`, each button showing
the language's own name (no flags), large enough to press at large type.

The page's title is said in the language the screen shows now and, below, in English and
Japanese: a person who reads neither still finds their own language's name among the buttons.
``chosen(code)`` is emitted when a language is pressed; ``back`` when "Back" is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.basics.languages import EVACUEE_LANGUAGES
from ui.theme import set_points
from ui.widgets.flow_layout import FlowLayout, FlowScrollArea

__all__ = ["LanguagePage", "MIN_TARGET"]

#: The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels).
MIN_TARGET = 44


class LanguagePage(QWidget):
    """A page of language buttons (endonyms). ``select(code)`` marks the current one."""

    chosen = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePage")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_points(self.title, 30, bold=True)
        # Fixed, not translated: "Language" in the shelter's two staff languages.
        self.subtitle = QLabel("Language · 言語（げんご）")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_points(self.subtitle, 20)
        body = QWidget()
        grid = FlowLayout(body, spacing=10)
        #: (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`
        self.buttons: list[tuple[str, QPushButton]] = []
        for language in EVACUEE_LANGUAGES:
            button = QPushButton(language.name)
            button.setObjectName(f"language-{language.code}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(72)
            button.setMinimumWidth(220)
            button.setAccessibleName(language.name)
            set_points(button, 24, bold=True)
            button.clicked.connect(lambda _=False, c=language.code: self._press(c))
            grid.add(button, 1)
            self.buttons.append((language.code, button))
        scroll = FlowScrollArea()
        scroll.setFrameShape(FlowScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.back_button = QPushButton()
        self.back_button.setObjectName("languageBack")
        self.back_button.setMinimumHeight(72)
        set_points(self.back_button, 22, bold=True)
        self.back_button.clicked.connect(self.back.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.back_button)
        self.retranslate()

    def select(self, code: str) -> None:
        """Mark ``code`` as the language shown now (the others unmarked)."""
        for own, button in self.buttons:
            button.setChecked(own == code)

    def _press(self, code: str) -> None:
        self.select(code)
        self.chosen.emit(code)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose your language"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back without changing the language"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
