"""Drawing identity codes as QR images (PNG or SVG) with segno.

Owns the QR parameters every code of ours uses: alphanumeric mode (the prefixes and Base45 are
all in its character set), error correction M without boosting, a quiet zone of 4 modules, and
the upper bound of version 25 that a webcam reads from a phone screen.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno

from kiosk.identity.errors import CodeTooLarge, InvalidPayload

__all__ = ["ERROR_LEVEL", "RenderedCode", "qr_version", "render_png", "render_svg"]

ERROR_LEVEL = "M"
_MAX_VERSION = 25
_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


@dataclass(frozen=True, repr=False)
class RenderedCode:
    """An image of a code: its bytes, MIME type, QR version and error level."""

    data: bytes
    mime: str
    version: int
    error: str = ERROR_LEVEL

    def __repr__(self) -> str:
        return f"RenderedCode(mime={self.mime!r}, version={self.version}, error={self.error!r})"


def _make(text: str, max_version: int) -> segno.QRCode:
    if not text or not set(text) <= _ALPHANUMERIC:
        raise InvalidPayload("text", "not QR alphanumeric text")
    try:
        code = segno.make(
            text, mode="alphanumeric", error=ERROR_LEVEL, boost_error=False, micro=False
        )
    except segno.DataOverflowError as exc:
        raise CodeTooLarge(version=">40", limit=max_version) from exc
    version = int(code.version)
    if version > max_version:
        raise CodeTooLarge(version=version, limit=max_version)
    return code


def qr_version(text: str, max_version: int = 40) -> int:
    """The QR version ``text`` needs in alphanumeric mode at error correction M.

    Raises:
        InvalidPayload: ``text`` has a character outside the alphanumeric set.
        CodeTooLarge: it needs a version above ``max_version``.
    """
    return int(_make(text, max_version).version)


def render_png(
    text: str, scale: int = 6, border: int = 4, max_version: int = _MAX_VERSION
) -> RenderedCode:
    """A PNG of ``text`` as a QR code (``scale`` pixels per module).

    Raises:
        InvalidPayload: ``text`` has a character outside the alphanumeric set.
        CodeTooLarge: it needs a version above ``max_version`` (25 by default).
    """
    code = _make(text, max_version)
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=border)
    return RenderedCode(out.getvalue(), "image/png", int(code.version))


def render_svg(
    text: str, scale: int = 6, border: int = 4, max_version: int = _MAX_VERSION
) -> RenderedCode:
    """An SVG of ``text`` as a QR code (``scale`` user units per module).

    Raises:
        InvalidPayload: ``text`` has a character outside the alphanumeric set.
        CodeTooLarge: it needs a version above ``max_version`` (25 by default).
    """
    code = _make(text, max_version)
    out = io.BytesIO()
    code.save(out, kind="svg", scale=scale, border=border, xmldecl=False)
    return RenderedCode(out.getvalue(), "image/svg+xml", int(code.version))
