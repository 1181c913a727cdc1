"""Frame sources behind one iterator interface: a webcam by index, a video file, a folder of
images, or a list of frames played in a loop (the demo camera when no webcam exists); and
reading one image file robustly.

Every source yields 8-bit BGR ``numpy`` frames, has ``close()`` and is a context manager. A
source that cannot be opened raises :class:`SourceUnavailable` naming the source (a path or a
camera index chosen by the operator, never personal data); a webcam that stops sending
frames raises :class:`SourceLost`.
"""

from __future__ import annotations

import io
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import cv2
import numpy as np
from PIL import Image

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "SourceUnavailable",
    "ImageUnreadable",
    "ImageTooLarge",
    "MAX_IMAGE_PIXELS",
    "SourceLost",
    "FrameSource",
    "CameraSource",
    "VideoFileSource",
    "ImageFolderSource",
    "LoopSource",
    "open_source",
    "read_image",
    "IMAGE_SUFFIXES",
]

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff")


class SourceUnavailable(KioskError):
    """A camera, video or folder cannot be opened. ``source`` names it."""

    code = "source_unavailable"
    template = _N("KioskError", "The camera or file {source} cannot be opened.")


class ImageUnreadable(SourceUnavailable):
    """An image file is missing or is not an image (the parent's message, which the
    Japanese catalogue translates; its own code tells scripts which)."""

    code = "image_unreadable"


class ImageTooLarge(SourceUnavailable):
    """An image file with more pixels than any photo of a code needs (decoding a 20000×20000
    image took 2.4 GB); refused from its header, before it is decoded."""

    code = "image_too_large"
    template = _N(
        "KioskError",
        "The image {source} is too large to read (over {limit} megapixels).",
    )


#: The most pixels an image file may have: a 50-megapixel phone photo; webcams give 1–8.
MAX_IMAGE_PIXELS = 50_000_000


class SourceLost(SourceUnavailable):
    """A webcam that was open stopped sending frames (unplugged, taken by another program)."""

    code = "source_lost"


