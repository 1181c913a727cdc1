"""Every screen fits a 1024x768 and a 1366x768 display: no widget past the window's edge and no
sideways scrolling, with realistic content (the demo household of six on the desk's card, the
self check-in card and the walk-in card form; the operator panel with its banner; the
dialogs).

The whole window is built over a real store (tests/ui_window.py), resized to the display's
size (offscreen has no window frame) and each page brought up as staff would; then every visible
widget's rectangle, mapped to the window, must lie inside it — widgets inside a scroll area
only have to fit its viewport's width, since scrolling down is allowed — and no scroll area may
show a horizontal scroll bar. The window itself must have taken the size: a layout whose
minimum is larger makes Qt grow the window past the screen.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget, QWizard
from pytestqt.exceptions import TimeoutError as NotSettled

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.core import Kiosk
from kiosk.demos.residents import seed
from kiosk.identity.demo import demo_app_codes, demo_household_of_six
from kiosk.operations.provisioning import set_client_secret
from kiosk.operations.settings import load_settings, save_settings
from tests.conftest import FAST_KDF, REPO
from tests.ui_window import (
    MANAGER_PIN,
    OPERATOR_PIN,
    Desk,
    add_demo_staff,
    build_window,
    sign_in,
    trust_demo_keys,
)
from ui.screens.card_form import CardForm
from ui.screens.checkout_dialog import CheckoutDialog
from ui.screens.desk import DeskScreen
from ui.screens.first_run import FirstRunWizard
from ui.screens.pickup_dialog import PickupDialog
from ui.screens.self_checkin import SelfCheckinScreen
from ui.screens.survey import SurveyDialog
from ui.theme import _TYPE_SCALE as TYPE_SCALE
from ui.theme import Theme, apply_theme

SIZES = {"1024x768": QSize(1024, 768), "1366x768": QSize(1366, 768)}
#: Language and theme as a shelter sets them: the app's own font in both languages, and the
#: large-type setting (every size x1.4).
LOOKS = {"en": ("en", Theme()), "ja": ("ja", Theme()), "en-large": ("en", Theme(large_type=True))}
#: (look, display) pairs checked: both displays in English; Japanese and large type on the
#: narrow one (the height, 768, is the same on both).
DISPLAYS = [("en", "1024x768"), ("en", "1366x768"), ("ja", "1024x768"), ("en-large", "1024x768")]
SIX = "Household of six (テスト 一郎)"


# --- the check ------------------------------------------------------------------------------


def _name(widget: QWidget) -> str:
    parts = []
    while widget is not None and not widget.isWindow():
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts))


def _scroll_viewport(widget: QWidget, top: QWidget) -> QWidget | None:
    """The viewport of the innermost scroll area ``widget`` scrolls in, if any."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return parent
        parent = parent.parentWidget()
    return None


def overflowing(top: QWidget) -> list[str]:
    """What does not fit ``top``: widgets past its rectangle (inside a scroll area: past the
    viewport's left or right edge), and scroll areas showing a horizontal scroll bar."""
    bounds = top.rect()
    found = []
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible():
            continue
        rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        viewport = _scroll_viewport(widget, top)
        if viewport is not None:
            port = QRect(viewport.mapTo(top, QPoint(0, 0)), viewport.size())
            inside = port.left() <= rect.left() and rect.right() <= port.right()
        else:
            inside = bounds.contains(rect)
        if not inside:
            found.append(f"{_name(widget)} at {rect.getRect()} outside {bounds.getRect()}")
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{_name(widget)} scrolls sideways")
    return found


def assert_fits(qtbot, top: QWidget, size: QSize) -> None:  # type: ignore[no-untyped-def]
    """``top`` keeps ``size`` and nothing in it reaches past its edges, once its layouts have
    settled (a scroll area measures its content again on the next turn of the event loop)."""
    with contextlib.suppress(NotSettled):
        qtbot.waitUntil(lambda: top.size() == size and not overflowing(top), timeout=5000)
    assert (top.size(), overflowing(top)) == (size, [])


