"""`kiosk-app`: the kiosk window.

With no arguments it opens the embedded default: the demo shelter in ``.kiosk-demo`` (or
``$KIOSK_HOME``) with fake residents, demo City OS keys and demo staff PINs, and — when the
laptop has no webcam — the demo camera, so a newcomer sees the whole flow at once. With
``--home DIR`` it opens a real store (asking for the passphrase) or runs the first-run setup.
``--self-test`` checks an installation without a screen and exits.

The window runs as the child of a small supervisor (:mod:`kiosk.safety.supervise`) that starts it
again, locked and in the same mode, after a native crash; ``--no-supervisor`` runs it alone.
Every window sends faulthandler's report of a fatal error to a fault file in the log folder.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the supervisor needs is imported here: it runs in this process for as long as the
# window does, so it must not load Qt, nor the store and decoder libraries (and their threads).
# The window's imports are in the functions that use them.
from kiosk.basics.logs import enable_fault_log, log_dir, setup_file_logging
from kiosk.safety.supervise import MODES, Restart, Supervisor, WindowState, write_state

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from kiosk.basics.errors import KioskError
    from kiosk.core import Kiosk
    from kiosk.operations.settings import Settings
    from kiosk.scan import FrameSource
    from ui.camera import CameraWorker
    from ui.i18n import Languages
    from ui.main_window import MainWindow
    from ui.ops import Workers

__all__ = ["main", "camera_opener", "build_window", "show_window"]


def camera_opener(kiosk: Kiosk, spec: str, demo_fps: float = 15.0) -> Callable[[], FrameSource]:
    """A function that opens the configured frame source, falling back to the demo camera
    (``demo_fps`` frames a second; 0 = as fast as they are taken, for the soak benchmark).

    What the demo camera needs from the store is read here, by the caller before any DB work
    is under way: the returned function runs on the camera thread, which must not share the
    store's connection with the DB worker.
    """
    from kiosk.scan import CameraSource, SourceUnavailable, open_source
    from kiosk.scan.demo_camera import demo_camera, demo_codes

    ctx = kiosk.ctx
    key, shelter_id, clock = kiosk.signing_key(ctx), kiosk.shelter(ctx).id, ctx.clock

    def open_camera() -> FrameSource:
        if spec not in ("auto", "demo"):
            return open_source(spec)
        if spec == "auto":
            try:
                return CameraSource(0)
            except SourceUnavailable:
                pass
        codes = demo_codes(clock(), key, shelter_id)
        return demo_camera(codes, fps=demo_fps)

    return open_camera


def build_window(
    kiosk: Kiosk,
    settings: Settings,
    languages: Languages,
    workers: Workers,
    camera: str = "auto",
    demo_fps: float = 15.0,
) -> tuple[MainWindow, CameraWorker]:
    """The main window with its pages and the camera wired; returns (window, camera worker)."""

    from kiosk.scan import Acceptor, Pipeline, SignatureCheck
    from ui.actions import KioskActions
    from ui.backup_timer import install_backups
    from ui.camera import CameraWorker
    from ui.card_reader import CardReaderBridge
    from ui.desk_link import install_desk_link
    from ui.i18n import tr_error
    from ui.main_window import MainWindow, Pages
    from ui.screens.pages import page_factories, pin_dialog
    from ui.sync_runner import SyncRunner
    from ui.widgets.camera_view import CameraView

    # Read through the front door here on the GUI thread, before the window hands work to the
    # DB worker: the window cannot be built without them.
    opener = camera_opener(kiosk, camera, demo_fps)
    shelter_name = kiosk.shelter(kiosk.ctx).name
    # Signed codes are accepted on their first sighting: the check is crypto against this
    # snapshot, on the decode thread. The window imports no trust list while it runs (first run
    # does, before it opens); one imported beside it by the command line is read at the next
    # start — until then a code under a new key waits for a second sighting, as any unsigned
    # text does, and identify() always verifies against the list in the store.
    signature_check = SignatureCheck(kiosk.trust(kiosk.ctx), kiosk.ctx.clock)
    actions = KioskActions(kiosk, workers)
    actions.sign_out()
    views = {"desk": CameraView(), "self_checkin": CameraView(), "desks": CameraView()}
    runner = SyncRunner(kiosk, workers, settings)
    window = MainWindow(
        actions,
        settings,
        Pages(**page_factories(views, settings, tr_error, languages, runner)),
        shelter_name=shelter_name,
        ask_pin=pin_dialog,
    )
    worker = CameraWorker(
        opener,
        Pipeline().decode,
        Acceptor(verify=signature_check),
        decoder=workers.executor("decode"),
        handoff=workers.handoff,
    )
    for view in views.values():
        worker.frame.connect(view.show_frame)
    worker.accepted.connect(window.on_code)
    # IC card readers (PC/SC): a card put on a reader is read by the page showing.
    cards = CardReaderBridge(workers.handoff, window)
    cards.card_in.connect(window.on_card)
    cards.start()
    window.destroyed.connect(lambda *_: cards.stop())
    runner.status_changed.connect(lambda state: window.set_queue_count(state.pending))
    runner.setParent(window)
    runner.refresh()
    window.mode_changed.connect(lambda _mode: worker.reset_acceptor())
    install_backups(window, kiosk, workers, settings)  # every interval and at each lock
    # once a desk is paired: serve, find, sync; stopped at aboutToQuit, before the store closes
    install_desk_link(window, kiosk, workers)
    return window, worker


def _is_demo(args: argparse.Namespace) -> bool:
    return bool(args.demo or not (args.home or os.environ.get("KIOSK_HOME")))


def _home_of(args: argparse.Namespace) -> Path:
    if _is_demo(args):
        return Path(args.home or os.environ.get("KIOSK_HOME") or ".kiosk-demo")
    from kiosk.core import default_home  # reached only with $KIOSK_HOME, which it reads

    return Path(args.home) if args.home else default_home()


def show_window(window: MainWindow) -> None:
    """Show the window maximised to its screen's available area (without the taskbar), and
    never larger: on a 1366x768 or 1024x768 laptop every button is on screen. Un-maximised,
    it keeps that area too."""
    screen = window.screen()
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()


def _open_kiosk(args: argparse.Namespace) -> Kiosk | None:
    from kiosk.demos.residents import DEMO_PASSPHRASE, open_demo_kiosk

    home = _home_of(args)
    if _is_demo(args):
        return open_demo_kiosk(home, os.environ.get("KIOSK_PASSPHRASE", DEMO_PASSPHRASE))
    from ui.screens.unlock import unlock_or_setup

    return unlock_or_setup(home)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="kiosk-app",
        description="Shelter reception kiosk window.",
        epilog="example:\n  kiosk-app\n  kiosk-app --home D:\\kiosk --self-checkin",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--home", help="kiosk data directory of a real shelter")
    parser.add_argument("--demo", action="store_true", help="the demo shelter (the default)")
    parser.add_argument("--camera", help="auto, demo, a webcam index, a video file or a folder")
    parser.add_argument("--self-checkin", action="store_true", help="start in self check-in mode")
    parser.add_argument("--self-test", action="store_true", help="check the installation and exit")
    parser.add_argument(
        "--no-supervisor",
        action="store_true",
        help="run the window alone, not restarted after a crash (tests, debugging)",
    )
    # For scripts/bench_ui.py: time a built binary's cold start the way the source tree's is.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    # Given by the supervisor to its window: the state file, the mode, the restart it follows.
    parser.add_argument("--supervised", metavar="STATE", help=argparse.SUPPRESS)
    parser.add_argument("--window-mode", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--restarted", type=Restart.from_arg, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return self_test()
    if not (args.supervised or args.no_supervisor):
        return supervise(args, list(sys.argv[1:] if argv is None else argv))
    if args.window_mode:
        args.self_checkin = args.window_mode == "self_checkin"
    fault_file = _fault_log(args)

    from PySide6.QtCore import QCoreApplication

    from kiosk.demos.residents import DEMO_PINS
    from kiosk.operations.settings import Settings
    from kiosk.safety.home_lock import HomeInUse, lock_home
    from ui.application import create_qapplication
    from ui.ops import Workers
    from ui.theme import apply_theme

    app, languages = create_qapplication(sys.argv[:1], Settings())  # also the exception hook
    try:  # before the passphrase is asked for: one window per home
        window_lock = lock_home(_home_of(args))
    except HomeInUse as refused:
        print(f"kiosk-app: {refused.message}", file=sys.stderr)
        _show_refusal(refused)
        return 1  # a person's error: the supervisor does not restart it
    kiosk = _open_kiosk(args)
    if kiosk is None:
        return 1
    settings = kiosk.settings(kiosk.ctx)  # the window is built from them
    if settings.log_to_file:
        setup_file_logging(kiosk.home)
    apply_theme(app, settings)  # the shelter's type size and contrast
    languages.switch(settings.language)
    workers = Workers()
    if args.restarted:  # audited on the DB worker: the window does not wait for it
        restarted, acting = args.restarted, kiosk.ctx
        workers.run_db(
            lambda: kiosk.record_restart(acting, restarted.at, restarted.fault_file), _ignore
        )
    window, camera = build_window(
        kiosk, settings, languages, workers, args.camera or settings.camera
    )
    window.install_activity_filter(app)
    if (args.demo or not args.home) and not args.self_checkin:  # never on the evacuees' screen
        pins = ", ".join(f"{role} {pin}" for _, role, pin in DEMO_PINS)
        message = QCoreApplication.translate("MainWindow", "Demo shelter — PINs: {pins}")
        window.statusBar().showMessage(message.format(pins=pins))
    show_window(window)
    if args.self_checkin:
        window.enter_self_checkin()
    closing = _supervised(window, args, fault_file)
    if args.exit_when_ready:
        return _report_ready(app, window, camera, workers, kiosk)
    camera.start()
    code = app.exec()
    closing()
    camera.stop()
    window.kiosk_actions.close_reader()
    workers.shutdown()
    kiosk.close()
    if window_lock is not None:
        window_lock.release()
    return code


def _show_refusal(error: KioskError) -> None:
    """Say, in a message box, why this window cannot open."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ui.i18n import tr_error

    title = QCoreApplication.translate("MainWindow", "Shelter reception")
    QMessageBox.warning(None, title, tr_error(error))


