"""The decoder pipeline: a frame in, the decoded texts out, within a time budget per frame; and
:func:`decode_files`, the same pipeline on image files (``kiosk qr decode``, the self-test).

Built from what the corpus measurements say (docs/decoder.md, ``scripts/bench_decode.py``):

1. **zxing-cpp first**, on the whole gray frame. It alone reads 132 of the 145 corpus photos
   in ~0.3 ms each and a 720p frame in 2–3 ms. Asked to return errors too, the same pass
   also tells whether it *saw* a code it could not read (finder patterns found, checksum
   failed) and where.
2. **Fallbacks only when they can pay.** Every corpus photo the first pass missed but a
   fallback read was either seen-but-unread by zxing, or a small image. When zxing saw
   nothing, fallbacks get a third of the budget: on a 720p frame that is one global-threshold
   pass (~1 ms), and the frame is done — most frames, since the camera mostly looks at an
   empty desk; small images still get every fallback. When zxing saw a code, the
   fallbacks run on a crop around it — so upscaling and zbar cost a few milliseconds instead
   of the 35 ms zbar takes on a whole 720p frame — in order of codes rescued per millisecond:
   global threshold, 2× upscale, 2× upscale with global threshold, zbar, and the 2× upscale
   with the dark modules thickened (ink that bled on fabric, over-exposed screens).
3. **A budget**: each fallback starts only if its predicted cost (a running average of its
   own timings on regions of about that size) still fits in ``budget_ms``. ``thorough``
   pipelines (files, the corpus) run every stage on the whole image instead, with no budget.

OpenCV's detectors read nothing the stages above miss, at 10–50× the cost: they are measured
by the benchmark, not used here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from kiosk.scan.decoders import Decoded, Decoder, zbar, zxing, zxing_histogram
from kiosk.scan.sources import ImageUnreadable, read_image

__all__ = ["Pipeline", "ScanResult", "FileDecode", "decode_files", "to_gray"]

_QR = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)

#: Regions larger than this (pixels, longer side) are not upscaled: their modules are big
#: enough already, and a 2× copy of a 720p frame costs more than the budget.
UPSCALE_MAX_SIDE = 1000


def to_gray(frame: np.ndarray) -> np.ndarray:
    """BGR, BGRA or gray 8-bit frame in; 8-bit gray out (no copy when it already is).

    Raises:
        ValueError: the array is not an 8-bit image of 1, 3 or 4 channels.
    """
    if frame.dtype != np.uint8 or frame.ndim not in (2, 3) or min(frame.shape[:2]) < 1:
        raise ValueError(f"not an 8-bit image: dtype {frame.dtype}, shape {frame.shape}")
    if frame.ndim == 2:
        return frame
    channels = frame.shape[2]
    if channels == 1:
        return frame[:, :, 0]
    if channels == 3:
        return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    if channels == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY)
    raise ValueError(f"not an 8-bit image: {channels} channels")


def _upscale(gray: np.ndarray) -> np.ndarray:
    return cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)


def _upscale_thickened(gray: np.ndarray) -> np.ndarray:
    """2× upscale, then dark modules grown by one pixel (a 3×3 erosion of the light): joins
    dark modules that light bleeding (fabric, glare, over-exposure) left thin or broken."""
    return cv2.erode(_upscale(gray), np.ones((3, 3), np.uint8))


@dataclass(frozen=True)
class Stage:
    """One fallback: a transform of the gray region, then a decoder.

    ``upscales`` stages are skipped on regions larger than :data:`UPSCALE_MAX_SIDE`;
    ``prior_ms_per_mp`` is the first cost guess (ms per megapixel of the region) before the
    pipeline has timed the stage itself.
    """

    name: str
    decoder: Decoder
    prior_ms_per_mp: float
    transform: Callable[[np.ndarray], np.ndarray] | None = None
    upscales: bool = False


#: The fallbacks, in the order of codes rescued per millisecond on the corpus.
FALLBACKS: tuple[Stage, ...] = (
    Stage("zxing-histogram", zxing_histogram, 2.0),
    Stage("zxing-2x", zxing, 20.0, _upscale, upscales=True),
    Stage("zxing-histogram-2x", zxing_histogram, 15.0, _upscale, upscales=True),
    Stage("zbar", zbar, 40.0),
    Stage("zxing-2x-thickened", zxing, 25.0, _upscale_thickened, upscales=True),
)


@dataclass(frozen=True)
class ScanResult:
    """What one frame gave: the decoded codes, the stages that ran, the time taken, and
    whether the first pass saw a code it could not read. The repr holds no decoded text."""

    decoded: tuple[Decoded, ...]
    stages: tuple[str, ...]
    elapsed_ms: float
    seen_unread: bool

    @property
    def texts(self) -> tuple[str, ...]:
        """The distinct decoded texts, in the order found."""
        return tuple(dict.fromkeys(d.text for d in self.decoded))

    def __repr__(self) -> str:
        return (
            f"ScanResult({len(self.decoded)} decoded, stages={self.stages!r}, "
            f"elapsed_ms={self.elapsed_ms:.2f}, seen_unread={self.seen_unread})"
        )


def _first_pass(gray: np.ndarray) -> tuple[tuple[Decoded, ...], list[np.ndarray]]:
    """zxing-cpp on the whole frame: the codes read, and the corner points of codes seen but
    not read (checksum or format errors) — the hint that fallbacks are worth their cost."""
    results = zxingcpp.read_barcodes(
        gray,
        formats=_QR,
        text_mode=zxingcpp.TextMode.Plain,
        return_errors=True,
    )
    read = tuple(Decoded(r.text, bytes(r.bytes), "zxing-cpp", "qr") for r in results if r.valid)
    seen = []
    for r in results:
        if not r.valid:
            p = r.position
            corners = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
            seen.append(np.array([(c.x, c.y) for c in corners], np.float32))
    return read, seen


def _crop_around(gray: np.ndarray, corners: Sequence[np.ndarray]) -> np.ndarray:
    """The part of the frame holding every code seen, with a quarter of a code's size of
    margin on each side (the detected corners may be off, and the code needs its quiet
    zone: 4 modules, a sixth of the smallest code)."""
    points = np.concatenate(list(corners))
    x0, y0 = points.min(axis=0)
    x1, y1 = points.max(axis=0)
    margin = 0.25 * max(x1 - x0, y1 - y0, 32)
    h, w = gray.shape
    left, top = max(0, int(x0 - margin)), max(0, int(y0 - margin))
    right, bottom = min(w, int(x1 + margin) + 1), min(h, int(y1 + margin) + 1)
    return gray[top:bottom, left:right]


@dataclass
class Pipeline:
    """Decode QR codes from frames.

    Args:
        budget_ms: the time one live frame may take; fallbacks that would not fit are
            skipped (the first zxing pass always runs).
        unseen_share: the part of the budget fallbacks may use when the first pass saw no
            code at all (most live frames: the empty desk).
        thorough: run every stage on the whole image, with no budget and no hint needed
            (files, the corpus, the self-test).

    Safe to call from several threads (the cost averages are guarded by a lock); the camera
    worker calls it from one.
    """

    budget_ms: float = 12.0
    thorough: bool = False
    unseen_share: float = 1 / 3
    fallbacks: tuple[Stage, ...] = FALLBACKS
    _cost: dict[tuple[str, int], float] = field(default_factory=dict, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def decode(self, frame: np.ndarray) -> tuple[str, ...]:
        """The distinct texts decoded from one BGR, BGRA or gray frame (empty: no code).

        Raises:
            ValueError: the frame is not an 8-bit image.
        """
        return self.scan(frame).texts

    def scan(self, frame: np.ndarray) -> ScanResult:
        """Like :meth:`decode`, with the decoded bytes and how the frame was read.

        Raises:
            ValueError: the frame is not an 8-bit image.
        """
        start = time.perf_counter()
        gray = to_gray(frame)
        read, seen = _first_pass(gray)
        stages = ["zxing"]
        if read:
            return ScanResult(read, tuple(stages), _ms_since(start), False)
        if seen and not self.thorough:
            region, budget = _crop_around(gray, seen), self.budget_ms
        else:  # nothing that looks like a code: look again, but only briefly
            region, budget = gray, self.budget_ms * self.unseen_share
        for stage in self.fallbacks:
            if stage.upscales and max(region.shape) > UPSCALE_MAX_SIDE:
                continue
            if not self.thorough:
                predicted = self._predicted_ms(stage, region.size)
                if _ms_since(start) + predicted > budget:
                    continue
            began = time.perf_counter()
            image = stage.transform(region) if stage.transform else region
            read = stage.decoder(image)
            self._record(stage, region.size, _ms_since(began))
            stages.append(stage.name)
            if read:
                break
        return ScanResult(read, tuple(stages), _ms_since(start), bool(seen))

    def _predicted_ms(self, stage: Stage, pixels: int) -> float:
        with self._lock:
            measured = self._cost.get((stage.name, _size_class(pixels)))
        return measured if measured is not None else stage.prior_ms_per_mp * pixels / 1e6

    def _record(self, stage: Stage, pixels: int, elapsed_ms: float) -> None:
        key = (stage.name, _size_class(pixels))
        with self._lock:
            previous = self._cost.get(key)
            self._cost[key] = elapsed_ms if previous is None else 0.8 * previous + 0.2 * elapsed_ms


def _size_class(pixels: int) -> int:
    """Regions within a factor of two in area share a cost estimate (a camera's frames all
    fall in one class; fixed per-call costs dominate on small images)."""
    return max(1, pixels).bit_length()


def _ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


@dataclass(frozen=True, repr=False)
class FileDecode:
    """Every code read from one image file (``texts``: the distinct texts, exact)."""

    path: Path
    texts: tuple[str, ...]
    decoded: tuple[Decoded, ...] = ()

    def __repr__(self) -> str:
        return f"FileDecode({str(self.path)!r}, {len(self.texts)} texts)"


def decode_files(paths: Iterable[str | Path]) -> list[FileDecode]:
    """Every text decoded from each image file, in the order given, with every pipeline stage
    (``kiosk qr decode``). An image with no code gives empty ``texts``.

    Raises:
        ImageUnreadable: a file is missing or not an image (a :class:`SourceUnavailable`).
    """
    pipeline = Pipeline(thorough=True)
    found = []
    for name in paths:
        path = Path(name)
        image = read_image(path)
        if image is None:
            raise ImageUnreadable(source=str(path))
        result = pipeline.scan(image)
        found.append(FileDecode(path, result.texts, result.decoded))
    return found
