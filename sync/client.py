"""Putting sync together from the settings: the auth, the adapter, the replayer, the reader."""

from __future__ import annotations

from typing import Any

from kiosk.context import Context
from kiosk.provisioning import CLIENT_SECRET
from kiosk.settings import Settings
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.errors import NotConfigured
from sync.pull import CityOsReader
from sync.replay import Replayer

__all__ = ["auth_for", "replayer_for", "reader_for"]


def auth_for(ctx: Context, settings: Settings) -> ClientCredentials:
    """The OpenID Connect client of this kiosk's configured City OS.

    Raises:
        NotConfigured: the endpoint, issuer, client id or secret is missing.
    """
    secret = ctx.store.get_secret(CLIENT_SECRET)
    if not settings.sync_configured or not secret:
        raise NotConfigured()
    return ClientCredentials(settings.oidc_issuer, settings.oidc_client_id, secret.decode("utf-8"))


def replayer_for(ctx: Context, settings: Settings) -> Replayer:
    """A replayer for this kiosk's configured City OS.

    Raises:
        NotConfigured: see :func:`auth_for`.
    """
    auth = auth_for(ctx, settings)
    adapter = make_adapter(
        settings.platform, settings.cityos_endpoint, auth, **_broker_options(settings)
    )
    return Replayer(ctx, adapter, settings.sync_batch_size)


def _broker_options(settings: Settings) -> dict[str, Any]:
    """The adapter options the settings decide: the tenant, and for NGSI v2 the service path
    (NGSI-LD has no service path of its own)."""
    options: dict[str, Any] = {"tenant": settings.tenant}
    if settings.platform == "ngsi-v2":
        options["service_path"] = settings.service_path
    return options


def reader_for(ctx: Context, settings: Settings) -> CityOsReader:
    """A reader for pulls from this kiosk's configured City OS.

    Raises:
        NotConfigured: see :func:`auth_for`.
    """
    auth = auth_for(ctx, settings)
    return CityOsReader(
        settings.cityos_endpoint,
        auth,
        settings.platform,
        tenant=settings.tenant,
        service_path=settings.service_path if settings.platform == "ngsi-v2" else "",
    )
