"""Who acts is fixed when work is submitted, not when the DB thread gets to it: over a real
store and the real worker threads, the DB thread is held on a first job while who is signed in
changes on the GUI thread, then let go."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.access import audit
from kiosk.access.staff import PermissionDenied, StaffMember, add_staff
from kiosk.core import Kiosk
from kiosk.operations.settings import Settings, load_settings
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from ui.actions import KioskActions
from ui.ops import Workers


@pytest.fixture
def members(kiosk: Kiosk) -> dict[str, StaffMember]:
    return {
        "manager": add_staff(kiosk.ctx, "Manager", "manager", "2468"),
        "staff": add_staff(kiosk.ctx, "受付1", "staff", "1357"),
    }


@pytest.fixture
def actions(kiosk: Kiosk, workers: Workers) -> KioskActions:
    acts = KioskActions(kiosk, workers)
    acts.sign_out()
    return acts


@pytest.fixture
def held(workers: Workers) -> Iterator[threading.Event]:
    """The DB thread busy with a first job until the event is set (set at the end regardless,
    so a failing test never leaves the thread waiting)."""
    gate = threading.Event()
    started = threading.Event()

    def hold() -> None:
        started.set()
        gate.wait(timeout=60)

    workers.run_db(hold, lambda _none: None)
    assert started.wait(timeout=30)
    yield gate
    gate.set()


def test_a_save_queued_by_staff_is_refused_even_if_a_manager_signs_in_before_it_runs(
    qtbot,  # type: ignore[no-untyped-def]
    kiosk: Kiosk,
    members: dict[str, StaffMember],
    actions: KioskActions,
    workers: Workers,
    held: threading.Event,
) -> None:
    actions.act_as(members["staff"])
    outcome: list[object] = []
    wanted = replace(Settings(), idle_lock_seconds=0, cityos_endpoint="https://outside.example")
    actions.save_settings(wanted, outcome.append, outcome.append)
    actions.act_as(members["manager"])  # the PIN dialog's path: a manager takes the desk
    held.set()
    qtbot.waitUntil(lambda: bool(outcome) and not workers.is_busy, timeout=10_000)
    assert [type(o) for o in outcome] == [PermissionDenied]
    assert load_settings(kiosk.store) == Settings()
    assert [e.action for e in audit.recent(kiosk.store, 50) if e.action == "settings.change"] == []


def test_a_save_queued_by_the_manager_is_saved_as_the_manager_after_the_desk_locks(
    qtbot,  # type: ignore[no-untyped-def]
    kiosk: Kiosk,
    members: dict[str, StaffMember],
    actions: KioskActions,
    workers: Workers,
    held: threading.Event,
) -> None:
    actions.act_as(members["manager"])
    outcome: list[object] = []
    wanted = replace(Settings(), sounds=False)
    actions.save_settings(wanted, outcome.append, outcome.append)
    actions.sign_out()  # what the idle lock does (ui.main_window.MainWindow.lock)
    held.set()
    qtbot.waitUntil(lambda: bool(outcome) and not workers.is_busy, timeout=10_000)
    assert outcome == [wanted]
    last = audit.recent(kiosk.store, 1)[0]
    assert (last.actor, last.action) == (members["manager"].id, "settings.change")


def test_a_check_in_queued_before_the_idle_lock_is_audited_as_who_made_it(
    qtbot,  # type: ignore[no-untyped-def]
    kiosk: Kiosk,
    members: dict[str, StaffMember],
    actions: KioskActions,
    workers: Workers,
) -> None:
    _, (person,) = people.add_household(
        kiosk.ctx, [PersonDraft(name="見本 花子", birth=date(1950, 4, 1))]
    )
    since = audit.recent(kiosk.store, 1)[0].seq
    gate, started = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        gate.wait(timeout=60)

    workers.run_db(hold, lambda _none: None)
    try:
        assert started.wait(timeout=30)
        actions.act_as(members["staff"])
        outcome: list[object] = []
        actions.check_in([person.id], outcome.append, outcome.append)
        actions.sign_out()  # the idle lock, before the DB thread reaches the check-in
    finally:
        gate.set()
    qtbot.waitUntil(lambda: bool(outcome) and not workers.is_busy, timeout=10_000)
    assert not isinstance(outcome[0], BaseException), outcome
    rows = [e for e in audit.recent(kiosk.store, 50) if e.seq > since]
    assert rows and {e.actor for e in rows} == {members["staff"].id}
    assert actions.actor == "kiosk"  # and the desk itself stays locked
