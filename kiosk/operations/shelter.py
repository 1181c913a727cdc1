"""The shelter this kiosk serves: created at ``kiosk init``, opened and closed by staff."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.basics.context import Context, utc_now
from kiosk.basics.errors import NotFound, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.city.broker_rules import validate_shelter_id
from kiosk.reception.slip_validity import record_opening
from kiosk.registry.records import Changes, Shelter
from kiosk.store import Store
from kiosk.store.keyfile import MYNUMBER_TOKEN_KEY

__all__ = [
    "initialise",
    "get_shelter",
    "set_open",
    "update_shelter",
    "kiosk_id",
    "shelter_payload",
    "signing_key",
    "mynumber_key",
]


def validate_shelter(shelter: Shelter, new: bool = True) -> None:
    """Raises ValidationError naming the first bad field. The id is checked against the City
    OS broker's rules only for a ``new`` shelter: an existing id cannot change here (a store
    made before the rule is reported by ``kiosk doctor`` instead of locked out)."""
    if new:
        validate_shelter_id(shelter.id)
    if not shelter.name.strip():
        raise ValidationError("shelter_name", _N("KioskError", "Enter the shelter's name."))
    if shelter.capacity < 0 or shelter.capacity > 100_000:
        raise ValidationError("capacity", _N("KioskError", "Enter a number from 0 to 100000."))
    if shelter.national_id and not (
        len(shelter.national_id) == 14
        and shelter.national_id.isascii()
        and shelter.national_id.isdigit()
    ):
        raise ValidationError(
            "national_id",
            _N(
                "KioskError",
                "The national shelter ID has exactly 14 digits; leave it empty if there is none.",
            ),
        )


def shelter_payload(shelter: Shelter) -> dict[str, Any]:
    data = asdict(shelter)
    data["disaster_types"] = list(shelter.disaster_types)
    return data


def _row_values(shelter: Shelter, at: str) -> tuple[Any, ...]:
    return (
        shelter.name,
        shelter.capacity,
        json.dumps(list(shelter.disaster_types)),
        shelter.location,
        shelter.latitude,
        shelter.longitude,
        int(shelter.is_open),
        at,
        shelter.id,
    )


#: The national common shelter id lives in the store's meta table (no schema change: it is one
#: value per store, like the shelter id).
NATIONAL_ID_META = "national_shelter_id"

#: Secret names in the store's ``secret`` table. The My Number token key
#: (:data:`kiosk.store.keyfile.MYNUMBER_TOKEN_KEY`) is not one: it lives in the key file, so a
#: copy of the database does not carry the key to its tokens (issue #13).
KIOSK_SIGNING_KEY = "kiosk_signing_key"  # raw Ed25519 private key: slips, bundles


#: The shared My Number token key's least length (32 random bytes: 256 bits).
MIN_MYNUMBER_KEY = 32
#: Its greatest: it is sealed into the key file, which is capped
#: (:data:`kiosk.store.keyfile.MAX_KEYFILE_BYTES`); a larger key would make the store unopenable.
MAX_MYNUMBER_KEY = 1024


def validate_mynumber_key(key: bytes | None) -> None:
    """A deployment's My Number key, when given, holds at least :data:`MIN_MYNUMBER_KEY`
    random bytes (an empty or short file must not quietly become a weak or random key) and at
    most :data:`MAX_MYNUMBER_KEY`.

    Raises:
        ValidationError: the key is too short or too long.
    """
    if key is not None and len(key) < MIN_MYNUMBER_KEY:
        raise ValidationError(
            "mynumber_key",
            _N("KioskError", "The My Number key file must hold at least {n} bytes; it holds {m}."),
            n=MIN_MYNUMBER_KEY,
            m=len(key),
        )
    if key is not None and len(key) > MAX_MYNUMBER_KEY:
        raise ValidationError(
            "mynumber_key",
            _N("KioskError", "The My Number key file must hold at most {n} bytes; it holds {m}."),
            n=MAX_MYNUMBER_KEY,
            m=len(key),
        )


def initialise(
    store: Store,
    shelter: Shelter,
    actor: str = "setup",
    mynumber_key: bytes | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> Context:
    """Record the shelter and this kiosk's identity in a new store; returns a context for it.

    Makes the kiosk's Ed25519 signing key and, unless the deployment's shared one is given,
    a random My Number token key (kiosks of one city share it so tokens match the roster).
    The token key goes into the store's key file, not its database.

    Raises:
        ValidationError: a shelter field or the My Number key is invalid.
        OSError: the key file cannot be written.
    """
    validate_shelter(shelter)
    validate_mynumber_key(mynumber_key)
    new_kiosk_id = f"kiosk-{uuid.uuid4().hex[:12]}"
    signing_key = Ed25519PrivateKey.generate().private_bytes_raw()
    key = mynumber_key if mynumber_key is not None else os.urandom(MIN_MYNUMBER_KEY)
    store.set_keyfile_secret(MYNUMBER_TOKEN_KEY, key)
    with store.atomic():
        store.set_meta("kiosk_id", new_kiosk_id)
        store.set_meta("shelter_id", shelter.id)
        store.set_meta(NATIONAL_ID_META, shelter.national_id)
        store.set_secret(KIOSK_SIGNING_KEY, signing_key)
        ctx = Context(store, new_kiosk_id, actor, clock)
        at = ctx.now()
        if shelter.is_open:
            record_opening(store, at)
        store.execute(
            "INSERT INTO shelter (name, capacity, disaster_types, location, latitude, longitude, "
            "is_open, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _row_values(shelter, at.isoformat()),
        )
        ctx.log_change("shelter", shelter.id, "upsert", shelter_payload(shelter), "shelter.create")
    return ctx


def _secret(store: Store, name: str, make: Callable[[], bytes]) -> bytes:
    """A deployment secret, created on first use for stores made before it existed."""
    value = store.get_secret(name)
    if value is None:
        value = make()
        with store.atomic():
            store.set_secret(name, value)
    return value


def signing_key(store: Store) -> Ed25519PrivateKey:
    """This kiosk's Ed25519 key (signs slips and sealed bundles). Never leaves the store."""
    raw = _secret(
        store, KIOSK_SIGNING_KEY, lambda: Ed25519PrivateKey.generate().private_bytes_raw()
    )
    return Ed25519PrivateKey.from_private_bytes(raw)


