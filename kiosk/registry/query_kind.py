"""What a search text is — a birth date, a phone number or a name — decided in one place.

Search (:func:`kiosk.registry.search.search`) picks its query by this, and the desk asks the same to
decide whether the City OS roster (names only) is searched too. They used to decide it each on
their own with different phone rules: the search called a text a phone number only when it
was (almost) all digits, the desk whenever it held four digits. So for ``佐藤1234`` the search
looked for a name while the desk, taking it for a phone number, left the roster out.

The rules (DESIGN §3.4):

- ``birth`` — :func:`kiosk.registry.names.parse_birth` reads it as a date (1950-04-01, 1950/4/1,
  19500401, 1950年4月1日);
- ``phone`` — at least :data:`MIN_PHONE_DIGITS` digits (full width too) written only with what a
  phone number is written with: spaces, hyphens and dashes of any width (ー from a Japanese
  keyboard), brackets round the area code, a leading + and dots (:func:`phone_digits`, the
  digits the search then looks for — one rule for the kind reported and the match made);
- ``name`` — anything else that is not blank;
- ``empty`` — blank.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from kiosk.registry.names import parse_birth, phone_key

__all__ = ["MIN_PHONE_DIGITS", "QueryKind", "phone_digits", "query_kind"]

QueryKind = Literal["birth", "phone", "name", "empty"]

#: Fewer digits than this are too common to search phone numbers by (and a name search).
MIN_PHONE_DIGITS = 4

#: What a phone number is written with besides digits: spaces, hyphens and dashes of any width
#: (ー from a Japanese keyboard), brackets round the area code, a leading + and dots.
_PHONE_TEXT = re.compile(r"[\d\s\-‐‑‒–—―ー−()+.]+")


def query_kind(query: str) -> QueryKind:
    """The kind of a search text (see the module docstring). Never raises."""
    text = query.strip()
    if not text:
        return "empty"
    if parse_birth(text) is not None:
        return "birth"
    return "phone" if phone_digits(text) is not None else "name"


def phone_digits(query: str) -> str | None:
    """The digits to look for when ``query`` is a phone number or a fragment of one
    (``(0242)12-3456``, ``5678``, ``+81 90-1234-5678`` → ``09012345678``); ``None`` for a name
    or date. Call it only for a text :func:`query_kind` did not read as a date (19500401 is
    all digits too)."""
    text = unicodedata.normalize("NFKC", query).strip()
    if not _PHONE_TEXT.fullmatch(text):
        return None
    digits = phone_key(text)
    if text.startswith("+81"):  # the international form of a Japanese number: 0 for +81
        digits = "0" + digits[2:]
    return digits if len(digits) >= MIN_PHONE_DIGITS else None
