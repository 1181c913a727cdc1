"""The consent filter, field by field through the mapping table, and the doc that must match."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.city.outbox import OutboxEntry
from kiosk.registry.vocab import ANPI_SCOPE, CONSENT_SCOPES
from sync.mapping import MAPPING, entity_id, map_entry, mapping_markdown

ALL_SCOPES = frozenset(CONSENT_SCOPES) | {ANPI_SCOPE}
PAYLOADS = {
    "shelter": {
        "id": "S01",
        "name": "第一小学校",
        "capacity": 100,
        "disaster_types": ["flood"],
        "location": "デモ市中央1-1",
        "latitude": 37.5,
        "longitude": 139.9,
        "is_open": True,
        "national_id": "07202000000001",
    },
    "person": {
        "id": "p1",
        "household_id": "h1",
        "name": "見本 花子",
        "kana": "ミホン ハナコ",
        "sex": "F",
        "birth": "1950-04-01",
        "address": "デモ市",
        "phone": "000-1111-2222",
        "relationship": "self",
        "stay": "vehicle",
        "stay_detail": "白の軽",
        "language": "ja",
        "consent": [],
        "cityos_subject": "sub-1",
        "mynumber_token": "tok-secret",
        "slip_id": "slip-secret",
        "state": "in",
        "needs": {
            "flags": ["allergy"],
            "care_level": "要介護1",
            "illness": "高血圧",
            "medication": "降圧剤",
            "allergies": "卵",
            "dietary": "減塩",
        },
    },
    "household": {
        "id": "h1",
        "representative_id": "p1",
        "vehicle_plate": "デモ 500 あ 12-34",
        "vehicle_type": "軽",
        "pets": "犬",
        "pet_count": 1,
        "home_damage": "half",
        "emergency_contact": "000-3333-4444",
        "note": "",
    },
    "stay_event": {
        "id": "e1",
        "person_id": "p1",
        "kind": "checkout",
        "at": "2026-11-25T09:00:00+00:00",
        "kiosk_id": "k1",
        "actor": "staff-1",
        "destination": "病院",
        "item": "水",
        "quantity": 2,
        "via": "qr",
        "state_after": "out",
    },
    "survey": {
        "id": "s1",
        "person_id": "p1",
        "at": "2026-11-25T10:00:00+00:00",
        "answers": {"health": 3},
        "requests": "毛布がほしい",
        "problems": "寒い",
        "flagged": True,
    },
}


def entry(record_type: str) -> OutboxEntry:
    record_id = PAYLOADS[record_type]["id"]
    return OutboxEntry(
        1,
        "change-1",
        record_type,
        str(record_id),
        1,
        "upsert",
        PAYLOADS[record_type],
        datetime(2026, 11, 25, tzinfo=UTC),
    )


def attributes(record_type: str, consent: frozenset[str]) -> set[str]:
    mapped = map_entry(entry(record_type), "S01", lambda _pid: consent)
    return {name for name, _ in mapped.attrs}


@pytest.mark.parametrize("rule", MAPPING, ids=[f"{r.record_type}.{r.attribute}" for r in MAPPING])
def test_each_attribute_leaves_only_with_its_consent(rule) -> None:  # type: ignore[no-untyped-def]
    with_all = attributes(rule.record_type, ALL_SCOPES)
    without_its_scope = attributes(
        rule.record_type, ALL_SCOPES - {rule.scope} if rule.scope else ALL_SCOPES
    )
    with_none = attributes(rule.record_type, frozenset())
    if rule.attribute == "consentScopes":  # no consent is an empty list: not sent (#14 §4)
        assert (rule.attribute in with_all, rule.attribute in with_none) == (True, False)
    elif rule.scope is None:
        assert (rule.attribute in with_all, rule.attribute in with_none) == (True, True)
    else:
        assert (
            rule.attribute in with_all,
            rule.attribute in without_its_scope,
            rule.attribute in with_none,
        ) == (True, False, False)


def test_without_consent_a_person_is_only_a_pseudonymous_presence() -> None:
    mapped = map_entry(entry("person"), "S01", lambda _pid: frozenset())
    assert mapped.id == "urn:ngsi-ld:Evacuee:p1"
    assert dict(mapped.attrs) == {
        "refShelter": "urn:ngsi-ld:EvacuationShelter:S01",
        "stayType": "vehicle",
        "safetyStatusDisclosable": False,
    }


def test_secrets_never_leave_whatever_the_consent() -> None:
    for record_type in PAYLOADS:
        values = repr(map_entry(entry(record_type), "S01", lambda _pid: ALL_SCOPES).attrs)
        assert ("tok-secret" in values, "slip-secret" in values) == (False, False)


def test_references_become_entity_ids() -> None:
    mapped = dict(map_entry(entry("stay_event"), "S01", lambda _pid: ALL_SCOPES).attrs)
    assert (mapped["refEvacuee"], mapped["refShelter"]) == (
        entity_id("person", "p1"),
        entity_id("shelter", "S01"),
    )


def test_mapping_doc_matches_the_code() -> None:
    doc = Path(__file__).resolve().parent.parent / "docs" / "city-os-mapping.md"
    assert doc.read_text(encoding="utf-8") == mapping_markdown()
