"""Households and persons: the evacuee card's records (DESIGN §4).

Adding or editing a person validates every field first (a :class:`ValidationError` names the
field and says what to do), then writes the row, its outbox entry and its audit row in one
transaction. Lookups by City OS subject, My Number token or slip id are how scanned codes find
the person they belong to.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import asdict, replace
from datetime import date, datetime
from typing import Any

from kiosk.basics.context import Context
from kiosk.basics.errors import NotFound, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.languages import LANGUAGE_TAG
from kiosk.basics.text_rules import unsafe_character
from kiosk.registry.names import name_key, phone_key
from kiosk.registry.records import Changes, Household, HouseholdDraft, Needs, Person, PersonDraft
from kiosk.registry.vocab import (
    ANPI_SCOPE,
    CONSENT_SCOPES,
    HOME_DAMAGE,
    NEED_FLAGS,
    RELATIONSHIPS,
    SEXES,
    STAYS,
)
from kiosk.store import Store

__all__ = [
    "validate_person",
    "validate_household",
    "add_person",
    "add_household",
    "update_person",
    "upgrade_mynumber_token",
    "update_household",
    "get_person",
    "get_household",
    "household_members",
    "find_person",
    "person_payload",
    "consent_of",
    "consents_of",
    "names_of",
]

_KANA = re.compile(r"^[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f\s\u3000・･ー-]*$")
_MAX_TEXT = 200


def _text(
    field: str, value: str, required: bool = False, limit: int = _MAX_TEXT, multiline: bool = False
) -> None:
    if required and not value.strip():
        raise ValidationError(field, _N("KioskError", "This field is required."))
    if len(value) > limit:
        raise ValidationError(
            field, _N("KioskError", "Use at most {limit} characters."), limit=limit
        )
    hidden = unsafe_character(value, multiline)
    if hidden is not None:
        raise ValidationError(
            field,
            _N(
                "KioskError",
                "Remove the invisible or control character ({char}) and type it again.",
            ),
            char=hidden,
        )


def validate_person(draft: PersonDraft, today: date) -> None:
    """Check every field of a person's card.

    Raises:
        ValidationError: naming the first field that is wrong and what to do about it.
    """
    _text("name", draft.name, required=True, limit=100)
    _text("kana", draft.kana, limit=100)
    if draft.kana and not _KANA.match(draft.kana):
        raise ValidationError("kana", _N("KioskError", "Write the reading in kana only."))
    if draft.sex not in SEXES:
        raise ValidationError("sex", _N("KioskError", "Choose F, M or X."))
    if draft.birth is not None and not (date(1890, 1, 1) <= draft.birth <= today):
        raise ValidationError(
            "birth",
            _N("KioskError", "Use a real date of birth, e.g. {example}."),
            example="1950-04-01",
        )
    _text("address", draft.address)
    if draft.phone and not 10 <= len(phone_key(draft.phone)) <= 11:
        raise ValidationError(
            "phone",
            _N("KioskError", "Enter 10 or 11 digits, e.g. {example}."),
            example="090-1234-5678",
        )
    if draft.relationship not in RELATIONSHIPS:
        raise ValidationError("relationship", _N("KioskError", "Choose one of the listed values."))
    if draft.stay not in STAYS:
        raise ValidationError("stay", _N("KioskError", "Choose shelter, vehicle, home or other."))
    _text("stay_detail", draft.stay_detail)
    unknown_needs = draft.needs.flags - set(NEED_FLAGS)
    if unknown_needs:
        raise ValidationError(
            "needs",
            _N("KioskError", "Use only these values: {values}."),
            values=", ".join(NEED_FLAGS),
        )
    for detail in ("care_level", "illness", "medication", "allergies", "dietary"):
        _text("needs", getattr(draft.needs, detail))
    if draft.consent - set(CONSENT_SCOPES) - {ANPI_SCOPE}:
        raise ValidationError("consent", _N("KioskError", "Unknown consent scope."))
    if not LANGUAGE_TAG.fullmatch(draft.language):
        raise ValidationError("language", _N("KioskError", "Use a language code such as ja or en."))


def validate_household(draft: HouseholdDraft) -> None:
    """Raises ValidationError naming the first bad household field."""
    for fname in ("vehicle_plate", "vehicle_type", "emergency_contact"):
        _text(fname, getattr(draft, fname))
    _text("household", draft.pets)
    _text("household", draft.note, limit=1000, multiline=True)
    if not 0 <= draft.pet_count <= 100:
        raise ValidationError("pet_count", _N("KioskError", "Enter a number from 0 to 100."))
    if draft.home_damage not in HOME_DAMAGE:
        raise ValidationError("home_damage", _N("KioskError", "Choose one of the listed values."))


def person_payload(person: Person) -> dict[str, Any]:
    """The person's full record as JSON-ready data (outbox payloads, exports)."""
    data = asdict(person)
    data["birth"] = person.birth.isoformat() if person.birth else None
    data["state_since"] = person.state_since.isoformat() if person.state_since else None
    data["needs"] = {**asdict(person.needs), "flags": sorted(person.needs.flags)}
    data["consent"] = sorted(person.consent)
    return data


