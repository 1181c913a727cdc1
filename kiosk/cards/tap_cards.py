"""Any IC card as a personal tap card: read its ID, refuse random IDs, keep only a keyed token,
link it to a person and find the person again at the next tap.

The ID comes from PC/SC GET DATA ``FF CA 00 00 00`` (PC/SC Part 3, 3.2.2.1.3): a FeliCa card's
IDm (8 bytes), an ISO 14443 A card's UID (4, 7 or 10 bytes) or an ISO 14443 B card's PUPI. It is
turned at once into an HMAC-SHA256 token under a deployment secret of its own (``card_id_key``,
made on first use), so the store, the audit and the logs never hold a card's ID.

Which IDs are refused as random (they change at every tap, so a link would never match):
a 4-byte UID starting with ``08`` (ISO/IEC 14443-3, 6.4.4: a random UID), and a 4-byte ID of an
ISO 14443-4 card that is not a plain storage card — type B PUPIs (the My Number card's among
them) are random on most cards and cannot be told apart from the answer.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime

from kiosk.access import audit
from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.cards.errors import (
    CardLinkedElsewhere,
    CardNotLinked,
    CardUnreadable,
    NoCardLinked,
    RandomCardId,
)
from kiosk.cards.pcsc import CardSession
from kiosk.reception.arrival import Arrival
from kiosk.registry import people
from kiosk.registry.records import Person
from kiosk.store import Store

__all__ = [
    "TapCard",
    "CardLink",
    "read_tap_card",
    "card_kind",
    "link_card",
    "unlink_card",
    "linked_card",
    "identify_tap",
]

CARD_KEY = "card_id_key"
_GET_DATA_UID = bytes([0xFF, 0xCA, 0x00, 0x00, 0x00])
#: PC/SC Part 3, 3.1.3.2.3.2: the ATR of a contactless storage card; byte 13 is the standard.
_STORAGE_ATR = bytes.fromhex("3B8F8001804F0CA0000003")
_FELICA = 0x11
_ISO14443A_3 = 0x03


@dataclass(frozen=True, repr=False)
class TapCard:
    """A tap card as the kiosk keeps it: its kind and the keyed token of its ID."""

    kind: str
    token: str

    def __repr__(self) -> str:
        return f"TapCard({self.kind!r})"


@dataclass(frozen=True)
class CardLink:
    person_id: str
    kind: str
    linked_at: datetime


def card_kind(atr: bytes, card_id: bytes) -> str:
    """``felica``, ``iso14443a`` or ``iso14443`` for an ID that stays the same at every tap.

    Raises:
        RandomCardId: the ID is random per tap (see the module's docstring).
        CardUnreadable: no ID.
    """
    storage = atr[:11] == _STORAGE_ATR and len(atr) >= 14
    standard = atr[12] if storage else None
    if not card_id:
        raise CardUnreadable(reason="empty card id")
    if len(card_id) == 4 and card_id[0] == 0x08:
        raise RandomCardId()
    if standard == _FELICA and len(card_id) == 8:
        return "felica"
    if len(card_id) in (7, 10):
        return "iso14443a"  # double and triple size UIDs are fixed (ISO/IEC 14443-3, 6.4.4)
    if len(card_id) == 4 and standard == _ISO14443A_3:
        return "iso14443a"  # a storage card's single size UID
    if len(card_id) == 8 and storage:
        return "iso14443"
    raise RandomCardId()


def _card_key(store: Store) -> bytes:
    key = store.get_secret(CARD_KEY)
    if key is None:
        key = os.urandom(32)
        with store.atomic():
            store.set_secret(CARD_KEY, key)
    return key


def read_tap_card(session: CardSession, store: Store) -> TapCard:
    """Read the ID of the card on the reader and turn it into its token at once.

    Raises:
        RandomCardId: the card's ID changes at every tap.
        CardUnreadable: the reader or card does not answer GET DATA.
        CardRemoved: the card left the reader.
    """
    response = session.transmit(_GET_DATA_UID)
    if not response.ok:
        raise CardUnreadable(reason=f"get data: sw {response.sw:04X}")
    card_id = response.data
    kind = card_kind(session.atr, card_id)
    token = hmac.new(_card_key(store), b"card-id\x00" + card_id, hashlib.sha256).hexdigest()
    del card_id, response
    return TapCard(kind, token)


def linked_card(store: Store, person_id: str) -> CardLink | None:
    """The card linked to a person, or None."""
    row = store.query_one(
        "SELECT person_id, kind, linked_at FROM card_link WHERE person_id = ?", (person_id,)
    )
    if row is None:
        return None
    return CardLink(row["person_id"], row["kind"], datetime.fromisoformat(row["linked_at"]))


def link_card(ctx: Context, person_id: str, card: TapCard) -> CardLink:
    """Link ``card`` to a person (replacing the person's previous card), audited.

    Raises:
        PermissionDenied: the acting role may not edit cards.
        NotFound: no such person.
        CardLinkedElsewhere: the card is linked to someone else.
    """
    require_role(ctx, "edit_card")
    people.get_person(ctx.store, person_id)
    at = ctx.now()
    with ctx.store.atomic():
        row = ctx.store.query_one("SELECT person_id FROM card_link WHERE token = ?", (card.token,))
        if row is not None and row["person_id"] != person_id:
            raise CardLinkedElsewhere()
        ctx.store.execute("DELETE FROM card_link WHERE person_id = ?", (person_id,))
        ctx.store.execute(
            "INSERT INTO card_link (token, person_id, kind, linked_at) VALUES (?, ?, ?, ?)",
            (card.token, person_id, card.kind, at.isoformat()),
        )
        audit.append(ctx.store, ctx.actor, "card.link", "person", person_id, at)
    return CardLink(person_id, card.kind, at)


def unlink_card(ctx: Context, person_id: str) -> None:
    """Remove the card linked to a person, audited.

    Raises:
        PermissionDenied: the acting role may not edit cards.
        NoCardLinked: the person has no linked card.
    """
    require_role(ctx, "edit_card")
    at = ctx.now()
    with ctx.store.atomic():
        gone = ctx.store.execute("DELETE FROM card_link WHERE person_id = ?", (person_id,))
        if gone == 0:
            raise NoCardLinked()
        audit.append(ctx.store, ctx.actor, "card.unlink", "person", person_id, at)


def _person_for(store: Store, card: TapCard) -> Person | None:
    row = store.query_one("SELECT person_id FROM card_link WHERE token = ?", (card.token,))
    return people.get_person(store, row["person_id"]) if row else None


def identify_tap(store: Store, card: TapCard) -> Arrival:
    """The arrival a tap stands for, like a slip's: the card's person, then the household.
    Self check-in trims it to the card's person with
    :func:`kiosk.reception.arrival.only_the_code_holder` (a card names one person). Writes nothing.

    Raises:
        CardNotLinked: no one has this card.
    """
    person = _person_for(store, card)
    if person is None:
        raise CardNotLinked()
    members = people.household_members(store, person.household_id)
    known = (person, *[m for m in members if m.id != person.id])
    return Arrival("card", known, household_id=person.household_id)
