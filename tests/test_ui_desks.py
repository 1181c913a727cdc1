"""The manager's Desks page (issue #16 items 1 and 3): two real kiosks paired through the page
by the file route, then unpaired; a pairing code the camera reads goes to pairing, never to
a check-in; flagged walk-ins merged from the page. Real stores and worker threads."""

from __future__ import annotations

import socket
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.access.staff import add_staff
from kiosk.core import Kiosk
from kiosk.desks import accept_pairing_code, accept_pairing_reply, list_desks, make_pairing_code
from kiosk.desks.apply import apply_changes, changes_since, delivered_ids, vector
from kiosk.operations.settings import Settings
from kiosk.operations.shelter import get_shelter
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from ui.actions import KioskActions
from ui.desk_link import DeskLinkRunner
from ui.i18n import Languages, tr_error
from ui.main_window import MainWindow, Pages
from ui.ops import Workers
from ui.screens.desks_page import DesksPage
from ui.screens.pages import page_factories


def manager_actions(kiosk: Kiosk, workers: Workers, role: str = "manager") -> KioskActions:
    actions = KioskActions(kiosk, workers)
    actions.act_as(add_staff(kiosk.ctx, f"{role}-1", role, "3690" if role == "manager" else "1357"))
    return actions


def page_of(qtbot, actions: KioskActions) -> DesksPage:  # type: ignore[no-untyped-def]
    page = DesksPage(actions, confirm=lambda _parent, _question: True)
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    page.focus_first()
    return page


def files(path: Path) -> Callable[[QWidget, str], Path]:
    return lambda _parent, _title: path


@pytest.fixture
def two(make_kiosk: Callable[..., Kiosk], tmp_path: Path) -> tuple[Kiosk, Kiosk]:
    return make_kiosk(home=tmp_path / "desk-a"), make_kiosk(home=tmp_path / "desk-b")


def test_a_manager_pairs_two_kiosks_through_files_and_unpairs(
    qtbot,  # type: ignore[no-untyped-def]
    two: tuple[Kiosk, Kiosk],
    workers: Workers,
    tmp_path: Path,
) -> None:
    a, b = two
    actions_a = manager_actions(a, workers)
    actions_a.desk_port = closed_port()  # desk A cannot be reached: the two-scan route
    page_a = page_of(qtbot, actions_a)
    page_b = page_of(qtbot, manager_actions(b, workers))
    outside = tmp_path / "usb"
    outside.mkdir()
    code, reply = outside / "code.png", outside / "reply.txt"

    page_a.show_button.click()
    qtbot.waitUntil(lambda: page_a.shown_kind == "code" and not page_a.qr.pixmap().isNull())
    assert page_a.countdown.text().startswith("Valid for 9:") or page_a.countdown.text() == (
        "Valid for 10:00"
    )
    page_a.grab().save(str(tmp_path / "desks-code.png"))
    page_a.choose_save = files(code)
    page_a.save_button.click()
    qtbot.waitUntil(code.exists)

    page_b.choose_open = files(code)
    page_b.file_button.click()
    qtbot.waitUntil(lambda: page_b.shown_kind == "reply")
    assert page_b.shown_text.startswith("KSR1:")
    assert page_b.banner.message == (
        f"Could not reach desk {a.ctx.kiosk_id} over the network — show this code to it."
    )
    page_b.choose_save = files(reply)
    page_b.save_button.click()
    qtbot.waitUntil(reply.exists)

    page_a.choose_open = files(reply)
    page_a.file_button.click()
    qtbot.waitUntil(
        lambda: [(r.kiosk_id, r.state) for r in page_a.rows] == [(b.ctx.kiosk_id, "paired")]
    )
    qtbot.waitUntil(lambda: len(page_b.rows) == 1)
    assert (page_a.shown_kind, page_a.banner.message) == ("", f"Paired with desk {b.ctx.kiosk_id}.")
    assert [(d.kiosk_id, d.state) for d in list_desks(b.store)] == [(a.ctx.kiosk_id, "paired")]
    page_a.grab().save(str(tmp_path / "desks-paired.png"))

    page_a.table.selectRow(0)
    assert page_a.unpair_button.isEnabled()
    page_a.unpair_button.click()
    qtbot.waitUntil(lambda: [r.state for r in page_a.rows] == ["revoked"])
    assert not page_a.unpair_button.isEnabled()
    assert [(d.kiosk_id, d.state) for d in list_desks(a.store)] == [(b.ctx.kiosk_id, "revoked")]


