"""Desks agreeing through the op log (issue #16 item 3): real kiosk stores, changes exchanged
in process (the transport has its own tests), clocks minutes apart."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.basics.errors import NotFound
from kiosk.city.outbox import verify_sequences
from kiosk.core import Kiosk
from kiosk.desks import (
    accept_pairing_code,
    accept_pairing_reply,
    hlc,
    make_pairing_code,
    unpair,
)
from kiosk.desks.apply import (
    ExchangeInvalid,
    apply_changes,
    card_history,
    changes_since,
    delivered_ids,
    fold_stays,
    merge_candidates,
    stay_events,
    vector,
)
from kiosk.desks.errors import DeskRevoked
from kiosk.operations import survey
from kiosk.operations.shelter import get_shelter, set_open, update_shelter
from kiosk.reception import checkin
from kiosk.reception.slip_validity import opening_started
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.registry.removal import remove_person
from sync.delivery import mark
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, FakeClock

#: Desk A five minutes fast, C three minutes slow (the spikes' skews).
SKEW = {"a": timedelta(minutes=5), "b": timedelta(0), "c": timedelta(minutes=-3)}


def pair(x: Kiosk, y: Kiosk) -> None:
    accepted = accept_pairing_code(y.ctx, make_pairing_code(x.ctx).text)
    accept_pairing_reply(x.ctx, accepted.reply)


@pytest.fixture
def desks(tmp_path: Path, clock: FakeClock) -> Iterator[dict[str, Kiosk]]:
    made = {}
    for name, skew in SKEW.items():
        made[name] = Kiosk.create(
            tmp_path / name,
            PASSPHRASE,
            SHELTER,
            kdf=FAST_KDF,
            clock=(lambda s=skew: clock.now + s),
        )
    pair(made["a"], made["b"])
    pair(made["a"], made["c"])
    pair(made["b"], made["c"])
    yield made
    for kiosk in made.values():
        kiosk.close()


def send(x: Kiosk, y: Kiosk) -> None:
    apply_changes(
        y.ctx, x.ctx.kiosk_id, changes_since(x.store, vector(y.store)), delivered_ids(x.store)
    )


def exchange(x: Kiosk, y: Kiosk) -> None:
    send(x, y)
    send(y, x)


def heal(d: dict[str, Kiosk]) -> None:
    for _ in range(2):
        exchange(d["a"], d["b"])
        exchange(d["b"], d["c"])
        exchange(d["a"], d["c"])


def dump(kiosk: Kiosk) -> str:
    persons = [
        dict(r)
        for r in kiosk.store.query(
            "SELECT id, household_id, name, birth, phone, address, state, state_since "
            "FROM person ORDER BY id"
        )
    ]
    stays = [
        dict(r)
        for r in kiosk.store.query(
            "SELECT id, person_id, kind, at, kiosk_id FROM stay_event ORDER BY id"
        )
    ]
    changes = [
        r["change_id"] for r in kiosk.store.query("SELECT change_id FROM outbox ORDER BY change_id")
    ]
    shelter = [
        dict(r)
        for r in kiosk.store.query(
            "SELECT id, name, capacity, disaster_types, location, is_open FROM shelter"
        )
    ]
    surveys = [dict(r) for r in kiosk.store.query("SELECT * FROM survey_response ORDER BY id")]
    households = [
        dict(r)
        for r in kiosk.store.query(
            "SELECT id, representative_id, vehicle_plate, note FROM household ORDER BY id"
        )
    ]
    return json.dumps(
        {
            "persons": persons,
            "stays": stays,
            "changes": changes,
            "shelter": shelter,
            "surveys": surveys,
            "households": households,
        },
        sort_keys=True,
    )


def converged(d: dict[str, Kiosk]) -> bool:
    return len({dump(k) for k in d.values()}) == 1


def walk_in(kiosk: Kiosk, name: str = "山田 太郎", **fields: object) -> str:
    draft = PersonDraft(name=name, birth=date(1950, 4, 1), **fields)  # type: ignore[arg-type]
    return people.add_person(kiosk.ctx, draft).id


def test_local_changes_are_stamped_in_clock_order(desks: dict[str, Kiosk]) -> None:
    a = desks["a"]
    walk_in(a)
    rows = a.store.query("SELECT origin, hlc FROM outbox ORDER BY seq")
    stamps = [hlc.parse(r["hlc"]) for r in rows]
    assert {r["origin"] for r in rows} == {a.ctx.kiosk_id}
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_a_household_scanned_at_two_desks_at_once_is_checked_in_once(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a, b = desks["a"], desks["b"]
    pid = walk_in(a)
    heal(desks)
    checkin.check_in(a.ctx, [pid])
    checkin.check_in(b.ctx, [pid])  # cut off from A: both record a check-in
    clock.advance(seconds=5)
    heal(desks)
    assert converged(desks)
    for kiosk in desks.values():
        state, visits, dups, _ = fold_stays(stay_events(kiosk.store, pid))
        assert (state, visits, dups) == ("in", 1, 1)
        assert people.get_person(kiosk.store, pid).state == "in"


def test_check_in_at_a_fast_desk_then_check_out_at_b_orders_correctly(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a, b = desks["a"], desks["b"]  # A's clock is five minutes ahead of B's
    pid = walk_in(a)
    heal(desks)
    checkin.check_in(a.ctx, [pid])
    send(a, b)
    clock.advance(minutes=1)  # one real minute later; B's clock still reads before A's stamp
    checkin.check_out(b.ctx, [pid], destination="home")
    heal(desks)
    assert converged(desks)
    assert {people.get_person(k.store, pid).state for k in desks.values()} == {"out"}


def test_concurrent_card_edits_merge_field_by_field_with_the_loser_in_history(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a, b, c = desks["a"], desks["b"], desks["c"]
    pid = walk_in(a)
    heal(desks)
    person = people.get_person(a.store, pid)
    people.update_person(a.ctx, replace(person, phone="090-1111-1111"))
    people.update_person(b.ctx, replace(person, address="高知市本町1"))
    clock.advance(minutes=10)  # C's edit is the latest (C runs 3 minutes slow, A 5 fast)
    people.update_person(c.ctx, replace(person, phone="090-2222-2222"))
    exchange(c, b)
    exchange(b, a)
    heal(desks)
    assert converged(desks)
    for kiosk in desks.values():
        merged = people.get_person(kiosk.store, pid)
        assert (merged.phone, merged.address) == ("090-2222-2222", "高知市本町1")
        phones = [
            (v.value, v.current)
            for v in card_history(kiosk.store, "person", pid)
            if v.field == "phone"
        ]
        assert phones == [("", False), ("090-1111-1111", False), ("090-2222-2222", True)]
        assert verify_sequences(kiosk.store) == []


def test_the_same_walk_in_registered_at_two_desks_is_flagged(desks: dict[str, Kiosk]) -> None:
    a, b = desks["a"], desks["b"]
    one = walk_in(a)
    two = walk_in(b)
    other = walk_in(b, name="別の 人", phone="080-0000-0000")
    three = walk_in(a, name="三人目", phone="080-0000-0000")
    heal(desks)
    for kiosk in desks.values():
        assert set(merge_candidates(kiosk.store)) == {
            (*sorted((one, two)), "name_birth"),
            (*sorted((other, three)), "phone"),
        }
        actions = [r["action"] for r in kiosk.store.query("SELECT action FROM audit")]
        assert actions.count("person.merge_flag") >= 1


def test_changes_arriving_twice_change_nothing(desks: dict[str, Kiosk]) -> None:
    a, b = desks["a"], desks["b"]
    walk_in(a)
    batch = changes_since(a.store, {})
    first = apply_changes(b.ctx, a.ctx.kiosk_id, batch)
    again = apply_changes(b.ctx, a.ctx.kiosk_id, batch)
    assert (first.applied, first.already_held) == (len(batch), 0)
    assert (again.applied, again.already_held) == (0, len(batch))


def test_an_unpaired_desk_is_refused_on_any_path(desks: dict[str, Kiosk]) -> None:
    a, b, c = desks["a"], desks["b"], desks["c"]
    unpair(a.ctx, b.ctx.kiosk_id)
    walk_in(b)
    with pytest.raises(DeskRevoked):
        send(b, a)
    send(b, c)  # C still trusts B, and relays B's change to A
    relayed = changes_since(c.store, vector(a.store))
    from_b = [ch for ch in relayed if ch["origin"] == b.ctx.kiosk_id]
    result = apply_changes(a.ctx, c.ctx.kiosk_id, relayed)
    assert result.refused == len(from_b) > 0
    held = a.store.query_one("SELECT count(*) AS n FROM outbox WHERE origin = ?", (b.ctx.kiosk_id,))
    assert held["n"] == 0
    assert a.store.query_one("SELECT count(*) AS n FROM person")["n"] == 0
    refused = a.store.query("SELECT record_id FROM audit WHERE action = 'desk.refused'")
    assert [r["record_id"] for r in refused] == [b.ctx.kiosk_id]


def test_delivery_marks_travel_with_the_exchange(desks: dict[str, Kiosk]) -> None:
    a, b = desks["a"], desks["b"]
    walk_in(a)
    send(a, b)
    seqs = [r["seq"] for r in a.store.query("SELECT seq FROM outbox")]
    mark(a.store, seqs, [], a.ctx.now())
    send(a, b)
    assert set(delivered_ids(b.store)) == set(delivered_ids(a.store)) != set()


def test_a_clock_far_ahead_is_kept_but_not_absorbed(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a, b = desks["a"], desks["b"]
    far = Kiosk.open(a.home, PASSPHRASE, clock=lambda: clock.now + timedelta(days=365))
    try:
        walk_in(far)
    finally:
        far.close()
    result = apply_changes(b.ctx, a.ctx.kiosk_id, changes_since(a.store, {}))
    # A's shelter (made at its normal time), then the household and person of a year ahead
    assert (result.applied, result.clock_ahead) == (3, 2)
    walk_in(b, name="B の 人")
    own = b.store.query_one("SELECT max(hlc) AS h FROM outbox WHERE origin = ?", (b.ctx.kiosk_id,))
    assert hlc.parse(own["h"]).l < hlc.wall_ms(clock.now + timedelta(hours=1))


def test_partitions_converge(desks: dict[str, Kiosk], clock: FakeClock) -> None:
    import random

    rng = random.Random(16)
    names = list(desks)
    pids = [walk_in(desks["a"], name=f"人 {n}") for n in range(4)]
    heal(desks)
    for step in range(120):
        clock.advance(seconds=rng.randint(1, 40))
        kiosk = desks[rng.choice(names)]
        pid = rng.choice(pids)
        roll = rng.random()
        if step == 60:  # one person erased at one desk while the others may still edit them
            remove_person(kiosk.ctx, pid, "erasure")
            continue
        try:
            state = people.get_person(kiosk.store, pid).state
        except NotFound:
            continue  # removed here already
        if roll < 0.3 and state != "in":
            checkin.check_in(kiosk.ctx, [pid])
        elif roll < 0.5 and state == "in":
            checkin.check_out(kiosk.ctx, [pid], destination="home")
        elif roll < 0.65:
            person = people.get_person(kiosk.store, pid)
            phone = f"090-{rng.randint(0, 9999):04d}-0000"
            people.update_person(kiosk.ctx, replace(person, phone=phone))
        elif roll < 0.7:
            person = people.get_person(kiosk.store, pid)
            address = f"高知市 {rng.randint(1, 99)}"
            people.update_person(kiosk.ctx, replace(person, address=address))
        elif roll < 0.75:
            current = get_shelter(kiosk.store)
            if rng.random() < 0.5:
                update_shelter(kiosk.ctx, replace(current, capacity=rng.randint(100, 900)))
            else:
                update_shelter(kiosk.ctx, replace(current, location=f"体育館 {step}"))
        elif roll < 0.8:
            survey.submit(kiosk.ctx, pid, {"stress": rng.randint(1, 5)}, "ja")
        else:
            x, y = rng.sample(names, 2)
            exchange(desks[x], desks[y])
    heal(desks)
    assert converged(desks)
    counts = {k.store.query_one("SELECT count(*) AS n FROM outbox")["n"] for k in desks.values()}
    assert len(counts) == 1
    remaining = [r["id"] for r in desks["a"].store.query("SELECT id FROM person")]
    assert len(remaining) == len(pids) - 1
    for kiosk in desks.values():
        assert verify_sequences(kiosk.store) == []
        for pid in remaining:  # the folded state is the one the desk's own services left
            state, _visits, _dups, _ = fold_stays(stay_events(kiosk.store, pid))
            assert people.get_person(kiosk.store, pid).state == state


def test_a_code_held_by_two_walk_ins_stays_with_one_on_every_desk(
    desks: dict[str, Kiosk],
) -> None:
    a, b = desks["a"], desks["b"]
    one = walk_in(a, name="甲", cityos_subject="subject-1")
    two = walk_in(b, name="乙", cityos_subject="subject-1")
    heal(desks)
    for kiosk in desks.values():
        holders = kiosk.store.query("SELECT id FROM person WHERE cityos_subject = 'subject-1'")
        assert [r["id"] for r in holders] == [min(one, two)]
        assert (*sorted((one, two)), "link") in merge_candidates(kiosk.store)
        # what the City OS ends with (each card's newest change) agrees
        subjects = {
            pid: newest_payload(kiosk, "person", pid)["cityos_subject"] for pid in (one, two)
        }
        assert subjects == {min(one, two): "subject-1", max(one, two): None}


def test_changes_from_before_the_op_log_are_stamped_in_their_order(tmp_path: Path) -> None:
    import shutil

    from kiosk.store import open_store

    home = tmp_path / "v5"
    shutil.copytree(Path(__file__).parent / "fixtures" / "schema" / "v5", home)
    store = open_store(home, "fixture")
    try:
        own = store.get_meta("kiosk_id")
        rows = store.query("SELECT origin, hlc FROM outbox ORDER BY seq")
        stamps = [hlc.parse(r["hlc"]) for r in rows]
        assert rows and {r["origin"] for r in rows} == {own}
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
        assert verify_sequences(store) == []
    finally:
        store.close()


def test_a_batch_that_breaks_the_causal_order_is_refused_whole(desks: dict[str, Kiosk]) -> None:
    a, b = desks["a"], desks["b"]
    pid = walk_in(a)
    checkin.check_in(a.ctx, [pid])
    batch = changes_since(a.store, {})
    without_person = [c for c in batch if c["record_type"] != "person"]  # its check-in stays
    before = dump(b)
    with pytest.raises(ExchangeInvalid):
        apply_changes(b.ctx, a.ctx.kiosk_id, without_person)
    assert dump(b) == before


def test_another_change_under_a_held_number_is_not_taken(desks: dict[str, Kiosk]) -> None:
    a, b = desks["a"], desks["b"]
    walk_in(a)
    batch = changes_since(a.store, {})
    apply_changes(b.ctx, a.ctx.kiosk_id, batch)
    forged = {**batch[-1], "change_id": "another-id"}  # same desk, record and number
    result = apply_changes(b.ctx, a.ctx.kiosk_id, [forged])
    assert (result.applied, result.already_held) == (0, 1)
    assert b.store.query_one("SELECT 1 AS x FROM outbox WHERE change_id = 'another-id'") is None


@pytest.mark.parametrize(
    ("changes", "marks"),
    [("not a list", []), ([{"hlc": 5}], []), ([], "not a list"), ([], [7]), ([3], [])],
)
def test_a_malformed_exchange_is_refused(
    desks: dict[str, Kiosk], changes: object, marks: object
) -> None:
    a, b = desks["a"], desks["b"]
    before = dump(b)
    with pytest.raises(ExchangeInvalid):
        apply_changes(b.ctx, a.ctx.kiosk_id, changes, marks)  # type: ignore[arg-type]
    assert dump(b) == before


def merge_changes(kiosk: Kiosk, record_id: str) -> list[dict[str, object]]:
    """The changes of a card that changed no field: merged states a desk logged."""
    return [
        json.loads(r["payload"])
        for r in kiosk.store.query(
            "SELECT payload FROM outbox WHERE record_id = ? AND fields = '[]' ORDER BY hlc",
            (record_id,),
        )
    ]


def newest_payload(kiosk: Kiosk, record_type: str, record_id: str) -> dict[str, object]:
    row = kiosk.store.query_one(
        "SELECT payload FROM outbox WHERE record_type = ? AND record_id = ? "
        "ORDER BY hlc DESC LIMIT 1",
        (record_type, record_id),
    )
    return json.loads(row["payload"])


@pytest.mark.parametrize("at_once", [False, True])
def test_the_merged_card_is_logged_as_the_newest_change_and_desks_stop(
    desks: dict[str, Kiosk], at_once: bool
) -> None:
    """After concurrent edits the newest change of the card (what the City OS ends with)
    carries the merged card on every desk: logged by the desk that merged it, or by both
    when both merged at once (the same state) — and then nothing more, however often the
    desks exchange."""
    a, b, c = desks["a"], desks["b"], desks["c"]
    pid = walk_in(a)
    heal(desks)
    person = people.get_person(a.store, pid)
    people.update_person(a.ctx, replace(person, phone="090-1111-1111"))
    people.update_person(b.ctx, replace(person, address="高知市本町1"))
    if at_once:
        to_b, to_a = (
            changes_since(a.store, vector(b.store)),
            changes_since(b.store, vector(a.store)),
        )
        assert apply_changes(b.ctx, a.ctx.kiosk_id, to_b).restated == 1
        assert apply_changes(a.ctx, b.ctx.kiosk_id, to_a).restated == 1
    heal(desks)
    merges = [merge_changes(k, pid) for k in desks.values()]
    heal(desks)
    assert converged(desks)
    assert [merge_changes(k, pid) for k in desks.values()] == merges  # they stopped
    assert len(merges[0]) == (2 if at_once else 1)
    for kiosk in desks.values():
        newest = newest_payload(kiosk, "person", pid)
        assert (newest["phone"], newest["address"]) == ("090-1111-1111", "高知市本町1")
        assert verify_sequences(kiosk.store) == []
        # the merge changes changed no field: the history shows the two edits, nothing more
        addresses = [
            v.value for v in card_history(kiosk.store, "person", pid) if v.field == "address"
        ]
        assert addresses == ["", "高知市本町1"]
    assert (
        c.store.query_one("SELECT count(*) AS n FROM outbox WHERE origin = ?", (c.ctx.kiosk_id,))[
            "n"
        ]
        == 1
    )  # only its shelter: C relayed, it merged nothing it had not seen merged


def test_a_desk_that_only_takes_changes_logs_no_merge(desks: dict[str, Kiosk]) -> None:
    """Edits at one desk, one after the other desk's: the newest change carries the card, so
    no desk logs a state of its own for it."""
    a, b = desks["a"], desks["b"]
    pid = walk_in(a)
    exchange(a, b)
    person = people.get_person(b.store, pid)
    people.update_person(b.ctx, replace(person, phone="090-1111-1111"))
    exchange(a, b)
    people.update_person(a.ctx, replace(people.get_person(a.store, pid), address="高知市本町1"))
    results = [
        apply_changes(b.ctx, a.ctx.kiosk_id, changes_since(a.store, vector(b.store))),
        apply_changes(a.ctx, b.ctx.kiosk_id, changes_since(b.store, vector(a.store))),
    ]
    assert [r.restated for r in results] == [0, 0]
    assert merge_changes(a, pid) == merge_changes(b, pid) == []


def test_shelter_changes_apply_on_every_desk_field_by_field(desks: dict[str, Kiosk]) -> None:
    a, b = desks["a"], desks["b"]
    heal(desks)
    set_open(a.ctx, False)  # A closes the shelter ...
    update_shelter(b.ctx, replace(get_shelter(b.store), capacity=450))  # ... B sets capacity
    heal(desks)
    assert converged(desks)
    for kiosk in desks.values():
        shelter = get_shelter(kiosk.store)
        assert (shelter.is_open, shelter.capacity) == (False, 450)
        newest = newest_payload(kiosk, "shelter", shelter.id)
        assert (newest["is_open"], newest["capacity"]) == (False, 450)  # the City OS's view
    set_open(b.ctx, True)
    heal(desks)
    assert converged(desks)
    for kiosk in desks.values():  # opened again at B's time: older slips stop counting
        assert get_shelter(kiosk.store).is_open
        assert opening_started(kiosk.store) == b.ctx.now()


def test_a_survey_answered_at_one_desk_is_in_every_desks_results(
    desks: dict[str, Kiosk],
) -> None:
    a, b = desks["a"], desks["b"]
    pid = walk_in(a)
    response = survey.submit(a.ctx, pid, {"stress": 4, "enough_food": False}, "ja")
    anonymous = survey.submit(b.ctx, None, {"stress": 2}, "en")
    heal(desks)
    assert converged(desks)
    for kiosk in desks.values():
        assert survey.get_response(kiosk.store, response.id) == response
        assert survey.get_response(kiosk.store, anonymous.id) == anonymous
        assert survey.summary(kiosk.store).responses == 2


def personal_data_in_logs(kiosk: Kiosk, name: str) -> int:
    row = kiosk.store.query_one(
        "SELECT count(*) AS n FROM outbox WHERE instr(payload, ?) > 0", (name,)
    )
    return int(row["n"])


def test_a_person_removed_at_one_desk_is_removed_on_every_desk(
    desks: dict[str, Kiosk],
) -> None:
    """The removal (erasure) taken at the other desks: the person, their stays and field
    values gone, their survey answers unlinked, their data erased from every desk's log, and
    nothing of them left for B's replay but the deletion."""
    from sync.delivery import queue_status

    a, b = desks["a"], desks["b"]
    pid = walk_in(b, name="消す 人", phone="090-5555-5555")
    checkin.check_in(b.ctx, [pid])
    checkin.check_out(b.ctx, [pid], destination="実家 消す")
    answer = survey.submit(b.ctx, pid, {"stress": 5, "request_text": "消す 人 の 要望"}, "ja")
    heal(desks)
    remove_person(a.ctx, pid, "erasure")
    heal(desks)
    assert converged(desks)
    for kiosk in desks.values():
        with pytest.raises(NotFound):
            people.get_person(kiosk.store, pid)
        assert (
            kiosk.store.query_one(
                "SELECT count(*) AS n FROM stay_event WHERE person_id = ?", (pid,)
            )["n"]
            == 0
        )
        kept = survey.get_response(kiosk.store, answer.id)
        assert (kept.person_id, kept.requests, kept.answers) == (None, "", answer.answers)
        assert personal_data_in_logs(kiosk, "消す") == 0
        assert (
            kiosk.store.query_one(
                "SELECT count(*) AS n FROM field_clock WHERE record_id = ?", (pid,)
            )["n"]
            == 0
        )
    pending = b.store.query(
        "SELECT o.record_type, o.op FROM outbox o LEFT JOIN delivery d ON d.seq = o.seq "
        "WHERE o.record_id = ? AND d.seq IS NULL",
        (pid,),
    )
    assert [(r["record_type"], r["op"]) for r in pending] == [("person", "delete")]
    assert queue_status(b.store).pending == queue_status(a.store).pending


