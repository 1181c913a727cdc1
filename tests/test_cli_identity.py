"""The ways in through the real command line: issuing tool, trust list, checkin --qr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, run_cli

PAYLOAD = {
    "members": [
        {
            "name": "見本 太郎",
            "kana": "ミホン タロウ",
            "birth": "1950-04-01",
            "sex": "M",
            "relationship": "self",
            "subject": "sub-1",
            "consent": ["anpi"],
        },
        {
            "name": "見本 花子",
            "kana": "ミホン ハナコ",
            "birth": "1952-05-05",
            "sex": "F",
            "relationship": "spouse",
            "subject": "sub-2",
            "needs": ["wheelchair"],
        },
    ],
    "address": "デモ市中央1-1",
    "phone": "000-0000-0001",
}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    Kiosk.create(tmp_path / "home", PASSPHRASE, SHELTER, kdf=FAST_KDF).close()
    return tmp_path / "home"


def test_issue_trust_and_check_in_a_household_by_code(home: Path, tmp_path: Path) -> None:
    key, trust, payload = tmp_path / "city.pem", tmp_path / "trust.json", tmp_path / "p.json"
    payload.write_text(json.dumps(PAYLOAD, ensure_ascii=False), encoding="utf-8")
    assert (
        run_cli("qr", "keygen", "--key", str(key), "--trust-out", str(trust), home=home).returncode
        == 0
    )
    issued = run_cli(
        "qr",
        "issue",
        "--key",
        str(key),
        "--payload",
        str(payload),
        "--out",
        str(tmp_path / "code.png"),
        home=home,
    )
    text = issued.stdout.strip()
    assert (issued.returncode, text.startswith("KSA1:"), (tmp_path / "code.png").exists()) == (
        0,
        True,
        True,
    )
    untrusted = run_cli("checkin", "--qr", text, home=home)
    assert (untrusted.returncode, "does not trust" in untrusted.stderr) == (1, True)
    assert run_cli("trust", "import", str(trust), home=home).returncode == 0
    admitted = run_cli("checkin", "--qr", text, "--json", home=home)
    outcome = json.loads(admitted.stdout)
    assert ([o["result"] for o in outcome["outcomes"]], outcome["present"]) == (["done", "done"], 2)
    found = json.loads(run_cli("search", "みほん", "--json", home=home).stdout)
    assert sorted((p["name"], p["state"], p["needs"]) for p in found) == [
        ("見本 太郎", "in", []),
        ("見本 花子", "in", ["wheelchair"]),
    ]


def test_my_number_must_be_registered_then_is_found(home: Path) -> None:
    first = run_cli("checkin", "--qr", "123456789018", home=home)
    assert (first.returncode, first.stderr.strip()) == (
        1,
        "kiosk: This card or slip is not registered yet: fill in the evacuee card first.",
    )
    pid = run_cli(
        "person", "add", "--name", "見本 次郎", "--qr", "123456789018", home=home
    ).stdout.strip()
    again = json.loads(run_cli("checkin", "--qr", "123456789018", "--json", home=home).stdout)
    assert [o["person_id"] for o in again["outcomes"]] == [pid]
    shown = run_cli("person", "show", pid, home=home).stdout
    assert ("123456789018" in shown, "mynumber_token" in shown) == (False, False)


def test_qr_decode_prints_exact_texts_only_with_raw(home: Path, tmp_path: Path) -> None:
    import segno

    segno.make("123456789018", error="M").save(str(tmp_path / "card.png"), scale=6)
    (tmp_path / "blank.png").write_bytes((tmp_path / "card.png").read_bytes())
    raw = run_cli("qr", "decode", str(tmp_path / "card.png"), "--json", "--raw", home=home)
    masked = run_cli("qr", "decode", str(tmp_path / "card.png"), "--json", home=home)
    assert json.loads(raw.stdout) == [
        {"file": str(tmp_path / "card.png"), "texts": ["123456789018"]}
    ]
    assert json.loads(masked.stdout)[0]["texts"] == ["mynumber **** **** 9018"]


def test_self_test_passes(home: Path) -> None:
    result = run_cli("self-test", home=home)
    assert (result.returncode, result.stdout.splitlines()[-1]) == (0, "self-test passed")


def test_a_code_can_come_on_standard_input_and_stays_out_of_the_arguments(home: Path) -> None:
    added = run_cli(
        "person", "add", "--name", "見本 三郎", "--qr", "-", stdin="123456789018\n", home=home
    )
    assert added.returncode == 0, added.stderr
    again = run_cli("checkin", "--qr", "-", "--json", stdin="1234-5678-9018\n", home=home)
    assert again.returncode == 0, again.stderr
    assert [o["person_id"] for o in json.loads(again.stdout)["outcomes"]] == [added.stdout.strip()]
