"""FIWARE NGSI v2 (Orion): ``POST /v2/op/update`` with ``actionType: append`` per request-sized
slice of a batch, after one ``POST /v2/op/query`` reading the stored ``changeSeq`` and one
``actionType: delete`` for withdrawn attributes (see :mod:`sync.adapters.base`).

Attributes go out as ``{"type": ..., "value": ...}`` with the type inferred from the value
(Text, Number, Boolean, StructuredValue, DateTime, geo:json, Relationship, None). Orion refuses the
characters ``< > " ' = ; ( )`` in attribute values unless the attribute's type is
``TextUnrestricted``, so a value containing them is sent with that type rather than altered.

Orion answers 204 for a whole batch or refuses it as a whole (400/404/422 with
``{"error": ..., "description": ...}``); the refusal is reported for every entity, and
:class:`~sync.adapters.base.BrokerAdapter` then finds the refused one by sending singly.
``append`` merges attributes into existing entities: attributes not sent stay, which is why
withdrawn ones are deleted explicitly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import requests

from sync.adapters.base import (
    BrokerAdapter,
    Entity,
    EntityResult,
    GeoJson,
    Outcome,
    Relationship,
    TokenAuth,
    json_body,
    short,
)

__all__ = ["NgsiV2Adapter", "encode_entity", "FORBIDDEN_CHARS"]

PATH = "/v2/op/update"
QUERY_PATH = "/v2/op/query"
#: Characters Orion refuses in attribute values (except in ``TextUnrestricted`` attributes).
FORBIDDEN_CHARS = frozenset("<>\"'=;()")
ACTIONS = ("append", "update")


def _has_forbidden(value: Any) -> bool:
    if isinstance(value, str):
        return not FORBIDDEN_CHARS.isdisjoint(value)
    if isinstance(value, list | tuple):
        return any(_has_forbidden(item) for item in value)
    if isinstance(value, dict):
        return any(_has_forbidden(k) or _has_forbidden(v) for k, v in value.items())
    return False


def _attribute(value: Any) -> dict[str, Any]:
    if isinstance(value, Relationship):
        return {"type": "Relationship", "value": value.object}
    if isinstance(value, GeoJson):  # Orion "Geospatial properties of entities": geo:json
        return {"type": "geo:json", "value": value.geometry}
    if isinstance(value, datetime):
        text = value.astimezone(UTC).isoformat().replace("+00:00", "Z")
        return {"type": "DateTime", "value": text}
    if _has_forbidden(value):
        kind = "TextUnrestricted"
    elif value is None:
        kind = "None"
    elif isinstance(value, bool):
        kind = "Boolean"
    elif isinstance(value, int | float):
        kind = "Number"
    elif isinstance(value, list | tuple | dict):
        kind = "StructuredValue"
    else:
        kind = "Text"
    return {"type": kind, "value": list(value) if isinstance(value, tuple) else value}


def encode_entity(entity: Entity) -> dict[str, Any]:
    """The NGSI v2 normalized representation of ``entity``."""
    body: dict[str, Any] = {"id": entity.id, "type": entity.type}
    for name, value in entity.attrs:
        body[name] = _attribute(value)
    return body


class NgsiV2Adapter(BrokerAdapter):
    """Batch upserts to an NGSI v2 broker. See :class:`BrokerAdapter` for the arguments;
    ``service_path`` is the ``Fiware-ServicePath`` (None: not sent); ``action`` is ``append``
    (create or merge) or ``update`` (existing entities only).

    Raises:
        ValueError: an unknown ``action``.
    """

    platform = "ngsi-v2"

    def __init__(
        self,
        base_url: str,
        auth: TokenAuth,
        *,
        service_path: str | None = None,
        action: str = "append",
        **options: Any,
    ) -> None:
        if action not in ACTIONS:
            raise ValueError(f"action must be one of {ACTIONS}")
        super().__init__(base_url, auth, **options)
        self.service_path = service_path
        self.action = action

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.tenant:
            headers["Fiware-Service"] = self.tenant
        if self.service_path:
            headers["Fiware-ServicePath"] = self.service_path
        return headers

    def _request(self, entities: Sequence[Entity]) -> tuple[str, dict[str, str], Any]:
        body = {"actionType": self.action, "entities": [encode_entity(e) for e in entities]}
        return PATH, self._headers(), body

    def _encoded(self, entity: Entity) -> Any:
        return encode_entity(entity)

    def _query(
        self, entities: Sequence[Entity], attrs: list[str]
    ) -> tuple[str, dict[str, str], Any]:
        # Orion "Query POST /v2/op/query"; "Pagination": limit defaults to 20, at most 1000 —
        # a batch is never larger than that (one entity per record).
        body = {"entities": [{"id": e.id, "type": e.type} for e in entities], "attrs": attrs}
        return (
            f"{QUERY_PATH}?options=keyValues&limit={max(1, min(1000, len(entities)))}",
            (self._headers()),
            body,
        )

    def _removal(self, entity: Entity) -> tuple[str, dict[str, str]]:
        # NGSI v2 "Remove Entity": DELETE /v2/entities/{entityId}?type=… (the type keeps it
        # unambiguous where two entities share an id); no payload, so no Content-Type.
        headers = {k: v for k, v in self._headers().items() if k != "Content-Type"}
        path = f"/v2/entities/{quote(entity.id, safe=':')}?type={quote(entity.type, safe='')}"
        return path, headers

    def _deletions(
        self, entities: Sequence[Entity]
    ) -> list[tuple[str, str, dict[str, str], Any, frozenset[str]]]:
        # actionType delete: "DELETE /v2/entities/<id>/attrs/<attrName> on every attribute
        # included in the entity" — all withdrawn attributes of the batch in one request.
        body = {
            "actionType": "delete",
            "entities": [
                {"id": e.id, "type": e.type, **{name: {} for name in e.clear}} for e in entities
            ],
        }
        return [(PATH, "POST", self._headers(), body, frozenset(e.id for e in entities))]

    def _success(
        self, response: requests.Response, entities: Sequence[Entity]
    ) -> tuple[EntityResult, ...] | None:
        if response.status_code not in (200, 201, 204):
            return None
        return tuple(EntityResult(e.id, Outcome.OK, response.status_code) for e in entities)

    def _error_text(self, response: requests.Response) -> str:
        body = json_body(response)
        if not isinstance(body, dict):
            return ""
        error, description = body.get("error", ""), body.get("description", "")
        return short(f"{error}: {description}" if error and description else error or description)
