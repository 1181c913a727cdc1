"""OpenID Connect client credentials for the City OS: discovery, a cached access token, and
re-authentication when the broker answers 401.

The token endpoint comes from the provider's discovery document; the token request itself is
authlib's (no hand-made OAuth). The token is kept in memory only, reused until shortly before
it expires, and never logged, shown or put in an exception. The client secret comes from the
encrypted store and is held only by this object, whose repr names neither.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import requests
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from authlib.oauth2.rfc6749.errors import OAuth2Error

from sync.errors import BadCredentials, ProviderUnreachable

__all__ = ["ClientCredentials"]

REFRESH_MARGIN = 30.0


class ClientCredentials:
    def __init__(
        self,
        issuer: str,
        client_id: str,
        client_secret: str,
        scope: str = "cityos",
        timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.issuer = issuer.rstrip("/")
        self._client_id = client_id
        self._secret = client_secret
        self._scope = scope
        self._timeout = timeout
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._token_endpoint: str | None = None
        self._lock = threading.Lock()
        self.tokens_fetched = 0

    def __repr__(self) -> str:
        return f"ClientCredentials(issuer={self.issuer!r})"

    def _discover(self) -> str:
        if self._token_endpoint is None:
            url = f"{self.issuer}/.well-known/openid-configuration"
            try:
                response = requests.get(url, timeout=self._timeout)
                response.raise_for_status()
                self._token_endpoint = str(response.json()["token_endpoint"])
            except (requests.RequestException, ValueError, KeyError) as exc:
                raise ProviderUnreachable() from exc
        return self._token_endpoint

    def token(self) -> str:
        """A valid access token, fetched when missing or about to expire.

        Raises:
            ProviderUnreachable: the provider or its discovery document cannot be reached.
            BadCredentials: the provider refused the client id or secret.
        """
        with self._lock:
            if self._token and self._clock() < self._expires_at - REFRESH_MARGIN:
                return self._token
            endpoint = self._discover()
            session = OAuth2Session(
                self._client_id,
                self._secret,
                scope=self._scope,
                token_endpoint_auth_method="client_secret_basic",
            )
            try:
                token = session.fetch_token(
                    endpoint, grant_type="client_credentials", timeout=self._timeout
                )
            except (OAuth2Error, OAuthError):
                raise BadCredentials() from None
            except requests.RequestException:
                raise ProviderUnreachable() from None
            finally:
                session.close()
            self._token = str(token["access_token"])
            self._expires_at = self._clock() + float(token.get("expires_in", 300))
            self.tokens_fetched += 1
            return self._token

    def invalidate(self) -> None:
        """Forget the token (the broker said 401): the next call fetches a new one."""
        with self._lock:
            self._token = None
            self._expires_at = 0.0
