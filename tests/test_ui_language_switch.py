"""Switching Japanese ↔ English at runtime changes every visible string of every main screen:
labels, buttons, tick boxes, group boxes, placeholders, tab and list texts, the window title,
the toolbar's actions and the status bar.

In Japanese, a visible text with Latin letters must also hold Japanese (kana or kanji) unless it
is a proper name, a code or a number (:data:`NOT_TRANSLATED`). In English, a text with Japanese
must be data (a name, the shelter's name, an address) or a word that is Japanese on purpose (the
language button 日本語, the search example さとう はなこ).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QWidget,
)

from kiosk.basics.languages import EVACUEE_LANGUAGES
from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from tests.test_ui_desk import SUPPORT, code
from tests.ui_window import (
    MANAGER_PIN,
    Desk,
    add_demo_staff,
    build_window,
    sign_in,
    trust_demo_keys,
)
from ui.screens.self_checkin import MORE_LANGUAGES

# Kana and kanji; not the middle dot ・ (U+30FB), which English text may use as a separator.
JAPANESE = re.compile(r"[\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff\uff66-\uff9f]")
LATIN = re.compile(r"[A-Za-z]{2,}")
#: Latin words a Japanese screen keeps as they are: product and standard names, codes.
NOT_TRANSLATED = re.compile(
    r"^(English|NGSI v2|NGSI-LD|OK|PIN|QR|City OS|OpenID Connect|https?://\S*|[A-Z0-9-]+)$"
)
#: Japanese an English screen keeps: the data on it (shelter, residents, staff labels), the
#: example names, the official terms the card and tag quote next to the English, and the
#: languages' own names on the self check-in's language buttons.
JAPANESE_ON_PURPOSE = (
    *(language.name for language in EVACUEE_LANGUAGES if language.code != "en"),
    MORE_LANGUAGES,
    "テスト避難所",
    "見本",
    "ミホン",
    "所長1",
    "さとう はなこ",
    "山田 花子",
    "(要支援)",
    "(安否情報の開示)",
)


def visible_texts(window: QMainWindow) -> list[tuple[str, str]]:
    """(where, text) of everything a person reads in the window now."""
    found: list[tuple[str, str]] = [("title", window.windowTitle())]
    found += [("toolbar", a.text()) for a in window.toolbar.actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((kind, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((f"{kind} placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        if isinstance(widget, QListWidget):
            found += [(kind, widget.item(i).text()) for i in range(widget.count())]
        if widget.accessibleName():
            found.append((f"{kind} accessible name", widget.accessibleName()))
    return [(where, text.replace("&", "")) for where, text in found if text.strip()]


def untranslated_in_japanese(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        (where, text)
        for where, text in texts
        if LATIN.search(text)
        and not JAPANESE.search(text)
        and not NOT_TRANSLATED.match(text.strip())
    ]


def japanese_in_english(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        (where, text)
        for where, text in texts
        if JAPANESE.search(text) and not any(word in text for word in JAPANESE_ON_PURPOSE)
    ]


@pytest.fixture
def desk(qtbot, kiosk: Kiosk, workers, languages, tmp_path: Path) -> Desk:  # type: ignore[no-untyped-def]
    seed(kiosk.ctx, 8)
    trust_demo_keys(kiosk)
    add_demo_staff(kiosk)
    return build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf")


def switch(qtbot, desk: Desk, language: str) -> None:  # type: ignore[no-untyped-def]
    """Switch and let the LanguageChange events reach every widget."""
    before = desk.window.pages["sign_in"].title.text()  # type: ignore[attr-defined]
    assert desk.languages.switch(language)
    qtbot.waitUntil(
        lambda: desk.window.pages["sign_in"].title.text() != before,  # type: ignore[attr-defined]
        timeout=2000,
    )
    qtbot.wait(50)  # the rest of the posted LanguageChange events


def open_screen(qtbot, desk: Desk, kiosk: Kiosk, name: str) -> None:  # type: ignore[no-untyped-def]
    window = desk.window
    if name == "desk":
        window.show_page("desk")
        window.on_code(code(kiosk, SUPPORT))
        page = window.pages["desk"]
        qtbot.waitUntil(page.card.isVisible, timeout=5000)  # type: ignore[attr-defined]
    elif name == "card":
        window.show_card()
    elif name == "self_checkin":
        window.enter_self_checkin()
        window.showNormal()
    else:
        window.show_page(name)
    qtbot.wait(100)


SCREENS = ["sign_in", "desk", "card", "operator", "settings", "self_checkin"]


@pytest.mark.parametrize("screen", SCREENS)
def test_every_visible_string_follows_the_language(
    qtbot, desk: Desk, kiosk: Kiosk, screen: str
) -> None:  # type: ignore[no-untyped-def]
    if screen != "sign_in":
        sign_in(qtbot, desk.window, MANAGER_PIN)
    open_screen(qtbot, desk, kiosk, screen)
    english = visible_texts(desk.window)
    switch(qtbot, desk, "ja")
    japanese = visible_texts(desk.window)
    switch(qtbot, desk, "en")
    back = visible_texts(desk.window)
    problems = (
        [("not Japanese", *t) for t in untranslated_in_japanese(japanese)]
        + [("Japanese in English", *t) for t in japanese_in_english(english)]
        + [("Japanese after switching back", *t) for t in japanese_in_english(back)]
        + [("lost switching back", *t) for t in sorted(set(english) - set(back))]
    )
    assert problems == [], "\n".join(map(str, problems))


def test_the_status_bar_queue_count_follows_the_language_at_once(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """Redrawn on the switch itself, not at the sync runner's next status (up to a minute)."""
    desk.window.set_queue_count(7)
    english = desk.window.queue_label.text()
    switch(qtbot, desk, "ja")
    japanese = desk.window.queue_label.text()
    switch(qtbot, desk, "en")
    assert (english, desk.window.queue_label.text()) == ("City OS queue: 7", english)
    assert "7" in japanese and untranslated_in_japanese([("queue", japanese)]) == []
    assert japanese != english
