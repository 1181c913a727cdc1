"""What a card on the reader stands for: a My Number card's holder, or a linked tap card's
person — as an :class:`kiosk.reception.arrival.Arrival`, the same value a scanned code gives, so the
desk, self check-in and ``kiosk card read`` confirm and check in the way they do for a QR.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.cards.mynumber_card import CardHolder, is_mynumber_card, read_holder, tries_left
from kiosk.cards.pcsc import CardSession
from kiosk.cards.tap_cards import TapCard, identify_tap, read_tap_card
from kiosk.operations.shelter import mynumber_key
from kiosk.reception.arrival import Arrival
from kiosk.registry import people
from kiosk.registry.roster_cache import fill_gaps, find_resident
from kiosk.store import Store

__all__ = [
    "CardOnReader",
    "inspect",
    "identify_holder",
    "read_mynumber_card",
    "read_tap",
    "read_tap_card_on",
]


@dataclass(frozen=True)
class CardOnReader:
    """What kind of card is on the reader: ``mynumber`` (then ``tries_left`` is the PIN
    counter, read without using a try) or ``tap``."""

    kind: str
    tries_left: int = 0


def inspect(reader: str) -> CardOnReader:
    """Tell a My Number card from any other card, and read the PIN counter of the former.

    Raises:
        ReaderServiceUnavailable, NoReader, NoCard, CardRemoved, CardUnreadable.
    """
    with CardSession(reader) as session:
        if is_mynumber_card(session):
            return CardOnReader("mynumber", tries_left(session))
    return CardOnReader("tap")


def identify_holder(store: Store, holder: CardHolder) -> Arrival:
    """The arrival of a My Number card's holder: the registered person and household, or a
    new card pre-filled from the chip (gaps such as kana filled from the City OS roster)."""
    # Both token formats, as for the card's QR (kiosk.reception.arrival.identify): a person
    # registered before tokens were memory-hard is found by the old one and upgraded at check-in.
    lookups = holder.mynumber.lookups
    person = next(
        (p for t in lookups if (p := people.find_person(store, mynumber_token=t)) is not None),
        None,
    )
    if person is not None:
        members = people.household_members(store, person.household_id)
        known = (person, *[m for m in members if m.id != person.id])
        return Arrival(
            "mynumber", known, household_id=person.household_id, mynumber=holder.mynumber
        )
    resident = next(
        (r for t in lookups if (r := find_resident(store, mynumber_token=t)) is not None), None
    )
    draft = holder.draft()
    newcomer = fill_gaps(draft, resident) if resident is not None else draft
    return Arrival("mynumber", (), (newcomer,), mynumber=holder.mynumber)


def read_mynumber_card(
    reader: str, store: Store, pin: bytearray, *, last_try_confirmed: bool = False
) -> tuple[CardHolder, Arrival]:
    """VERIFY the PIN (cleared afterwards), read the holder and find who it is.

    Raises:
        everything :func:`kiosk.cards.mynumber_card.read_holder` raises, and
        ReaderServiceUnavailable, NoReader, NoCard.
    """
    try:
        with CardSession(reader) as session:
            holder = read_holder(
                session, pin, mynumber_key(store), last_try_confirmed=last_try_confirmed
            )
    finally:
        pin[:] = bytes(len(pin))
    return holder, identify_holder(store, holder)


def read_tap_card_on(reader: str, store: Store) -> TapCard:
    """The tap card on ``reader`` (its token). Raises as :func:`read_tap_card`."""
    with CardSession(reader) as session:
        return read_tap_card(session, store)


def read_tap(reader: str, store: Store) -> Arrival:
    """The arrival of the linked tap card on ``reader``.

    Raises:
        CardNotLinked: nobody has this card; RandomCardId; CardUnreadable; CardRemoved.
    """
    return identify_tap(store, read_tap_card_on(reader, store))
