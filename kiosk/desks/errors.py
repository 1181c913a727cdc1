"""The errors of pairing desks: codes that are not pairing codes, expired or foreign codes,
replies that do not prove the one-time secret, and desks that are unknown or unpaired.

Params are kiosk ids, shelter ids and minutes — never personal data.
"""

from __future__ import annotations

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "DeskError",
    "PairingCodeInvalid",
    "PairingCodeExpired",
    "PairingOtherShelter",
    "PairingWithItself",
    "PairingReplyInvalid",
    "PairingReplyUnknown",
    "DeskNotPaired",
    "DeskRevoked",
]


class DeskError(KioskError):
    """Something about pairing this kiosk with another desk of the shelter."""

    code = "desk_error"


class PairingCodeInvalid(DeskError):
    code = "pairing_code_invalid"
    template = _N(
        "KioskError",
        "This is not a readable pairing code. Show a new pairing code on the first desk and "
        "scan it again.",
    )


class PairingCodeExpired(DeskError):
    code = "pairing_code_expired"
    template = _N(
        "KioskError",
        "This pairing code has expired. Show a new one on the first desk and scan it right away.",
    )


class PairingOtherShelter(DeskError):
    code = "pairing_other_shelter"
    template = _N(
        "KioskError",
        "This pairing code belongs to shelter {found}, but this kiosk serves {own}. Pair only "
        "desks of the same shelter.",
    )


class PairingWithItself(DeskError):
    code = "pairing_with_itself"
    template = _N(
        "KioskError", "This pairing code was made by this kiosk. Scan it at the other desk."
    )


class PairingReplyInvalid(DeskError):
    code = "pairing_reply_invalid"
    template = _N(
        "KioskError",
        "This pairing reply is not valid for a code of this kiosk (damaged, or made for "
        "another code). Pair the second desk again.",
    )


class PairingReplyUnknown(DeskError):
    code = "pairing_reply_unknown"
    template = _N(
        "KioskError",
        "This pairing reply answers no open pairing code of this kiosk (it expired or was "
        "already used). Show a new pairing code and pair again.",
    )


class DeskNotPaired(DeskError):
    code = "desk_not_paired"
    template = _N("KioskError", "Desk {desk} is not paired with this kiosk.")


class DeskRevoked(DeskError):
    code = "desk_revoked"
    template = _N(
        "KioskError",
        "Desk {desk} was unpaired; its changes are refused. It cannot pair again with the "
        "same key.",
    )
