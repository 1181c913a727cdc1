"""From outbox entries to City OS entities: the one mapping table, and the consent filter.

Every attribute that can leave the laptop is a row of :data:`MAPPING`: which record it comes
from, the NGSI attribute name, and the consent scope the person must have given for it to be
sent. ``None`` means the attribute carries no personal data (the shelter's own record, counts,
pseudonymous ids, supply pickups) and is always sent. ``docs/city-os-mapping.md`` is generated
from this table (``python -m sync.mapping``) and a test fails when the two drift apart.

Consent is read at replay time, not at the time of the change: a person who withdraws consent
before the queue is replayed has nothing more sent. The consent scopes themselves travel with
the data (attribute ``consentScopes``) so the City OS can honour them downstream.

The My Number token and slip ids never leave: they are not in the table. A person's presence
is not an Evacuee attribute (it would go stale): it is the ``stayStatusAfter`` of their
latest EvacueeStayEvent.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kiosk.city.outbox import OutboxEntry
from kiosk.registry.vocab import ANPI_SCOPE
from sync.adapters.base import Entity, GeoJson, Relationship

__all__ = [
    "AttributeRule",
    "MAPPING",
    "ENTITY_TYPES",
    "MappedEntity",
    "consent_subject",
    "entity_id",
    "map_entry",
    "mapping_markdown",
    "jsonld_context",
]

CITY = "city.emergency"
HOSPITAL = "hospital.emergency"

#: record type → (NGSI entity type, id prefix)
ENTITY_TYPES: dict[str, str] = {
    "shelter": "EvacuationShelter",
    "household": "EvacueeHousehold",
    "person": "Evacuee",
    "stay_event": "EvacueeStayEvent",
    "survey": "EvacueeSurveyResponse",
}


@dataclass(frozen=True)
class AttributeRule:
    record_type: str
    attribute: str
    source: str
    scope: str | None
    note: str
    #: For references: the record type the value points to (rendered as an entity id).
    ref: str | None = None


def _r(
    record_type: str,
    attribute: str,
    source: str,
    scope: str | None,
    note: str,
    ref: str | None = None,
) -> AttributeRule:
    return AttributeRule(record_type, attribute, source, scope, note, ref)


MAPPING: tuple[AttributeRule, ...] = (
    _r("shelter", "name", "name", None, "the shelter's public name"),
    _r("shelter", "peopleCapacity", "capacity", None, "people it can hold inside (Building)"),
    _r("shelter", "category", "@building", None, "Building category: `public`"),
    _r(
        "shelter",
        "nationalShelterId",
        "national_id",
        None,
        "全国共通避難所ID, 14 digits, when given",
    ),
    _r("shelter", "disasterTypes", "disaster_types", None, "disasters it is designated for"),
    _r("shelter", "address", "location", None, "public location text"),
    _r("shelter", "location", "@geo", None, "GeoJSON Point: `geo:json` (v2), GeoProperty (LD)"),
    _r("shelter", "latitude", "latitude", None, ""),
    _r("shelter", "longitude", "longitude", None, ""),
    _r("shelter", "isOpen", "is_open", None, "open for check-ins"),
    _r(
        "person",
        "refShelter",
        "@shelter",
        None,
        "pseudonymous presence: counted, not named",
        "shelter",
    ),
    _r("person", "stayType", "stay", None, "shelter / vehicle / home / other"),
    _r(
        "person",
        "consentScopes",
        "consent",
        None,
        "what the person agreed to; travels with the data",
    ),
    _r(
        "person",
        "safetyStatusDisclosable",
        f"@has:{ANPI_SCOPE}",
        None,
        "安否情報の開示 consent flag",
    ),
    _r("person", "refHousehold", "household_id", CITY, "", "household"),
    _r("person", "cityosSubject", "cityos_subject", CITY, "links to the resident's City OS record"),
    _r("person", "name", "name", CITY, ""),
    _r("person", "nameKana", "kana", CITY, ""),
    _r("person", "sex", "sex", CITY, "F / M / X"),
    _r("person", "birthDate", "birth", CITY, "YYYY-MM-DD"),
    _r("person", "address", "address", CITY, ""),
    _r("person", "telephone", "phone", CITY, ""),
    _r("person", "relationship", "relationship", CITY, "to the household representative"),
    _r("person", "stayDetail", "stay_detail", CITY, "vehicle or place details"),
    _r("person", "language", "language", CITY, ""),
    _r("person", "specialNeeds", "needs.flags", CITY, "要配慮者 flags"),
    _r("person", "careLevel", "needs.care_level", HOSPITAL, "health detail"),
    _r("person", "illness", "needs.illness", HOSPITAL, "health detail"),
    _r("person", "medication", "needs.medication", HOSPITAL, "health detail"),
    _r("person", "allergies", "needs.allergies", HOSPITAL, "health detail"),
    _r("person", "dietaryNeeds", "needs.dietary", HOSPITAL, "health detail"),
    _r("household", "vehiclePlate", "vehicle_plate", CITY, "representative's consent"),
    _r("household", "vehicleType", "vehicle_type", CITY, "representative's consent"),
    _r("household", "pets", "pets", CITY, "representative's consent"),
    _r("household", "petCount", "pet_count", CITY, "representative's consent"),
    _r("household", "homeDamage", "home_damage", CITY, "representative's consent"),
    _r("household", "emergencyContact", "emergency_contact", CITY, "representative's consent"),
    _r("stay_event", "refEvacuee", "person_id", None, "pseudonymous id", "person"),
    _r("stay_event", "refShelter", "@shelter", None, "", "shelter"),
    _r(
        "stay_event",
        "eventType",
        "kind",
        None,
        "checkin / checkout / leave / return / move / supply",
    ),
    _r("stay_event", "dateObserved", "at", None, "DateTime"),
    _r("stay_event", "kioskId", "kiosk_id", None, ""),
    _r("stay_event", "stayStatusAfter", "state_after", None, ""),
    _r("stay_event", "supplyItem", "item", None, "supply pickups drive allocation"),
    _r("stay_event", "supplyQuantity", "quantity", None, ""),
    _r("stay_event", "destination", "destination", CITY, "where the person went"),
    _r("survey", "refShelter", "@shelter", None, "", "shelter"),
    _r("survey", "dateObserved", "at", None, "DateTime"),
    _r("survey", "answers", "answers", None, "scores and choices, no free text"),
    _r("survey", "flagged", "flagged", None, "has requests or problems for the city"),
    _r("survey", "refEvacuee", "person_id", CITY, "who answered", "person"),
    _r("survey", "requests", "requests", CITY, "free text: may identify the person"),
    _r("survey", "problems", "problems", CITY, "free text: may identify the person"),
)


@dataclass(frozen=True, repr=False)
class MappedEntity:
    """One entity ready for an adapter: id, type, and the attributes consent allows."""

    id: str
    type: str
    attrs: tuple[tuple[str, Any], ...]
    change_id: str
    record_seq: int
    #: The record was removed (outbox op ``delete``): the broker deletes the whole entity.
    remove: bool = False
    #: The change's HLC stamp (``changeHlc``; kiosk.desks.hlc), empty for a change from an
    #: older bundle that carried none.
    hlc: str = ""

    def __repr__(self) -> str:
        if self.remove:
            return f"MappedEntity({self.id!r}, remove)"
        return f"MappedEntity({self.id!r}, attrs={[name for name, _ in self.attrs]})"

    def to_entity(self) -> Entity:
        """The adapter entity: ``ref…`` attributes become Relationships; the change id, the
        per-record sequence and the change's HLC stamp are stored with it (``changeSeq``,
        ``changeHlc``: the adapter reads them back and never writes an older change over a
        newer one, :func:`sync.adapters.base.holds`); every attribute of the table this change
        does not carry (consent withdrawn, field cleared) is to be deleted — and so is a stored
        ``changeHlc`` when this change has no stamp, so it never stays beside a newer
        ``changeSeq``. A removed record's entity carries no attributes and is deleted as a
        whole."""
        hlc = self.hlc or None
        if self.remove:
            return Entity(self.id, self.type, (), seq=self.record_seq, hlc=hlc, remove=True)
        attrs: list[tuple[str, Any]] = [(name, _typed(name, value)) for name, value in self.attrs]
        attrs += [("changeId", self.change_id), ("changeSeq", self.record_seq)]
        if hlc:
            attrs.append(("changeHlc", hlc))
        sent = {name for name, _ in attrs}
        clear = tuple(name for name in _ATTRIBUTES_BY_ENTITY[self.type] if name not in sent)
        if not hlc:
            clear += ("changeHlc",)
        return Entity(self.id, self.type, tuple(attrs), seq=self.record_seq, hlc=hlc, clear=clear)


def _typed(name: str, value: Any) -> Any:
    """The adapter value of one mapped attribute: references, times and places typed."""
    if name.startswith("ref") and isinstance(value, str):
        return Relationship(value)
    if name in DATETIME_ATTRIBUTES and isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if name in GEO_ATTRIBUTES and isinstance(value, dict):
        return GeoJson(value)
    return value


#: The rules of each record type, in table order (looked up once per change, not scanned).
_RULES_BY_TYPE: dict[str, tuple[AttributeRule, ...]] = {
    record_type: tuple(rule for rule in MAPPING if rule.record_type == record_type)
    for record_type in ENTITY_TYPES
}


#: Entity type → every attribute name the table can send for it (what a change may withdraw).
_ATTRIBUTES_BY_ENTITY: dict[str, tuple[str, ...]] = {
    ENTITY_TYPES[record_type]: tuple(dict.fromkeys(rule.attribute for rule in rules))
    for record_type, rules in _RULES_BY_TYPE.items()
}


def entity_id(record_type: str, record_id: str) -> str:
    """Stable NGSI-LD style id, e.g. ``urn:ngsi-ld:Evacuee:<uuid>``."""
    return f"urn:ngsi-ld:{ENTITY_TYPES[record_type]}:{record_id}"


#: Attributes sent as DateTime (v2 ``"type": "DateTime"``, LD ``{"@type": "DateTime"}``).
DATETIME_ATTRIBUTES = frozenset({"dateObserved"})
#: Attributes sent as GeoJSON geometry (v2 ``geo:json``, LD GeoProperty).
GEO_ATTRIBUTES = frozenset({"location"})
#: The FIWARE Building model ``category`` of a designated shelter.
BUILDING_CATEGORY = ("public",)


def _value(
    payload: Mapping[str, Any], source: str, shelter_id: str, consent: frozenset[str]
) -> Any:
    if source == "@shelter":
        return shelter_id
    if source == "@building":
        return list(BUILDING_CATEGORY)
    if source == "@geo":
        lat, lon = payload.get("latitude"), payload.get("longitude")
        if isinstance(lat, int | float) and isinstance(lon, int | float):
            return {"type": "Point", "coordinates": [lon, lat]}  # GeoJSON order: lon, lat
        return None
    if source.startswith("@has:"):
        return source[5:] in consent
    value: Any = payload
    for part in source.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    if isinstance(value, list | tuple | frozenset | set):
        return sorted(value)
    return value


def consent_subject(entry: OutboxEntry) -> str | None:
    """Whose consent governs the entry: the person, the household's representative, or none."""
    payload = entry.payload
    if entry.record_type == "person":
        return entry.record_id
    if entry.record_type == "household":
        return payload.get("representative_id")
    if entry.record_type in ("stay_event", "survey"):
        return payload.get("person_id")
    return None


