"""A kill -9 at any instant never loses an acknowledged check-in nor corrupts the store.

A child process checks people in (and every third one out again) one by one and prints an
acknowledgement after each commit; it is killed with SIGKILL at random moments, 200 times. Then
every acknowledged change is present exactly once and `kiosk doctor` passes.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk import demo, doctor
from kiosk.core import Kiosk
from tests.conftest import FAST_KDF, PASSPHRASE, REPO, SHELTER, run_cli

KILLS = 200


def _run_and_kill(home: Path, rng: random.Random) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.checkin_child", str(home), PASSPHRASE],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first == "ready\n", first
    time.sleep(rng.uniform(0.0, 0.06))  # the kill lands at a random instant of the write loop
    os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read()
    child.wait(timeout=30)
    child.stdout.close()
    return [line for line in rest.splitlines() if line.startswith(("in ", "out "))]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_acknowledged_checkins_survive_random_kills(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF) as kiosk:
        demo.seed(kiosk.ctx, 4000)
    rng = random.Random(20261125)
    acked: list[str] = []
    for _ in range(KILLS):
        acked += _run_and_kill(home, rng)
    acked_in = [line[3:] for line in acked if line.startswith("in ")]
    acked_out = [line[4:] for line in acked if line.startswith("out ")]
    assert len(acked_in) > KILLS  # the kills landed while work was being done

    with Kiosk.open(home, PASSPHRASE) as kiosk:
        checkins = {
            r["person_id"]: r["n"]
            for r in kiosk.store.query(
                "SELECT person_id, count(*) AS n FROM stay_event WHERE kind = 'checkin' "
                "GROUP BY person_id"
            )
        }
        outs = {r["id"] for r in kiosk.store.query("SELECT id FROM person WHERE state = 'out'")}
        report = doctor.examine(kiosk.store)
    assert [pid for pid in acked_in if checkins.get(pid) != 1] == []
    assert max(checkins.values()) == 1
    assert set(acked_out) <= outs
    assert report.problems == ()
    assert run_cli("doctor", home=home).returncode == 0
