"""Staff PINs: slow hashes, sign-in by PIN, throttling of wrong PINs, roles and permissions."""

from __future__ import annotations

import pytest

from kiosk.access import staff
from kiosk.basics.errors import ValidationError
from kiosk.core import Kiosk
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
    for _ in range(staff.MAX_FAILURES - 1):
        with pytest.raises(staff.WrongPin):
            staff.sign_in(kiosk.ctx, "0000")
    with pytest.raises(staff.AccountLocked) as fifth:  # the fifth says so at once
        staff.sign_in(kiosk.ctx, "0000")
    assert fifth.value.message == "Too many wrong PINs. Try again in 1 minute."
    with pytest.raises(staff.AccountLocked):
        staff.sign_in(kiosk.ctx, "4821")
    clock.advance(seconds=61)
    assert staff.sign_in(kiosk.ctx, "4821").label == "受付1"


def locked_minutes(kiosk: Kiosk, pin: str = "0000") -> int | None:
    """Try one PIN: the minutes of the lockout it meets or starts, None for a plain wrong PIN."""
    try:
        staff.sign_in(kiosk.ctx, pin)
    except staff.AccountLocked as locked:
        return locked.minutes
    except staff.WrongPin:
        return None
    raise AssertionError("the PIN was accepted")


def test_lockouts_grow_survive_a_restart_and_a_right_pin_ends_them(
    make_kiosk, kiosk_home, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE

    kiosk = make_kiosk()
    staff.add_staff(kiosk.ctx, "受付1", "staff", "4821")
    tries = [locked_minutes(kiosk) for _ in range(5)]
    assert tries == [None, None, None, None, 1]
    clock.advance(seconds=30)
    assert locked_minutes(kiosk, "4821") == 1  # even the right PIN, while it lasts
    clock.advance(seconds=31)
    assert locked_minutes(kiosk) == 5  # after a lockout, one wrong PIN locks again, longer
    kiosk.close()
    kiosk = Kiosk.open(kiosk_home, PASSPHRASE, clock=clock)  # a restart forgets nothing
    try:
        clock.advance(minutes=4)
        assert locked_minutes(kiosk, "4821") == 1  # one minute left of five
        clock.advance(minutes=1, seconds=1)
        assert [locked_minutes(kiosk) for _ in range(3)] == [15, 15, 15]  # refused meanwhile
        clock.advance(minutes=15)
        assert locked_minutes(kiosk) == 60
        clock.advance(minutes=60)
        assert locked_minutes(kiosk) == 60  # the longest repeats
        clock.advance(minutes=60)
        assert staff.sign_in(kiosk.ctx, "4821").label == "受付1"
        assert [locked_minutes(kiosk) for _ in range(5)] == [None, None, None, None, 1]
    finally:
        kiosk.close()


def test_every_wrong_pin_and_lockout_is_audited_without_the_pin(kiosk: Kiosk) -> None:
    from kiosk.access import audit

    staff.add_staff(kiosk.ctx, "受付1", "staff", "4821")
    ctx = kiosk.ctx.acting_as("kiosk", "staff")
    for _ in range(6):
        with pytest.raises((staff.WrongPin, staff.AccountLocked)):
            staff.sign_in(ctx, "9137")
    rows = kiosk.store.query("SELECT * FROM audit WHERE action LIKE 'staff.pin%' ORDER BY seq")
    assert [(r["actor"], r["action"]) for r in rows] == [
        *[("kiosk", "staff.pin_wrong")] * 5,
        ("kiosk", "staff.pin_locked_1m"),
    ]  # the sixth try met the lockout: refused before any PIN was compared
    # No column holds the PIN, and no worded column mentions it. (A substring search over the
    # whole row also searched the random hash and id hex, and met "9137" there by chance.)
    every = kiosk.store.query("SELECT * FROM audit")
    assert all("9137" not in tuple(r) for r in every)
    worded = [(r["actor"], r["action"], r["record_type"]) for r in every]
    assert not [fields for fields in worded if "9137" in "".join(fields)]
    assert audit.verify_chain(kiosk.store) == []


def test_roles_decide_permissions(kiosk: Kiosk) -> None:
    table = {
        role: [p for p in sorted(staff.PERMISSIONS) if staff.may(role, p)]
        for role in (*staff.ROLES, "admin")
    }
    assert table == {
        "staff": ["checkin", "edit_card"],
        "operator": ["checkin", "sync"],
        "manager": [
            "checkin",
            "dashboard",
            "edit_card",
            "export",
            "merge_people",
            "remove_person",
            "settings",
            "sync",
        ],
        "admin": [
            "checkin",
            "dashboard",
            "edit_card",
            "export",
            "merge_people",
            "remove_person",
            "settings",
            "sync",
        ],
    }
    with pytest.raises(staff.PermissionDenied):
        staff.require_role(kiosk.ctx.acting_as("desk", "staff"), "export")
    with pytest.raises(staff.PermissionDenied):
        staff.add_staff(kiosk.ctx.acting_as("desk", "staff"), "x", "manager", "1111")
