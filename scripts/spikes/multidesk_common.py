"""Shared harness of the multi-desk spikes (issue #16): one set of scenarios run against each
mechanism, so their figures compare like with like.

Not product code. A mechanism is a ``Replica`` class with the operations of a reception desk
(create a card, edit one field, check in, check out), ``token()`` (what a peer says it already
has), ``export(token)`` (the changes the peer lacks, as bytes) and ``import_(data)``. The
harness simulates three desks in one process with a shared simulated time, a per-desk clock
offset (skew of minutes) and links that a random schedule cuts and heals.

Every mechanism orders stay events the same way (:func:`fold_stays`) so the scenarios test the
replication and merge, not four different rules for what "checked in" means.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

FIELDS = ("name", "phone", "address", "needs")
#: Clock skews of the three desks in milliseconds: A five minutes fast, C three minutes slow.
SKEW_MS = {"A": 5 * 60_000, "B": 0, "C": -3 * 60_000}


class SimClock:
    """Simulated wall time shared by the desks; each desk reads it with its own skew."""

    def __init__(self, start_ms: int = 1_800_000_000_000) -> None:
        self.ms = start_ms

    def advance(self, ms: int) -> None:
        self.ms += ms

    def for_desk(self, skew_ms: int) -> Callable[[], int]:
        return lambda: self.ms + skew_ms


class HLC:
    """Hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", OPODIS 2014, fig. 5).

    A timestamp is ``(l, c, node)``: ``l`` the largest wall time seen, ``c`` a counter for
    events within one ``l``; the node breaks ties, so timestamps are totally ordered and an
    event that causally follows another always sorts after it, whatever the wall clocks say.
    """

    def __init__(self, node: str, wall_ms: Callable[[], int]) -> None:
        self.node = node
        self.wall_ms = wall_ms
        self.l = 0
        self.c = 0

    def tick(self) -> tuple[int, int, str]:
        """A timestamp for a local event (or a send)."""
        pt = self.wall_ms()
        if pt > self.l:
            self.l, self.c = pt, 0
        else:
            self.c += 1
        return (self.l, self.c, self.node)

    def observe(self, ts: Iterable[Any]) -> None:
        """Merge a received timestamp (the receive rule)."""
        tl, tc = list(ts)[:2]
        pt = self.wall_ms()
        old = self.l
        self.l = max(old, tl, pt)
        if self.l == old == tl:
            self.c = max(self.c, tc) + 1
        elif self.l == old:
            self.c += 1
        elif self.l == tl:
            self.c = tc + 1
        else:
            self.c = 0


def fold_stays(events: Iterable[tuple[Any, str]]) -> tuple[str, int, int]:
    """State, visits and ignored duplicates from ``(order_key, kind)`` stay events.

    Sorted by the order key; a check-in while already in is a duplicate scan (kept in the log,
    not counted); a check-out while not in changes nothing.
    """
    state, visits, dups = "registered", 0, 0
    for _key, kind in sorted(events, key=lambda e: e[0]):
        if kind == "checkin":
            if state == "in":
                dups += 1
            else:
                state, visits = "in", visits + 1
        elif kind == "checkout" and state == "in":
            state = "out"
    return state, visits, dups


class Replica(Protocol):
    name: str

    def create(self, pid: str, fields: dict[str, str]) -> None: ...
    def edit(self, pid: str, field: str, value: str) -> None: ...
    def checkin(self, pid: str) -> None: ...
    def checkout(self, pid: str) -> None: ...
    def token(self) -> Any: ...
    def export(self, token: Any) -> bytes: ...
    def import_(self, data: bytes) -> None: ...
    def dump(self) -> dict[str, Any]: ...
    def history(self, pid: str, field: str) -> list[str]: ...
    def event_count(self) -> int: ...


Factory = Callable[[str, Callable[[], int]], Replica]


def canonical(replica: Replica) -> str:
    return json.dumps(replica.dump(), sort_keys=True, ensure_ascii=False)


def sync_pair(a: Replica, b: Replica) -> int:
    """Both directions of one anti-entropy exchange; returns bytes moved."""
    moved = 0
    for src, dst in ((a, b), (b, a)):
        data = src.export(dst.token())
        moved += len(data)
        dst.import_(data)
    return moved


def heal(replicas: list[Replica]) -> None:
    for _ in range(2):
        for i, a in enumerate(replicas):
            for b in replicas[i + 1 :]:
                sync_pair(a, b)


def make_desks(factory: Factory, clock: SimClock, skew: bool = True) -> list[Replica]:
    return [factory(n, clock.for_desk(SKEW_MS[n] if skew else 0)) for n in ("A", "B", "C")]


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def scenario_partitions(factory: Factory, seed: int = 16, steps: int = 400) -> Outcome:
    """Random check-in/check-out/edit of the same few people on 3 desks with random
    partitions and skewed clocks; after healing, all dumps equal and no event lost."""
    rng = random.Random(seed)
    clock = SimClock()
    desks = make_desks(factory, clock)
    people = [f"p{i}" for i in range(3)]
    for pid in people:  # each card created at one desk, then everyone learns it
        desks[0].create(pid, {"name": f"Test {pid}", "phone": "", "address": "", "needs": ""})
    heal(desks)
    up = {(0, 1): True, (0, 2): True, (1, 2): True}
    produced = len(people) * len(FIELDS)  # the creates
    for _ in range(steps):
        clock.advance(rng.randint(0, 3000))
        roll = rng.random()
        if roll < 0.1:
            link = rng.choice(list(up))
            up[link] = not up[link]
        elif roll < 0.35:
            link = rng.choice([k for k, v in up.items() if v] or [None])
            if link is not None:
                sync_pair(desks[link[0]], desks[link[1]])
        else:
            desk = rng.choice(desks)
            pid = rng.choice(people)
            op = rng.random()
            if op < 0.3:
                desk.checkin(pid)
            elif op < 0.55:
                desk.checkout(pid)
            else:
                desk.edit(pid, rng.choice(FIELDS), f"v{rng.randint(0, 999)}")
            produced += 1
    heal(desks)
    dumps = [canonical(d) for d in desks]
    counts = [d.event_count() for d in desks]
    ok = len(set(dumps)) == 1 and counts == [produced] * 3
    return Outcome(
        "partitions: 3 desks, 400 steps, skew, converge + none lost",
        ok,
        f"distinct dumps {len(set(dumps))}, events {counts} of {produced}",
    )


def scenario_field_merge(factory: Factory) -> Outcome:
    """One card edited at three cut-off desks: A sets phone, B sets address, C sets phone
    too. After healing: address from B, one phone everywhere, both phones in history."""
    clock = SimClock()
    desks = make_desks(factory, clock, skew=False)
    a, b, c = desks
    a.create("p1", {"name": "Test", "phone": "", "address": "", "needs": ""})
    heal(desks)
    clock.advance(1000)
    a.edit("p1", "phone", "090-1111")
    b.edit("p1", "address", "Gym hall")
    clock.advance(10)
    c.edit("p1", "phone", "090-3333")
    # heal in different orders at different desks
    sync_pair(c, b)
    sync_pair(a, b)
    sync_pair(c, a)
    heal(desks)
    dumps = {canonical(d) for d in desks}
    card = a.dump()["p1"]
    hist = sorted(a.history("p1", "phone"))
    ok = (
        len(dumps) == 1
        and card["address"] == "Gym hall"
        and card["phone"] in ("090-1111", "090-3333")
        and {"090-1111", "090-3333"} <= set(hist)
    )
    return Outcome(
        "field merge: phone@A, address@B, phone@C concurrently",
        ok,
        f"distinct dumps {len(dumps)}, phone={card['phone']}, address={card['address']!r}, "
        f"phone history={hist}",
    )


def scenario_double_scan(factory: Factory) -> Outcome:
    """The same person scanned at A and B at the same moment, cut off from each other."""
    clock = SimClock()
    desks = make_desks(factory, clock)
    a, b, _ = desks
    a.create("p1", {"name": "Test", "phone": "", "address": "", "needs": ""})
    heal(desks)
    clock.advance(1000)
    a.checkin("p1")
    b.checkin("p1")
    heal(desks)
    dumps = {canonical(d) for d in desks}
    card = a.dump()["p1"]
    ok = len(dumps) == 1 and card["state"] == "in" and card["visits"] == 1
    return Outcome(
        "double scan: same person checked in at A and B at once",
        ok,
        f"distinct dumps {len(dumps)}, state={card['state']}, visits={card['visits']}",
    )


def scenario_skew(factory: Factory) -> Outcome:
    """Check-in at A (clock 5 min fast), seen by B, check-out at B one minute later."""
    clock = SimClock()
    desks = make_desks(factory, clock)
    a, b, _ = desks
    a.create("p1", {"name": "Test", "phone": "", "address": "", "needs": ""})
    heal(desks)
    clock.advance(1000)
    a.checkin("p1")
    sync_pair(a, b)
    clock.advance(60_000)
    b.checkout("p1")
    heal(desks)
    dumps = {canonical(d) for d in desks}
    card = a.dump()["p1"]
    ok = len(dumps) == 1 and card["state"] == "out"
    return Outcome(
        "skew: check-in at A (+5 min), check-out at B 1 min later",
        ok,
        f"distinct dumps {len(dumps)}, state={card['state']}",
    )


def measure_cost(factory: Factory, n: int = 1000) -> dict[str, float]:
    """Produce ``n`` edits at one desk, export them, apply them at a fresh desk."""
    clock = SimClock()
    a = factory("A", clock.for_desk(0))
    b = factory("B", clock.for_desk(0))
    people = [f"p{i}" for i in range(50)]
    for pid in people:
        a.create(pid, {"name": f"Test {pid}", "phone": "", "address": "", "needs": ""})
    sync_pair(a, b)
    token = b.token()
    rng = random.Random(7)
    start = time.perf_counter()
    for i in range(n):
        clock.advance(5)
        pid = rng.choice(people)
        if i % 4 == 0:
            a.checkin(pid)
        else:
            a.edit(pid, rng.choice(FIELDS), f"value {i}")
    produce = time.perf_counter() - start
    start = time.perf_counter()
    data = a.export(token)
    export = time.perf_counter() - start
    start = time.perf_counter()
    b.import_(data)
    apply = time.perf_counter() - start
    same = canonical(a) == canonical(b)
    return {
        "produce_ms_per_1000": round(produce * 1000 * 1000 / n, 1),
        "export_ms_per_1000": round(export * 1000 * 1000 / n, 1),
        "apply_ms_per_1000": round(apply * 1000 * 1000 / n, 1),
        "bytes_per_change": round(len(data) / n, 1),
        "applied_equal": same,
    }


def run_all(label: str, factory: Factory, as_json: bool = False) -> dict[str, Any]:
    """Run every scenario and the cost measure; print a table (and JSON last with --json)."""
    outcomes = [
        scenario_partitions(factory),
        scenario_field_merge(factory),
        scenario_double_scan(factory),
        scenario_skew(factory),
    ]
    cost = measure_cost(factory)
    print(f"== {label}")
    for o in outcomes:
        print(f"  [{'PASS' if o.ok else 'FAIL'}] {o.name}: {o.detail}")
    for key, value in cost.items():
        print(f"  {key:>22}: {value}")
    result = {
        "mechanism": label,
        "scenarios": {o.name.split(":")[0]: o.ok for o in outcomes},
        **cost,
    }
    if as_json:
        print(json.dumps(result))
    return result
