"""The window never stays down silently: `kiosk-app` runs it under a supervisor that, after a
native crash, starts it again locked in the mode it was in, with an audit row, the fault on
record and a note on the first page; a window closed on purpose is not restarted; the
restarts are bounded.

The crashes are real: the test sends SIGSEGV or SIGABRT to the running window process (what a
fault in Qt does), so the product has no test-only switch. The supervisor's own rules are
tested with small real child processes that end the way a window would.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.access import audit
from kiosk.access.staff import add_staff
from kiosk.basics.logs import log_dir
from kiosk.core import Kiosk
from kiosk.demos.residents import DEMO_PASSPHRASE, DEMO_PINS, DEMO_SHELTER, seed
from kiosk.safety.faults import RESTART_ACTION
from kiosk.safety.supervise import (
    Restart,
    RestartBound,
    Supervisor,
    WindowState,
    abnormal,
    read_state,
)
from tests.conftest import FAST_KDF, REPO, run_cli
from tests.ui_window import Desk, add_demo_staff, build_window, sign_in
from ui.supervised import report_state, show_restart_note


@pytest.fixture
def demo_home(tmp_path: Path) -> Path:
    """The demo shelter with five residents, made with the tests' cheap key derivation."""
    home = tmp_path / "demo"
    with Kiosk.create(home, DEMO_PASSPHRASE, DEMO_SHELTER, actor="demo", kdf=FAST_KDF) as kiosk:
        seed(kiosk.ctx, 5)
        for label, role, pin in DEMO_PINS:
            add_staff(kiosk.ctx, label, role, pin)
    return home


