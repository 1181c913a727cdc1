"""Adapters around the QR decoders we measured: zxing-cpp, zbar (through pyzbar's ctypes
binding), OpenCV's QRCodeDetector and QRCodeDetectorAruco, and OpenCV's WeChat detector when the
installed OpenCV has it (it needs no model files).

Each adapter takes an 8-bit grayscale ``numpy`` image and returns :class:`Decoded` results:
the code's raw bytes and its text. Most wrong answers in our measurements were not misreads
but character-set guesses (Shift_JIS payloads read as Big5 or Latin-1), so text is made from
bytes with care (:func:`bytes_to_text`):

- zxing-cpp knows the code's segments (ECI designators, Kanji and Hanzi modes) and decodes
  each with its own character set; we take its text in ``TextMode.Plain``, which keeps control
  characters as they are (the default mode escapes them as ``<SOH>``).
- zbar is asked for the raw bytes (``ZBAR_CFG_BINARY``) instead of its own guess, and the bytes
  are decoded here: UTF-8 if valid, else Shift_JIS if it looks Japanese, else ISO-8859-1 (the
  QR standard's default).
- OpenCV hands back text only, one character per byte for byte-mode payloads: those bytes are
  recovered and decoded like zbar's.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import cv2
import numpy as np
import zxingcpp

__all__ = [
    "Decoded",
    "Decoder",
    "bytes_to_text",
    "zxing",
    "zxing_histogram",
    "zbar",
    "opencv",
    "opencv_aruco",
    "opencv_wechat",
    "DECODERS",
]


@dataclass(frozen=True)
class Decoded:
    """One code read from one image: its bytes, its text, which decoder and which charset.

    The repr names no content: a decoded text may hold a person's data.
    """

    text: str
    raw: bytes
    decoder: str
    charset: str

    def __repr__(self) -> str:
        return (
            f"Decoded(decoder={self.decoder!r}, charset={self.charset!r}, "
            f"{len(self.raw)} bytes, {len(self.text)} characters)"
        )


#: An adapter: 8-bit gray image in, what it read out (empty when nothing).
Decoder = Callable[[np.ndarray], tuple["Decoded", ...]]

# Python's codec names for the charsets QR codes declare by ECI (ISO/IEC 18004, AIM ECI).
_ECI_CHARSETS = {
    "iso-8859-1": "latin-1",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "utf-8": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5",
    "euc-kr": "euc-kr",
}


def _runs(text: str, kind: Callable[[str], bool]) -> tuple[int, int]:
    """(longest run, total) of characters of one kind."""
    longest = run = total = 0
    for ch in text:
        run = run + 1 if kind(ch) else 0
        longest = max(longest, run)
        total += kind(ch)
    return longest, total


def _halfwidth_kana(ch: str) -> bool:
    return "\uff61" <= ch <= "\uff9f"


def _double_byte(ch: str) -> bool:
    return ord(ch) > 0xFF and not _halfwidth_kana(ch)


def _guess_8bit(data: bytes) -> tuple[str, str]:
    """Shift_JIS or ISO-8859-1 for bytes that are not UTF-8: the heuristic of ZXing's
    ``StringUtils.guessEncoding``, which Japanese codes were tuned against. Three non-ASCII
    characters in a row that decode as Shift_JIS are Japanese; for shorter runs, Shift_JIS
    when exactly one pair of katakana appears or when a tenth of the bytes would be Latin-1
    symbols rather than letters."""
    can_be_latin1 = not any(0x80 <= b < 0xA0 for b in data)
    try:
        sjis = data.decode("cp932")
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
    kana_run, kana_total = _runs(sjis, _halfwidth_kana)
    double_run, _ = _runs(sjis, _double_byte)
    if kana_run >= 3 or double_run >= 3 or not can_be_latin1:
        return sjis, "cp932"
    latin1_symbols = sum(1 for b in data if b >= 0xA0 and (b < 0xC0 or b in (0xD7, 0xF7)))
    if (kana_run == 2 and kana_total == 2) or latin1_symbols * 10 >= len(data):
        return sjis, "cp932"
    return data.decode("latin-1"), "latin-1"


def bytes_to_text(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Text from a code's bytes, and the (Python) charset used.

    ``charset`` is the one the code declares (ECI), tried first. Then UTF-8 (which 8-bit
    text in another charset almost never is by chance), then Shift_JIS (as cp932, the form
    Japanese phones and PCs write) or ISO-8859-1, the QR default, as :func:`_guess_8bit`
    judges. Never raises.
    """
    if charset:
        name = _ECI_CHARSETS.get(charset.lower(), charset)
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _guess_8bit(data)


_QR = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def _zxing(image: np.ndarray, binarizer: zxingcpp.Binarizer) -> tuple[Decoded, ...]:
    results = zxingcpp.read_barcodes(
        image, formats=_QR, text_mode=zxingcpp.TextMode.Plain, binarizer=binarizer
    )
    return tuple(Decoded(r.text, bytes(r.bytes), "zxing-cpp", "qr") for r in results if r.valid)


def zxing(image: np.ndarray) -> tuple[Decoded, ...]:
    """zxing-cpp with its local-average binarizer: the fastest and best single decoder. Also
    reads inverted (light on dark) codes and scans downscaled copies of large frames."""
    return _zxing(image, zxingcpp.Binarizer.LocalAverage)


def zxing_histogram(image: np.ndarray) -> tuple[Decoded, ...]:
    """zxing-cpp with a global-histogram binarizer: one threshold for the whole image, which
    keeps evenly lit designer codes (pictures inside the modules) and fabric prints whole."""
    return _zxing(image, zxingcpp.Binarizer.GlobalHistogram)