def test_a_removal_wins_over_a_concurrent_change_at_another_desk(
    desks: dict[str, Kiosk],
) -> None:
    """B edits and checks in a person while A, cut off, removes them: after healing the
    person is gone everywhere, whichever arrives first, and B's changes keep no data."""
    a, b = desks["a"], desks["b"]
    pid = walk_in(a, name="消す 人")
    heal(desks)
    remove_person(a.ctx, pid, "mistake")
    person = people.get_person(b.store, pid)
    people.update_person(b.ctx, replace(person, phone="090-7777-7777", address="消す 住所"))
    checkin.check_in(b.ctx, [pid])
    survey.submit(b.ctx, pid, {"stress": 3, "request_text": "消す 要望"}, "ja")
    heal(desks)
    assert converged(desks)
    for kiosk in desks.values():
        assert kiosk.store.query_one("SELECT count(*) AS n FROM person")["n"] == 0
        assert personal_data_in_logs(kiosk, "消す") == 0
        assert personal_data_in_logs(kiosk, "090-7777-7777") == 0


def test_a_member_joining_a_household_another_desk_removed_does_not_stop_the_desks(
    desks: dict[str, Kiosk],
) -> None:
    """A removes the only member of a household (the household goes too) while B, cut off,
    registers a new member in it: the desks keep exchanging and agree — the household stays,
    its card erased (it was the removed person's), the new member its representative."""
    a, b = desks["a"], desks["b"]
    pid = walk_in(a, name="消す 人")
    heal(desks)
    household_id = people.get_person(b.store, pid).household_id
    people.update_household(
        b.ctx, replace(people.get_household(b.store, household_id), note="消す メモ")
    )
    heal(desks)
    remove_person(a.ctx, pid, "erasure")
    newcomer = people.add_person(
        b.ctx, PersonDraft(name="新しい 人", birth=date(1980, 1, 1)), household_id
    )
    heal(desks)
    assert converged(desks)
    for kiosk in desks.values():
        household = people.get_household(kiosk.store, household_id)
        assert (household.representative_id, household.note) == (newcomer.id, "")
        assert personal_data_in_logs(kiosk, "消す") == 0
