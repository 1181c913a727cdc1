"""A native crash is never silent: a process that enabled the fault log the product's way and
then dies of a segfault or an abort leaves an owner-only fault file in the log folder with the
frames of every thread and no value from them; a clean exit leaves nothing; `kiosk doctor`
lists the faults of the last days, by frame and never by data."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.basics.logs import log_dir
from kiosk.core import Kiosk
from kiosk.safety.faults import Fault, read_fault, recent_faults
from tests.conftest import FAST_KDF, PASSPHRASE, REPO, SHELTER, run_cli

#: Held in a local variable of the crashing function: must not reach the fault file.
SECRET = "見本 花子 090-0000-1234"

CHILD = textwrap.dedent(
    """
    import faulthandler, os, sys, threading
    from pathlib import Path
    from kiosk.basics.logs import enable_fault_log

    enable_fault_log(Path(sys.argv[1]))
    threading.Thread(target=threading.Event().wait, daemon=True, name="idle").start()

    def crash_holding_a_secret(secret):
        how = sys.argv[2]
        if how == "segfault":
            faulthandler._sigsegv()
        elif how == "abort":
            os.abort()
        sys.exit(int(how))

    crash_holding_a_secret(sys.argv[3])
    """
)


def run_child(home: Path, how: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(home), how, SECRET],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def fault_files(home: Path) -> list[Path]:
    return sorted(log_dir(home).glob("fault-*.log"))


@pytest.mark.skipif(os.name != "posix", reason="death by signal")
@pytest.mark.parametrize(
    ("how", "sig", "headline", "line"),
    [
        ("segfault", signal.SIGSEGV, "Fatal Python error: Segmentation fault", 12),
        ("abort", signal.SIGABRT, "Fatal Python error: Aborted", 14),
    ],
)
def test_a_fatal_error_leaves_an_owner_only_fault_file_with_frames_and_no_values(
    tmp_path: Path, how: str, sig: int, headline: str, line: int
) -> None:
    home = tmp_path / "home"
    result = run_child(home, how)
    [path] = fault_files(home)
    text = path.read_text(encoding="utf-8")
    fault = read_fault(path)
    assert (result.returncode, stat.S_IMODE(path.stat().st_mode)) == (-sig, 0o600)
    assert fault == Fault(
        file=path.name,
        started=fault.started if fault else datetime.min,
        at=datetime.fromtimestamp(path.stat().st_mtime, UTC),
        headline=headline,
        ended="",
        frames=(f"<string>:{line} crash_holding_a_secret", "<string>:17 <module>"),
    )
    assert abs(fault.started - datetime.now(UTC)) < timedelta(hours=1)
    assert "(most recent call first)" in text and text.count("Thread 0x") == 1  # both threads
    assert [part in text for part in (SECRET, "見本", "090")] == [False, False, False]


def test_a_clean_exit_leaves_no_fault_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    results = [run_child(home, code).returncode for code in ("0", "3")]
    assert (results, fault_files(home)) == ([0, 3], [])


@pytest.fixture
def home(tmp_path: Path) -> Path:
    Kiosk.create(tmp_path / "home", PASSPHRASE, SHELTER, kdf=FAST_KDF).close()
    return tmp_path / "home"


def write_fault(home: Path, name: str, text: str, age: timedelta = timedelta()) -> Path:
    path = log_dir(home) / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    stamp = (datetime.now(UTC) - age).timestamp()
    os.utime(path, (stamp, stamp))
    return path


FAULTHANDLER_REPORT = """\
Fatal Python error: Aborted

Thread 0x00007f0000000001 (most recent call first):
  File "/home/taro/kiosk/ui/camera.py", line 102 in run

Current thread 0x00007f0000000002 (most recent call first):
  File "/home/taro/kiosk/ui/app.py", line 190 in main
  File "C:\\Users\\taro\\kiosk\\ui\\app.py", line 352 in <module>

Extension modules: PySide6.QtCore (total: 1)
kiosk-app supervisor: the window (pid 42, desk mode) ended with signal SIGABRT at 2026-12-02T11:58
"""


@pytest.mark.skipif(os.name != "posix", reason="death by signal")
def test_doctor_lists_the_recent_faults_by_frame_and_nothing_else(home: Path) -> None:
    run_child(home, "segfault")
    [crashed] = fault_files(home)
    written = write_fault(home, "fault-20261202T115000Z-42.log", FAULTHANDLER_REPORT)
    write_fault(home, "fault-20261101T000000Z-41.log", FAULTHANDLER_REPORT, timedelta(days=8))
    write_fault(home, "fault-20261202T120000Z-43.log", "")  # a window still running
    write_fault(home, "kiosk.log", "not a fault file")
    result = run_cli("doctor", "--json", home=home)
    data = json.loads(result.stdout)
    assert (result.returncode, data["ok"]) == (0, True)
    assert [(f["file"], f["headline"], f["ended"], f["frames"]) for f in data["faults"]] == [
        (
            written.name,
            "Fatal Python error: Aborted",
            "signal SIGABRT",
            ["app.py:190 main", "app.py:352 <module>"],
        ),
        (
            crashed.name,
            "Fatal Python error: Segmentation fault",
            "",
            ["<string>:12 crash_holding_a_secret", "<string>:17 <module>"],
        ),
    ]
    assert "taro" not in result.stdout


def test_doctor_text_names_each_fault_and_its_innermost_frames(home: Path) -> None:
    path = write_fault(home, "fault-20261202T115000Z-42.log", FAULTHANDLER_REPORT)
    when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    result = run_cli("doctor", home=home)
    assert (result.returncode, result.stdout.splitlines()) == (
        0,
        [
            "8 checks, 0 problems",
            "1 window faults in the last 7 days (newest first):",
            f"  {when}  Fatal Python error: Aborted; ended with signal SIGABRT  ({path.name})",
            "    at app.py:190 main <- app.py:352 <module>",
        ],
    )


def test_the_diagnostic_bundle_carries_the_recent_faults_by_frame(
    home: Path, tmp_path: Path
) -> None:
    path = write_fault(home, "fault-20261202T115000Z-42.log", FAULTHANDLER_REPORT)
    bundle = tmp_path / "report.zip"
    result = run_cli("doctor", "--report", str(bundle), home=home)
    with zipfile.ZipFile(bundle) as zf:
        data = json.loads(zf.read("report.json"))
        blob = b"".join(zf.read(name) for name in zf.namelist()).decode("utf-8")
    assert (result.returncode, [(f["file"], f["frames"]) for f in data["faults"]]) == (
        0,
        [(path.name, ["app.py:190 main", "app.py:352 <module>"])],
    )
    assert "taro" not in blob


def test_recent_faults_of_a_home_without_a_log_folder_are_none(tmp_path: Path) -> None:
    assert recent_faults(tmp_path / "none", datetime.now(UTC)) == ()
