"""The `kiosk` command line, run as a real child process: flows, JSON, exit codes, and every
store error as one clear line on stderr (never a traceback, never SQLCipher noise)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from kiosk.store.schema import LATEST
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, run_cli


@pytest.fixture
def home(tmp_path: Path) -> Path:
    Kiosk.create(tmp_path / "home", PASSPHRASE, SHELTER, kdf=FAST_KDF).close()
    return tmp_path / "home"


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, result
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return str(result.stderr.strip())


def test_init_then_refuses_to_overwrite(tmp_path: Path) -> None:
    home = tmp_path / "new"
    args = ("init", "--shelter-id", "S01", "--shelter-name", "第一小学校", "--capacity", "50")
    created = run_cli(*args, home=home)
    again = run_cli(*args, home=home)
    assert (created.returncode, created.stdout) == (
        0,
        f"Created the encrypted store for S01 in {home}\n",
    )
    assert {p.name for p in home.iterdir()} >= {"kiosk.db", "kiosk.key"}
    assert (
        one_line_error(again)
        == f"kiosk: A kiosk data store already exists in {home}; it was left untouched."
    )


def test_person_checkin_search_status_checkout_flow(home: Path) -> None:
    added = run_cli(
        "person",
        "add",
        "--name",
        "見本 花子",
        "--kana",
        "ミホン ハナコ",
        "--birth",
        "1950-04-01",
        "--sex",
        "F",
        "--needs",
        "wheelchair",
        "--stay",
        "shelter",
        home=home,
    )
    pid = added.stdout.strip()
    assert run_cli("checkin", pid, home=home).returncode == 0
    found = json.loads(run_cli("search", "ﾐﾎﾝ", "--json", home=home).stdout)
    assert found == [
        {
            "id": pid,
            "name": "見本 花子",
            "kana": "ミホン ハナコ",
            "birth": "1950-04-01",
            "sex": "F",
            "state": "in",
            "stay": "shelter",
            "household_id": found[0]["household_id"],
            "needs": ["wheelchair"],
        }
    ]
    figures = json.loads(run_cli("status", "--json", home=home).stdout)
    assert {
        k: figures[k] for k in ("present", "capacity", "checkins", "care_needed", "vehicle", "home")
    } == {
        "present": 1,
        "capacity": 10,
        "checkins": 1,
        "care_needed": 1,
        "vehicle": 0,
        "home": 0,
    }
    no_destination = run_cli("checkout", pid, home=home)
    assert one_line_error(no_destination) == "kiosk: Destination: Give the destination with --to."
    assert run_cli("checkout", pid, "--to", "自宅", home=home).returncode == 0
    assert json.loads(run_cli("status", "--json", home=home).stdout)["present"] == 0
    assert run_cli("doctor", home=home).returncode == 0


def test_bad_field_names_the_field_and_records_nothing(home: Path) -> None:
    result = run_cli("person", "add", "--name", "見本", "--phone", "12", home=home)
    assert one_line_error(result) == "kiosk: Phone: Enter 10 or 11 digits, e.g. 090-1234-5678."
    assert json.loads(run_cli("status", "--json", home=home).stdout)["registered"] == 0


def test_wrong_passphrase(home: Path) -> None:
    result = run_cli("status", home=home, passphrase="wrong")
    assert (
        one_line_error(result)
        == "kiosk: Wrong passphrase for the kiosk data store. Nothing was changed."
    )


def test_missing_store_creates_nothing(tmp_path: Path) -> None:
    result = run_cli("status", home=tmp_path / "none")
    assert one_line_error(result).startswith("kiosk: No kiosk data store in ")
    assert not (tmp_path / "none").exists()


def test_no_passphrase_and_no_terminal(home: Path) -> None:
    result = run_cli("status", home=home, passphrase=None)
    assert one_line_error(result) == (
        "kiosk: No passphrase: set KIOSK_PASSPHRASE or run the command in a terminal."
    )


@pytest.mark.parametrize("cut", ["truncated", "garbage"])
def test_corrupt_or_truncated_store(home: Path, cut: str) -> None:
    db = home / "kiosk.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3] if cut == "truncated" else b"\x00garbage" * 512)
    result = run_cli("status", home=home)
    assert one_line_error(result).startswith("kiosk: The kiosk data store is damaged")


def test_store_from_a_newer_version(home: Path) -> None:
    with Kiosk.open(home, PASSPHRASE) as kiosk:
        kiosk.store.conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    result = run_cli("status", home=home)
    assert one_line_error(result) == (
        f"kiosk: The data store was written by a newer kiosk (schema {LATEST + 5}, this kiosk "
        f"knows up to {LATEST}). Update the kiosk software."
    )


def test_passphrase_change(home: Path) -> None:
    result = run_cli("passphrase", "change", home=home, passphrase=PASSPHRASE)
    assert result.returncode == 1  # no new passphrase given, no terminal
    changed = run_cli(
        "passphrase",
        "change",
        home=home,
        extra_env={"KIOSK_NEW_PASSPHRASE": "a much newer passphrase"},
    )
    assert changed.returncode == 0, changed.stderr
    assert run_cli("status", home=home).returncode == 1
    assert run_cli("status", home=home, passphrase="a much newer passphrase").returncode == 0


def test_usage_errors_exit_2_and_every_command_has_help_with_an_example(home: Path) -> None:
    assert run_cli("no-such-command", home=home).returncode == 2
    for command in (
        ["init"],
        ["person", "add"],
        ["checkin"],
        ["checkout"],
        ["search"],
        ["status"],
        ["doctor"],
        ["demo", "seed"],
        ["passphrase", "change"],
    ):
        result = run_cli(*command, "--help", home=home)
        assert (result.returncode, "example:" in result.stdout) == (0, True), command


def test_doctor_report_holds_no_personal_data(home: Path, tmp_path: Path) -> None:
    pid = run_cli(
        "person",
        "add",
        "--name",
        "見本 花子",
        "--kana",
        "ミホン ハナコ",
        "--phone",
        "000-1234-5678",
        home=home,
    ).stdout.strip()
    run_cli("checkin", pid, home=home)
    report = tmp_path / "report.zip"
    result = run_cli("doctor", "--report", str(report), home=home)
    with zipfile.ZipFile(report) as zf:
        data = json.loads(zf.read("report.json"))
        blob = b"".join(zf.read(name) for name in zf.namelist()).decode("utf-8")
    assert (result.returncode, data["counts"]["person"], data["person_states"]) == (0, 1, {"in": 1})
    assert [s in blob for s in ("見本", "ミホン", "1234", pid)] == [False, False, False, False]


def test_a_file_that_cannot_be_read_is_named_in_one_line(tmp_path: Path) -> None:
    home = tmp_path / "k"
    init = run_cli(
        "init", "--shelter-id", "S01", "--shelter-name", "体育館", "--capacity", "50", home=home
    )
    assert init.returncode == 0, init.stderr
    missing = tmp_path / "no-such-trust-list.json"
    result = run_cli("trust", "import", str(missing), home=home)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.strip() == (
        f"kiosk: cannot read or write {missing} (No such file or directory)."
    )
