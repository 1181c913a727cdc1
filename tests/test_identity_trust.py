"""The trust-list file: round trips, every schema refusal, and list operations."""

from __future__ import annotations

import base64
import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.demos.residents import DEMO_SHELTER
from kiosk.identity.demo import DEMO_SHELTER_ID, demo_issuer_key, demo_trust_list
from kiosk.identity.errors import KeyFileInvalid, TrustListInvalid, TrustListUnreadable
from kiosk.identity.keys import (
    key_id,
    load_private_key,
    new_key,
    public_key_bytes,
    save_private_key,
)
from kiosk.identity.trust import (
    TrustedKey,
    TrustList,
    dump_trust_list,
    load_trust_list,
    parse_trust_list,
    save_trust_list,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def entry(**changes: Any) -> dict[str, Any]:
    base = json.loads(dump_trust_list(demo_trust_list()))["keys"][1]
    base.update(changes)
    return {k: v for k, v in base.items() if v is not ...}


def document(*entries: Any, **top: Any) -> str:
    doc: dict[str, Any] = {"format": "shelter-kiosk/trust-list", "version": 1}
    doc["keys"] = list(entries)
    doc.update(top)
    return json.dumps(doc)


def test_trust_list_round_trips_through_json_and_a_file(tmp_path: Path) -> None:
    trust = demo_trust_list()
    path = tmp_path / "trust.json"
    save_trust_list(path, trust)
    assert (parse_trust_list(dump_trust_list(trust)), load_trust_list(path)) == (trust, trust)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_file_format_is_the_documented_one() -> None:
    key = demo_issuer_key()
    trust = TrustList((TrustedKey.for_key(key, "app", "City", NOW, NOW + timedelta(days=1)),))
    assert json.loads(dump_trust_list(trust)) == {
        "format": "shelter-kiosk/trust-list",
        "version": 1,
        "keys": [
            {
                "kid": key_id(key).hex(),
                "alg": "EdDSA",
                "key": base64.urlsafe_b64encode(public_key_bytes(key)).rstrip(b"=").decode(),
                "purpose": "app",
                "issuer": "City",
                "valid_from": "2026-11-25T09:00:00+00:00",
                "valid_to": "2026-11-26T09:00:00+00:00",
            }
        ],
    }


def test_optional_fields_and_unknown_members_are_accepted() -> None:
    text = document(
        entry(alg=..., valid_to=..., note="rotated in spring", valid_from="2026-04-01T00:00:00Z")
    )
    parsed = parse_trust_list(text).keys[0]
    assert (parsed.valid_from, parsed.valid_to, parsed.public_key) == (
        datetime(2026, 4, 1, tzinfo=UTC),
        None,
        public_key_bytes(demo_issuer_key()),
    )


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("not json", ("-", "-")),
        ("[]", ("-", "format")),
        (json.dumps({"format": "other", "version": 1, "keys": []}), ("-", "format")),
        (document(version=2), ("-", "version")),
        (document(keys={}), ("-", "keys")),
        (document(entry(), "x"), ("1", "-")),
        (document(entry(kid="zz")), ("0", "kid")),
        (document(entry(kid="")), ("0", "kid")),
        (document(entry(kid=...)), ("0", "kid")),
        (document(entry(alg="ES256")), ("0", "alg")),
        (document(entry(key="!!")), ("0", "key")),
        (document(entry(key="AAAA")), ("0", "key")),
        (document(entry(purpose="bundle")), ("0", "purpose")),
        (document(entry(issuer=7)), ("0", "issuer")),
        (document(entry(issuer=True)), ("0", "issuer")),
        (document(entry(valid_from="yesterday")), ("0", "valid_from")),
        (document(entry(valid_from="2026-01-01T00:00:00")), ("0", "valid_from")),
        (document(entry(valid_from=...)), ("0", "valid_from")),
        (document(entry(valid_to="2020-01-01T00:00:00Z")), ("0", "valid_to")),
    ],
)
def test_a_bad_file_is_refused_naming_entry_and_field(text: str, where: tuple[str, str]) -> None:
    with pytest.raises(TrustListInvalid) as caught:
        parse_trust_list(text)
    assert (caught.value.params["entry"], caught.value.params["field"]) == where


def test_a_bad_file_message_is_clear() -> None:
    with pytest.raises(TrustListInvalid) as caught:
        parse_trust_list(document(entry(purpose="bundle")))
    assert str(caught.value) == (
        "The trust-list file is not valid (entry 0, field purpose). Nothing was imported."
    )


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(TrustListUnreadable) as caught:
        load_trust_list(tmp_path / "absent.json")
    assert caught.value.code == "trust_list_unreadable"


def test_keys_for_filters_by_id_and_purpose() -> None:
    trust = demo_trust_list()
    kid = key_id(demo_issuer_key())
    assert [k.issuer for k in trust.keys_for(kid, "app")] == ["デモ市 City OS (demo)"]
    assert trust.keys_for(kid, "slip") == ()


def test_adding_and_removing_keys() -> None:
    kiosk = new_key()
    added = TrustedKey.for_key(kiosk, "slip", "kiosk 2", NOW)
    trust = demo_trust_list().with_key(added).with_key(added)
    assert trust.keys[-1] == added and len(trust.keys) == len(demo_trust_list().keys) + 1
    assert trust.without(key_id(kiosk), "slip") == demo_trust_list()


def test_status_of_a_key_over_time() -> None:
    key = TrustedKey.for_key(new_key(), "app", "x", NOW, NOW + timedelta(days=1))
    moments = [NOW - timedelta(seconds=1), NOW, NOW + timedelta(days=1)]
    assert [key.status_at(m) for m in moments] == ["not_yet_valid", "valid", "retired"]


def test_demo_shelter_ids_agree() -> None:
    assert DEMO_SHELTER_ID == DEMO_SHELTER.id


def test_private_key_files_round_trip_owner_only(tmp_path: Path) -> None:
    key = new_key()
    path = tmp_path / "issuer.pem"
    save_private_key(path, key)
    loaded = load_private_key(path)
    assert (public_key_bytes(loaded), stat.S_IMODE(path.stat().st_mode)) == (
        public_key_bytes(key),
        0o600,
    )


def test_a_file_that_is_not_an_ed25519_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "not-a-key.pem"
    path.write_text("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    with pytest.raises(KeyFileInvalid) as caught:
        load_private_key(path)
    assert caught.value.params == {"path": str(path)}
