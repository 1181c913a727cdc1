"""What a search text is — a birth date, a phone number or a name — decided in one place.

Search (:func:`kiosk.registry.search.search`) picks its query by this, and the desk asks the same to
decide whether the City OS roster (names only) is searched too. They used to decide it each on
their own with different phone rules: the search called a text a phone number only when it
was (almost) all digits, the desk whenever it held four digits. So for ``佐藤1234`` the search
looked for a name while the desk, taking it for a phone number, left the roster out.

The rules (DESIGN §3.4):

- ``birth`` — :func:`kiosk.registry.names.parse_birth` reads it as a date (1950-04-01, 1950/4/1,
  19500401, 1950年4月1日);
- ``phone`` — at least :data:`MIN_PHONE_DIGITS` digits (full width too) and nothing else but
  ASCII hyphens and spaces and at most one other character (``+81``, a bracket) — the search's
  own rule, kept as it was;
- ``name`` — anything else that is not blank;
- ``empty`` — blank.
"""

from __future__ import annotations

from typing import Literal

from kiosk.registry.names import parse_birth, phone_key

__all__ = ["MIN_PHONE_DIGITS", "QueryKind", "query_kind"]

QueryKind = Literal["birth", "phone", "name", "empty"]

#: Fewer digits than this are too common to search phone numbers by (and a name search).
MIN_PHONE_DIGITS = 4


def query_kind(query: str) -> QueryKind:
    """The kind of a search text (see the module docstring). Never raises."""
    text = query.strip()
    if not text:
        return "empty"
    if parse_birth(text) is not None:
        return "birth"
    digits = phone_key(text)
    rest = text.replace("-", "").replace(" ", "")
    if len(digits) >= MIN_PHONE_DIGITS and len(digits) >= len(rest) - 1:
        return "phone"
    return "name"