def closed_port() -> int:
    """A port of 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_one_scan_pairs_both_windows_and_the_first_redraws(
    qtbot,  # type: ignore[no-untyped-def]
    two: tuple[Kiosk, Kiosk],
    workers: Workers,
    tmp_path: Path,
) -> None:
    a, b = two
    actions_a = manager_actions(a, workers)
    page_a = page_of(qtbot, actions_a)
    runner = DeskLinkRunner(a, workers, listen=("127.0.0.1", 0), discover=False, every=0.2)
    runner.desks_paired.connect(actions_a.desk_paired_remotely)
    actions_a.desks_changed.connect(runner.desks_changed)
    try:
        page_a.show_button.click()  # showing a code starts A's desk link (no desk paired yet)
        qtbot.waitUntil(lambda: page_a.shown_kind == "code")
        qtbot.waitUntil(lambda: runner.last is not None and runner.last.address is not None)
        assert runner.last is not None and runner.last.address is not None
        # the page's code names this machine's addresses; the link here listens on 127.0.0.1
        code = make_pairing_code(a.ctx, addresses=[f"127.0.0.1:{runner.last.address[1]}"])
        page_b = page_of(qtbot, manager_actions(b, workers))
        page_b.take(code.text)
        qtbot.waitUntil(lambda: page_b.banner.message == f"Paired with desk {a.ctx.kiosk_id}.")
        assert page_b.shown_kind == ""  # no reply to show: it went over the network
        qtbot.waitUntil(
            lambda: [(r.kiosk_id, r.state) for r in page_a.rows] == [(b.ctx.kiosk_id, "paired")]
        )
        assert (page_a.shown_kind, page_a.banner.message) == (
            "",
            "The other desk paired with this one over the network.",
        )
        page_b.grab().save(str(tmp_path / "desks-one-scan.png"))
    finally:
        runner.stop()


def test_a_failed_pairing_says_why(
    qtbot,  # type: ignore[no-untyped-def]
    two: tuple[Kiosk, Kiosk],
    workers: Workers,
    tmp_path: Path,
) -> None:
    a, _b = two
    page_a = page_of(qtbot, manager_actions(a, workers))
    own = make_pairing_code(a.ctx).text
    page_a.on_code(own)
    qtbot.waitUntil(lambda: bool(page_a.banner.message))
    assert (
        page_a.banner.message
        == "This pairing code was made by this kiosk. Scan it at the other desk."
    )
    damaged = tmp_path / "damaged.txt"
    damaged.write_text(own[:-6] + "AAAAAA")
    page_a.banner.clear_message()
    page_a.choose_open = files(damaged)
    page_a.file_button.click()
    qtbot.waitUntil(lambda: bool(page_a.banner.message))
    assert page_a.banner.message.startswith("This is not a readable pairing code.")
    assert list_desks(a.store) == []


@pytest.mark.parametrize("role", ["manager", "staff"])
def test_a_scanned_pairing_code_never_checks_anyone_in(
    qtbot,  # type: ignore[no-untyped-def]
    two: tuple[Kiosk, Kiosk],
    workers: Workers,
    languages: Languages,
    role: str,
) -> None:
    a, b = two
    settings = Settings()
    actions = manager_actions(b, workers, role)
    window = MainWindow(
        actions,
        settings,
        Pages(**page_factories({}, settings, tr_error, languages)),
        shelter_name=get_shelter(b.store).name,
    )
    qtbot.addWidget(window)
    window.member = add_staff(b.ctx, "x", role, "2468")
    window.show_page("desk")
    window.on_code(make_pairing_code(a.ctx).text)
    if role == "manager":
        qtbot.waitUntil(lambda: window.pages["desks"].shown_kind == "reply")
        assert window.mode == "desks"
        assert [d.kiosk_id for d in list_desks(b.store)] == [a.ctx.kiosk_id]
    else:
        assert window.mode == "desk"
        assert "pairing code" in window.statusBar().currentMessage()
        assert list_desks(b.store) == []
    workers.shutdown(wait=True)  # whatever was started has ended
    assert b.store.query_one("SELECT count(*) AS n FROM stay_event")["n"] == 0


def test_the_manager_merges_a_flagged_pair_from_the_page(
    qtbot,  # type: ignore[no-untyped-def]
    two: tuple[Kiosk, Kiosk],
    workers: Workers,
    tmp_path: Path,
) -> None:
    a, b = two
    accepted = accept_pairing_code(b.ctx, make_pairing_code(a.ctx).text)
    accept_pairing_reply(a.ctx, accepted.reply)
    draft = PersonDraft(name="山田 太郎", birth=date(1950, 4, 1))
    one = people.add_person(a.ctx, draft).id
    two_id = people.add_person(b.ctx, draft).id
    apply_changes(
        a.ctx, b.ctx.kiosk_id, changes_since(b.store, vector(a.store)), delivered_ids(b.store)
    )
    page = page_of(qtbot, manager_actions(a, workers))
    qtbot.waitUntil(lambda: len(page.merges.flagged) == 1)
    page.grab().save(str(tmp_path / "desks-merge.png"))
    flag, left, right = page.merges.flagged[0]
    assert (flag.reason, {left.id, right.id}) == ("name_birth", {one, two_id})
    page.merges.keep_left.click()
    qtbot.waitUntil(lambda: page.merges.flagged == [] and page.merges.banner.message == "Merged.")
    assert [r["id"] for r in a.store.query("SELECT id FROM person")] == [left.id]
