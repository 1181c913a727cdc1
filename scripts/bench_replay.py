"""Benchmark replay: 10,000 queued changes to the local City OS test peer (behind the real
OpenID provider), batched vs one request per change, then count duplicates and losses.

The peer behaves like Orion / Orion-LD (no change-id dedup, 1 MiB body limit), so every batch
also costs the read of the stored change sequences. Prints a table; with --json, one JSON object
on the last line with batched_changes_per_s, single_changes_per_s, speedup, duplicates, lost,
requests (HTTP requests of the batched run, reads included) and max_request_bytes (the largest
body sent, which must stay ≤ 900,000).

example:
  .venv/bin/python scripts/bench_replay.py --changes 10000 --json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kiosk.city.outbox import entries  # noqa: E402
from kiosk.core import Kiosk  # noqa: E402
from kiosk.demos import residents  # noqa: E402
from kiosk.reception import checkin  # noqa: E402
from kiosk.store import KdfParams  # noqa: E402
from sync.adapters import make_adapter  # noqa: E402
from sync.auth import ClientCredentials  # noqa: E402
from sync.replay import Replayer  # noqa: E402
from tests.peers.cityos_peer import CityOsPeer  # noqa: E402
from tests.peers.fixtures import start_provider  # noqa: E402


def queue(home: Path, changes: int) -> Kiosk:
    """A store whose outbox holds about ``changes`` entries: people, then their check-ins."""
    kiosk = Kiosk.create(home, "bench", residents.DEMO_SHELTER, kdf=KdfParams(1024, 1, 1))
    people_count = changes // 2  # with their households, a little over half the changes
    residents.seed(kiosk.ctx, people_count)
    queued = kiosk.store.query_one("SELECT count(*) AS n FROM outbox")["n"]
    ids = [r["id"] for r in kiosk.store.query("SELECT id FROM person LIMIT ?", (changes - queued,))]
    with kiosk.store.atomic():
        for person_id in ids:  # one check-in, one more change
            checkin.check_in(kiosk.ctx, [person_id])
    return kiosk


def replay(
    kiosk: Kiosk, peer: CityOsPeer, issuer: str, secret: str, platform: str, batch: int, limit: int
) -> tuple[float, int, int]:
    """Seconds, HTTP requests made and the largest request body sent."""
    auth = ClientCredentials(issuer, "kiosk-test", secret)
    adapter = make_adapter(platform, peer.url, auth)
    run = Replayer(kiosk.ctx, adapter, batch)
    start = time.perf_counter()
    run.run(max_rounds=limit)
    seconds = time.perf_counter() - start
    adapter.close()
    return seconds, adapter.requests_sent, adapter.max_body_sent


def measure(home: Path, mode: str, provider: Any, args: argparse.Namespace) -> tuple[float, dict]:
    """One timed replay on a fresh store and peer: changes per second, and for the batched
    mode the exactly-once checks (duplicates, lost) against the whole outbox."""
    peer = CityOsPeer(provider.issuer).start()
    kiosk = queue(home, args.changes)
    try:
        total = len(entries(kiosk.store))
        if mode == "single":
            n = min(args.single_sample, total)
            seconds, _, _ = replay(
                kiosk, peer, provider.issuer, provider.client_secret, args.platform, 1, n
            )
            return n / seconds, {}
        seconds, requests, biggest = replay(
            kiosk, peer, provider.issuer, provider.client_secret, args.platform, args.batch, 10**9
        )
        sent = set(peer.change_ids())
        expected = {e.change_id for e in entries(kiosk.store)}
        # A change id written more than once (the peer, like a real broker, would apply it
        # again), or never written at all.
        checks = {
            "duplicates": peer.duplicates(),
            "lost": len(expected - sent),
            "total": total,
            "requests": requests,
            "max_request_bytes": biggest,
            "refused_413": sum(1 for r in peer.requests_seen if r.status == 413),
        }
        return total / seconds, checks
    finally:
        kiosk.close()
        peer.stop()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="example:\n  .venv/bin/python scripts/bench_replay.py --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument(
        "--single-sample",
        type=int,
        default=1000,
        help="changes sent one per request (the rate is the same for all)",
    )
    parser.add_argument("--platform", choices=("ngsi-v2", "ngsi-ld"), default="ngsi-ld")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each mode; the medians are reported"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    provider_process, provider = start_provider(ttl=3600)
    rates: dict[str, list[float]] = {"single": [], "batched": []}
    totals = {"duplicates": 0, "lost": 0, "total": 0, "requests": 0, "max_request_bytes": 0}
    totals["refused_413"] = 0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for run in range(args.repeat):
                for mode in ("single", "batched"):
                    rate, checks = measure(Path(tmp) / f"{mode}-{run}", mode, provider, args)
                    rates[mode].append(rate)
                    if checks:
                        totals["duplicates"] += checks["duplicates"]
                        totals["lost"] += checks["lost"]
                        totals["total"] = checks["total"]
                        totals["requests"] = checks["requests"]
                        totals["refused_413"] += checks["refused_413"]
                        totals["max_request_bytes"] = max(
                            totals["max_request_bytes"], checks["max_request_bytes"]
                        )
    finally:
        provider_process.terminate()
        provider_process.wait(timeout=10)
    results = {mode: statistics.median(values) for mode, values in rates.items()}
    results.update(totals)
    out = {
        "changes": results["total"],
        "repeat": args.repeat,
        "platform": args.platform,
        "batch": args.batch,
        "batched_changes_per_s": round(results["batched"], 1),
        "single_changes_per_s": round(results["single"], 1),
        "speedup": round(results["batched"] / results["single"], 1),
        "duplicates": results["duplicates"],
        "lost": results["lost"],
        "requests": results["requests"],
        "max_request_bytes": results["max_request_bytes"],
        "refused_413": results["refused_413"],
    }
    print(f"{'mode':<28} {'changes/s':>12}")
    print(f"{'one request per change':<28} {out['single_changes_per_s']:>12}")
    print(f"{f'batches of {args.batch}':<28} {out['batched_changes_per_s']:>12}")
    print(
        f"speedup {out['speedup']}× (target ≥ 20); {out['changes']} changes; "
        f"duplicates {out['duplicates']}, lost {out['lost']}; {out['requests']} requests, "
        f"largest body {out['max_request_bytes']} bytes (≤ 900,000), "
        f"{out['refused_413']} refused 413"
    )
    if args.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
