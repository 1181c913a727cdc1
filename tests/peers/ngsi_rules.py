"""What Orion and Orion-LD refuse or rewrite, rule by rule, each with its source.

The City OS test peer (:mod:`tests.peers.cityos_peer`) calls these; they are written from the
specifications and the brokers' documentation and source, never from our client:

- Orion API (``doc/manuals/orion-api.md`` in telefonicaid/fiware-orion), sections "General
  syntax restrictions", "Identifiers syntax restrictions", "Multi tenancy", "Pagination",
  "Update ``POST /v2/op/update``";
- Orion "Known limitations" (``doc/manuals/user/known_limitations.md``): "Request maximum size";
  ``src/lib/common/limits.h``: ``DEFAULT_IN_REQ_PAYLOAD_MAX_SIZE (1 * 1024 * 1024)``;
- Orion-LD source (FIWARE/context.Orion-LD): ``src/app/orionld/orionld.cpp`` (``-noArrayReduction``
  off by default, ``-inReqPayloadMaxSize`` default ``MB(1)``), ``src/lib/orionld/mhd/
  mhdConnectionInit.cpp`` (tenant: at most 50 characters, alphanumerics, ``_`` and ``-``);
- ETSI GS CIM 009 (NGSI-LD API): clause 4.5 (``urn:ngsi-ld:null``, the NGSI-LD Null, added in
  V1.8.1 to delete an attribute through a merge or update), clause 5.6.3/5.6.2 (update and append
  attributes), clause 5.6.8 (upsert ``options=update`` merges, ``replace`` replaces).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "MAX_BODY",
    "NGSI_LD_NULL",
    "FORBIDDEN",
    "V2_LIMIT_DEFAULT",
    "V2_LIMIT_MAX",
    "identifier_problem",
    "value_has_forbidden",
    "v2_tenant_problem",
    "ld_tenant_problem",
    "reduce_arrays",
]

#: Orion ``DEFAULT_IN_REQ_PAYLOAD_MAX_SIZE`` (limits.h) and Orion-LD ``MB(1)``: 1,048,576 bytes;
#: more answers 413 ``RequestEntityTooLarge`` (known_limitations.md, "Request maximum size").
MAX_BODY = 1 * 1024 * 1024
#: CIM 009 V1.8.1 clause 4.5: the value that deletes an attribute in merge/update operations.
NGSI_LD_NULL = "urn:ngsi-ld:null"
#: Orion "General syntax restrictions": forbidden in any request (values too, unless the
#: attribute's type is ``TextUnrestricted``).
FORBIDDEN = frozenset("<>\"'=;()")
#: Orion "Identifiers syntax restrictions": also forbidden in ids, types and attribute names.
_ID_FORBIDDEN = FORBIDDEN | frozenset("&?/#")
#: Orion "Pagination": ``limit`` defaults to 20, at most 1000.
V2_LIMIT_DEFAULT = 20
V2_LIMIT_MAX = 1000
#: Orion "Multi tenancy": alphanumerics and ``_``, at most 50, interpreted in lower case.
_V2_TENANT = re.compile(r"[A-Za-z0-9_]{1,50}")
#: Orion-LD mhdConnectionInit.cpp: at most 50; alphanumerics, ``_`` and ``-``.
_LD_TENANT = re.compile(r"[A-Za-z0-9_-]{1,50}")


def identifier_problem(text: Any, what: str) -> str | None:
    """Orion "Identifiers syntax restrictions" for an entity id/type, attribute name/type:
    plain ASCII printable (no control characters, no whitespace), none of ``& ? / #`` nor the
    general forbidden characters, 1 to 256 characters. Orion answers 400 ``BadRequest``."""
    if not isinstance(text, str) or not text:
        return f"empty {what}"
    if len(text) > 256:
        return f"{what} too long (max 256)"
    for char in text:
        if not (0x21 <= ord(char) <= 0x7E) or char in _ID_FORBIDDEN:
            return f"Invalid characters in {what}"
    return None


def value_has_forbidden(value: Any) -> bool:
    """Orion "General syntax restrictions" applied to an attribute value (nested too)."""
    if isinstance(value, str):
        return not FORBIDDEN.isdisjoint(value)
    if isinstance(value, list):
        return any(value_has_forbidden(v) for v in value)
    if isinstance(value, dict):
        return any(value_has_forbidden(k) or value_has_forbidden(v) for k, v in value.items())
    return False


def v2_tenant_problem(tenant: str) -> str | None:
    """Orion "Multi tenancy": ``Fiware-Service`` must match ``[A-Za-z0-9_]{1,50}`` (400)."""
    if tenant and not _V2_TENANT.fullmatch(tenant):
        return "bad character in tenant name"
    return None


def ld_tenant_problem(tenant: str) -> str | None:
    """Orion-LD mhdConnectionInit.cpp: ``NGSILD-Tenant`` at most 50 of ``[A-Za-z0-9_-]`` (400)."""
    if tenant and not _LD_TENANT.fullmatch(tenant):
        return "Invalid Tenant"
    return None


def reduce_arrays(attribute: Any) -> Any:
    """Orion-LD's default JSON-LD array reduction (``-noArrayReduction`` is off by default,
    orionld.cpp): a one-element array value is stored, and served, as the element itself."""
    if isinstance(attribute, dict) and "value" in attribute:
        value = attribute["value"]
        if isinstance(value, list) and len(value) == 1:
            return {**attribute, "value": value[0]}
    return attribute
