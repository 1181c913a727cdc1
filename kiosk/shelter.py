"""The shelter this kiosk serves: created at ``kiosk init``, opened and closed by staff."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import asdict, replace
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.context import Context
from kiosk.errors import NotFound, ValidationError
from kiosk.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.records import Changes, Shelter
from kiosk.store import Store

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


def validate_shelter(shelter: Shelter) -> None:
    """Raises ValidationError naming the first bad field."""
    if not shelter.id.strip() or len(shelter.id) > 64 or any(c.isspace() for c in shelter.id):
        raise ValidationError("shelter_id", _N("KioskError", "Use up to 64 letters, digits or -."))
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

#: Secret names in the store's ``secret`` table.
KIOSK_SIGNING_KEY = "kiosk_signing_key"  # raw Ed25519 private key: slips, bundles
MYNUMBER_TOKEN_KEY = "mynumber_token_key"  # HMAC key for My Number tokens (per deployment)


#: The shared My Number token key's least length (HMAC-SHA256's own block of 32 bytes).
MIN_MYNUMBER_KEY = 32


def validate_mynumber_key(key: bytes | None) -> None:
    """A deployment's My Number key, when given, holds at least :data:`MIN_MYNUMBER_KEY`
    random bytes (an empty or short file must not quietly become a weak or random key).

    Raises:
        ValidationError: the key is too short.
    """
    if key is not None and len(key) < MIN_MYNUMBER_KEY:
        raise ValidationError(
            "mynumber_key",
            _N("KioskError", "The My Number key file must hold at least {n} bytes; it holds {m}."),
            n=MIN_MYNUMBER_KEY,
            m=len(key),
        )


def initialise(
    store: Store, shelter: Shelter, actor: str = "setup", mynumber_key: bytes | None = None
) -> Context:
    """Record the shelter and this kiosk's identity in a new store; returns a context for it.

    Makes the kiosk's Ed25519 signing key and, unless the deployment's shared one is given,
    a random My Number token key (kiosks of one city share it so tokens match the roster).

    Raises:
        ValidationError: a shelter field or the My Number key is invalid.
    """
    validate_shelter(shelter)
    validate_mynumber_key(mynumber_key)
    new_kiosk_id = f"kiosk-{uuid.uuid4().hex[:12]}"
    signing_key = Ed25519PrivateKey.generate().private_bytes_raw()
    with store.atomic():
        store.set_meta("kiosk_id", new_kiosk_id)
        store.set_meta("shelter_id", shelter.id)
        store.set_meta(NATIONAL_ID_META, shelter.national_id)
        store.set_secret(KIOSK_SIGNING_KEY, signing_key)
        key = mynumber_key if mynumber_key is not None else os.urandom(MIN_MYNUMBER_KEY)
        store.set_secret(MYNUMBER_TOKEN_KEY, key)
        ctx = Context(store, new_kiosk_id, actor)
        at = ctx.now()
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
    """The HMAC key that turns a My Number into a token."""
    return _secret(store, MYNUMBER_TOKEN_KEY, lambda: os.urandom(32))


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
    validate_shelter(shelter)
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
        ctx.store.set_meta(NATIONAL_ID_META, shelter.national_id)
        ctx.log_change("shelter", shelter.id, "upsert", shelter_payload(shelter), "shelter.update")
    return Changes(shelter=True, status=True)


def set_open(ctx: Context, is_open: bool) -> Changes:
    """Open or close the shelter; a closed shelter refuses check-ins."""
    return update_shelter(ctx, replace(get_shelter(ctx.store), is_open=is_open))
