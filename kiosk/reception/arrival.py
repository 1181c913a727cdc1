"""From a scanned code to a check-in: who is this, and who of their household comes in.

:func:`identify` only reads: it verifies the code offline and finds the people it stands for,
known or not yet registered. The window shows that as the confirmation card; :func:`admit`
then writes, in one transaction, the registration of newcomers from a verified citizen-app
code and the check-in of the members staff (or the evacuee) confirmed.

A My Number becomes its keyed token at once (the number itself never leaves
:func:`kiosk.identity.read_mynumber`); a My Number or slip of someone not registered yet cannot
be checked in directly: the card has to be filled first (:class:`NeedsRegistration`).

Tokens come in two formats (docs/mynumber-tokens.md): the current ``v2`` (Argon2id) and the
``v1`` (HMAC-SHA256) of people registered, or roster entries pre-computed, before it. A scan
looks a person up by both; one found by a ``v1`` token gets the ``v2`` one when
:func:`admit` checks them in, in the same transaction, so old tokens match until then.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from kiosk.access import audit
from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.city.trust_store import load_trust
from kiosk.identity import (
    AppPayload,
    Member,
    MyNumberToken,
    Slip,
    classify_typed,
    read_mynumber,
    verify_app_code,
    verify_slip,
)
from kiosk.identity.errors import MalformedCode
from kiosk.operations.settings import load_settings
from kiosk.operations.shelter import get_shelter, mynumber_key
from kiosk.reception import checkin
from kiosk.reception.checkin import StayResult
from kiosk.reception.slip_validity import check_slip_current
from kiosk.registry import people
from kiosk.registry.paper_cards import BlankCard, find_blank_card, mark_entered
from kiosk.registry.records import HouseholdDraft, Needs, Person, PersonDraft
from kiosk.registry.roster_cache import fill_gaps, find_resident
from kiosk.store import Store

__all__ = [
    "Arrival",
    "Admitted",
    "NeedsRegistration",
    "NotABlankCard",
    "PaperCardEntered",
    "identify",
    "identify_self",
    "only_the_code_holder",
    "admit",
    "draft_from_member",
    "register_paper_card",
]

T = TypeVar("T")


class NotABlankCard(KioskError):
    code = "not_a_blank_card"
    template = _N("KioskError", "This code is not one of this shelter's pre-printed paper cards.")


class PaperCardEntered(KioskError):
    code = "paper_card_entered"
    template = _N(
        "KioskError",
        "This paper card has already been entered. Scan its QR code to find the person.",
    )


class NeedsRegistration(KioskError):
    code = "needs_registration"
    template = _N(
        "KioskError",
        "This card or slip is not registered yet: fill in the evacuee card first.",
    )


@dataclass(frozen=True, repr=False)
class Arrival:
    """Who a scanned code stands for.

    ``known`` are registered people (the code's person first, then their household);
    ``newcomers`` are members of a verified app code not registered yet, in code order (gaps
    filled from the City OS roster cache), or the roster's card for a My Number token of
    someone not registered here yet.
    ``blank_card`` is set when the code is the QR of a pre-printed paper card not entered yet:
    the desk opens the card form in paper-entry mode for it.
    """

    kind: str
    known: tuple[Person, ...] = ()
    newcomers: tuple[PersonDraft, ...] = ()
    household_id: str | None = None
    mynumber: MyNumberToken | None = None
    slip: Slip | None = None
    expires_at: datetime | None = None
    issuer: str = ""
    blank_card: BlankCard | None = None

    @property
    def support_needed(self) -> bool:
        return (
            any(p.needs.any for p in self.known)
            or any(d.needs.any for d in self.newcomers)
            or (self.slip is not None and self.slip.support_needed)
        )

    @property
    def needs_registration(self) -> bool:
        return not self.known and not self.newcomers

    def __repr__(self) -> str:
        return f"Arrival({self.kind!r}, known={len(self.known)}, new={len(self.newcomers)})"


@dataclass(frozen=True)
class Admitted:
    person_ids: tuple[str, ...]
    household_id: str
    registered: tuple[str, ...]
    stay: StayResult


def draft_from_member(member: Member, payload: AppPayload) -> PersonDraft:
    """A card filled from a verified app code; household address and phone fill the gaps."""
    return PersonDraft(
        name=member.name,
        kana=member.kana,
        sex=member.sex,
        birth=member.birth,
        address=member.address or payload.address,
        phone=member.phone or (payload.phone if member.relationship == "self" else ""),
        relationship=member.relationship,
        needs=Needs(flags=member.needs),
        consent=member.consent,
        cityos_subject=member.subject or None,
    )


def _with_household(store: Store, person: Person) -> tuple[Person, ...]:
    members = people.household_members(store, person.household_id)
    return (person, *[m for m in members if m.id != person.id])


def _identify_app(store: Store, text: str, now: datetime) -> Arrival:
    zone = load_settings(store).time_zone
    verified = verify_app_code(text, load_trust(store), now, zone=zone)
    payload = verified.payload
    known: list[Person] = []
    newcomers: list[PersonDraft] = []
    for member in payload.members:
        person = (
            people.find_person(store, cityos_subject=member.subject) if member.subject else None
        )
        if person is not None:
            known.append(person)
        else:
            draft = draft_from_member(member, payload)
            resident = (
                find_resident(store, cityos_subject=member.subject) if member.subject else None
            )
            newcomers.append(fill_gaps(draft, resident) if resident is not None else draft)
    household_id = known[0].household_id if known else None
    return Arrival(
        "app",
        tuple(known),
        tuple(newcomers),
        household_id,
        expires_at=payload.expires_at,
        issuer=verified.issuer,
    )


def identify(store: Store, text: str, now: datetime) -> Arrival:
    """Verify a scanned code and find the people it stands for. Writes nothing.

    Raises:
        CodeError and its kinds (MalformedCode, Expired, UnknownKey, BadSignature, ...): the
            code is refused; its message says what to do.
        InvalidMyNumber: a 12-digit code that is not a valid My Number.
    """
    kind = classify_typed(text)  # typed My Numbers (spaces, hyphens, full width) included
    if kind == "app":
        return _identify_app(store, text, now)
    if kind == "mynumber":
        # One Argon2id (~50-70 ms): on the caller's worker thread, never the UI's (ui/ops.py).
        token = read_mynumber(text, mynumber_key(store))
        person = _first(people.find_person(store, mynumber_token=t) for t in token.lookups)
        known = _with_household(store, person) if person else ()
        # Not registered here yet: the City OS roster cache (pulled while online) pre-fills the
        # card, so one confirmation registers and checks the person in — under the current
        # token, whichever format the roster holds.
        resident = (
            None
            if person
            else _first(find_resident(store, mynumber_token=t) for t in token.lookups)
        )
        newcomers = (resident.draft(token.token),) if resident is not None else ()
        return Arrival(
            "mynumber",
            known,
            newcomers,
            household_id=person.household_id if person else None,
            mynumber=token,
        )
    if kind == "slip":
        settings = load_settings(store)
        verified = verify_slip(
            text,
            load_trust(store),
            now,
            shelter_id=get_shelter(store).id,
            zone=settings.time_zone,
        )
        person = people.find_person(store, slip_id=verified.slip.slip_id)
        known = _with_household(store, person) if person else ()
        blank = find_blank_card(store, verified.slip.slip_id)
        if person is not None or (blank is not None and blank.entered_at is not None):
            # It names somebody: it must still count (a blank card not yet entered names
            # nobody, so a stock printed before the opening can still register newcomers).
            check_slip_current(
                store,
                verified.slip,
                now,
                settings.slip_lifetime_days,
                entered_at=blank.entered_at if blank is not None else None,
                zone=settings.time_zone,
            )
        blank = None if person else blank
        return Arrival(
            "slip",
            known,
            household_id=person.household_id if person else None,
            slip=verified.slip,
            issuer=verified.issuer,
            blank_card=blank if blank is not None and blank.entered_at is None else None,
        )
    raise MalformedCode("not a code the kiosk knows")


def _first(found: Iterable[T | None]) -> T | None:
    """The first thing found (lazily: a later lookup is not made once one finds)."""
    return next((f for f in found if f is not None), None)


def _upgrade_token(ctx: Context, arrival: Arrival) -> None:
    """The card holder found by their ``v1`` My Number token gets the ``v2`` one (inside the
    caller's transaction, with its outbox and audit rows)."""
    token = arrival.mynumber
    if arrival.kind != "mynumber" or token is None or not arrival.known:
        return
    holder = arrival.known[0]
    if token.legacy_token and holder.mynumber_token == token.legacy_token:
        people.upgrade_mynumber_token(ctx, holder.id, token.legacy_token, token.token)


#: Codes that name one person, whose name is printed on them: a My Number card, a slip; and a
#: linked tap card (kiosk.cards), which names its one holder.
_ONE_PERSON_CODES = frozenset({"mynumber", "slip", "card"})


def only_the_code_holder(found: Arrival) -> Arrival:
    """What an evacuee-facing screen may show and check in for a code: no name the code does
    not carry itself.

    Self check-in has nobody to look at the person holding the code. A My Number card or a
    slip names one person (printed on it), and a found or borrowed card must not tell its
    holder the names of a whole household — so only the card's own person is offered. A
    citizen-app code is made by the household's own phone and carries its members' names:
    it is shown as it is. The desk, where staff see the person, keeps the whole household.
    """
    if found.kind not in _ONE_PERSON_CODES:
        return found
    return replace(found, known=found.known[:1], newcomers=found.newcomers[:1])


def identify_self(store: Store, text: str, now: datetime) -> Arrival:
    """:func:`identify` for self check-in: the arrival trimmed by :func:`only_the_code_holder`
    (so :func:`admit` can only check in who the screen showed). Same errors as identify."""
    return only_the_code_holder(identify(store, text, now))


def admit(
    ctx: Context,
    arrival: Arrival,
    known_ids: Sequence[str] | None = None,
    newcomer_indexes: Sequence[int] | None = None,
    via: str = "qr",
    language: str | None = None,
) -> Admitted:
    """Register the chosen newcomers and check in the chosen people, in one transaction.

    ``language``, when given, is the language the evacuee chose on the screen: it is written
    on every chosen person's card (``Person.language``) in the same transaction, so the next
    scan of their code opens in it.

    ``None`` means everyone (at self check-in, ``via="self"``, everyone the code itself names:
    :func:`only_the_code_holder`). Newcomers join the household of the known members, or form a new
    one with the first newcomer as representative.
    A card holder found by their ``v1`` My Number token gets the ``v2`` one in the same
    transaction.

    Raises:
        NeedsRegistration: a My Number or slip of nobody registered yet.
        ValidationError: nobody chosen, a newcomer's card is invalid, or the ``v2`` token of a
            card holder found by the ``v1`` one belongs to someone else (nothing written).
        ShelterClosed: the shelter is closed (nothing written).
    """
    if via == "self":  # whatever the screen was given, self check-in admits the code's own
        arrival = only_the_code_holder(arrival)
    if arrival.needs_registration:
        raise NeedsRegistration()
    chosen_known = [p.id for p in arrival.known if known_ids is None or p.id in known_ids]
    indexes = range(len(arrival.newcomers)) if newcomer_indexes is None else newcomer_indexes
    chosen_new = [arrival.newcomers[i] for i in indexes]
    if language is not None:
        chosen_new = [replace(draft, language=language) for draft in chosen_new]
    if not chosen_known and not chosen_new:
        raise ValidationError("person", _N("KioskError", "Choose at least one person."))
    if not get_shelter(ctx.store).is_open:
        raise checkin.ShelterClosed()
    with ctx.store.atomic():
        _upgrade_token(ctx, arrival)
        household_id = arrival.household_id
        registered: list[str] = []
        if chosen_new and household_id is None:
            household, persons = people.add_household(ctx, chosen_new)
            household_id = household.id
            registered = [p.id for p in persons]
        else:
            for draft in chosen_new:
                registered.append(people.add_person(ctx, draft, household_id=household_id).id)
        if language is not None:
            for person in arrival.known:
                if person.id in chosen_known and person.language != language:
                    people.update_person(ctx, replace(person, language=language))
        ids = tuple(chosen_known + registered)
        stay = checkin.check_in(ctx, ids, via=via)
    assert household_id is not None
    return Admitted(ids, household_id, tuple(registered), stay)


def register_paper_card(
    ctx: Context,
    slip_id: str,
    members: Sequence[PersonDraft],
    card: HouseholdDraft | None = None,
    check_in: bool = True,
) -> tuple[str, tuple[str, ...]]:
    """Enter a filled-in pre-printed paper card: register the household with the card's slip id
    on its first member (so the QR printed on the paper identifies that person from now on),
    check everyone in (``via="paper"``) and mark the card entered — one transaction.
    Returns ``(household id, person ids in card order)``.

    Raises:
        NotABlankCard: no pre-printed card has this slip id.
        PaperCardEntered: the card was entered before (e.g. at another desk).
        ValidationError: a field is invalid, or no member (nothing written).
        ShelterClosed: checking in, and the shelter is closed (nothing written).
    """
    if not members:
        raise ValidationError("household", _N("KioskError", "Add at least one person."))
    first = replace(members[0], slip_id=slip_id, mynumber_token=None)
    with ctx.store.atomic():
        blank = find_blank_card(ctx.store, slip_id)
        if blank is None:
            raise NotABlankCard()
        if blank.entered_at is not None or people.find_person(ctx.store, slip_id=slip_id):
            raise PaperCardEntered()
        household, persons = people.add_household(ctx, [first, *members[1:]], card)
        ids = tuple(p.id for p in persons)
        if check_in:
            checkin.check_in(ctx, ids, via="paper")
        mark_entered(ctx.store, slip_id, ctx.now())
        audit.append(
            ctx.store, ctx.actor, "paper_card.entered", "household", household.id, ctx.now()
        )
    return household.id, ids
