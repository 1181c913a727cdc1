"""Benchmark three reception desks agreeing over the loopback network (issue #16).

Three kiosk homes, paired, each served by its own `kiosk desk serve` process that also syncs
with the other two every ``--every`` seconds (pinned mutual TLS on 127.0.0.1). The benchmark
process makes ``--changes`` changes at each desk (walk-ins, check-ins and check-outs, card
edits), at ``--rate`` changes a second per desk, and watches every store (a poll every 50 ms)
to see when each change arrives at the other two desks.

Then a partition: the serve processes are stopped, each desk makes more changes and the same
ten people are checked in at all three desks at once; the serve processes start again
("heal") and the time until all three stores hold the same changes is measured from the
moment all three listen again. Last, the City OS: desk A pushes to the local City OS test peer
(behind the real OpenID provider); once the delivery marks reach desk B, B pushes too and must
send nothing.

Figures: ``propagation_ms_p95`` (made at one desk → held at both others; includes up to one
sync period and the 50 ms poll), ``converge_s_after_heal``, ``lost`` (changes made but missing
at some desk after healing), ``duplicate_checkins`` (stays beyond one for a person scanned at
several cut-off desks at once), ``cityos_duplicates`` (change ids the peer wrote twice).
Prints a table; with --json, one JSON object on the last line.

example:
  .venv/bin/python scripts/bench_multidesk.py --changes 1000 --json
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kiosk.city.outbox import pending_count  # noqa: E402
from kiosk.core import Kiosk  # noqa: E402
from kiosk.desks import accept_pairing_code, accept_pairing_reply, make_pairing_code  # noqa: E402
from kiosk.desks.apply import fold_stays, stay_events  # noqa: E402
from kiosk.reception import checkin  # noqa: E402
from kiosk.registry import people  # noqa: E402
from kiosk.registry.records import PersonDraft, Shelter  # noqa: E402
from kiosk.store import KdfParams  # noqa: E402
from sync.adapters import make_adapter  # noqa: E402
from sync.auth import ClientCredentials  # noqa: E402
from sync.replay import Replayer  # noqa: E402
from tests.peers.cityos_peer import CityOsPeer  # noqa: E402
from tests.peers.fixtures import start_provider, stop_provider  # noqa: E402

PASSPHRASE = "bench"
KDF = KdfParams(1024, 1, 1)
SHELTER = Shelter(id="bench-shelter", name="ベンチ避難所", capacity=5000)
NAMES = ("a", "b", "c")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pair(x: Kiosk, y: Kiosk) -> None:
    accepted = accept_pairing_code(y.ctx, make_pairing_code(x.ctx).text)
    accept_pairing_reply(x.ctx, accepted.reply)


class Desks:
    """The three serve processes."""

    def __init__(self, homes: dict[str, Path], every: float) -> None:
        self.homes, self.every = homes, every
        self.ports = {n: free_port() for n in homes}
        self.procs: dict[str, subprocess.Popen[str]] = {}

    def start(self) -> None:
        for name, home in self.homes.items():
            env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
            env["KIOSK_DEBUG"] = os.environ.get("KIOSK_DEBUG", "")
            env.update(KIOSK_HOME=str(home), KIOSK_PASSPHRASE=PASSPHRASE)
            cmd = [sys.executable, "-m", "kiosk", "desk", "serve"]
            cmd += ["--listen", f"127.0.0.1:{self.ports[name]}", "--every", str(self.every)]
            for other, port in self.ports.items():
                if other != name:
                    cmd += ["--peer", f"127.0.0.1:{port}"]
            self.procs[name] = subprocess.Popen(
                cmd,
                cwd=REPO,
                env=env,
                stdout=subprocess.PIPE,
                stderr=None,
                text=True,
            )
        for proc in self.procs.values():
            assert proc.stdout is not None
            line = proc.stdout.readline()
            if not line.startswith("listening on "):
                raise SystemExit(f"serve did not start: {line!r}")

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


class Watcher(threading.Thread):
    """Polls every store for new outbox rows and notes when each change was first seen."""

    def __init__(self, homes: dict[str, Path]) -> None:
        super().__init__(daemon=True)
        self.kiosks = {n: Kiosk.open(h, PASSPHRASE) for n, h in homes.items()}
        self.seen: dict[str, dict[str, float]] = {n: {} for n in homes}
        self.last = dict.fromkeys(homes, 0)
        self.halt = threading.Event()
        self.lock = threading.Lock()

    def poll(self) -> None:
        now = time.monotonic()
        for name, kiosk in self.kiosks.items():
            rows = kiosk.store.query(
                "SELECT seq, change_id FROM outbox WHERE seq > ? ORDER BY seq", (self.last[name],)
            )
            with self.lock:
                for r in rows:
                    self.seen[name].setdefault(r["change_id"], now)
                if rows:
                    self.last[name] = rows[-1]["seq"]

    def run(self) -> None:
        while not self.halt.wait(0.05):
            self.poll()

    def held(self, name: str) -> set[str]:
        with self.lock:
            return set(self.seen[name])

    def close(self) -> None:
        self.halt.set()
        self.join(timeout=5)
        for kiosk in self.kiosks.values():
            kiosk.close()


def produce(kiosk: Kiosk, count: int, rate: float, made: dict[str, float], tag: str) -> None:
    """Make about ``count`` changes at one desk: walk-ins, stays and card edits."""
    origin = kiosk.ctx.kiosk_id
    last = kiosk.store.query_one("SELECT coalesce(max(seq), 0) AS n FROM outbox")["n"]
    pids: list[str] = []
    done, step, start = 0, 0, time.monotonic()
    while done < count:
        step += 1
        if len(pids) < 20 or step % 5 == 0:
            draft = PersonDraft(name=f"{tag} {step}", birth=date(1950, 1, 1 + step % 28))
            pids.append(people.add_person(kiosk.ctx, draft).id)
        else:
            pid = pids[step % len(pids)]
            person = people.get_person(kiosk.store, pid)
            if step % 3 == 0:
                people.update_person(kiosk.ctx, replace(person, phone=f"090-{step:04d}-0000"))
            elif person.state == "in":
                checkin.check_out(kiosk.ctx, [pid], destination="home")
            else:
                checkin.check_in(kiosk.ctx, [pid])
        now = time.monotonic()
        rows = kiosk.store.query(
            "SELECT seq, change_id FROM outbox WHERE seq > ? AND origin = ?", (last, origin)
        )
        for r in rows:
            made[r["change_id"]] = now
            last = max(last, r["seq"])
        done += len(rows)
        delay = start + done / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)


def wait_until(check: Any, timeout: float, every: float = 0.05) -> float | None:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if check():
            return time.monotonic() - start
        time.sleep(every)
    return None


def run(args: argparse.Namespace) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="bench-multidesk-"))
    homes = {n: tmp / n for n in NAMES}
    kiosks = {n: Kiosk.create(h, PASSPHRASE, SHELTER, kdf=KDF) for n, h in homes.items()}
    pair(kiosks["a"], kiosks["b"])
    pair(kiosks["a"], kiosks["c"])
    pair(kiosks["b"], kiosks["c"])
    desks = Desks(homes, args.every)
    desks.start()
    watcher = Watcher(homes)
    watcher.start()
    try:
        return measure(args, kiosks, desks, watcher)
    finally:
        desks.stop()
        watcher.close()
        for kiosk in kiosks.values():
            kiosk.close()


def measure(
    args: argparse.Namespace, kiosks: dict[str, Kiosk], desks: Desks, watcher: Watcher
) -> dict[str, Any]:
    made: dict[str, dict[str, float]] = {n: {} for n in NAMES}
    threads = [
        threading.Thread(target=produce, args=(kiosks[n], args.changes, args.rate, made[n], n))
        for n in NAMES
    ]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    produced_s = time.monotonic() - t0
    everything = {c for n in NAMES for c in made[n]}
    settled = wait_until(lambda: all(everything <= watcher.held(n) for n in NAMES), 120)
    if settled is None:
        raise SystemExit(
            "desks did not agree within 120 s while connected: "
            + ", ".join(f"{n} lacks {len(everything - watcher.held(n))}" for n in NAMES)
        )
    delays = []
    for origin in NAMES:
        for change, at in made[origin].items():
            arrivals = [watcher.seen[d].get(change) for d in NAMES if d != origin]
            if all(a is not None for a in arrivals):
                delays.append((max(a for a in arrivals if a is not None) - at) * 1000)
    missing_connected = len(everything) * 2 - len(delays) * 2

    # partition: serve processes stopped; every desk goes on; ten people scanned at all three
    desks.stop()
    absent = [
        r["id"]
        for r in kiosks["a"].store.query(
            "SELECT id FROM person WHERE state != 'in' ORDER BY id LIMIT 10"
        )
    ]
    before = {p: fold_stays(stay_events(kiosks["a"].store, p))[1] for p in absent}
    for name in NAMES:
        checkin.check_in(kiosks[name].ctx, absent)
        produce(kiosks[name], args.partition_changes, 1000.0, made[name], f"{name}-cut")
    everything = {c for n in NAMES for c in made[n]}
    desks.start()  # heal
    converge = wait_until(
        lambda: (
            all(watcher.held(n) == watcher.held("a") for n in NAMES)
            and everything <= watcher.held("a")
        ),
        120,
    )
    lost = max(len(everything - watcher.held(n)) for n in NAMES)
    duplicate_checkins = 0
    for name in NAMES:
        for pid in absent:
            added = fold_stays(stay_events(kiosks[name].store, pid))[1] - before[pid]
            duplicate_checkins += max(0, added - 1)

    # the City OS: A pushes everything; B learns it through the marks and sends nothing
    process, provider = start_provider()
    peer = CityOsPeer(provider.issuer).start()
    try:
        auth = ClientCredentials(provider.issuer, provider.client_id, provider.client_secret)
        adapter = make_adapter("ngsi-v2", peer.url, auth)
        first = Replayer(kiosks["a"].ctx, adapter, 100).run()
        marks_s = wait_until(lambda: pending_count(kiosks["b"].store) == 0, 60, 0.2)
        second = Replayer(kiosks["b"].ctx, adapter, 100).run()
        cityos = {
            "a_sent": first.sent,
            "b_sent_after_marks": second.sent,
            "marks_reached_b_s": round(marks_s, 2) if marks_s is not None else None,
            "changes_at_peer": len(set(peer.change_ids())),
            "duplicates": peer.duplicates(),
        }
    finally:
        peer.stop()
        stop_provider(process)
    delays.sort()
    return {
        "desks": len(NAMES),
        "changes": args.changes,
        "changes_total": len(everything),
        "produce_s": round(produced_s, 2),
        "sync_every_s": args.every,
        "propagation_ms_p50": round(statistics.median(delays), 1) if delays else None,
        "propagation_ms_p95": round(delays[int(len(delays) * 0.95) - 1], 1) if delays else None,
        "propagation_ms_max": round(delays[-1], 1) if delays else None,
        "missing_while_connected": missing_connected,
        "converge_s_after_heal": round(converge, 2) if converge is not None else None,
        "lost": lost,
        "duplicate_checkins": duplicate_checkins,
        "cityos_duplicates": cityos["duplicates"],
        "cityos": cityos,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--changes", type=int, default=1000, help="changes per desk (1000)")
    parser.add_argument("--rate", type=float, default=50.0, help="changes a second per desk")
    parser.add_argument("--every", type=float, default=0.5, help="sync period of each desk (s)")
    parser.add_argument("--partition-changes", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    out = run(args)
    for key, value in out.items():
        print(f"{key:<28} {value}")
    if args.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