# --- the window and its pages ---------------------------------------------------------------


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    """The window's real font and stylesheet (what tests otherwise run without), put back
    afterwards for the next tests."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    scale = qapp.property(TYPE_SCALE)
    apply_theme(qapp, Theme())
    yield
    qapp.setProperty(TYPE_SCALE, scale)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def shelter(kiosk: Kiosk) -> Kiosk:
    """A shelter with residents, the demo City OS keys trusted and the three staff roles."""
    seed(kiosk.ctx, 30)
    trust_demo_keys(kiosk)
    add_demo_staff(kiosk)
    return kiosk


def unreachable_city_os(kiosk: Kiosk) -> None:
    """Sync set up against a City OS (and login service) on a local port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    settings = replace(load_settings(kiosk.store), cityos_endpoint=url, oidc_issuer=url)
    save_settings(kiosk.ctx, replace(settings, oidc_client_id="kiosk", sync_automatic=False))
    set_client_secret(kiosk.ctx, "not-a-real-secret")


def six_code(kiosk: Kiosk) -> str:
    return next(c.text for c in demo_app_codes(kiosk.ctx.now()) if c.label == SIX)


def open_window(qtbot, shelter: Kiosk, workers, languages, tmp_path: Path, size: QSize) -> Desk:  # type: ignore[no-untyped-def]
    desk = build_window(qtbot, shelter, workers, languages, tmp_path / "slips.pdf")
    desk.window.resize(size)
    QApplication.processEvents()
    return desk


def desk_with_six(qtbot, desk: Desk, kiosk: Kiosk) -> DeskScreen:  # type: ignore[no-untyped-def]
    sign_in(qtbot, desk.window)
    page = desk.window.pages["desk"]
    assert isinstance(page, DeskScreen)
    page.on_code(six_code(kiosk))
    qtbot.waitUntil(lambda: page.card.isVisible() and len(page.card.rows) == 6, timeout=5000)
    return page


def card_with_six(qtbot, desk: Desk, kiosk: Kiosk) -> CardForm:  # type: ignore[no-untyped-def]
    """The walk-in card with the six of the demo household typed in, needs with their detail
    fields open, a vehicle stay and the first member's My Number card linked."""
    sign_in(qtbot, desk.window)
    desk.window.show_card()
    card = desk.window.pages["card"]
    assert isinstance(card, CardForm)
    members = demo_household_of_six(kiosk.ctx.now()).members
    details = {"medication": "降圧剤", "allergies": "卵・乳", "dietary": "乳製品なし"}
    for index, member in enumerate(members):
        row = card.rows[0] if index == 0 else card.add_row()
        row.set_state(
            {
                "name": member.name,
                "kana": member.kana,
                "sex": member.sex,
                "birth": member.birth.isoformat(),
                "relationship": member.relationship,
                "needs": sorted(member.needs),
                "details": {**details, "care_level": "要介護2", "illness": "高血圧"},
                "mynumber_token": "t" * 16 if index == 0 else None,
                "mynumber_masked": "**** **** 1234" if index == 0 else "",
            }
        )
    card.part.set_state(
        {
            "phone": "000-1234-5600",
            "address": "デモ県デモ市北見本町四丁目五番六号 見本荘 二〇一号室",
            "stay": "vehicle",
            "vehicle_plate": "デモ 500 あ 12-34",
            "vehicle_type": "白のワンボックス",
            "pets": "犬",
            "pet_count": 1,
            "emergency_contact": "000-9876-5432 見本 さくら",
            "note": "車いす用の通路が必要",
            "consent": ["anpi", "family.emergency", "city.emergency"],
        }
    )
    return card


def self_checkin_with_six(qtbot, desk: Desk, kiosk: Kiosk) -> SelfCheckinScreen:  # type: ignore[no-untyped-def]
    sign_in(qtbot, desk.window)
    desk.window.show_page("self_checkin")
    page = desk.window.pages["self_checkin"]
    assert isinstance(page, SelfCheckinScreen)
    page.on_code(six_code(kiosk))
    qtbot.waitUntil(lambda: page.confirm_button.isVisible(), timeout=5000)
    return page