def household_payload(household: Household) -> dict[str, Any]:
    return asdict(household)


def _person_from_row(row: Any) -> Person:
    return Person(
        id=row["id"],
        household_id=row["household_id"],
        name=row["name"],
        kana=row["kana"],
        sex=row["sex"],
        birth=date.fromisoformat(row["birth"]) if row["birth"] else None,
        address=row["address"],
        phone=row["phone"],
        relationship=row["relationship"],
        stay=row["stay"],
        stay_detail=row["stay_detail"],
        needs=Needs(
            flags=frozenset(json.loads(row["needs"])),
            care_level=row["care_level"],
            illness=row["illness"],
            medication=row["medication"],
            allergies=row["allergies"],
            dietary=row["dietary"],
        ),
        language=row["language"],
        consent=frozenset(json.loads(row["consent"])),
        cityos_subject=row["cityos_subject"],
        mynumber_token=row["mynumber_token"],
        slip_id=row["slip_id"],
        state=row["state"],
        state_since=datetime.fromisoformat(row["state_since"]) if row["state_since"] else None,
    )


def _household_from_row(row: Any) -> Household:
    return Household(
        id=row["id"],
        representative_id=row["representative_id"],
        vehicle_plate=row["vehicle_plate"],
        vehicle_type=row["vehicle_type"],
        pets=row["pets"],
        pet_count=row["pet_count"],
        home_damage=row["home_damage"],
        emergency_contact=row["emergency_contact"],
        note=row["note"],
    )


_PERSON_COLUMNS = (
    "household_id, name, kana, name_key, kana_key, sex, birth, address, phone, phone_key, "
    "relationship, stay, stay_detail, needs, care_level, illness, medication, allergies, dietary, "
    "language, consent, cityos_subject, mynumber_token, slip_id, updated_at"
)


def _person_values(person: Person, at: str) -> tuple[Any, ...]:
    return (
        person.household_id,
        person.name.strip(),
        person.kana.strip(),
        name_key(person.name),
        name_key(person.kana),
        person.sex,
        person.birth.isoformat() if person.birth else None,
        person.address.strip(),
        person.phone.strip(),
        phone_key(person.phone),
        person.relationship,
        person.stay,
        person.stay_detail,
        json.dumps(sorted(person.needs.flags)),
        person.needs.care_level,
        person.needs.illness,
        person.needs.medication,
        person.needs.allergies,
        person.needs.dietary,
        person.language,
        json.dumps(sorted(person.consent)),
        person.cityos_subject,
        person.mynumber_token,
        person.slip_id,
        at,
    )


_HOUSEHOLD_COLUMNS = (
    "representative_id, vehicle_plate, vehicle_type, pets, pet_count, home_damage, "
    "emergency_contact, note, updated_at"
)


def _household_values(household: Household, at: str) -> tuple[Any, ...]:
    return (
        household.representative_id,
        household.vehicle_plate,
        household.vehicle_type,
        household.pets,
        household.pet_count,
        household.home_damage,
        household.emergency_contact,
        household.note,
        at,
    )


def _check_links_free(store: Store, person: Person) -> None:
    """A City OS subject, My Number token or slip belongs to one person only."""
    for column, value in (
        ("cityos_subject", person.cityos_subject),
        ("mynumber_token", person.mynumber_token),
        ("slip_id", person.slip_id),
    ):
        if value is None:
            continue
        row = store.query_one(
            f"SELECT id FROM person WHERE {column} = ? AND id != ?", (value, person.id)
        )
        if row is not None:
            raise ValidationError(
                "person",
                _N("KioskError", "This code already belongs to another person (id {other})."),
                other=row["id"],
            )


