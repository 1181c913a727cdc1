"""Several desks of one shelter (issue #16): pairing, and the list of paired desks.

Design and the choice of how desks agree: ``docs/design/multi-desk.md``. Code formats:
``docs/qr-formats.md`` section 4.
"""

from __future__ import annotations

from kiosk.desks.codes import CODE_PREFIX, REPLY_PREFIX, decode_code, decode_reply
from kiosk.desks.errors import (
    DeskError,
    DeskNotPaired,
    DeskRevoked,
    PairingCodeExpired,
    PairingCodeInvalid,
    PairingOtherShelter,
    PairingReplyInvalid,
    PairingReplyUnknown,
    PairingWithItself,
)
from kiosk.desks.pairing import (
    DEFAULT_MINUTES,
    AcceptedCode,
    IssuedCode,
    PairedDesk,
    accept_pairing_code,
    accept_pairing_reply,
    list_desks,
    make_pairing_code,
    require_paired,
    unpair,
)

__all__ = [
    "CODE_PREFIX",
    "REPLY_PREFIX",
    "DEFAULT_MINUTES",
    "AcceptedCode",
    "IssuedCode",
    "PairedDesk",
    "accept_pairing_code",
    "accept_pairing_reply",
    "decode_code",
    "decode_reply",
    "list_desks",
    "make_pairing_code",
    "require_paired",
    "unpair",
    "DeskError",
    "DeskNotPaired",
    "DeskRevoked",
    "PairingCodeExpired",
    "PairingCodeInvalid",
    "PairingOtherShelter",
    "PairingReplyInvalid",
    "PairingReplyUnknown",
    "PairingWithItself",
]
