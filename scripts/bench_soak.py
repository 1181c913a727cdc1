"""Soak: the real window for a long night — does it stay up, and does it stay the same size?

A child process runs the kiosk window (offscreen) on a demo store, exactly as ``kiosk-app``
builds it (``ui.app.build_window``), with:

* the demo camera at full frame rate: paced at ``--fps`` (default 1,000) frames a second,
  faster than the decoder takes them, so the decoder never waits for a frame and drops what
  it cannot take, as with a real webcam — every decoded frame went through the decoder thread
  and its result through the GUI hand-off. (Unpaced, ``--fps 0``, the capture loop spins in
  Python holding the GIL and starves the decoder: 46 frames decoded a second instead of 280.)
* a staff member signed in at the desk; a check-in every ``--checkin-every`` seconds through
  the window's own actions (then a check-out of the same person, so the shelter never fills);
* a sync attempt (push and roster pull) every ``--sync-every`` seconds against a City OS that
  is not reachable (a closed port on 127.0.0.1): the night the network is down.

The child prints one JSON sample every few seconds. If it dies (a signal, a non-zero exit —
the ``bool_dealloc`` abort of PySide6 6.12.0 was one), the crash is counted and a new child
carries on on the same store until the time (or frame count) is up. The summary's keys:
``minutes, crashes, frames_decoded, checkins, rss_start_mb, rss_end_mb,
rss_growth_mb_per_hour, threads_end, true_refcount_drift``. Targets (issue 12): 0 crashes
over 60 minutes, RSS growth ≤ 20 MB an hour (fitted over the samples after a one-minute
warm-up, or after the first fifth of a shorter run).

example:
  .venv/bin/python scripts/bench_soak.py --minutes 60 --json
  .venv/bin/python scripts/bench_soak.py --frames 20000 --json     # the short soak CI runs
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: Seconds between the child's samples.
SAMPLE_SECONDS = 5.0
#: Samples before this many seconds are left out of the memory trend (caches filling up).
WARMUP_SECONDS = 60.0

CHILD = r"""
import json, os, socket, sys, threading, time
from dataclasses import replace
from pathlib import Path

import psutil
from PySide6.QtCore import QTimer

from kiosk.demos.residents import DEMO_PINS, open_demo_kiosk
from kiosk.operations.provisioning import set_client_secret
from kiosk.operations.settings import Settings, load_settings, save_settings
from ui.app import build_window
from ui.application import create_qapplication
from ui.ops import Workers
from ui.sync_runner import SyncRunner