def _insert_household(ctx: Context, household: Household, at: str) -> None:
    ctx.store.execute(
        f"INSERT INTO household ({_HOUSEHOLD_COLUMNS}, created_at, id) "
        f"VALUES ({', '.join('?' * 11)})",
        (*_household_values(household, at)[:-1], at, at, household.id),
    )
    ctx.log_change(
        "household", household.id, "upsert", household_payload(household), "household.add"
    )


def _insert_person(ctx: Context, person: Person, at: str) -> None:
    _check_links_free(ctx.store, person)
    ctx.store.execute(
        f"INSERT INTO person ({_PERSON_COLUMNS}, created_at, state, id) "
        f"VALUES ({', '.join('?' * 28)})",
        (*_person_values(person, at), at, person.state, person.id),
    )
    ctx.log_change("person", person.id, "upsert", person_payload(person), "person.add")


def add_household(
    ctx: Context, members: list[PersonDraft], card: HouseholdDraft | None = None
) -> tuple[Household, tuple[Person, ...]]:
    """Register a household: the first member is its representative.

    Raises:
        ValidationError: a field of a member or of the card is invalid; nothing is written.
    """
    if not members:
        raise ValidationError("household", _N("KioskError", "Add at least one person."))
    card = card or HouseholdDraft()
    today = ctx.today()
    for draft in members:
        validate_person(draft, today)
    validate_household(card)
    household_id = str(uuid.uuid4())
    people = tuple(
        Person(**{**_draft_fields(draft), "id": str(uuid.uuid4()), "household_id": household_id})
        for draft in members
    )
    household = Household(**asdict(card), id=household_id, representative_id=people[0].id)
    with ctx.store.atomic():
        at = ctx.now().isoformat()
        _insert_household(ctx, household, at)
        for person in people:
            _insert_person(ctx, person, at)
    return household, people


def _draft_fields(draft: PersonDraft) -> dict[str, Any]:
    return {f: getattr(draft, f) for f in PersonDraft.__dataclass_fields__}


def add_person(ctx: Context, draft: PersonDraft, household_id: str | None = None) -> Person:
    """Register one person, alone in a new household or joining ``household_id``.

    Raises:
        ValidationError: a field is invalid, or a linked code already belongs to someone.
        NotFound: ``household_id`` does not exist.
    """
    if household_id is None:
        return add_household(ctx, [draft])[1][0]
    validate_person(draft, ctx.today())
    get_household(ctx.store, household_id)
    person = Person(
        **{**_draft_fields(draft), "id": str(uuid.uuid4()), "household_id": household_id}
    )
    with ctx.store.atomic():
        _insert_person(ctx, person, ctx.now().isoformat())
    return person


def update_person(ctx: Context, person: Person) -> Changes:
    """Save an edited card of an existing person (its state is not changed here).

    Raises:
        ValidationError: a field is invalid.
        NotFound: the person does not exist.
    """
    current = get_person(ctx.store, person.id)
    person = replace(
        person,
        household_id=current.household_id,
        state=current.state,
        state_since=current.state_since,
    )
    validate_person(person, ctx.today())
    if person == current:
        return Changes()
    with ctx.store.atomic():
        _check_links_free(ctx.store, person)
        at = ctx.now().isoformat()
        ctx.store.execute(
            f"UPDATE person SET ({_PERSON_COLUMNS}) = ({', '.join('?' * 25)}) WHERE id = ?",
            (*_person_values(person, at), person.id),
        )
        ctx.log_change("person", person.id, "upsert", person_payload(person), "person.update")
        if person.consent != current.consent and person.household_id:
            household = get_household(ctx.store, person.household_id)
            if household.representative_id == person.id:
                # The household's card is shared under its representative's consent: a new
                # consent changes what the City OS may hold of it, so it is queued again.
                ctx.log_change(
                    "household",
                    household.id,
                    "upsert",
                    household_payload(household),
                    "household.consent",
                )
    return Changes(persons=frozenset({person.id}), status=True)


