"""Invisible and control characters never reach a name or any free text: not typed at the
desk, not through the command line, not inside a code the City OS signed; the variation
selectors of a family name's exact kanji stay."""

from __future__ import annotations

import dataclasses
import zlib
from datetime import UTC, datetime
from pathlib import Path

import base45
import cbor2
import pytest

from kiosk.basics.errors import ValidationError
from kiosk.basics.text_rules import unsafe_character
from kiosk.core import Kiosk
from kiosk.identity.app_code import APP_PREFIX, _claims, issue_app_code, verify_app_code
from kiosk.identity.demo import demo_household_of_six, demo_issuer_key, demo_trust_list
from kiosk.identity.errors import InvalidPayload, MalformedCode
from kiosk.identity.keys import sign_cose
from kiosk.registry import people
from kiosk.registry.records import HouseholdDraft, PersonDraft
from tests.conftest import run_cli

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HIDDEN = {
    "right-to-left override": "\u202e",
    "left-to-right isolate": "\u2066",
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "byte-order mark": "\ufeff",
    "line feed": "\n",
    "carriage return": "\r",
    "delete": "\x7f",
    "C1 control": "\x85",
    "line separator": "\u2028",
}


@pytest.mark.parametrize("char", HIDDEN.values(), ids=HIDDEN.keys())
def test_a_name_with_a_hidden_character_is_refused_naming_the_code_point(
    kiosk: Kiosk, char: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        people.add_person(kiosk.ctx, PersonDraft(name=f"見本{char}花子"))
    assert (refused.value.params["field"], refused.value.params["char"]) == (
        "name",
        f"U+{ord(char):04X}",
    )


def test_every_free_text_field_follows_the_rule_and_a_note_may_have_lines(kiosk: Kiosk) -> None:
    for field in ("kana", "address", "stay_detail"):
        with pytest.raises(ValidationError):
            people.add_person(kiosk.ctx, PersonDraft(name="見本", **{field: "ア\u202eイ"}))
    with pytest.raises(ValidationError):
        people.add_household(kiosk.ctx, [PersonDraft(name="見本")], HouseholdDraft(pets="犬\u200b"))
    household, _ = people.add_household(
        kiosk.ctx, [PersonDraft(name="見本")], HouseholdDraft(note="一行目\n二行目")
    )
    assert household.note == "一行目\n二行目"


def test_an_ideographic_variation_sequence_is_part_of_a_name(kiosk: Kiosk) -> None:
    name = "葛\U000e0100城 花子"  # 葛 with its IVS selector: the family's exact form
    assert unsafe_character(name) is None
    assert people.add_person(kiosk.ctx, PersonDraft(name=name)).name == name


def test_the_command_line_says_which_field_and_character(kiosk: Kiosk) -> None:
    home: Path = kiosk.home
    kiosk.close()
    done = run_cli("person", "add", "--name", "見本\u202e花子", home=home)
    assert (done.returncode, done.stdout) == (1, "")
    assert "U+202E" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_signed_code_cannot_carry_a_hidden_character() -> None:
    six = demo_household_of_six(NOW)
    bad = dataclasses.replace(six.members[0], name="見本\u202e花子")
    payload = dataclasses.replace(six, members=(bad, *six.members[1:]))
    with pytest.raises(InvalidPayload):
        issue_app_code(payload, demo_issuer_key())
    # Signed by the City OS key all the same (an issuing tool without the check): refused.
    message = sign_cose(cbor2.dumps(_claims(payload)), demo_issuer_key())
    text = APP_PREFIX + base45.b45encode(zlib.compress(message)).decode("ascii")
    with pytest.raises(MalformedCode) as refused:
        verify_app_code(text, demo_trust_list(), NOW)
    assert refused.value.params == {"reason": "breaks a rule: members[0].name"}
