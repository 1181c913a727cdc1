"""The version prefixes of every code the kiosk reads or writes, defined once.

Like the EU Digital COVID Certificate's ``HC1:`` (DESIGN §3), each QR text starts with a
three-letter family and a version, then a colon. The families (``docs/qr-formats.md``):

- ``KSA`` — citizen app code (:mod:`kiosk.identity.app_code`);
- ``KSS`` — kiosk slip (:mod:`kiosk.identity.slip`);
- ``KSP`` — desk pairing code, ``KSR`` — pairing reply (:mod:`kiosk.desks.codes`).

:func:`family_version` is the one reading of a prefix: :func:`kiosk.identity.classify` sorts a
scan by it, and a verifier that meets its own family in a version it does not know says so
(``UnknownVersion``) instead of "malformed". They used to read it each on their own: the
classifier took a version of up to four digits, the verifiers up to three, so ``KSA1000:…``
was sorted as an app code and then refused as "not a citizen-app code".
"""

from __future__ import annotations

import re

__all__ = [
    "APP",
    "APP_PREFIX",
    "PAIRING",
    "PAIRING_PREFIX",
    "PAIRING_REPLY",
    "PAIRING_REPLY_PREFIX",
    "SLIP",
    "SLIP_PREFIX",
    "family_version",
    "prefix",
]

APP = "KSA"
SLIP = "KSS"
PAIRING = "KSP"
PAIRING_REPLY = "KSR"

_PREFIX = re.compile(r"(KS[A-Z])([0-9]{1,3}):")


def prefix(family: str, version: int = 1) -> str:
    """The text a code of ``family`` in ``version`` starts with, e.g. ``KSA1:``."""
    return f"{family}{version}:"


APP_PREFIX = prefix(APP)
SLIP_PREFIX = prefix(SLIP)
PAIRING_PREFIX = prefix(PAIRING)
PAIRING_REPLY_PREFIX = prefix(PAIRING_REPLY)


def family_version(text: str) -> tuple[str, int] | None:
    """``(family, version)`` of a code text's prefix (leading spaces ignored), or None when it
    has no ``KS<letter><1-3 digits>:`` prefix. Checks nothing else."""
    match = _PREFIX.match(text.lstrip())
    return (match[1], int(match[2])) if match else None
