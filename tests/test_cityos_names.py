"""The shelter id, tenant and service path are checked against the City OS broker's rules at
the door (``kiosk init``, settings) and in ``kiosk doctor`` for stores made before (#14 §5)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.basics.errors import ValidationError
from kiosk.city.broker_rules import (
    entity_id_ok,
    validate_service_path,
    validate_shelter_id,
    validate_tenant,
)
from kiosk.core import Kiosk
from kiosk.operations.settings import Settings, load_settings, save_settings
from kiosk.safety import store_check
from tests.conftest import run_cli

INIT = ("init", "--shelter-name", "体育館", "--capacity", "50")


def test_init_refuses_a_shelter_id_orion_refuses_and_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run_cli(*INIT, "--shelter-id", "会津/第1避難所#2", home=home)
    assert (result.returncode, result.stdout, home.exists()) == (1, "", False)
    assert result.stderr.startswith("kiosk: Shelter id: Use 1 to 64 plain letters A-Z")
    assert "e.g. aizu-shelter-01" in result.stderr


def test_init_refuses_a_bad_tenant_and_service_path(tmp_path: Path) -> None:
    tenant = run_cli(*INIT, "--shelter-id", "S01", "--tenant", "Aizu-Bousai", home=tmp_path / "a")
    path = run_cli(*INIT, "--shelter-id", "S01", "--service-path", "aizu/#", home=tmp_path / "b")
    assert (tenant.returncode, path.returncode) == (1, 1)
    assert tenant.stderr.startswith("kiosk: Tenant (Fiware-Service): Use up to 50 lower-case")
    assert path.stderr.startswith("kiosk: Service path (Fiware-ServicePath): Start with '/'")


def test_init_keeps_a_good_tenant_and_service_path(tmp_path: Path) -> None:
    home = tmp_path / "home"
    made = run_cli(
        *INIT,
        "--shelter-id",
        "07202000000001",  # a 14-digit national common shelter ID
        "--tenant",
        "aizu_bousai",
        "--service-path",
        "/aizu/shelters",
        home=home,
    )
    assert made.returncode == 0, made.stderr
    with Kiosk.open(home, "correct horse battery staple") as kiosk:
        settings = load_settings(kiosk.store)
    assert (settings.tenant, settings.service_path) == ("aizu_bousai", "/aizu/shelters")


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("S01", True),
        ("aizu-shelter_01.b", True),
        ("0" * 64, True),
        ("0" * 65, False),
        ("", False),
        ("会津第1避難所", False),
        ("S 01", False),
        ("S/01", False),
        ("S#01", False),
        ("S&01", False),
        ("S?01", False),
        ("S(01)", False),
        ("-S01", False),
    ],
)
def test_shelter_id_rule(value: str, ok: bool) -> None:
    assert _passes(validate_shelter_id, value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("", True),
        ("aizu", True),
        ("aizu_bousai_01", True),
        ("a" * 50, True),
        ("a" * 51, False),
        ("Aizu", False),  # Orion would store it lower-cased: refused, not silently changed
        ("aizu-bousai", False),
        ("aizu bousai", False),
        ("会津", False),
    ],
)
def test_tenant_rule(value: str, ok: bool) -> None:
    assert _passes(validate_tenant, value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("/", True),
        ("/aizu", True),
        ("/aizu/shelters/", True),
        ("/" + "/".join(["l"] * 10), True),
        ("/" + "/".join(["l"] * 11), False),
        ("/" + "a" * 50, True),
        ("/" + "a" * 51, False),
        ("", False),
        ("aizu", False),
        ("/aizu//x", False),
        ("/aizu-x", False),
        ("/aizu/#", False),
        ("/会津", False),
    ],
)
def test_service_path_rule(value: str, ok: bool) -> None:
    assert _passes(validate_service_path, value) is ok


def test_entity_id_rule_follows_orion() -> None:
    assert [
        entity_id_ok(v)
        for v in ("urn:ngsi-ld:Shelter:S01", "a" * 257, "urn:x:a b", "urn:x:a/b", "urn:x:会津")
    ] == [True, False, False, False, False]


def test_settings_refuse_a_bad_tenant_naming_the_field(kiosk: Kiosk) -> None:
    with pytest.raises(ValidationError) as raised:
        save_settings(kiosk.ctx, replace(Settings(), tenant="Aizu Bousai"))
    assert (raised.value.field, load_settings(kiosk.store)) == ("tenant", Settings())


def test_doctor_reports_an_old_store_with_a_bad_id_and_says_how_to_fix(
    make_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = make_kiosk()
    bad = "会津/第1避難所#2"
    with kiosk.store.atomic():  # as a store made before the rule
        kiosk.store.execute("UPDATE shelter SET id = ?", (bad,))
        kiosk.store.set_meta("shelter_id", bad)
        kiosk.store.set_meta(
            "settings", json.dumps({"tenant": "Aizu-Bousai", "service_path": "aizu"})
        )
    problems = [p for p in store_check.examine(kiosk.store).problems]
    assert [p.split(":")[0] for p in problems] == ["shelter id", "settings", "settings"]
    assert "kiosk init --shelter-id ID --home NEW_FOLDER" in problems[0]
    assert "Tenant (Fiware-Service)" in problems[1] and "Settings page" in problems[1]
    assert "Service path (Fiware-ServicePath)" in problems[2]


def test_doctor_is_clean_for_good_names(kiosk: Kiosk) -> None:
    assert store_check.examine(kiosk.store).problems == ()


def _passes(check: Callable[[str], None], value: str) -> bool:
    try:
        check(value)
    except ValidationError:
        return False
    return True


def test_the_service_path_setting_reaches_the_v2_adapter_and_reader(kiosk: Kiosk) -> None:
    from kiosk.operations.provisioning import CLIENT_SECRET
    from sync.client import reader_for, replayer_for

    with kiosk.store.atomic():
        kiosk.store.set_secret(CLIENT_SECRET, b"s")
    settings = replace(
        Settings(),
        cityos_endpoint="http://127.0.0.1:9",
        oidc_issuer="http://127.0.0.1:9",
        oidc_client_id="k",
        tenant="aizu",
        service_path="/aizu/shelters",
    )
    adapter = replayer_for(kiosk.ctx, settings).adapter
    reader = reader_for(kiosk.ctx, settings)
    assert (adapter.tenant, adapter.service_path, reader.service_path) == (  # type: ignore[attr-defined]
        "aizu",
        "/aizu/shelters",
        "/aizu/shelters",
    )