# zbar through the ctypes functions pyzbar loads from libzbar0. pyzbar's own ``decode`` returns
# zbar's charset guess re-encoded as UTF-8; ZBAR_CFG_BINARY (libzbar >= 0.23) keeps the bytes.
_ZBAR_QRCODE = 64
_ZBAR_CFG_ENABLE = 0
_ZBAR_CFG_BINARY = 4
_FOURCC_Y800 = 0x30303859


def zbar(image: np.ndarray) -> tuple[Decoded, ...]:
    """zbar: a different detector (it scans lines, not finder patterns in 2-D), slower on large
    frames. Its raw bytes are decoded with :func:`bytes_to_text`.

    Raises:
        ImportError: libzbar is not installed (pyzbar cannot load it).
    """
    from pyzbar import wrapper as zb  # loads libzbar: only when this decoder runs

    gray = np.ascontiguousarray(image)
    height, width = gray.shape[:2]
    scanner = zb.zbar_image_scanner_create()
    try:
        zb.zbar_image_scanner_set_config(scanner, 0, _ZBAR_CFG_ENABLE, 0)  # every symbology off
        zb.zbar_image_scanner_set_config(scanner, _ZBAR_QRCODE, _ZBAR_CFG_ENABLE, 1)
        zb.zbar_image_scanner_set_config(scanner, _ZBAR_QRCODE, _ZBAR_CFG_BINARY, 1)
        zimage = zb.zbar_image_create()
        try:
            pixels = gray.tobytes()
            zb.zbar_image_set_format(zimage, _FOURCC_Y800)
            zb.zbar_image_set_size(zimage, width, height)
            zb.zbar_image_set_data(zimage, pixels, len(pixels), None)
            zb.zbar_scan_image(scanner, zimage)
            found = []
            symbol = zb.zbar_image_first_symbol(zimage)
            while symbol:
                data = ctypes.string_at(
                    zb.zbar_symbol_get_data(symbol), zb.zbar_symbol_get_data_length(symbol)
                )
                text, charset = bytes_to_text(data)
                found.append(Decoded(text, data, "zbar", charset))
                symbol = zb.zbar_symbol_next(symbol)
            return tuple(found)
        finally:
            zb.zbar_image_destroy(zimage)
    finally:
        zb.zbar_image_scanner_destroy(scanner)


# OpenCV detector objects keep state between calls: one per thread.
_local = threading.local()


def _detector(name: str, make: Callable[[], object]) -> object:
    detector = getattr(_local, name, None)
    if detector is None:
        detector = make()
        setattr(_local, name, detector)
    return detector


def _opencv(detector: object, image: np.ndarray, name: str) -> tuple[Decoded, ...]:
    try:
        ok, texts, _, _ = detector.detectAndDecodeMulti(image)  # type: ignore[attr-defined]
    except (cv2.error, UnicodeDecodeError):  # OpenCV's binding decodes bytes as UTF-8 itself
        return ()
    if not ok:
        return ()
    return tuple(_from_opencv(t, name) for t in texts if t)


def _from_opencv(text: str, name: str) -> Decoded:
    """OpenCV maps a byte-mode payload to one character per byte (as if ISO-8859-1): when
    every character fits in a byte, recover the bytes and decode them properly; otherwise
    OpenCV already decoded UTF-8 (or Kanji mode) and its text stands."""
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return Decoded(text, text.encode("utf-8"), name, "utf-8")
    decoded, charset = bytes_to_text(raw)
    return Decoded(decoded, raw, name, charset)


def opencv(image: np.ndarray) -> tuple[Decoded, ...]:
    """OpenCV's classic QRCodeDetector (measured; slower and weaker than zxing-cpp)."""
    return _opencv(_detector("classic", cv2.QRCodeDetector), image, "opencv")


def opencv_aruco(image: np.ndarray) -> tuple[Decoded, ...]:
    """OpenCV's QRCodeDetectorAruco (finder patterns found like ArUco markers; measured)."""
    return _opencv(_detector("aruco", cv2.QRCodeDetectorAruco), image, "opencv-aruco")


def _wechat_available() -> bool:
    return hasattr(cv2, "wechat_qrcode_WeChatQRCode")


def opencv_wechat(image: np.ndarray) -> tuple[Decoded, ...]:
    """OpenCV's WeChat detector without its CNN model files (only in opencv-contrib builds;
    returns nothing when the installed OpenCV lacks it)."""
    if not _wechat_available():
        return ()
    detector = _detector("wechat", cv2.wechat_qrcode_WeChatQRCode)  # type: ignore[attr-defined]
    try:
        texts, _ = detector.detectAndDecode(image)  # type: ignore[attr-defined]
    except (cv2.error, UnicodeDecodeError):
        return ()
    return tuple(_from_opencv(t, "opencv-wechat") for t in texts if t)


def _single_decoders() -> Mapping[str, Decoder]:
    decoders: dict[str, Decoder] = {
        "zxing-cpp": zxing,
        "zbar": zbar,
        "opencv": opencv,
        "opencv-aruco": opencv_aruco,
    }
    if _wechat_available():
        decoders["opencv-wechat"] = opencv_wechat
    return MappingProxyType(decoders)


#: Every single decoder available here, by name, each with its default settings (the
#: benchmark's rows). The pipeline combines some of them with preprocessing.
DECODERS: Mapping[str, Decoder] = _single_decoders()
