"""One kiosk window per home: a second window is refused before it asks for the passphrase;
a window that was killed leaves no lock behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.safety.home_lock import HomeInUse, lock_home
from tests.conftest import REPO

HOLD = r"""
import sys, time
from pathlib import Path
from kiosk.safety.home_lock import lock_home
held = lock_home(Path(sys.argv[1]))
print("held" if held else "none", flush=True)
time.sleep(60)
"""

SECOND_WINDOW = r"""
import sys
import ui.app as app
app._show_refusal = lambda error: print("refused:", error.code, flush=True)  # no modal box
sys.exit(app.main(["--home", sys.argv[1], "--no-supervisor", "--exit-when-ready"]))
"""


def hold_lock(home: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(home)], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_process_is_refused_until_the_first_is_killed(tmp_path: Path) -> None:
    holder = hold_lock(tmp_path)
    try:
        with pytest.raises(HomeInUse):
            lock_home(tmp_path)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    again = lock_home(tmp_path)  # killed, not released: the OS let go of it
    assert again is not None and again.held
    again.release()


def test_no_lock_file_makes_a_new_home_look_used(tmp_path: Path) -> None:
    assert (lock_home(tmp_path / "not-yet"), (tmp_path / "not-yet").exists()) == (None, False)


def test_a_second_window_on_the_same_home_says_so_and_opens_nothing(tmp_path: Path) -> None:
    home = tmp_path / "shelter"
    home.mkdir()
    holder = hold_lock(home)
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("KIOSK_PASSPHRASE", None)
        second = subprocess.run(
            [sys.executable, "-c", SECOND_WINDOW, str(home)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert (second.returncode, second.stdout.strip()) == (1, "refused: home_in_use")
    assert "already open in another kiosk window" in second.stderr
    assert sorted(p.name for p in home.iterdir()) == ["logs", "window.lock"]
