"""OpenID Connect client credentials for the City OS: discovery, one cached access token, and
forgetting it when the broker answers 401.

The token endpoint comes from the provider's discovery document
(``{issuer}/.well-known/openid-configuration``), which must name the same issuer. The token
request itself is authlib's (no hand-made OAuth). The token lives in memory only, is reused
until shortly before it expires, and is never logged, shown, or put in an exception or a repr.
The client secret comes from the encrypted store (the caller passes it in) and is held only by
this object, wrapped so that even a dump of its attributes does not show it.

:class:`OidcClientCredentials` is a ``requests`` auth object: pass it as ``auth=`` and every
request gets ``Authorization: Bearer …``.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from typing import Any

import requests
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from authlib.oauth2.rfc6749.errors import OAuth2Error
from authlib.oauth2.rfc7523 import PrivateKeyJWT
from joserfc.jwk import OKPKey

from kiosk.city.endpoint_rules import transport_allowed
from sync.errors import (
    BadCredentials,
    BadDiscovery,
    InsecureTransport,
    ProviderUnreachable,
    TokenRefused,
    UntrustedCertificate,
)
from sync.retry import retryable_status

__all__ = [
    "OidcClientCredentials",
    "ClientCredentials",
    "DEFAULT_LIFETIME",
    "REFRESH_MARGIN",
    "AUTH_METHODS",
]

log = logging.getLogger("sync.auth")

#: Seconds before expiry at which a cached token is replaced (at most half its lifetime).
REFRESH_MARGIN = 30.0
#: Lifetime assumed when the token response has no ``expires_in``.
DEFAULT_LIFETIME = 300.0
_OAUTH_CODE = re.compile(r"[a-z_]{1,40}")
#: Client authentication at the token endpoint that this client speaks (OIDC Core §9).
AUTH_METHODS = ("client_secret_basic", "client_secret_post", "private_key_jwt")


class _Hidden:
    """A secret value whose repr and str say nothing."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<hidden>"

    __str__ = __repr__


