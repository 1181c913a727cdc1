"""The errors of talking to the City OS, all under :class:`SyncError`.

None carries a token, a client secret or a response body: params are limited to the issuer URL
(chosen by the operator) and standard OAuth error codes. Adapters never raise these for an HTTP
status of the broker; they report per-entity results instead (see :mod:`sync.adapters.base`).
"""

from __future__ import annotations

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "SyncError",
    "CityOsUnreachable",
    "ProviderUnreachable",
    "BadDiscovery",
    "BadCredentials",
    "TokenRefused",
    "NotConfigured",
    "InsecureTransport",
    "UntrustedCertificate",
    "CityOsForbidden",
]


class SyncError(KioskError):
    """Base of every sync error."""

    code = "sync"
    template = _N("KioskError", "The City OS cannot be reached now; changes stay queued.")


class CityOsUnreachable(SyncError):
    """No answer from the City OS (connection refused, timeout, no such host, dropped): the
    one "not reachable" of the window and the command line, whether a push or a roster
    refresh met it, so the same offline state reads the same everywhere. Nothing is lost in
    either case: the queue and the cached roster stay as they were."""

    code = "cityos_unreachable"
    template = _N(
        "KioskError",
        "The City OS cannot be reached now (no network, or no answer). Nothing is lost: "
        "queued changes and the roster on this laptop are kept. Try again later.",
    )


class ProviderUnreachable(CityOsUnreachable):
    """No answer (or a 5xx) from the OpenID provider: offline as far as staff can tell, so
    the same message as :class:`CityOsUnreachable` (the code still names the login service
    in logs)."""

    code = "provider_unreachable"


class BadDiscovery(SyncError):
    """The provider answered, but its discovery document is unusable (missing, not JSON, another
    issuer, no token endpoint, no client-credentials grant): a settings problem."""

    code = "bad_discovery"
    template = _N(
        "KioskError",
        "The login service at {issuer} does not look like the City OS OpenID provider. "
        "Check the issuer URL in the sync settings.",
    )


class BadCredentials(SyncError):
    """The provider refused the client id or secret (``invalid_client``)."""

    code = "bad_credentials"
    template = _N(
        "KioskError",
        "The City OS refused this kiosk's client id or secret. Check the sync settings.",
    )


class TokenRefused(SyncError):
    """The provider refused to issue a token for another reason (scope, resource, grant);
    ``error`` is the OAuth error code, e.g. ``invalid_scope``."""

    code = "token_refused"
    template = _N(
        "KioskError",
        "The City OS login service refused a token ({error}). Check the sync settings.",
    )


class NotConfigured(SyncError):
    code = "sync_not_configured"
    template = _N(
        "KioskError",
        "Sync is not set up: enter the City OS URL, login service and client id in the settings.",
    )


class InsecureTransport(SyncError):
    """An ``http://`` address for the login service, its token endpoint or the broker, to a
    host other than this machine, without the lab setting: the secret would travel in clear.
    Nothing was sent."""

    code = "insecure_transport"
    template = _N(
        "KioskError",
        "{url} is not an https:// address, so the client secret and people's data would "
        "cross the network unencrypted; nothing was sent. Enter the City OS's https:// "
        "address in the sync settings.",
    )


class UntrustedCertificate(SyncError):
    """The TLS certificate of the login service or the broker does not verify against the
    trusted CAs (the system's, or the configured CA bundle)."""

    code = "untrusted_certificate"
    template = _N(
        "KioskError",
        "The certificate of {url} is not trusted, so nothing was sent. If the City OS uses its "
        "own certificate authority, choose its CA certificates file in the sync settings.",
    )


class CityOsForbidden(SyncError):
    """The City OS (or the gateway in front of it) refused this kiosk's writes with 403, even
    with a fresh token: an access matter for its administrator, not a conflict in the data."""

    code = "cityos_forbidden"
    template = _N(
        "KioskError",
        "The City OS refused this kiosk access (HTTP 403), even after signing in again. "
        "Nothing was sent and nothing is lost: the changes stay queued. Ask the City OS "
        "administrator to allow this kiosk's client, then push again.",
    )