def start_kiosk_app(home: Path, *args: str) -> subprocess.Popen[str]:
    """`kiosk-app` as a person starts it (supervised), offscreen, on the demo store."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen(
        [sys.executable, "-m", "ui.app", "--demo", "--home", str(home), "--camera", "demo", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def window_up(supervisor: subprocess.Popen[str], home: Path, after: int = 0) -> WindowState:
    """The state of the supervised window once it is on screen (a window other than ``after``).
    Polls the state file the window writes; the deadline only guards against a hang."""
    path = log_dir(home) / f"window-{supervisor.pid}.json"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        state = read_state(path)
        if state is not None and state.ready and state.pid != after:
            return state
        assert supervisor.poll() is None, supervisor.communicate()
        time.sleep(0.05)
    raise AssertionError("the window did not come up")


def supervisor_libraries(pid: int) -> list[str]:
    """The window's native libraries mapped into the supervisor's process (Linux: its maps)."""
    maps = Path(f"/proc/{pid}/maps")
    text = maps.read_text() if maps.exists() else ""
    return [
        lib
        for lib in ("libQt6", "PySide6", "shiboken6", "cv2", "numpy", "sqlcipher3")
        if lib in text
    ]


def stop(supervisor: subprocess.Popen[str]) -> tuple[int, str]:
    supervisor.send_signal(signal.SIGTERM)
    _out, err = supervisor.communicate(timeout=60)
    return supervisor.returncode, err


@pytest.mark.skipif(os.name != "posix", reason="death by signal")
@pytest.mark.parametrize(
    ("args", "mode", "crash"),
    [((), "desk", signal.SIGABRT), (("--self-checkin",), "self_checkin", signal.SIGSEGV)],
)
def test_a_crashed_window_comes_back_locked_in_its_mode_with_an_audit_row(
    demo_home: Path, args: tuple[str, ...], mode: str, crash: int
) -> None:
    supervisor = start_kiosk_app(demo_home, *args)
    first = window_up(supervisor, demo_home)
    libraries = supervisor_libraries(supervisor.pid)
    os.kill(first.pid, crash)
    second = window_up(supervisor, demo_home, after=first.pid)
    code, err = stop(supervisor)

    fault = Path(first.fault_file)
    name = signal.Signals(crash).name
    assert libraries == []  # the supervisor shares no native library with the window's crash
    assert (first.mode, first.signed_in) == (mode, False)
    assert second == WindowState(second.pid, mode, True, False, False, second.fault_file)
    assert (code, [line for line in err.splitlines() if line.startswith("kiosk-app:")]) == (
        128 + signal.SIGTERM,
        [
            f"kiosk-app: the window ended abnormally (signal {name}); starting it again, locked,"
            f" in {'desk' if mode == 'desk' else 'self check-in'} mode (restart 1 of 5 within"
            " 10 minutes)."
        ],
    )
    # The fault is on record: frames from faulthandler, then how the window ended.
    text = fault.read_text(encoding="utf-8")
    assert ("(most recent call first)" in text, f"ended with signal {name} at" in text) == (
        True,
        True,
    )
    # The window stopped by TERM left no empty fault file; no state file is left behind.
    assert sorted(p.name for p in log_dir(demo_home).glob("*") if p.name != "kiosk.log") == [
        fault.name
    ]
    with Kiosk.open(demo_home, DEMO_PASSPHRASE) as kiosk:
        last = audit.recent(kiosk.store, 1)[0]
        chain = audit.verify_chain(kiosk.store)
    assert (last.actor, last.action, last.record_type, last.record_id, chain) == (
        "supervisor",
        RESTART_ACTION,
        "fault",
        fault.name,
        [],
    )
    doctor = json.loads(
        run_cli("doctor", "--json", home=demo_home, passphrase=DEMO_PASSPHRASE).stdout
    )
    assert [(f["file"], f["ended"]) for f in doctor["faults"]] == [(fault.name, f"signal {name}")]


def test_a_window_closed_on_purpose_is_not_restarted(demo_home: Path) -> None:
    supervisor = start_kiosk_app(demo_home, "--exit-when-ready")
    out, err = supervisor.communicate(timeout=120)
    assert (supervisor.returncode, out.count("ready "), "kiosk-app:" in err) == (0, 1, False)
    assert sorted(p.name for p in log_dir(demo_home).glob("*") if p.name != "kiosk.log") == []


# --- the supervisor's rules, with small real children ----------------------------------------

CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from kiosk.safety.supervise import WindowState, write_state

    state, mode, how, closing = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] == "1"
    fault = state.with_name(f"fault-20261202T000000Z-{os.getpid()}.log")
    fault.touch()
    write_state(state, WindowState(os.getpid(), mode, True, False, closing, str(fault)))
    os.abort() if how == "abort" else sys.exit(int(how))
    """
)


class Children:
    """The commands a supervisor asked for, each a child that ends as scripted."""

    def __init__(self, state: Path, ends: list[tuple[str, str, bool]]) -> None:
        self.state = state
        self.ends = ends
        self.asked: list[tuple[str, Restart | None]] = []

    def __call__(self, mode: str, restart: Restart | None) -> list[str]:
        self.asked.append((mode, restart))
        new_mode, how, closing = self.ends[min(len(self.asked), len(self.ends)) - 1]
        return [
            sys.executable,
            "-c",
            CHILD,
            str(self.state),
            new_mode or mode,
            how,
            str(int(closing)),
        ]


