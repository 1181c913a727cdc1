"""The demo camera: what a newcomer sees when the laptop has no webcam.

A loop of synthetic frames — an empty desk, then a phone showing a demo citizen-app code, a
My Number card's code (a demo number with a valid check digit), and a kiosk slip — so the
whole flow (scan, confirm, check in, already in) plays out on its own.
"""

from __future__ import annotations

from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.identity import issue_slip
from kiosk.identity.demo import demo_app_codes
from kiosk.identity.prefixes import APP
from kiosk.scan.sources import LoopSource
from kiosk.scan.synthetic import frame_with_code, frame_without_code

__all__ = ["DEMO_MYNUMBER", "demo_codes", "demo_camera"]

#: A demo My Number: valid check digit, printed in no real card we know of.
DEMO_MYNUMBER = "123456789018"


def demo_codes(now: datetime, kiosk_key: Ed25519PrivateKey, shelter_id: str) -> list[str]:
    """The codes the demo camera shows, in order."""
    app = [c.text for c in demo_app_codes(now) if not c.expected_error and c.text.startswith(APP)]
    _, slip = issue_slip(kiosk_key, shelter_id, support_needed=True)
    return [*app[:2], DEMO_MYNUMBER, slip]


def demo_camera(codes: list[str], fps: float = 15.0, seconds_per_code: float = 3.0) -> LoopSource:
    """The loop of frames: each code's frame (and an empty desk before it) held for half of
    ``seconds_per_code``; with ``fps=0`` (as fast as taken: the soak benchmark) each is held
    for 45 frames, so a code is still seen several times in a row as from a real camera."""
    frames = []
    for index, text in enumerate(codes):
        frames.append(frame_without_code(seed=index))
        frames.append(frame_with_code(text, seed=index, center=(0.45 + 0.05 * index, 0.5)))
    hold = max(1, int(fps * seconds_per_code / 2)) if fps > 0 else 45
    return LoopSource(frames, fps=fps, hold=hold)
