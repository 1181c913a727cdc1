"""Keeping the reception window up: `kiosk-app` runs the window as a child process and, when
it ends abnormally (a native crash, a kill by the system), starts it again — locked, in the
mode it was in — a bounded number of times.

The supervisor is deliberately small: no Qt (it must not load the library that crashed), no
store and no passphrase (the restarted window opens the store itself, asking again when the
passphrase came from the unlock prompt, and writes the audit row of the restart). The window
tells its supervisor what it needs through a small owner-only state file: its pid, its mode
(desk or self check-in), whether its window is up, whether it is closing on purpose, and the
path of its fault file (:func:`kiosk.basics.logs.enable_fault_log`). Nothing in it is personal data.

What counts as abnormal follows systemd's ``Restart=on-abnormal``: death by a signal other than
the four "clean" ones (HUP, INT, TERM, PIPE), or an exit code other than 0 (closed), 1 (a person
gave up at start, or an error already reported) and 2 (a usage error) — on Windows a crash
ends with a code such as 3 (abort) or 0xC0000005 (access violation).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

__all__ = [
    "MODES",
    "RestartBound",
    "Restart",
    "WindowState",
    "Supervisor",
    "abnormal",
    "describe_exit",
    "exit_status",
    "read_state",
    "write_state",
]

#: The window's modes a restart keeps: the staffed desk (always restarted locked, on the PIN
#: page) or unattended self check-in.
MODES = ("desk", "self_checkin")
#: Exit codes of a window that ended on purpose: closed, gave up at start, usage error.
CLEAN_CODES = frozenset({0, 1, 2})
#: Signals that stop a window on purpose (systemd's "clean" signals).
CLEAN_SIGNALS = frozenset(
    getattr(signal, name)
    for name in ("SIGHUP", "SIGINT", "SIGTERM", "SIGPIPE")
    if hasattr(signal, name)
)


_MODE_WORDS = {"desk": "desk", "self_checkin": "self check-in"}


@dataclass(frozen=True)
class RestartBound:
    """At most ``restarts`` restarts within any ``within_seconds``; the next abnormal end stops
    the supervisor (a window that keeps crashing needs a person, not a loop)."""

    restarts: int = 5
    within_seconds: float = 600.0


@dataclass(frozen=True)
class Restart:
    """What a restarted window is told about the end of the one before it (no personal data):
    when it was seen, how it ended, and the name of its fault file in the log folder."""

    at: datetime
    exit: str
    fault_file: str

    def to_arg(self) -> str:
        return json.dumps({"at": self.at.isoformat(), "exit": self.exit, "fault": self.fault_file})

    @classmethod
    def from_arg(cls, text: str) -> Restart:
        """Parse :meth:`to_arg`'s text.

        Raises:
            ValueError: not such a text.
        """
        try:
            data = json.loads(text)
            at = datetime.fromisoformat(data["at"])
            return cls(at, str(data["exit"]), Path(str(data["fault"])).name)
        except (TypeError, KeyError, json.JSONDecodeError) as exc:
            raise ValueError("not a restart description") from exc


@dataclass(frozen=True)
class WindowState:
    """What the running window tells its supervisor."""

    pid: int
    mode: str
    ready: bool = False
    signed_in: bool = False
    closing: bool = False
    fault_file: str = ""


def write_state(path: Path, state: WindowState) -> None:
    """Replace the state file atomically, owner-only. Not fsynced: it only matters while the
    supervisor runs, and a mode change must not wait for the disk on the GUI thread.

    Raises:
        OSError: the folder is not writable.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(state), handle)
    os.replace(tmp, path)


