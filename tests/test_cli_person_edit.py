"""`kiosk person edit` (the card form's service from the command line) and `kiosk sync
kiosk-key` (the kiosk's public JWK for the City OS), run as real child processes (#14 §7)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from jwcrypto import jwk

from kiosk.access import audit
from kiosk.city import outbox
from kiosk.core import Kiosk
from kiosk.operations.shelter import kiosk_id, signing_key
from kiosk.registry import people
from kiosk.registry.records import Needs, PersonDraft
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, run_cli

DRAFT = PersonDraft(
    name="見本 花子",
    kana="ミホン ハナコ",
    sex="F",
    phone="090-1234-5678",
    address="会津若松市1-1",
    needs=Needs(flags=frozenset({"wheelchair"}), medication="薬A"),
    consent=frozenset({"anpi", "city.emergency", "family.emergency"}),
)


@pytest.fixture
def home_and_person(tmp_path: Path) -> tuple[Path, str]:
    home = tmp_path / "home"
    with Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF) as kiosk:
        person = people.add_person(kiosk.ctx, DRAFT)
    return home, person.id


def _state(home: Path, person_id: str) -> tuple[object, list[outbox.OutboxEntry], list[str]]:
    with Kiosk.open(home, PASSPHRASE) as kiosk:
        person = people.get_person(kiosk.store, person_id)
        changes = [e for e in outbox.entries(kiosk.store) if e.record_id == person_id]
        actions = [
            f"{a.actor}:{a.action}" for a in audit.recent(kiosk.store) if a.record_id == person_id
        ]
    return person, changes, actions


def test_edit_clears_replaces_consent_audits_and_queues(home_and_person: tuple[Path, str]) -> None:
    home, person_id = home_and_person
    before, _, _ = _state(home, person_id)
    result = run_cli(
        "person",
        "edit",
        person_id,
        "--phone",
        "",
        "--consent",
        "anpi",
        "--needs",
        "",
        "--name",
        "見本 花",
        home=home,
    )
    person, changes, actions = _state(home, person_id)
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "Saved; the change is queued for the City OS.\n",
        "",
    )
    assert person == replace(
        before,
        name="見本 花",
        phone="",
        consent=frozenset({"anpi"}),
        needs=Needs(medication="薬A"),  # the flags replaced by none; details kept
    )
    assert [(c.op, c.payload["phone"], c.payload["consent"]) for c in changes] == [
        ("upsert", "090-1234-5678", ["anpi", "city.emergency", "family.emergency"]),
        ("upsert", "", ["anpi"]),
    ]
    assert actions[:1] == ["cli:person.update"]  # newest first: the edit, by the CLI


def test_edit_with_nothing_new_changes_nothing(home_and_person: tuple[Path, str]) -> None:
    home, person_id = home_and_person
    result = run_cli("person", "edit", person_id, "--phone", "090-1234-5678", home=home)
    _, changes, _ = _state(home, person_id)
    assert (result.returncode, result.stdout, len(changes)) == (0, "Nothing changed.\n", 1)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--phone", "123", "kiosk: Phone: Enter 10 or 11 digits, e.g. 090-1234-5678.\n"),
        ("--name", "", "kiosk: Name: This field is required.\n"),
        ("--consent", "anpi,marketing", "kiosk: Consent: Unknown consent scope.\n"),
        ("--birth", "1950/13/01", "kiosk: Date of birth: Use the form 1950-04-01.\n"),
        ("--kana", "hanako", "kiosk: Reading (kana): Write the reading in kana only.\n"),
    ],
)
def test_bad_input_gets_the_field_message_and_changes_nothing(
    home_and_person: tuple[Path, str], option: str, value: str, message: str
) -> None:
    home, person_id = home_and_person
    result = run_cli("person", "edit", person_id, option, value, home=home)
    person, changes, _ = _state(home, person_id)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", message)
    assert (person.phone, person.name, len(changes)) == ("090-1234-5678", "見本 花子", 1)  # type: ignore[attr-defined]


def test_edit_of_an_unknown_person_is_one_line(home_and_person: tuple[Path, str]) -> None:
    home, _ = home_and_person
    result = run_cli("person", "edit", "no-such-id", "--phone", "", home=home)
    assert (result.returncode, result.stderr) == (1, "kiosk: No person with id no-such-id.\n")


def test_kiosk_key_writes_the_public_jwk_that_verifies_the_kiosk_signature(
    home_and_person: tuple[Path, str], tmp_path: Path
) -> None:
    home, _ = home_and_person
    out = tmp_path / "usb" / "kiosk-key.jwk"
    out.parent.mkdir()
    result = run_cli("sync", "kiosk-key", "--out", str(out), home=home)
    document = json.loads(out.read_text("ascii"))
    with Kiosk.open(home, PASSPHRASE) as kiosk:
        signature = signing_key(kiosk.store).sign(b"anchor")
        kid = kiosk_id(kiosk.store)
    public = jwk.JWK(**document).get_op_key("verify")
    assert isinstance(public, Ed25519PublicKey)
    public.verify(signature, b"anchor")  # raises if the key is not the kiosk's
    assert (result.returncode, sorted(document), document["kid"], document["alg"]) == (
        0,
        ["alg", "crv", "kid", "kty", "use", "x"],  # no private "d"
        kid,
        "EdDSA",
    )


def test_kiosk_key_goes_through_the_safe_output_helper(
    home_and_person: tuple[Path, str], tmp_path: Path
) -> None:
    home, _ = home_and_person
    inside = run_cli("sync", "kiosk-key", "--out", str(home / "kiosk.key"), home=home)
    out = tmp_path / "key.jwk"
    out.write_text("keep")
    exists = run_cli("sync", "kiosk-key", "--out", str(out), home=home)
    forced = run_cli("sync", "kiosk-key", "--out", str(out), "--force", home=home)
    assert (inside.returncode, "inside the kiosk's own data folder" in inside.stderr) == (1, True)
    assert (exists.returncode, forced.returncode, out.read_text() != "keep") == (1, 0, True)
