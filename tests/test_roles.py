"""Roles are checked in the core, below every face: a settings save, a sealed bundle, a receipt,
the City OS keys and the retry/skip of a conflict are refused for reception staff whoever calls
them (window, command line, a script), and allowed for the roles DESIGN.md names; the command
line acts as the admin (it holds the passphrase). Every settings change is audited, masked."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from jwcrypto import jwk

from kiosk.access import audit
from kiosk.access.staff import PermissionDenied, add_staff
from kiosk.basics.context import Context
from kiosk.basics.errors import ValidationError
from kiosk.city import outbox
from kiosk.core import Kiosk
from kiosk.operations.settings import (
    MASK,
    Settings,
    SettingsChange,
    audited_value,
    load_settings,
    save_settings,
)
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.bundle import export_bundle, import_receipt, seal_bundle, set_cityos_keys
from sync.delivery import conflicts, mark, queue_status, retry_conflict, skip_conflict
from tests.conftest import PASSPHRASE, run_cli

ROLES = ("staff", "operator", "manager", "admin")


def acting(kiosk: Kiosk, role: str) -> Context:
    """The kiosk acting as a new account of ``role`` (the admin is the kiosk's own context)."""
    if role == "admin":
        return kiosk.ctx
    member = add_staff(
        kiosk.ctx, f"{role} 1", role, {"staff": "1111", "operator": "2222"}.get(role, "3333")
    )
    return kiosk.ctx.acting_as(member.id, member.role)


def last_audit(kiosk: Kiosk) -> audit.AuditEntry:
    return audit.recent(kiosk.store, 1)[0]


# --- settings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "allowed"), [("staff", False), ("operator", False), ("manager", True), ("admin", True)]
)
def test_saving_settings_is_for_the_manager_and_the_admin_only(
    kiosk: Kiosk, role: str, allowed: bool
) -> None:
    ctx = acting(kiosk, role)
    wanted = replace(Settings(), idle_lock_seconds=0, cityos_endpoint="https://outside.example")
    if allowed:
        assert save_settings(ctx, wanted) == SettingsChange(
            wanted, ("idle_lock_seconds", "cityos_endpoint")
        )
        assert load_settings(kiosk.store) == wanted
    else:
        with pytest.raises(PermissionDenied):
            save_settings(ctx, wanted)
        assert load_settings(kiosk.store) == Settings()


def test_a_settings_change_is_audited_with_before_and_after_of_the_changed_fields(
    kiosk: Kiosk,
) -> None:
    manager = acting(kiosk, "manager")
    save_settings(
        manager,
        replace(
            Settings(),
            idle_lock_seconds=0,
            cityos_endpoint="https://kiosk:hunter2@broker.example.jp:8443/v2?token=abc#x",
            roster_district="青葉地区",
            backup_folder="/home/tanaka/backups",
        ),
    )
    row = last_audit(kiosk)
    assert (row.actor, row.action, row.record_type) == (
        manager.actor,
        "settings.change",
        "settings",
    )
    assert json.loads(row.record_id) == {
        "idle_lock_seconds": [300, 0],
        "cityos_endpoint": ["", "https://***@broker.example.jp:8443/v2?***#***"],
        "roster_district": ["", "青葉地区"],
        "backup_folder": ["", MASK],  # a path may carry an account name
    }
    assert "hunter2" not in row.record_id and "tanaka" not in row.record_id
    assert audit.verify_chain(kiosk.store) == []


def test_saving_the_same_settings_again_writes_no_audit_row(kiosk: Kiosk) -> None:
    wanted = replace(Settings(), sounds=False)
    save_settings(kiosk.ctx, wanted)
    before = audit.recent(kiosk.store, 1)
    assert save_settings(kiosk.ctx, wanted) == SettingsChange(wanted, ())
    assert audit.recent(kiosk.store, 1) == before


def test_a_refused_or_invalid_save_writes_no_audit_row(kiosk: Kiosk) -> None:
    staff = acting(kiosk, "staff")
    before = audit.recent(kiosk.store, 1)
    with pytest.raises(PermissionDenied):
        save_settings(staff, replace(Settings(), idle_lock_seconds=0))
    with pytest.raises(ValidationError):
        save_settings(kiosk.ctx, replace(Settings(), idle_lock_seconds=-1))
    assert audit.recent(kiosk.store, 1) == before


