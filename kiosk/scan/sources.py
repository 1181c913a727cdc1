"""Frame sources behind one iterator interface: a webcam, a video file, a folder of images, or
a list of frames played in a loop (the demo camera when no webcam exists).

Each yields BGR ``numpy`` frames and has ``close()``; all are context managers. A source that
cannot be opened raises :class:`SourceUnavailable` with the source's description (a path or
camera index, never personal data).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from kiosk.errors import KioskError
from kiosk.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "SourceUnavailable",
    "FrameSource",
    "CameraSource",
    "VideoFileSource",
    "ImageFolderSource",
    "LoopSource",
    "open_source",
]

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp")


class SourceUnavailable(KioskError):
    code = "source_unavailable"
    template = _N("KioskError", "The camera or file {source} cannot be opened.")


class FrameSource:
    """Iterate to get frames; ``close()`` releases the device or file."""

    description = "source"

    def __iter__(self) -> Iterator[np.ndarray]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> FrameSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _CaptureSource(FrameSource):
    def __init__(self, capture: Any, description: str) -> None:
        self.description = description
        self._capture = capture
        if not capture.isOpened():
            capture.release()
            raise SourceUnavailable(source=description)

    def __iter__(self) -> Iterator[np.ndarray]:
        while True:
            ok, frame = self._capture.read()
            if not ok or frame is None:
                return
            yield frame

    def close(self) -> None:
        self._capture.release()


class CameraSource(_CaptureSource):
    """A webcam by index, asking for 1280×720."""

    def __init__(self, index: int = 0, width: int = 1280, height: int = 720) -> None:
        capture = cv2.VideoCapture(index)
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        super().__init__(capture, f"camera {index}")


class VideoFileSource(_CaptureSource):
    def __init__(self, path: Path) -> None:
        if not Path(path).is_file():
            raise SourceUnavailable(source=str(path))
        super().__init__(cv2.VideoCapture(str(path)), str(path))


class ImageFolderSource(FrameSource):
    """Every image in a folder, in name order (recorded frames for tests and demos)."""

    def __init__(self, folder: Path) -> None:
        self.description = str(folder)
        if not Path(folder).is_dir():
            raise SourceUnavailable(source=str(folder))
        self.paths = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)

    def __iter__(self) -> Iterator[np.ndarray]:
        for path in self.paths:
            frame = cv2.imread(str(path), cv2.IMREAD_COLOR)
            if frame is not None:
                yield frame


class LoopSource(FrameSource):
    """A list of frames played forever at ``fps``, each shown ``hold`` times in a row (the demo
    camera: a few distinct frames held for seconds, without keeping hundreds in memory)."""

    description = "demo camera"

    def __init__(
        self,
        frames: Sequence[np.ndarray],
        fps: float = 15.0,
        sleep: Callable[[float], None] = time.sleep,
        hold: int = 1,
    ) -> None:
        if not frames:
            raise SourceUnavailable(source="demo camera")
        self._frames = [frame for frame in frames for _ in range(max(1, hold))]
        self._period = 1.0 / fps if fps > 0 else 0.0
        self._sleep = sleep
        self._closed = False

    def __iter__(self) -> Iterator[np.ndarray]:
        while not self._closed:
            for frame in self._frames:
                if self._closed:
                    return
                if self._period:
                    self._sleep(self._period)
                yield frame

    def close(self) -> None:
        self._closed = True


def open_source(spec: str) -> FrameSource:
    """A source from a setting or a command-line value: a camera index, a video file or a
    folder of images.

    Raises:
        SourceUnavailable: it cannot be opened.
    """
    if spec.isdigit():
        return CameraSource(int(spec))
    path = Path(spec)
    if path.is_dir():
        return ImageFolderSource(path)
    return VideoFileSource(path)
