"""The front door (kiosk.core.Kiosk and sync.front_door.SyncDoor): each verb checks the role
of the context it is given, writes in one transaction of its own, and says what it changed."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.access.staff import PermissionDenied
from kiosk.core import Kiosk
from kiosk.front_door.results import Changes, Found
from kiosk.operations.settings import load_settings
from kiosk.reception import checkin
from kiosk.registry.records import HouseholdDraft, PersonDraft
from sync.front_door import SyncDoor
from tests.conftest import run_cli


def counts(kiosk: Kiosk) -> dict[str, int]:
    return {
        table: kiosk.store.query_one(f"SELECT count(*) AS n FROM {table}")["n"]  # type: ignore[index]
        for table in ("person", "household", "outbox", "stay_event")
    }


def audit_actions(kiosk: Kiosk) -> list[tuple[str, str]]:
    rows = kiosk.store.query("SELECT actor, action FROM audit ORDER BY seq")
    return [(r["actor"], r["action"]) for r in rows]


def test_a_staff_context_may_not_save_settings_and_nothing_is_written(kiosk: Kiosk) -> None:
    staff = kiosk.acting_as("s1", "staff")
    before, trail = load_settings(kiosk.store), audit_actions(kiosk)
    with pytest.raises(PermissionDenied):
        kiosk.save_settings(staff, replace(before, idle_lock_seconds=0))
    assert (load_settings(kiosk.store), audit_actions(kiosk)) == (before, trail)


def test_a_manager_saves_settings_audited_with_before_and_after(kiosk: Kiosk) -> None:
    manager = kiosk.acting_as("m1", "manager")
    wanted = replace(load_settings(kiosk.store), idle_lock_seconds=120)
    result = kiosk.save_settings(manager, wanted)
    row = kiosk.store.query("SELECT actor, action, record_id FROM audit ORDER BY seq DESC")[0]
    assert (result.value.changed, result.changes, load_settings(kiosk.store)) == (
        ("idle_lock_seconds",),
        Changes(settings=True),
        wanted,
    )
    assert (row["actor"], row["action"], json.loads(row["record_id"])) == (
        "m1",
        "settings.change",
        {"idle_lock_seconds": [300, 120]},
    )


def test_the_client_secret_is_audited_but_never_written_in_the_audit(kiosk: Kiosk) -> None:
    manager = kiosk.acting_as("m1", "manager")
    with pytest.raises(PermissionDenied):
        kiosk.set_client_secret(kiosk.acting_as("s1", "staff"), "s3cret-value")
    result = kiosk.set_client_secret(manager, "s3cret-value")
    rows = kiosk.store.query("SELECT * FROM audit")
    assert result.changes == Changes(settings=True)
    assert audit_actions(kiosk)[-1] == ("m1", "settings.client_secret")
    assert not any("s3cret" in str(tuple(r)) for r in rows)


def test_a_walk_in_and_its_check_in_say_what_changed(kiosk: Kiosk) -> None:
    staff = kiosk.acting_as("s1", "staff")
    registered = kiosk.register_household(
        staff, [PersonDraft("山田 太郎"), PersonDraft("山田 花子")], HouseholdDraft()
    )
    household_id, person_ids = registered.value
    assert registered.changes == Changes(
        persons=frozenset(person_ids),
        households=frozenset({household_id}),
        status=True,
        outbox=True,
    )
    out = kiosk.check_out(staff, person_ids[:1], "自宅")
    assert (out.changes.persons, out.changes.status, out.changes.outbox) == (
        frozenset(person_ids[:1]),
        True,
        True,
    )
    assert [a for a in audit_actions(kiosk) if a[1].startswith("stay.")] == [
        ("s1", "stay.checkin"),
        ("s1", "stay.checkin"),
        ("s1", "stay.checkout"),
    ]


def test_a_verb_that_fails_half_way_leaves_nothing_written(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The household is inserted, then the check-in fails: the verb's own transaction rolls
    both back (the window used to open that transaction itself)."""
    before = counts(kiosk)

    def refuse(*_args: object, **_kw: object) -> None:
        raise RuntimeError("check-in failed")

    monkeypatch.setattr(checkin, "check_in", refuse)
    with pytest.raises(RuntimeError):
        kiosk.register_household(
            kiosk.acting_as("s1", "staff"), [PersonDraft("山田 太郎")], HouseholdDraft()
        )
    assert counts(kiosk) == before


