"""What the City OS context broker accepts as a shelter id, a tenant and a service path,
checked at the door (``kiosk init``, the settings page, ``kiosk doctor``) so a bad value is
refused with a message naming the field, not discovered as 400s after days offline.

Each rule cites the Orion manual it comes from (telefonicaid/fiware-orion,
``doc/manuals/orion-api.md`` at c678400b); Orion-LD shares Orion's tenant handling. The
shelter id is stricter than Orion needs: it becomes part of entity ids
(``urn:ngsi-ld:Shelter:<id>``), of file names and of printed slips, so plain ASCII letters,
digits, ``-``, ``_`` and ``.`` only.
"""

from __future__ import annotations

import re

from kiosk.basics.errors import ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "MAX_ENTITY_ID",
    "SHELTER_ID_MAX",
    "TENANT_MAX",
    "SERVICE_PATH_LEVELS",
    "SERVICE_PATH_LEVEL_MAX",
    "entity_id_ok",
    "validate_shelter_id",
    "validate_tenant",
    "validate_service_path",
]

#: orion-api.md, "Identifiers syntax restrictions": "Maximum field length is 256 characters."
MAX_ENTITY_ID = 256
#: orion-api.md, "Identifiers syntax restrictions": "plain ASCII set, except ... control
#: characters, whitespace, ``&``, ``?``, ``/`` and ``#``"; and "General syntax restrictions":
#: ``< > " ' = ; ( )`` are forbidden in any request.
_ID_FORBIDDEN = frozenset("&?/#<>\"'=;()")
#: Ours, stricter than Orion's (see the module docstring); 64 keeps the shelter's entity id
#: (``urn:ngsi-ld:Shelter:`` + id) far below :data:`MAX_ENTITY_ID`.
SHELTER_ID_MAX = 64
_SHELTER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
#: orion-api.md, "Multi tenancy": "a string of alphanumeric characters (and the ``_``
#: symbol). Maximum length is 50 characters" (the manual's text shows ``\\`` where the
#: source, ``src/lib/rest/RestService.cpp`` ``tenantCheck``, says "only underscore and
#: alphanumeric characters are allowed"); Orion interprets it in lower case.
TENANT_MAX = 50
_TENANT = re.compile(r"[A-Za-z0-9_]{1,50}")
#: orion-api.md, "Entity service path", limitations: "must start with ``/``", "10 maximum
#: levels in a path", "50 maximum characters in each level (1 char is minimum), only
#: alphanumeric and underscore allowed", "no more than 1 service path in update"
#: (enforced in ``src/lib/rest/rest.cpp`` ``servicePathCheck``).
SERVICE_PATH_LEVELS = 10
SERVICE_PATH_LEVEL_MAX = 50
_LEVEL = re.compile(r"[A-Za-z0-9_]{1,50}")


def entity_id_ok(value: str) -> bool:
    """Whether Orion accepts ``value`` as an entity id (the rules cited above)."""
    return (
        1 <= len(value) <= MAX_ENTITY_ID
        and all(0x21 <= ord(c) <= 0x7E for c in value)  # printable ASCII, no space
        and _ID_FORBIDDEN.isdisjoint(value)
    )


def validate_shelter_id(value: str) -> None:
    """The shelter id: 1 to 64 ASCII letters, digits, ``-``, ``_`` or ``.``, starting with a
    letter or digit (for example the 14-digit national common shelter ID).

    Raises:
        ValidationError: on ``shelter_id``, saying what to type.
    """
    if not (
        len(value) <= SHELTER_ID_MAX
        and _SHELTER_ID.fullmatch(value)
        and entity_id_ok("urn:ngsi-ld:Shelter:" + value)
    ):
        raise ValidationError(
            "shelter_id",
            _N(
                "KioskError",
                "Use 1 to {n} plain letters A-Z, digits, '-', '_' or '.' (no spaces, no "
                "Japanese characters, no '/', '#', '&' or '?'), e.g. {example}; the City OS "
                "refuses other ids.",
            ),
            n=SHELTER_ID_MAX,
            example="aizu-shelter-01",
        )


def validate_tenant(value: str) -> None:
    """The tenant (``Fiware-Service`` / ``NGSILD-Tenant``): empty for none, else 1 to 50
    ASCII letters, digits or ``_``. Capitals are refused rather than lower-cased behind the
    operator's back: Orion would store them lower-cased.

    Raises:
        ValidationError: on ``tenant``.
    """
    if value and not (_TENANT.fullmatch(value) and value == value.lower()):
        raise ValidationError(
            "tenant",
            _N(
                "KioskError",
                "Use up to {n} lower-case letters a-z, digits or '_' (no spaces, '-' or "
                "Japanese characters), e.g. {example}, exactly as the City OS gave it; or "
                "leave it empty.",
            ),
            n=TENANT_MAX,
            example="aizu_bousai",
        )


def validate_service_path(value: str) -> None:
    """The service path (``Fiware-ServicePath``): ``/`` or ``/level/level…``, at most 10
    levels of 1 to 50 ASCII letters, digits or ``_``; a trailing ``/`` is allowed (Orion
    drops it).

    Raises:
        ValidationError: on ``service_path``.
    """
    levels = value.rstrip("/").split("/")[1:] if value != "/" else []
    if not (
        value.startswith("/")
        and len(levels) <= SERVICE_PATH_LEVELS
        and all(_LEVEL.fullmatch(level) for level in levels)
    ):
        raise ValidationError(
            "service_path",
            _N(
                "KioskError",
                "Start with '/' and use at most {levels} levels of 1 to {n} letters, digits "
                "or '_', e.g. {example}; use / when the City OS named none.",
            ),
            levels=SERVICE_PATH_LEVELS,
            n=SERVICE_PATH_LEVEL_MAX,
            example="/aizu/shelters",
        )
