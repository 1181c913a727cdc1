"""The kiosk's settings: one typed, frozen dataclass with its defaults, kept in the encrypted
store (they name the City OS endpoint and client, which are deployment details).

Each field is declared once here with its type, default and translatable title; the window's
settings page maps widgets to these fields and nothing else. The client secret is not a
setting: it lives in the store's ``secret`` table and is never shown back.

:func:`save_settings` is the one way a change is made, from any face (window, command line,
first-run setup): it checks the acting role (``settings``: a manager or the admin) and audits
what changed, each field's value before and after, with secret-like values masked.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any
from urllib.parse import urlparse

from kiosk.access import audit
from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.basics.errors import ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.local_time import DEFAULT_TIME_ZONE, time_zone
from kiosk.city.broker_rules import validate_service_path, validate_tenant
from kiosk.city.endpoint_rules import transport_allowed
from kiosk.city.outbox_state import BATCH_SIZE
from kiosk.store import Store

__all__ = [
    "Settings",
    "SettingsChange",
    "TITLES",
    "PLATFORMS",
    "AUTH_METHODS",
    "load_settings",
    "save_settings",
    "validate_settings",
    "audited_value",
]

PLATFORMS: tuple[str, ...] = ("ngsi-v2", "ngsi-ld")
#: Token endpoint client authentication (OIDC Core §9): the secret in a Basic header or in
#: the form body, or a JWT signed with the kiosk's own key (its public key: kiosk sync
#: kiosk-key).
AUTH_METHODS: tuple[str, ...] = ("client_secret_basic", "client_secret_post", "private_key_jwt")
#: RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ), separated by spaces.
_SCOPE = re.compile(r"[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*")
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
    #: Slips stop counting this many days after they were printed (0: at the next opening of
    #: the shelter only; they always stop then). See kiosk/reception/slip_validity.py.
    slip_lifetime_days: int = 0
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
    #: OAuth scopes to ask the identity provider for (space-separated; empty: its default).
    oidc_scope: str = ""
    #: The broker's audience as an RFC 8707 resource indicator (empty: the provider's default).
    oidc_audience: str = ""
    #: How the kiosk proves its client identity at the token endpoint (AUTH_METHODS).
    oidc_auth_method: str = "client_secret_basic"
    #: A PEM file of the CA certificates the identity provider and the broker are checked
    #: against (empty: the system's trusted CAs).
    ca_bundle: str = ""
    #: Lab only: allow http:// to hosts other than this machine (the secret travels in clear).
    allow_insecure_http: bool = False
    # --- end of the City OS connection block.
    sync_batch_size: int = BATCH_SIZE
    sync_automatic: bool = True
    #: The district (地区) whose opted-in residents are pulled into the roster cache; empty:
    #: no roster (the shelter's own record is still pulled).
    roster_district: str = ""
    #: Minutes between pulls of the shelter record and the roster while online.
    pull_interval_minutes: int = 60
    # --- backups (kiosk.safety.auto_backup) ----------------------------------------------------
    #: Where automatic backups go; empty: ``backups`` in the kiosk home. A folder on a USB
    #: drive that stays at the shelter survives a dead laptop disk too.
    backup_folder: str = ""
    #: Minutes between automatic backups (also made when the desk locks), skipped when
    #: nothing changed since the last good one.
    backup_interval_minutes: int = 15
    #: How many backups to keep in the folder (the oldest go first).
    backup_keep: int = 24
    #: The shelter's IANA time zone: what "today" and a person's age mean (kiosk.basics.local_time).
    time_zone: str = DEFAULT_TIME_ZONE

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
    "slip_lifetime_days": _N("Settings", "Slips valid for days (0: until the next opening)"),
    "log_to_file": _N("Settings", "Keep a log file (no personal data)"),
    "platform": _N("Settings", "City OS platform"),
    "cityos_endpoint": _N("Settings", "City OS context broker URL"),
    "oidc_issuer": _N("Settings", "OpenID Connect issuer URL"),
    "oidc_client_id": _N("Settings", "Client id"),
    "tenant": _N("Settings", "Tenant (Fiware-Service)"),
    "service_path": _N("Settings", "Service path (Fiware-ServicePath)"),
    "oidc_scope": _N("Settings", "Scopes to ask for (space-separated)"),
    "oidc_audience": _N("Settings", "Audience (resource indicator)"),
    "oidc_auth_method": _N("Settings", "Client authentication method"),
    "ca_bundle": _N("Settings", "CA certificates file (PEM)"),
    "allow_insecure_http": _N("Settings", "Lab only: allow http:// to other machines"),
    "sync_batch_size": _N("Settings", "Changes per request"),
    "sync_automatic": _N("Settings", "Send automatically when online"),
    "roster_district": _N("Settings", "District of the resident roster"),
    "pull_interval_minutes": _N("Settings", "Refresh the roster every minutes"),
    "backup_folder": _N("Settings", "Backup folder"),
    "backup_interval_minutes": _N("Settings", "Back up every minutes"),
    "backup_keep": _N("Settings", "Backups to keep"),
    "time_zone": _N("Settings", "Time zone of the shelter"),
}


def _url(field: str, value: str, allow_insecure_http: bool = False) -> None:
    if value and (urlparse(value).scheme not in ("http", "https") or not urlparse(value).netloc):
        raise ValidationError(
            field,
            _N("KioskError", "Enter a full URL such as {example}."),
            example="https://cityos.example.jp",
        )
    if value and not transport_allowed(value, allow_insecure_http):
        raise ValidationError(
            field,
            _N(
                "KioskError",
                "Use the https:// address: over http:// the client secret and people's data "
                "would cross the network unencrypted (http:// is only for this machine, or "
                "for a lab with the setting “Lab only: allow http:// to other machines” "
                "turned on).",
            ),
        )


def _city_os_connection(settings: Settings) -> None:
    """The OpenID and TLS settings of the City OS connection block."""
    if settings.oidc_auth_method not in AUTH_METHODS:
        raise ValidationError(
            "oidc_auth_method",
            _N("KioskError", "Choose one of: {values}."),
            values=", ".join(AUTH_METHODS),
        )
    if settings.oidc_scope and not _SCOPE.fullmatch(settings.oidc_scope):
        raise ValidationError(
            "oidc_scope",
            _N(
                "KioskError",
                "Write the scopes the City OS named, separated by single spaces, without "
                "quotes or backslashes, e.g. {example}.",
            ),
            example="openid cityos.write",
        )
    audience = urlparse(settings.oidc_audience)
    if settings.oidc_audience and (
        not audience.scheme or audience.fragment or " " in settings.oidc_audience
    ):
        # RFC 8707 §2: "an absolute URI ... MUST NOT include a fragment component".
        raise ValidationError(
            "oidc_audience",
            _N(
                "KioskError",
                "Enter the absolute URI the City OS named for its broker, e.g. {example}, "
                "or leave it empty.",
            ),
            example="https://broker.cityos.example.jp",
        )
    if settings.ca_bundle and not Path(settings.ca_bundle).expanduser().is_file():
        raise ValidationError(
            "ca_bundle",
            _N(
                "KioskError",
                "No file at this path. Choose the PEM file of CA certificates the City OS "
                "gave you, or leave it empty to use the system's.",
            ),
        )


def validate_settings(settings: Settings) -> None:
    """Raises ValidationError naming the first bad setting."""
    if settings.language not in ("ja", "en"):
        raise ValidationError("language", _N("KioskError", "Choose ja or en."))
    try:
        time_zone(settings.time_zone)
    except ValueError:
        raise ValidationError(
            "time_zone",
            _N("KioskError", "Enter a time zone such as {example}."),
            example=DEFAULT_TIME_ZONE,
        ) from None
    if settings.platform not in PLATFORMS:
        raise ValidationError("platform", _N("KioskError", "Choose ngsi-v2 or ngsi-ld."))
    _url("cityos_endpoint", settings.cityos_endpoint, settings.allow_insecure_http)
    _url("oidc_issuer", settings.oidc_issuer, settings.allow_insecure_http)
    validate_tenant(settings.tenant)
    validate_service_path(settings.service_path)
    _city_os_connection(settings)
    if not 0 <= settings.idle_lock_seconds <= 86_400:
        raise ValidationError("idle_lock_seconds", _N("KioskError", "Enter 0 to 86400 seconds."))
    if not 5 <= settings.self_checkin_idle_seconds <= 3_600:
        raise ValidationError(
            "self_checkin_idle_seconds", _N("KioskError", "Enter 5 to 3600 seconds.")
        )
    if not 0 <= settings.slip_lifetime_days <= 3_650:
        raise ValidationError(
            "slip_lifetime_days", _N("KioskError", "Enter 0 (until the next opening) to 3650 days.")
        )
    if not 1 <= settings.sync_batch_size <= 1_000:
        raise ValidationError("sync_batch_size", _N("KioskError", "Enter 1 to 1000."))
    if not 5 <= settings.pull_interval_minutes <= 1_440:
        raise ValidationError("pull_interval_minutes", _N("KioskError", "Enter 5 to 1440 minutes."))
    if len(settings.roster_district) > 64:
        raise ValidationError("roster_district", _N("KioskError", "Enter at most 64 characters."))
    _validate_backups(settings)


def _validate_backups(settings: Settings) -> None:
    folder = settings.backup_folder
    if folder and (
        not PurePath(folder).is_absolute() and not PureWindowsPath(folder).is_absolute()
    ):
        raise ValidationError(
            "backup_folder",
            _N("KioskError", "Enter a full folder path such as {example}, or leave it empty."),
            example="/media/usb/kiosk-backups",
        )
    if len(folder) > 1_024 or any(ord(c) < 32 for c in folder):
        raise ValidationError("backup_folder", _N("KioskError", "Enter a shorter folder path."))
    if not 1 <= settings.backup_interval_minutes <= 1_440:
        raise ValidationError(
            "backup_interval_minutes", _N("KioskError", "Enter 1 to 1440 minutes.")
        )
    if not 1 <= settings.backup_keep <= 1_000:
        raise ValidationError("backup_keep", _N("KioskError", "Enter 1 to 1000."))


def _coerce(raw: dict[str, Any]) -> Settings:
    """Known fields of the right type; unknown or mistyped ones fall back to the default, so a
    settings document from another version never stops the kiosk from starting."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in raw and type(raw[f.name]) is type(getattr(defaults, f.name)):
            values[f.name] = raw[f.name]
    try:  # a zone this machine's tz database lacks: the default, rather than no kiosk
        time_zone(values.get("time_zone", DEFAULT_TIME_ZONE))
    except ValueError:
        values.pop("time_zone")
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


