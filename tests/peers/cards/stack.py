"""The real PC/SC stack for tests: ``pcscd`` with the vsmartcard virtual reader (vpcd), and
emulated cards put on and taken off that reader.

:class:`PcscStack` starts ``pcscd`` in the foreground with a reader.conf directory of its own
that declares one vpcd reader on a free port, and stops it afterwards. pcscd 1.9.9 (Debian 12)
has its socket compiled in (``/run/pcscd/pcscd.comm``; the daemon ignores
``PCSCLITE_CSOCK_NAME``), so only one pcscd can run on a machine: a second one is refused with
a clear message instead of being stopped. vpcd's server mode is used: vpcd listens and the
emulated card connects to 127.0.0.1 (vpcd binds that port on every interface — its code,
``opensock`` in ``vpcd.c``, has no address setting). Its reversed mode (vpcd connecting to the
card) crashes pcscd 1.9.9 with vsmartcard 3.3 ("bit out of range 0 - FD_SETSIZE on fd_set":
``vicc_connect`` treats ``INVALID_SOCKET`` as a server socket, fixed upstream in 2022).

:class:`VirtualCard` is one card: :meth:`insert` connects it to the reader (vpcd reports a card
present), :meth:`remove` closes the connection (card absent). :func:`_serve` carries vpcd's
messages to the card's vsmartcard ``SmartcardOS`` (tests/peers/cards/emulated.py).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

__all__ = ["PcscStack", "VirtualCard", "PcscUnavailable", "PCSCD_PID_FILE"]

PCSCD_PID_FILE = Path("/run/pcscd/pcscd.pid")
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
_START_SECONDS = 10.0


class PcscUnavailable(RuntimeError):
    """pcscd or vpcd is not installed, or another pcscd already runs."""


def _free_port_pair() -> int:
    """A port P with P and P+1 free on every interface (vpcd opens one per slot)."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("", 0))
            port = s.getsockname()[1]
        if port >= 0xFFFF:
            continue
        try:
            with socket.socket() as t:
                t.bind(("", port + 1))
        except OSError:
            continue
        return port
    raise PcscUnavailable("no free pair of ports for vpcd")


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM it when the test process dies (Linux prctl
    PR_SET_PDEATHSIG), so a killed test run leaves no pcscd holding the one socket."""
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM, 0, 0, 0)


def _running_pcscd() -> int | None:
    try:
        pid = int(PCSCD_PID_FILE.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    return pid


class PcscStack:
    """pcscd with one virtual reader; a context manager."""

    def __init__(self) -> None:
        self.port = 0
        self._dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self.log_path: Path | None = None

    def start(self) -> PcscStack:
        pcscd = shutil.which("pcscd") or "/usr/sbin/pcscd"
        if not Path(pcscd).exists() or not VPCD_DRIVER.exists():
            raise PcscUnavailable("pcscd or vsmartcard-vpcd is not installed: run scripts/setup.sh")
        other = _running_pcscd()
        if other is not None:
            raise PcscUnavailable(
                f"another pcscd runs (pid {other}); pcscd 1.9.9 has one fixed socket, stop it first"
            )
        self.port = _free_port_pair()
        self._dir = Path(tempfile.mkdtemp(prefix="kiosk-pcscd-"))
        conf = self._dir / "reader.conf.d"
        conf.mkdir()
        (conf / "vpcd").write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME   /dev/null:0x{self.port:04X}\n"
            f"LIBPATH      {VPCD_DRIVER}\n"
            f"CHANNELID    0x{self.port:04X}\n"
        )
        self.log_path = self._dir / "pcscd.log"
        with self.log_path.open("wb") as log:
            self._proc = subprocess.Popen(
                [pcscd, "--foreground", "--config", str(conf)],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        from smartcard.scard import (
            SCARD_S_SUCCESS,
            SCARD_SCOPE_USER,
            SCardEstablishContext,
            SCardListReaders,
            SCardReleaseContext,
        )

        deadline = time.monotonic() + _START_SECONDS
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                raise PcscUnavailable(f"pcscd exited at start: {self.log_text()[-2000:]}")
            rv, ctx = SCardEstablishContext(SCARD_SCOPE_USER)
            if rv == SCARD_S_SUCCESS:
                rv, readers = SCardListReaders(ctx, [])
                SCardReleaseContext(ctx)
                if rv == SCARD_S_SUCCESS and readers:
                    return
            time.sleep(0.05)
        raise PcscUnavailable(f"pcscd did not list the virtual reader: {self.log_text()[-2000:]}")

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path else ""

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.send_signal(signal.SIGTERM)
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=10)
        self._proc = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def card(self, card_os: Any) -> VirtualCard:
        """A card for the first slot of the virtual reader (not inserted yet)."""
        return VirtualCard(card_os, self.port)

    def __enter__(self) -> PcscStack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class VirtualCard:
    """One emulated card on the virtual reader's slot at ``port``."""

    def __init__(self, card_os: Any, port: int, slot_reader: str = "Virtual PCD 00 00") -> None:
        self.os = card_os
        self.port = port
        #: The PC/SC name of the reader slot vpcd opened on ``port``.
        self.slot_reader = slot_reader
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def inserted(self) -> bool:
        return self._sock is not None

    def insert(self, wait: bool = True) -> None:
        """Put the card on the reader (connects to vpcd, which then reports it present); with
        ``wait``, return once pcscd reports the card present."""
        if self._sock is not None:
            return
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self._thread = threading.Thread(
            target=_serve, args=(sock, self.os), name="virtual-card", daemon=True
        )
        self._thread.start()
        if wait:
            _wait_for_state(self.slot_reader, present=True)

    def remove(self, wait: bool = True) -> None:
        """Take the card off the reader; with ``wait``, return once pcscd reports it absent."""
        sock, self._sock = self._sock, None
        if sock is None:
            return
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if wait:
            _wait_for_state(self.slot_reader, present=False)