def supervise(args: argparse.Namespace, argv: list[str]) -> int:
    """Run the window as the child of a supervisor that restarts it after a crash. The child is
    this program again (the frozen executable itself in a build), with the same arguments and
    the hidden ones naming its state file and mode; the passphrase, when given by
    ``KIOSK_PASSPHRASE``, reaches it through the environment and is never written down."""
    folder = log_dir(_home_of(args))
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:  # the window then says what is wrong with the home
        print(f"kiosk-app: no supervisor, cannot create {folder} ({exc.strerror})", file=sys.stderr)
        return main([*argv, "--no-supervisor"])
    state = folder / f"window-{os.getpid()}.json"
    program = _program()

    def command(mode: str, restart: Restart | None) -> list[str]:
        after = ["--restarted", restart.to_arg()] if restart else []
        return [*program, *argv, "--supervised", str(state), "--window-mode", mode, *after]

    return Supervisor(command, state, "self_checkin" if args.self_checkin else "desk").run()


def _fault_log(args: argparse.Namespace) -> Path | None:
    """Send fatal errors to a fault file, and tell the supervisor, if any, this window's pid,
    mode and fault file before anything else can crash."""
    try:
        fault_file: Path | None = enable_fault_log(_home_of(args))
    except OSError:  # a home that cannot be written: opening the store says what is wrong
        fault_file = None
    if args.supervised:
        mode = "self_checkin" if args.self_checkin else "desk"
        state = WindowState(os.getpid(), mode, fault_file=str(fault_file or ""))
        try:
            write_state(Path(args.supervised), state)
        except OSError:
            pass  # the supervisor then restarts in the mode it started
    return fault_file


