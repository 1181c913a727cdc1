"""Reading a pairing code or reply from a file: a QR image (decoded) or the text itself
(the command line's ``kiosk desk pair FILE`` and the window's "Read from file")."""

from __future__ import annotations

from pathlib import Path

from kiosk.desks.errors import PairingCodeInvalid
from kiosk.input_files import read_limited

__all__ = ["read_code"]

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