# vpcd's messages (vpcd.c): a 2-byte big-endian length, then the body. A 1-byte body is a
# control: 00 power off, 01 power on, 02 reset, 04 "send the ATR"; a longer one is an APDU.
_CONTROL = {0x00: "powerDown", 0x01: "powerUp", 0x02: "reset"}


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    # TCP_QUICKACK before each read (the kernel drops it again after a while): vpcd writes a
    # message's length and body in two sends, so with its Nagle the body waits for our ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
    return sock.recv(size, socket.MSG_WAITALL)


def _serve(sock: socket.socket, card_os: Any) -> None:
    """Carry vpcd's messages to ``card_os`` (a vsmartcard ``SmartcardOS``) until vpcd or
    :meth:`VirtualCard.remove` closes the connection.

    The same protocol as vsmartcard's ``VirtualICC.run``, whose loop is not used: it reads
    without ``MSG_WAITALL``/``TCP_QUICKACK`` (each message then took ~44 ms: vpcd's Nagle
    waiting for a delayed ACK), and ends with ``sys.exit()`` or an ``UnboundLocalError``.
    """
    try:
        while True:
            head = _recv_exactly(sock, 2)
            if len(head) < 2:
                return
            size = int.from_bytes(head, "big")
            body = _recv_exactly(sock, size) if size else b""
            if len(body) < size:
                return
            if size == 1 and body[0] == 0x04:
                answer = card_os.getATR()
            elif size == 1:
                getattr(card_os, _CONTROL.get(body[0], "reset"))()
                continue
            else:
                answer = card_os.execute(body)
            sock.sendall(len(answer).to_bytes(2, "big") + answer)
    except OSError:
        return  # remove() closed the socket


def _wait_for_state(reader: str, present: bool) -> None:
    """Wait (at most 10 s) until pcscd reports a card on ``reader`` or none."""
    from smartcard import scard

    rv, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if rv != scard.SCARD_S_SUCCESS:
        raise PcscUnavailable("pcscd is not running")
    try:
        state = scard.SCARD_STATE_UNAWARE
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            rv, changed = scard.SCardGetStatusChange(ctx, 200, [(reader, state)])
            if rv == scard.SCARD_S_SUCCESS:
                state = changed[0][1] & ~scard.SCARD_STATE_CHANGED
                if bool(state & scard.SCARD_STATE_PRESENT) == present:
                    return
        raise PcscUnavailable(f"pcscd did not see the card {'arrive' if present else 'leave'}")
    finally:
        scard.SCardReleaseContext(ctx)
