"""Pairing codes and replies in files: written as a QR image (``.png``/``.svg``) or the
text, read back from an image (decoded) or a text file. The command line's ``kiosk desk
pair-code --out FILE`` / ``pair FILE`` and the window's "Save to file" / "Read from file"."""

from __future__ import annotations

from pathlib import Path

from kiosk.basics.input_files import read_limited
from kiosk.basics.output_files import write_output
from kiosk.desks.errors import PairingCodeInvalid
from kiosk.identity.render import render_png, render_svg

__all__ = ["read_code", "write_code"]

#: A pairing code or reply is a few hundred characters; a QR image of one, some kilobytes.
_MAX_TEXT_FILE = 4096
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp")


def read_code(path: Path) -> str:
    """The code in ``path``: decoded from a QR image, or the text of a text file.

    Raises:
        PairingCodeInvalid: an image with no code in it.
        FileTooLarge: a text file far larger than any code.
    """
    if path.suffix.lower() in _IMAGE_SUFFIXES:
        from kiosk.scan import decode_files  # the decoder loads only when an image is given

        found = decode_files([path])
        texts = [t for f in found for t in f.texts]
        if not texts:
            raise PairingCodeInvalid()
        return texts[0]
    return read_limited(path, _MAX_TEXT_FILE).decode("ascii", errors="replace").strip()


def write_code(path: Path, text: str, home: Path | None, force: bool = False) -> Path:
    """Write a code or reply to ``path``: a QR image for ``.svg``/``.png``, else the text.
    Outside the kiosk's data folder ``home`` (the text holds or proves a one-time secret).

    Raises:
        OutputRefused: the path is inside the data folder, or exists and ``force`` is off.
        OSError: the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix == ".svg":
        data = render_svg(text).data
    elif suffix == ".png":
        data = render_png(text, scale=8).data
    else:
        data = (text + "\n").encode("ascii")
    return write_output(path, data, home, force)
