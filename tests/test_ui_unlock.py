"""The passphrase prompt on a real store: the Argon2id key derivation runs on a worker while
the GUI event loop keeps running and the prompt says it is opening; a wrong passphrase shows
its translated message in place; too many wrong ones give up."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

# Offscreen before pytest-qt creates the QApplication (this file may run first or alone).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from kiosk.core import Kiosk
from kiosk.operations.shelter import get_shelter
from tests.conftest import PASSPHRASE, SHELTER
from ui.i18n import Languages
from ui.ops import Workers
from ui.screens.unlock import MAX_ATTEMPTS, UnlockDialog

OPENING_EN = "Opening the shelter's data… this takes a moment."
WRONG_JA = "パスフレーズが違います。もう一度入力してください。"


@pytest.fixture
def fast_home(make_kiosk: Callable[..., Kiosk], tmp_path: Path) -> Path:
    """A real store with the tests' cheap key derivation (for the error paths)."""
    home = tmp_path / "shelter"
    make_kiosk(home=home).close()
    return home


def _prompt(qtbot, home: Path, workers: Workers) -> UnlockDialog:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(home, workers)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.field().setFocus()
    return dialog


def _enter(dialog: UnlockDialog, passphrase: str) -> None:
    QTest.keyClicks(dialog.field(), passphrase)
    QTest.keyClick(dialog.field(), Qt.Key.Key_Return)


def test_store_opens_on_a_worker_while_the_event_loop_keeps_running(
    qtbot, workers: Workers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "shelter"
    Kiosk.create(home, PASSPHRASE, SHELTER).close()  # the production Argon2id cost
    dialog = _prompt(qtbot, home, workers)

    period_ms = 10
    lateness: list[float] = []
    seen_while_busy: list[tuple[str, bool, bool]] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(period_ms)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def tick() -> None:
        lateness.append(max(0.0, clock.nsecsElapsed() / 1e6 - period_ms))
        clock.restart()
        if dialog.busy:
            seen_while_busy.append(
                (dialog.labelText(), dialog.field().isReadOnly(), dialog.isVisible())
            )
            QTest.keyClick(dialog.field(), Qt.Key.Key_Escape)  # cannot cancel mid-open

    timer.timeout.connect(tick)
    opening = QElapsedTimer()
    with qtbot.waitSignal(dialog.opened, timeout=30_000) as opened:
        _enter(dialog, PASSPHRASE)
        opening.start()
        clock.start()
        timer.start()
    open_ms = opening.elapsed()
    timer.stop()

    kiosk = opened.args[0]
    try:
        assert get_shelter(kiosk.store).name == SHELTER.name
    finally:
        kiosk.close()
    ticks = lateness[1:]
    report = (
        f"store opened in {open_ms} ms; GUI timer ({len(ticks)} ticks of {period_ms} ms) "
        f"lateness max {max(ticks, default=0):.1f} ms"
    )
    print(report)
    assert set(seen_while_busy) == {(OPENING_EN, True, True)}, report
    assert len(ticks) >= 3, report  # the event loop ran while the key was derived
    assert max(ticks) < 100, report
    assert (dialog.result(), dialog.kiosk, dialog.textValue()) == (
        QDialog.DialogCode.Accepted,
        kiosk,
        "",
    )


def test_wrong_passphrase_shows_its_translated_message_in_place(
    qtbot, workers: Workers, fast_home: Path, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    languages.switch("ja")
    dialog = _prompt(qtbot, fast_home, workers)
    _enter(dialog, "not it")
    qtbot.waitUntil(lambda: dialog.attempts == 1 and not dialog.busy, timeout=10_000)

    lines = dialog.labelText().splitlines()
    assert (lines[0], lines[-1], dialog.isVisible(), dialog.textValue()) == (
        WRONG_JA,
        str(fast_home),
        True,
        "",
    )
    assert not dialog.field().isReadOnly() and dialog.field().hasFocus()

    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        _enter(dialog, PASSPHRASE)
    opened.args[0].close()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_gives_up_after_too_many_wrong_passphrases(
    qtbot, workers: Workers, fast_home: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _prompt(qtbot, fast_home, workers)
    with qtbot.waitSignal(dialog.rejected, timeout=20_000):
        for attempt in range(1, MAX_ATTEMPTS + 1):
            _enter(dialog, f"wrong {attempt}")
            qtbot.waitUntil(lambda n=attempt: dialog.attempts == n, timeout=10_000)
    assert (dialog.kiosk, dialog.attempts, dialog.isVisible()) == (None, MAX_ATTEMPTS, False)
