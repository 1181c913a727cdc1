"""Merging the same walk-in registered at two desks (issue #16 item 3): the manager's merge,
"not the same person", and the merge travelling to the other desks and to the City OS. Real
kiosk stores, changes exchanged in process as in tests/test_desks_apply.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kiosk.access.staff import PermissionDenied
from kiosk.basics.errors import NotFound
from kiosk.core import Kiosk
from kiosk.desks import accept_pairing_code, accept_pairing_reply, make_pairing_code
from kiosk.desks.apply import apply_changes, changes_since, delivered_ids, vector
from kiosk.desks.merge import (
    FlagNotFound,
    Merge,
    MergeWithItself,
    dismiss_flag,
    merge_people,
    open_flags,
)
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.mapping import CITY, entity_id
from sync.replay import Replayer
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, FakeClock, run_cli
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider


def pair(x: Kiosk, y: Kiosk) -> None:
    accepted = accept_pairing_code(y.ctx, make_pairing_code(x.ctx).text)
    accept_pairing_reply(x.ctx, accepted.reply)


def send(x: Kiosk, y: Kiosk) -> None:
    """One half of an exchange, noted as a contact on both sides (as the transport does)."""
    changes = changes_since(x.store, vector(y.store))
    marks = delivered_ids(x.store)
    apply_changes(y.ctx, x.ctx.kiosk_id, changes, marks, sent=0, holds=vector(x.store))
    apply_changes(x.ctx, y.ctx.kiosk_id, [], [], sent=len(changes), holds=vector(y.store))


def exchange(x: Kiosk, y: Kiosk) -> None:
    send(x, y)
    send(y, x)


@pytest.fixture
def desks(tmp_path: Path, clock: FakeClock) -> Iterator[dict[str, Kiosk]]:
    made = {
        name: Kiosk.create(tmp_path / name, PASSPHRASE, SHELTER, kdf=FAST_KDF, clock=clock)
        for name in ("a", "b")
    }
    pair(made["a"], made["b"])
    yield made
    for kiosk in made.values():
        kiosk.close()


def walk_in(kiosk: Kiosk, **fields: object) -> str:
    given: dict[str, object] = {
        "name": "山田 太郎",
        "birth": date(1950, 4, 1),
        "consent": frozenset({CITY}),
        **fields,
    }
    return people.add_person(kiosk.ctx, PersonDraft(**given)).id  # type: ignore[arg-type]


def twins(desks: dict[str, Kiosk], clock: FakeClock) -> tuple[str, str]:
    """One walk-in registered at A (checked in) and at B (checked in, a slip linked there),
    known to both desks and flagged; returns (A's id, B's id)."""
    a, b = desks["a"], desks["b"]
    one = walk_in(a)
    two = walk_in(b, slip_id="SLIP-1")
    checkin.check_in(a.ctx, [one])
    clock.advance(seconds=5)
    checkin.check_in(b.ctx, [two])
    exchange(a, b)
    return one, two


def manager(kiosk: Kiosk) -> Kiosk:
    kiosk.ctx = kiosk.ctx.acting_as("m1", "manager")
    return kiosk


def state(kiosk: Kiosk) -> dict[str, object]:
    s = kiosk.store
    return {
        "people": [
            (r["id"], r["household_id"], r["slip_id"], r["state"])
            for r in s.query("SELECT * FROM person ORDER BY id")
        ],
        "households": [r["id"] for r in s.query("SELECT id FROM household ORDER BY id")],
        "stays": [
            (r["id"], r["person_id"]) for r in s.query("SELECT * FROM stay_event ORDER BY id")
        ],
        "flags": [
            (r["person_a"], r["person_b"], r["resolution"])
            for r in s.query("SELECT * FROM merge_candidate ORDER BY person_a")
        ],
    }


def test_a_merge_moves_stays_and_codes_and_travels_to_the_other_desk(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a, b = manager(desks["a"]), desks["b"]
    one, two = twins(desks, clock)
    assert [(f.person_a, f.person_b) for f in open_flags(a.store)] == [tuple(sorted((one, two)))]
    kept_household = people.get_person(a.store, one).household_id
    stays = sorted(r["id"] for r in a.store.query("SELECT id FROM stay_event"))

    done = merge_people(a.ctx, one, two)

    assert done == Merge(one, two, 1, 0, ("slip_id",), 0, True)
    expected = {
        "people": [(one, kept_household, "SLIP-1", "in")],
        "households": [kept_household],
        "stays": [(sid, one) for sid in stays],
        "flags": [(*sorted((one, two)), "merged")],
    }
    assert state(a) == expected
    audit = [
        (r["actor"], r["record_id"])
        for r in a.store.query("SELECT * FROM audit WHERE action = 'person.merge' ORDER BY seq")
    ]
    assert audit == [("m1", two), ("m1", one)]
    assert open_flags(a.store) == []
    exchange(a, b)
    assert state(b) == expected
    assert open_flags(b.store) == []


def test_a_late_check_in_of_the_dropped_person_lands_on_the_kept_one(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a, b = manager(desks["a"]), desks["b"]
    one, two = twins(desks, clock)
    checkin.check_out(b.ctx, [two], destination="home")  # B has not heard of the merge yet
    people.update_person(b.ctx, replace(people.get_person(b.store, two), phone="090-1111-2222"))
    merge_people(a.ctx, one, two)
    exchange(a, b)
    for kiosk in (a, b):
        assert [r["id"] for r in kiosk.store.query("SELECT id FROM person")] == [one]
        assert {r["person_id"] for r in kiosk.store.query("SELECT person_id FROM stay_event")} == {
            one
        }
    assert people.get_person(a.store, one).state == people.get_person(b.store, one).state


def test_merge_is_a_manager_action(desks: dict[str, Kiosk], clock: FakeClock) -> None:
    a = desks["a"]
    one, two = twins(desks, clock)
    for role in ("staff", "operator"):
        with pytest.raises(PermissionDenied):
            merge_people(a.ctx.acting_as("s1", role), one, two)
    assert len(open_flags(a.store)) == 1


def test_a_merge_with_itself_or_an_unknown_person_is_refused(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a = manager(desks["a"])
    one, _two = twins(desks, clock)
    with pytest.raises(MergeWithItself):
        merge_people(a.ctx, one, one)
    with pytest.raises(NotFound):
        merge_people(a.ctx, one, "no-such-person")
    assert a.store.query_one("SELECT count(*) AS n FROM person")["n"] == 2


def test_not_the_same_person_dismisses_the_flag_with_an_audit_row(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a = desks["a"]
    one, two = twins(desks, clock)
    dismiss_flag(a.ctx.acting_as("s1", "staff"), two, one)
    assert open_flags(a.store) == []
    rows = a.store.query("SELECT actor, record_id FROM audit WHERE action = 'person.merge_dismiss'")
    assert sorted((r["actor"], r["record_id"]) for r in rows) == sorted([("s1", one), ("s1", two)])
    with pytest.raises(FlagNotFound):
        dismiss_flag(a.ctx, one, two)
    with pytest.raises(PermissionDenied):
        dismiss_flag(a.ctx.acting_as("o1", "operator"), one, two)


def test_the_city_os_ends_with_one_person_after_a_merge(
    desks: dict[str, Kiosk],
    clock: FakeClock,
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
) -> None:
    a, b = manager(desks["a"]), desks["b"]
    one, two = twins(desks, clock)
    auth = ClientCredentials(
        oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
    )
    adapter = make_adapter("ngsi-v2", cityos_peer.url, auth, timeout=5.0)
    try:
        Replayer(b.ctx, adapter, 100, sleep=lambda s: None).run()  # both people reach the city
        assert cityos_peer.entity(entity_id("person", two)) is not None
        exchange(a, b)
        merge_people(a.ctx, one, two)
        report = Replayer(a.ctx, adapter, 100, sleep=lambda s: None).run()
    finally:
        adapter.close()
    evacuees = sorted(k for k in cityos_peer.entities if k.startswith(entity_id("person", "")))
    assert (report.finished, report.conflicts, evacuees) == (
        True,
        0,
        [entity_id("person", one)],
    )
    assert cityos_peer.duplicates() == 0


def test_command_line_lists_merges_merges_and_dismisses(
    desks: dict[str, Kiosk], clock: FakeClock, tmp_path: Path
) -> None:
    one, two = twins(desks, clock)
    three = walk_in(desks["a"], name="別の 人", phone="080-0000-0000")
    four = walk_in(desks["b"], name="四人目", phone="080-0000-0000")
    exchange(desks["a"], desks["b"])
    desks["a"].close()
    home = tmp_path / "a"
    listed = run_cli("person", "merges", "--json", home=home)
    flags = json.loads(listed.stdout)
    assert [(f["reason"], f["a"]["id"], f["b"]["id"]) for f in flags] == [
        ("name_birth", *sorted((one, two))),
        ("phone", *sorted((three, four))),
    ]
    assert flags[0]["a"]["name"] == "山田 太郎"
    refused = run_cli("person", "merge", one, two, home=home)  # no terminal, no --yes
    assert (refused.returncode, "nothing was changed" in refused.stderr) == (1, True)
    merged = run_cli("person", "merge", one, two, "--yes", "--json", home=home)
    assert (merged.returncode, json.loads(merged.stdout)["drop_id"]) == (0, two)
    itself = run_cli("person", "merge", one, one, "--yes", home=home)
    assert (itself.returncode, itself.stderr.strip()) == (
        1,
        "kiosk: A person cannot be merged with themselves. Pick two people.",
    )
    dismissed = run_cli("person", "not-same", four, three, home=home)
    assert dismissed.returncode == 0
    after = run_cli("person", "merges", home=home)
    assert after.stdout.strip() == "No people flagged as possibly the same."
    desks_list = run_cli("desk", "list", "--json", home=home)
    listed_desk = json.loads(desks_list.stdout)[0]
    # B lacks the merge's 4 changes (the deletion, the moved stay, the kept card, the dropped
    # household): counted from B's vector, written by the last exchange
    assert listed_desk["changes_behind"] == 4
    text = run_cli("desk", "list", home=home).stdout
    assert "behind: it lacks 4 change(s) held here" in text


def test_the_dropped_persons_household_joins_the_kept_one_on_every_desk(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a, b = manager(desks["a"]), desks["b"]
    one, two = twins(desks, clock)
    dropped_household = people.get_person(b.store, two).household_id
    child = people.add_person(
        b.ctx,
        PersonDraft(name="山田 花子", birth=date(2015, 6, 1), relationship="child"),
        household_id=dropped_household,
    ).id
    exchange(a, b)
    done = merge_people(a.ctx, one, two)
    exchange(a, b)
    kept_household = people.get_person(a.store, one).household_id
    assert (done.members_moved, done.household_removed) == (1, True)
    for kiosk in (a, b):
        members = people.household_members(kiosk.store, kept_household)
        assert sorted(m.id for m in members) == sorted([one, child])
        assert (
            kiosk.store.query_one(
                "SELECT count(*) AS n FROM household WHERE id = ?", (dropped_household,)
            )["n"]
            == 0
        )


def test_a_member_registered_at_a_desk_that_missed_the_merge_joins_the_kept_household(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    a, b = manager(desks["a"]), desks["b"]
    one, two = twins(desks, clock)
    dropped_household = people.get_person(b.store, two).household_id
    merge_people(a.ctx, one, two)
    clock.advance(seconds=2)
    # B has not heard of the merge: a child joins the dropped household, its card is edited
    child = people.add_person(
        b.ctx,
        PersonDraft(name="山田 花子", birth=date(2015, 6, 1), relationship="child"),
        household_id=dropped_household,
    ).id
    household = people.get_household(b.store, dropped_household)
    people.update_household(b.ctx, replace(household, vehicle_plate="高知 500 あ 12-34"))
    exchange(a, b)
    exchange(a, b)
    kept_household = people.get_person(a.store, one).household_id
    for kiosk in (a, b):
        assert state(kiosk)["households"] == [kept_household]
        members = people.household_members(kiosk.store, kept_household)
        assert sorted(m.id for m in members) == sorted([one, child])


def test_one_pair_merged_both_ways_at_once_keeps_the_exchange_going(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    """The known limit (docs/design/multi-desk.md): each desk keeps the person it chose, but
    the exchange never stalls and no stay is lost."""
    a, b = manager(desks["a"]), manager(desks["b"])
    one, two = twins(desks, clock)
    merge_people(a.ctx, one, two)
    merge_people(b.ctx, two, one)
    exchange(a, b)
    checkin.check_out(b.ctx, [two], destination="home")
    exchange(a, b)
    assert [r["id"] for r in a.store.query("SELECT id FROM person")] == [one]
    assert [r["id"] for r in b.store.query("SELECT id FROM person")] == [two]
    for kiosk, kept in ((a, one), (b, two)):
        stays = kiosk.store.query("SELECT person_id FROM stay_event")
        assert [r["person_id"] for r in stays] == [kept] * 3


def test_a_late_change_of_a_person_removed_here_does_not_bring_them_back(
    desks: dict[str, Kiosk], clock: FakeClock
) -> None:
    from kiosk.registry.removal import remove_person

    a, b = manager(desks["a"]), desks["b"]
    pid = walk_in(a)
    exchange(a, b)
    remove_person(a.ctx, pid, "erasure")
    checkin.check_in(b.ctx, [pid])  # B has not heard of the erasure
    people.update_person(b.ctx, replace(people.get_person(b.store, pid), phone="090-9999-0000"))
    exchange(a, b)
    assert a.store.query_one("SELECT count(*) AS n FROM person")["n"] == 0
    assert a.store.query_one("SELECT count(*) AS n FROM stay_event")["n"] == 0
