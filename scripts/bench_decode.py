"""Benchmark the QR decoders and the pipeline on the real photo corpus and on 1280×720 frames.

Prints, for each single decoder and the pipeline: successes/total, median and p95 ms per
corpus image; then the pipeline's median ms on a 720p frame with no code and with one code.
Runs on one core. With --json, one JSON object on the last line of stdout.

example:
  .venv/bin/python scripts/bench_decode.py --corpus ../shared/qr-corpus --json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import cv2  # noqa: E402

from kiosk.identity.demo import demo_app_codes  # noqa: E402
from kiosk.scan import Pipeline  # noqa: E402
from kiosk.scan.corpus import default_corpus_dir, load_corpus, matches  # noqa: E402
from kiosk.scan.decoders import DECODERS  # noqa: E402
from kiosk.scan.synthetic import frame_with_code, frame_without_code  # noqa: E402


def one_core() -> None:
    cv2.setNumThreads(1)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run_corpus(decode, images) -> tuple[set[int], list[float]]:  # type: ignore[no-untyped-def]
    hits, times = set(), []
    for i, item in enumerate(images):
        image = cv2.imread(str(item.path), cv2.IMREAD_COLOR)
        gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        start = time.perf_counter()
        texts = decode(gray)
        times.append((time.perf_counter() - start) * 1000)
        if matches(item.expected, texts):
            hits.add(i)
    return hits, times


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="example:\n  .venv/bin/python scripts/bench_decode.py --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--corpus", type=Path, default=default_corpus_dir())
    parser.add_argument("--frames", type=int, default=40, help="720p frames of each kind")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    one_core()
    images = load_corpus(args.corpus)
    rows = []
    union: set[int] = set()
    best = 0
    for name, decoder in DECODERS.items():
        hits, times = run_corpus(decoder, images)
        union |= hits
        best = max(best, len(hits))
        rows.append((name, len(hits), statistics.median(times), p95(times)))
    pipeline = Pipeline(thorough=True)
    hits, times = run_corpus(pipeline.decode, images)
    union |= hits
    rows.append(("pipeline (files)", len(hits), statistics.median(times), p95(times)))

    live = Pipeline()
    code = demo_app_codes(datetime.now(UTC))[0].text
    with_code, without, read = [], [], 0
    for seed in range(args.frames):
        frame = frame_with_code(code, seed=seed, center=(0.3 + 0.4 * (seed % 5) / 4, 0.5))
        start = time.perf_counter()
        read += code in live.decode(frame)
        with_code.append((time.perf_counter() - start) * 1000)
        frame = frame_without_code(seed=seed)
        start = time.perf_counter()
        live.decode(frame)
        without.append((time.perf_counter() - start) * 1000)

    total = len(images)
    print(f"{'decoder':<20} {'success':>10} {'median ms':>10} {'p95 ms':>8}")
    for name, n, med, top in rows:
        print(f"{name:<20} {f'{n}/{total}':>10} {med:>10.2f} {top:>8.2f}")
    print(f"{'union of all':<20} {f'{len(union)}/{total}':>10}")
    nocode = statistics.median(without)
    print(f"720p frame, no code:  median {nocode:.2f} ms, p95 {p95(without):.2f} ms")
    print(
        f"720p frame, one code: median {statistics.median(with_code):.2f} ms, "
        f"p95 {p95(with_code):.2f} ms, read {read}/{args.frames}"
    )
    if args.json:
        print(
            json.dumps(
                {
                    "pipeline_success": rows[-1][1],
                    "best_single_success": best,
                    "union_success": len(union),
                    "total": total,
                    "frame720_nocode_median_ms": round(statistics.median(without), 2),
                    "frame720_code_median_ms": round(statistics.median(with_code), 2),
                    "frame720_code_read": read,
                    "frames": args.frames,
                }
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
