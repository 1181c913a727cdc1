"""The window runs the desk link (issue #16 item 5): two real kiosks on 127.0.0.1, desk A as
a plain :class:`DeskService`, desk B as the whole window. A check-in made at A shows in B's
people-inside count (no five-second poll: only the changes the link took in can refresh it),
B's status bar has one line for desk A, and stopping leaves no desk thread behind.

Also: the dashboard and crowding figures of B count A's check-ins (they read the tables
:mod:`kiosk.desks.apply` writes)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from kiosk.desks.service import DeskService
from kiosk.desks.transport import sync_with
from kiosk.operations.dashboard import dashboard
from kiosk.reception import checkin
from kiosk.reception.status import crowding, status
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER
from tests.test_desks_apply import pair
from tests.ui_window import build_window
from ui.desk_link import install_desk_link
from ui.widgets.desk_links import short_id


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Kiosk, Kiosk]]:
    a = Kiosk.create(tmp_path / "a", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    b = Kiosk.create(tmp_path / "b", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    pair(a, b)
    yield a, b
    a.close()
    b.close()


def arrive(kiosk: Kiosk, name: str) -> str:
    person = people.add_person(kiosk.ctx, PersonDraft(name=name, birth=date(1975, 5, 6)))
    checkin.check_in(kiosk.ctx, [person.id])
    return person.id


def desk_threads() -> list[str]:
    return sorted(t.name for t in threading.enumerate() if t.name.startswith("kiosk-desk"))


def test_a_check_in_at_another_desk_shows_in_this_window(
    qtbot, two: tuple[Kiosk, Kiosk], workers, languages, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    other = DeskService(lambda: Kiosk(a.store.open_writer(), actor="desk"), every=0.2)
    address = other.start()
    window = build_window(qtbot, b, workers, languages, tmp_path / "slips.pdf").window
    window.refresh.stop()  # no poll: the count must follow the link's changes
    runner = install_desk_link(
        window, b, workers, listen=("127.0.0.1", 0), peers=[address], discover=False, every=0.2
    )
    try:
        qtbot.waitUntil(lambda: runner.last is not None and bool(runner.last.desks), timeout=10_000)
        qtbot.waitUntil(lambda: window.last_status is not None, timeout=5000)
        assert window.last_status.present == 0
        started = time.monotonic()
        arrive(a, "窓口 一郎")
        qtbot.waitUntil(lambda: window.last_status.present == 1, timeout=10_000)
        print(f"check-in at A shown in B's window after {time.monotonic() - started:.3f} s")
        assert window.present_label.text().startswith("Inside 1 / 10")
        qtbot.waitUntil(lambda: "just now" in window.desk_links.rows[0].text(), timeout=5000)
        assert [row.text() for row in window.desk_links.rows] == [
            f"● {short_id(a.ctx.kiosk_id)} · just now"
        ]
        assert window.desk_links.isVisible() and window.desk_links.kind == ""
    finally:
        runner.stop()
        other.stop()
    assert desk_threads() == []


def test_the_desk_line_turns_red_for_a_desk_never_reached(
    qtbot, two: tuple[Kiosk, Kiosk], workers, languages, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    window = build_window(qtbot, b, workers, languages, tmp_path / "slips.pdf").window
    runner = install_desk_link(
        window,
        b,
        workers,
        listen=("127.0.0.1", 0),
        peers=[("127.0.0.1", 9)],
        every=0.2,
        discover=False,
    )
    try:
        qtbot.waitUntil(lambda: runner.last is not None and bool(runner.last.desks), timeout=10_000)
        links = window.desk_links
        assert [row.text() for row in links.rows] == [f"● {short_id(a.ctx.kiosk_id)} · never"]
        assert links.kind == "error"
        assert "Last exchange: never" in links.rows[0].toolTip()
    finally:
        runner.stop()
    assert desk_threads() == []


def test_dashboard_and_crowding_at_b_count_the_check_ins_made_at_a(
    two: tuple[Kiosk, Kiosk],
) -> None:
    a, b = two
    for n in range(3):
        arrive(a, f"集計 {n}")
    arrive(b, "集計 B")
    other = DeskService(lambda: Kiosk(a.store.open_writer(), actor="desk"), every=60)
    address = other.start()
    try:
        sync_with(b.ctx, address)
    finally:
        other.stop()
    figures, board = status(b.store), dashboard(b.store, b.ctx.now())
    seen = (
        figures.present,
        figures.checkins,
        figures.crowding,
        board.crowding,
        board.checked_in,
        sum(hour.checkins for hour in board.hourly),
    )
    assert seen == (4, 4, crowding(4, SHELTER.capacity).level, crowding(4, SHELTER.capacity), 4, 4)
