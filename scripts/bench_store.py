"""Benchmark the encrypted store: name search over 20,000 people, the durable check-in commit,
the cost of SQLCipher against plain SQLite on the same check-in workload, and the My Number
token (one Argon2id per scan, docs/mynumber-tokens.md).

Prints a table; with --json, one JSON object on the last line of stdout with the keys
search_p95_ms, checkin_commit_p95_ms, encrypted_vs_plain_ratio, token_ms_p95 and
bruteforce_core_years (and a few more).

The token figures time ``read_mynumber`` as a scan calls it, one token at a time on one core,
for different valid numbers: ``token_ms_*`` in wall time (what a scan waits for), and
``token_cpu_ms_*`` in the CPU time of the thread (what one core spends; on a machine shared
with other work the wall time is longer, the CPU time is not). ``bruteforce_core_years`` is
what trying every number costs an attacker who has the store, its passphrase and so the
secret: 10^11 candidates (11 digits; the 12th is the check digit) × the mean CPU seconds of one
token, in years of one core; ``bruteforce_core_years_fastest`` uses the fastest token instead.
``roster_100k_core_hours`` is the City OS's cost to pre-compute 100,000 residents' tokens.

example:
  .venv/bin/python scripts/bench_store.py --people 20000 --json
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import jaconv  # noqa: E402
import sqlcipher3  # noqa: E402
from stdnum.jp import in_ as stdnum_in  # noqa: E402

from kiosk.basics.context import Context  # noqa: E402
from kiosk.core import Kiosk  # noqa: E402
from kiosk.demos import residents  # noqa: E402
from kiosk.identity import read_mynumber  # noqa: E402
from kiosk.identity.mynumber import TOKEN_PARAMS  # noqa: E402
from kiosk.operations import shelter  # noqa: E402
from kiosk.reception import checkin  # noqa: E402
from kiosk.registry.search import search  # noqa: E402
from kiosk.store import KdfParams, Store, StorePaths  # noqa: E402
from kiosk.store.database import _configure  # noqa: E402
from kiosk.store.schema import apply_migrations  # noqa: E402

BENCH_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # opening cost is not measured
#: Every My Number: 11 free digits, the 12th a check digit.
CANDIDATES = 10**11
YEAR_S = 365.25 * 86400


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def queries(kiosk: Kiosk, n: int) -> list[str]:
    """Realistic desk queries: family names in kanji, readings in hiragana or half-width
    katakana, full names with a space, and phone fragments."""
    rows = kiosk.store.query(
        "SELECT name, kana, phone FROM person ORDER BY id LIMIT ?", (n,)
    )  # ids are random UUIDs: a reproducible random sample
    out = []
    for i, row in enumerate(rows):
        family, given = (row["name"].split("\u3000") + [""])[:2]
        kana_family = row["kana"].split("\u3000")[0]
        choice = i % 5
        if choice == 0:
            out.append(family)
        elif choice == 1:
            out.append(jaconv.kata2hira(kana_family))
        elif choice == 2:
            out.append(jaconv.z2h(row["kana"].replace("\u3000", ""), kana=True))
        elif choice == 3:
            out.append(f"{family} {given}")
        else:
            out.append(row["phone"][-9:] if row["phone"] else family)
    return out


def bench_search(kiosk: Kiosk, n: int) -> tuple[list[float], int]:
    qs = queries(kiosk, n)
    for q in qs[:20]:
        search(kiosk.store, q)  # warm the page cache as a running kiosk would have it
    samples = [timed(lambda q=q: search(kiosk.store, q)) for q in qs]
    return samples, len(qs)


def checkin_workload(ctx: Context, person_ids: list[str]) -> list[float]:
    return [timed(lambda pid=pid: checkin.check_in(ctx, [pid])) for pid in person_ids]


def _registered(store: Store, n: int) -> list[str]:
    rows = store.query("SELECT id FROM person WHERE state = 'registered' LIMIT ?", (n,))
    return [r["id"] for r in rows]


class PlainStore(Store):
    """Plain SQLite has no key file: the deployment secrets a store keeps there stay in memory
    here (only the check-in workload of this store is measured)."""

    def keyfile_secret(self, name: str) -> bytes | None:
        return self._keyfile_secrets.get(name)

    def set_keyfile_secret(self, name: str, value: bytes) -> None:
        self._keyfile_secrets[name] = value


def plain_store(home: Path) -> Store:
    """The same schema on an unkeyed connection of the same SQLCipher build: plain SQLite."""
    home.mkdir(parents=True)
    conn = sqlcipher3.connect(str(home / "plain.db"), check_same_thread=False)
    _configure(conn)
    apply_migrations(conn)
    return PlainStore(StorePaths(home), conn)


def valid_numbers(n: int, seed: int = 13) -> list[str]:
    """``n`` different valid My Numbers (random, reproducible)."""
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        body = f"{rng.randrange(10**11):011d}"
        out.add(body + stdnum_in.calc_check_digit(body))
    return sorted(out)


def bench_tokens(kiosk: Kiosk, n: int) -> tuple[list[float], list[float]]:
    """Milliseconds of one token each, as a scan makes it (the kiosk's own secret): wall time
    (what the scan waits) and this thread's CPU time (what one core spends, whatever else
    runs on the machine)."""
    secret = shelter.mynumber_key(kiosk.store)
    numbers = valid_numbers(n + 2)
    for number in numbers[:2]:
        read_mynumber(number, secret)  # warm: the first Argon2id maps its memory
    wall, cpu = [], []
    for number in numbers[2:]:
        start, start_cpu = time.perf_counter(), time.thread_time()
        read_mynumber(number, secret)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return wall, cpu


def compare(workdir: Path, people: int, n: int, synchronous: str) -> tuple[float, float]:
    """Median ms of a durable check-in, encrypted vs plain, on identical data."""
    encrypted = Kiosk.create(
        workdir / f"enc-{synchronous}", "bench", residents.DEMO_SHELTER, kdf=BENCH_KDF
    )
    plain = plain_store(workdir / f"plain-{synchronous}")
    plain_ctx = shelter.initialise(plain, residents.DEMO_SHELTER)
    results = []
    for ctx in (encrypted.ctx, plain_ctx):
        ctx.store.conn.execute(f"PRAGMA synchronous = {synchronous}")
        residents.seed(ctx, people)
        samples = checkin_workload(ctx, _registered(ctx.store, n))
        results.append(statistics.median(samples))
    encrypted.close()
    plain.close()
    return results[0], results[1]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="example:\n  .venv/bin/python scripts/bench_store.py --people 20000 --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--checkins", type=int, default=300)
    parser.add_argument("--tokens", type=int, default=50, help="My Number tokens to time")
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        kiosk = Kiosk.create(work / "big", "bench", residents.DEMO_SHELTER, kdf=BENCH_KDF)
        seed_s = timed(lambda: residents.seed(kiosk.ctx, args.people)) / 1000
        search_ms, nq = bench_search(kiosk, args.queries)
        commit_ms = checkin_workload(kiosk.ctx, _registered(kiosk.store, args.checkins))
        token_ms, token_cpu_ms = bench_tokens(kiosk, args.tokens)
        kiosk.close()
        enc_full, plain_full = compare(work, 2000, args.checkins, "FULL")
        enc_off, plain_off = compare(work, 2000, args.checkins, "OFF")

    result = {
        "people": args.people,
        "seed_s": round(seed_s, 2),
        "search_queries": nq,
        "search_median_ms": round(statistics.median(search_ms), 2),
        "search_p95_ms": round(percentile(search_ms, 0.95), 2),
        "checkin_commit_median_ms": round(statistics.median(commit_ms), 2),
        "checkin_commit_p95_ms": round(percentile(commit_ms, 0.95), 2),
        "encrypted_checkin_median_ms": round(enc_full, 3),
        "plain_checkin_median_ms": round(plain_full, 3),
        "encrypted_vs_plain_ratio": round(enc_full / plain_full, 3),
        "encrypted_vs_plain_cpu_ratio": round(enc_off / plain_off, 3),
        "tokens": len(token_ms),
        "token_params": (
            f"argon2id m={TOKEN_PARAMS.memory_kib}KiB t={TOKEN_PARAMS.iterations} "
            f"p={TOKEN_PARAMS.lanes}"
        ),
        "token_ms_median": round(statistics.median(token_ms), 1),
        "token_ms_mean": round(statistics.fmean(token_ms), 1),
        "token_ms_min": round(min(token_ms), 1),
        "token_ms_p95": round(percentile(token_ms, 0.95), 1),
        "token_cpu_ms_mean": round(statistics.fmean(token_cpu_ms), 1),
        "token_cpu_ms_min": round(min(token_cpu_ms), 1),
        "bruteforce_core_years": round(
            CANDIDATES * statistics.fmean(token_cpu_ms) / 1000 / YEAR_S, 1
        ),
        "bruteforce_core_years_fastest": round(CANDIDATES * min(token_cpu_ms) / 1000 / YEAR_S, 1),
        "roster_100k_core_hours": round(100_000 * statistics.fmean(token_cpu_ms) / 1000 / 3600, 2),
    }
    rows = [
        ("people in the store", f"{args.people}", "", ""),
        (
            "name/phone search",
            f"{result['search_median_ms']} ms",
            f"{result['search_p95_ms']} ms",
            "p95 ≤ 30",
        ),
        (
            "durable check-in commit",
            f"{result['checkin_commit_median_ms']} ms",
            f"{result['checkin_commit_p95_ms']} ms",
            "",
        ),
        (
            "encrypted / plain (synchronous=FULL)",
            f"{result['encrypted_vs_plain_ratio']}×",
            "",
            "≤ 2.0",
        ),
        (
            "encrypted / plain (no fsync, CPU only)",
            f"{result['encrypted_vs_plain_cpu_ratio']}×",
            "",
            "",
        ),
        (
            f"My Number token ({result['tokens']}, one core)",
            f"{result['token_ms_median']} ms",
            f"{result['token_ms_p95']} ms",
            "≥ 50 per guess",
        ),
        (
            "  the same, CPU time of one core (mean; fastest)",
            f"{result['token_cpu_ms_mean']} ms",
            f"{result['token_cpu_ms_min']} ms",
            "",
        ),
        (
            "every number, one core (mean; fastest)",
            f"{result['bruteforce_core_years']} y",
            f"{result['bruteforce_core_years_fastest']} y",
            "≥ 100 years",
        ),
        (
            "roster of 100,000 residents, one core",
            f"{result['roster_100k_core_hours']} h",
            "",
            "",
        ),
    ]
    print(f"{'measure':<40} {'median':>12} {'p95':>12}  target")
    for name, median, p95, target in rows:
        print(f"{name:<40} {median:>12} {p95:>12}  {target}")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
