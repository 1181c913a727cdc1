"""Render the main screens to docs/screenshots/*-<width>x<height>.png, at the two laptop
displays shelters have: 1366x768 and 1024x768 (offscreen, or under Xvfb).

The demo shelter in a temp directory, the real window and services; codes are handed to the
window as the camera would hand them, and the camera views show a synthetic frame. The desk,
self check-in and the walk-in card show the demo household of six. Two sync states are shown
in the operator panel: offline (the City OS set up but not reachable; the check-ins wait in
the queue) and missing keys (a shelter other than the demo, with no City OS settings or
client secret at all).

``--languages`` renders only the self check-in in evacuee languages of three other scripts
(Hangul, Devanagari, Thai) and in やさしい日本語: welcome, confirmation and the language page,
and the survey asking for a birth date (a slip holder whose card has none) in Korean and
やさしい日本語.

example:
  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --languages --size 1024x768
  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --out /tmp/shots --size 1024x768
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSize, QTimer  # noqa: E402

from kiosk.access.staff import add_staff  # noqa: E402
from kiosk.core import Kiosk  # noqa: E402
from kiosk.demos.residents import DEMO_PINS, open_demo_kiosk, seed  # noqa: E402
from kiosk.identity.demo import demo_app_codes, demo_household_of_six  # noqa: E402
from kiosk.operations.provisioning import set_client_secret  # noqa: E402
from kiosk.operations.settings import Settings, load_settings, save_settings  # noqa: E402
from kiosk.registry.records import Shelter  # noqa: E402
from kiosk.scan.synthetic import frame_with_code  # noqa: E402
from ui.app import build_window  # noqa: E402
from ui.application import create_qapplication  # noqa: E402
from ui.camera import to_qimage  # noqa: E402
from ui.ops import Workers  # noqa: E402
from ui.widgets.camera_view import CameraView  # noqa: E402

OUT = REPO / "docs" / "screenshots"
SIZES = (QSize(1366, 768), QSize(1024, 768))
SIX = "Household of six (テスト 一郎)"
PINS = {role: pin for _label, role, pin in DEMO_PINS}


def settle(ms: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(ready: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    """Let the window work until ``ready()``; fail loudly rather than save a wrong picture."""
    waited = 0
    while not ready():
        if waited >= timeout_ms:
            raise SystemExit(f"screenshots: timed out waiting for {ready}")
        settle(50)
        waited += 50
    settle(300)  # repaints, and the layouts after the last change


class Shots:
    """Saves the window (or a page) as ``<name>-<width>x<height>.png`` at one display size."""

    def __init__(self, window, size: QSize) -> None:  # type: ignore[no-untyped-def]
        self.window = window
        self.size = size

    def fit(self) -> None:
        """The window as big as the display (offscreen has no frame, so no less)."""
        self.window.showNormal()
        self.window.resize(self.size)
        settle(300)

    def save(self, name: str) -> None:
        path = OUT / f"{name}-{self.size.width()}x{self.size.height()}.png"
        self.window.grab().save(str(path))
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)

    def sign_in(self, role: str) -> None:
        self.window.lock()
        self.window.pages["sign_in"]._try(PINS[role])
        wait_until(lambda: self.window.member is not None)  # after any work on the DB thread


def busy_day(kiosk) -> None:  # type: ignore[no-untyped-def]
    """For the dashboard: people checked in over the last day (some in cars, some gone again)
    and a few survey answers. Runs on the DB thread, as the window's own work does."""
    from datetime import timedelta

    from kiosk.operations.survey import submit
    from kiosk.reception.checkin import check_in, check_out

    now = kiosk.ctx.now()
    ids = [r["id"] for r in kiosk.store.query("SELECT id FROM person ORDER BY id")]
    for hour in range(30):
        ctx = replace(kiosk.ctx, clock=lambda h=hour: now - timedelta(hours=30 - h, minutes=7))
        batch = ids[hour * 3 : hour * 3 + (6 if 8 <= hour <= 14 else 2)]
        if batch:
            check_in(ctx, batch)
        if hour in (20, 26):
            check_out(ctx, ids[(hour - 18) * 3 : (hour - 18) * 3 + 2], "自宅")
    answers = (
        {"satisfaction": 3, "sleep": 2, "needs": ["water", "bedding"], "talk": True},
        {"satisfaction": 4, "health": 4, "problem_areas": ["noise", "toilets"]},
        {"stress": 4, "enough_food": False, "request_text": "毛布がもう一枚ほしい"},
    )
    for pid, answer in zip(ids, answers, strict=False):
        submit(kiosk.ctx, pid, answer, "ja")


