"""Complete Japanese: every marked string of ui/, kiosk/ and sync/ is in the catalogue and
translated, the compiled catalogues are current, and switching language changes what a page
shows. (That kanji render as real glyphs is tested in test_ui_infra.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Offscreen before pytest-qt creates the QApplication (this file may run first or alone).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.operations.settings import Settings
from ui.application import create_qapplication
from ui.i18n import LANGUAGES
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


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    """The committed .qm files are what lrelease makes of the committed .ts files (a
    translation added to a .ts but not compiled would never reach the window)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    stale = []
    for language in LANGUAGES:
        ts = REPO / "assets" / "translations" / f"kiosk_{language}.ts"
        fresh = tmp_path / f"kiosk_{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        if fresh.read_bytes() != ts.with_suffix(".qm").read_bytes():
            stale.append(language)
    assert stale == [], "run scripts/update_translations.py"


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