@pytest.mark.parametrize(
    ("field", "value", "kept"),
    [
        ("client_secret", "s3cret", MASK),
        ("oidc_client_secret", "s3cret", MASK),
        ("passphrase", "correct horse", MASK),
        ("access_token", "eyJ...", MASK),
        ("signing_key", "-----BEGIN", MASK),
        ("unlock_pin", "1234", MASK),
        ("camera", "/home/tanaka/video.mp4", MASK),
        ("camera", "auto", "auto"),
        ("ca_bundle", "", ""),
        ("oidc_issuer", "https://idp.example.jp/realms/city", "https://idp.example.jp/realms/city"),
        ("oidc_client_id", "kiosk-aoba", "kiosk-aoba"),
        ("backup_keep", 24, 24),
        ("idle_lock_seconds", 0, 0),
    ],
)
def test_secret_like_values_and_paths_never_reach_the_audit_log(
    field: str, value: object, kept: object
) -> None:
    assert audited_value(field, value) == kept


# --- sync: bundles, receipts, keys, conflicts ------------------------------------------------


@pytest.fixture
def cityos_keys() -> dict[str, jwk.JWK]:
    return {
        "enc": jwk.JWK.generate(kty="EC", crv="P-256", use="enc", kid="cityos-enc-1"),
        "sig": jwk.JWK.generate(kty="EC", crv="P-256", use="sig", kid="cityos-sig-1"),
    }


def public_set(keys: dict[str, jwk.JWK]) -> str:
    public = jwk.JWKSet()
    for key in keys.values():
        public.add(jwk.JWK.from_json(key.export_public()))
    return public.export(private_keys=False)


@pytest.fixture
def queued(kiosk: Kiosk, cityos_keys: dict[str, jwk.JWK]) -> Kiosk:
    """A kiosk with the City OS keys and two people checked in (changes pending)."""
    set_cityos_keys(kiosk.ctx, public_set(cityos_keys))
    draft = PersonDraft(name="見本 花子", birth=date(1950, 4, 1))
    _, members = people.add_household(kiosk.ctx, [draft, replace(draft, name="見本 次郎")])
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    return kiosk


@pytest.mark.parametrize("role", ROLES)
def test_sealing_a_bundle_needs_the_sync_permission(
    queued: Kiosk, role: str, tmp_path: Path
) -> None:
    ctx = acting(queued, role)
    target = tmp_path / "bundle.jwe"
    if role == "staff":
        with pytest.raises(PermissionDenied):
            seal_bundle(ctx)
        with pytest.raises(PermissionDenied):
            export_bundle(ctx, target)
        assert not target.exists()
    else:
        pending = len(outbox.entries(queued.store))
        assert len(seal_bundle(ctx).contents.changes) == pending
        assert len(export_bundle(ctx, target).changes) == pending


def test_importing_a_receipt_or_the_city_os_keys_is_refused_for_staff(
    queued: Kiosk, cityos_keys: dict[str, jwk.JWK]
) -> None:
    staff = acting(queued, "staff")
    before = audit.recent(queued.store, 1)
    with pytest.raises(PermissionDenied):
        import_receipt(staff, b"not even a receipt")
    with pytest.raises(PermissionDenied):
        set_cityos_keys(staff, public_set(cityos_keys))
    assert audit.recent(queued.store, 1) == before


def in_conflict(kiosk: Kiosk) -> tuple[int, int]:
    """Mark the first two pending changes as conflicts; their sequence numbers."""
    first, second = (e.seq for e in outbox.entries(kiosk.store)[:2])
    mark(kiosk.store, [], [(first, "409 Conflict"), (second, "409 Conflict")], kiosk.ctx.now())
    return first, second


@pytest.mark.parametrize("role", ROLES)
def test_retry_and_skip_of_a_conflict_need_the_sync_permission(queued: Kiosk, role: str) -> None:
    first, second = in_conflict(queued)
    ctx = acting(queued, role)
    if role == "staff":
        with pytest.raises(PermissionDenied):
            retry_conflict(ctx, first)
        with pytest.raises(PermissionDenied):
            skip_conflict(ctx, second)
        assert [c.seq for c in conflicts(queued.store)] == [first, second]
    else:
        retry_conflict(ctx, first)
        skip_conflict(ctx, second)
        assert (conflicts(queued.store), queue_status(queued.store).skipped) == ([], 1)
        assert [(e.actor, e.action) for e in audit.recent(queued.store, 2)] == [
            (ctx.actor, "sync.skip"),
            (ctx.actor, "sync.retry"),
        ]


def test_the_command_line_acts_as_the_admin_for_retry_and_skip(queued: Kiosk) -> None:
    first, second = in_conflict(queued)
    home = queued.home
    queued.close()
    retried = run_cli("sync", "retry", str(first), home=home)
    skipped = run_cli("sync", "skip", str(second), home=home)
    assert (retried.returncode, retried.stderr, skipped.returncode, skipped.stderr) == (
        0,
        "",
        0,
        "",
    )
    reopened = Kiosk.open(home, PASSPHRASE)
    try:
        assert [(e.actor, e.action) for e in audit.recent(reopened.store, 2)] == [
            ("cli-operator", "sync.skip"),
            ("cli-operator", "sync.retry"),
        ]
    finally:
        reopened.close()