def unreachable_city_os(kiosk: Kiosk) -> None:
    """Sync set up against a City OS (and login service) on a local port nobody listens on:
    the operator panel's offline state."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    settings = replace(
        load_settings(kiosk.store),
        cityos_endpoint=url,
        oidc_issuer=url,
        oidc_client_id="demo-kiosk",
        sync_automatic=False,
    )
    save_settings(kiosk.ctx, settings)
    set_client_secret(kiosk.ctx, "demo-secret-not-reachable")


def fill_card_with_six(card, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    """The walk-in card as staff type the demo household of six (needs and a car)."""
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
                "details": {**details, "care_level": "要介護2"},
            }
        )
    card.part.set_state(
        {
            "phone": "000-1234-5600",
            "address": "デモ県デモ市北見本町四丁目五番六号 見本荘 二〇一号室",
            "stay": "vehicle",
            "vehicle_plate": "デモ 500 あ 12-34",
            "vehicle_type": "白のワンボックス",
            "emergency_contact": "000-9876-5432",
            "consent": ["anpi", "family.emergency", "city.emergency"],
        }
    )


def demo_shots(app, languages, size: QSize, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """Every screen of the demo shelter at one display size."""
    kiosk = open_demo_kiosk(tmp / f"demo-{size.width()}", people=120)
    unreachable_city_os(kiosk)
    workers = Workers()
    window, _camera = build_window(kiosk, Settings(), languages, workers, camera="demo")
    shots = Shots(window, size)
    window.show()
    shots.fit()
    codes = {c.label: c.text for c in demo_app_codes(kiosk.ctx.now()) if not c.expected_error}
    six = codes[SIX]
    frame = to_qimage(frame_with_code(six, seed=3))
    for view in window.findChildren(CameraView):
        view.show_frame(frame)
    languages.switch("en")
    settle()
    shots.save("locked")

    shots.sign_in("staff")
    desk = window.pages["desk"]
    window.on_code(six)
    wait_until(lambda: desk.card.isVisible() and len(desk.card.rows) == 6)
    shots.save("desk-confirm")
    desk.card.cancel()  # they check themselves in below

    window.show_card()
    card = window.pages["card"]
    fill_card_with_six(card, kiosk)
    wait_until(lambda: len(card.rows) == 6)
    shots.save("card-form")
    card.discard()

    shots.sign_in("operator")
    window.show_page("operator")
    panel = window.pages["operator"]
    panel.push()
    wait_until(lambda: panel.banner.kind == "warning")  # "not reachable; the queue is kept"
    shots.save("operator-offline")

    workers.run_db(lambda: busy_day(kiosk), lambda _: None)
    shots.sign_in("manager")  # waits behind busy_day on the DB thread
    window.show_page("dashboard")
    dashboard = window.pages["dashboard"]
    wait_until(lambda: dashboard.figures is not None)
    shots.save("dashboard")

    shots.sign_in("staff")
    window.show_page("desk")
    window.enter_self_checkin()
    shots.fit()
    page = window.pages["self_checkin"]
    for language in ("ja", "en"):
        languages.switch(language)
        page.reset()
        settle()
        shots.save(f"self-checkin-welcome-{language}")
        page.on_code(codes["Resident needing support, with her son (見本 花子)"])
        wait_until(lambda: page.confirm_button.isVisible())
        shots.save(f"self-checkin-confirm-{language}")
    languages.switch("ja")
    page.reset()
    page.on_code(six)
    wait_until(lambda: page.confirm_button.isVisible())
    shots.save("self-checkin-confirm-six-ja")
    page.confirm_button.click()
    wait_until(lambda: page.survey_button.isVisible())
    page.survey_button.click()
    wait_until(lambda: page.survey.isVisible())
    for question, answer in ((0, 3), (1, 3)):
        page.survey.part_pages[0].questions[question].buttons[answer][1].click()
    settle()
    shots.save("survey-ja")
    languages.switch("en")
    theme_shots(app, window, shots, codes)
    window.close()
    workers.shutdown()
    kiosk.close()


def theme_shots(app, window, shots: Shots, codes: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """The desk in the high-contrast theme and self check-in in large type (the settings'
    ``high_contrast`` and ``large_type``), then the normal theme back."""
    from ui.theme import Theme, apply_theme

    # Self check-in is locked: leave it the way staff do, with a PIN (answered here).
    staff: list[object] = []
    window.kiosk_actions.check_pin(PINS["staff"], staff.append)
    wait_until(lambda: bool(staff))
    asked_before = window.ask_pin
    window.ask_pin = lambda _window, _actions: staff[0]
    window.request_leave_self_checkin()
    window.ask_pin = asked_before
    wait_until(lambda: window.mode == "desk")
    shots.fit()
    apply_theme(app, Theme(high_contrast=True))
    desk = window.pages["desk"]
    window.on_code(codes["Resident needing support, with her son (見本 花子)"])
    # Staff were just busy (pages switched): the code may wait in the notice; turn to it.
    wait_until(lambda: desk.card.isVisible() or desk.notice.isVisible())
    if not desk.card.isVisible():
        desk.show_waiting()
    wait_until(lambda: desk.card.isVisible())
    shots.save("desk-high-contrast")
    window.pages["desk"].card.cancel()
    apply_theme(app, Theme(large_type=True))
    window.enter_self_checkin()
    shots.fit()
    page = window.pages["self_checkin"]
    page.reset()
    page.on_code(codes["Resident needing support, with her son (見本 花子)"])
    wait_until(lambda: page.confirm_button.isVisible())
    shots.save("self-checkin-large-type")
    apply_theme(app, Theme())


def missing_key_shots(languages, size: QSize, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """The operator panel of a shelter with no City OS settings or keys (not the demo shelter,
    which comes with demo keys): asking for the roster says what to set up."""
    home = tmp / f"no-keys-{size.width()}"
    shelter = Shelter(id="no-keys-01", name="見本町公民館", capacity=40)
    kiosk = Kiosk.create(home, "screenshots without keys", shelter, actor="screenshots")
    seed(kiosk.ctx, 12)  # a queue waiting for a City OS nobody has set up yet
    for label, role, pin in DEMO_PINS:
        add_staff(kiosk.ctx, label, role, pin)
    workers = Workers()
    window, _camera = build_window(kiosk, Settings(), languages, workers, camera="demo")
    shots = Shots(window, size)
    window.show()
    shots.fit()
    shots.sign_in("operator")
    window.show_page("operator")
    panel = window.pages["operator"]
    panel.pull()
    wait_until(lambda: panel.banner.kind == "warning")  # "Sync is not set up: …"
    shots.save("operator-no-keys")
    window.close()
    workers.shutdown()
    kiosk.close()


#: The evacuee languages ``--languages`` shows: three scripts besides Japanese and Latin.
SCRIPT_LANGUAGES = ("ko", "ne", "th", "ja-x-easy")
#: The languages ``--languages`` shows the survey's birth-date step in.
BIRTH_LANGUAGES = ("ko", "ja-x-easy")


def slips_without_birth(kiosk: Kiosk, count: int) -> list[str]:
    """Codes of slips of registered people whose card has no birth date (one per shot: a
    person checked in is not offered again). Runs on the DB thread."""
    from kiosk.identity.slip import issue_slip
    from kiosk.operations.shelter import get_shelter, signing_key
    from kiosk.registry.people import add_person
    from kiosk.registry.records import PersonDraft

    texts = []
    for n in range(count):
        slip, text = issue_slip(signing_key(kiosk.store), get_shelter(kiosk.store).id)
        add_person(kiosk.ctx, PersonDraft(name=f"見本 花子{n + 1}", slip_id=slip.slip_id))
        texts.append(text)
    return texts


def language_shots(languages, size: QSize, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """The self check-in's welcome and confirmation in :data:`SCRIPT_LANGUAGES`, and the
    language page, at one display size."""
    kiosk = open_demo_kiosk(tmp / f"languages-{size.width()}", people=10)
    workers = Workers()
    window, _camera = build_window(kiosk, Settings(), languages, workers, camera="demo")
    shots = Shots(window, size)
    window.show()
    shots.fit()
    codes = {c.label: c.text for c in demo_app_codes(kiosk.ctx.now()) if not c.expected_error}
    frame = to_qimage(frame_with_code(codes[SIX], seed=3))
    for view in window.findChildren(CameraView):
        view.show_frame(frame)
    shots.sign_in("staff")
    window.enter_self_checkin()
    shots.fit()
    page = window.pages["self_checkin"]
    languages.switch("ja")
    page.reset()
    page.lang_more.click()
    settle()
    shots.save("self-checkin-languages")
    page.language_page.back_button.click()
    for language in SCRIPT_LANGUAGES:
        languages.switch(language)
        page.reset()
        settle()
        shots.save(f"self-checkin-welcome-{language}")
        page.on_code(codes["Resident needing support, with her son (見本 花子)"])
        wait_until(lambda: page.confirm_button.isVisible())
        shots.save(f"self-checkin-confirm-{language}")
    slips: list[str] = []
    workers.run_db(lambda: slips_without_birth(kiosk, len(BIRTH_LANGUAGES)), slips.extend)
    wait_until(lambda: len(slips) == len(BIRTH_LANGUAGES))
    for language, slip in zip(BIRTH_LANGUAGES, slips, strict=True):
        languages.switch(language)
        page.reset()
        page.on_code(slip)
        wait_until(lambda: page.confirm_button.isVisible())
        page.confirm_button.click()
        wait_until(lambda: page.survey_button.isVisible())
        page.survey_button.click()
        wait_until(lambda: page.survey.isVisible() and page.survey.asking_birth())
        shots.save(f"self-checkin-survey-birth-{language}")
    page.reset()
    languages.switch("en")
    window.close()
    workers.shutdown()
    kiosk.close()


def main() -> int:
    global OUT
    parser = argparse.ArgumentParser(
        description="Render the README screenshots at 1366x768 and 1024x768.",
        epilog="example:\n  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, help="another folder (default: docs/screenshots)")
    parser.add_argument(
        "--size", action="append", help="only this display size, e.g. 1024x768 (repeatable)"
    )
    parser.add_argument(
        "--languages",
        action="store_true",
        help="only the self check-in in Korean, Nepali, Thai and やさしい日本語",
    )
    args = parser.parse_args()
    OUT = args.out or OUT
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = SIZES
    if args.size:
        sizes = tuple(QSize(*(int(n) for n in text.split("x"))) for text in args.size)
    app, languages = create_qapplication(sys.argv[:1], Settings())
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            if args.languages:
                language_shots(languages, size, Path(tmp))
                continue
            demo_shots(app, languages, size, Path(tmp))
            missing_key_shots(languages, size, Path(tmp))
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
