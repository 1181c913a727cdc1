"""Putting sync together from the settings: the auth, the adapter, the replayer, the reader.

A :class:`CityOsLink` holds the ONE token client of a configuration and hands it to every
push and pull, so a push followed by a pull asks the identity provider once (a new client per
call used to fetch a new token each time). It makes a new client only when the settings or the
secret that shape it change. The window's sync runner keeps one link for its lifetime; a
command line run makes one per command.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Any

import requests
from cryptography.hazmat.primitives import serialization

from kiosk.basics.context import Context
from kiosk.city.endpoint_rules import transport_allowed
from kiosk.operations.provisioning import CLIENT_SECRET
from kiosk.operations.settings import Settings
from kiosk.operations.shelter import signing_key
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.errors import InsecureTransport, NotConfigured
from sync.pull import CityOsReader
from sync.replay import Replayer

__all__ = ["CaBundleSession", "CityOsLink", "auth_for", "replayer_for", "reader_for", "tls_verify"]


def tls_verify(settings: Settings) -> bool | str:
    """``requests``' ``verify`` for the identity provider and the broker alike: the CA
    bundle file when one is set, else the system's trusted CAs."""
    return str(Path(settings.ca_bundle).expanduser()) if settings.ca_bundle else True


class CaBundleSession(requests.Session):
    """A session that checks TLS against one CA bundle file on every request. Setting
    ``Session.verify`` is not enough: requests lets ``REQUESTS_CA_BUNDLE`` /
    ``CURL_CA_BUNDLE`` from the environment override it, while a ``verify`` given per
    request wins."""

    def __init__(self, ca_bundle: str) -> None:
        super().__init__()
        self.ca_bundle = ca_bundle
        self.verify = ca_bundle

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs.setdefault("verify", self.ca_bundle)
        return super().request(method, url, *args, **kwargs)


def _with_ca_bundle(owner: Any, settings: Settings) -> None:
    """Give a freshly made adapter or reader (which owns and closes its session) a session
    bound to the configured CA bundle."""
    verify = tls_verify(settings)
    if isinstance(verify, str):
        owner.session.close()
        owner.session = CaBundleSession(verify)


def _credential(ctx: Context, settings: Settings) -> str:
    """The client secret, or for ``private_key_jwt`` the kiosk's private key (PEM).

    Raises:
        NotConfigured: the endpoint, issuer, client id or secret is missing.
    """
    if not settings.sync_configured:
        raise NotConfigured()
    if settings.oidc_auth_method == "private_key_jwt":
        pem = signing_key(ctx.store).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return pem.decode("ascii")
    secret = ctx.store.get_secret(CLIENT_SECRET)
    if not secret:
        raise NotConfigured()
    return secret.decode("utf-8")


def auth_for(ctx: Context, settings: Settings) -> ClientCredentials:
    """A new OpenID Connect client of this kiosk's configured City OS (prefer a
    :class:`CityOsLink`, which reuses one).

    Raises:
        NotConfigured: the endpoint, issuer, client id or secret is missing.
    """
    return _make_auth(ctx, settings, _credential(ctx, settings))


def _make_auth(ctx: Context, settings: Settings, credential: str) -> ClientCredentials:
    return ClientCredentials(
        settings.oidc_issuer,
        settings.oidc_client_id,
        credential,
        scope=settings.oidc_scope or None,
        resource=settings.oidc_audience or None,
        auth_method=settings.oidc_auth_method,
        verify=tls_verify(settings),
        allow_insecure_http=settings.allow_insecure_http,
        key_id=ctx.kiosk_id,
    )


def _broker_url(settings: Settings) -> str:
    """The broker's URL, once it passed the transport rule.

    Raises:
        InsecureTransport: plain http to another machine without the lab setting.
    """
    if not transport_allowed(settings.cityos_endpoint, settings.allow_insecure_http):
        raise InsecureTransport(url=settings.cityos_endpoint)
    return settings.cityos_endpoint


class CityOsLink:
    """One token client per configuration, shared by every push and pull made through it.

    Thread-safe: the window asks for replayers and readers on its DB worker while the
    network pool uses the client.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._auth: ClientCredentials | None = None
        self._shape: tuple[Any, ...] = ()

    def auth(self, ctx: Context, settings: Settings) -> ClientCredentials:
        """The shared client; a new one only when the settings or secret behind it changed.

        Raises:
            NotConfigured: see :func:`auth_for`.
        """
        credential = _credential(ctx, settings)
        shape = (
            settings.oidc_issuer,
            settings.oidc_client_id,
            settings.oidc_scope,
            settings.oidc_audience,
            settings.oidc_auth_method,
            settings.ca_bundle,
            settings.allow_insecure_http,
            ctx.kiosk_id,
            hashlib.sha256(credential.encode("utf-8")).hexdigest(),
        )
        with self._lock:
            if self._auth is None or shape != self._shape:
                if self._auth is not None:
                    self._auth.close()
                self._auth, self._shape = _make_auth(ctx, settings, credential), shape
            return self._auth

    def replayer(self, ctx: Context, settings: Settings) -> Replayer:
        """A replayer for the configured City OS, with the shared token client.

        Raises:
            NotConfigured: see :func:`auth_for`.
            InsecureTransport: the broker URL is plain http to another machine.
        """
        url = _broker_url(settings)
        adapter = make_adapter(
            settings.platform, url, self.auth(ctx, settings), **_broker_options(settings)
        )
        _with_ca_bundle(adapter, settings)
        return Replayer(ctx, adapter, settings.sync_batch_size)

    def reader(self, ctx: Context, settings: Settings) -> CityOsReader:
        """A reader for pulls from the configured City OS, with the shared token client.

        Raises:
            NotConfigured: see :func:`auth_for`.
            InsecureTransport: the broker URL is plain http to another machine.
        """
        url = _broker_url(settings)
        reader = CityOsReader(
            url,
            self.auth(ctx, settings),
            settings.platform,
            tenant=settings.tenant,
            service_path=settings.service_path if settings.platform == "ngsi-v2" else "",
        )
        _with_ca_bundle(reader, settings)
        return reader

    def close(self) -> None:
        """Forget the token and close the client's session."""
        with self._lock:
            if self._auth is not None:
                self._auth.close()
            self._auth, self._shape = None, ()


def _broker_options(settings: Settings) -> dict[str, Any]:
    """The adapter options the settings decide: the tenant, and for NGSI v2 the service path
    (NGSI-LD has no service path of its own)."""
    options: dict[str, Any] = {"tenant": settings.tenant}
    if settings.platform == "ngsi-v2":
        options["service_path"] = settings.service_path
    return options


def replayer_for(ctx: Context, settings: Settings, link: CityOsLink | None = None) -> Replayer:
    """A replayer for this kiosk's configured City OS; pass the ``link`` whose token client
    it should share (default: a new one).

    Raises:
        NotConfigured: see :func:`auth_for`.
        InsecureTransport: the broker URL is plain http to another machine.
    """
    return (link or CityOsLink()).replayer(ctx, settings)


def reader_for(ctx: Context, settings: Settings, link: CityOsLink | None = None) -> CityOsReader:
    """A reader for pulls from this kiosk's configured City OS; see :func:`replayer_for`.

    Raises:
        NotConfigured: see :func:`auth_for`.
        InsecureTransport: the broker URL is plain http to another machine.
    """
    return (link or CityOsLink()).reader(ctx, settings)
