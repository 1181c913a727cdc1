"""First-run setup: validated up front, nothing half-made left behind, same through the CLI."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.access import staff
from kiosk.basics.errors import StoreExists, ValidationError
from kiosk.core import Kiosk
from kiosk.operations.provisioning import (
    CLIENT_SECRET,
    Provisioning,
    StaffPin,
    passphrase_strength,
    provision,
)
from kiosk.operations.settings import Settings, load_settings
from kiosk.operations.shelter import mynumber_key
from kiosk.registry.records import Shelter
from tests.conftest import FAST_KDF, run_cli

PLAN = Provisioning(
    shelter=Shelter(id="S01", name="第一小学校", capacity=100),
    passphrase="a long shelter passphrase",
    staff=(StaffPin("所長", "manager", "7395"), StaffPin("受付1", "staff", "4821")),
    settings=replace(Settings(), platform="ngsi-ld", cityos_endpoint="http://127.0.0.1:9"),
    client_secret="s3cret-client",
)


def test_provision_creates_a_ready_kiosk(tmp_path: Path) -> None:
    with provision(tmp_path / "k", PLAN, kdf=FAST_KDF) as kiosk:
        members = staff.list_staff(kiosk.ctx)
        assert (
            [m.label for m in members],
            load_settings(kiosk.store),
            kiosk.store.get_secret(CLIENT_SECRET),
        ) == (
            ["受付1", "所長"],
            PLAN.settings,
            b"s3cret-client",
        )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"passphrase": "short"}, "passphrase"),
        ({"staff": (StaffPin("受付1", "staff", "4821"),)}, "role"),
        ({"staff": (StaffPin("所長", "manager", "12"),)}, "pin"),
        ({"staff": (StaffPin(" ", "manager", "2468"),)}, "staff"),
        ({"settings": replace(Settings(), oidc_issuer="nope")}, "oidc_issuer"),
        ({"shelter": Shelter(id="S 01", name="x", capacity=1)}, "shelter_id"),
    ],
)
def test_a_bad_plan_writes_nothing(tmp_path: Path, change: dict, field: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError) as raised:
        provision(tmp_path / "k", replace(PLAN, **change), kdf=FAST_KDF)
    assert (raised.value.field, (tmp_path / "k").exists()) == (field, False)


def test_existing_store_is_never_overwritten(tmp_path: Path) -> None:
    provision(tmp_path / "k", PLAN, kdf=FAST_KDF).close()
    with pytest.raises(StoreExists):
        provision(tmp_path / "k", PLAN, kdf=FAST_KDF)
    Kiosk.open(tmp_path / "k", PLAN.passphrase).close()


def test_passphrase_strength_grows_with_length_and_variety() -> None:
    assert [
        passphrase_strength(p)
        for p in ("abc", "abcdefghij", "abcdefghijklmnop", "Long Passphrase 2026 ok!")
    ] == [
        0,
        1,
        2,
        4,
    ]


def test_scripted_roll_out_through_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "k"
    result = run_cli(
        "init",
        "--shelter-id",
        "S01",
        "--shelter-name",
        "第一小学校",
        "--capacity",
        "100",
        "--staff",
        "所長:manager:7395",
        "--staff",
        "受付1:staff:4821",
        "--platform",
        "ngsi-ld",
        "--cityos-endpoint",
        "http://127.0.0.1:9",
        "--oidc-issuer",
        "http://127.0.0.1:8",
        "--client-id",
        "kiosk",
        home=home,
        passphrase="a long shelter passphrase",
        extra_env={"KIOSK_CLIENT_SECRET": "s3cret-client"},
    )
    assert result.returncode == 0, result.stderr
    with Kiosk.open(home, "a long shelter passphrase") as kiosk:
        settings = load_settings(kiosk.store)
        assert (settings.platform, settings.oidc_client_id, settings.sync_configured) == (
            "ngsi-ld",
            "kiosk",
            True,
        )
        assert staff.sign_in(kiosk.ctx, "7395").role == "manager"


def test_the_citys_my_number_token_key_is_the_one_the_store_keeps(tmp_path: Path) -> None:
    """Kiosks of one city share the key, so a token matches the City OS roster's."""
    city_key = bytes(range(32))
    with provision(tmp_path / "k", replace(PLAN, mynumber_key=city_key), kdf=FAST_KDF) as kiosk:
        assert mynumber_key(kiosk.store) == city_key
