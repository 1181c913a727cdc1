"""Settings: one typed object, validated, stored encrypted, tolerant of other versions."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.basics.errors import ValidationError
from kiosk.basics.logs import log_path, log_unexpected, setup_file_logging
from kiosk.core import Kiosk
from kiosk.operations.settings import TITLES, Settings, load_settings, save_settings


def test_defaults_until_saved_then_what_was_saved(kiosk: Kiosk) -> None:
    assert load_settings(kiosk.store) == Settings()
    chosen = replace(
        Settings(), platform="ngsi-ld", cityos_endpoint="http://127.0.0.1:1026", large_type=True
    )
    save_settings(kiosk.ctx, chosen)
    assert load_settings(kiosk.store) == chosen


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("platform", "soap"),
        ("cityos_endpoint", "not a url"),
        ("sync_batch_size", 0),
        ("language", "fr"),
        ("self_checkin_idle_seconds", 1),
    ],
)
def test_bad_settings_name_the_field(kiosk: Kiosk, field: str, value: object) -> None:
    with pytest.raises(ValidationError) as raised:
        save_settings(kiosk.ctx, replace(Settings(), **{field: value}))
    assert raised.value.field == field


def test_unknown_or_mistyped_stored_settings_fall_back_to_defaults(kiosk: Kiosk) -> None:
    with kiosk.store.atomic():
        kiosk.store.set_meta(
            "settings", json.dumps({"large_type": "yes", "future": 1, "sounds": False})
        )
    assert load_settings(kiosk.store) == replace(Settings(), sounds=False)


def test_every_setting_has_a_title() -> None:
    assert sorted(TITLES) == sorted(Settings.__dataclass_fields__)


def test_log_file_is_owner_only_and_unexpected_errors_lose_their_message(tmp_path: Path) -> None:
    handler = setup_file_logging(tmp_path)
    try:
        try:
            raise ValueError("佐藤 花子 090-1234-5678")
        except ValueError as exc:
            log_unexpected(logging.getLogger("kiosk.test"), exc, "a test")
    finally:
        handler.close()
        for name in ("kiosk", "sync", "ui"):
            logging.getLogger(name).removeHandler(handler)
    text = log_path(tmp_path).read_text(encoding="utf-8")
    assert (
        "unexpected ValueError in a test at test_settings.py:" in text,
        "佐藤" in text,
        "090" in text,
    ) == (
        True,
        False,
        False,
    )
    assert log_path(tmp_path).stat().st_mode & 0o077 == 0
