"""Putting sync together from the settings: the auth, the adapter, the replayer."""

from __future__ import annotations

from kiosk.context import Context
from kiosk.provisioning import CLIENT_SECRET
from kiosk.settings import Settings
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.errors import NotConfigured
from sync.replay import Replayer

__all__ = ["replayer_for"]


def replayer_for(ctx: Context, settings: Settings) -> Replayer:
    """A replayer for this kiosk's configured City OS.

    Raises:
        NotConfigured: the endpoint, issuer, client id or secret is missing.
    """
    secret = ctx.store.get_secret(CLIENT_SECRET)
    if not settings.sync_configured or not secret:
        raise NotConfigured()
    auth = ClientCredentials(settings.oidc_issuer, settings.oidc_client_id, secret.decode("utf-8"))
    adapter = make_adapter(
        settings.platform, settings.cityos_endpoint, auth, tenant=settings.tenant
    )
    return Replayer(ctx, adapter, settings.sync_batch_size, on_unauthorized=auth.invalidate)
