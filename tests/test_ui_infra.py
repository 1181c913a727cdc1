"""The window's infrastructure, with real components offscreen: workers and error routing,
the PIN pad by keyboard alone, live language switching, sounds with flashes, Japanese glyphs
that are not tofu, the theme, and a GUI thread that stays responsive while frames decode."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator

# Offscreen before pytest-qt creates the QApplication (this file may run first or alone).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QThread, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPalette, QRawFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.basics.errors import Cancelled, NotFound, WrongPassphrase
from kiosk.core import Kiosk
from ui.camera import CameraWorker
from ui.feedback import Feedback, Flash
from ui.i18n import Languages, tr_error, tr_vocab
from ui.ops import Workers, error_message
from ui.theme import BASE_POINT_SIZE, LARGE_TYPE_SCALE, Theme, apply_theme, japanese_font_family
from ui.widgets.banner import Banner
from ui.widgets.camera_view import CameraView
from ui.widgets.pin_pad import PinPad

GENERAL_JA = "問題が発生しました。保存済みのデータは無事です。もう一度お試しください。"
GENERAL_EN = "Something went wrong. The data already saved is safe; please try again."


@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[None]:
    """Theme tests change the whole application's look: put it back for the next tests."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


# --- ops: workers and error routing ------------------------------------------------------


