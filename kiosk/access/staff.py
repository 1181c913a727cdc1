"""Staff accounts, PIN sign-in and who may do what.

Reception staff sign in at the desk with a short PIN. A PIN has little entropy, so it is stored
only as a slow, salted scrypt hash (``cryptography``), and wrong tries are throttled for the
whole kiosk with lockouts that grow (:mod:`kiosk.access.pin_attempts`). The roles are ``staff``
(reception), ``operator`` (sync after an outage) and ``manager`` (exports, dashboard,
settings); ``admin`` is whoever holds the store passphrase (the command line, first-run setup)
and may do everything.
"""

from __future__ import annotations

import base64
import hmac
import os
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.access import audit, pin_attempts
from kiosk.access.pin_attempts import AccountLocked
from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "ROLES",
    "StaffMember",
    "PermissionDenied",
    "WrongPin",
    "AccountLocked",
    "validate_staff",
    "add_staff",
    "sign_in",
    "list_staff",
    "require_role",
    "may",
]

ROLES: tuple[str, ...] = ("staff", "operator", "manager")
ROLE_LABELS = {
    "staff": _N("Role", "Reception staff"),
    "operator": _N("Role", "Sync operator"),
    "manager": _N("Role", "Shelter manager"),
    "admin": _N("Role", "Administrator"),
}
#: What each role may do, by permission name. ``admin`` may do everything.
PERMISSIONS: dict[str, frozenset[str]] = {
    "checkin": frozenset({"staff", "operator", "manager"}),
    "edit_card": frozenset({"staff", "manager"}),
    "sync": frozenset({"operator", "manager"}),
    "export": frozenset({"manager"}),
    "dashboard": frozenset({"manager"}),
    "settings": frozenset({"manager"}),
    "remove_person": frozenset({"manager"}),
    "merge_people": frozenset({"manager"}),
}
#: Wrong PINs before the first lockout (the lockouts: :data:`kiosk.access.pin_attempts.LOCKOUTS`).
MAX_FAILURES = pin_attempts.FREE_TRIES
_SCRYPT_N = 2**14


class PermissionDenied(KioskError):
    code = "permission_denied"
    template = _N("KioskError", "Your role may not do this. Ask a shelter manager.")


class WrongPin(KioskError):
    code = "wrong_pin"
    template = _N("KioskError", "Wrong PIN. Try again.")


@dataclass(frozen=True)
class StaffMember:
    id: str
    label: str
    role: str


def _hash_pin(pin: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=8, p=1).derive(pin.encode("utf-8"))


def _encode(pin: str) -> str:
    salt = os.urandom(16)
    digest = _hash_pin(pin, salt)
    parts = (
        "scrypt",
        str(_SCRYPT_N),
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )
    return "$".join(parts)


def _matches(pin: str, encoded: str) -> bool:
    _, _, salt, digest = encoded.split("$")
    return hmac.compare_digest(_hash_pin(pin, base64.b64decode(salt)), base64.b64decode(digest))


def validate_staff(label: str, role: str, pin: str) -> None:
    """The rules of one staff account (also checked by first-run setup before it writes).

    Raises:
        ValidationError: label, role or PIN unusable (PIN: 4 to 12 digits).
    """
    if not label.strip() or len(label) > 50:
        raise ValidationError("staff", _N("KioskError", "Give a short label such as 受付1."))
    if role not in ROLES:
        raise ValidationError("role", _N("KioskError", "Choose staff, operator or manager."))
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise ValidationError("pin", _N("KioskError", "Use 4 to 12 digits."))


def add_staff(ctx: Context, label: str, role: str, pin: str) -> StaffMember:
    """Create a staff account. Only an admin or manager may.

    Raises:
        PermissionDenied: the acting role may not manage staff.
        ValidationError: label, role or PIN unusable (PIN: 4 to 12 digits).
    """
    if ctx.role not in ("admin", "manager"):
        raise PermissionDenied()
    validate_staff(label, role, pin)
    member = StaffMember(str(uuid.uuid4()), label.strip(), role)
    with ctx.store.atomic():
        for other in ctx.store.query("SELECT pin_hash FROM staff WHERE active = 1"):
            if _matches(pin, other["pin_hash"]):
                raise ValidationError("pin", _N("KioskError", "Choose a PIN nobody else uses."))
        ctx.store.execute(
            "INSERT INTO staff (id, label, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)",
            (member.id, member.label, role, _encode(pin), ctx.now().isoformat()),
        )
        audit.append(ctx.store, ctx.actor, "staff.add", "staff", member.id, ctx.now())
    return member


def list_staff(ctx: Context) -> list[StaffMember]:
    rows = ctx.store.query("SELECT id, label, role FROM staff WHERE active = 1 ORDER BY label")
    return [StaffMember(r["id"], r["label"], r["role"]) for r in rows]


def sign_in(ctx: Context, pin: str) -> StaffMember:
    """The active staff member whose PIN this is.

    Every account is tried (a PIN identifies its owner). Wrong PINs are counted for the whole
    kiosk, not per account, and lock every PIN out for longer each time
    (:mod:`kiosk.access.pin_attempts`: :data:`MAX_FAILURES` free tries, then 1, 5, 15, 60 minutes);
    each wrong PIN and each lockout is audited, the PIN never.

    Raises:
        WrongPin: no account has this PIN.
        AccountLocked: too many wrong PINs: this one started a lockout, or one still lasts.
    """
    now = ctx.now()
    pin_attempts.check_not_locked(ctx)
    with ctx.store.atomic():
        for row in ctx.store.query("SELECT * FROM staff WHERE active = 1"):
            if _matches(pin, row["pin_hash"]):
                pin_attempts.record_success(ctx)
                audit.append(ctx.store, row["id"], "staff.sign_in", "staff", row["id"], now)
                return StaffMember(row["id"], row["label"], row["role"])
        locked = pin_attempts.record_failure(ctx)
    # Raised after the block: the count and its audit rows are committed, not rolled back.
    raise locked or WrongPin()


def may(role: str, permission: str) -> bool:
    return role == "admin" or role in PERMISSIONS.get(permission, frozenset())


def require_role(ctx: Context, permission: str) -> None:
    """Raises PermissionDenied unless the acting role has ``permission``."""
    if not may(ctx.role, permission):
        raise PermissionDenied()
