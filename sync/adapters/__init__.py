"""Adapters from entities to the City OS context broker: NGSI v2 or NGSI-LD, chosen in the
settings (``platform``), behind one interface (:class:`BrokerAdapter.send_batch` →
:class:`BatchResult`). See :mod:`sync.adapters.base` for what each outcome asks of the caller.
"""

from __future__ import annotations

from typing import Any

from sync.adapters.base import (
    BatchResult,
    BrokerAdapter,
    Entity,
    EntityResult,
    GeoJson,
    Outcome,
    Relationship,
    TokenAuth,
)
from sync.adapters.ngsi_ld import CORE_CONTEXT, NgsiLdAdapter
from sync.adapters.ngsi_v2 import NgsiV2Adapter

__all__ = [
    "BatchResult",
    "BrokerAdapter",
    "Entity",
    "EntityResult",
    "Outcome",
    "Relationship",
    "GeoJson",
    "TokenAuth",
    "NgsiV2Adapter",
    "NgsiLdAdapter",
    "CORE_CONTEXT",
    "PLATFORMS",
    "make_adapter",
]

#: ``platform`` setting → adapter class.
PLATFORMS: dict[str, type[BrokerAdapter]] = {
    NgsiV2Adapter.platform: NgsiV2Adapter,
    NgsiLdAdapter.platform: NgsiLdAdapter,
}


def make_adapter(platform: str, base_url: str, auth: TokenAuth, **options: Any) -> BrokerAdapter:
    """The adapter for the ``platform`` setting (``ngsi-v2`` or ``ngsi-ld``); ``options`` are
    the adapter's keyword arguments (``tenant``, ``timeout``, ``session``, ...).

    Raises:
        ValueError: an unknown platform or option value.
    """
    try:
        cls = PLATFORMS[platform]
    except KeyError:
        raise ValueError(f"unknown City OS platform {platform!r}") from None
    return cls(base_url, auth, **options)
