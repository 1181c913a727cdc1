"""Ways in: identity codes a kiosk reads (citizen-app QR, My Number card, kiosk slip).

The facade of :mod:`kiosk.identity`: :func:`classify` tells scanned text apart without raising,
and the public functions issue and verify each kind. Verification is offline and takes the
current time as an argument. Formats are described byte by byte in ``docs/qr-formats.md``.
"""

from __future__ import annotations

from kiosk.identity.app_code import (
    AppPayload,
    Member,
    VerifiedApp,
    issue_app_code,
    parse_payload_json,
    payload_json,
    verify_app_code,
)
from kiosk.identity.keys import key_id, load_private_key, new_key, save_private_key
from kiosk.identity.mynumber import (
    MyNumberToken,
    looks_like_mynumber,
    looks_like_typed_mynumber,
    mynumber_token,
    read_mynumber,
)
from kiosk.identity.prefixes import APP, SLIP, family_version
from kiosk.identity.render import RenderedCode, qr_version, render_png, render_svg
from kiosk.identity.slip import Slip, VerifiedSlip, issue_slip, new_kiosk_key, verify_slip
from kiosk.identity.trust import (
    TrustedKey,
    TrustList,
    dump_trust_list,
    load_trust_list,
    parse_trust_list,
    save_trust_list,
)

__all__ = [
    "KINDS",
    "classify",
    "classify_typed",
    "AppPayload",
    "Member",
    "VerifiedApp",
    "issue_app_code",
    "verify_app_code",
    "parse_payload_json",
    "payload_json",
    "MyNumberToken",
    "mynumber_token",
    "read_mynumber",
    "Slip",
    "VerifiedSlip",
    "new_kiosk_key",
    "issue_slip",
    "verify_slip",
    "TrustedKey",
    "TrustList",
    "parse_trust_list",
    "dump_trust_list",
    "load_trust_list",
    "save_trust_list",
    "new_key",
    "key_id",
    "save_private_key",
    "load_private_key",
    "RenderedCode",
    "qr_version",
    "render_png",
    "render_svg",
]

#: What :func:`classify` may answer.
KINDS: tuple[str, ...] = ("app", "mynumber", "slip", "unknown")
_KIND_OF_FAMILY = {APP: "app", SLIP: "slip"}


def classify(text: object) -> str:
    """The kind of a scanned text by its prefix or shape: ``app`` (any ``KSA<n>:`` version),
    ``slip`` (``KSS<n>:``), ``mynumber`` (12 ASCII digits) or ``unknown``. Never raises and
    checks nothing else: the kind's verify or read function does that."""
    if not isinstance(text, str):
        return "unknown"
    stripped = text.strip()
    family = family_version(stripped)
    if family is not None and family[0] in _KIND_OF_FAMILY:
        return _KIND_OF_FAMILY[family[0]]
    if looks_like_mynumber(stripped):
        return "mynumber"
    return "unknown"


def classify_typed(text: object) -> str:
    """:func:`classify` for text staff typed or pasted: a My Number with spaces, hyphens or
    full-width digits is ``mynumber`` too (the one place the desk and :func:`identify
    <kiosk.reception.arrival.identify>` learn it, so a typed number is read as the card, never
    searched for and left on screen)."""
    kind = classify(text)
    if kind == "unknown" and isinstance(text, str) and looks_like_typed_mynumber(text):
        return "mynumber"
    return kind
