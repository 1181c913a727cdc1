"""The entity store of the City OS test peer, as Orion (NGSI v2) and Orion-LD (NGSI-LD) apply
writes — written from the specifications, each rule cited beside its check, never from our
client. A broker keeps no change ids: ``changeId`` and ``changeSeq`` are attributes like any
other, so a change sent twice is applied twice and an old change written after a new one wins.

Every function takes one tenant's entities (``id`` → normalized entity) and the parsed request,
mutates the store and returns ``(status, body)``; the caller holds the peer's lock.

Sources: Orion API (``doc/manuals/orion-api.md``): "Update ``POST /v2/op/update``", "Query
``POST /v2/op/query``", "Append or update attributes ``POST /v2/entities/{id}/attrs``", "Remove a
single attribute ``DELETE /v2/entities/{id}/attrs/{attrName}``", "Error Responses", "Pagination".
ETSI GS CIM 009 (NGSI-LD): 5.6.2 Update Entity Attributes (PATCH ``/entities/{id}/attrs``),
5.6.5 Delete Entity Attribute, 5.6.8 Batch Entity Creation or Update (Upsert: ``options=update``
merges, ``replace`` — the default — replaces), 5.6.9 Batch Entity Update (existing entities
only, ``options=noOverwrite``), 5.7.2 Query Entities (and 6.23 Query via POST), and the NGSI-LD
Null ``"urn:ngsi-ld:null"`` (V1.6.1, with Merge Entity) that deletes an attribute in a merge or
update.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.peers.ngsi_rules import (
    NGSI_LD_NULL,
    V2_LIMIT_DEFAULT,
    V2_LIMIT_MAX,
    identifier_problem,
    reduce_arrays,
    value_has_forbidden,
)

__all__ = [
    "LD_ERRORS",
    "v2_error",
    "ld_problem",
    "v2_check",
    "ld_check",
    "v2_update",
    "v2_append_attrs",
    "v2_delete_attr",
    "v2_delete_entity",
    "v2_query",
    "ld_upsert",
    "ld_update",
    "ld_patch_attrs",
    "ld_delete_attr",
    "ld_delete_entity",
    "ld_query",
    "plain",
]

Store = dict[str, dict[str, Any]]
Answer = tuple[int, Any]
LD_ERRORS = "https://uri.etsi.org/ngsi-ld/errors/"
V2_ERROR_NAMES = {
    400: "BadRequest",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    413: "RequestEntityTooLarge",
    415: "UnsupportedMediaType",
    422: "Unprocessable",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}
LD_ERROR_TYPES = {
    400: "BadRequestData",
    403: "Forbidden",
    404: "ResourceNotFound",
    409: "AlreadyExists",
    413: "RequestEntityTooLarge",
    422: "OperationNotSupported",
}
_META = ("id", "type", "@context")


def v2_error(status: int, description: str, error: str | None = None) -> Answer:
    """Orion "Error Responses": ``{"error": ..., "description": ...}``."""
    return status, {
        "error": error or V2_ERROR_NAMES.get(status, "Error"),
        "description": description,
    }


def ld_problem(status: int, detail: str, kind: str | None = None) -> dict[str, Any]:
    """CIM 009 5.5.2 / RFC 7807 problem details."""
    name = kind or LD_ERROR_TYPES.get(status, "InternalError")
    return {"type": LD_ERRORS + name, "title": name, "status": status, "detail": detail}


def plain(attribute: Any) -> Any:
    """An attribute's plain value (``value``, ``object`` or a DateTime's ``@value``)."""
    if isinstance(attribute, dict):
        if "object" in attribute:
            return attribute["object"]
        value = attribute.get("value")
        if isinstance(value, dict) and "@value" in value:
            return value["@value"]
        return value
    return attribute


# --- NGSI v2 ---------------------------------------------------------------------------------


def v2_check(entity: Any, need_values: bool = True) -> str | None:
    """Orion's complaint about one entity of a request (400 for the whole request), or None."""
    if not isinstance(entity, dict) or "id" not in entity:
        return "entity id is missing"
    # Orion "Identifiers syntax restrictions" (id, type, attribute name, attribute type).
    problem = identifier_problem(entity["id"], "entity id")
    if problem is None and "type" in entity:
        problem = identifier_problem(entity["type"], "entity type")
    if problem:
        return problem
    for name, attribute in entity.items():
        if name in ("id", "type"):
            continue
        problem = identifier_problem(name, "attribute name")
        if problem:
            return problem
        if not isinstance(attribute, dict):
            return f"attribute must be a JSON object: /{name}/"
        if "type" in attribute:
            problem = identifier_problem(attribute["type"], "attribute type")
            if problem:
                return problem
        if need_values and "value" not in attribute:
            return f"attribute must be a JSON object with a value: /{name}/"
        problem = _v2_special_type_problem(name, attribute)
        if problem:
            return problem
        # "General syntax restrictions"; ``TextUnrestricted`` is the documented exception.
        if attribute.get("type") != "TextUnrestricted" and value_has_forbidden(
            attribute.get("value")
        ):
            return "Invalid characters in attribute value"
    return None


