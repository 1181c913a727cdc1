"""Every change has its outbox entry and audit row in the same transaction; doctor finds
exactly what is wrong when the store is tampered with."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from kiosk.access import audit
from kiosk.basics.errors import ValidationError
from kiosk.city import outbox
from kiosk.core import Kiosk
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.safety import store_check


def _person(kiosk: Kiosk) -> str:
    draft = PersonDraft(name="見本 花子", kana="ミホン ハナコ", sex="F", birth=date(1960, 1, 2))
    return people.add_person(kiosk.ctx, draft).id


def test_each_change_queues_one_entry_with_per_record_sequence(kiosk: Kiosk) -> None:
    pid = _person(kiosk)
    person = people.get_person(kiosk.store, pid)
    people.update_person(kiosk.ctx, replace(person, phone="000-1234-5678"))
    checkin.check_in(kiosk.ctx, [pid])
    rows = [
        (e.record_type, e.record_seq, e.op)
        for e in outbox.entries(kiosk.store)
        if e.record_type != "shelter"
    ]
    assert rows == [
        ("household", 1, "upsert"),
        ("person", 1, "upsert"),
        ("person", 2, "upsert"),
        ("stay_event", 1, "create"),
    ]
    change_ids = [e.change_id for e in outbox.entries(kiosk.store)]
    assert len(set(change_ids)) == len(change_ids)
    actions = [e.action for e in reversed(audit.recent(kiosk.store))]
    assert actions == [
        "shelter.create",
        "household.add",
        "person.add",
        "person.update",
        "stay.checkin",
    ]


def test_a_rejected_change_leaves_no_outbox_or_audit_row(kiosk: Kiosk) -> None:
    before = (len(outbox.entries(kiosk.store)), len(audit.recent(kiosk.store)))
    with pytest.raises(ValidationError):
        people.add_household(kiosk.ctx, [PersonDraft(name="見本"), PersonDraft(name="")])
    after = (len(outbox.entries(kiosk.store)), len(audit.recent(kiosk.store)))
    assert after == before


def test_outbox_rows_cannot_be_updated_or_deleted(kiosk: Kiosk) -> None:
    _person(kiosk)
    with pytest.raises(Exception, match="append-only"), kiosk.store.atomic():
        kiosk.store.execute("DELETE FROM outbox")


def test_audit_rows_carry_no_personal_data(kiosk: Kiosk) -> None:
    pid = _person(kiosk)
    checkin.check_in(kiosk.ctx, [pid])
    dump = json.dumps(
        [list(r) for r in kiosk.store.query("SELECT * FROM audit")], ensure_ascii=False
    )
    assert ("見本" in dump, "ミホン" in dump, "1960" in dump) == (False, False, False)


def test_doctor_passes_on_a_sound_store(kiosk: Kiosk) -> None:
    checkin.check_in(kiosk.ctx, [_person(kiosk)])
    assert store_check.examine(kiosk.store).problems == ()


def _tamper(kiosk: Kiosk, *statements: str) -> tuple[str, ...]:
    with kiosk.store.atomic():
        for sql in statements:
            kiosk.store.execute(sql)
    return store_check.examine(kiosk.store).problems


def test_doctor_names_an_altered_audit_row(kiosk: Kiosk) -> None:
    checkin.check_in(kiosk.ctx, [_person(kiosk)])
    problems = _tamper(kiosk, "UPDATE audit SET actor = 'someone else' WHERE seq = 2")
    assert problems == ("audit: row 2 was altered",)


def test_doctor_notices_rows_cut_from_the_end_of_the_audit_log(kiosk: Kiosk) -> None:
    checkin.check_in(kiosk.ctx, [_person(kiosk)])
    problems = _tamper(kiosk, "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    # The head kept in meta sees the cut, and so does the high-water mark beside the store.
    assert problems == (
        "audit: rows are missing at the end of the log",
        "high-water mark: the store is behind its last known state by 1 changes (a crash or "
        "a disk lost them); restore a backup, or re-enter the last check-ins from paper",
    )


def test_doctor_names_a_gap_in_a_record_sequence(kiosk: Kiosk) -> None:
    pid = _person(kiosk)
    people.update_person(
        kiosk.ctx, replace(people.get_person(kiosk.store, pid), phone="000-1111-2222")
    )
    problems = _tamper(
        kiosk,
        "DROP TRIGGER outbox_no_delete",
        f"DELETE FROM outbox WHERE record_id = '{pid}' AND record_seq = 1",
    )
    assert problems == (f"outbox: person {pid} has sequence 2..2 in 1 entries",)


def test_doctor_names_a_presence_state_that_contradicts_the_events(kiosk: Kiosk) -> None:
    pid = _person(kiosk)
    checkin.check_in(kiosk.ctx, [pid])
    problems = _tamper(kiosk, f"UPDATE person SET state = 'out' WHERE id = '{pid}'")
    assert problems == (f"presence: person {pid} is 'out' but events say 'in'",)
