"""When a decoded text becomes an event: the camera sees the same code in many frames, and a
single misread frame must never check anyone in.

A text is accepted at once when its signature verifies (``verify`` says so: a citizen-app code
or slip that checks out cannot be a misread), otherwise when it was seen in two frames within
``confirm_window``. Once accepted, the same text yields no new event while it stays in view;
only after it has been absent for ``cooldown`` can it trigger again. The clock is injected.
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["Acceptor"]


class Acceptor:
    def __init__(
        self,
        verify: Callable[[str], bool] = lambda text: False,
        confirm_window: float = 1.5,
        cooldown: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._verify = verify
        self._window = confirm_window
        self._cooldown = cooldown
        self._clock = clock
        self._last_seen: dict[str, float] = {}
        self._accepted: set[str] = set()

    def feed(self, texts: tuple[str, ...]) -> list[str]:
        """The texts of one frame in; the newly accepted texts out (usually none)."""
        now = self._clock()
        self._forget(now)
        events = []
        for text in dict.fromkeys(texts):
            seen_before = text in self._last_seen and now - self._last_seen[text] <= self._window
            self._last_seen[text] = now
            if text in self._accepted:
                continue
            if seen_before or self._verify(text):
                self._accepted.add(text)
                events.append(text)
        return events

    def _forget(self, now: float) -> None:
        for text, last in list(self._last_seen.items()):
            if now - last > max(self._cooldown, self._window):
                del self._last_seen[text]
                self._accepted.discard(text)

    def reset(self) -> None:
        self._last_seen.clear()
        self._accepted.clear()
