"""PC/SC access: list the readers, talk to the card on one, and follow readers and cards on a
thread of their own.

Everything goes through pyscard's ``smartcard.scard`` (the PC/SC API itself), so a USB NFC
reader (e.g. Sony RC-S300, a CCID reader) and the vsmartcard virtual reader of the tests are the
same thing here. PC/SC failures become :mod:`kiosk.cards.errors` with a message saying what to
do. APDUs are never logged: they may hold a PIN or a card's number.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from smartcard import scard

from kiosk.cards.errors import (
    CardError,
    CardRemoved,
    NoCard,
    NoReader,
    ReaderServiceUnavailable,
)

__all__ = [
    "Response",
    "CardSession",
    "ReaderEvent",
    "CardWatcher",
    "list_readers",
    "first_reader",
    "wait_for_card",
]

_NO_SERVICE = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED}
_NO_READER = {
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
}
_CARD_GONE = {scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_RESET_CARD}
#: pcscd's pseudo-reader that changes state when a reader is plugged or unplugged.
_PNP = "\\\\?PnP?\\Notification"


def _fail(rv: int, during: str) -> CardError:
    if rv in _NO_SERVICE:
        return ReaderServiceUnavailable()
    if rv in _NO_READER:
        return NoReader()
    if rv in _CARD_GONE:
        return CardRemoved() if during == "transmit" else NoCard()
    if rv == scard.SCARD_W_UNRESPONSIVE_CARD or rv == scard.SCARD_W_UNPOWERED_CARD:
        return NoCard()
    return CardError(reason=f"{during}: PC/SC 0x{rv & 0xFFFFFFFF:08X}")


def _context() -> int:
    rv, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if rv != scard.SCARD_S_SUCCESS:
        raise _fail(rv, "context")
    return int(ctx)


def _readers(ctx: int) -> tuple[str, ...]:
    rv, names = scard.SCardListReaders(ctx, [])
    if rv in (scard.SCARD_E_NO_READERS_AVAILABLE,):
        return ()
    if rv != scard.SCARD_S_SUCCESS:
        raise _fail(rv, "list")
    return tuple(names)


def list_readers() -> tuple[str, ...]:
    """The names of the connected readers (may be empty).

    Raises:
        ReaderServiceUnavailable: pcscd is not running.
    """
    ctx = _context()
    try:
        return _readers(ctx)
    finally:
        scard.SCardReleaseContext(ctx)


def first_reader() -> str:
    """The first connected reader.

    Raises:
        ReaderServiceUnavailable: pcscd is not running.
        NoReader: no reader is connected.
    """
    readers = list_readers()
    if not readers:
        raise NoReader()
    return readers[0]


def wait_for_card(reader: str | None, timeout_s: float) -> str:
    """Wait until a card is on ``reader`` (or on any reader when None) and return that reader's
    name; a card already there counts. Each wait is bounded by the remaining time.

    Raises:
        ReaderServiceUnavailable: pcscd is not running.
        NoReader: ``reader`` is not connected, or no reader at all.
        NoCard: no card came within ``timeout_s`` seconds.
    """
    deadline = time.monotonic() + timeout_s
    ctx = _context()
    try:
        states: dict[str, int] = {}
        while True:
            readers = _readers(ctx)
            if reader is not None and reader not in readers:
                raise NoReader()
            watched = [reader] if reader is not None else list(readers)
            if not watched:
                raise NoReader()
            left_ms = int((deadline - time.monotonic()) * 1000)
            if left_ms <= 0:
                raise NoCard()
            query = [(r, states.get(r, scard.SCARD_STATE_UNAWARE)) for r in watched]
            rv, changed = scard.SCardGetStatusChange(ctx, min(left_ms, 500), query)
            if rv == scard.SCARD_E_TIMEOUT:
                continue
            if rv != scard.SCARD_S_SUCCESS:
                raise _fail(rv, "wait")
            for name, state, _atr in changed:
                states[name] = state & ~scard.SCARD_STATE_CHANGED
                if state & scard.SCARD_STATE_PRESENT and not state & scard.SCARD_STATE_MUTE:
                    return str(name)
    finally:
        scard.SCardReleaseContext(ctx)


@dataclass(frozen=True, repr=False)
class Response:
    """A response APDU: its data and status word (``0x9000`` is success)."""

    data: bytes
    sw: int

    @property
    def ok(self) -> bool:
        return self.sw == 0x9000

    def __repr__(self) -> str:  # data may be a card's number: never in a repr
        return f"Response(sw=0x{self.sw:04X}, {len(self.data)} bytes)"


class CardSession:
    """An exclusive connection to the card on ``reader``; use as a context manager.

    Raises (on enter):
        ReaderServiceUnavailable, NoReader, NoCard.
    """

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self.atr = b""
        self._ctx: int | None = None
        self._card: int | None = None
        self._pci: object = None

    def __enter__(self) -> CardSession:
        self._ctx = _context()
        rv, card, protocol = scard.SCardConnect(
            self._ctx,
            self.reader,
            scard.SCARD_SHARE_EXCLUSIVE,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if rv != scard.SCARD_S_SUCCESS:
            self._release()
            raise _fail(rv, "connect")
        self._card = card
        self._pci = (
            scard.SCARD_PCI_T1 if protocol == scard.SCARD_PROTOCOL_T1 else (scard.SCARD_PCI_T0)
        )
        rv, _name, _state, _proto, atr = scard.SCardStatus(card)
        self.atr = bytes(atr) if rv == scard.SCARD_S_SUCCESS else b""
        return self

    def transmit(self, apdu: bytes | bytearray) -> Response:
        """Send one command APDU; the caller clears ``apdu`` if it held a secret.

        Raises:
            CardRemoved: the card left the reader.
            CardError: another PC/SC failure.
        """
        if self._card is None:
            raise NoCard()
        command = list(apdu)
        try:
            rv, response = scard.SCardTransmit(self._card, self._pci, command)
        finally:
            command[:] = [0] * len(command)  # the list may hold a PIN
        if rv != scard.SCARD_S_SUCCESS:
            raise _fail(rv, "transmit")
        if len(response) < 2:
            raise CardError(reason="response shorter than a status word")
        return Response(bytes(response[:-2]), (response[-2] << 8) | response[-1])

    def _release(self) -> None:
        if self._card is not None:
            scard.SCardDisconnect(self._card, scard.SCARD_RESET_CARD)
            self._card = None
        if self._ctx is not None:
            scard.SCardReleaseContext(self._ctx)
            self._ctx = None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # Reset on leaving: the card forgets a verified PIN at once, not at the next power-up.
        self._release()


@dataclass(frozen=True)
class ReaderEvent:
    """What changed: ``readers`` (the list of readers, after a plug or unplug), ``card_in``
    (with the card's ATR), ``card_out``, or ``service_down`` (pcscd stopped)."""

    kind: str
    reader: str = ""
    readers: tuple[str, ...] = ()
    atr: bytes = b""


class CardWatcher:
    """Follows readers and cards on its own thread and calls ``on_event`` there for each change.

    Each wait is bounded (``poll_ms``), so :meth:`stop` returns within about that time. The
    callback must be quick and must not touch widgets (the window posts it to the GUI thread).
    """

    def __init__(self, on_event: Callable[[ReaderEvent], None], poll_ms: int = 200) -> None:
        self._on_event = on_event
        self._poll_ms = poll_ms
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="card-watcher", daemon=True)
            self._thread.start()

    def request_stop(self) -> None:
        """Ask the thread to end without waiting for it (safe from the thread itself)."""
        self._stop.set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        readers: tuple[str, ...] = ()
        present: dict[str, bool] = {}
        service_up = True
        while not self._stop.is_set():
            try:
                ctx = _context()
            except ReaderServiceUnavailable:
                if service_up:
                    service_up = False
                    self._on_event(ReaderEvent("service_down"))
                self._stop.wait(1.0)
                continue
            service_up = True
            try:
                readers, present = self._follow(ctx, readers, present)
            finally:
                scard.SCardReleaseContext(ctx)

    def _follow(
        self, ctx: int, readers: tuple[str, ...], present: dict[str, bool]
    ) -> tuple[tuple[str, ...], dict[str, bool]]:
        """Wait for changes under one context until stopped or the service goes away."""
        states: dict[str, int] = {}
        while not self._stop.is_set():
            try:
                now = _readers(ctx)
            except CardError:
                return readers, present
            if now != readers:
                for gone in set(readers) - set(now):
                    if present.pop(gone, False):
                        self._on_event(ReaderEvent("card_out", gone, now))
                    states.pop(gone, None)
                readers = now
                self._on_event(ReaderEvent("readers", readers=readers))
            query = [(r, states.get(r, scard.SCARD_STATE_UNAWARE)) for r in readers]
            query.append((_PNP, states.get(_PNP, scard.SCARD_STATE_UNAWARE)))
            rv, changed = scard.SCardGetStatusChange(ctx, self._poll_ms, query)
            if rv == scard.SCARD_E_TIMEOUT:
                continue
            if rv in _NO_SERVICE:
                return readers, present
            if rv != scard.SCARD_S_SUCCESS:
                self._stop.wait(self._poll_ms / 1000)
                continue
            for name, state, atr in changed:
                states[name] = state & ~scard.SCARD_STATE_CHANGED
                if name == _PNP or name not in readers:
                    continue
                is_in = bool(state & scard.SCARD_STATE_PRESENT) and not (
                    state & scard.SCARD_STATE_MUTE
                )
                if is_in != present.get(name, False):
                    present[name] = is_in
                    kind = "card_in" if is_in else "card_out"
                    self._on_event(ReaderEvent(kind, name, readers, bytes(atr) if is_in else b""))
        return readers, present
