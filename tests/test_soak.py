"""The short soak CI runs: the real window with the demo camera at full frame rate for at least
20,000 decoded frames (every result crossing to the GUI thread), check-ins every few seconds
and sync attempts against an unreachable City OS. It asserts what a night at the door needs —
no crash, no threads piling up, ``True``'s reference count not draining — and no time: the
60-minute run and its memory trend are ``scripts/bench_soak.py --minutes 60``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FRAMES = 20_000


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_twenty_thousand_frames_with_check_ins_and_sync_attempts_and_no_crash() -> None:
    command = [sys.executable, "scripts/bench_soak.py", "--frames", str(FRAMES)]
    done = subprocess.run(
        [*command, "--minutes", "20", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1450,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["crashes"] == 0, report["faults"]
    assert report["frames_decoded"] >= FRAMES and report["checkins"] > 0, report
    # The window's own threads (GUI, camera, five executors' workers, Qt's helpers): a fixed
    # set, not one more per sync attempt or check-in.
    assert report["threads_end"] <= 40, report
    # PySide6 6.12.0 took one reference of True per emit from a Python thread: -20,000 here
    # (had it not aborted first). Live objects holding True move it by hundreds either way.
    assert report["true_refcount_drift"] > -5_000, report
