"""Synthetic camera frames: a QR code on a phone-like screen held in front of a webcam, with
perspective, blur, glare and noise; or the same scene with no code. Used by the benchmark, the
video test and the demo camera (so a newcomer sees the whole flow without a webcam)."""

from __future__ import annotations

import cv2
import numpy as np
import segno

__all__ = ["code_image", "frame_with_code", "frame_without_code", "write_video"]


def code_image(text: str, module_px: int = 6) -> np.ndarray:
    """The QR of ``text`` as a gray image (white quiet zone included)."""
    qr = segno.make(text, error="M", micro=False)
    matrix = np.array([list(row) for row in qr.matrix], dtype=np.uint8)
    image = np.where(matrix > 0, 0, 255).astype(np.uint8)
    image = np.pad(image, 4, constant_values=255)
    return cv2.resize(image, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)


def _background(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    h, w = size
    base = np.linspace(70, 150, w, dtype=np.float32)[None, :].repeat(h, 0)
    base += rng.normal(0, 6, (h, w)).astype(np.float32)
    frame = np.clip(base, 0, 255).astype(np.uint8)
    frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    for _ in range(6):  # desk clutter: rectangles that are not codes
        x, y = int(rng.integers(0, w - 200)), int(rng.integers(0, h - 150))
        color = tuple(int(c) for c in rng.integers(30, 220, 3))
        cv2.rectangle(
            frame,
            (x, y),
            (x + int(rng.integers(60, 200)), y + int(rng.integers(40, 150))),
            color,
            -1,
        )
    return frame


def frame_without_code(seed: int = 0, size: tuple[int, int] = (720, 1280)) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return cv2.GaussianBlur(_background(rng, size), (3, 3), 0)


def frame_with_code(
    text: str,
    seed: int = 0,
    size: tuple[int, int] = (720, 1280),
    center: tuple[float, float] = (0.5, 0.5),
    tilt: float = 0.12,
    blur: int = 3,
    glare: float = 0.35,
) -> np.ndarray:
    """A phone screen (dark bezel, white display, the code) pasted with perspective."""
    rng = np.random.default_rng(seed)
    frame = _background(rng, size)
    code = code_image(text, module_px=5)
    side = code.shape[0]
    screen = np.full((int(side * 1.7), side + 40), 245, np.uint8)
    top = (screen.shape[0] - side) // 2
    screen[top : top + side, 20 : 20 + side] = code
    phone = cv2.copyMakeBorder(screen, 30, 30, 14, 14, cv2.BORDER_CONSTANT, value=20)
    ph, pw = phone.shape
    h, w = size
    scale = min(0.8 * h / ph, 0.6 * w / pw, 1.0)
    cx, cy = center[0] * w, center[1] * h
    hw, hh = pw * scale / 2, ph * scale / 2
    d = tilt * hw
    target = np.float32(
        [
            [cx - hw + d, cy - hh],
            [cx + hw - d, cy - hh + d / 2],
            [cx + hw, cy + hh],
            [cx - hw, cy + hh - d / 2],
        ]
    )
    source = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    matrix = cv2.getPerspectiveTransform(source, target)
    warped = cv2.warpPerspective(cv2.cvtColor(phone, cv2.COLOR_GRAY2BGR), matrix, (w, h))
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), matrix, (w, h))
    frame[mask > 0] = warped[mask > 0]
    if glare > 0:  # a soft reflection across the screen
        yy, xx = np.mgrid[0:h, 0:w]
        spot = np.exp(-(((xx - cx - hw / 3) / (hw)) ** 2 + ((yy - cy + hh / 3) / (hh / 2)) ** 2))
        frame = np.clip(frame + (glare * 90 * spot)[..., None], 0, 255).astype(np.uint8)
    if blur > 1:
        frame = cv2.GaussianBlur(frame, (blur | 1, blur | 1), 0)
    noise = rng.normal(0, 4, frame.shape)
    return np.clip(frame + noise, 0, 255).astype(np.uint8)


def write_video(path: str, text: str, frames: int = 45, fps: float = 15.0) -> None:
    """A short clip: empty desk, then a phone moving in with the code, then empty again."""
    writer = cv2.VideoWriter(path, cv2.VideoWriter_fourcc(*"MJPG"), fps, (1280, 720))
    try:
        for i in range(frames):
            if i < frames // 5 or i >= frames * 4 // 5:
                writer.write(frame_without_code(seed=i))
            else:
                x = 0.35 + 0.3 * (i / frames)
                writer.write(frame_with_code(text, seed=i, center=(x, 0.5), blur=3 + (i % 3) * 2))
    finally:
        writer.release()
