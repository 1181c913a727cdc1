"""The errors of card readers and cards: each says what the person at the reader should do.

Params are never personal data: counts of tries, and English reasons for logs. No error holds
a PIN, a card's number or its ID.
"""

from __future__ import annotations

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "CardError",
    "ReaderServiceUnavailable",
    "NoReader",
    "NoCard",
    "CardRemoved",
    "CardUnreadable",
    "NotAMyNumberCard",
    "PinFormat",
    "WrongPin",
    "PinLocked",
    "LastTryNeedsConfirmation",
    "RandomCardId",
    "CardNotLinked",
    "CardLinkedElsewhere",
    "NoCardLinked",
]


class CardError(KioskError):
    """Base of every error of :mod:`kiosk.cards`."""

    code = "card"
    template = _N("KioskError", "The card cannot be read. Take it off the reader and try again.")


class ReaderServiceUnavailable(CardError):
    """The PC/SC service (pcscd) is not running or not installed."""

    code = "card_service"
    template = _N(
        "KioskError",
        "The card reader service is not running. Ask the operator to start pcscd.",
    )


class NoReader(CardError):
    code = "card_no_reader"
    template = _N("KioskError", "No card reader is connected. Plug in the card reader.")


class NoCard(CardError):
    code = "card_none"
    template = _N("KioskError", "No card is on the reader. Place the card on the reader.")


class CardRemoved(CardError):
    code = "card_removed"
    template = _N(
        "KioskError", "The card was taken off the reader too early. Place it again and wait."
    )


class CardUnreadable(CardError):
    """The card answered something unexpected; ``reason`` (English) is for logs only."""

    code = "card_unreadable"
    template = _N("KioskError", "The card cannot be read. Take it off the reader and try again.")


class NotAMyNumberCard(CardError):
    code = "card_not_mynumber"
    template = _N(
        "KioskError",
        "This is not a My Number card, or its card-information application cannot be used.",
    )


class PinFormat(CardError):
    code = "card_pin_format"
    template = _N("KioskError", "PIN: type the 4 digits of the card's PIN.")


class WrongPin(CardError):
    """A wrong PIN: the card counted one try. ``tries_left`` is the card's own counter."""

    code = "card_pin_wrong"
    template = _N(
        "KioskError",
        "Wrong PIN. {tries_left} tries left before the card locks.",
    )


class PinLocked(CardError):
    code = "card_pin_locked"
    template = _N(
        "KioskError",
        "The card's PIN is locked after 3 wrong tries. The city office can unlock it; "
        "staff can fill in the card by hand.",
    )


class LastTryNeedsConfirmation(CardError):
    """One try left: a wrong PIN now would lock the card, so staff must confirm first."""

    code = "card_pin_last_try"
    template = _N(
        "KioskError",
        "Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.",
    )


class RandomCardId(CardError):
    code = "card_random_id"
    template = _N(
        "KioskError",
        "This card shows a different ID at every tap (a phone, a My Number card or a "
        "privacy card), so it cannot be linked. Use a transit IC card or a city card.",
    )


class CardNotLinked(CardError):
    code = "card_not_linked"
    template = _N(
        "KioskError",
        "This card is not linked to anyone. Staff can link it on the person's card.",
    )


class CardLinkedElsewhere(CardError):
    code = "card_linked_elsewhere"
    template = _N(
        "KioskError",
        "This card is already linked to another person. Unlink it there first.",
    )


class NoCardLinked(CardError):
    code = "card_none_linked"
    template = _N("KioskError", "No card is linked to this person.")