def read_state(path: Path) -> WindowState | None:
    """The window's last state, or None when it wrote none (or something unreadable)."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        state = WindowState(**data)
    except (OSError, ValueError, TypeError):
        return None
    return state if state.mode in MODES else None


def abnormal(code: int) -> bool:
    """Whether a window that ended with ``code`` (``Popen.returncode``: negative for a signal)
    crashed or was killed, rather than ended on purpose (see the module's docstring)."""
    if code < 0:
        return -code not in CLEAN_SIGNALS
    return code not in CLEAN_CODES


def describe_exit(code: int) -> str:
    """``signal SIGSEGV`` or ``code 3``: how a process ended, for the fault file and the audit."""
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"code {code}"


def exit_status(code: int) -> int:
    """The supervisor's own exit status for a child's: a signal as the shell reports it."""
    return 128 - code if code < 0 else code


def _remove_if_empty(state: WindowState | None) -> None:
    """A window that ended on purpose without running its exit handlers (a TERM) leaves an
    empty fault file: nothing happened, so it goes."""
    if state is None or not state.fault_file:
        return
    path = Path(state.fault_file)
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0:
            path.unlink()


class Supervisor:
    """Runs the window until it ends on purpose, restarting it after abnormal ends.

    ``command(mode, restart)`` gives the child's argv for a mode of :data:`MODES` and the
    restart it follows (None for the first start). Messages for the operator go to ``out``
    (English, no data).
    """

    def __init__(
        self,
        command: Callable[[str, Restart | None], list[str]],
        state_path: Path,
        mode: str = "desk",
        bound: RestartBound = RestartBound(),
        out: TextIO | None = None,
    ) -> None:
        self.command = command
        self.state_path = state_path
        self.mode = mode
        self.bound = bound
        self.out = out if out is not None else sys.stderr
        self.stopping = False
        self.child: subprocess.Popen[bytes] | None = None
        self.restarts: list[float] = []

    def run(self) -> int:
        """Start the window and watch it; returns the status to exit with."""
        restart: Restart | None = None
        with self._signals_forwarded():
            try:
                while True:
                    code, state = self._run_once(restart)
                    restart = self._next(code, state)
                    if restart is None or self.stopping:  # a TERM may arrive in between
                        return exit_status(code)
            finally:
                self.state_path.unlink(missing_ok=True)

    def _next(self, code: int, state: WindowState | None) -> Restart | None:
        """The restart that follows a window's end, or None when supervision ends here."""
        if state is not None:
            self.mode = state.mode
        if not abnormal(code):
            _remove_if_empty(state)
            return None
        fault = self._note_fault(code, state)
        if self.stopping or (state is not None and state.closing):
            return None
        minutes = f"{self.bound.within_seconds / 60:g} minutes"
        if not self._may_restart():
            folder = fault.parent if fault else "the log folder"
            self._say(
                f"the window ended abnormally ({describe_exit(code)}) "
                f"{self.bound.restarts + 1} times within {minutes}; it is not started again. "
                f"Its fault files are in {folder}; `kiosk doctor` lists them."
            )
            return None
        restart = Restart(datetime.now(UTC), describe_exit(code), fault.name if fault else "")
        self._say(
            f"the window ended abnormally ({restart.exit}); starting it again, locked, in "
            f"{_MODE_WORDS[self.mode]} mode (restart {len(self.restarts)} of "
            f"{self.bound.restarts} within {minutes})."
        )
        return restart

    def _run_once(self, restart: Restart | None) -> tuple[int, WindowState | None]:
        self.state_path.unlink(missing_ok=True)
        self.child = subprocess.Popen(self.command(self.mode, restart))
        code = self.child.wait()
        return code, read_state(self.state_path)

    def _may_restart(self) -> bool:
        """Count this restart if the bound allows it (a sliding window of restart times)."""
        now = time.monotonic()
        self.restarts = [t for t in self.restarts if now - t < self.bound.within_seconds]
        if len(self.restarts) >= self.bound.restarts:
            return False
        self.restarts.append(now)
        return True

    def _note_fault(self, code: int, state: WindowState | None) -> Path | None:
        """Append how the window ended to its fault file (created if the window removed it or
        never wrote one), so even a kill that leaves no frames is on record."""
        if state is None or not state.fault_file:
            self._say(f"the window ended abnormally ({describe_exit(code)}) before it started.")
            return None
        path = Path(state.fault_file)
        line = (
            f"kiosk-app supervisor: the window (pid {state.pid}, {state.mode} mode) ended with "
            f"{describe_exit(code)} at {datetime.now(UTC).isoformat(timespec='seconds')}\n"
        )
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as handle:
                handle.write(line)
        except OSError:
            self._say(f"cannot write to the fault file {path}.")
        return path

    def _say(self, message: str) -> None:
        print(f"kiosk-app: {message}", file=self.out, flush=True)

    @contextlib.contextmanager
    def _signals_forwarded(self) -> Iterator[None]:
        """While the window runs: TERM and HUP are passed on to it and end supervision; INT
        (Ctrl+C, which the terminal also sends the window) only ends supervision."""

        def forward(signum: int, _frame: object) -> None:
            self.stopping = True
            if self.child is not None and self.child.poll() is None and signum != signal.SIGINT:
                self.child.send_signal(signum)

        names = ("SIGTERM", "SIGHUP", "SIGINT")
        previous = {
            sig: signal.signal(sig, forward)
            for sig in (getattr(signal, n) for n in names if hasattr(signal, n))
        }
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
