"""The kiosk's settings: one typed, frozen dataclass with its defaults, kept in the encrypted
store (they name the City OS endpoint and client, which are deployment details).

Each field is declared once here with its type, default and translatable title; the window's
settings page maps widgets to these fields and nothing else. The client secret is not a
setting: it lives in the store's ``secret`` table and is never shown back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any
from urllib.parse import urlparse

from kiosk.broker_rules import validate_service_path, validate_tenant
from kiosk.errors import ValidationError
from kiosk.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.store import Store

__all__ = ["Settings", "TITLES", "PLATFORMS", "load_settings", "save_settings", "validate_settings"]

PLATFORMS: tuple[str, ...] = ("ngsi-v2", "ngsi-ld")
_META_KEY = "settings"


@dataclass(frozen=True)
class Settings:
    language: str = "ja"
    large_type: bool = False
    high_contrast: bool = False
    sounds: bool = True
    #: "auto" (first webcam, else the demo camera), "demo", a webcam index, or a video file.
    camera: str = "auto"
    #: Desk mode locks after this many idle seconds (0: never).
    idle_lock_seconds: int = 300
    #: Self check-in returns to its welcome screen after this many idle seconds.
    self_checkin_idle_seconds: int = 30
    #: Keep a rotating log file (no personal data) in the kiosk home.
    log_to_file: bool = True
    platform: str = "ngsi-v2"
    cityos_endpoint: str = ""
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    # --- City OS connection (issue #14 §5, §6): checked against the broker's rules at the door.
    #: NGSI-LD tenant / NGSI v2 Fiware-Service header, if the platform uses one.
    tenant: str = ""
    #: NGSI v2 ``Fiware-ServicePath`` the kiosk's entities live under ("/": the root).
    service_path: str = "/"
    # --- end of the City OS connection block.
    sync_batch_size: int = 500
    sync_automatic: bool = True
    #: The district (地区) whose opted-in residents are pulled into the roster cache; empty:
    #: no roster (the shelter's own record is still pulled).
    roster_district: str = ""
    #: Minutes between pulls of the shelter record and the roster while online.
    pull_interval_minutes: int = 60

    @property
    def sync_configured(self) -> bool:
        return bool(self.cityos_endpoint and self.oidc_issuer and self.oidc_client_id)


TITLES: dict[str, str] = {
    "language": _N("Settings", "Language"),
    "large_type": _N("Settings", "Large type"),
    "high_contrast": _N("Settings", "High contrast"),
    "sounds": _N("Settings", "Sounds"),
    "camera": _N("Settings", "Camera"),
    "idle_lock_seconds": _N("Settings", "Lock the desk after idle seconds"),
    "self_checkin_idle_seconds": _N("Settings", "Self check-in returns to welcome after seconds"),
    "log_to_file": _N("Settings", "Keep a log file (no personal data)"),
    "platform": _N("Settings", "City OS platform"),
    "cityos_endpoint": _N("Settings", "City OS context broker URL"),
    "oidc_issuer": _N("Settings", "OpenID Connect issuer URL"),
    "oidc_client_id": _N("Settings", "Client id"),
    "tenant": _N("Settings", "Tenant (Fiware-Service)"),
    "service_path": _N("Settings", "Service path (Fiware-ServicePath)"),
    "sync_batch_size": _N("Settings", "Changes per request"),
    "sync_automatic": _N("Settings", "Send automatically when online"),
    "roster_district": _N("Settings", "District of the resident roster"),
    "pull_interval_minutes": _N("Settings", "Refresh the roster every minutes"),
}


def _url(field: str, value: str) -> None:
    if value and (urlparse(value).scheme not in ("http", "https") or not urlparse(value).netloc):
        raise ValidationError(
            field,
            _N("KioskError", "Enter a full URL such as {example}."),
            example="https://cityos.example.jp",
        )


def validate_settings(settings: Settings) -> None:
    """Raises ValidationError naming the first bad setting."""
    if settings.language not in ("ja", "en"):
        raise ValidationError("language", _N("KioskError", "Choose ja or en."))
    if settings.platform not in PLATFORMS:
        raise ValidationError("platform", _N("KioskError", "Choose ngsi-v2 or ngsi-ld."))
    _url("cityos_endpoint", settings.cityos_endpoint)
    _url("oidc_issuer", settings.oidc_issuer)
    validate_tenant(settings.tenant)
    validate_service_path(settings.service_path)
    if not 0 <= settings.idle_lock_seconds <= 86_400:
        raise ValidationError("idle_lock_seconds", _N("KioskError", "Enter 0 to 86400 seconds."))
    if not 5 <= settings.self_checkin_idle_seconds <= 3_600:
        raise ValidationError(
            "self_checkin_idle_seconds", _N("KioskError", "Enter 5 to 3600 seconds.")
        )
    if not 1 <= settings.sync_batch_size <= 1_000:
        raise ValidationError("sync_batch_size", _N("KioskError", "Enter 1 to 1000."))
    if not 5 <= settings.pull_interval_minutes <= 1_440:
        raise ValidationError("pull_interval_minutes", _N("KioskError", "Enter 5 to 1440 minutes."))
    if len(settings.roster_district) > 64:
        raise ValidationError("roster_district", _N("KioskError", "Enter at most 64 characters."))


def _coerce(raw: dict[str, Any]) -> Settings:
    """Known fields of the right type; unknown or mistyped ones fall back to the default, so a
    settings document from another version never stops the kiosk from starting."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in raw and type(raw[f.name]) is type(getattr(defaults, f.name)):
            values[f.name] = raw[f.name]
    return replace(defaults, **values)


def load_settings(store: Store) -> Settings:
    raw = store.get_meta(_META_KEY)
    if not raw:
        return Settings()
    try:
        data = json.loads(raw)
    except ValueError:
        return Settings()
    return _coerce(data if isinstance(data, dict) else {})


def save_settings(store: Store, settings: Settings) -> None:
    """Validate and store the settings.

    Raises:
        ValidationError: a setting is out of range.
    """
    validate_settings(settings)
    with store.atomic():
        store.set_meta(_META_KEY, json.dumps(asdict(settings), sort_keys=True))
