"""Pairing by one scan: the second desk hands its pairing reply to the first desk over the
local network, so the first desk need not scan it back (issue #16, "paired by one QR scan").

The first desk's pairing code names, signed with the rest of it, the ``host:port`` addresses
its desk service listens on (:func:`local_addresses`). Once the second desk has accepted the
code it trusts the first desk's key, and :func:`deliver_reply` opens a TLS 1.3 connection to
one of those addresses *without* a client certificate (the first desk does not know this one
yet), checks that the server's leaf was signed by the key the code carried (so the reply goes
to that desk and no other), and sends the one reply frame. The first desk's server takes that
one frame only (:meth:`kiosk.desks.transport.DeskServer._take_reply`) and checks it with
:func:`~kiosk.desks.pairing.accept_pairing_reply`: the MAC under the code's one-time secret is
what proves the sender read the code. No new cryptography: the TLS set-up and the leaf check
of :mod:`kiosk.desks.transport`, the codes of :mod:`kiosk.desks.codes`.

When no address answers (no network, another network, the first desk's service not running)
the reply is returned to be shown as a QR or carried in a file: the two-scan route.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import ssl
from typing import Any

import ifaddr

from kiosk.desks.errors import (
    DeskError,
    DeskNotPaired,
    PairingReplyInvalid,
    PairingReplyUnknown,
    PairingWithItself,
)
from kiosk.desks.pairing import AcceptedCode
from kiosk.desks.transport import (
    PAIRING_FRAME,
    PROTOCOL,
    _anchor,
    _leaf,
    _recv,
    _send,
    check_leaf,
    leaf_name,
    parse_address,
)

__all__ = ["DELIVER_TIMEOUT", "deliver_reply", "local_addresses"]

log = logging.getLogger("kiosk.desks")

#: Seconds one socket step of a delivery may take, per address: short, so a code naming an
#: address of another network falls back to the second scan within seconds.
DELIVER_TIMEOUT = 3.0
_MAX = 4

#: What a refusal's code means on this side (the first desk refused with these errors).
_REFUSALS: dict[str, type[DeskError]] = {
    PairingReplyInvalid.code: PairingReplyInvalid,
    PairingReplyUnknown.code: PairingReplyUnknown,
    PairingWithItself.code: PairingWithItself,
}


def local_addresses(port: int) -> tuple[str, ...]:
    """``host:port`` for each IPv4 address of this machine other than loopback (link-local
    ``169.254.x.x`` last: two laptops on a switch with no DHCP server get only those), at
    most four. Read from the network interfaces (``ifaddr``, which zeroconf uses too)."""
    found: list[ipaddress.IPv4Address] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):
                continue  # IPv6 (a tuple)
            try:
                address = ipaddress.IPv4Address(ip.ip)
            except ValueError:
                continue
            if not address.is_loopback and address not in found:
                found.append(address)
    found.sort(key=lambda a: a.is_link_local)
    return tuple(f"{a}:{port}" for a in found[:_MAX])


def deliver_reply(accepted: AcceptedCode, timeout: float = DELIVER_TIMEOUT) -> str | None:
    """Hand ``accepted.reply`` to the desk that made the code, at the first of the code's
    addresses that answers as that desk; returns that address, or None when none did (then
    the reply must be shown to that desk instead). Touches no store.

    Raises:
        PairingReplyInvalid, PairingReplyUnknown, PairingWithItself: that desk refused the
            reply (a code expired or used there, a damaged reply); any other refusal is
            reported as PairingReplyInvalid.
    """
    for text in accepted.addresses:
        try:
            address = parse_address(text)
        except ValueError:
            continue
        try:
            answer = _hand_over(accepted, address, timeout)
        except (OSError, ssl.SSLError, ValueError, DeskNotPaired) as exc:
            log.info("pairing reply not delivered at one address: %s", type(exc).__name__)
            continue
        if answer.get("paired") is True:
            return text
        refused = answer.get("refused")
        raise _REFUSALS.get(refused if isinstance(refused, str) else "", PairingReplyInvalid)()
    return None


def _hand_over(accepted: AcceptedCode, address: tuple[str, int], timeout: float) -> dict[str, Any]:
    """One attempt: TLS with no client certificate, the server's leaf checked against the
    code's key, the greeting, the reply, the answer."""
    desk = accepted.desk
    tls_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    tls_ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    tls_ctx.check_hostname = False  # the identity is the code's key, not a host name
    tls_ctx.verify_mode = ssl.CERT_REQUIRED
    tls_ctx.load_verify_locations(cadata=_anchor(desk.kiosk_id, desk.public_key))
    with socket.create_connection(address, timeout=timeout) as raw:
        with tls_ctx.wrap_socket(raw) as tls:
            leaf = _leaf(tls)
            if leaf_name(leaf) != desk.kiosk_id:
                raise DeskNotPaired(desk=desk.kiosk_id)
            check_leaf(leaf, desk.kiosk_id, desk.public_key)
            hello = _recv(tls, PAIRING_FRAME)
            if hello != {"v": PROTOCOL, "kiosk": desk.kiosk_id, "pair": True}:
                raise ValueError("unexpected greeting")
            _send(tls, {"reply": accepted.reply})
            return _recv(tls, PAIRING_FRAME)
