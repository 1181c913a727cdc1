"""Transitional bridge for the current replay engine, which sends
:class:`~sync.mapping.MappedEntity` values through ``sender.send(...)`` and reads
``{entity id: EntityOutcome}``. It turns each mapped entity into an :class:`Entity` (adding
``changeId`` and ``changeSeq``; ``ref…`` attributes become Relationships), calls
:meth:`BrokerAdapter.send_batch`, and translates the verdicts. Remove it once
``sync/replay.py`` uses ``send_batch`` and :class:`BatchResult` directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sync.adapters import make_adapter
from sync.adapters.base import BrokerAdapter, Entity, Relationship, TokenAuth
from sync.mapping import MappedEntity
from sync.replay import EntityOutcome

__all__ = ["ReplaySender", "make_sender", "to_entity"]


def to_entity(mapped: MappedEntity) -> Entity:
    """The adapter entity for one mapped outbox entry."""
    attrs: list[tuple[str, Any]] = [
        (name, Relationship(value) if name.startswith("ref") and isinstance(value, str) else value)
        for name, value in mapped.attrs
    ]
    attrs += [("changeId", mapped.change_id), ("changeSeq", mapped.record_seq)]
    return Entity(mapped.id, mapped.type, tuple(attrs))


class ReplaySender:
    """``send(mapped entities) -> {id: EntityOutcome}`` on top of an adapter."""

    def __init__(self, adapter: BrokerAdapter) -> None:
        self.adapter = adapter

    def __repr__(self) -> str:
        return f"ReplaySender({self.adapter!r})"

    @property
    def auth(self) -> TokenAuth:
        return self.adapter.auth

    @property
    def timeout(self) -> float | tuple[float, float]:
        return self.adapter.timeout

    @timeout.setter
    def timeout(self, value: float | tuple[float, float]) -> None:
        self.adapter.timeout = value

    @property
    def requests_sent(self) -> int:
        return self.adapter.requests_sent

    def send(self, entities: Sequence[MappedEntity]) -> dict[str, EntityOutcome]:
        """One batch; never raises for an HTTP status.

        Raises:
            ValueError, TypeError: programming errors (see :meth:`BrokerAdapter.send_batch`).
        """
        result = self.adapter.send_batch([to_entity(m) for m in entities])
        return {r.entity_id: EntityOutcome(r.outcome.value, r.reason) for r in result.results}

    def close(self) -> None:
        self.adapter.close()


def make_sender(platform: str, base_url: str, auth: TokenAuth, tenant: str = "") -> ReplaySender:
    """The old factory: the configured adapter wrapped for the replay engine.

    Raises:
        ValueError: an unknown platform.
    """
    return ReplaySender(make_adapter(platform, base_url, auth, tenant=tenant))
