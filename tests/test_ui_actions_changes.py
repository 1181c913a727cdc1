"""KioskActions over a real store and the real workers: a write hands the screen the verb's
value and tells the window what changed; a staff-captured context stays staff's."""

from __future__ import annotations

from dataclasses import replace

import pytest

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.access.staff import PermissionDenied
from kiosk.core import Kiosk
from kiosk.operations.settings import load_settings
from kiosk.registry.records import Changes, HouseholdDraft, PersonDraft
from ui.actions import KioskActions
from ui.ops import Workers


@pytest.fixture
def actions(kiosk: Kiosk, workers: Workers) -> KioskActions:
    acts = KioskActions(kiosk, workers)
    acts.sign_out()  # staff "kiosk", as the window starts
    return acts


def test_a_walk_in_gives_its_ids_and_says_what_changed(qtbot, actions: KioskActions) -> None:  # type: ignore[no-untyped-def]
    got: list[tuple[str, tuple[str, ...]]] = []
    with qtbot.waitSignal(actions.changes, timeout=10000) as changed:
        actions.register_household([PersonDraft("山田 太郎")], HouseholdDraft(), got.append)
    ((household_id, person_ids),) = got
    assert changed.args == [
        Changes(
            persons=frozenset(person_ids),
            households=frozenset({household_id}),
            status=True,
            outbox=True,
        )
    ]


def test_a_refused_write_reports_the_error_and_changes_nothing(
    qtbot, kiosk: Kiosk, actions: KioskActions
) -> None:  # type: ignore[no-untyped-def]
    before = load_settings(kiosk.store)
    seen: list[object] = []
    actions.changes.connect(seen.append)
    with qtbot.waitCallback(timeout=10000) as failed:
        actions.save_settings(replace(before, idle_lock_seconds=0), seen.append, failed)
    assert isinstance(failed.args[0], PermissionDenied)
    assert (seen, load_settings(kiosk.store)) == ([], before)


def test_the_escape_hatches_are_gone() -> None:
    assert [name for name in ("run", "run_ctx") if hasattr(KioskActions, name)] == []