def read_image(path: Path) -> np.ndarray | None:
    """The image at ``path`` as an 8-bit BGR array, or None if it is missing or not an image.

    Read through numpy and decoded in memory, so paths that OpenCV's own file functions cannot
    open (non-ASCII names on Windows) work too. Its size is read from the header first
    (Pillow reads only the header until asked for pixels).

    Raises:
        ImageTooLarge: the image has more than :data:`MAX_IMAGE_PIXELS` pixels.
    """
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError:
        return None
    if data.size == 0:
        return None
    try:
        with warnings.catch_warnings():  # Pillow's own bomb warning: we decide below
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            width, height = Image.open(io.BytesIO(data.tobytes())).size
    except Image.DecompressionBombError:  # over twice Pillow's own cap: surely too large
        width, height = MAX_IMAGE_PIXELS + 1, 1
    except (OSError, ValueError):
        width = height = 0  # not something Pillow knows: OpenCV may still read it
    if width * height > MAX_IMAGE_PIXELS:
        raise ImageTooLarge(source=str(path), limit=MAX_IMAGE_PIXELS // 1_000_000)
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


class FrameSource:
    """Iterate to get BGR frames; ``close()`` releases the device or file (idempotent).

    ``description`` names the source in errors and logs.
    """

    description: str = "source"

    def __iter__(self) -> Iterator[np.ndarray]:
        raise NotImplementedError

    def close(self) -> None:
        """Release what the source holds; iterating afterwards yields nothing."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _CaptureSource(FrameSource):
    """An OpenCV VideoCapture that is open (else :class:`SourceUnavailable`)."""

    def __init__(self, capture: Any, description: str) -> None:
        self.description = description
        self._capture = capture
        self._closed = False
        if not capture.isOpened():
            capture.release()
            raise SourceUnavailable(source=description)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._capture.release()


class CameraSource(_CaptureSource):
    """A webcam by index, asked for ``width``×``height`` (it may give another size).

    A few failed reads in a row are tolerated (USB hiccups); more raise :class:`SourceLost`.

    Raises:
        SourceUnavailable: no camera with that index can be opened.
    """

    #: Consecutive failed reads before the camera counts as lost (~1 s at 30 fps).
    MAX_FAILED_READS = 30

    def __init__(self, index: int = 0, width: int = 1280, height: int = 720) -> None:
        # Probing a laptop without a webcam is normal (the demo camera takes over): say so
        # with SourceUnavailable, not with OpenCV's own warnings on the terminal.
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
        capture = cv2.VideoCapture(index)
        super().__init__(capture, f"camera {index}")
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)

    def __iter__(self) -> Iterator[np.ndarray]:
        failed = 0
        while not self._closed:
            ok, frame = self._capture.read()
            if ok and frame is not None:
                failed = 0
                yield frame
                continue
            failed += 1
            if failed >= self.MAX_FAILED_READS:
                raise SourceLost(source=self.description)


class VideoFileSource(_CaptureSource):
    """The frames of a video file, once, in order (recorded camera footage, tests).

    ``fps`` is the rate the file declares (0 if it declares none).

    Raises:
        SourceUnavailable: the file is missing, or no frame can be read from it.
    """

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if not path.is_file():
            raise SourceUnavailable(source=str(path))
        super().__init__(cv2.VideoCapture(str(path)), str(path))
        self.fps = float(self._capture.get(cv2.CAP_PROP_FPS) or 0.0)
        # Some backends "open" any file: only a first frame proves it is a video.
        ok, first = self._capture.read()
        if not ok or first is None:
            self.close()
            raise SourceUnavailable(source=str(path))
        self._first: np.ndarray | None = first

    def __iter__(self) -> Iterator[np.ndarray]:
        if self._first is not None and not self._closed:
            first, self._first = self._first, None
            yield first
        while not self._closed:
            ok, frame = self._capture.read()
            if not ok or frame is None:
                return
            yield frame


class ImageFolderSource(FrameSource):
    """Every image in a folder, in name order (recorded frames for tests and demos). Files
    that are not images, or cannot be decoded, are skipped.

    Raises:
        SourceUnavailable: the folder does not exist.
    """

    def __init__(self, folder: str | Path) -> None:
        folder = Path(folder)
        self.description = str(folder)
        if not folder.is_dir():
            raise SourceUnavailable(source=str(folder))
        self.paths = tuple(
            sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        )
        self._closed = False

    def __iter__(self) -> Iterator[np.ndarray]:
        for path in self.paths:
            if self._closed:
                return
            try:
                frame = read_image(path)
            except ImageTooLarge:  # a folder played as a camera skips it, as an unreadable one
                continue
            if frame is not None:
                yield frame

    def close(self) -> None:
        self._closed = True


class LoopSource(FrameSource):
    """A list of frames played forever at ``fps`` (0: as fast as they are taken), each shown
    ``hold`` times in a row — the demo camera: a few distinct frames held for seconds
    without keeping hundreds in memory. ``close()`` ends the loop, also from another thread.

    ``sleep`` and ``clock`` are injectable so tests need not wait.

    Raises:
        SourceUnavailable: ``frames`` is empty.
    """

    description = "demo camera"

    def __init__(
        self,
        frames: Sequence[np.ndarray],
        fps: float = 15.0,
        sleep: Callable[[float], None] = time.sleep,
        hold: int = 1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if len(frames) == 0:
            raise SourceUnavailable(source=self.description)
        self._frames = tuple(frames)
        self._hold = max(1, hold)
        self._period = 1.0 / fps if fps > 0 else 0.0
        self._sleep = sleep
        self._clock = clock
        self._closed = False

    def __iter__(self) -> Iterator[np.ndarray]:
        due = self._clock()
        while not self._closed:
            for frame in self._frames:
                for _ in range(self._hold):
                    if self._closed:
                        return
                    if self._period:
                        # Paced on a schedule, not by fixed sleeps: a slow consumer does not
                        # slow the clock down, it just finds the next frame due at once.
                        due = max(due + self._period, self._clock())
                        wait = due - self._clock()
                        if wait > 0:
                            self._sleep(wait)
                    yield frame

    def close(self) -> None:
        self._closed = True


def open_source(spec: str) -> FrameSource:
    """A source from a setting or a command-line value: a camera index (``"0"``), a folder of
    images, or a video file.

    Raises:
        SourceUnavailable: it cannot be opened.
    """
    if spec.isdigit():
        return CameraSource(int(spec))
    path = Path(spec)
    if path.is_dir():
        return ImageFolderSource(path)
    return VideoFileSource(path)