def _v2_special_type_problem(name: str, attribute: dict[str, Any]) -> str | None:
    """Orion "Special attribute types": ``DateTime`` values are ISO 8601 (else 400), and
    ``geo:json`` values are GeoJSON geometries ("Geospatial properties of entities")."""
    kind, value = attribute.get("type"), attribute.get("value")
    if kind == "DateTime":
        try:
            datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return f"date has invalid format: /{name}/"
    if kind == "geo:json" and not (
        isinstance(value, dict) and isinstance(value.get("type"), str) and "coordinates" in value
    ):
        return f"geo:json attribute has an invalid value: /{name}/"
    return None


def _v2_attrs(entity: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entity.items() if k not in ("id", "type")}


def v2_update(store: Store, action: str, entities: list[dict[str, Any]]) -> Answer:
    """``POST /v2/op/update``: "split in as many individual operations as entities", each
    mapped to its single-entity operation; not atomic — what succeeds stays applied, and the
    misses are reported (404 when no entity exists for update/delete/replace, else 422)."""
    missing_entities: list[str] = []
    missing_attrs: list[str] = []
    existing_already: list[str] = []
    for entity in entities:
        entity_id = entity["id"]
        attrs = _v2_attrs(entity)
        held = store.get(entity_id)
        if action in ("append", "appendStrict"):
            # append → POST /v2/entities or POST /v2/entities/{id}/attrs (merge);
            # appendStrict → POST /v2/entities/{id}/attrs?options=append (existing attrs: 422).
            if held is None:
                store[entity_id] = {"id": entity_id, "type": entity.get("type", "Thing"), **attrs}
                continue
            if action == "appendStrict":
                again = sorted(set(held) & set(attrs))
                if again:
                    existing_already.append(f"{entity_id} - [ {', '.join(again)} ]")
                    attrs = {k: v for k, v in attrs.items() if k not in again}
            held.update(attrs)
        elif held is None:
            missing_entities.append(f"{entity_id} - [entity itself]")
        elif action == "update":
            # PATCH /v2/entities/{id}/attrs: only existing attributes; the others are missing.
            absent = sorted(set(attrs) - set(held))
            if absent:
                missing_attrs.append(f"{entity_id} - [ {', '.join(absent)} ]")
            held.update({k: v for k, v in attrs.items() if k in held})
        elif action == "replace":
            # PUT /v2/entities/{id}/attrs: the attributes become exactly those sent.
            store[entity_id] = {"id": entity_id, "type": held["type"], **attrs}
        elif action == "delete":
            # DELETE /v2/entities/{id}/attrs/{name} per attribute, or the entity when none.
            if not attrs:
                del store[entity_id]
                continue
            absent = sorted(set(attrs) - set(held))
            if absent:
                missing_attrs.append(f"{entity_id} - [ {', '.join(absent)} ]")
            for name in attrs:
                held.pop(name, None)
    if existing_already:
        return v2_error(
            422,
            "one or more of the attributes in the request already exist: "
            + ", ".join(existing_already),
        )
    if missing_entities and len(missing_entities) == len(entities):
        return v2_error(404, "do not exist: " + ", ".join(missing_entities))
    if missing_entities or missing_attrs:
        error = "PartialUpdate" if len(missing_attrs) < len(entities) else "Unprocessable"
        return v2_error(422, "do not exist: " + ", ".join(missing_attrs + missing_entities), error)
    return 204, None


def v2_append_attrs(store: Store, entity_id: str, attrs: dict[str, Any], strict: bool) -> Answer:
    """``POST /v2/entities/{id}/attrs`` (``options=append``: strict): 204, 404 unknown entity,
    422 when strict and an attribute exists."""
    held = store.get(entity_id)
    if held is None:
        return v2_error(404, "The requested entity has not been found. Check type and id")
    if strict and set(held) & set(attrs):
        return v2_error(422, "one or more of the attributes in the request already exist")
    held.update(attrs)
    return 204, None


def v2_delete_attr(store: Store, entity_id: str, name: str) -> Answer:
    """``DELETE /v2/entities/{id}/attrs/{attrName}``: 204, or 404 for an unknown entity or
    attribute."""
    held = store.get(entity_id)
    if held is None:
        return v2_error(404, "The requested entity has not been found. Check type and id")
    if name in ("id", "type") or name not in held:
        return v2_error(404, "The entity does not have such an attribute")
    del held[name]
    return 204, None