home, seconds, frames_wanted = Path(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
checkin_every, sync_every, sample_every, fps = (float(a) for a in sys.argv[4:8])


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


app, languages = create_qapplication(["kiosk-app"], Settings())
kiosk = open_demo_kiosk(home, people=200)
port = closed_port()
settings = replace(
    load_settings(kiosk.store),
    cityos_endpoint=f"http://127.0.0.1:{port}",
    oidc_issuer=f"http://127.0.0.1:{port}/oidc",
    oidc_client_id="soak",
    sync_automatic=False,
    idle_lock_seconds=0,
)
save_settings(kiosk.ctx, settings)
set_client_secret(kiosk.ctx, "soak-secret")
ids = [row["id"] for row in kiosk.store.query("SELECT id FROM person ORDER BY id")]
workers = Workers()
window, camera = build_window(kiosk, settings, languages, workers, camera="demo", demo_fps=fps)
window.resize(1366, 768)
window.show()
runner = window.findChild(SyncRunner)
staff_pin = next(pin for _, role, pin in DEMO_PINS if role == "staff")
window.kiosk_actions.sign_in(staff_pin, window.on_signed_in, lambda e: print("sign-in failed", e))
counts = {"checkins": 0, "refused": 0, "syncs": 0}
started = time.monotonic()
process = psutil.Process()
true_start = sys.getrefcount(True)


def check_in_one() -> None:
    person = ids[counts["checkins"] % len(ids)]

    def out(*_args) -> None:
        refresh = lambda _r: window.refresh_status()
        window.kiosk_actions.check_out([person], "soak", refresh, lambda _e: None)

    def done(_result) -> None:
        counts["checkins"] += 1
        out()

    def refused(_error) -> None:
        counts["refused"] += 1
        ids.remove(person) if len(ids) > 1 else None  # someone the rules refuse: skip them
        out()

    window.kiosk_actions.check_in([person], done, refused)


def sync() -> None:
    counts["syncs"] += 1
    runner.push()
    runner.pull()


def sample(final: bool = False) -> None:
    line = {
        "t": round(time.monotonic() - started, 2),
        "frames": camera.frames_decoded,
        "checkins": counts["checkins"],
        "refused": counts["refused"],
        "syncs": counts["syncs"],
        "rss_mb": round(process.memory_info().rss / 2**20, 1),
        "threads": process.num_threads(),
        "true_refcount": sys.getrefcount(True) - true_start,
        "final": final,
    }
    print(json.dumps(line), flush=True)
    done = line["t"] >= seconds or (frames_wanted and line["frames"] >= frames_wanted)
    if done and not final:
        app.quit()


timers = []
for every, call in ((checkin_every, check_in_one), (sync_every, sync), (sample_every, sample)):
    timer = QTimer(interval=int(every * 1000))
    timer.timeout.connect(call)
    timer.start()
    timers.append(timer)
camera.start()
code = app.exec()
for timer in timers:
    timer.stop()
camera.stop()
sample(final=True)
window.close()
window.kiosk_actions.close_reader()
workers.shutdown()
kiosk.close()
sys.exit(code)
"""


def run_child(
    home: Path, seconds: float, frames: int, args: argparse.Namespace
) -> tuple[list[dict], int, str]:  # type: ignore[type-arg]
    """One child window until its time or frames are up (or it dies): its samples, its
    return code and the end of its standard error (a fault's frames, no data)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env.pop("KIOSK_HOME", None)
    command = [sys.executable, "-c", CHILD, str(home), str(seconds), str(frames)]
    command += [str(args.checkin_every), str(args.sync_every), str(SAMPLE_SECONDS), str(args.fps)]
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        samples = []
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("{"):
                samples.append(json.loads(line))
                if args.verbose:
                    print(line.strip(), file=sys.stderr)
        code = child.wait(timeout=120)
        errors.seek(0)
        tail = errors.read()[-3000:]
    return samples, code, tail


def slope_per_hour(samples: list[dict], key: str) -> float:  # type: ignore[type-arg]
    """Least-squares slope of ``key`` against time, per hour (0 with fewer than 2 samples)."""
    if len(samples) < 2:
        return 0.0
    xs = [s["t"] for s in samples]
    ys = [s[key] for s in samples]
    fit = statistics.linear_regression(xs, ys)
    return fit.slope * 3600


def soak(args: argparse.Namespace) -> dict:  # type: ignore[type-arg]
    budget = args.minutes * 60
    started = time.monotonic()
    crashes, frames, checkins, faults = 0, 0, 0, []
    longest: list[dict] = []  # type: ignore[type-arg]
    first: dict | None = None  # type: ignore[type-arg]
    last: dict | None = None  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp:
        home = Path(tmp) / "home"
        while True:
            left = budget - (time.monotonic() - started)
            frames_left = max(0, args.frames - frames) if args.frames else 0
            if left <= 1 or (args.frames and frames_left == 0):
                break
            samples, code, tail = run_child(home, left, frames_left, args)
            if samples:
                frames += samples[-1]["frames"]
                checkins += samples[-1]["checkins"]
                first = first or samples[0]
                last = samples[-1]
                if len(samples) > len(longest):
                    longest = samples
            if code != 0:
                crashes += 1
                faults.append({"code": code, "stderr_tail": tail})
                if crashes >= args.max_crashes:
                    break
    warmup = min(WARMUP_SECONDS, (longest[-1]["t"] if longest else 0) / 5)
    trend = [s for s in longest if s["t"] >= warmup and not s["final"]]
    return {
        "minutes": round((time.monotonic() - started) / 60, 2),
        "crashes": crashes,
        "frames_decoded": frames,
        "checkins": checkins,
        "rss_start_mb": trend[0]["rss_mb"] if trend else None,
        "rss_end_mb": last["rss_mb"] if last else None,
        "rss_growth_mb_per_hour": round(slope_per_hour(trend, "rss_mb"), 1),
        "threads_end": last["threads"] if last else None,
        "true_refcount_drift": last["true_refcount"] if last else None,
        "faults": faults,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__[__doc__.index("example:") :],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--minutes", type=float, default=60.0, help="how long (default 60)")
    parser.add_argument(
        "--frames", type=int, default=0, help="stop once this many frames were decoded"
    )
    parser.add_argument(
        "--checkin-every", type=float, default=3.0, help="seconds between check-ins"
    )
    parser.add_argument(
        "--sync-every", type=float, default=20.0, help="seconds between sync attempts"
    )
    parser.add_argument(
        "--fps", type=float, default=1000.0, help="demo camera frames a second (0: unpaced)"
    )
    parser.add_argument(
        "--max-crashes", type=int, default=5, help="give up after this many crashes"
    )
    parser.add_argument("--verbose", action="store_true", help="print each sample on stderr")
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    args = parser.parse_args()
    result = soak(args)
    rows = [
        ("minutes", result["minutes"], "—"),
        ("crashes", result["crashes"], "0"),
        ("frames decoded", result["frames_decoded"], "≥ 20,000 in CI"),
        ("check-ins", result["checkins"], "—"),
        ("RSS start / end, MB", f"{result['rss_start_mb']} / {result['rss_end_mb']}", "≤ 400"),
        ("RSS growth, MB/hour", result["rss_growth_mb_per_hour"], "≤ 20"),
        ("threads at the end", result["threads_end"], "—"),
        ("refcount(True) drift", result["true_refcount_drift"], "level"),
    ]
    for name, value, target in rows:
        print(f"{name:<24} {value!s:>16}   target {target}")
    for fault in result["faults"]:
        print(f"child died with {fault['code']}:\n{fault['stderr_tail']}", file=sys.stderr)
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
