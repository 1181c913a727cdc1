"""Desks exchanging over pinned mutual TLS (issue #16): three kiosk homes, each served by its
own `kiosk desk serve` process on 127.0.0.1, random partitions, a serve process SIGKILLed in
the middle of an exchange, clocks minutes apart; after healing every store holds the same
shelter, nothing lost, no double check-in, and a City OS push gives each change once."""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.basics.context import utc_now
from kiosk.city.outbox import pending_count
from kiosk.core import Kiosk
from kiosk.desks import unpair
from kiosk.desks.apply import fold_stays, stay_events
from kiosk.desks.errors import DeskNotPaired, DeskRevoked
from kiosk.desks.transport import DeskServer, ExchangeFailed, sync_with
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.replay import Replayer
from tests.conftest import FAST_KDF, PASSPHRASE, REPO, SHELTER
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from tests.test_desks_apply import dump, pair

#: Clock offsets of the three desks in seconds: A five minutes fast, C three minutes slow.
OFFSETS = {"a": 300.0, "b": 0.0, "c": -180.0}
READY = 30.0


def skewed(seconds: float) -> Callable[[], datetime]:
    return lambda: utc_now() + timedelta(seconds=seconds)


class Served:
    """A `kiosk desk serve` child process for one home."""

    def __init__(self, home: Path, offset: float) -> None:
        self.home, self.offset = home, offset
        self.proc: subprocess.Popen[str] | None = None
        self.address = ("127.0.0.1", 0)

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.update(KIOSK_HOME=str(self.home), KIOSK_PASSPHRASE=PASSPHRASE)
        command = [sys.executable, "-m", "kiosk", "desk", "serve", "--listen", "127.0.0.1:0"]
        command += ["--clock-offset", str(self.offset)]
        self.proc = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            assert sel.select(READY), "serve did not start in time"
        line = self.proc.stdout.readline().strip()
        assert line.startswith("listening on "), line
        host, port = line.removeprefix("listening on ").rsplit(":", 1)
        self.address = (host, int(port))

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


@pytest.fixture
def shelter(tmp_path: Path) -> Iterator[tuple[dict[str, Kiosk], dict[str, Served]]]:
    desks = {
        name: Kiosk.create(tmp_path / name, PASSPHRASE, SHELTER, kdf=FAST_KDF, clock=skewed(offset))
        for name, offset in OFFSETS.items()
    }
    pair(desks["a"], desks["b"])
    pair(desks["a"], desks["c"])
    pair(desks["b"], desks["c"])
    served = {name: Served(tmp_path / name, OFFSETS[name]) for name in desks}
    try:
        for s in served.values():
            s.start()
        yield desks, served
    finally:
        for s in served.values():
            s.stop()
        for kiosk in desks.values():
            kiosk.close()


def exchange(desks: dict[str, Kiosk], served: dict[str, Served], x: str, y: str) -> None:
    sync_with(desks[x].ctx, served[y].address, timeout=10)


def heal(desks: dict[str, Kiosk], served: dict[str, Served]) -> None:
    for _ in range(2):
        for x, y in (("a", "b"), ("b", "c"), ("c", "a")):
            exchange(desks, served, x, y)