def v2_delete_entity(store: Store, entity_id: str, entity_type: str | None) -> Answer:
    """``DELETE /v2/entities/{entityId}`` (NGSI v2 "Remove Entity", optional ``type`` to
    disambiguate): 204 No Content; Orion answers 404 ``NotFound`` "The requested entity has
    not been found. Check type and id" when no entity has that id (and type)."""
    held = store.get(entity_id)
    if held is None or (entity_type is not None and held.get("type") != entity_type):
        return v2_error(404, "The requested entity has not been found. Check type and id")
    del store[entity_id]
    return 204, None


def _limit(raw: str | None, maximum: int) -> int | None:
    try:
        value = V2_LIMIT_DEFAULT if raw is None else int(raw)
    except ValueError:
        return None
    return value if 0 < value <= maximum else None


def v2_query(store: Store, body: Any, options: str, limit: str | None) -> Answer:
    """``POST /v2/op/query``: entities matching ``entities`` (id, optional type) with only the
    ``attrs`` asked for; ``options=keyValues`` gives plain values; ``limit`` defaults to 20 and
    may not exceed 1000 (Orion "Pagination": 400 above)."""
    count = _limit(limit, V2_LIMIT_MAX)
    if count is None:
        return v2_error(400, "Bad pagination limit: /0/ [must be 1..1000]")
    if not isinstance(body, dict) or not isinstance(body.get("entities"), list):
        return v2_error(400, "entities is missing")
    wanted = body.get("attrs") or []
    found: list[dict[str, Any]] = []
    for selector in body["entities"]:
        held = store.get(selector.get("id", "")) if isinstance(selector, dict) else None
        if held is None or ("type" in selector and selector["type"] != held["type"]):
            continue
        picked = {
            k: v for k, v in held.items() if k not in ("id", "type") and (not wanted or k in wanted)
        }
        if "keyValues" in options.split(","):
            picked = {k: plain(v) for k, v in picked.items()}
        else:
            picked = {k: {**v, "metadata": v.get("metadata", {})} for k, v in picked.items()}
        found.append({"id": held["id"], "type": held["type"], **picked})
    return 200, found[:count]


# --- NGSI-LD ---------------------------------------------------------------------------------


def ld_check(entity: Any, inline: bool) -> tuple[str, str] | None:
    """(entity id, complaint) for an entity an NGSI-LD broker refuses, or None.

    CIM 009 4.6.2: the id is a URI; 6.3.5: ``@context`` in the body only and always with
    ``application/ld+json``; 4.5.1/4.5.2/4.7: an attribute is a Property/GeoProperty/
    LanguageProperty with a non-null ``value`` or a Relationship with an ``object`` (or the
    NGSI-LD Null to delete it)."""
    entity_id = entity.get("id") if isinstance(entity, dict) else None
    entity_id = entity_id if isinstance(entity_id, str) else ""
    if (
        not entity_id
        or ":" not in entity_id
        or any(not c.isprintable() or c.isspace() for c in entity_id)
    ):
        return entity_id, "id must be a URI"
    if not entity_id.isascii():
        return entity_id, "id must be a URI (RFC 3986: ASCII only)"
    if not isinstance(entity.get("type"), str):
        return entity_id, "type is missing"
    if inline != ("@context" in entity):
        return entity_id, "@context only and always with application/ld+json"
    for name, attribute in entity.items():
        if name in _META:
            continue
        problem = _ld_attribute_problem(name, attribute)
        if problem:
            return entity_id, problem
    return None


def _ld_attribute_problem(name: str, attribute: Any) -> str | None:
    if attribute == NGSI_LD_NULL:
        return None
    kind = attribute.get("type") if isinstance(attribute, dict) else None
    if kind == "Relationship" and isinstance(attribute.get("object"), str):
        return None
    if kind in ("Property", "GeoProperty", "LanguageProperty") and (
        attribute.get("value", attribute.get("languageMap")) is not None
    ):
        if kind == "GeoProperty" and not (
            isinstance(attribute.get("value"), dict) and "coordinates" in attribute["value"]
        ):
            return f"attribute {name}: a GeoProperty value is a GeoJSON geometry"
        return None
    return f"attribute {name} is not a valid Property or Relationship"


def _is_null(attribute: Any) -> bool:
    """CIM 009 NGSI-LD Null: the attribute itself, or its value/object, is ``urn:ngsi-ld:null``."""
    if attribute == NGSI_LD_NULL:
        return True
    return isinstance(attribute, dict) and NGSI_LD_NULL in (
        attribute.get("value"),
        attribute.get("object"),
    )


