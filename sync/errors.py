"""Errors of talking to the City OS. None carries a token, a secret or a response body."""

from __future__ import annotations

from kiosk.errors import KioskError
from kiosk.i18n import QT_TRANSLATE_NOOP as _N

__all__ = ["SyncError", "ProviderUnreachable", "BadCredentials", "NotConfigured"]


class SyncError(KioskError):
    code = "sync"
    template = _N("KioskError", "The City OS cannot be reached now; changes stay queued.")


class ProviderUnreachable(SyncError):
    code = "provider_unreachable"
    template = _N(
        "KioskError", "The login service of the City OS cannot be reached; changes stay queued."
    )


class BadCredentials(SyncError):
    code = "bad_credentials"
    template = _N(
        "KioskError",
        "The City OS refused this kiosk's client id or secret. Check the sync settings.",
    )


class NotConfigured(SyncError):
    code = "sync_not_configured"
    template = _N(
        "KioskError",
        "Sync is not set up: enter the City OS URL, login service and client id in the settings.",
    )
