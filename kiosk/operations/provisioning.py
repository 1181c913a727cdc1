"""First-run setup: everything a municipal IT person decides once, in one call.

The window's first-run wizard and `kiosk init` both build a :class:`Provisioning` and call
:func:`provision`. Every part is validated *before* anything is written, so a typo in the
third step never leaves a half-made store behind; then the store is created and filled in.
City OS settings may stay empty and be completed later on the settings page.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.access import audit
from kiosk.access import staff as staff_service
from kiosk.basics.context import Context, utc_now
from kiosk.basics.errors import StoreExists, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.core import Kiosk
from kiosk.operations.settings import Settings, validate_settings
from kiosk.operations.shelter import validate_shelter
from kiosk.registry.records import Shelter
from kiosk.store import DEFAULT_KDF, KdfParams
from kiosk.store.database import StorePaths

__all__ = [
    "StaffPin",
    "Provisioning",
    "provision",
    "validate",
    "passphrase_strength",
    "validate_passphrase",
    "set_client_secret",
    "CLIENT_SECRET",
]

#: Secret name of the City OS client secret in the store.
CLIENT_SECRET = "cityos_client_secret"
MIN_PASSPHRASE = 10


@dataclass(frozen=True, repr=False)
class StaffPin:
    label: str
    role: str
    pin: str

    def __repr__(self) -> str:
        return f"StaffPin({self.label!r}, {self.role!r})"


@dataclass(frozen=True, repr=False)
class Provisioning:
    shelter: Shelter
    passphrase: str
    staff: tuple[StaffPin, ...] = ()
    settings: Settings = field(default_factory=Settings)
    client_secret: str = ""
    mynumber_key: bytes | None = None

    def __repr__(self) -> str:
        return f"Provisioning(shelter={self.shelter.id!r}, staff={len(self.staff)})"


def passphrase_strength(passphrase: str) -> int:
    """0 (unusable) to 4 (strong): length and variety, for the wizard's feedback bar.

    Long passphrases of ordinary words are encouraged over short symbol soup.
    """
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    classes = sum(
        any(test(c) for c in passphrase)
        for test in (
            str.islower,
            str.isupper,
            str.isdigit,
            lambda c: not c.isascii() or not c.isalnum(),
        )
    )
    score = 1 + (len(passphrase) >= 14) + (len(passphrase) >= 20) + (classes >= 3)
    return min(4, score)


def validate_passphrase(passphrase: str) -> None:
    """The one minimum for a passphrase a person chooses (first-run setup, ``kiosk init``,
    ``kiosk passphrase change``).

    Raises:
        ValidationError: shorter than :data:`MIN_PASSPHRASE`.
    """
    if passphrase_strength(passphrase) == 0:
        raise ValidationError(
            "passphrase", _N("KioskError", "Use at least {n} characters."), n=MIN_PASSPHRASE
        )


def validate(plan: Provisioning) -> None:
    """Raises ValidationError naming the first thing to fix."""
    validate_shelter(plan.shelter)
    validate_passphrase(plan.passphrase)
    roles = {s.role for s in plan.staff}
    if plan.staff and "manager" not in roles:
        raise ValidationError("role", _N("KioskError", "Create at least one shelter manager PIN."))
    pins = [s.pin for s in plan.staff]
    if len(set(pins)) != len(pins):
        raise ValidationError("pin", _N("KioskError", "Choose a PIN nobody else uses."))
    for member in plan.staff:
        staff_service.validate_staff(member.label, member.role, member.pin)
    validate_settings(plan.settings)


def provision(
    home: Path,
    plan: Provisioning,
    kdf: KdfParams = DEFAULT_KDF,
    clock: Callable[[], datetime] = utc_now,
) -> Kiosk:
    """Create and configure a kiosk in ``home``; returns it open.

    Raises:
        ValidationError: something in the plan is wrong (nothing is written).
        StoreExists: ``home`` already holds a store (it is not touched).
    """
    validate(plan)
    if StorePaths(Path(home)).exists():
        raise StoreExists(home=str(home))
    existed = Path(home).exists()
    kiosk: Kiosk | None = None
    try:
        kiosk = Kiosk.create(
            home,
            plan.passphrase,
            plan.shelter,
            actor="setup",
            kdf=kdf,
            clock=clock,
            mynumber_key=plan.mynumber_key,
        )
        ctx = kiosk.ctx
        with kiosk.store.atomic():
            if plan.client_secret:
                kiosk.store.set_secret(CLIENT_SECRET, plan.client_secret.encode("utf-8"))
            for member in plan.staff:
                staff_service.add_staff(ctx, member.label, member.role, member.pin)
        kiosk.save_settings(kiosk.ctx, plan.settings)
    except BaseException:
        # Nothing half-made stays behind: remove what this call created.
        if kiosk is not None:
            kiosk.close()
        paths = StorePaths(Path(home))
        for leftover in (paths.database, paths.keyfile, *Path(home).glob("kiosk.db-*")):
            leftover.unlink(missing_ok=True)
        if not existed:
            shutil.rmtree(home, ignore_errors=True)
        raise
    return kiosk


def set_client_secret(ctx: Context, secret: str) -> None:
    """Replace the City OS client secret (manager or admin); audited, never shown back.

    Raises:
        PermissionDenied: the acting role may not change settings.
        ValidationError: the secret is empty.
    """
    staff_service.require_role(ctx, "settings")
    if not secret.strip():
        raise ValidationError("client_secret", _N("KioskError", "This field is required."))
    with ctx.store.atomic():
        ctx.store.set_secret(CLIENT_SECRET, secret.strip().encode("utf-8"))
        audit.append(
            ctx.store, ctx.actor, "settings.client_secret", "settings", "cityos", ctx.now()
        )