def test_three_desk_processes_converge_after_partitions_kills_and_skew(
    shelter: tuple[dict[str, Kiosk], dict[str, Served]],
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
) -> None:
    desks, served = shelter
    rng = random.Random(1616)
    names = list(desks)
    pids = [
        people.add_person(
            desks[n].ctx, PersonDraft(name=f"避難者 {n}{i}", birth=date(1960, 1, 1 + i))
        ).id
        for n in names
        for i in range(2)
    ]
    heal(desks, served)
    links = {("a", "b"), ("b", "c"), ("a", "c")}
    checkins: set[str] = set()
    double_scans: list[str] = []
    killed = 0
    for step in range(60):
        if step % 12 == 0:  # a new partition: which pairs can reach each other
            links = {p for p in (("a", "b"), ("b", "c"), ("a", "c")) if rng.random() < 0.5}
        roll = rng.random()
        name = rng.choice(names)
        kiosk, pid = desks[name], rng.choice(pids)
        state = people.get_person(kiosk.store, pid).state
        if step in (20, 41):  # the same person scanned at two cut-off desks at once
            x, y = rng.sample(names, 2)
            links -= {(x, y), (y, x)}
            both = [
                p
                for p in pids
                if all(people.get_person(desks[d].store, p).state != "in" for d in (x, y))
            ]
            if both:
                for d in (x, y):
                    result = checkin.check_in(desks[d].ctx, [both[0]])
                    checkins.update(e for e in result.changes.events)
                double_scans.append(both[0])
                # then those two desks meet again, so later events there follow both scans
                # (events concurrent with a scan are ordered by the skewed clocks alone)
                exchange(desks, served, x, y)
        elif roll < 0.3 and state != "in":
            checkins.update(checkin.check_in(kiosk.ctx, [pid]).changes.events)
        elif roll < 0.45 and state == "in":
            checkin.check_out(kiosk.ctx, [pid], destination="home")
        elif roll < 0.7:
            person = people.get_person(kiosk.store, pid)
            people.update_person(kiosk.ctx, replace(person, phone=f"090-{step:04d}-0000"))
        else:
            x, y = sorted(rng.sample(names, 2))
            if (x, y) in links:
                exchange(desks, served, x, y)
        if step in (15, 45):  # SIGKILL a serve process in the middle of an exchange
            x, y = rng.sample(names, 2)
            with pytest.raises(ExchangeFailed):
                sync_with(desks[x].ctx, served[y].address, timeout=10, after_send=served[y].kill)
            served[y].start()
            killed += 1
    held = {
        r["change_id"]
        for kiosk in desks.values()
        for r in kiosk.store.query("SELECT change_id FROM outbox")
    }
    heal(desks, served)
    dumps = {name: dump(kiosk) for name, kiosk in desks.items()}
    assert len(set(dumps.values())) == 1, "stores differ after healing"
    for kiosk in desks.values():
        ids = {r["change_id"] for r in kiosk.store.query("SELECT change_id FROM outbox")}
        events = {r["id"] for r in kiosk.store.query("SELECT id FROM stay_event")}
        assert held <= ids and checkins <= events  # 0 lost
        for pid in double_scans:
            assert fold_stays(stay_events(kiosk.store, pid))[1] >= 1
        states = [people.get_person(kiosk.store, p).state for p in pids]
        folded = [fold_stays(stay_events(kiosk.store, p))[0] for p in pids]
        assert states == folded
    assert killed == 2 and len(double_scans) == 2
    # each double scan is one stay on every desk: the two check-ins fold into one
    for pid in double_scans:
        visits = {fold_stays(stay_events(k.store, pid))[1] for k in desks.values()}
        assert len(visits) == 1
        kinds = [kind for kind, _ in stay_events(desks["a"].store, pid)]
        state, count, dups, _ = fold_stays(stay_events(desks["a"].store, pid))
        assert dups >= 1 and count == _stays(kinds)

    # the City OS: desk B reaches the network and sends every desk's changes, once
    auth = ClientCredentials(
        oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
    )
    adapter = make_adapter("ngsi-v2", cityos_peer.url, auth, timeout=2.0)
    report = Replayer(desks["b"].ctx, adapter, 50, sleep=lambda s: None).run()
    assert report.finished and cityos_peer.duplicates() == 0
    sent_once = len(cityos_peer.change_ids())
    heal(desks, served)  # the delivery marks travel: A and C learn what B delivered
    assert [pending_count(k.store) for k in desks.values()] == [0, 0, 0]
    again = Replayer(desks["a"].ctx, adapter, 50, sleep=lambda s: None).run()
    assert again.finished and again.sent == 0
    assert (len(cityos_peer.change_ids()), cityos_peer.duplicates()) == (sent_once, 0)


def _stays(kinds: list[str]) -> int:
    """Stays a person had: check-ins that did not find them in (a second scan is not one)."""
    inside, stays = False, 0
    for kind in kinds:
        if kind == "checkin" and not inside:
            inside, stays = True, stays + 1
        elif kind in ("checkout", "move"):
            inside = False
    return stays


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Kiosk, Kiosk]]:
    a = Kiosk.create(tmp_path / "a", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    b = Kiosk.create(tmp_path / "b", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    yield a, b
    a.close()
    b.close()


def serving(kiosk: Kiosk) -> tuple[DeskServer, threading.Thread]:
    server = DeskServer(kiosk.ctx)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def test_an_unpaired_kiosk_cannot_exchange(two: tuple[Kiosk, Kiosk]) -> None:
    a, b = two  # never paired
    people.add_person(a.ctx, PersonDraft(name="秘密 花子"))
    server, thread = serving(a)
    try:
        with pytest.raises((ExchangeFailed, DeskNotPaired)):
            sync_with(b.ctx, server.address, timeout=5)
    finally:
        server.stop()
        thread.join(timeout=5)
    assert b.store.query_one("SELECT count(*) AS n FROM person")["n"] == 0
    assert server.exchanges == 0


def test_a_revoked_desk_is_refused_by_the_transport(two: tuple[Kiosk, Kiosk]) -> None:
    a, b = two
    pair(a, b)
    server, thread = serving(a)
    try:
        done = sync_with(b.ctx, server.address, timeout=5)
        assert done.peer == a.ctx.kiosk_id
        unpair(a.ctx, b.ctx.kiosk_id)
        people.add_person(b.ctx, PersonDraft(name="後から 来た"))
        with pytest.raises((ExchangeFailed, DeskRevoked)):
            sync_with(b.ctx, server.address, timeout=5)
    finally:
        server.stop()
        thread.join(timeout=5)
    assert a.store.query_one("SELECT count(*) AS n FROM person")["n"] == 0


def test_kiosk_desk_sync_command_exchanges_once(two: tuple[Kiosk, Kiosk]) -> None:
    import json

    from tests.conftest import run_cli

    a, b = two
    pair(a, b)
    people.add_person(b.ctx, PersonDraft(name="コマンド 太郎"))
    server, thread = serving(a)
    try:
        out = run_cli("desk", "sync", f"127.0.0.1:{server.address[1]}", "--json", home=b.home)
    finally:
        server.stop()
        thread.join(timeout=5)
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["peer"] == a.ctx.kiosk_id and summary["sent"] > 0
    assert a.store.query_one("SELECT count(*) AS n FROM person")["n"] == 1
    listed = json.loads(run_cli("desk", "list", "--json", home=b.home).stdout)
    assert [(d["kiosk_id"], d["changes_sent"] == summary["sent"]) for d in listed] == [
        (a.ctx.kiosk_id, True)
    ]
    assert listed[0]["last_contact"] is not None