class OidcClientCredentials(requests.auth.AuthBase):
    """Access tokens for this kiosk from the City OS OpenID provider (client credentials).

    Args:
        issuer: the provider's issuer URL (discovery is at ``/.well-known/openid-configuration``).
        client_id, client_secret: this kiosk's client; the secret comes from the encrypted store.
            With ``private_key_jwt`` it is the kiosk's private key (PEM), which signs the
            client assertion (RFC 7523) and never leaves the kiosk.
        scope: space-separated scopes to ask for, or None for the provider's default.
        resource: RFC 8707 resource indicator (the broker's audience), or None for the default.
        auth_method: ``client_secret_basic``, ``client_secret_post`` or ``private_key_jwt``;
            None: basic, or post when the provider's discovery lists only that.
        verify: ``requests``' TLS check: True (the system's CAs) or a CA bundle file.
        allow_insecure_http: lab only: ``http://`` to hosts other than this machine.
        key_id: the ``kid`` of the client assertion's header (``private_key_jwt``).
        session: the ``requests`` session for discovery (default: a new one).
        timeout: seconds to wait for the provider.
        clock: monotonic seconds, injectable so tests can move past expiry.
        refresh_margin: seconds before expiry at which the token is replaced.

    Thread-safe: one token is fetched at a time and shared.
    """

    def __init__(
        self,
        issuer: str,
        client_id: str,
        client_secret: str,
        *,
        scope: str | None = None,
        resource: str | None = None,
        auth_method: str | None = None,
        verify: bool | str = True,
        allow_insecure_http: bool = False,
        key_id: str | None = None,
        session: requests.Session | None = None,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        refresh_margin: float = REFRESH_MARGIN,
    ) -> None:
        self.issuer = issuer.rstrip("/")
        self.client_id = client_id
        self.scope = scope
        self.resource = resource
        if auth_method is not None and auth_method not in AUTH_METHODS:
            raise ValueError(f"auth_method must be one of {AUTH_METHODS}")
        self.auth_method = auth_method
        self.verify = verify
        self.allow_insecure_http = allow_insecure_http
        self.key_id = key_id
        self.timeout = timeout
        self._secret = _Hidden(client_secret)
        self._session = session or requests.Session()
        self._clock = clock
        self._margin = refresh_margin
        self._token: _Hidden | None = None
        self._refresh_at = 0.0
        self._discovery: dict[str, Any] | None = None
        self._lock = threading.Lock()
        #: How many tokens were fetched so far (tests and diagnostics; not secret).
        self.tokens_fetched = 0

    def __repr__(self) -> str:
        return f"OidcClientCredentials(issuer={self.issuer!r}, client_id={self.client_id!r})"

    # --- discovery -------------------------------------------------------------------------

    @property
    def token_endpoint(self) -> str:
        """The token endpoint named by the discovery document.

        Raises:
            ProviderUnreachable: no answer, or a 5xx.
            BadDiscovery: the document is missing, malformed or names another issuer.
            InsecureTransport: the issuer or the token endpoint is plain http (not allowed).
            UntrustedCertificate: the provider's certificate does not verify.
        """
        endpoint = str(self._discover()["token_endpoint"])
        self._require_tls(endpoint)
        return endpoint

    def _require_tls(self, url: str) -> None:
        if not transport_allowed(url, self.allow_insecure_http):
            raise InsecureTransport(url=url)

    def _discover(self) -> dict[str, Any]:
        if self._discovery is not None:
            return self._discovery
        self._require_tls(self.issuer)
        url = f"{self.issuer}/.well-known/openid-configuration"
        try:
            # verify per request: requests lets REQUESTS_CA_BUNDLE override a session's own
            response = self._session.get(url, timeout=self.timeout, verify=self.verify)
        except requests.exceptions.SSLError:
            raise UntrustedCertificate(url=self.issuer) from None
        except requests.RequestException:
            raise ProviderUnreachable() from None
        if response.status_code >= 400 and retryable_status(response.status_code):
            raise ProviderUnreachable()
        try:
            document = response.json() if response.status_code == 200 else None
        except ValueError:
            document = None
        if not isinstance(document, dict) or not _usable(document, self.issuer):
            raise BadDiscovery(issuer=self.issuer)
        self._discovery = document
        return document

    def _auth_method(self) -> str:
        if self.auth_method is not None:
            return self.auth_method
        methods = self._discover().get("token_endpoint_auth_methods_supported")
        if isinstance(methods, list) and "client_secret_basic" not in methods:
            if "client_secret_post" in methods:
                return "client_secret_post"
        return "client_secret_basic"  # the default of RFC 8414 and OIDC Discovery

    # --- tokens ------------------------------------------------------------------------------

    def token(self) -> str:
        """A valid access token: the cached one, or a new one when missing or about to expire.

        Raises:
            ProviderUnreachable: the provider cannot be reached or answers 5xx.
            BadDiscovery: the provider's discovery document is unusable.
            BadCredentials: the provider refused the client id or secret.
            TokenRefused: the provider refused a token for another reason (scope, resource).
            InsecureTransport: the provider's address is plain http (not allowed).
            UntrustedCertificate: the provider's certificate does not verify.
        """
        with self._lock:
            if self._token is not None and self._clock() < self._refresh_at:
                return self._token.reveal()
            self._token = None
            access_token, lifetime = self._fetch()
            now = self._clock()
            self._token = _Hidden(access_token)
            self._refresh_at = now + lifetime - min(self._margin, lifetime / 2)
            self.tokens_fetched += 1
            log.info("obtained a City OS access token valid for %d s", int(lifetime))
            return access_token

    def _fetch(self) -> tuple[str, float]:
        endpoint = self.token_endpoint
        extra: dict[str, Any] = {"resource": self.resource} if self.resource else {}
        method = self._auth_method()
        credential: Any = self._secret.reveal()
        if method == "private_key_jwt":  # authlib reads a bare PEM as RSA: give it the key
            credential = OKPKey.import_key(credential)
        session = OAuth2Session(
            self.client_id,
            credential,
            scope=self.scope,
            token_endpoint_auth_method=method,
        )
        if (
            method == "private_key_jwt"
        ):  # RFC 7523 assertion; "EdDSA" as the kiosk JWK and bundles say
            headers = {"kid": self.key_id} if self.key_id else None
            session.register_client_auth_method(
                PrivateKeyJWT(endpoint, alg="EdDSA", headers=headers)
            )
        try:
            answer = session.fetch_token(
                endpoint,
                grant_type="client_credentials",
                timeout=self.timeout,
                verify=self.verify,
                **extra,
            )
        except (OAuthError, OAuth2Error) as exc:
            error = str(getattr(exc, "error", "") or "")
            if error == "invalid_client":
                raise BadCredentials() from None
            raise TokenRefused(error=error if _OAUTH_CODE.fullmatch(error) else "?") from None
        except requests.exceptions.SSLError:
            raise UntrustedCertificate(url=endpoint) from None
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else 500
            if retryable_status(status):  # sync.retry: the one rule of "not now"
                raise ProviderUnreachable() from None
            raise BadDiscovery(issuer=self.issuer) from None
        except requests.RequestException:
            raise ProviderUnreachable() from None
        except ValueError:  # not a JSON object
            raise BadDiscovery(issuer=self.issuer) from None
        finally:
            session.token = None
            session.close()
        access_token = answer.get("access_token")
        token_type = str(answer.get("token_type", "")).lower()
        if not isinstance(access_token, str) or not access_token or token_type != "bearer":
            raise TokenRefused(error="unsupported_token_type")
        try:
            lifetime = float(answer.get("expires_in", DEFAULT_LIFETIME))
        except (TypeError, ValueError):
            lifetime = DEFAULT_LIFETIME
        return access_token, max(lifetime, 0.0)

    def invalidate(self) -> None:
        """Forget the token (the broker said 401): the next :meth:`token` fetches a new one."""
        with self._lock:
            self._token = None
            self._refresh_at = 0.0

    def headers(self) -> dict[str, str]:
        """``{"Authorization": "Bearer …"}`` with a valid token.

        Raises:
            The errors of :meth:`token`.
        """
        return {"Authorization": f"Bearer {self.token()}"}

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        """Add the bearer token to ``request`` (requests' auth hook).

        Raises:
            The errors of :meth:`token`.
        """
        request.headers["Authorization"] = f"Bearer {self.token()}"
        return request

    def close(self) -> None:
        """Forget the token and close the discovery session."""
        self.invalidate()
        self._session.close()


def _usable(document: dict[str, Any], issuer: str) -> bool:
    endpoint = document.get("token_endpoint")
    grants = document.get("grant_types_supported")
    return (
        str(document.get("issuer", "")).rstrip("/") == issuer
        and isinstance(endpoint, str)
        and endpoint.startswith(("https://", "http://"))
        and (grants is None or (isinstance(grants, list) and "client_credentials" in grants))
    )


#: The name the replay and the command line used before; same class.
ClientCredentials = OidcClientCredentials
