"""My Number card codes: the 12-digit individual number, turned at once into a keyed token.

Owns reading the number (from the card's QR, typed by staff, or read from the card's chip by a
caller), validating its check digit with python-stdnum, and deriving the token. The number
itself is then dropped. Nothing this module returns, raises or represents holds more than the
last four digits; errors never hold any digit.

The token (format ``v2``, issue #13) is Argon2id — memory-hard, from ``cryptography`` — over
the 12 ASCII digits, keyed by the deployment's secret (Argon2's ``secret`` input, RFC 9106
§3.1 "K"), with a fixed, documented salt, as ``"v2:"`` + lowercase hex. Deterministic on
purpose: every kiosk of a city and the City OS (pre-computing its roster) must get the same
token for the same number. Only 10^11 numbers exist, so what protects them is the secret plus
the cost of one guess: about 50-70 ms and 32 MiB on one laptop core (measured by
``scripts/bench_store.py``; docs/mynumber-tokens.md has the figures and the exact function).

The ``v1`` token (HMAC-SHA256 under the same secret, 64 hex digits, no prefix) cost about
0.1 µs a guess: all numbers in three core-hours. It is still computed beside the new one
so a person registered before is found until their token is upgraded (kiosk.reception.arrival).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from stdnum.jp import in_ as stdnum_in

from kiosk.identity.errors import (
    IdentityError,
    InvalidMyNumber,
    MyNumberCheckDigit,
    MyNumberLength,
    MyNumberNotDigits,
    MyNumberSecretMissing,
)

__all__ = [
    "MIN_SECRET_LENGTH",
    "TOKEN_PARAMS",
    "TOKEN_PREFIX",
    "TOKEN_SALT",
    "TokenParams",
    "MyNumberToken",
    "mynumber_token",
    "read_mynumber",
    "token_format",
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


@dataclass(frozen=True)
class TokenParams:
    """Argon2id cost of one token. Part of the token format: every kiosk of a city and the
    City OS must use the same values, so changing them is a new format version, not a
    setting. Tests pass cheaper ones to the functions here; the store always uses
    :data:`TOKEN_PARAMS`."""

    memory_kib: int = 32 * 1024
    iterations: int = 2
    lanes: int = 1


#: The ``v2`` token's cost (scripts/bench_store.py): one guess ≥ 50 ms of one core with the
#: fastest Argon2id measured. A cheaper cost does not get there (19 MiB × 2 passes: 25-35 ms),
#: a dearer one only slows every scan (target: scan → confirmation p95 ≤ 150 ms);
#: docs/mynumber-tokens.md has what was measured.
TOKEN_PARAMS = TokenParams()
#: The fixed Argon2id salt of the ``v2`` token (31 ASCII bytes). A per-token random salt would
#: make tokens unmatchable; the per-deployment secret already makes one deployment's guesses
#: useless for another. The label keeps these hashes apart from any other use of the secret.
TOKEN_SALT = b"shelter-kiosk/mynumber-token/v2"
#: What a ``v2`` token starts with (a ``v1`` token is bare hex).
TOKEN_PREFIX = "v2:"
_TOKEN_BYTES = 32
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True, repr=False)
class MyNumberToken:
    """The keyed token standing for a My Number, and its last four digits for display.

    ``legacy_token`` is the same number's ``v1`` token (HMAC-SHA256), only to find a person
    registered before the ``v2`` format; nothing new is stored under it.
    """

    token: str
    last4: str
    legacy_token: str = ""

    @property
    def lookups(self) -> tuple[str, ...]:
        """The tokens to look a person up by, the current format first."""
        return tuple(t for t in (self.token, self.legacy_token) if t)

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


def token_format(token: object) -> str | None:
    """``"v2"`` or ``"v1"`` when ``token`` has that format's shape, else None (checks the
    shape only: a roster from the City OS may hold either)."""
    if not isinstance(token, str):
        return None
    body, version = (
        (token[len(TOKEN_PREFIX) :], "v2") if token.startswith(TOKEN_PREFIX) else (token, "v1")
    )
    return version if len(body) == 2 * _TOKEN_BYTES and set(body) <= _HEX else None


def _v2_token(digits: str, secret: bytes, params: TokenParams) -> str:
    kdf = Argon2id(
        salt=TOKEN_SALT,
        length=_TOKEN_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
        secret=secret,
    )
    return TOKEN_PREFIX + kdf.derive(digits.encode("ascii")).hex()


def _v1_token(digits: str, secret: bytes) -> str:
    return hmac.new(secret, digits.encode("ascii"), hashlib.sha256).hexdigest()


def read_mynumber(text: str, secret: bytes, params: TokenParams = TOKEN_PARAMS) -> MyNumberToken:
    """Validate a My Number and turn it into its token under the deployment ``secret``.

    Accepts the card's 12 plain digits, and what staff type: spaces, hyphens and full-width
    digits are ignored. The error raised names no digit, and no local holding the number is
    left in the raising frame. Costs one Argon2id of ``params`` (about 50-70 ms with
    :data:`TOKEN_PARAMS`): call it off the UI thread.

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
    token = _v2_token(digits, secret, params)
    legacy = _v1_token(digits, secret)
    last4 = digits[-4:]
    del digits
    return MyNumberToken(token=token, last4=last4, legacy_token=legacy)


def mynumber_token(number: str, secret: bytes, params: TokenParams = TOKEN_PARAMS) -> str:
    """The ``v2`` token of a My Number however it was read (the card's QR, typed, or from the
    card's chip): the one function to call for a token, so every way in matches.

    Raises:
        InvalidMyNumber: its kinds, as :func:`read_mynumber` (no digit in the error).
        MyNumberSecretMissing: ``secret`` is too short.
    """
    try:
        return read_mynumber(number, secret, params).token
    except IdentityError:
        del number  # as in read_mynumber: no frame of a traceback keeps the number
        raise
