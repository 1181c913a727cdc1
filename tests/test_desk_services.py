"""Small services behind the desk: drafts, recent activity, walk-in slips."""

from __future__ import annotations

from datetime import date

from kiosk.city.outbox import entries
from kiosk.core import Kiosk
from kiosk.reception import checkin
from kiosk.reception.activity import recent_activity
from kiosk.reception.arrival import identify
from kiosk.reception.walk_in_slips import issue_person_slip
from kiosk.registry import drafts, people
from kiosk.registry.records import Needs, PersonDraft


def test_drafts_are_kept_replaced_and_cleared(kiosk: Kiosk) -> None:
    drafts.save_draft(kiosk.store, "card", '{"name": "見本"}', "t1")
    drafts.save_draft(kiosk.store, "card", '{"name": "見本 花子"}', "t2")
    kept = drafts.load_draft(kiosk.store, "card")
    drafts.clear_draft(kiosk.store, "card")
    assert (kept, drafts.load_draft(kiosk.store, "card")) == ('{"name": "見本 花子"}', None)
    assert [e.record_type for e in entries(kiosk.store)] == ["shelter"]  # drafts never sync


def test_recent_activity_lists_newest_first_with_names(kiosk: Kiosk, clock) -> None:  # type: ignore[no-untyped-def]
    a = people.add_person(kiosk.ctx, PersonDraft(name="見本 一", needs=Needs(frozenset({"care"}))))
    b = people.add_person(kiosk.ctx, PersonDraft(name="見本 二"))
    checkin.check_in(kiosk.ctx, [a.id])
    clock.advance(minutes=1)
    checkin.check_in(kiosk.ctx, [b.id])
    clock.advance(minutes=1)
    checkin.check_out(kiosk.ctx, [a.id], "自宅")
    listed = [(x.kind, x.name, x.needs_support) for x in recent_activity(kiosk.store)]
    assert listed == [
        ("checkout", "見本 一", True),
        ("checkin", "見本 二", False),
        ("checkin", "見本 一", True),
    ]


def test_walk_in_slip_is_linked_and_finds_the_person_again(kiosk: Kiosk, clock) -> None:  # type: ignore[no-untyped-def]
    person = people.add_person(
        kiosk.ctx,
        PersonDraft(name="見本 三", birth=date(1940, 1, 1), needs=Needs(frozenset({"wheelchair"}))),
    )
    slip, text = issue_person_slip(kiosk.ctx, person.id)
    found = identify(kiosk.store, text, clock())
    assert (slip.support_needed, [p.id for p in found.known]) == (True, [person.id])
