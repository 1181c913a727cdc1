"""Desks of one shelter finding each other on a network with no internet (issue #16 item 2).

Each desk advertises itself with mDNS/DNS-SD (``zeroconf``, measured in
``scripts/spikes/multidesk_transport.py``) as ``<kiosk id>._shelter-kiosk._tcp.local.`` with
the TXT properties ``kiosk`` and ``shelter`` — ids only, no personal data — and browses for the
same service type. A desk of the same shelter that is seen is handed to ``on_seen`` as a
:class:`Sighting` (its kiosk id and an address); what to do with it is the caller's choice
(:class:`kiosk.desks.service.DeskService` remembers the address of a *paired* desk and contacts
only those). Discovery authenticates nothing: anybody on the network can advertise anything,
and the pinned mutual TLS of :mod:`kiosk.desks.transport` is what decides who a peer is.

Nothing here raises into the caller after :meth:`Discovery.start`: a network without multicast
just finds nobody, and the manual address and the remembered addresses still work.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

import ifaddr
from zeroconf import (
    InterfaceChoice,
    IPVersion,
    ServiceBrowser,
    ServiceInfo,
    ServiceListener,
    Zeroconf,
)

__all__ = ["SERVICE_TYPE", "Sighting", "Discovery", "local_addresses"]

log = logging.getLogger("kiosk.desks")

SERVICE_TYPE = "_shelter-kiosk._tcp.local."
#: How long one look-up of a seen desk's address may wait for its answer (ms).
_RESOLVE_MS = 3000


@dataclass(frozen=True)
class Sighting:
    """A desk of this shelter seen on the network: its kiosk id and where it says it listens."""

    kiosk_id: str
    host: str
    port: int


def local_addresses() -> list[str]:
    """This machine's IPv4 addresses other than the loopback, to advertise a desk that listens
    on every interface (``0.0.0.0``)."""
    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ip.ip.startswith("127."):
                found.append(ip.ip)
    return sorted(set(found))


def _text(properties: dict[bytes, bytes | None], key: bytes) -> str:
    value = properties.get(key)
    return value.decode("ascii", errors="replace") if value else ""


class _Listener(ServiceListener):
    """Resolves each desk the browser sees and passes on those of this shelter (zeroconf calls
    these on its own thread)."""

    def __init__(self, discovery: Discovery) -> None:
        self.discovery = discovery

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.discovery._resolve(zc, type_, name)

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.discovery._resolve(zc, type_, name)

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        return None  # the remembered address stays: the desk may be back on it


class Discovery:
    """Advertise this desk and browse for the other desks of its shelter.

    ``host`` is the address the desk listens on: a specific one (``127.0.0.1`` in tests) is
    advertised alone and mDNS runs on that interface only; ``0.0.0.0`` advertises every
    non-loopback IPv4 address of the machine and runs mDNS on all interfaces.
    """

    def __init__(
        self,
        kiosk_id: str,
        shelter_id: str,
        host: str,
        port: int,
        on_seen: Callable[[Sighting], None],
    ) -> None:
        self.kiosk_id = kiosk_id
        self.shelter_id = shelter_id
        self.host = host
        self.port = port
        self._on_seen = on_seen
        self._zc: Zeroconf | None = None
        self._browser: ServiceBrowser | None = None
        self._info: ServiceInfo | None = None  # set once registered
        self._registering: threading.Thread | None = None
        self._lock = threading.Lock()
        #: Kiosk ids seen so far (other desks of this shelter; paired or not).
        self.seen: set[str] = set()

    def _advertised(self) -> list[str]:
        if self.host not in ("0.0.0.0", ""):
            return ["127.0.0.1" if self.host == "localhost" else self.host]
        return local_addresses()

    def start(self) -> bool:
        """Advertise and browse; False (logged by kind) when mDNS cannot run here."""
        addresses = self._advertised()
        interfaces = addresses if self.host not in ("0.0.0.0", "") else InterfaceChoice.All
        info = ServiceInfo(
            SERVICE_TYPE,
            f"{self.kiosk_id}.{SERVICE_TYPE}",
            parsed_addresses=addresses,
            port=self.port,
            properties={"kiosk": self.kiosk_id, "shelter": self.shelter_id},
            server=f"{self.kiosk_id}.local.",
        )
        try:
            zc = Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
        except OSError as exc:
            log.warning("desk discovery unavailable: %s", type(exc).__name__)
            return False
        try:
            browser = ServiceBrowser(zc, SERVICE_TYPE, _Listener(self))
        except Exception as exc:  # noqa: BLE001 - a network without mDNS finds nobody
            log.warning("desk discovery unavailable: %s", type(exc).__name__)
            zc.close()
            return False
        # Registering probes the name first (RFC 6762 §8.1, about 2 s): on its own thread, so
        # browsing, serving and syncing at a remembered address start at once.
        registering = threading.Thread(
            target=self._register, args=(zc, info), name="kiosk-desk-advertise", daemon=True
        )
        with self._lock:
            self._zc, self._browser, self._info = zc, browser, None
            self._registering = registering
        registering.start()
        return True

    def _register(self, zc: Zeroconf, info: ServiceInfo) -> None:
        try:
            zc.register_service(info, allow_name_change=False)
        except Exception as exc:  # noqa: BLE001 - others then only find it by address
            log.warning("desk not advertised: %s", type(exc).__name__)
            return
        with self._lock:
            if self._zc is zc:
                self._info = info

    def stop(self) -> None:
        """Stop browsing and withdraw the advertisement (idempotent)."""
        with self._lock:
            zc, browser, registering = self._zc, self._browser, self._registering
            self._registering = None
        if zc is None:
            return
        if registering is not None:
            registering.join(timeout=10)
        with self._lock:
            info = self._info
            self._zc = self._browser = self._info = None
        try:
            if browser is not None:
                browser.cancel()
            if info is not None:
                zc.unregister_service(info)
        except Exception as exc:  # noqa: BLE001 - closing must not fail the caller
            log.info("desk discovery stop: %s", type(exc).__name__)
        finally:
            zc.close()

    def _resolve(self, zc: Zeroconf, type_: str, name: str) -> None:
        try:
            info = zc.get_service_info(type_, name, timeout=_RESOLVE_MS)
        except Exception as exc:  # noqa: BLE001 - a malformed answer from anybody on the net
            log.info("desk discovery: unreadable answer (%s)", type(exc).__name__)
            return
        if info is None or not info.port:
            return
        properties = info.properties or {}
        kiosk_id = _text(properties, b"kiosk")
        if _text(properties, b"shelter") != self.shelter_id or kiosk_id in ("", self.kiosk_id):
            return
        hosts = [a for a in info.parsed_addresses(IPVersion.V4Only) if _usable(a)]
        if not hosts:
            return
        self.seen.add(kiosk_id)
        try:
            self._on_seen(Sighting(kiosk_id, hosts[0], int(info.port)))
        except Exception as exc:  # noqa: BLE001 - the caller's failure must not stop browsing
            log.warning("desk discovery handler failed: %s", type(exc).__name__)


def _usable(address: str) -> bool:
    try:
        socket.inet_aton(address)
    except OSError:
        return False
    return True