def mynumber_key(store: Store) -> bytes:
    """The deployment secret that turns a My Number into a token (kiosk.identity.mynumber),
    from the key file. A store that never had one gets a random one there; a store opened
    without its migrations still has it in the database, where it is read.

    Raises:
        StoreCorrupt: the key file is unreadable or belongs to another store.
        OSError: a new key cannot be written to the key file.
    """
    key = store.keyfile_secret(MYNUMBER_TOKEN_KEY)
    if key is None:
        key = store.get_secret(MYNUMBER_TOKEN_KEY)  # not migrated yet (migrate=False)
    if key is None:
        key = os.urandom(MIN_MYNUMBER_KEY)
        store.set_keyfile_secret(MYNUMBER_TOKEN_KEY, key)
    return key


def kiosk_id(store: Store) -> str:
    """This kiosk's id.

    Raises:
        NotFound: the store was never initialised.
    """
    value = store.get_meta("kiosk_id")
    if value is None:
        raise NotFound(what="kiosk", id="-")
    return value


def get_shelter(store: Store) -> Shelter:
    """The shelter of this kiosk.

    Raises:
        NotFound: the store was never initialised.
    """
    row = store.query_one("SELECT * FROM shelter WHERE id = ?", (store.get_meta("shelter_id"),))
    if row is None:
        raise NotFound(what="shelter", id="-")
    return Shelter(
        id=row["id"],
        name=row["name"],
        capacity=row["capacity"],
        disaster_types=tuple(json.loads(row["disaster_types"])),
        location=row["location"],
        latitude=row["latitude"],
        longitude=row["longitude"],
        is_open=bool(row["is_open"]),
        national_id=store.get_meta(NATIONAL_ID_META) or "",
    )


def update_shelter(ctx: Context, shelter: Shelter) -> Changes:
    """Change the shelter's record (capacity, name, location, open state).

    Raises:
        ValidationError: a field is invalid.
        NotFound: the shelter is not this kiosk's.
    """
    validate_shelter(shelter, new=False)
    current = get_shelter(ctx.store)
    if current.id != shelter.id:
        raise NotFound(what="shelter", id=shelter.id)
    if current == shelter:
        return Changes()
    with ctx.store.atomic():
        at = ctx.now()
        ctx.store.execute(
            "UPDATE shelter SET name = ?, capacity = ?, disaster_types = ?, location = ?, "
            "latitude = ?, longitude = ?, is_open = ?, updated_at = ? WHERE id = ?",
            _row_values(shelter, at.isoformat()),
        )
        if shelter.is_open and not current.is_open:
            record_opening(ctx.store, at)  # slips printed before this opening stop counting
        ctx.store.set_meta(NATIONAL_ID_META, shelter.national_id)
        ctx.log_change("shelter", shelter.id, "upsert", shelter_payload(shelter), "shelter.update")
    return Changes(shelter=True, status=True)


def set_open(ctx: Context, is_open: bool) -> Changes:
    """Open or close the shelter; a closed shelter refuses check-ins."""
    return update_shelter(ctx, replace(get_shelter(ctx.store), is_open=is_open))
