"""Child processes for the kill tests, forked from a server that imported their code once.

The kill tests start a child hundreds of times and SIGKILL it at a random instant of its work.
Started as ``python -m tests.checkin_child`` each child spent about half of its ~0.7 s CPU before
its first write importing the kiosk, SQLCipher, cryptography, sqlite-utils and numpy again (the
replay child also sync and its HTTP stack): 131 s and 63 s of the two tests became 53 s and 11 s.
The standard library's ``forkserver`` start method imports the child modules once in a fresh
single-threaded server process and forks each child from it; the child is still its own process
that opens the store itself and dies by SIGKILL mid-write, which is what the
tests are about (nothing is shared with the parent: no connection, no thread, no lock).

The child reports through a one-way pipe instead of its stdout: one message per line, each a
single write smaller than PIPE_BUF, so a kill lands before or after a whole acknowledgement,
exactly as with ``print(..., flush=True)``.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

__all__ = ["KillableChild", "Say"]

#: The modules whose ``run`` the kill tests start; imported once by the fork server.
PRELOAD = ["tests.checkin_child", "tests.replay_child"]

Say = Callable[[str], None]


def _context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    # Takes effect when the server starts (the first child of the session), for all of them.
    context.set_forkserver_preload(PRELOAD)
    return context


def _say_to(pipe: Connection) -> Say:
    return lambda line: pipe.send_bytes(line.encode())


def _run(target: Callable[..., None], args: tuple[Any, ...], pipe: Connection) -> None:
    target(*args, say=_say_to(pipe))


class KillableChild:
    """``target(*args, say=...)`` running in a child forked from the preloaded server."""

    def __init__(self, target: Callable[..., None], *args: Any) -> None:
        context = _context()
        self._lines, write_end = context.Pipe(duplex=False)
        self.process = context.Process(target=_run, args=(target, args, write_end), daemon=True)
        self.process.start()
        write_end.close()  # the child holds the only write end: its death is our end of file

    def readline(self) -> str:
        """The child's next line, or "" once it has exited."""
        try:
            return self._lines.recv_bytes().decode() + "\n"
        except EOFError:
            return ""

    def kill_and_read_rest(self) -> list[str]:
        """SIGKILL the child; return the lines it said before it died."""
        self.process.kill()  # SIGKILL, unless it has already exited
        rest = []
        while line := self.readline():
            rest.append(line.rstrip("\n"))
        self.process.join(timeout=30)
        self._lines.close()
        if self.process.exitcode is None:
            raise TimeoutError("the killed child did not exit")
        return rest
