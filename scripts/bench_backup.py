"""Benchmark the automatic backup: how long a backup of a shelter's store takes, and whether
check-ins stall while it runs.

The window's arrangement is reproduced with real threads: this thread is the DB worker,
checking people in one at a time on the store's connection (each a durable commit); a second
thread is the backup worker, running :class:`kiosk.safety.auto_backup.AutoBackup` (its own read-only
connection, the copy, the integrity check of the copy) back to back. Check-ins are timed
alone first, then while backups run.

Prints a table; with --json, one JSON object on the last line of stdout with the keys
backup_ms_median, backup_ms_max, backup_mb, checkin_p95_ms_alone, checkin_p95_ms_during_backup,
checkin_max_ms_during_backup and checkins_during_backup.

example:
  .venv/bin/python scripts/bench_backup.py --people 2000 --json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kiosk.basics.context import utc_now  # noqa: E402
from kiosk.core import Kiosk  # noqa: E402
from kiosk.demos import residents  # noqa: E402
from kiosk.reception import checkin  # noqa: E402
from kiosk.registry.records import Shelter  # noqa: E402
from kiosk.safety.auto_backup import AutoBackup  # noqa: E402
from kiosk.store import KdfParams  # noqa: E402

BENCH_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # opening cost is not measured


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def check_in_timed(kiosk: Kiosk, person_id: str) -> float:
    start = time.perf_counter()
    checkin.check_in(kiosk.ctx, [person_id])
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="example:\n  .venv/bin/python scripts/bench_backup.py --people 2000 --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--backups", type=int, default=5, help="backups run back to back")
    parser.add_argument("--alone", type=int, default=100, help="check-ins timed without a backup")
    parser.add_argument("--dir", help="where the store and backups go (default: system temp)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-backup-", dir=args.dir) as tmp:
        home = Path(tmp) / "home"
        kiosk = Kiosk.create(
            home, "bench passphrase 123", Shelter("S1", "体育館", 5000), kdf=BENCH_KDF
        )
        residents.seed(kiosk.ctx, args.people)
        ids = [row["id"] for row in kiosk.store.query("SELECT id FROM person ORDER BY rowid")]
        queue = iter(ids)
        alone = [check_in_timed(kiosk, next(queue)) for _ in range(args.alone)]

        auto = AutoBackup(kiosk.store)
        folder = Path(tmp) / "backups"
        spans: list[tuple[float, float]] = []
        sizes: list[int] = []
        errors: list[BaseException] = []

        def backups() -> None:
            try:
                for _ in range(args.backups):
                    start = time.perf_counter()
                    made = auto.run(folder, 3, utc_now(), 15).made
                    spans.append((start, time.perf_counter()))
                    if made is not None:
                        sizes.append(made.size)
                    time.sleep(0.05)  # a check-in or two between backups: each has a change
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
            finally:
                auto.close()

        worker = threading.Thread(target=backups, name="kiosk-backup")
        timed: list[tuple[float, float]] = []  # (start, end) of each check-in meanwhile
        worker.start()
        while worker.is_alive():
            person = next(queue, None)
            if person is None:
                break
            start = time.perf_counter()
            checkin.check_in(kiosk.ctx, [person])
            timed.append((start, time.perf_counter()))
        worker.join()
        kiosk.close()
    if errors:
        raise errors[0]
    backup_ms = [(b - a) * 1000 for a, b in spans]
    # A check-in overlapping any backup counts as "during" (it could have waited on it).
    during = [
        (end - start) * 1000 for start, end in timed if any(start < b and end > a for a, b in spans)
    ]
    result = {
        "people": args.people,
        "backups": len(backup_ms),
        "backup_ms_median": round(statistics.median(backup_ms), 1),
        "backup_ms_max": round(max(backup_ms), 1),
        "backup_mb": round(statistics.median(sizes) / 1e6, 2) if sizes else 0.0,
        "checkin_p50_ms_alone": round(statistics.median(alone), 2),
        "checkin_p95_ms_alone": round(percentile(alone, 0.95), 2),
        "checkin_p50_ms_during_backup": round(statistics.median(during), 2) if during else None,
        "checkin_p95_ms_during_backup": round(percentile(during, 0.95), 2) if during else None,
        "checkin_max_ms_during_backup": round(max(during), 2) if during else None,
        "checkins_during_backup": len(during),
    }
    print(f"{'measure':<32}{'value':>12}")
    for key, value in result.items():
        print(f"{key:<32}{value!s:>12}")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