def test_an_operator_may_check_in_but_not_edit_a_card(kiosk: Kiosk) -> None:
    operator = kiosk.acting_as("o1", "operator")
    _household, (person_id,) = kiosk.register_household(
        operator, [PersonDraft("山田 太郎")], HouseholdDraft()
    ).value
    person = kiosk.person(operator, person_id)
    with pytest.raises(PermissionDenied):
        kiosk.update_person(operator, replace(person, phone="090-1234-5678"))
    edited = kiosk.update_person(
        kiosk.acting_as("s1", "staff"), replace(person, phone="090-1111-2222")
    )
    assert (edited.changes.persons, edited.changes.outbox) == (frozenset({person_id}), True)


def test_staff_may_not_resolve_conflicts_or_seal_a_bundle(kiosk: Kiosk) -> None:
    door, staff = SyncDoor(kiosk), kiosk.acting_as("s1", "staff")
    for verb in (
        lambda: door.retry_conflict(staff, 1),
        lambda: door.skip_conflict(staff, 1),
        lambda: door.seal_bundle(staff),
        lambda: door.import_receipt(staff, b"{}"),
        lambda: door.prepare(staff, 10),
    ):
        with pytest.raises(PermissionDenied):
            verb()


@pytest.mark.parametrize(
    ("query", "kind"),
    [("山田", "name"), ("090-1234", "phone"), ("1950-04-01", "birth"), ("  ", "empty")],
)
def test_search_says_what_kind_of_text_it_searched_for(kiosk: Kiosk, query: str, kind: str) -> None:
    staff = kiosk.acting_as("s1", "staff")
    kiosk.register_household(
        staff, [PersonDraft("山田 太郎", phone="090-1234-5678")], HouseholdDraft()
    )
    found = kiosk.search(staff, query)
    assert isinstance(found, Found)
    assert (found.kind, len(found.hits)) == (kind, 1 if kind in ("name", "phone") else 0)


def test_the_command_lines_upkeep_verbs_keep_its_roles(kiosk: Kiosk, tmp_path: Path) -> None:
    """Exports are the manager's, removing a person too; the figures and a backup need none
    (the command line acts as admin, as it always did)."""
    staff, manager = kiosk.acting_as("s1", "staff"), kiosk.acting_as("m1", "manager")
    _household, (person_id,) = kiosk.register_household(
        staff, [PersonDraft("山田 太郎")], HouseholdDraft()
    ).value
    with pytest.raises(PermissionDenied):
        kiosk.export_roster(kiosk.acting_as("o1", "operator"), tmp_path / "roster.csv")
    with pytest.raises(PermissionDenied):
        kiosk.remove_person(staff, person_id, "mistake")
    exported = kiosk.export_roster(manager, tmp_path / "roster.csv").value
    registered = kiosk.store_figures(kiosk.ctx).status.registered
    removed = kiosk.remove_person(manager, person_id, "mistake")
    made = kiosk.create_backup(kiosk.ctx, tmp_path / "backups", keep=2)
    assert (exported.rows, exported.path.exists()) == (1, True)
    assert (removed.changes.persons, removed.changes.outbox) == (frozenset({person_id}), True)
    assert (registered, kiosk.store_figures(kiosk.ctx).status.registered) == (1, 0)
    assert (made.path.parent, kiosk.check_store(kiosk.ctx).ok) == (tmp_path / "backups", True)


def test_the_kiosk_key_command_writes_what_the_sync_door_gives(
    kiosk: Kiosk, kiosk_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "kiosk-key.jwk"
    done = run_cli("sync", "kiosk-key", "--out", str(out), home=kiosk_home)
    again = run_cli("sync", "kiosk-key", "--out", str(out), home=kiosk_home)
    assert (done.returncode, again.returncode) == (0, 1)  # no --force: not replaced
    assert out.read_bytes() == SyncDoor(kiosk).kiosk_key(kiosk.ctx)
    assert json.loads(out.read_bytes())["kid"] == kiosk.ctx.kiosk_id


def test_the_front_door_loads_no_pdf_library() -> None:
    """The export verbs reach :mod:`kiosk.exports` lazily: a verb mixin that imported the
    export functions loaded the PDF library (fpdf, fontTools: ~0.4 s by ``-X importtime``) at
    every window start."""
    code = "import sys, kiosk.core; print('fpdf' in sys.modules)"
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert shown.stdout.strip() == "False"
