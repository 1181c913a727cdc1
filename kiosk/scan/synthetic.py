"""Synthetic webcam frames: a QR code on a phone-like screen held over a desk, with perspective,
blur, motion, glare and sensor noise; or the same kind of desk with no code.

They stand in for a webcam where none exists: the benchmark times the pipeline on them
(``scripts/bench_decode.py``), the tests write them into a video, and the demo camera loops
them. Everything is drawn from a seed, so a frame is the same on every run.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import segno

__all__ = [
    "Shot",
    "code_image",
    "make_frame720",
    "frame_with_code",
    "frame_without_code",
    "write_video",
]

FRAME_720 = (720, 1280)


@dataclass(frozen=True)
class Shot:
    """How the phone is held in one frame.

    ``center`` is the phone's centre as fractions of the frame's width and height; ``height``
    the phone's height as a fraction of the frame's; ``tilt`` the perspective (0: facing the
    camera); ``angle`` the in-plane rotation in degrees; ``blur`` a Gaussian kernel size (out of
    focus); ``motion`` the length in pixels of a horizontal motion blur; ``glare`` the strength
    of a reflection on the screen (0..1).
    """

    center: tuple[float, float] = (0.5, 0.5)
    height: float = 0.8
    tilt: float = 0.12
    angle: float = 0.0
    blur: int = 3
    motion: int = 0
    glare: float = 0.35


def code_image(payload: str | bytes, module_px: int = 6, error: str = "M") -> np.ndarray:
    """The QR code of ``payload`` as an 8-bit gray image with a 4-module white quiet zone.

    ``bytes`` are encoded as they are (byte mode), e.g. a Shift_JIS payload.
    """
    image = np.pad(_modules(payload, error), 4, constant_values=255)
    return cv2.resize(image, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)


@functools.lru_cache(maxsize=16)
def _modules(payload: str | bytes, error: str) -> np.ndarray:
    """One pixel per module, dark 0, light 255 (cached: segno takes ~0.1 s for a big code, and
    a video shows the same code in every frame)."""
    qr = segno.make(payload, error=error, micro=False, boost_error=False)
    matrix = np.array([list(row) for row in qr.matrix], dtype=np.uint8)
    image = np.where(matrix > 0, 0, 255).astype(np.uint8)
    image.flags.writeable = False
    return image


def _desk(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    """A wooden desk under uneven light, with papers, a keyboard and printed lines on it."""
    h, w = size
    # Drawn at half size and scaled up: the grain is smooth, and frames come four times faster.
    yy, xx = np.mgrid[0 : h // 2, 0 : w // 2].astype(np.float32) * 2
    grain = 12 * np.sin(yy / rng.uniform(5, 11) + 3 * np.sin(xx / rng.uniform(120, 260)))
    light = 60 * (xx / w) + 30 * (yy / h)
    base = cv2.resize(95 + grain + light, (w, h), interpolation=cv2.INTER_LINEAR)
    tint = np.array([0.75, 0.9, 1.1], np.float32)  # BGR: warm wood
    frame = np.clip(base[..., None] * tint, 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(3, 6))):  # sheets of paper with printed lines
        x, y = int(rng.integers(0, w - 260)), int(rng.integers(0, h - 200))
        pw, ph = int(rng.integers(140, 260)), int(rng.integers(100, 200))
        cv2.rectangle(frame, (x, y), (x + pw, y + ph), (228, 230, 232), -1)
        for line in range(y + 14, y + ph - 10, 12):
            length = int(rng.integers(pw // 3, pw - 20))
            cv2.line(frame, (x + 10, line), (x + 10 + length, line), (60, 60, 60), 2)
    kx, ky = int(rng.integers(0, w - 420)), int(rng.integers(h // 2, h - 130))
    for row in range(4):  # a keyboard: a grid of dark keys
        for col in range(14):
            x0, y0 = kx + col * 30, ky + row * 30
            cv2.rectangle(frame, (x0, y0), (x0 + 25, y0 + 25), (40, 40, 45), -1)
    return frame


def _phone(code: np.ndarray) -> np.ndarray:
    """A phone: a dark bezel around a white screen with a title bar, the code and some text."""
    side = code.shape[0]
    screen = np.full((int(side * 1.8), side + 60), 246, np.uint8)
    screen[: side // 6] = 70  # the app's title bar
    top = (screen.shape[0] - side) // 2
    screen[top : top + side, 30 : 30 + side] = code
    for line in range(top + side + 20, screen.shape[0] - 15, 22):
        screen[line : line + 8, 30 : 30 + side * 2 // 3] = 120
    return cv2.copyMakeBorder(screen, 40, 40, 16, 16, cv2.BORDER_CONSTANT, value=18)


def _place(frame: np.ndarray, phone: np.ndarray, shot: Shot) -> None:
    h, w = frame.shape[:2]
    ph, pw = phone.shape
    scale = shot.height * h / ph
    cx, cy = shot.center[0] * w, shot.center[1] * h
    hw, hh = pw * scale / 2, ph * scale / 2
    d = shot.tilt * hw
    corners = np.array(
        [[-hw + d, -hh], [hw - d, -hh + d / 2], [hw, hh], [-hw, hh - d / 2]], np.float32
    )  # the top leans away from the camera
    turn = np.deg2rad(shot.angle)
    rotation = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]], np.float32)
    target = (corners @ rotation.T + np.array([cx, cy], np.float32)).astype(np.float32)
    source = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, target)
    warped = cv2.warpPerspective(phone, matrix, (w, h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), matrix, (w, h))
    inside = mask > 127
    frame[inside] = warped[inside][:, None]
    if shot.glare > 0:  # a soft, bright reflection across the upper part of the screen
        yy, xx = np.mgrid[0 : h // 4, 0 : w // 4].astype(np.float32) * 4
        spot = np.exp(-(((xx - cx - hw / 3) / hw) ** 2 + ((yy - cy + hh / 3) / (hh / 2)) ** 2))
        spot = cv2.resize(shot.glare * 110 * spot, (w, h), interpolation=cv2.INTER_LINEAR)
        lifted = cv2.add(frame, (spot * inside).astype(np.uint8)[..., None].repeat(3, 2))
        frame[:] = lifted


def make_frame720(
    text: str | bytes | None,
    seed: int = 0,
    shot: Shot | None = None,
    size: tuple[int, int] = FRAME_720,
) -> np.ndarray:
    """A BGR webcam frame (1280×720 unless ``size`` says otherwise) of a desk, with a phone
    showing the QR code of ``text`` as ``shot`` says, or with no phone when ``text`` is None."""
    rng = np.random.default_rng(seed)
    frame = _desk(rng, size)
    shot = shot or Shot()
    if text is not None:
        modules = _modules(text, "M").shape[0]
        module_px = max(2, int(np.ceil(600 / modules)))  # render sharp, then scale down
        _place(frame, _phone(code_image(text, module_px=module_px)), shot)
    if shot.blur > 1:
        frame = cv2.GaussianBlur(frame, (shot.blur | 1, shot.blur | 1), 0)
    if shot.motion > 1:
        kernel = np.zeros((shot.motion, shot.motion), np.float32)
        kernel[shot.motion // 2, :] = 1.0 / shot.motion
        frame = cv2.filter2D(frame, -1, kernel)
    noise = rng.standard_normal(frame.shape, dtype=np.float32) * 3.5  # sensor noise
    return np.clip(frame + noise, 0, 255).astype(np.uint8)


def frame_with_code(
    text: str | bytes,
    seed: int = 0,
    center: tuple[float, float] = (0.5, 0.5),
    **shot: float | int,
) -> np.ndarray:
    """A 720p frame with the phone showing ``text`` at ``center`` (other :class:`Shot` fields
    by keyword)."""
    return make_frame720(text, seed=seed, shot=Shot(center=center, **shot))  # type: ignore[arg-type]


def frame_without_code(seed: int = 0, size: tuple[int, int] = FRAME_720) -> np.ndarray:
    """A 720p frame of the desk with no code in view."""
    return make_frame720(None, seed=seed, size=size)


def write_video(path: str | Path, text: str | bytes, frames: int = 45, fps: float = 15.0) -> None:
    """A short clip (MJPG in .avi): an empty desk; a phone moving in with the code — tilted,
    turning, out of focus, with motion blur and glare —; then the empty desk again.

    Raises:
        OSError: the video cannot be written (no encoder, unwritable path).
    """
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, FRAME_720[::-1])
    if not writer.isOpened():
        raise OSError(f"cannot write a video to {path}")
    try:
        for i in range(frames):
            if i < frames // 5 or i >= frames * 4 // 5:
                writer.write(frame_without_code(seed=i))
                continue
            progress = i / frames
            shot = Shot(
                center=(0.3 + 0.4 * progress, 0.5 + 0.05 * np.sin(i)),
                height=0.7 + 0.1 * progress,
                tilt=0.08 + 0.06 * (i % 3),
                angle=-8 + 16 * progress,
                blur=3 + 2 * (i % 2),
                motion=2 + 3 * (i % 3),
                glare=0.3 + 0.2 * (i % 2),
            )
            writer.write(make_frame720(text, seed=i, shot=shot))
    finally:
        writer.release()
