"""Which addresses the kiosk may send its client secret, tokens and people's data to.

One rule, used by the settings check, the OpenID client and the broker client: ``https://``
always; ``http://`` only to this machine (loopback: ``localhost``, ``127.0.0.0/8``, ``::1``,
where nothing crosses a network) or when the operator turned on the lab setting
``allow_insecure_http`` on purpose (a test bench without certificates).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlparse

__all__ = ["is_loopback_url", "transport_allowed"]


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` names this machine (``localhost`` or a loopback address)."""
    host = (urlparse(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def transport_allowed(url: str, allow_insecure_http: bool = False) -> bool:
    """Whether the kiosk may talk to ``url``: https, or http to loopback or in the lab."""
    scheme = urlparse(url).scheme.lower()
    if scheme == "https":
        return True
    return scheme == "http" and (allow_insecure_http or is_loopback_url(url))