def upgrade_mynumber_token(ctx: Context, person_id: str, old: str, new: str) -> bool:
    """Give a person found by their My Number token of an older format (``old``) the current
    one (``new``: the same number under the same deployment secret, kiosk.identity.mynumber),
    with the outbox entry and audit row of any change. Returns whether it changed: False when
    the person no longer holds ``old``. Runs inside the caller's transaction when there is one
    (a check-in upgrades the token in its own).

    Raises:
        ValidationError: another person already holds ``new`` (nothing is written).
    """
    with ctx.store.atomic():
        row = ctx.store.query_one(
            "SELECT * FROM person WHERE id = ? AND mynumber_token = ?", (person_id, old)
        )
        if row is None:
            return False
        person = replace(_person_from_row(row), mynumber_token=new)
        _check_links_free(ctx.store, person)
        ctx.store.execute(
            "UPDATE person SET mynumber_token = ?, updated_at = ? WHERE id = ?",
            (new, ctx.now().isoformat(), person_id),
        )
        ctx.log_change(
            "person", person_id, "upsert", person_payload(person), "person.token_upgrade"
        )
    return True


def update_household(ctx: Context, household: Household) -> Changes:
    """Save the household part of the card.

    Raises:
        ValidationError: a field is invalid.
        NotFound: the household does not exist.
    """
    current = get_household(ctx.store, household.id)
    validate_household(household)
    if household == current:
        return Changes()
    with ctx.store.atomic():
        at = ctx.now().isoformat()
        ctx.store.execute(
            f"UPDATE household SET ({_HOUSEHOLD_COLUMNS}) = ({', '.join('?' * 9)}) WHERE id = ?",
            (*_household_values(household, at), household.id),
        )
        ctx.log_change(
            "household", household.id, "upsert", household_payload(household), "household.update"
        )
    return Changes(households=frozenset({household.id}), status=True)


def get_person(store: Store, person_id: str) -> Person:
    """Raises NotFound when there is no such person."""
    row = store.query_one("SELECT * FROM person WHERE id = ?", (person_id,))
    if row is None:
        raise NotFound(what="person", id=person_id)
    return _person_from_row(row)


def get_household(store: Store, household_id: str) -> Household:
    """Raises NotFound when there is no such household."""
    row = store.query_one("SELECT * FROM household WHERE id = ?", (household_id,))
    if row is None:
        raise NotFound(what="household", id=household_id)
    return _household_from_row(row)


def household_members(store: Store, household_id: str) -> tuple[Person, ...]:
    """Members in card order: the representative first, then by registration."""
    rows = store.query(
        "SELECT p.* FROM person p JOIN household h ON h.id = p.household_id "
        "WHERE p.household_id = ? ORDER BY p.id != h.representative_id, p.created_at, p.rowid",
        (household_id,),
    )
    return tuple(_person_from_row(r) for r in rows)


def find_person(
    store: Store,
    *,
    cityos_subject: str | None = None,
    mynumber_token: str | None = None,
    slip_id: str | None = None,
) -> Person | None:
    """The person linked to a scanned code, or ``None``. Exactly one key must be given."""
    keys = {
        "cityos_subject": cityos_subject,
        "mynumber_token": mynumber_token,
        "slip_id": slip_id,
    }
    given = [(k, v) for k, v in keys.items() if v is not None]
    if len(given) != 1:
        raise ValueError("give exactly one of cityos_subject, mynumber_token, slip_id")
    column, value = given[0]
    row = store.query_one(f"SELECT * FROM person WHERE {column} = ?", (value,))
    return _person_from_row(row) if row else None


def consent_of(store: Store, person_id: str) -> frozenset[str]:
    """A person's current consent scopes (empty for an unknown id)."""
    row = store.query_one("SELECT consent FROM person WHERE id = ?", (person_id,))
    return frozenset(json.loads(row["consent"])) if row else frozenset()


def _column_of(store: Store, person_ids: Iterable[str], column: str) -> dict[str, Any]:
    """One column of many people, by id, in as few queries as SQLite's variable limit allows
    (unknown ids are left out)."""
    ids = list(dict.fromkeys(person_ids))
    found: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in store.query(f"SELECT id, {column} FROM person WHERE id IN ({marks})", chunk):
            found[row["id"]] = row[column]
    return found


def consents_of(store: Store, person_ids: Iterable[str]) -> dict[str, frozenset[str]]:
    """Current consent scopes of many people in one query: what a replay batch needs without
    one query per change."""
    raw = _column_of(store, person_ids, "consent")
    return {pid: frozenset(json.loads(value)) for pid, value in raw.items()}


def names_of(store: Store, person_ids: Iterable[str]) -> dict[str, str]:
    """Names of many people in one query (lists the manager reads: care, survey requests)."""
    return {pid: str(name) for pid, name in _column_of(store, person_ids, "name").items()}


def rows_to_people(rows: list[Any]) -> list[Person]:
    return [_person_from_row(r) for r in rows]