#: The audit action of a settings change; its row's ``record_id`` is the change set (JSON,
#: ``{field: [before, after]}``, masked by :func:`audited_value`), so the hash chain covers it.
AUDIT_ACTION = "settings.change"
#: Names that mark a field as secret-like: its value is never written to the audit log.
_SECRET_NAME = re.compile(r"secret|passw|passphrase|token|(^|_)pin($|_)|(^|_)key($|_)|credential")
#: File paths may carry an account name (/home/<name>/...): the audit says they changed, not to
#: what.
_PATH_FIELDS = frozenset({"camera", "ca_bundle", "backup_folder"})
MASK = "***"


@dataclass(frozen=True)
class SettingsChange:
    """What one save changed: the fields whose value differs, in declaration order."""

    settings: Settings
    changed: tuple[str, ...]


def audited_value(field: str, value: Any) -> Any:
    """``value`` of ``field`` as the audit log may keep it: secret-like fields and file paths
    masked; a URL without its user, password, query and fragment (they can carry credentials)."""
    if _SECRET_NAME.search(field):
        return MASK
    if field in _PATH_FIELDS and isinstance(value, str) and ("/" in value or "\\" in value):
        return MASK
    if isinstance(value, str) and "://" in value:
        url = urlparse(value)
        host = url.hostname or ""
        if url.port is not None:
            host = f"{host}:{url.port}"
        userinfo = MASK + "@" if url.username or url.password else ""
        query = "?" + MASK if url.query else ""
        fragment = "#" + MASK if url.fragment else ""
        return f"{url.scheme}://{userinfo}{host}{url.path}{query}{fragment}"
    return value


def save_settings(ctx: Context, settings: Settings) -> SettingsChange:
    """Validate and store the settings as ``ctx``'s actor, auditing what changed (one
    ``settings.change`` row; none when nothing changed).

    Raises:
        PermissionDenied: the acting role may not change settings (only a manager or admin).
        ValidationError: a setting is out of range.
    """
    require_role(ctx, "settings")
    validate_settings(settings)
    with ctx.store.atomic():
        before = load_settings(ctx.store)
        changed = tuple(
            f.name for f in fields(Settings) if getattr(before, f.name) != getattr(settings, f.name)
        )
        ctx.store.set_meta(_META_KEY, json.dumps(asdict(settings), sort_keys=True))
        if changed:
            diff = {
                name: [
                    audited_value(name, getattr(before, name)),
                    audited_value(name, getattr(settings, name)),
                ]
                for name in changed
            }
            record = json.dumps(diff, ensure_ascii=False, sort_keys=True)
            audit.append(ctx.store, ctx.actor, AUDIT_ACTION, "settings", record, ctx.now())
    return SettingsChange(settings, changed)
