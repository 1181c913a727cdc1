"""Desks finding each other with mDNS (issue #16 item 2), with real ``zeroconf`` on a real
multicast loopback — inside a private network namespace (``unshare -n``), so that not one mDNS
packet can leave the machine through its real interfaces. The desks run in a child process
(``tests/discovery_child.py``) because a namespace belongs to a process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

_SETUP = (
    "ip link set lo up && ip link set lo multicast on && "
    'ip route add 224.0.0.0/4 dev lo && exec "$0" "$@"'
)


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return False
    done = subprocess.run(
        ["unshare", "-n", "sh", "-c", _SETUP, "true"], capture_output=True, timeout=30
    )
    return done.returncode == 0


def test_paired_desks_find_each_other_and_sync_with_no_address_given(tmp_path: Path) -> None:
    if not _namespaces_work():
        # CI runs as root with util-linux and iproute2; a developer without them cannot run
        # mDNS without sending multicast out of the machine's real interfaces
        pytest.skip("needs unshare -n and ip (root) to keep multicast inside a namespace")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["PYTHONPATH"] = str(REPO)
    command = ["unshare", "-n", "sh", "-c", _SETUP, sys.executable]
    command += ["-m", "tests.discovery_child", str(tmp_path)]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["discovering"] == [True, True, True, True]
    # B sees A and C (same shelter), never D (another shelter) ...
    assert result["sighted_by_b"] == sorted([result["a"], result["c"]])
    # ... lists and contacts only the desk it is paired with: C never exchanged with B
    assert result["b_desks"] == [result["a"]]
    assert result["c_exchanges_with_b"] == []
    # with no address given, B learnt A's, kept it and took A's check-in
    assert result["remembered_s"] is not None
    assert result["checkin_reached_b_s"] is not None
    assert result["threads_left"] is False
