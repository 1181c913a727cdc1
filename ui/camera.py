"""The camera worker: frames from any :class:`kiosk.scan.FrameSource`, a preview for the
screen, and accepted codes for the window — all off the GUI thread.

The capture loop runs on its own QThread. Each frame is copied into a QImage for the preview
(at most ``preview_fps`` a second) and handed to the decoder on a second thread; while the
decoder is busy, new frames are dropped instead of queued, so a slow frame never builds up
latency. Decoded texts go through the :class:`kiosk.scan.Acceptor` (signature check or two
sightings, one event per code) and leave as the ``accepted`` signal. Widgets are never
touched here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np
from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from kiosk.logs import log_unexpected
from kiosk.scan import Acceptor, FrameSource

__all__ = ["CameraWorker", "to_qimage"]

log = logging.getLogger("ui.camera")


def to_qimage(frame: np.ndarray) -> QImage:
    """A deep copy of a BGR frame as an RGB QImage (safe to hand to the GUI thread)."""
    rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class CameraWorker(QThread):
    frame = Signal(QImage)
    accepted = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        open_source: Callable[[], FrameSource],
        decode: Callable[[np.ndarray], tuple[str, ...]],
        acceptor: Acceptor,
        preview_fps: float = 15.0,
    ) -> None:
        super().__init__()
        self._open_source = open_source
        self._decode = decode
        self._acceptor = acceptor
        self._preview_period = 1.0 / preview_fps
        self._stop = threading.Event()
        self._decoder = ThreadPoolExecutor(1, thread_name_prefix="kiosk-decode")
        self._decoding = threading.Event()
        self._lock = threading.Lock()
        self.frames_seen = 0
        self.frames_decoded = 0

    def run(self) -> None:
        try:
            source = self._open_source()
        except Exception as exc:  # noqa: BLE001 - reported as a signal, the window shows it
            self.failed.emit(type(exc).__name__)
            return
        last_preview = 0.0
        try:
            for frame in source:
                if self._stop.is_set():
                    break
                self.frames_seen += 1
                now = time.monotonic()
                if now - last_preview >= self._preview_period:
                    last_preview = now
                    self.frame.emit(to_qimage(frame))
                if not self._decoding.is_set():
                    self._decoding.set()
                    self._decoder.submit(self._decode_one, frame)
        except Exception as exc:  # noqa: BLE001
            log_unexpected(log, exc, "the camera loop")
            self.failed.emit(type(exc).__name__)
        finally:
            source.close()

    def _decode_one(self, frame: np.ndarray) -> None:
        try:
            texts = self._decode(frame)
            self.frames_decoded += 1
            with self._lock:
                events = self._acceptor.feed(texts)
            for text in events:
                self.accepted.emit(text)
        except Exception as exc:  # noqa: BLE001
            log_unexpected(log, exc, "the decoder")
        finally:
            self._decoding.clear()

    def reset_acceptor(self) -> None:
        """Forget recent codes (after a lock or a screen change), so the next scan counts."""
        with self._lock:
            self._acceptor.reset()

    def stop(self, timeout_ms: int = 3000) -> None:
        self._stop.set()
        self.wait(timeout_ms)
        self._decoder.shutdown(wait=True)
