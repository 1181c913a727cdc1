"""Which core errors an evacuee may read, so that they are translated into every evacuee
language.

Self check-in shows the reason a code or a card tap was refused on its "ask staff" page.
The reason is the core error's message (context ``KioskError``), which the staff catalogues
(Japanese, English) translate. An evacuee language's catalogue holds only the evacuee-facing
contexts, so these messages are copied into it by ``scripts/update_translations.py`` under
their own context, :data:`kiosk.basics.languages.EVACUEE_ERROR_CONTEXT`: a staff screen opened over
the self check-in still reads the error in Japanese or English, and the evacuee reads it in
their language. ``--check`` (and ``tests/test_ui_translations.py``) fails when one of these
is not translated in some evacuee catalogue.

The list is closed on purpose: only the errors a refused code or card tap at self check-in
can show. Errors about the kiosk itself (no reader, no trust list, a full disk) are for staff
and are shown to the evacuee only as "please ask staff" in their language plus the staff
wording.
"""

from __future__ import annotations

from kiosk.basics.errors import KioskError
from kiosk.cards.errors import (
    CardNotLinked,
    CardRemoved,
    CardUnreadable,
    LastTryNeedsConfirmation,
    NoCard,
    NotAMyNumberCard,
    PinFormat,
    PinLocked,
    RandomCardId,
    WrongPin,
)
from kiosk.identity.errors import (
    BadSignature,
    Expired,
    ForeignSlip,
    InvalidMyNumber,
    KeyNotYetValid,
    KeyRetired,
    MalformedCode,
    MyNumberCheckDigit,
    MyNumberLength,
    MyNumberNotDigits,
    NotYetValid,
    SlipFromEarlierOpening,
    SlipTooOld,
    UnknownKey,
    UnknownVersion,
)
from kiosk.reception.checkin import ShelterClosed

__all__ = ["EVACUEE_ERRORS", "evacuee_error_templates", "is_evacuee_error"]

#: The errors self check-in shows an evacuee: a refused code (citizen app, slip, My Number
#: card), a refused card tap (IC card, PIN) and a closed shelter.
EVACUEE_ERRORS: tuple[type[KioskError], ...] = (
    MalformedCode,
    UnknownVersion,
    UnknownKey,
    BadSignature,
    Expired,
    NotYetValid,
    KeyRetired,
    KeyNotYetValid,
    ForeignSlip,
    SlipFromEarlierOpening,
    SlipTooOld,
    InvalidMyNumber,
    MyNumberLength,
    MyNumberNotDigits,
    MyNumberCheckDigit,
    ShelterClosed,
    NoCard,
    CardRemoved,
    CardUnreadable,
    NotAMyNumberCard,
    PinFormat,
    WrongPin,
    PinLocked,
    LastTryNeedsConfirmation,
    RandomCardId,
    CardNotLinked,
)


def evacuee_error_templates() -> tuple[str, ...]:
    """The English message templates of :data:`EVACUEE_ERRORS`, each once, in list order
    (what every evacuee catalogue must translate)."""
    return tuple(dict.fromkeys(error.template for error in EVACUEE_ERRORS))


def is_evacuee_error(error: KioskError) -> bool:
    """Whether ``error`` is one an evacuee reads in their language (its class is listed; a
    subclass not listed may say something else and stays in the staff wording)."""
    return type(error) in EVACUEE_ERRORS