def map_entry(
    entry: OutboxEntry, shelter_id: str, consent_of: Callable[[str], frozenset[str]]
) -> MappedEntity:
    """The entity one outbox entry becomes, carrying only what consent allows.

    ``consent_of(person_id)`` returns the person's *current* consent scopes. A ``delete``
    change (a person or household removed, kiosk.registry.removal) becomes the entity's deletion.
    """
    if entry.op == "delete":
        return MappedEntity(
            entity_id(entry.record_type, entry.record_id),
            ENTITY_TYPES[entry.record_type],
            (),
            entry.change_id,
            entry.record_seq,
            remove=True,
            hlc=entry.hlc,
        )
    subject = consent_subject(entry)
    consent = consent_of(subject) if subject else frozenset()
    attrs = []
    for rule in _RULES_BY_TYPE[entry.record_type]:
        if rule.scope is not None and rule.scope not in consent:
            continue
        value = _value(entry.payload, rule.source, shelter_id, consent)
        if entry.record_type == "person" and rule.attribute == "consentScopes":
            # Consent scopes travel as the consent itself, not the payload's snapshot of it.
            value = sorted(consent)
        if value is None or value == "" or value == []:
            continue  # nothing to say: not sent, and deleted on the broker if it held a value
        if rule.ref is not None:
            value = entity_id(rule.ref, str(value))
        attrs.append((rule.attribute, value))
    return MappedEntity(
        entity_id(entry.record_type, entry.record_id),
        ENTITY_TYPES[entry.record_type],
        tuple(attrs),
        entry.change_id,
        entry.record_seq,
        hlc=entry.hlc,
    )