def test_result_is_computed_on_the_db_thread_and_delivered_on_the_gui_thread(
    qtbot, workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    delivered: list[tuple[str, bool]] = []
    gui = QThread.currentThread()
    workers.run_db(
        lambda: threading.current_thread().name.split("_")[0],
        lambda name: delivered.append((name, QThread.currentThread() is gui)),
    )
    assert delivered == []  # never synchronously, even for quick work
    qtbot.waitUntil(lambda: delivered != [])
    assert delivered == [("kiosk-db", True)]


def test_db_work_is_serialised_on_one_thread(qtbot, workers: Workers) -> None:  # type: ignore[no-untyped-def]
    order: list[int] = []
    threads: set[str] = set()

    def step(i: int) -> int:
        threads.add(threading.current_thread().name)
        return i

    for i in range(20):
        workers.run_db(lambda i=i: step(i), order.append)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert (order, len(threads)) == (list(range(20)), 1)


def test_a_report_running_does_not_hold_up_the_db_thread(qtbot, workers: Workers) -> None:  # type: ignore[no-untyped-def]
    """The dashboard's report waits here until a DB call (a check-in) has run: it only can
    if the two are on different threads (one thread would wait the whole 10 s and fail)."""
    checked_in = threading.Event()
    results: list[object] = []
    workers.run_report(lambda: checked_in.wait(10), results.append)
    workers.run_db(checked_in.set, results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=15_000)
    # The report saw the DB call's effect (True) instead of waiting out its 10 s (False).
    assert sorted(results, key=repr) == [None, True]


def test_kiosk_error_reaches_on_error_and_shows_its_translated_message(
    qtbot, workers: Workers, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    assert languages.switch("ja")
    errors: list[BaseException] = []

    def refuse() -> None:
        raise WrongPassphrase()

    def missing() -> None:
        raise NotFound(what="record", id="3f2a")

    workers.run_db(refuse, pytest.fail, errors.append)
    workers.run_network(missing, pytest.fail, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2)
    messages = sorted(error_message(e) or "" for e in errors)
    assert messages == sorted(
        ["パスフレーズが違います。何も変更していません。", "ID 3f2a のrecordはありません。"]
    )


def test_unexpected_error_is_logged_without_its_text_and_shown_in_general_terms(
    qtbot, workers: Workers, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    secret = "山田太郎 090-1234-5678"
    errors: list[BaseException] = []

    def crash() -> None:
        raise ValueError(secret)

    with caplog.at_level(logging.INFO):
        workers.run_db(crash, pytest.fail, errors.append)
        qtbot.waitUntil(lambda: errors != [])
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("ui.")]
    assert [error_message(e) for e in errors] == [GENERAL_EN]
    assert [("ValueError" in m, "山田" in m or "090" in m) for m in logged] == [(True, False)]
    assert "test_ui_infra.py" in logged[0]  # frames are kept: the bug can be found


def test_cancelled_is_silent(qtbot, workers: Workers) -> None:  # type: ignore[no-untyped-def]
    heard: list[object] = []

    def cancel() -> None:
        raise Cancelled()

    workers.run_db(cancel, heard.append, heard.append)
    # The db thread is serial and deliveries keep their order: once this one is back, the
    # cancelled one has been delivered too (to nobody).
    workers.run_db(lambda: "after", heard.append)
    qtbot.waitUntil(lambda: heard != [])
    assert (heard, error_message(Cancelled())) == (["after"], None)


def test_busy_only_after_half_a_second(qtbot, workers: Workers) -> None:  # type: ignore[no-untyped-def]
    seen: list[bool] = []
    workers.busy.connect(seen.append)
    done: list[object] = []
    workers.run_db(lambda: 1, done.append)
    qtbot.waitUntil(lambda: done != [])
    assert seen == []  # quick work: no progress indicator at all
    release = threading.Event()
    with qtbot.waitSignal(workers.busy, timeout=5000) as shown:
        workers.run_db(lambda: release.wait(10), done.append)
    with qtbot.waitSignal(workers.busy, timeout=5000) as hidden:
        release.set()
    assert (shown.args, hidden.args, seen) == ([True], [False], [True, False])


def test_work_after_shutdown_runs_nowhere_and_says_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    workers = Workers()
    workers.shutdown(wait=True)
    future = workers.run_db(lambda: 1, pytest.fail, pytest.fail)
    assert future.cancelled()


# --- widgets -----------------------------------------------------------------------------


def test_pin_pad_works_by_keyboard_alone_and_never_shows_digits(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = PinPad()
    qtbot.addWidget(pad)
    pad.show()
    pad.setFocus()
    qtbot.keyClicks(pad, "12a34")
    shown_while_typing = pad.display.text()
    qtbot.keyClick(pad, "\b")  # Backspace
    with qtbot.waitSignal(pad.entered) as entered:
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    names = [b.accessibleName() for b in pad.buttons.values()]
    assert (shown_while_typing, entered.args, pad.display.text(), pad.length) == (
        "●●●●",
        ["123"],
        "—",
        0,
    )
    assert names == [*"123456789", "Delete the last digit", "0", "Enter PIN"]


def test_language_switch_retranslates_widgets_live(qtbot, languages: Languages) -> None:  # type: ignore[no-untyped-def]
    pad, banner, view = PinPad(), Banner(), CameraView()
    for widget in (pad, banner, view):
        qtbot.addWidget(widget)
    banner.show_error(WrongPassphrase())

    def visible() -> tuple[str, ...]:
        return (
            pad.buttons["submit"].text(),
            pad.accessibleName(),
            banner.message,
            banner.accessibleName(),
            view.accessibleName(),
            tr_vocab("vehicle"),
            QCoreApplication.translate("QPlatformTheme", "Cancel"),  # Qt's own catalogue
        )

    english = visible()
    languages.switch("ja")
    # Qt posts LanguageChange to each window; the widgets re-run retranslate() on delivery.
    qtbot.waitUntil(
        lambda: pad.buttons["submit"].text() != "OK" and view.accessibleName() != english[4]
    )
    japanese = visible()
    assert (english, japanese) == (
        (
            "OK",
            "PIN pad",
            "Wrong passphrase for the kiosk data store. Nothing was changed.",
            "Error",
            "Camera preview",
            "In a vehicle",
            "Cancel",
        ),
        (
            "決定",
            "PIN入力",
            "パスフレーズが違います。何も変更していません。",
            "エラー",
            "カメラ映像",
            "車中泊",
            "キャンセル",
        ),
    )


def test_feedback_flashes_words_with_an_accessible_name_even_without_audio(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    window.resize(900, 600)
    qtbot.addWidget(window)
    window.show()
    feedback = Feedback(sounds=True)
    with qtbot.waitSignals([feedback.given, feedback.given]):
        feedback.success(window, "受付しました")
        feedback.failure(window)
    flashes = sorted((f.text(), f.accessibleName()) for f in window.findChildren(Flash))
    assert flashes == [("✔ 受付しました", "受付しました"), ("✖ Please check", "Please check")]
    qtbot.waitUntil(lambda: not window.findChildren(QLabel), timeout=3000)


# --- Japanese glyphs and the theme ---------------------------------------------------------


def _glyph_picture(font: QFont, text: str) -> bytes:
    image = QImage(96, 96, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(8, 72, text)
    painter.end()
    return bytes(image.constBits())


def test_kanji_render_with_real_glyphs_not_tofu(qapp: QApplication) -> None:
    family = japanese_font_family()
    assert family is not None, "install fonts-ipafont-gothic (scripts/setup.sh)"
    font = QFont(family, 48)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # no fallback to hide tofu
    text = "避難所受付"
    raw = QRawFont.fromFont(font)
    metrics = QFontMetrics(font)
    glyphs = raw.glyphIndexesForString(text)
    notdef = _glyph_picture(font, "\ue000")  # private use: this font's missing-glyph box
    pictures = [_glyph_picture(font, ch) for ch in text]
    blank = bytes([255]) * len(notdef)
    assert [raw.supportsCharacter(ord(c)) and metrics.inFontUcs4(ord(c)) for c in text] == [
        True
    ] * 5
    assert 0 not in glyphs and len(set(glyphs)) == 5  # glyph 0 is .notdef
    assert [p not in (notdef, blank) for p in pictures] == [True] * 5
    assert len(set(pictures)) == 5  # five kanji, five different pictures


def test_theme_large_type_and_high_contrast(qapp: QApplication, restore_theme: None) -> None:
    normal = apply_theme(qapp, Theme())
    normal_size, normal_window = (
        qapp.font().pointSize(),
        qapp.palette().color(QPalette.ColorRole.Window),
    )
    contrast = apply_theme(qapp, Theme(high_contrast=True, large_type=True))
    palette = qapp.palette()
    assert (normal_size, qapp.font().pointSize(), qapp.font().family()) == (
        BASE_POINT_SIZE,
        round(BASE_POINT_SIZE * LARGE_TYPE_SCALE),
        japanese_font_family(),
    )
    assert (normal.high_contrast, normal_window.lightness() > 200) == (False, True)
    assert (
        contrast.high_contrast,
        palette.color(QPalette.ColorRole.Window).name(),
        palette.color(QPalette.ColorRole.WindowText).name(),
        palette.color(QPalette.ColorRole.ButtonText).name(),
    ) == (True, "#000000", "#ffffff", "#ffff00")


def test_self_checkin_type_follows_the_large_type_setting_even_while_open(
    qtbot, qapp: QApplication, restore_theme: None, workers: Workers, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    """Self check-in has its own big sizes; large type makes them bigger still, also when the
    setting is switched with the screen already built."""
    from ui.actions import KioskActions
    from ui.screens.self_checkin import SelfCheckinScreen

    apply_theme(qapp, Theme())
    screen = SelfCheckinScreen(KioskActions(kiosk, workers), idle_seconds=30)
    qtbot.addWidget(screen)
    sizes = (screen.welcome_title.font().pointSize(), screen.confirm_button.font().pointSize())
    apply_theme(qapp, Theme(large_type=True))
    qapp.processEvents()
    larger = (screen.welcome_title.font().pointSize(), screen.confirm_button.font().pointSize())
    assert sizes == (40, 30)
    assert larger == (round(40 * LARGE_TYPE_SCALE), round(30 * LARGE_TYPE_SCALE))


def test_translated_error_fills_translated_params(languages: Languages) -> None:
    from kiosk.basics.errors import ValidationError

    languages.switch("ja")
    error = ValidationError("birth", "Use the form {example}.", example="1950-04-01")
    text = tr_error(error)
    assert text.startswith("生年月日") and "1950-04-01" in text and "{" not in text


# --- the camera worker and a responsive GUI thread ----------------------------------------


def _calibrated_work(target_s: float) -> int:
    """Iterations of pure-Python arithmetic that take about ``target_s`` on this machine
    (the fastest of several timings, so a busy machine makes the decoder slower, not faster)."""
    n = 20_000
    while True:
        start = time.perf_counter()
        _spin(n)
        if time.perf_counter() - start > 0.005:
            break
        n *= 4
    fastest = min(_timed(n) for _ in range(5))
    return max(1, int(n * target_s / fastest))


def _timed(n: int) -> float:
    start = time.perf_counter()
    _spin(n)
    return time.perf_counter() - start


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total = (total + i * i) % 1_000_003
    return total


def test_gui_thread_stays_responsive_while_frames_decode(qtbot, workers: Workers) -> None:  # type: ignore[no-untyped-def]
    decode_s = 0.030
    iterations = _calibrated_work(decode_s)
    rng = np.random.default_rng(7)
    frames = [rng.integers(0, 255, (720, 1280, 3), dtype=np.uint8) for _ in range(4)]
    stop = threading.Event()
    decode_times: list[float] = []

    def camera() -> Iterator[np.ndarray]:
        # A 60 fps camera: faster than the decoder, so frames must be dropped, not queued.
        i = 0
        while not stop.wait(1 / 60):
            yield frames[i % len(frames)]
            i += 1

    def slow_decode(frame: np.ndarray) -> tuple[str, ...]:
        start = time.perf_counter()
        _spin(iterations)  # holds the GIL like a pure-Python decoder would
        decode_times.append(time.perf_counter() - start)
        return (f"code-{frame.shape[1]}x{frame.shape[0]}",)

    view = CameraView()
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.show()
    worker = CameraWorker(camera, slow_decode, preview_fps=15, decoder=workers.executor("decode"))
    worker.frame.connect(view.show_frame)
    decoded: list[tuple[str, ...]] = []
    worker.decoded.connect(decoded.append)

    period_ms = 10
    lateness: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(period_ms)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def tick() -> None:
        lateness.append(max(0.0, clock.nsecsElapsed() / 1e6 - period_ms))
        clock.restart()

    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    worker.start()
    try:
        qtbot.waitUntil(lambda: len(decoded) >= 25 and view.frames_shown >= 5, timeout=20000)
    except Exception:
        print(
            "DEBUG",
            len(decoded),
            view.frames_shown,
            worker.frames_seen,
            worker.frames_decoded,
            len(decode_times),
        )
        raise
    finally:
        timer.stop()
        stop.set()
        worker.stop()
    ticks = lateness[1:]  # the first tick includes the worker's start-up
    median_decode = sorted(decode_times)[len(decode_times) // 2] * 1000
    worst = max(ticks)
    report = (
        f"decode median {median_decode:.1f} ms over {len(decode_times)} frames; "
        f"{worker.frames_seen} frames seen, {worker.frames_dropped} dropped, "
        f"{worker.frames_previewed} previewed; GUI timer ({len(ticks)} ticks of {period_ms} ms) "
        f"lateness max {worst:.1f} ms, median {sorted(ticks)[len(ticks) // 2]:.1f} ms"
    )
    print(report)
    assert decoded[0] == ("code-1280x720",), report
    assert worker.frames_dropped > 0, report  # a slow decoder drops frames instead of lagging
    assert worst < 100, report
    assert view.current_frame().size().toTuple() == (1280, 720)


def test_the_bundled_pdf_font_is_registered_when_the_system_has_no_japanese_font(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop with no Japanese font installed: the window takes the font the build carries
    (here the same IPA Gothic file, found through the PDF font lookup)."""
    from PySide6.QtGui import QFontDatabase

    import ui.theme as theme

    monkeypatch.setattr(theme, "JAPANESE_FONTS", ("No Such Font Family",))
    family = theme.japanese_font_family()
    assert family in QFontDatabase.families()
    font = QFont(family, 24)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # no fallback to hide tofu
    raw = QRawFont.fromFont(font)
    assert [raw.supportsCharacter(ord(c)) for c in "避難所"] == [True] * 3