@pytest.fixture
def state(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "window.json"


def supervise(children: Children, bound: RestartBound | None = None) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = Supervisor(children, children.state, "desk", bound or RestartBound(), out).run()
    return code, out.getvalue().splitlines()


@pytest.mark.skipif(os.name != "posix", reason="death by signal")
def test_the_restart_follows_the_mode_the_window_reported(state: Path) -> None:
    children = Children(state, [("self_checkin", "abort", False), ("", "0", False)])
    code, _said = supervise(children)
    [(first_mode, first_restart), (second_mode, restart)] = children.asked
    assert (code, first_mode, first_restart, second_mode) == (0, "desk", None, "self_checkin")
    assert restart is not None and (restart.exit, restart.fault_file.startswith("fault-")) == (
        "signal SIGABRT",
        True,
    )
    assert not state.exists()


@pytest.mark.skipif(os.name != "posix", reason="death by signal")
def test_restarts_are_bounded(state: Path) -> None:
    children = Children(state, [("", "abort", False)])
    code, said = supervise(children, RestartBound(restarts=2, within_seconds=600))
    assert (code, len(children.asked)) == (128 + signal.SIGABRT, 3)
    assert said[-1] == (
        "kiosk-app: the window ended abnormally (signal SIGABRT) 3 times within 10 minutes; it is"
        f" not started again. Its fault files are in {state.parent}; `kiosk doctor` lists them."
    )


@pytest.mark.skipif(os.name != "posix", reason="death by signal")
@pytest.mark.parametrize(
    ("how", "closing", "code"),
    [("0", False, 0), ("1", False, 1), ("2", False, 2), ("abort", True, 128 + signal.SIGABRT)],
)
def test_a_window_that_ended_on_purpose_is_not_restarted(
    state: Path, how: str, closing: bool, code: int
) -> None:
    children = Children(state, [("", how, closing)])
    assert supervise(children)[0] == code
    assert len(children.asked) == 1


def test_which_ends_are_abnormal() -> None:
    ends = {
        0: False,
        1: False,
        2: False,
        3: True,  # abort() on Windows
        0xC0000005: True,  # access violation on Windows
        -signal.SIGSEGV: True,
        -signal.SIGABRT: True,
        -signal.SIGKILL: True,  # the out-of-memory killer
        -signal.SIGTERM: False,
        -signal.SIGINT: False,
    }
    assert {code: abnormal(code) for code in ends} == ends


def test_a_restart_description_survives_the_command_line() -> None:
    restart = Restart(datetime(2026, 12, 2, 11, 58, tzinfo=UTC), "signal SIGSEGV", "fault-x.log")
    assert Restart.from_arg(restart.to_arg()) == restart


# --- the window's side, in process -----------------------------------------------------------


@pytest.fixture
def desk(qtbot, kiosk: Kiosk, workers, languages, tmp_path: Path) -> Desk:  # type: ignore[no-untyped-def]
    add_demo_staff(kiosk)
    return build_window(qtbot, kiosk, workers, languages, tmp_path / "slips.pdf")


def test_the_window_reports_its_mode_as_it_changes(qtbot, desk: Desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, fault = tmp_path / "window.json", tmp_path / "fault.log"
    window = desk.window
    closing = report_state(window, path, fault)
    seen = [read_state(path)]
    sign_in(qtbot, window)
    seen.append(read_state(path))
    window.enter_self_checkin()
    seen.append(read_state(path))
    closing()
    seen.append(read_state(path))
    assert seen[:2] == [
        WindowState(os.getpid(), "desk", True, False, False, str(fault)),
        WindowState(os.getpid(), "desk", True, True, False, str(fault)),
    ]
    # Whether self check-in keeps the member signed in is the window's business, not ours.
    assert [(s.mode, s.closing) for s in seen[2:] if s] == [
        ("self_checkin", False),
        ("self_checkin", True),
    ]


def test_the_restart_note_shows_on_the_first_page_until_staff_sign_in(
    qtbot,
    desk: Desk,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    at = datetime(2026, 12, 2, 11, 58, tzinfo=UTC)
    note = show_restart_note(desk.window, Restart(at, "signal SIGSEGV", "fault-x.log"))
    clock = "20:58"  # the shelter's clock (Asia/Tokyo), whatever zone the computer is on
    shown = (note.isVisible(), note.message)
    desk.languages.switch("ja")
    qtbot.waitUntil(lambda: note.message != shown[1])  # the LanguageChange event is posted
    japanese = note.message
    desk.languages.switch("en")
    qtbot.waitUntil(lambda: note.message == shown[1])
    sign_in(qtbot, desk.window)
    assert (shown, japanese, note.isVisible()) == (
        (True, f"Restarted after a fault at {clock}"),
        f"{clock} に障害が発生したため再起動しました",
        False,
    )