#: Our terms' namespace (a URN: the terms are ours, not a web page), and the FIWARE Smart Data
#: Models terms the shelter shares with the Building model.
TERMS_NAMESPACE = "urn:shelter-kiosk:terms:"
_SMART_DATA_MODELS = {
    "name": "https://smartdatamodels.org/name",
    "address": "https://smartdatamodels.org/address",
    "dateObserved": "https://smartdatamodels.org/dateObserved",
    "category": "https://smartdatamodels.org/dataModel.Building/category",
    "peopleCapacity": "https://smartdatamodels.org/dataModel.Building/peopleCapacity",
    "peopleOccupancy": "https://smartdatamodels.org/dataModel.Building/peopleOccupancy",
}


def jsonld_context() -> dict[str, Any]:
    """docs/shelter-kiosk-context.jsonld, generated from :data:`MAPPING`: every entity type and
    attribute the kiosk sends is a term, so an NGSI-LD broker expands them to our IRIs instead
    of the default context's ``https://uri.etsi.org/ngsi-ld/default-context/…``. ``location``
    is the core context's GeoProperty and stays as it is."""
    terms: dict[str, Any] = {"kiosk": TERMS_NAMESPACE}
    for entity_type in ENTITY_TYPES.values():
        terms[entity_type] = f"kiosk:{entity_type}"
    terms["KioskAnchor"] = "kiosk:KioskAnchor"  # sync/anchor.py: the signed audit head
    anchor = ["kioskId", "refShelter", "auditSeq", "auditHead", "anchoredAt", "signature"]
    changes = ["changeId", "changeSeq", "changeHlc", "peopleOccupancy"]
    names = [rule.attribute for rule in MAPPING] + changes
    names += anchor
    for name in dict.fromkeys(names):
        if name == "location":
            continue
        iri = _SMART_DATA_MODELS.get(name, f"kiosk:{name}")
        terms[name] = iri
    return {"@context": [terms, "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld"]}


