"""Reading a file a person named, with a cap on its size.

A trust list, a key, a receipt or a payload is a few kilobytes. ``kiosk trust import
/dev/zero`` once read until the process was killed; a wrong file picked in a dialog must be
refused as quickly, with a message naming it, before any parser sees it.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = ["FileTooLarge", "read_limited", "KEY_FILE", "TRUST_LIST", "RECEIPT", "PAYLOAD"]

#: Caps, in bytes, by kind of file.
KEY_FILE = 64 * 1024
TRUST_LIST = 1024 * 1024
PAYLOAD = 1024 * 1024
RECEIPT = 16 * 1024 * 1024


class FileTooLarge(KioskError):
    code = "file_too_large"
    template = _N(
        "KioskError", "{path} is larger than {limit} bytes, too large for this kind of file."
    )


def read_limited(path: Path | str, limit: int) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them.

    Raises:
        FileTooLarge: the file holds more than ``limit`` bytes (only ``limit + 1`` were read).
        OSError: the file cannot be read.
    """
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(path=str(path), limit=limit)
    return data
