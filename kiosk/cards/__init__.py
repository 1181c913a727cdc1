"""IC cards at the door, through PC/SC: the My Number card's 券面事項入力補助AP and any IC card
linked to a person as a tap card. No Qt here; the window and ``kiosk card …`` share it.

- :mod:`kiosk.cards.pcsc`: readers, card sessions, and the watcher thread.
- :mod:`kiosk.cards.mynumber_card`: PIN tries, VERIFY, the number's token and the four items.
- :mod:`kiosk.cards.tap_cards`: card IDs as tokens, links to people, the tap's arrival.
- :mod:`kiosk.cards.reading`: what a card on the reader is and what it stands for.
"""

from __future__ import annotations

from kiosk.cards.errors import CardError
from kiosk.cards.mynumber_card import CardHolder, read_holder, tries_left
from kiosk.cards.pcsc import (
    CardSession,
    CardWatcher,
    ReaderEvent,
    first_reader,
    list_readers,
    wait_for_card,
)
from kiosk.cards.tap_cards import TapCard, identify_tap, link_card, linked_card, unlink_card

__all__ = [
    "CardError",
    "CardHolder",
    "CardSession",
    "CardWatcher",
    "ReaderEvent",
    "TapCard",
    "first_reader",
    "identify_tap",
    "link_card",
    "linked_card",
    "list_readers",
    "read_holder",
    "tries_left",
    "unlink_card",
    "wait_for_card",
]
