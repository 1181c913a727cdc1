"""Staff PINs: slow hashes, sign-in by PIN, throttling of wrong PINs, roles and permissions."""

from __future__ import annotations

import pytest

from kiosk import staff
from kiosk.core import Kiosk
from kiosk.errors import ValidationError
from tests.conftest import FakeClock


def test_sign_in_finds_the_member_by_pin_and_never_stores_the_pin(kiosk: Kiosk) -> None:
    desk = staff.add_staff(kiosk.ctx, "受付1", "staff", "4821")
    boss = staff.add_staff(kiosk.ctx, "所長", "manager", "7395")
    assert (staff.sign_in(kiosk.ctx, "4821"), staff.sign_in(kiosk.ctx, "7395")) == (desk, boss)
    hashes = [r["pin_hash"] for r in kiosk.store.query("SELECT pin_hash FROM staff")]
    assert [("4821" in h or "7395" in h, h.startswith("scrypt$")) for h in hashes] == [
        (False, True),
        (False, True),
    ]


def test_pins_must_be_digits_and_unique(kiosk: Kiosk) -> None:
    staff.add_staff(kiosk.ctx, "受付1", "staff", "4821")
    for pin in ("12", "abcd", "4821"):
        with pytest.raises(ValidationError) as raised:
            staff.add_staff(kiosk.ctx, "受付2", "staff", pin)
        assert raised.value.field == "pin"


def test_five_wrong_pins_pause_the_pad_for_a_minute(kiosk: Kiosk, clock: FakeClock) -> None:
    staff.add_staff(kiosk.ctx, "受付1", "staff", "4821")
    for _ in range(staff.MAX_FAILURES):
        with pytest.raises(staff.WrongPin):
            staff.sign_in(kiosk.ctx, "0000")
    with pytest.raises(staff.AccountLocked):
        staff.sign_in(kiosk.ctx, "4821")
    clock.advance(seconds=61)
    assert staff.sign_in(kiosk.ctx, "4821").label == "受付1"


def test_roles_decide_permissions(kiosk: Kiosk) -> None:
    table = {
        role: [p for p in sorted(staff.PERMISSIONS) if staff.may(role, p)]
        for role in (*staff.ROLES, "admin")
    }
    assert table == {
        "staff": ["checkin", "edit_card"],
        "operator": ["checkin", "sync"],
        "manager": ["checkin", "dashboard", "edit_card", "export", "settings", "sync"],
        "admin": ["checkin", "dashboard", "edit_card", "export", "settings", "sync"],
    }
    with pytest.raises(staff.PermissionDenied):
        staff.require_role(kiosk.ctx.acting_as("desk", "staff"), "export")
    with pytest.raises(staff.PermissionDenied):
        staff.add_staff(kiosk.ctx.acting_as("desk", "staff"), "x", "manager", "1111")
