"""The whole kiosk window over a test kiosk, for flow tests: the real pages (the factories
`kiosk-app` uses), the real workers and a real language switcher; no camera worker — tests hand
codes to :meth:`MainWindow.on_code`, the slot the camera's ``accepted`` signal is wired to.

Only the walk-in card's slip output differs from the app: it writes a PDF to a path the test
chose instead of opening the print dialog (a modal dialog nobody could answer offscreen).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.access.staff import add_staff
from kiosk.city.trust_store import import_trust
from kiosk.core import Kiosk
from kiosk.identity import dump_trust_list
from kiosk.identity.demo import demo_trust_list
from kiosk.operations.settings import Settings
from kiosk.operations.shelter import get_shelter
from ui.actions import KioskActions
from ui.i18n import Languages, tr_error
from ui.main_window import MainWindow, Pages
from ui.ops import Workers
from ui.screens.card_form import CardForm
from ui.screens.pages import page_factories
from ui.slip_print import SlipPrinter, write_pdf
from ui.sync_runner import SyncRunner

STAFF_PIN, OPERATOR_PIN, MANAGER_PIN = "1357", "2468", "3690"


@dataclass
class Desk:
    """A built window and what a test needs next to it."""

    window: MainWindow
    actions: KioskActions
    workers: Workers
    languages: Languages
    slips_pdf: Path
    kana: str = ""  # a seeded resident's reading and name, for tests that search
    name: str = ""


def trust_demo_keys(kiosk: Kiosk) -> None:
    """The demo City OS keys trusted, so demo app codes verify."""
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))


def add_demo_staff(kiosk: Kiosk) -> None:
    for label, role, pin in (
        ("受付1", "staff", STAFF_PIN),
        ("同期1", "operator", OPERATOR_PIN),
        ("所長1", "manager", MANAGER_PIN),
    ):
        add_staff(kiosk.ctx, label, role, pin)


def build_window(
    qtbot,  # type: ignore[no-untyped-def]
    kiosk: Kiosk,
    workers: Workers,
    languages: Languages,
    slips_pdf: Path,
    settings: Settings | None = None,
) -> Desk:
    """The main window as `kiosk-app` builds it (see :func:`ui.app.build_window`), shown.

    The window's idle-activity filter is not installed on the application here: a filter that
    outlived its window would be called on a deleted one. Idle tests install it themselves."""
    settings = settings or Settings()
    actions = KioskActions(kiosk, workers)
    actions.sign_out()
    runner = SyncRunner(kiosk, workers, settings)
    factories = page_factories({}, settings, tr_error, languages, runner)
    factories["card"] = lambda acts: CardForm(
        acts, SlipPrinter(acts, output=lambda pages: write_pdf(slips_pdf, pages))
    )
    window = MainWindow(
        actions,
        settings,
        Pages(**factories),
        shelter_name=get_shelter(kiosk.store).name,
    )
    runner.setParent(window)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return Desk(window, actions, workers, languages, slips_pdf)


def sign_in(qtbot, window: MainWindow, pin: str = STAFF_PIN) -> None:  # type: ignore[no-untyped-def]
    """Type the PIN on the sign-in page's pad and press Enter, as staff do."""
    pad = window.pages["sign_in"].pad  # type: ignore[attr-defined]
    qtbot.waitUntil(pad.hasFocus, timeout=2000)
    for digit in pin:
        QTest.keyClick(pad, digit)
    QTest.keyClick(pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == "desk", timeout=10_000)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


WindowFactory = Callable[..., Desk]