def _program() -> list[str]:
    """The command that starts this program again: a PyInstaller build's executable is the
    program itself (it runs ui/app.py with the arguments given); from source, the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "ui.app"]


def _restartable() -> bool:
    """Whether the supervisor can start the program again (a build's executable re-invoked
    with arguments): ``--help`` through the same command, without a window."""
    import subprocess

    try:
        done = subprocess.run(
            [*_program(), "--help"], capture_output=True, text=True, timeout=120, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and "--no-supervisor" in done.stdout


def _supervised(
    window: MainWindow, args: argparse.Namespace, fault_file: Path | None
) -> Callable[[], None]:
    """The restart note, and the state reports to the supervisor; returns what to call when
    the window is closed on purpose."""
    from ui.supervised import report_state, show_restart_note

    if args.restarted:
        show_restart_note(window, args.restarted)
    if not args.supervised:
        return lambda: None
    return report_state(window, Path(args.supervised), fault_file)


def _report_ready(
    app: QApplication, window: MainWindow, camera: CameraWorker, workers: Workers, kiosk: Kiosk
) -> int:
    """Print the wall-clock time at which the first page is on screen, then close: the cold
    start of ``--exit-when-ready`` (a new process → the window shown), as bench_ui measures it
    for the source tree. The camera is never started."""
    import time

    app.processEvents()
    print(f"ready {time.time():.3f}", flush=True)
    window.close()
    camera.stop()
    window.kiosk_actions.close_reader()
    workers.shutdown()
    kiosk.close()
    return 0


def self_test() -> int:
    """The core self-test, then what the installed Qt must provide, offscreen: the window built,
    the Qt modules and plugins it loads, slip printing to PDF, a Japanese font and the
    catalogues. Prints one line per step; 0 when every step passed."""
    from kiosk.demos.residents import open_demo_kiosk
    from kiosk.operations.settings import Settings
    from kiosk.safety.self_test import run_self_test

    result = run_self_test()
    for step in result.steps:
        print(f"ok    {step}")
    if not result.ok:
        print(f"FAIL  {result.failed_step}")
        return 1
    import tempfile

    from ui.application import create_qapplication
    from ui.ops import Workers

    app, languages = create_qapplication(sys.argv[:1], Settings())
    with tempfile.TemporaryDirectory(prefix="kiosk-selftest-ui-") as tmp:
        kiosk = open_demo_kiosk(Path(tmp) / "demo", people=5)
        workers = Workers()
        window, _camera = build_window(kiosk, Settings(), languages, workers, camera="demo")
        window.show()
        app.processEvents()
        checks = [(f"window with {window.stack.count()} pages", window.stack.count() >= 3)]
        window.close()
        workers.shutdown()
        kiosk.close()
        checks += _qt_checks(languages, Path(tmp))
    checks.append(("the supervisor can start the window again", _restartable()))
    for name, ok in checks:
        print(f"{'ok  ' if ok else 'FAIL'}  {name}")
    ok = all(passed for _, passed in checks)
    print("self-test passed" if ok else "self-test failed")
    return 0 if ok else 1


def _qt_checks(languages: Languages, tmp: Path) -> list[tuple[str, bool]]:
    """What a trimmed build could lose: each (step, passed); an exception fails its step."""
    checks: list[tuple[str, bool]] = []
    for name, check in (
        ("Qt modules: Charts, Multimedia, PrintSupport, Svg", _qt_modules),
        ("slip printed to PDF through QtPrintSupport", lambda: _slip_pdf(tmp)),
        ("Japanese font for the window", _window_font),
        ("Japanese catalogues (kiosk and Qt)", lambda: _catalogues(languages)),
    ):
        try:
            passed = bool(check())
        except Exception:  # noqa: BLE001 - the self-test names the step, never data
            passed = False
        checks.append((name, passed))
    return checks


def _qt_modules() -> bool:
    from PySide6.QtCharts import QChart, QLineSeries
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    from PySide6.QtSvg import QSvgRenderer

    chart = QChart()
    chart.addSeries(QLineSeries())
    QMediaDevices.audioOutputs()  # no device is fine; the call must not fail
    return QSoundEffect() is not None and QSvgRenderer() is not None and len(chart.series()) == 1


def _slip_pdf(tmp: Path) -> bool:
    from PySide6.QtPrintSupport import QPrinter

    from kiosk.demos.residents import DEMO_SHELTER
    from ui.slip_print import SlipPage, paint_pages

    path = tmp / "slip.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    page = SlipPage(
        DEMO_SHELTER.name,
        "見本 自己診断",
        "ミホン ジコシンダン",
        None,
        "KSS1:SELFTEST",
        "selftest",
        True,
    )
    paint_pages(printer, [page])
    return path.read_bytes().startswith(b"%PDF")


def _window_font() -> bool:
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.theme import japanese_font_family

    family = japanese_font_family()
    return family is not None and QFontMetrics(QFont(family)).inFontUcs4(ord("避"))


def _catalogues(languages: Languages) -> bool:
    from PySide6.QtCore import QCoreApplication

    # Looked up through variables so lupdate does not take Qt's own "Cancel" into our catalogue.
    probes = (("Unlock", "Unlock the kiosk"), ("QPlatformTheme", "Cancel"))
    try:
        loaded = languages.switch("ja")
        translated = [QCoreApplication.translate(context, text) for context, text in probes]
    finally:
        languages.switch("en")
    return loaded and all(t != text for t, (_, text) in zip(translated, probes, strict=True))


def _ignore(_: object) -> None:
    pass


if __name__ == "__main__":
    sys.exit(main())
