"""What the front door's verbs return: every result type in one place.

A verb that writes returns a :class:`Result` — the service's own frozen value and the
:class:`~kiosk.registry.records.Changes` it made (people, households, settings, outbox), so a face
redraws only what changed (after Anki's ``OpChanges``). Reads return the service's frozen
records as they are; the one read with more to say is the search, which also tells what kind
of text it searched for (:class:`Found`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from kiosk.registry.query_kind import QueryKind
from kiosk.registry.records import Changes
from kiosk.registry.search import SearchHit

__all__ = ["Changes", "Found", "Result"]

T = TypeVar("T")


@dataclass(frozen=True)
class Result(Generic[T]):
    """A write's value (what the service returned) and what it changed."""

    value: T
    changes: Changes


@dataclass(frozen=True)
class Found:
    """People matching a search text, best first, and what the text was read as
    (:func:`kiosk.registry.query_kind.query_kind`: a name, a phone number, a birth date…)."""

    hits: tuple[SearchHit, ...]
    kind: QueryKind
