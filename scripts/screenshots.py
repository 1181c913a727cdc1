"""Render the main screens to docs/screenshots/*.png (offscreen, or under Xvfb).

The demo shelter in a temp directory, the real window and services; codes are handed to the
window as the camera would hand them, and the camera views show a synthetic frame.

example:
  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from kiosk.demo import open_demo_kiosk  # noqa: E402
from kiosk.identity.demo import demo_app_codes  # noqa: E402
from kiosk.scan.synthetic import frame_with_code  # noqa: E402
from kiosk.settings import Settings  # noqa: E402
from ui.app import build_window  # noqa: E402
from ui.application import create_qapplication  # noqa: E402
from ui.camera import to_qimage  # noqa: E402
from ui.ops import Workers  # noqa: E402
from ui.widgets.camera_view import CameraView  # noqa: E402

OUT = REPO / "docs" / "screenshots"


def settle(ms: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def busy_day(kiosk) -> None:  # type: ignore[no-untyped-def]
    """For the dashboard: people checked in over the last day (some in cars, some gone again)
    and a few survey answers. Runs on the DB thread, as the window's own work does."""
    from dataclasses import replace
    from datetime import timedelta

    from kiosk.checkin import check_in, check_out
    from kiosk.survey import submit

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


def theme_shots(app, window, codes: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The desk in the high-contrast theme and self check-in in large type (the settings'
    ``high_contrast`` and ``large_type``), then the normal theme back."""
    from ui.theme import Theme, apply_theme

    window.toolbar.setVisible(True)
    window.show_page("desk")
    apply_theme(app, Theme(high_contrast=True))
    window.on_code(codes[2])
    settle(1200)
    window.grab().save(str(OUT / "desk-high-contrast.png"))
    window.pages["desk"].card.cancel()
    apply_theme(app, Theme(large_type=True))
    window.enter_self_checkin()
    window.showNormal()
    window.resize(1280, 800)
    window.pages["self_checkin"].on_code(codes[1])
    settle(1200)
    window.grab().save(str(OUT / "self-checkin-large-type.png"))
    apply_theme(app, Theme())


def main() -> int:
    global OUT
    if "--out" in sys.argv:  # another folder, e.g. to look at the pictures without a diff
        OUT = Path(sys.argv[sys.argv.index("--out") + 1])
    OUT.mkdir(parents=True, exist_ok=True)
    app, languages = create_qapplication(sys.argv[:1], Settings())
    with tempfile.TemporaryDirectory() as tmp:
        kiosk = open_demo_kiosk(Path(tmp) / "demo", people=120)
        workers = Workers()
        window, _camera = build_window(kiosk, Settings(), languages, workers, camera="demo")
        window.resize(1280, 800)
        window.show()
        codes = [c.text for c in demo_app_codes(kiosk.ctx.now()) if not c.expected_error]
        frame = to_qimage(frame_with_code(codes[1], seed=3))
        for view in window.findChildren(CameraView):
            view.show_frame(frame)
        settle()
        window.grab().save(str(OUT / "locked.png"))
        window.pages["sign_in"]._try("1111")
        settle()
        window.on_code(codes[1])
        settle(1200)
        window.grab().save(str(OUT / "desk-confirm.png"))
        window.show_card()
        settle(1500)
        window.grab().save(str(OUT / "card-form.png"))
        workers.run_db(lambda: busy_day(kiosk), lambda _: None)
        window.lock()
        window.pages["sign_in"]._try("3333")  # the shelter manager
        while window.member is None:  # signing in waits behind busy_day on the DB thread
            settle(200)
        window.show_page("dashboard")
        settle(1500)
        window.grab().save(str(OUT / "dashboard.png"))
        window.lock()
        window.pages["sign_in"]._try("2222")  # the sync operator
        while window.member is None:
            settle(200)
        window.show_page("operator")
        settle(1200)
        window.grab().save(str(OUT / "operator.png"))
        window.lock()
        window.pages["sign_in"]._try("1111")
        while window.member is None:
            settle(200)
        window.show_page("desk")
        window.enter_self_checkin()
        window.showNormal()
        window.resize(1280, 800)
        for language in ("ja", "en"):
            languages.switch(language)
            page = window.pages["self_checkin"]
            page.reset()
            settle()
            window.grab().save(str(OUT / f"self-checkin-welcome-{language}.png"))
            page.on_code(codes[0])
            settle(1200)
            window.grab().save(str(OUT / f"self-checkin-confirm-{language}.png"))
        languages.switch("ja")
        page.reset()
        page.on_code(codes[0])
        settle(1200)
        page.confirm_button.click()
        settle(1200)
        page.survey_button.click()
        settle(1200)
        for question, answer in ((0, 3), (1, 3)):
            page.survey.part_pages[0].questions[question].buttons[answer][1].click()
        settle()
        window.grab().save(str(OUT / "survey-ja.png"))
        theme_shots(app, window, codes)
        window.close()
        workers.shutdown()
        kiosk.close()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
