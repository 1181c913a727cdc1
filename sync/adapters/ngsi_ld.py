"""NGSI-LD: ``POST /ngsi-ld/v1/entityOperations/upsert`` per request-sized slice of a batch,
after one ``POST .../entityOperations/query`` reading the stored ``changeSeq`` and a ``DELETE
/ngsi-ld/v1/entities/{id}/attrs/{name}`` per withdrawn attribute (see
:mod:`sync.adapters.base`).

Attributes go out as Properties ``{"type": "Property", "value": ...}`` (DateTime values as
``{"@type": "DateTime", "@value": ...}``), GeoProperties (GeoJSON) and Relationships
``{"type": "Relationship", "object": ...}``. Names are our terms in the published context
(docs/shelter-kiosk-context.jsonld, at ``<base URL>/ngsi-ld/contexts/shelter-kiosk.jsonld``
unless ``context`` names another). NGSI-LD has no null Property value, so an attribute whose
value is ``None`` is left out. The JSON-LD context goes in a ``Link`` header with
``application/json``, or inline as ``@context`` with ``application/ld+json``
(``inline_context=True``).

The broker answers 201 (array of created ids) or 204 when every entity was written, and 207
``{"success": [...], "errors": [{"entityId": ..., "error": {type, title, status, detail}}]}``
when some were not; each error is mapped to its entity by its status. ``options=update`` (the
default) merges attributes like NGSI v2 ``append``; ``replace`` drops attributes not sent.
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
from sync.retry import retryable_status

__all__ = [
    "NgsiLdAdapter",
    "encode_entity",
    "CORE_CONTEXT",
    "KIOSK_CONTEXT_PATH",
    "kiosk_context",
    "link_header",
]

PATH = "/ngsi-ld/v1/entityOperations/upsert"
QUERY_PATH = "/ngsi-ld/v1/entityOperations/query"
ENTITIES_PATH = "/ngsi-ld/v1/entities/"
CORE_CONTEXT = "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld"
#: Where the City OS publishes our JSON-LD context (docs/shelter-kiosk-context.jsonld), under
#: its base URL; the default ``context`` of the adapter and the pull.
KIOSK_CONTEXT_PATH = "/ngsi-ld/contexts/shelter-kiosk.jsonld"


def kiosk_context(base_url: str) -> str:
    """The URL of our published JSON-LD context at a City OS base URL."""
    return base_url.rstrip("/") + KIOSK_CONTEXT_PATH


MODES = ("update", "replace")
ERRORS = "https://uri.etsi.org/ngsi-ld/errors/"
#: Problem types that mean "try again later" even when the status is missing.
_RETRY_TYPES = {ERRORS + "InternalError", ERRORS + "LdContextNotAvailable"}
_STATUS_OF_TYPE = {
    ERRORS + "BadRequestData": 400,
    ERRORS + "InvalidRequest": 400,
    ERRORS + "ResourceNotFound": 404,
    ERRORS + "AlreadyExists": 409,
    ERRORS + "OperationNotSupported": 422,
    ERRORS + "InternalError": 500,
    ERRORS + "LdContextNotAvailable": 503,
}


def link_header(context: str) -> str:
    """The ``Link`` header that carries a JSON-LD context with ``application/json``."""
    return f'<{context}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"'


def _attribute(value: Any) -> dict[str, Any]:
    if isinstance(value, Relationship):
        return {"type": "Relationship", "object": value.object}
    if isinstance(value, GeoJson):  # CIM 009 4.7: a GeoProperty holds a GeoJSON geometry
        return {"type": "GeoProperty", "value": value.geometry}
    if isinstance(value, datetime):
        text = value.astimezone(UTC).isoformat().replace("+00:00", "Z")
        return {"type": "Property", "value": {"@type": "DateTime", "@value": text}}
    return {"type": "Property", "value": list(value) if isinstance(value, tuple) else value}


def encode_entity(entity: Entity, context: str | None = None) -> dict[str, Any]:
    """The NGSI-LD normalized representation of ``entity`` (with ``@context`` if given)."""
    body: dict[str, Any] = {"id": entity.id, "type": entity.type}
    for name, value in entity.attrs:
        if value is not None:
            body[name] = _attribute(value)
    if context is not None:
        body["@context"] = context
    return body


def _problem_text(problem: dict[str, Any]) -> str:
    title = problem.get("title") or str(problem.get("type", "")).rsplit("/", 1)[-1]
    detail = problem.get("detail", "")
    return short(f"{title}: {detail}" if title and detail else title or detail)


class NgsiLdAdapter(BrokerAdapter):
    """Batch upserts to an NGSI-LD broker. See :class:`BrokerAdapter` for the arguments;
    ``context`` is the JSON-LD context URL, ``inline_context`` puts it in the body, ``mode``
    is the upsert option ``update`` (merge) or ``replace``.

    Raises:
        ValueError: an unknown ``mode``.
    """

    platform = "ngsi-ld"

    def __init__(
        self,
        base_url: str,
        auth: TokenAuth,
        *,
        context: str | None = None,
        inline_context: bool = False,
        mode: str = "update",
        **options: Any,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        super().__init__(base_url, auth, **options)
        #: Our own terms (docs/shelter-kiosk-context.jsonld), not the default context.
        self.context = context or kiosk_context(base_url)
        self.inline_context = inline_context
        self.mode = mode

    def _context_headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "Link": link_header(self.context)}
        if self.tenant:
            headers["NGSILD-Tenant"] = self.tenant
        return headers

    def _encoded(self, entity: Entity) -> Any:
        return encode_entity(entity, self.context if self.inline_context else None)

    def _query(
        self, entities: Sequence[Entity], attrs: list[str]
    ) -> tuple[str, dict[str, str], Any]:
        # CIM 009 6.23 Query Entities via POST; the names are expanded with our context.
        body = {
            "type": "Query",
            "entities": [{"id": e.id, "type": e.type} for e in entities],
            "attrs": attrs,
        }
        headers = {**self._context_headers(), "Content-Type": "application/json"}
        limit = max(1, min(1000, len(entities)))
        return f"{QUERY_PATH}?options=keyValues&limit={limit}", headers, body

    def _removal(self, entity: Entity) -> tuple[str, dict[str, str]]:
        # CIM 009 5.6.6 Delete Entity: DELETE /ngsi-ld/v1/entities/{entityId}; the id is not
        # expanded, so no context is needed, and there is no payload.
        headers = {"Accept": "application/json"}
        if self.tenant:
            headers["NGSILD-Tenant"] = self.tenant
        return f"{ENTITIES_PATH}{quote(entity.id, safe=':')}", headers

    def _deletions(
        self, entities: Sequence[Entity]
    ) -> list[tuple[str, str, dict[str, str], Any, frozenset[str]]]:
        # CIM 009 5.6.5 Delete Entity Attribute (DELETE /entities/{id}/attrs/{attrId}): every
        # broker version has it; withdrawals are rare, so one request per attribute is cheap.
        headers = self._context_headers()
        return [
            (
                f"{ENTITIES_PATH}{quote(e.id, safe=':')}/attrs/{quote(name, safe='')}",
                "DELETE",
                headers,
                None,
                frozenset({e.id}),
            )
            for e in entities
            for name in e.clear
        ]

    def _request(self, entities: Sequence[Entity]) -> tuple[str, dict[str, str], Any]:
        headers = {"Accept": "application/json"}
        if self.inline_context:
            headers["Content-Type"] = "application/ld+json"
            body = [encode_entity(e, self.context) for e in entities]
        else:
            headers["Content-Type"] = "application/json"
            headers["Link"] = link_header(self.context)
            body = [encode_entity(e) for e in entities]
        if self.tenant:
            headers["NGSILD-Tenant"] = self.tenant
        return f"{PATH}?options={self.mode}", headers, body

    def _success(
        self, response: requests.Response, entities: Sequence[Entity]
    ) -> tuple[EntityResult, ...] | None:
        status = response.status_code
        if status in (200, 201, 204):
            return tuple(EntityResult(e.id, Outcome.OK, status) for e in entities)
        if status != 207:
            return None
        report = json_body(response)
        if not isinstance(report, dict):
            return tuple(
                EntityResult(e.id, Outcome.RETRY, 207, "HTTP 207 without a report")
                for e in entities
            )
        verdicts: dict[str, EntityResult] = {}
        for entity_id in report.get("success") or []:
            if isinstance(entity_id, str):
                verdicts[entity_id] = EntityResult(entity_id, Outcome.OK, 207)
        for error in report.get("errors") or []:
            if isinstance(error, dict) and isinstance(error.get("entityId"), str):
                verdicts[error["entityId"]] = _verdict(error["entityId"], error.get("error"))
        missing = "HTTP 207: not named in the broker's report"
        return tuple(
            verdicts.get(e.id, EntityResult(e.id, Outcome.RETRY, 207, missing)) for e in entities
        )

    def _error_text(self, response: requests.Response) -> str:
        body = json_body(response)
        if not isinstance(body, dict):
            return ""
        if "error" in body and "type" not in body:  # a gateway in front of the broker
            return short(f"{body.get('error')}: {body.get('description', '')}")
        return _problem_text(body)


def _verdict(entity_id: str, problem: Any) -> EntityResult:
    problem = problem if isinstance(problem, dict) else {}
    kind = str(problem.get("type", ""))
    try:
        status = int(problem.get("status") or _STATUS_OF_TYPE.get(kind, 400))
    except (TypeError, ValueError):
        status = 400
    text = _problem_text(problem)
    reason = f"HTTP {status}: {text}" if text else f"HTTP {status}"
    if status == 401:
        return EntityResult(entity_id, Outcome.UNAUTHORIZED, status, reason)
    if status == 403:
        return EntityResult(entity_id, Outcome.FORBIDDEN, status, reason)
    if (status >= 400 and retryable_status(status)) or kind in _RETRY_TYPES:
        return EntityResult(entity_id, Outcome.RETRY, status, reason)
    return EntityResult(entity_id, Outcome.CONFLICT, status, reason)
