"""One definition each (issue #15 item 4): pending/blocked changes, "checked in", query kind,
code prefixes and batch size are decided in one place that every user imports. Where two
definitions disagreed, the test names the bug and fails on the code before #15."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kiosk.city.outbox import entries, pending_count
from kiosk.city.outbox_state import BATCH_SIZE
from kiosk.core import Kiosk
from kiosk.desks import codes as desk_codes
from kiosk.exports.roster import build_roster
from kiosk.identity import app_code, classify, slip
from kiosk.identity.prefixes import (
    APP_PREFIX,
    PAIRING_PREFIX,
    PAIRING_REPLY_PREFIX,
    SLIP_PREFIX,
    family_version,
)
from kiosk.operations.dashboard import dashboard
from kiosk.operations.settings import Settings
from kiosk.reception import checkin
from kiosk.reception.status import checked_in_sql, is_checked_in, status
from kiosk.registry import people
from kiosk.registry.query_kind import query_kind
from kiosk.registry.records import STATES, Needs, PersonDraft
from sync import cityos_import
from sync.delivery import mark, next_batch, pending_entries, queue_status
from sync.replay import Replayer

# --- batch size ----------------------------------------------------------------------------


def test_one_batch_size_for_settings_replay_and_the_bundle_importer() -> None:
    """Bug: the settings (and so the window and ``kiosk sync push``) sent 500 changes per
    request, while the replay's own default and the bundle importer — whose comment said
    "the kiosk's own replay default" — used 100."""
    importer_default = cityos_import._parser().get_default("batch_size")
    replayer_default = Replayer.__dataclass_fields__["batch_size"].default
    assert (Settings().sync_batch_size, replayer_default, importer_default) == (
        BATCH_SIZE,
        BATCH_SIZE,
        BATCH_SIZE,
    )


# --- pending and blocked -------------------------------------------------------------------


def _person_with_two_changes(kiosk: Kiosk) -> tuple[int, int]:
    """One person's two outbox changes (registration, then an edit): their seqs."""
    _, (person,) = people.add_household(kiosk.ctx, [PersonDraft(name="見本 一")])
    people.update_person(kiosk.ctx, replace(person, phone="000-1111-2222"))
    seqs = [e.seq for e in entries(kiosk.store) if e.record_id == person.id]
    assert len(seqs) == 2
    return seqs[0], seqs[1]


def test_a_conflict_blocks_the_later_changes_of_its_record_everywhere(kiosk: Kiosk) -> None:
    first, second = _person_with_two_changes(kiosk)
    mark(kiosk.store, [], [(first, "refused")], kiosk.ctx.now())
    state = queue_status(kiosk.store)
    assert (
        state.pending,
        state.blocked,
        second in [e.seq for e in next_batch(kiosk.store, 100)],
        second in [e.seq for e in pending_entries(kiosk.store)],
        pending_count(kiosk.store),
    ) == (state.pending, 1, False, False, state.pending)


def test_a_conflict_on_a_later_change_does_not_count_an_earlier_one_as_blocked(
    kiosk: Kiosk,
) -> None:
    """Bug: ``queue_status`` called a pending change blocked when *any* change of its record
    was in conflict, the bundle and the replay only when an *earlier* one was; so the
    operator panel said "holding back 1" for a change the next push sends. (The replay alone
    does not leave a later change in conflict before an earlier one; two pushes at once can.)"""
    first, second = _person_with_two_changes(kiosk)
    mark(kiosk.store, [], [(second, "refused")], kiosk.ctx.now())
    state = queue_status(kiosk.store)
    assert (
        state.blocked,
        first in [e.seq for e in next_batch(kiosk.store, 100)],
        state.pending - state.blocked == len(pending_entries(kiosk.store)),
    ) == (0, True, True)


# --- checked in ----------------------------------------------------------------------------


def test_checked_in_means_in_or_away_in_python_and_in_sql(kiosk: Kiosk) -> None:
    rows = kiosk.store.query(
        "SELECT value AS state, " + checked_in_sql("value") + " AS yes FROM json_each(?)",
        ('["registered", "in", "away", "out"]',),
    )
    assert (
        [(r["state"], bool(r["yes"])) for r in rows]
        == [(s, is_checked_in(s)) for s in STATES]
        == [("registered", False), ("in", True), ("away", True), ("out", False)]
    )


def test_status_dashboard_and_roster_count_the_same_people_as_checked_in(kiosk: Kiosk) -> None:
    _, members = people.add_household(
        kiosk.ctx,
        [
            PersonDraft(
                name=f"見本 {i}",
                birth=date(1950, 1, 1 + i),
                needs=Needs(flags=frozenset({"wheelchair"})),
            )
            for i in range(4)
        ],
    )
    ids = [m.id for m in members]
    checkin.check_in(kiosk.ctx, ids[:3])
    checkin.leave(kiosk.ctx, [ids[1]], "病院")
    checkin.check_out(kiosk.ctx, [ids[2]], "自宅")
    figures = status(kiosk.store)
    board = dashboard(kiosk.store, kiosk.ctx.now())
    roster = build_roster(kiosk.store, kiosk.ctx.now())
    listed = len(roster.rows)
    assert (figures.care_needed, figures.present, figures.away, board.checked_in, listed) == (
        2,
        1,
        1,
        2,
        2,
    )


# --- query kind ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("1950-04-01", "birth"),
        ("1950年4月1日", "birth"),
        ("19500401", "birth"),
        ("090-1234-5678", "phone"),
        ("０９０１２３４５６７８", "phone"),
        ("5678", "phone"),
        ("+81 90 1234 5678", "phone"),
        ("(0242)12-3456", "phone"),  # the search looked up a phone number, the desk was told "name"
        ("090ー1234ー5678", "phone"),  # ー from a Japanese keyboard
        ("#1234", "name"),  # the desk was told "phone", the search looked up a name
        ("123", "name"),  # too few digits for a phone search
        ("佐藤1234", "name"),  # the desk called this a phone number and skipped the roster
        ("佐藤", "name"),
        ("さとう はなこ", "name"),
    ],
)
def test_query_kind(query: str, kind: str) -> None:
    assert query_kind(query) == kind


# --- code prefixes -------------------------------------------------------------------------


def test_every_module_uses_the_one_prefix_of_its_code() -> None:
    assert (
        (
            app_code.APP_PREFIX,
            slip.SLIP_PREFIX,
            desk_codes.CODE_PREFIX,
            desk_codes.REPLY_PREFIX,
        )
        == (APP_PREFIX, SLIP_PREFIX, PAIRING_PREFIX, PAIRING_REPLY_PREFIX)
        == (
            "KSA1:",
            "KSS1:",
            "KSP1:",
            "KSR1:",
        )
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("KSA1:ABC", ("KSA", 1)),
        ("  KSS2:ABC", ("KSS", 2)),
        ("KSP1:", ("KSP", 1)),
        ("KSA999:x", ("KSA", 999)),
        ("KSA1000:x", None),
        ("KSA:x", None),
        ("ksa1:x", None),
        ("HC1:x", None),
        ("123456789018", None),
    ],
)
def test_family_version(text: str, found: tuple[str, int] | None) -> None:
    assert family_version(text) == found


def test_a_four_digit_version_is_not_sorted_as_an_app_code() -> None:
    """Bug: the classifier read a version of up to four digits, the verifiers up to three, so
    ``KSA1000:`` was sorted as an app code and then refused as "not a citizen-app code"."""
    assert (classify("KSA1000:ABC"), classify("KSA999:ABC"), classify("KSS12:ABC")) == (
        "unknown",
        "app",
        "slip",
    )
