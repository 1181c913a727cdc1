"""The camera worker: frames from any iterator of numpy BGR frames (a
:class:`kiosk.scan.FrameSource`, a video, a test's generator), a preview for the screen, and
decoded codes for the window — all off the GUI thread.

The capture loop runs on its own QThread (opening a webcam and waiting for its next frame
both block). Each frame is copied into a QImage for the preview at most ``preview_fps``
times a second, and a copy of it is handed to the ``decode`` callable on the decode executor
(``Workers.executor("decode")``, or one of its own). While the decoder is busy, new frames
are dropped instead of queued, so a slow frame never builds up latency: the code on screen
is at most one decode old. Decoded texts leave as ``decoded``; when an
:class:`kiosk.scan.Acceptor` is given, they also go through it (signature check or two
sightings, one event per code) and leave as ``accepted``. Widgets are never touched here:
the worker gets frames, the window gets signals.

The signals are emitted on the GUI thread: the capture and decode threads post each emit
through :class:`ui.handoff.Handoff`, the one place where anything crosses threads (a binding
bug in cross-thread emits once aborted the kiosk every six minutes).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future, ThreadPoolExecutor

import cv2
import numpy as np
import shiboken6
from PySide6.QtCore import QThread, Signal, SignalInstance
from PySide6.QtGui import QImage

from kiosk.basics.errors import KioskError
from kiosk.basics.logs import log_unexpected
from kiosk.scan import Acceptor
from ui.handoff import Handoff

__all__ = ["CameraWorker", "to_qimage"]

log = logging.getLogger("ui.camera")


def to_qimage(frame: np.ndarray) -> QImage:
    """A deep copy of a BGR (or grey) frame as a QImage, safe to hand to the GUI thread."""
    if frame.ndim == 2:
        grey = np.ascontiguousarray(frame)
        h, w = grey.shape
        return QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class CameraWorker(QThread):
    """Pulls frames on its own thread; previews, decodes, and reports by signal only.

    Args:
        open_source: called on the worker thread; returns an iterable of BGR frames (closed
            afterwards if it has ``close()``). Opening a webcam can take a second: never on
            the GUI thread.
        decode: frame -> decoded texts; runs on the decode executor, one frame at a time.
        acceptor: optional; turns decoded texts into ``accepted`` events.
        preview_fps: the most preview frames a second sent to the screen.
        decoder: the executor to decode on (``Workers.executor("decode")``); without it the
            worker makes (and shuts down) its own single thread.
        handoff: how signals reach the GUI thread (``Workers.handoff``); without it the worker
            makes its own (construct the worker on the GUI thread, then).
    """

    # A preview frame (a QImage copy; the numpy frame never leaves this thread).
    frame = Signal(QImage)
    # Texts decoded from one frame (a non-empty ``tuple[str, ...]``).
    decoded = Signal(object)
    # A code the acceptor let through (once per code).
    accepted = Signal(str)
    # The source could not be opened or broke: the exception's type name.
    failed = Signal(str)
    # The same, as an error to show: a KioskError (e.g. SourceUnavailable) or None.
    error = Signal(object)

    def __init__(
        self,
        open_source: Callable[[], Iterable[np.ndarray]],
        decode: Callable[[np.ndarray], tuple[str, ...]],
        acceptor: Acceptor | None = None,
        preview_fps: float = 15.0,
        decoder: Executor | None = None,
        handoff: Handoff | None = None,
    ) -> None:
        super().__init__()
        self._handoff = handoff or Handoff(self)
        self._open_source = open_source
        self._decode = decode
        self._acceptor = acceptor
        self._preview_period = 1.0 / preview_fps if preview_fps > 0 else float("inf")
        self._stop = threading.Event()
        self._own_decoder = decoder is None
        self._decoder: Executor = decoder or ThreadPoolExecutor(
            1, thread_name_prefix="kiosk-decode"
        )
        self._decoding = threading.Event()
        self._pending: Future[None] | None = None
        self._lock = threading.Lock()
        self.frames_seen = 0
        self.frames_previewed = 0
        self.frames_decoded = 0
        self.frames_dropped = 0

    def run(self) -> None:
        try:
            source = self._open_source()
        except Exception as exc:  # noqa: BLE001 - reported as a signal; the window shows it
            self._report(exc, "opening the camera")
            return
        last_preview = float("-inf")
        try:
            for frame in source:
                if self._stop.is_set():
                    break
                self.frames_seen += 1
                now = time.monotonic()
                if now - last_preview >= self._preview_period:
                    last_preview = now
                    self.frames_previewed += 1
                    self._post(self.frame, to_qimage(frame))
                if self._decoding.is_set():
                    self.frames_dropped += 1
                    continue
                self._decoding.set()
                # A copy: a source may reuse its buffer for the next frame.
                self._pending = self._decoder.submit(self._decode_one, frame.copy())
        except Exception as exc:  # noqa: BLE001
            self._report(exc, "the camera loop")
        finally:
            close = getattr(source, "close", None)
            if callable(close):
                close()

    def _report(self, exc: Exception, where: str) -> None:
        if isinstance(exc, KioskError):
            log.warning("camera: %s while %s", exc.code, where)
            self._post(self.error, exc)
        else:
            log_unexpected(log, exc, where)
            self._post(self.error, None)
        self._post(self.failed, type(exc).__name__)

    def _post(self, signal: SignalInstance, value: object) -> None:
        """Emit ``signal`` with ``value`` on the GUI thread (called from the worker threads);
        dropped if the worker was deleted meanwhile, as Qt drops a queued emit to a dead object."""

        def emit() -> None:
            if shiboken6.isValid(self):
                signal.emit(value)

        self._handoff.post(emit)

    def _decode_one(self, frame: np.ndarray) -> None:
        try:
            if self._stop.is_set():
                return
            texts = tuple(self._decode(frame))
            self.frames_decoded += 1
            if texts:
                self._post(self.decoded, texts)
            if self._acceptor is not None:
                with self._lock:
                    events = self._acceptor.feed(texts)
                for text in events:
                    self._post(self.accepted, text)
        except Exception as exc:  # noqa: BLE001 - one bad frame must not stop the scanning
            log_unexpected(log, exc, "the decoder")
        finally:
            self._decoding.clear()

    def reset_acceptor(self) -> None:
        """Forget recent codes (after a lock or a screen change), so the next scan counts."""
        if self._acceptor is not None:
            with self._lock:
                self._acceptor.reset()

    def stop(self, timeout_ms: int = 3000) -> None:
        """Stop capturing and wait for the loop and the frame being decoded (up to
        ``timeout_ms`` for the loop: a webcam read can block)."""
        self._stop.set()
        self.wait(timeout_ms)
        pending = self._pending
        if pending is not None:
            try:
                pending.result(timeout=timeout_ms / 1000)
            except Exception:  # noqa: BLE001 - already logged in _decode_one; a timeout is moot
                pass
        if self._own_decoder:
            self._decoder.shutdown(wait=True)
