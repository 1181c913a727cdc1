"""My Number card codes: the 12-digit individual number, turned at once into a keyed token.

Owns reading the number (from the card's QR or typed by staff), validating its check digit with
python-stdnum, and deriving the token: HMAC-SHA256 under the deployment's secret over the 12
ASCII digits, as lowercase hex. The number itself is then dropped. Nothing this module returns,
raises or represents holds more than the last four digits; errors never hold any digit.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from stdnum.jp import in_ as stdnum_in

from kiosk.identity.errors import (
    InvalidMyNumber,
    MyNumberCheckDigit,
    MyNumberLength,
    MyNumberNotDigits,
    MyNumberSecretMissing,
)

__all__ = [
    "MIN_SECRET_LENGTH",
    "MyNumberToken",
    "read_mynumber",
    "looks_like_mynumber",
    "looks_like_typed_mynumber",
]

#: Shortest deployment secret accepted (bytes): below this a token could be brute-forced.
MIN_SECRET_LENGTH = 16
_DIGITS = 12
# Staff may type the number with spaces or hyphens, or with full-width digits (IME).
_SEPARATORS = " -\u3000\u2010\u2011\u2012\u2013\u2212\uff0d"
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_ASCII_DIGITS = frozenset("0123456789")


@dataclass(frozen=True, repr=False)
class MyNumberToken:
    """The keyed token standing for a My Number, and its last four digits for display."""

    token: str
    last4: str

    @property
    def masked(self) -> str:
        """The only form of the number a screen may show: ``**** **** 0257``."""
        return f"**** **** {self.last4}"

    def __repr__(self) -> str:
        return "MyNumberToken(…)"


#: The longest typed form still read as a My Number (12 digits with separators and spaces).
_TYPED_MAX = 40


def _digits(text: str) -> str:
    return "".join(c for c in text.translate(_FULLWIDTH) if c not in _SEPARATORS)


def _problem(text: object) -> InvalidMyNumber | None:
    """What is wrong with ``text`` as a My Number, as an error holding no digit (or None)."""
    if not isinstance(text, str):
        return MyNumberNotDigits()
    digits = _digits(text.strip())
    if not set(digits) <= _ASCII_DIGITS:
        return MyNumberNotDigits()
    if len(digits) != _DIGITS:
        return MyNumberLength(count=len(digits))
    if not stdnum_in.is_valid(digits):
        return MyNumberCheckDigit()
    return None


def looks_like_mynumber(text: str) -> bool:
    """Whether ``text`` is shaped like a My Number code (12 ASCII digits), without checking it."""
    stripped = text.strip() if isinstance(text, str) else ""
    return len(stripped) == _DIGITS and set(stripped) <= _ASCII_DIGITS


def looks_like_typed_mynumber(text: str) -> bool:
    """Whether ``text`` is a My Number as staff type it (spaces, hyphens, full-width digits —
    the forms :func:`read_mynumber` accepts), so a typed number is read as the card, never
    taken for a search and left on screen. The card's own code passes too."""
    stripped = text.strip() if isinstance(text, str) else ""
    if len(stripped) > _TYPED_MAX:
        return False
    digits = _digits(stripped)
    return len(digits) == _DIGITS and set(digits) <= _ASCII_DIGITS


def read_mynumber(text: str, secret: bytes) -> MyNumberToken:
    """Validate a My Number and turn it into its token under the deployment ``secret``.

    Accepts the card's 12 plain digits, and what staff type: spaces, hyphens and full-width
    digits are ignored. The error raised names no digit, and no local holding the number is
    left in the raising frame.

    Raises:
        MyNumberNotDigits: a character other than a digit or a separator.
        MyNumberLength: not 12 digits (the error holds the count only).
        MyNumberCheckDigit: the check digit does not match.
        MyNumberSecretMissing: ``secret`` is shorter than :data:`MIN_SECRET_LENGTH` bytes.
    """
    if not isinstance(secret, bytes) or len(secret) < MIN_SECRET_LENGTH:
        del text
        raise MyNumberSecretMissing()
    problem = _problem(text)
    if problem is not None:
        del text  # a traceback keeps this frame's locals: leave the number out of it
        raise problem
    digits = _digits(text.strip())
    del text
    token = hmac.new(secret, digits.encode("ascii"), hashlib.sha256).hexdigest()
    last4 = digits[-4:]
    del digits
    return MyNumberToken(token=token, last4=last4)
