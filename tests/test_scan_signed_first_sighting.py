"""Signed codes are accepted on their first sighting (DESIGN §3: a citizen-app code or a kiosk
slip whose signature verifies cannot be a misread); every other text still needs two frames.

Each code is drawn into a 720p camera frame and read by the real decoder pipeline; the
signature is checked by :class:`kiosk.scan.SignatureCheck` against the kiosk's trust list as
the window loads it (the demo City OS keys imported, the kiosk's own slip key added).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.city.trust_store import import_trust, load_trust
from kiosk.core import Kiosk
from kiosk.identity import dump_trust_list, issue_slip, new_kiosk_key
from kiosk.identity.demo import demo_app_codes, demo_trust_list
from kiosk.operations.settings import Settings
from kiosk.operations.shelter import get_shelter, signing_key
from kiosk.scan import Acceptor, Pipeline, SignatureCheck
from kiosk.scan.acceptance import Accepted
from kiosk.scan.demo_camera import DEMO_MYNUMBER
from kiosk.scan.synthetic import frame_with_code
from tests.conftest import FakeClock
from ui.app import build_window
from ui.camera import CameraWorker
from ui.i18n import Languages
from ui.ops import Workers


class Monotonic:
    """The acceptor's monotonic clock, moved by hand."""

    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def codes(kiosk: Kiosk, clock: FakeClock) -> dict[str, str]:
    """Texts by name: two that verify against the kiosk's trust list, and the others."""
    demo = [c for c in demo_app_codes(clock.now) if c.text.startswith("KSA1:")]
    valid = next(c.text for c in demo if not c.expected_error)
    refused = {c.expected_error: c.text for c in demo if c.expected_error}
    shelter_id = get_shelter(kiosk.store).id
    _, slip = issue_slip(signing_key(kiosk.store), shelter_id, issued_at=clock.now)
    _, stranger = issue_slip(new_kiosk_key(), shelter_id, issued_at=clock.now)
    tampered = valid[:-6] + ("A" if valid[-6] != "A" else "B") + valid[-5:]
    return {
        "app code": valid,
        "slip of this kiosk": slip,
        "app code from an unknown key": refused["code_unknown_key"],
        "expired app code": refused["code_expired"],
        "app code with one character changed": tampered,
        "slip of a kiosk nobody trusts": stranger,
        "My Number": DEMO_MYNUMBER,
        "any other text": "https://example.org/not-a-kiosk-code",
    }


SIGNED = ("app code", "slip of this kiosk")


@pytest.fixture
def trusting_kiosk(kiosk: Kiosk) -> Kiosk:
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    return kiosk


def test_a_verified_code_is_accepted_from_one_frame_and_any_other_text_from_two(
    trusting_kiosk: Kiosk, clock: FakeClock
) -> None:
    kiosk = trusting_kiosk
    check = SignatureCheck(load_trust(kiosk.store), kiosk.ctx.clock)
    pipeline = Pipeline()
    seen: dict[str, tuple[list[Accepted], list[Accepted]]] = {}
    for seed, (name, text) in enumerate(codes(kiosk, clock).items()):
        ticks = Monotonic()
        acceptor = Acceptor(verify=check, clock=ticks)
        first = acceptor.accept(pipeline.decode(frame_with_code(text, seed=seed)))
        ticks.t += 0.1
        second = acceptor.accept(pipeline.decode(frame_with_code(text, seed=seed + 50)))
        assert [e.text for e in first + second] == [text], name  # decoded, and one event
        seen[name] = (first, second)
    assert {
        name: (len(first), first[0].signed if first else None) for name, (first, _) in seen.items()
    } == {name: (1, True) if name in SIGNED else (0, None) for name in seen}
    assert all(not second[0].signed for name, (_, second) in seen.items() if name not in SIGNED)


def test_the_signature_is_checked_on_the_decode_thread(
    qtbot, trusting_kiosk: Kiosk, clock: FakeClock, workers: Workers
) -> None:  # type: ignore[no-untyped-def]
    kiosk = trusting_kiosk
    check = SignatureCheck(load_trust(kiosk.store), kiosk.ctx.clock)
    threads: list[str] = []

    def verify(text: str) -> bool:
        threads.append(threading.current_thread().name)
        return check(text)

    text = codes(kiosk, clock)["app code"]
    worker = CameraWorker(
        lambda: iter([frame_with_code(text)]),
        Pipeline().decode,
        Acceptor(verify=verify),
        decoder=workers.executor("decode"),
        handoff=workers.handoff,
    )
    accepted: list[str] = []
    worker.accepted.connect(accepted.append)
    worker.start()
    qtbot.waitUntil(lambda: accepted == [text], timeout=10_000)
    worker.stop()
    assert len(threads) == 1 and threads[0].startswith("kiosk-decode"), threads


@pytest.fixture
def window_camera(
    qtbot, trusting_kiosk: Kiosk, workers: Workers, languages: Languages, tmp_path: Path
) -> Iterator:  # type: ignore[no-untyped-def]
    """``build_window`` as `kiosk-app` runs it, its camera a folder holding one frame."""
    built: list[tuple[QWidget, CameraWorker]] = []

    def build(text: str) -> CameraWorker:
        folder = tmp_path / "frames"
        folder.mkdir()
        cv2.imwrite(str(folder / "frame.png"), frame_with_code(text))
        window, camera = build_window(trusting_kiosk, Settings(), languages, workers, str(folder))
        qtbot.addWidget(window)
        built.append((window, camera))
        return camera

    yield build
    for window, camera in built:  # deleted now, so the decoder is not left for exit to free
        camera.stop()
        window.close()
        window.deleteLater()
        camera.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("name", ["app code", "My Number"])
def test_the_window_accepts_a_signed_code_seen_in_one_frame_only(
    qtbot, window_camera, trusting_kiosk: Kiosk, clock: FakeClock, name: str
) -> None:  # type: ignore[no-untyped-def]
    """The camera of the window (`ui.app.build_window`) plays one frame: an app code is let
    through at once; a My Number, which carries no signature, is not (it waits for a second
    frame that never comes)."""
    text = codes(trusting_kiosk, clock)[name]
    camera = window_camera(text)
    decoded: list[tuple[str, ...]] = []
    accepted: list[str] = []
    camera.decoded.connect(decoded.append)
    camera.accepted.connect(accepted.append)
    camera.start()
    qtbot.waitUntil(lambda: decoded == [(text,)], timeout=10_000)
    qtbot.waitUntil(camera.isFinished, timeout=10_000)
    camera.stop()  # waits for the frame being decoded: its signals are posted by now
    qtbot.wait(50)  # and delivered by the event loop
    assert accepted == ([text] if name == "app code" else [])
