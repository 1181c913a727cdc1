"""A kill -9 at any instant never loses an acknowledged check-in nor corrupts the store.

A child process checks people in (and every third one out again) one by one and prints an
acknowledgement after each commit; it is killed with SIGKILL at random moments, 200 times. Then
every acknowledged change is present exactly once and `kiosk doctor` passes.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from kiosk.demos import residents
from kiosk.safety import store_check
from tests import checkin_child
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, run_cli
from tests.preloaded_children import KillableChild

KILLS = 200


def _run_and_kill(home: Path, rng: random.Random) -> list[str]:
    child = KillableChild(checkin_child.run, str(home), PASSPHRASE)
    first = child.readline()
    assert first == "ready\n", first
    time.sleep(rng.uniform(0.0, 0.06))  # the kill lands at a random instant of the write loop
    rest = child.kill_and_read_rest()
    return [line for line in rest if line.startswith(("in ", "out "))]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_acknowledged_checkins_survive_random_kills(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF) as kiosk:
        residents.seed(kiosk.ctx, 4000)
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
        # Every child was killed mid-loop: none ran out of people to check in and stopped.
        left = kiosk.store.query_one("SELECT count(*) AS n FROM person WHERE state = 'registered'")
        report = store_check.examine(kiosk.store)
    assert [pid for pid in acked_in if checkins.get(pid) != 1] == []
    assert max(checkins.values()) == 1
    assert set(acked_out) <= outs
    assert report.problems == ()
    assert left["n"] > 0
    assert run_cli("doctor", home=home).returncode == 0
