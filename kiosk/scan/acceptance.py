"""When a decoded text becomes an event. The camera sees the same code in many frames, and a
single misread frame must never check anyone in.

A text is accepted at once when ``verify`` says it is a signed code (a citizen-app code or a
kiosk slip whose signature checks out cannot be a misread); otherwise when it was decoded in
two frames no more than ``confirm_window`` seconds apart. Once accepted, the same text gives no
new event while it stays in view: only after it has been out of view for ``cooldown`` seconds
can it trigger again. Frames in which a held code is momentarily not decoded (motion blur, a
reflection) do not end its stay. The clock is injected, so tests need no waiting.

:class:`SignatureCheck` is the window's ``verify``: offline crypto against a snapshot of the
trust list, nothing else, so it runs on the decode thread and never touches the store.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from kiosk.basics.errors import KioskError
from kiosk.identity import TrustList, classify, verify_app_code, verify_slip

__all__ = ["Acceptor", "Accepted", "SignatureCheck"]


@dataclass(frozen=True)
class Accepted:
    """One event: a text let through, whether by its signature, and when (the clock's time).
    The repr holds no text: it may be personal data."""

    text: str
    signed: bool
    at: float

    def __repr__(self) -> str:
        return f"Accepted(signed={self.signed}, at={self.at:.3f}, {len(self.text)} characters)"


@dataclass(frozen=True)
class SignatureCheck:
    """Whether a decoded text is a citizen-app code or a kiosk slip whose signature verifies
    with ``trust`` at ``clock()``: an :class:`Acceptor`'s ``verify``.

    Only the signature (and what ``verify_app_code``/``verify_slip`` check with it: key
    validity, expiry, well-formedness) decides here, because the question is only "can this be
    a misread?". Whether the code is let in — another shelter's slip, a slip from an earlier
    opening — is :func:`kiosk.reception.arrival.identify`'s answer on the DB thread, with the trust
    list then in the store; a code this snapshot no longer matches still needs a second sighting.

    Args:
        trust: a snapshot of the kiosk's trust list with its own slip key
            (:func:`kiosk.city.trust_store.load_trust`), read before the camera starts: the decode
            thread must never share the store's connection.
        clock: aware "now" (``Context.clock``).

    Immutable, so safe to call from any thread.
    """

    trust: TrustList
    clock: Callable[[], datetime]

    def __call__(self, text: str) -> bool:
        """True for a verified app code or slip; False for any other text.

        Raises:
            KioskError: the text has an app or slip prefix but does not verify (which
                :class:`Acceptor` counts as "not signed").
        """
        kind = classify(text)
        if kind == "app":
            verify_app_code(text, self.trust, self.clock())
            return True
        if kind == "slip":
            verify_slip(text, self.trust, self.clock())
            return True
        return False

    def __repr__(self) -> str:
        return f"SignatureCheck({len(self.trust.keys)} trusted keys)"


@dataclass
class _Sighting:
    last_seen: float
    frame: int
    accepted: bool = False
    signed: bool | None = None  # verify's answer, asked once per stay in view


class Acceptor:
    """Turns the texts decoded from successive frames into events.

    Args:
        verify: says whether a text is a signed code whose signature checks out; called at
            most once per text while it stays in view. A :class:`KioskError` it raises
            (a malformed or refused code) counts as "not signed"; other exceptions propagate.
        confirm_window: the most seconds between two sightings of an unsigned text.
        cooldown: seconds a text must be out of view before it can trigger again.
        clock: monotonic seconds.
        max_tracked: texts remembered at most (the oldest are forgotten first), so a stream
            of misreads cannot grow memory.

    Thread-safe.
    """

    def __init__(
        self,
        verify: Callable[[str], bool] = lambda text: False,
        confirm_window: float = 1.5,
        cooldown: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
        max_tracked: int = 64,
    ) -> None:
        self._verify = verify
        self._window = confirm_window
        self._cooldown = cooldown
        self._clock = clock
        self._max_tracked = max_tracked
        self._seen: dict[str, _Sighting] = {}
        self._frame = 0
        self._lock = threading.Lock()

    def feed(self, texts: Iterable[str]) -> list[str]:
        """The texts decoded from one frame in (empty when none); the texts that become
        events now out (usually none).

        Raises:
            Exception: whatever ``verify`` raises other than a :class:`KioskError`.
        """
        return [event.text for event in self.accept(texts)]

    def accept(self, texts: Iterable[str]) -> list[Accepted]:
        """Like :meth:`feed`, with whether each event was signed and when it happened.

        Raises:
            Exception: whatever ``verify`` raises other than a :class:`KioskError`.
        """
        with self._lock:
            now = self._clock()
            self._frame += 1
            self._forget(now)
            events = []
            for text in dict.fromkeys(texts):
                event = self._sighting(text, now)
                if event is not None:
                    events.append(event)
            return events

    def _sighting(self, text: str, now: float) -> Accepted | None:
        seen = self._seen.get(text)
        if seen is None or now - seen.last_seen > (
            self._cooldown if seen.accepted else self._window
        ):
            # A new stay in view: first sighting, back after the cooldown, or the previous
            # sighting was too long ago to confirm this one.
            seen = self._seen[text] = _Sighting(now, self._frame)
            if self._signed(seen, text):
                seen.accepted = True
                return Accepted(text, True, now)
            return None
        if seen.frame == self._frame:
            return None  # one frame is one sighting
        seen.last_seen, seen.frame = now, self._frame
        if seen.accepted:
            return None  # still in view: one event per stay
        seen.accepted = True
        return Accepted(text, self._signed(seen, text), now)

    def _signed(self, seen: _Sighting, text: str) -> bool:
        if seen.signed is None:
            try:
                seen.signed = bool(self._verify(text))
            except KioskError:
                seen.signed = False
        return seen.signed

    def _forget(self, now: float) -> None:
        """Drop texts out of view for longer than both the window and the cooldown, and the
        oldest beyond ``max_tracked``."""
        horizon = max(self._window, self._cooldown)
        for text in [t for t, s in self._seen.items() if now - s.last_seen > horizon]:
            del self._seen[text]
        while len(self._seen) > self._max_tracked:
            oldest = min(self._seen, key=lambda t: self._seen[t].last_seen)
            del self._seen[oldest]

    def reset(self) -> None:
        """Forget every text (after a lock, or a screen change): the next sighting counts."""
        with self._lock:
            self._seen.clear()
