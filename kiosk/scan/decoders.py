"""Adapters around the QR decoders we measured: zxing-cpp (primary), zbar, OpenCV.

Each takes a grayscale ``numpy`` image and returns the decoded texts. Text is decoded from the
code's bytes with care: zxing-cpp honours ECI and guesses Shift_JIS/GB2312 from the bytes
(``TextMode.Plain`` keeps control characters as they are instead of ``<SOH>`` escapes); zbar
gives bytes that we decode as UTF-8, then Shift_JIS. Most wrong answers of the other decoders
were such character-set guesses (docs/decoder.md).
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import zxingcpp

__all__ = ["Decoder", "zxing", "zxing_histogram", "zbar", "opencv", "DECODERS", "bytes_to_text"]

Decoder = Callable[[np.ndarray], tuple[str, ...]]
_QR = zxingcpp.BarcodeFormat.QRCode


def bytes_to_text(data: bytes) -> str:
    """UTF-8 if the bytes are valid UTF-8, else Shift_JIS (Japanese codes), else Latin-1."""
    for encoding in ("utf-8", "shift_jis"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _zxing(image: np.ndarray, binarizer: zxingcpp.Binarizer) -> tuple[str, ...]:
    results = zxingcpp.read_barcodes(
        image, formats=_QR, text_mode=zxingcpp.TextMode.Plain, binarizer=binarizer
    )
    return tuple(r.text for r in results if r.valid)


def zxing(image: np.ndarray) -> tuple[str, ...]:
    """zxing-cpp with its default local-average binarizer: fast and the best single decoder."""
    return _zxing(image, zxingcpp.Binarizer.LocalAverage)


def zxing_histogram(image: np.ndarray) -> tuple[str, ...]:
    """zxing-cpp with a global-histogram binarizer: rescues evenly lit designer codes."""
    return _zxing(image, zxingcpp.Binarizer.GlobalHistogram)


def zbar(image: np.ndarray) -> tuple[str, ...]:
    """zbar through pyzbar (needs libzbar0): a different detector, slower on large frames."""
    from pyzbar import pyzbar  # loads libzbar: only when this fallback runs

    found = pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])
    return tuple(bytes_to_text(r.data) for r in found)


_opencv = cv2.QRCodeDetector()


def opencv(image: np.ndarray) -> tuple[str, ...]:
    """OpenCV's QRCodeDetector (measured only; too slow and weak to be in the pipeline)."""
    try:
        ok, texts, _, _ = _opencv.detectAndDecodeMulti(image)
    except (cv2.error, UnicodeDecodeError):  # OpenCV decodes to UTF-8 itself and may fail
        return ()
    return tuple(t for t in texts if t) if ok else ()


DECODERS: dict[str, Decoder] = {"zxing-cpp": zxing, "zbar": zbar, "opencv": opencv}