def mapping_markdown() -> str:
    """docs/city-os-mapping.md, generated from :data:`MAPPING`."""
    lines = [
        "# City OS mapping",
        "",
        "Generated from `sync/mapping.py` (`python -m sync.mapping > docs/city-os-mapping.md`);",
        "a test fails when this file and the code differ.",
        "",
        "Entity ids are `urn:ngsi-ld:<Type>:<record id>` (record ids are random UUIDs, the",
        "shelter's id is its municipal code). An attribute is sent only when the person has given",
        "the consent scope in the last column (read at replay time); `—` means it holds no",
        "personal data and is always sent. Household attributes follow the representative's",
        "consent. The My Number token and slip ids never leave the laptop.",
        "",
        "What a change does not carry is deleted on the broker: every attribute of the table",
        "that a change leaves out (consent withdrawn, field cleared, an empty list) is removed",
        "where the broker holds it — NGSI v2 `op/update` `actionType: delete`, NGSI-LD",
        "`DELETE /entities/{id}/attrs/{name}` — before the write, online and through bundles.",
        "Every entity also carries `changeId`, `changeSeq` (the record's change sequence) and",
        "`changeHlc` (the change's hybrid-logical-clock stamp, `l.c.origin` in fixed width, so",
        "it sorts as text); brokers keep no change ids, so the kiosk and the bundle import read",
        "the stored `changeSeq` and `changeHlc` of a batch's entities in one query first and",
        'never write an older change over a newer one. "Newer" is decided by `changeHlc` where',
        "both the change and the stored entity have one: two desks of one shelter may give",
        "concurrent changes of a record the same `changeSeq`, while HLC stamps are totally",
        "ordered (the desk's id breaks ties) and are the order the desks merge by",
        "(docs/design/multi-desk.md). An entity written by an older kiosk (no `changeHlc`), or a",
        "change from an older bundle, compares by `changeSeq`; such a change also deletes a",
        "stored `changeHlc`.",
        "",
        "A removed person (`kiosk person remove`, `kiosk/registry/removal.py`: entered by mistake",
        "or asking to be erased), and the person dropped when two records of one walk-in are",
        "merged (`kiosk person merge`, `kiosk/desks/merge.py`: its stay events are queued again",
        "with the kept person's `refEvacuee`), is a `delete` change: the broker deletes the whole",
        "`Evacuee` entity —",
        "NGSI v2 `DELETE /v2/entities/{id}?type=Evacuee`, NGSI-LD",
        "`DELETE /ngsi-ld/v1/entities/{id}` — and the `EvacueeHousehold` too when they were its",
        "only member; an entity already gone (`404`) counts as deleted. Their stay events stay",
        "at the City OS as counts with the pseudonymous `refEvacuee` (a checkout `destination`",
        "is deleted); their survey answers stay as scores, with `refEvacuee`, `requests` and",
        "`problems` deleted. Online, in order, exactly once, and through bundles, where an older",
        "bundle never brings a removed entity back (docs/sealed-bundle.md).",
        "",
        "Types: `ref…` attributes are Relationships; `dateObserved` is a DateTime (v2",
        '`"type": "DateTime"`, LD `{"@type": "DateTime", "@value": …}`); `location` is a GeoJSON',
        "Point (`geo:json` in v2, a GeoProperty in LD). The shelter carries the FIWARE `Building`",
        "attributes (`name`, `address`, `location`, `category`, `peopleCapacity`, and",
        "`peopleOccupancy` — people present now, merged into the shelter with every online batch",
        "of stay events; a bundle does not carry this live figure). Empty lists are not sent;",
        "Orion-LD serves a one-element list as its element and the pull reads either.",
        "NGSI-LD names are our terms in `docs/shelter-kiosk-context.jsonld`",
        "(`python -m sync.mapping --context`), which the City OS publishes at",
        "`<base URL>/ngsi-ld/contexts/shelter-kiosk.jsonld`.",
        "",
        "| record | entity type | attribute | from field | consent needed | note |",
        "|---|---|---|---|---|---|",
    ]
    for rule in MAPPING:
        source = rule.source if not rule.source.startswith("@") else f"({rule.source[1:]})"
        lines.append(
            f"| {rule.record_type} | {ENTITY_TYPES[rule.record_type]} | `{rule.attribute}` | "
            f"`{source}` | {rule.scope or '—'} | {rule.note} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if sys.argv[1:] == ["--context"]:
        sys.stdout.write(json.dumps(jsonld_context(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(mapping_markdown())