def survey_after_self_checkin(qtbot, desk: Desk, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    page = self_checkin_with_six(qtbot, desk, kiosk)
    page.confirm_button.click()
    qtbot.waitUntil(page.survey_button.isVisible, timeout=5000)
    page.survey_button.click()
    qtbot.waitUntil(page.survey.isVisible, timeout=5000)


def operator_missing_keys(qtbot, desk: Desk, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    """The operator panel of a shelter with no City OS keys: asking for the roster says why."""
    sign_in(qtbot, desk.window, OPERATOR_PIN)
    desk.window.show_page("operator")
    panel = desk.window.pages["operator"]
    panel.pull()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.banner.kind == "warning", timeout=5000)  # type: ignore[attr-defined]


def operator_offline(qtbot, desk: Desk, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    """The operator panel of a shelter whose City OS does not answer: the household of six
    checked in waits in the queue, "send now" says the City OS is not reachable."""
    page = desk_with_six(qtbot, desk, kiosk)
    with qtbot.waitSignal(page.admitted, timeout=5000):
        page.card.confirm_button.click()
    desk.window.lock()
    sign_in(qtbot, desk.window, OPERATOR_PIN)
    desk.window.show_page("operator")
    panel = desk.window.pages["operator"]
    panel.push()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.banner.kind == "warning", timeout=20_000)  # type: ignore[attr-defined]


def settings_page(qtbot, desk: Desk, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, desk.window, MANAGER_PIN)
    desk.window.show_page("settings")


def dashboard_with_figures(qtbot, desk: Desk, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    """The dashboard once its figures are in: the household of six checked in at the desk
    (their needs fill the care list), then the manager opens it."""
    page = desk_with_six(qtbot, desk, kiosk)
    with qtbot.waitSignal(page.admitted, timeout=5000):
        page.card.confirm_button.click()
    desk.window.lock()
    sign_in(qtbot, desk.window, MANAGER_PIN)
    desk.window.show_page("dashboard")
    dashboard = desk.window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=10_000)  # type: ignore[attr-defined]


def desks_page(qtbot, desk: Desk, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    """The manager's Desks page, opened from the settings, showing a pairing code."""
    settings_page(qtbot, desk, kiosk)
    desk.window.pages["settings"].desks_button.click()  # type: ignore[attr-defined]
    page = desk.window.pages["desks"]
    page.show_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.qr.pixmap().isNull(), timeout=5000)  # type: ignore[attr-defined]


PAGES: dict[str, Callable[..., object]] = {
    "sign_in": lambda qtbot, desk, kiosk: None,
    "desk_confirm_six": desk_with_six,
    "card_form_six": card_with_six,
    "self_checkin_confirm_six": self_checkin_with_six,
    "survey": survey_after_self_checkin,
    "operator_missing_keys": operator_missing_keys,
    "operator_offline": operator_offline,
    "dashboard": dashboard_with_figures,
    "settings": settings_page,
    "desks_code": desks_page,
}


@pytest.mark.parametrize("page", list(PAGES))
@pytest.mark.parametrize(("look", "size"), DISPLAYS)
def test_every_page_fits_the_display(
    qtbot, qapp, shelter: Kiosk, workers, languages, tmp_path: Path, look: str, size: str, page: str
) -> None:  # type: ignore[no-untyped-def]
    language, theme = LOOKS[look]
    apply_theme(qapp, theme)
    if page == "operator_offline":
        unreachable_city_os(shelter)
    desk = open_window(qtbot, shelter, workers, languages, tmp_path, SIZES[size])
    languages.switch(language)
    PAGES[page](qtbot, desk, shelter)
    assert_fits(qtbot, desk.window, SIZES[size])


# --- dialogs --------------------------------------------------------------------------------


def six_checked_in(qtbot, page: DeskScreen, kiosk: Kiosk) -> DeskScreen:  # type: ignore[no-untyped-def]
    """The household of six checked in and its card shown again: F4/F5/F6 act on all six."""
    with qtbot.waitSignal(page.admitted, timeout=5000):
        page.card.confirm_button.click()
    page.on_code(six_code(kiosk))
    qtbot.waitUntil(lambda: page.card.isVisible() and len(page.card.rows) == 6, timeout=5000)
    return page


DIALOGS: dict[str, Callable[[DeskScreen], None]] = {
    "checkout": DeskScreen.check_out_selected,
    "pickup": DeskScreen.pickup_selected,
    "survey": DeskScreen.survey_selected,
}


@pytest.mark.parametrize("name", list(DIALOGS))
@pytest.mark.parametrize("size", list(SIZES))
def test_desk_dialogs_fit_the_display(
    qtbot, shelter: Kiosk, workers, languages, tmp_path: Path, size: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    """A dialog opened over the household of six is no larger than the display and nothing in
    it reaches past its edges."""
    desk = open_window(qtbot, shelter, workers, languages, tmp_path, SIZES[size])
    page = six_checked_in(qtbot, desk_with_six(qtbot, desk, shelter), shelter)
    DIALOGS[name](page)
    dialog = page.dialog
    assert isinstance(dialog, CheckoutDialog | PickupDialog | SurveyDialog)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    screen = SIZES[size]
    assert (
        dialog.width() <= screen.width() and dialog.height() <= screen.height(),
        overflowing(dialog),
    ) == (True, [])


# --- the first-run wizard -------------------------------------------------------------------


@pytest.mark.parametrize("size", list(SIZES))
def test_every_first_run_page_fits_the_display(qtbot, tmp_path: Path, workers, size: str) -> None:  # type: ignore[no-untyped-def]
    from tests.test_ui_first_run import fill_passphrase, fill_shelter, fill_staff

    wizard = FirstRunWizard(tmp_path / "home", workers, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.resize(SIZES[size])
    wizard.show()
    qtbot.waitExposed(wizard)
    seen = {}
    for fill in (fill_shelter, fill_passphrase, fill_staff, lambda w: None, None):
        QApplication.processEvents()
        seen[type(wizard.currentPage()).__name__] = (wizard.size(), overflowing(wizard))
        if fill is None:
            break
        fill(wizard)
        wizard.button(QWizard.WizardButton.NextButton).click()
    fits = (SIZES[size], [])
    assert seen == dict.fromkeys(seen, fits)
    assert len(seen) == 5


# --- opening maximised ----------------------------------------------------------------------

_CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kiosk.core import Kiosk
from kiosk.registry.records import Shelter
from kiosk.operations.settings import Settings
from kiosk.store import KdfParams
from ui.application import create_qapplication
from ui.app import build_window, show_window
from ui.ops import Workers

app, languages = create_qapplication(sys.argv[:1], Settings())
kiosk = Kiosk.create(Path(sys.argv[1]), "correct horse battery staple",
                     Shelter(id="s", name="避難所", capacity=10),
                     kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1))
workers = Workers()
window, _camera = build_window(kiosk, Settings(), languages, workers, camera="demo")
show_window(window)
app.processEvents()
screen = window.screen().availableGeometry()
frame = window.frameGeometry()
print(window.isMaximized(), screen.contains(frame), frame.width(), frame.height(),
      window.minimumSizeHint().width() <= 1024, window.minimumSizeHint().height() <= 768,
      flush=True)
window.close()
workers.shutdown()
kiosk.close()
"""


@pytest.mark.parametrize("size", list(SIZES))
def test_the_window_opens_maximised_within_the_display(tmp_path: Path, size: str) -> None:
    """`kiosk-app` shows its window maximised to the display's available area: on a 1024x768
    and a 1366x768 display (an offscreen screen of that size, in a child process) the window's
    frame fills the screen and reaches past none of its edges."""
    screen = SIZES[size]
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "display",
                        "x": 0,
                        "y": 0,
                        "width": screen.width(),
                        "height": screen.height(),
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "home")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stdout.split()) == (
        0,
        ["True", "True", str(screen.width()), str(screen.height()), "True", "True"],
    ), done.stderr[-2000:]


def test_assert_fits_sees_a_widget_past_the_edge(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check itself: a child placed past the right edge is reported."""
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(200, 100)
    child = QWidget(top)
    child.setObjectName("tooWide")
    child.setGeometry(150, 10, 100, 20)
    top.show()
    qtbot.waitExposed(top)
    assert overflowing(top) == ["tooWide at (150, 10, 100, 20) outside (0, 0, 200, 100)"]


def test_up_and_down_on_the_needs_chips_follow_the_lines_they_wrapped_into(
    qtbot, shelter: Kiosk, workers, languages, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 1024 the needs chips wrap into more lines than at 1366: Down goes to the chip under
    the focused one, Up back, wherever the lines break."""
    desk = open_window(qtbot, shelter, workers, languages, tmp_path, SIZES["1024x768"])
    sign_in(qtbot, desk.window)
    desk.window.show_card()
    chips = desk.window.pages["card"].rows[0].chips  # type: ignore[attr-defined]
    order = list(chips.chips.values())
    first = order[0]
    qtbot.waitUntil(lambda: first.isVisible() and first.width() > 0, timeout=5000)
    per_line = sum(1 for chip in order if chip.y() == first.y())
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Down)
    below = QApplication.focusWidget()
    QTest.keyClick(below, Qt.Key.Key_Up)
    assert (per_line < len(order), below is order[per_line], QApplication.focusWidget()) == (
        True,
        True,
        first,
    )