def _ld_merge(held: dict[str, Any], entity: dict[str, Any], overwrite: bool = True) -> None:
    for name, attribute in entity.items():
        if name in _META:
            continue
        if _is_null(attribute):
            held.pop(name, None)
        elif overwrite or name not in held:
            held[name] = reduce_arrays(attribute)


def ld_upsert(
    store: Store, entities: list[dict[str, Any]], options: str
) -> tuple[list[str], list[str]]:
    """CIM 009 5.6.8 Upsert for checked entities: a new entity is created; an existing one is
    replaced (``options=replace``, the default) or merged (``options=update``). Returns
    (success ids, created ids)."""
    success: list[str] = []
    created: list[str] = []
    for entity in entities:
        entity_id = entity["id"]
        if entity_id not in store:
            created.append(entity_id)
        if options == "replace" or entity_id not in store:
            store[entity_id] = {"id": entity_id, "type": entity["type"]}
        _ld_merge(store[entity_id], entity)
        success.append(entity_id)
    return success, created


def ld_update(
    store: Store, entities: list[dict[str, Any]], no_overwrite: bool
) -> tuple[list[str], list[dict[str, Any]]]:
    """CIM 009 5.6.9 Batch Entity Update: existing entities only (others: ResourceNotFound in
    the 207 errors); attributes appended or overwritten (``noOverwrite``: existing kept)."""
    success: list[str] = []
    errors: list[dict[str, Any]] = []
    for entity in entities:
        held = store.get(entity["id"])
        if held is None:
            errors.append({"entityId": entity["id"], "error": ld_problem(404, entity["id"])})
            continue
        _ld_merge(held, entity, overwrite=not no_overwrite)
        success.append(entity["id"])
    return success, errors


def ld_patch_attrs(store: Store, entity_id: str, fragment: dict[str, Any]) -> Answer:
    """CIM 009 5.6.2 Update Entity Attributes: only attributes that exist are updated (204);
    the others are listed as ``notUpdated`` (207); an unknown entity is 404."""
    held = store.get(entity_id)
    if held is None:
        return 404, ld_problem(404, entity_id)
    updated: list[str] = []
    not_updated: list[dict[str, str]] = []
    for name, attribute in fragment.items():
        if name in _META:
            continue
        if name not in held:
            not_updated.append({"attributeName": name, "reason": "attribute does not exist"})
        elif _is_null(attribute):
            del held[name]
            updated.append(name)
        else:
            held[name] = reduce_arrays(attribute)
            updated.append(name)
    if not_updated:
        return 207, {"updated": updated, "notUpdated": not_updated}
    return 204, None


def ld_delete_attr(store: Store, entity_id: str, name: str) -> Answer:
    """CIM 009 5.6.5 Delete Entity Attribute: 204, or 404 ResourceNotFound."""
    held = store.get(entity_id)
    if held is None or name in _META or name not in held:
        return 404, ld_problem(404, f"{entity_id}/{name}")
    del held[name]
    return 204, None


def ld_delete_entity(store: Store, entity_id: str) -> Answer:
    """CIM 009 5.6.6 Delete Entity (``DELETE /ngsi-ld/v1/entities/{entityId}``): 204 No
    Content; 404 ResourceNotFound when no entity has that id; 400 BadRequestData when the id
    is not a URI (6.5.3.2)."""
    if ":" not in entity_id:
        return 400, ld_problem(400, f"{entity_id} is not a URI", "BadRequestData")
    if entity_id not in store:
        return 404, ld_problem(404, entity_id)
    del store[entity_id]
    return 204, None


def ld_query(store: Store, body: Any, options: str, limit: str | None) -> Answer:
    """CIM 009 6.23 Query Entities via POST (``entityOperations/query``): a ``Query`` with
    ``entities`` (id, type) and ``attrs``; ``limit`` defaults to 20, Orion-LD allows 1000."""
    count = _limit(limit, V2_LIMIT_MAX)
    if count is None:
        return 400, ld_problem(400, "invalid limit", "BadRequestData")
    if not isinstance(body, dict) or body.get("type") != "Query":
        return 400, ld_problem(400, "the body must be a Query", "BadRequestData")
    if not isinstance(body.get("entities"), list):
        return 400, ld_problem(400, "entities is missing", "BadRequestData")
    wanted = body.get("attrs") or []
    simplified = any(o in ("keyValues", "simplified") for o in options.split(","))
    found: list[dict[str, Any]] = []
    for selector in body["entities"]:
        held = store.get(selector.get("id", "")) if isinstance(selector, dict) else None
        if held is None:
            continue
        picked = {k: v for k, v in held.items() if k not in _META and (not wanted or k in wanted)}
        if simplified:
            picked = {k: plain(v) for k, v in picked.items()}
        found.append({"id": held["id"], "type": held["type"], **picked})
    return 200, found[:count]
