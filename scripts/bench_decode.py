"""Benchmark the QR decoders and the pipeline on the real photo corpus and on 1280×720 frames.

For each single decoder and for the pipeline (thorough, as for files; and live, with its
per-frame budget): successes/total on the corpus, median and p95 ms per image. Then each on
synthetic 720p webcam frames with no code and with one code (a phone held over a desk):
median and p95 ms, and how many frames were read. Runs pinned to one core. With --json, one
JSON object is the last line of stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from kiosk.identity.demo import demo_app_codes  # noqa: E402
from kiosk.scan.corpus import CorpusImage, default_corpus_dir, load_corpus, matches  # noqa: E402
from kiosk.scan.decoders import DECODERS, Decoded  # noqa: E402
from kiosk.scan.pipeline import Pipeline  # noqa: E402
from kiosk.scan.synthetic import Shot, make_frame720  # noqa: E402

EXAMPLE = """example:
  .venv/bin/python scripts/bench_decode.py --corpus ../shared/qr-corpus --json
  .venv/bin/python scripts/bench_decode.py --frames 10 --no-single-frames   # quicker"""


@dataclass(frozen=True)
class Row:
    name: str
    hits: frozenset[int]
    times_ms: tuple[float, ...]


def one_core() -> int:
    """Pin this process and OpenCV to one core; returns the core."""
    cv2.setNumThreads(1)
    core = 0
    if hasattr(os, "sched_setaffinity"):
        core = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {core})
    return core


def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def texts_of(found: tuple[Decoded, ...] | tuple[str, ...]) -> list[str]:
    return [d if isinstance(d, str) else d.text for d in found]


def run_corpus(
    name: str,
    decode: Callable[[np.ndarray], tuple],
    grays: Sequence[np.ndarray],
    images: Sequence[CorpusImage],
) -> Row:
    hits, times = set(), []
    for index, (gray, item) in enumerate(zip(grays, images, strict=True)):
        start = time.perf_counter()
        found = decode(gray)
        times.append((time.perf_counter() - start) * 1000)
        if matches(item.expected, texts_of(found)):
            hits.add(index)
    return Row(name, frozenset(hits), tuple(times))


def shots(count: int) -> list[Shot]:
    """Phones held in different places and ways: size, tilt, rotation, focus, motion, glare."""
    return [
        Shot(
            center=(0.3 + 0.4 * ((i * 7) % 10) / 9, 0.45 + 0.1 * ((i * 3) % 5) / 4),
            height=0.65 + 0.2 * ((i * 5) % 7) / 6,
            tilt=0.05 + 0.1 * (i % 3) / 2,
            angle=-10 + 20 * ((i * 2) % 5) / 4,
            blur=3 + 2 * (i % 2),
            motion=(i % 3) * 2,
            glare=0.2 + 0.3 * (i % 3) / 2,
        )
        for i in range(count)
    ]


def time_frames(
    decode: Callable[[np.ndarray], tuple], frames: Sequence[np.ndarray], code: str | None
) -> tuple[list[float], int]:
    times, read = [], 0
    for frame in frames:
        start = time.perf_counter()
        found = decode(frame)
        times.append((time.perf_counter() - start) * 1000)
        read += code is not None and code in texts_of(found)
    return times, read


def gray_first(decode: Callable[[np.ndarray], tuple]) -> Callable[[np.ndarray], tuple]:
    """Single decoders get the gray frame, as in the corpus runs (the pipeline converts)."""

    def decode_gray(frame: np.ndarray) -> tuple:
        return decode(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))

    return decode_gray


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench_decode.py",
        description=__doc__,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--corpus", type=Path, default=default_corpus_dir(), help="the qr-corpus folder"
    )
    parser.add_argument("--frames", type=int, default=30, help="720p frames of each kind")
    parser.add_argument(
        "--no-single-frames",
        action="store_true",
        help="time only the pipeline on 720p frames (the single decoders take ~10 s more)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object on the last line")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"bench_decode: no corpus folder at {args.corpus}", file=sys.stderr)
        return 1
    core = one_core()

    images = load_corpus(args.corpus)
    grays = [np.asarray(cv2.imread(str(item.path), cv2.IMREAD_GRAYSCALE)) for item in images]
    total = len(images)
    thorough, live = Pipeline(thorough=True), Pipeline()
    decoders: dict[str, Callable[[np.ndarray], tuple]] = dict(DECODERS)
    pipelines: dict[str, Callable[[np.ndarray], tuple]] = {
        "pipeline (files)": thorough.decode,
        f"pipeline (live, {live.budget_ms:g} ms)": live.decode,
    }
    for decode in (*decoders.values(), *pipelines.values()):  # warm up: libraries, caches
        decode(grays[0])
    singles = [run_corpus(name, d, grays, images) for name, d in decoders.items()]
    piped = [run_corpus(name, d, grays, images) for name, d in pipelines.items()]
    union = frozenset().union(*(row.hits for row in singles))
    best = max(singles, key=lambda row: len(row.hits))

    code = demo_app_codes(datetime.now(UTC))[0].text
    with_code = [make_frame720(code, seed=i, shot=s) for i, s in enumerate(shots(args.frames))]
    without = [make_frame720(None, seed=1000 + i) for i in range(args.frames)]
    frame_rows = []
    timed = dict(pipelines) if args.no_single_frames else {**decoders, **pipelines}
    for name, decode in timed.items():
        run = gray_first(decode) if name in decoders else decode
        nocode, _ = time_frames(run, without, None)
        coded, read = time_frames(run, with_code, code)
        frame_rows.append((name, nocode, coded, read))

    print(f"QR corpus {args.corpus} ({total} images), one core (cpu {core})")
    print(f"{'decoder':<26} {'success':>9} {'median ms':>10} {'p95 ms':>8}")
    for row in (*singles, *piped):
        print(
            f"{row.name:<26} {f'{len(row.hits)}/{total}':>9} "
            f"{statistics.median(row.times_ms):>10.2f} {p95(row.times_ms):>8.2f}"
        )
    print(f"{'union of single decoders':<26} {f'{len(union)}/{total}':>9}")
    everything = union | piped[0].hits
    print(f"{'union with the pipeline':<26} {f'{len(everything)}/{total}':>9}")
    missed = [images[i].name for i in range(total) if i not in piped[0].hits]
    print(f"pipeline (files) misses: {', '.join(missed) or 'none'}")
    print()
    print(f"1280×720 frames ({args.frames} of each kind; the code is a {len(code)}-char app code)")
    print(
        f"{'decoder':<26} {'no code: med ms':>15} {'p95':>7} "
        f"{'code: med ms':>13} {'p95':>7} {'read':>7}"
    )
    for name, nocode, coded, read in frame_rows:
        print(
            f"{name:<26} {statistics.median(nocode):>15.2f} {p95(nocode):>7.2f} "
            f"{statistics.median(coded):>13.2f} {p95(coded):>7.2f} {f'{read}/{args.frames}':>7}"
        )
    _, nocode, coded, read = frame_rows[-1]  # the live pipeline
    if args.json:
        summary = {
            "pipeline_success": len(piped[0].hits),
            "pipeline_live_success": len(piped[1].hits),
            "best_single_success": len(best.hits),
            "best_single": best.name,
            "union_success": len(union),
            "total": total,
            "frame720_nocode_median_ms": round(statistics.median(nocode), 2),
            "frame720_code_median_ms": round(statistics.median(coded), 2),
            "frame720_nocode_p95_ms": round(p95(nocode), 2),
            "frame720_code_p95_ms": round(p95(coded), 2),
            "frame720_code_read": read,
            "frames": args.frames,
        }
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
