"""The decoder pipeline: frame in, decoded texts out, within a time budget per frame.

Built from what the corpus measurements say (docs/decoder.md): zxing-cpp alone reads most
codes in a few milliseconds; frames where it finds nothing get cheap fallbacks in order of
value per millisecond — the global-histogram binarizer, a 2× upscale of small images, then
zbar — until one finds a code or the budget is spent. A live camera frame that holds no code
(most of them) costs one zxing pass plus one histogram pass; still images (``thorough``) get
every stage.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.scan.decoders import zbar, zxing, zxing_histogram

__all__ = ["Pipeline", "to_gray"]


def to_gray(frame: np.ndarray) -> np.ndarray:
    """BGR, BGRA or gray in; 8-bit gray out (no copy when it already is)."""
    if frame.ndim == 2:
        return frame
    if frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY)
    return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)


@dataclass(frozen=True)
class Pipeline:
    """Decode QR codes from frames. Thread-safe (no mutable state); call it from one worker.

    ``budget_ms`` bounds the fallback stages of one frame (the first zxing pass always runs);
    ``thorough`` runs every stage regardless of budget (files, the corpus, the self-test).
    """

    budget_ms: float = 12.0
    thorough: bool = False
    upscale_below: int = 500

    def decode(self, frame: np.ndarray) -> tuple[str, ...]:
        start = time.perf_counter()
        gray = to_gray(frame)
        found = zxing(gray)
        if found:
            return found
        for stage in self._fallbacks(gray):
            if not self.thorough and (time.perf_counter() - start) * 1000 > self.budget_ms:
                break
            found = stage()
            if found:
                return found
        return ()

    def _fallbacks(self, gray: np.ndarray):  # type: ignore[no-untyped-def]
        yield lambda: zxing_histogram(gray)
        if min(gray.shape[:2]) < self.upscale_below:
            yield lambda: zxing(cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC))
        if self.thorough or min(gray.shape[:2]) < self.upscale_below:
            yield lambda: zbar(gray)
