"""The project's City OS test peer: a FIWARE context broker as Orion (NGSI v2) and Orion-LD
(NGSI-LD) behave — written from the specifications and the brokers' documentation, rule by rule
(the rules and their sources are in :mod:`tests.peers.ngsi_broker` and
:mod:`tests.peers.ngsi_rules`) — behind Bearer JWT access tokens verified against the OpenID
provider's JWKS (found through its discovery document).

Like a real broker it keeps no change ids: ``changeId``/``changeSeq`` are ordinary attributes, a
change sent twice is applied twice, and an old change written after a newer one overwrites it.
``append``/``update`` merge (attributes not sent stay), ``replace`` replaces, ``delete`` and the
attribute DELETE remove, ``urn:ngsi-ld:null`` deletes; ids, attribute names and tenants Orion
refuses get 400; bodies over 1 MB get 413; Orion-LD's one-element arrays are reduced.

- v2: ``POST /v2/op/update`` (append, appendStrict, update, delete, replace), ``POST
  /v2/op/query``, ``POST``/``PATCH /v2/entities/{id}/attrs``, ``DELETE
  /v2/entities/{id}/attrs/{name}``, ``DELETE /v2/entities/{id}[?type=T]`` (404 when gone),
  ``GET /v2/entities/{id}``;
- LD: ``POST /ngsi-ld/v1/entityOperations/upsert`` (``options=update|replace``),
  ``.../entityOperations/update``, ``.../entityOperations/query``, ``PATCH
  /ngsi-ld/v1/entities/{id}/attrs``, ``DELETE /ngsi-ld/v1/entities/{id}/attrs/{name}``,
  ``DELETE /ngsi-ld/v1/entities/{id}`` (404 when gone), ``GET /ngsi-ld/v1/entities/{id}``;
- ``GET /user-info/v1/residents?district=D&offset=N&limit=M``: the City OS user-information API
  as the kiosk uses it — the residents of a district who opted in to emergency sharing, paged
  (``{"residents": [...], "total": n, "next": offset or null}``); 400 without a district. The
  opt-in check is the platform's (:meth:`CityOsPeer.add_resident`, ``emergencySharing``);
  :meth:`CityOsPeer.leak_opted_out` turns it off so a test can prove the kiosk checks too.
- 401 with ``WWW-Authenticate: Bearer`` when the token is missing, forged, expired, for another
  audience or not an access token (``typ: at+jwt``).

What it observes (never what it decides by): every request (:class:`SeenRequest`), writes per
entity, and every ``changeId`` value written (:meth:`CityOsPeer.duplicates` counts change ids
written more than once — the client's exactly-once, seen from outside).

Faults are scripted through the Python API and consumed one write request at a time:
:meth:`CityOsPeer.fail_next`, :meth:`~CityOsPeer.timeout_next`,
:meth:`~CityOsPeer.drop_after_write_next`, :meth:`~CityOsPeer.unauthorized_next`,
:meth:`~CityOsPeer.forbidden_next`, :meth:`~CityOsPeer.partial_next`,
:meth:`~CityOsPeer.slow_next`; standing ones are :meth:`~CityOsPeer.slow`,
:meth:`~CityOsPeer.conflict_for` and :meth:`~CityOsPeer.gateway_forbids` (an API gateway / PEP
proxy in front of the broker answering 403 to every write).

Run by hand: ``python -m tests.peers.cityos_peer --port 8026 --issuer http://127.0.0.1:PORT``.
"""

from __future__ import annotations

import argparse
import copy
import json
import socket
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from dataclasses import replace as replaced
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import requests
from jwcrypto import jwk, jwt
from jwcrypto.common import JWException

from tests.peers.ngsi_broker import (
    LD_ERRORS,
    ld_check,
    ld_delete_attr,
    ld_delete_entity,
    ld_patch_attrs,
    ld_problem,
    ld_query,
    ld_update,
    ld_upsert,
    plain,
    v2_append_attrs,
    v2_check,
    v2_delete_attr,
    v2_delete_entity,
    v2_error,
    v2_query,
    v2_update,
)
from tests.peers.ngsi_rules import MAX_BODY, ld_tenant_problem, v2_tenant_problem

__all__ = ["CityOsPeer", "Fault", "SeenRequest", "main"]

V2_UPDATE = "/v2/op/update"
V2_QUERY = "/v2/op/query"
LD_UPSERT = "/ngsi-ld/v1/entityOperations/upsert"
LD_UPDATE = "/ngsi-ld/v1/entityOperations/update"
LD_QUERY = "/ngsi-ld/v1/entityOperations/query"
V2_ENTITY = "/v2/entities/"
RESIDENTS = "/user-info/v1/residents"
LD_ENTITY = "/ngsi-ld/v1/entities/"
_BAD = object()  # a body that is not JSON (parsed once per request)
#: The kiosk's JSON-LD @context, as the City OS publishes it (CIM 009 5.5.7: a user context
#: the broker dereferences from the Link header).
CONTEXT_PATH = "/ngsi-ld/contexts/shelter-kiosk.jsonld"
CONTEXT_FILE = Path(__file__).resolve().parents[2] / "docs" / "shelter-kiosk-context.jsonld"


@dataclass(frozen=True)
class Fault:
    """One scripted fault: ``status``, ``timeout``, ``drop_after_write``, ``unauthorized``,
    ``forbidden``, ``partial`` or ``slow``."""

    kind: str
    status: int = 503
    seconds: float = 0.0
    entity_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SeenRequest:
    """One request as received (the Authorization header is not kept) and what was answered:
    ``status`` is None when the peer answered nothing (timeout, dropped connection)."""

    method: str
    path: str
    query: str
    tenant: str
    content_type: str
    link: str
    body: Any
    status: int | None
    fault: str = ""


@dataclass
class _State:
    entities: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    #: Observation only: the changeId values written, per entity, in arrival order.
    applied: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    writes: Counter[str] = field(default_factory=Counter)
    gateway_forbids: bool = False
    residents: dict[str, dict[str, Any]] = field(default_factory=dict)
    leak_opted_out: bool = False
    seen: list[SeenRequest] = field(default_factory=list)
    conflicts: dict[str, str] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    slow: float = 0.0


class CityOsPeer:
    """The peer; :meth:`start` it, read ``url``, :meth:`stop` it (or use ``with``).

    Args:
        issuer: the OpenID provider whose tokens are accepted.
        audience: the ``aud`` the tokens must carry (the broker's resource indicator).
        port: 0 for a free port.
        leeway: seconds of clock skew allowed on ``exp``/``nbf``.
    """

    def __init__(
        self, issuer: str, audience: str = "urn:cityos:broker", port: int = 0, leeway: int = 1
    ) -> None:
        self.issuer = issuer.rstrip("/")
        self.audience = audience
        self.leeway = leeway
        self.lock = threading.Lock()
        self._state = _State()
        self._keys: jwk.JWKSet | None = None
        self._stopping = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> CityOsPeer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; requests held by a timeout or slow fault end at once."""
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> CityOsPeer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- the user-information API's residents --------------------------------------------

    def add_resident(self, record: dict[str, Any]) -> None:
        """Register (or replace) a resident record, keyed by its ``subject``; it is served to
        kiosks of its ``district`` only while ``emergencySharing`` is true (the opt-in)."""
        with self.lock:
            self._state.residents[record["subject"]] = copy.deepcopy(record)

    def set_opt_in(self, subject: str, opted_in: bool) -> None:
        """The resident gives or withdraws consent to emergency sharing."""
        with self.lock:
            self._state.residents[subject]["emergencySharing"] = opted_in

    def leak_opted_out(self, leak: bool = True) -> None:
        """Misbehave: serve residents who did not opt in (the kiosk must drop them)."""
        with self.lock:
            self._state.leak_opted_out = leak

    def residents_page(self, district: str, offset: int, limit: int) -> dict[str, Any]:
        with self.lock:
            chosen = [
                copy.deepcopy(r)
                for _, r in sorted(self._state.residents.items())
                if r.get("district") == district
                and (r.get("emergencySharing") is True or self._state.leak_opted_out)
            ]
        page = chosen[offset : offset + limit]
        following = offset + limit if offset + limit < len(chosen) else None
        return {"residents": page, "total": len(chosen), "next": following}

    # --- fault injection ---------------------------------------------------------------

    def _script(self, *faults: Fault) -> None:
        with self.lock:
            self._state.faults.extend(faults)

    def fail_next(self, status: int = 503, times: int = 1) -> None:
        """Answer the next ``times`` write requests with ``status`` and apply nothing."""
        self._script(*[Fault("status", status=status) for _ in range(times)])

    def timeout_next(self, seconds: float) -> None:
        """Hold the next write request ``seconds`` without applying it, then close silently."""
        self._script(Fault("timeout", seconds=seconds))

    def drop_after_write_next(self) -> None:
        """Apply the next write, then close the connection without answering."""
        self._script(Fault("drop_after_write"))

    def unauthorized_next(self) -> None:
        """Answer 401 to the next write request, whatever its token (revoked mid-run)."""
        self._script(Fault("unauthorized"))

    def forbidden_next(self, times: int = 1) -> None:
        """Answer 403 to the next ``times`` write requests, whatever the token (a gateway that
        refuses this client)."""
        self._script(*[Fault("forbidden") for _ in range(times)])

    def gateway_forbids(self, forbid: bool = True) -> None:
        """Stand an API gateway (PEP proxy) in front of the broker that answers 403 to every
        write until turned off; reads still pass."""
        with self.lock:
            self._state.gateway_forbids = forbid

    def partial_next(self, entity_ids: tuple[str, ...] | list[str], status: int = 409) -> None:
        """Refuse these entities in the next write with ``status``: a 207 for NGSI-LD, the
        whole batch for NGSI v2."""
        self._script(Fault("partial", status=status, entity_ids=tuple(entity_ids)))

    def slow_next(self, seconds: float) -> None:
        """Answer the next write request (normally) after ``seconds``."""
        self._script(Fault("slow", seconds=seconds))

    def slow(self, seconds: float) -> None:
        """Answer every request ``seconds`` late from now on (0 to stop)."""
        with self.lock:
            self._state.slow = seconds

    def conflict_for(self, entity_id: str, reason: str = "refused by the City OS") -> None:
        """Refuse every write of ``entity_id`` with 409 until :meth:`clear_conflict`."""
        with self.lock:
            self._state.conflicts[entity_id] = reason

    def clear_conflict(self, entity_id: str) -> None:
        with self.lock:
            self._state.conflicts.pop(entity_id, None)

    def clear_faults(self) -> None:
        """Forget scripted faults, slowness and conflicts."""
        with self.lock:
            self._state.faults.clear()
            self._state.conflicts.clear()
            self._state.slow = 0.0

    @property
    def pending_faults(self) -> tuple[Fault, ...]:
        with self.lock:
            return tuple(self._state.faults)

    def _take_fault(self) -> Fault | None:
        with self.lock:
            return self._state.faults.pop(0) if self._state.faults else None

    # --- what was received ---------------------------------------------------------------

    @property
    def entities(self) -> dict[str, dict[str, Any]]:
        """A copy of the default tenant's entities, by id, as stored (normalized)."""
        return self.entities_of("")

    def entities_of(self, tenant: str) -> dict[str, dict[str, Any]]:
        """A copy of one tenant's entities (Orion reads tenant names in lower case)."""
        with self.lock:
            return copy.deepcopy(dict(self._state.entities.get(tenant.lower(), {})))

    def entity(self, entity_id: str, tenant: str = "") -> dict[str, Any] | None:
        """A copy of one stored entity, or None."""
        with self.lock:
            found = self._state.entities.get(tenant.lower(), {}).get(entity_id)
            return copy.deepcopy(found) if found is not None else None

    def values(self, entity_id: str, tenant: str = "") -> dict[str, Any] | None:
        """One entity's attributes as plain values (``value`` or ``object``), without id/type."""
        found = self.entity(entity_id, tenant)
        if found is None:
            return None
        return {
            name: plain(attribute)
            for name, attribute in found.items()
            if name not in ("id", "type")
        }

    @property
    def requests_seen(self) -> tuple[SeenRequest, ...]:
        with self.lock:
            return tuple(self._state.seen)

    @property
    def writes(self) -> Counter[str]:
        """Write requests that changed each entity (observation)."""
        with self.lock:
            return Counter(self._state.writes)

    def change_ids(self) -> list[str]:
        """Every ``changeId`` value written, per entity in arrival order (observation: the
        broker itself does nothing with them)."""
        with self.lock:
            return [c for ids in self._state.applied.values() for c in ids]

    def duplicates(self) -> int:
        """How many times a ``changeId`` was written again after its first write: a real broker
        applies it again, so this is the client's exactly-once seen from outside."""
        with self.lock:
            return sum(len(ids) - len(set(ids)) for ids in self._state.applied.values())

    # --- tokens ----------------------------------------------------------------------------

    def _jwks(self, refresh: bool = False) -> jwk.JWKSet:
        if self._keys is None or refresh:
            config = requests.get(f"{self.issuer}/.well-known/openid-configuration", timeout=5)
            keys = requests.get(config.json()["jwks_uri"], timeout=5)
            self._keys = jwk.JWKSet.from_json(keys.text)
        return self._keys

    def verify(self, header: str | None) -> bool:
        """Whether ``header`` is ``Bearer <a valid access token for this broker>``."""
        if not header or not header.startswith("Bearer "):
            return False
        raw = header[len("Bearer ") :].strip()
        for refresh in (False, True):  # once more with fresh keys: the provider may rotate
            try:
                token = jwt.JWT(
                    check_claims={"iss": self.issuer, "aud": self.audience, "exp": None},
                    expected_type="JWS",
                )
                token.leeway = self.leeway
                token.deserialize(raw, self._jwks(refresh))
                typ = str(token.token.jose_header.get("typ", "")).lower()
                return typ in ("at+jwt", "application/at+jwt")
            except jwt.JWTMissingKey:
                continue
            except (JWException, ValueError, KeyError, requests.RequestException):
                return False
        return False

    # --- the entity store (called by the handler) -----------------------------------------

    def _record(self, seen: SeenRequest) -> None:
        with self.lock:
            self._state.seen.append(seen)

    def _refusals(self, fault: Fault | None) -> dict[str, tuple[int, str]]:
        with self.lock:
            refused = {i: (409, reason) for i, reason in self._state.conflicts.items()}
        if fault is not None and fault.kind == "partial":
            refused.update({i: (fault.status, "refused (injected)") for i in fault.entity_ids})
        return refused

    def _observe(self, written: list[dict[str, Any]]) -> None:
        """After a write (lock held): count it per entity and note the ``changeId`` it carried."""
        for entity in written:
            self._state.writes[entity["id"]] += 1
            change = plain(entity.get("changeId"))
            if isinstance(change, str):
                self._state.applied[entity["id"]].append(change)


def _handler(peer: CityOsPeer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in separate writes: without this, Nagle's algorithm and
            # the client's delayed ACK add ~40 ms to every keep-alive request, which would
            # make one-request-per-change replay look far slower than it is.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
            pass

        # --- plumbing ---------------------------------------------------------------------

        def _send(
            self,
            status: int,
            body: Any = None,
            content_type: str = "application/json",
            headers: dict[str, str] | None = None,
        ) -> int:
            data = b"" if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
            self._note(status)
            try:
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                if data:
                    self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:  # the client gave up waiting (slow answers, timeouts)
                self.close_connection = True
            return status

        def _hang_up(self) -> None:
            self._note(None)
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        def _unauthorized(self, ld: bool, why: str) -> int:
            header = {"WWW-Authenticate": 'Bearer realm="cityos", error="invalid_token"'}
            if ld:
                body = {
                    "type": LD_ERRORS + "Unauthorized",
                    "title": "Unauthorized",
                    "status": 401,
                    "detail": why,
                }
                return self._send(401, body, headers=header)
            return self._send(401, {"error": "Unauthorized", "description": why}, headers=header)

        # --- reading back -------------------------------------------------------------------

        def do_GET(self) -> None:  # noqa: N802 - stdlib name
            path = urlsplit(self.path).path
            ld = path.startswith("/ngsi-ld/")
            if path == CONTEXT_PATH:  # the City OS publishes the kiosk's @context, openly
                self._send(200, json.loads(CONTEXT_FILE.read_text("utf-8")), "application/ld+json")
                return
            if not peer.verify(self.headers.get("Authorization")):
                self._unauthorized(ld, "invalid or missing access token")
                return
            if path == RESIDENTS:
                self._residents(urlsplit(self.path).query)
                return
            tenant = self.headers.get("NGSILD-Tenant" if ld else "Fiware-Service", "")
            problem = ld_tenant_problem(tenant) if ld else v2_tenant_problem(tenant)
            if problem:
                self._error(ld, 400, problem, "BadRequestData" if ld else "BadRequest")
                return
            tenant = tenant.lower()
            prefix = LD_ENTITY if ld else V2_ENTITY
            if not path.startswith(prefix):
                self._send(404, v2_error(404, "no such path")[1])
                return
            entity_id = unquote(path[len(prefix) :])
            found = peer.entity(entity_id, tenant)
            if found is None and ld:
                self._send(404, ld_problem(404, entity_id))
            elif found is None:
                self._send(
                    404,
                    v2_error(404, "The requested entity has not been found. Check type and id")[1],
                )
            elif ld:
                self._send(200, found)
            else:
                self._send(
                    200,
                    {
                        k: v if k in ("id", "type") else {**v, "metadata": {}}
                        for k, v in found.items()
                    },
                )

        def _residents(self, query: str) -> None:
            params = parse_qs(query)
            district = params.get("district", [""])[0]
            try:
                offset = max(0, int(params.get("offset", ["0"])[0]))
                limit = min(1000, max(1, int(params.get("limit", ["100"])[0])))
            except ValueError:
                self._send(400, {"error": "BadRequest", "description": "offset/limit"})
                return
            if not district:
                self._send(400, {"error": "BadRequest", "description": "district is required"})
                return
            self._send(200, peer.residents_page(district, offset, limit))

        # --- writing -------------------------------------------------------------------------

        def do_POST(self) -> None:  # noqa: N802 - stdlib name
            self._request("POST")

        def do_PATCH(self) -> None:  # noqa: N802 - stdlib name
            self._request("PATCH")

        def do_DELETE(self) -> None:  # noqa: N802 - stdlib name
            self._request("DELETE")

        def _request(self, method: str) -> None:
            parts = urlsplit(self.path)
            ld = parts.path.startswith("/ngsi-ld/")
            tenant = self.headers.get("NGSILD-Tenant" if ld else "Fiware-Service", "")
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length <= MAX_BODY else b""
            parsed = True
            try:
                body: Any = json.loads(raw) if raw else None
            except ValueError:
                body, parsed = raw.decode("utf-8", "replace"), False
            read_only = parts.path in (V2_QUERY, LD_QUERY)
            fault = None if read_only else peer._take_fault()
            # Recorded just before the answer leaves, so a client that has its answer (or
            # gave up) finds the request in requests_seen.
            self._seen: SeenRequest | None = SeenRequest(
                method,
                parts.path,
                parts.query,
                tenant,
                self.headers.get("Content-Type", ""),
                self.headers.get("Link", ""),
                body,
                None,
                fault.kind if fault else "",
            )
            self._dispatch(
                method, parts.path, parts.query, tenant, ld, length, body if parsed else _BAD, fault
            )

        def _note(self, status: int | None) -> None:
            seen = getattr(self, "_seen", None)
            if seen is not None:
                peer._record(replaced(seen, status=status))
                self._seen = None

        def _error(self, ld: bool, status: int, text: str, kind: str | None = None) -> int:
            if ld:
                return self._send(status, ld_problem(status, text, kind))
            return self._send(status, v2_error(status, text, kind)[1])

        def _dispatch(
            self,
            method: str,
            path: str,
            query: str,
            tenant: str,
            ld: bool,
            length: int,
            body: Any,
            fault: Fault | None,
        ) -> int | None:
            read_only = path in (V2_QUERY, LD_QUERY)
            if fault is not None and fault.kind == "unauthorized":
                return self._unauthorized(ld, "the access token was revoked")
            if fault is not None and fault.kind == "status":
                return self._error(ld, fault.status, "injected fault")
            if fault is not None and fault.kind == "timeout":
                self._note(None)
                peer._stopping.wait(fault.seconds)
                self._hang_up()
                return None
            with peer.lock:
                gateway = peer._state.gateway_forbids and not read_only
            if gateway or (fault is not None and fault.kind == "forbidden"):
                # An API gateway / PEP proxy (e.g. FIWARE Wilma) that does not let this client
                # write answers 403 before the broker sees the request.
                return self._error(ld, 403, "access denied by the gateway", "Forbidden")
            if not peer.verify(self.headers.get("Authorization")):
                return self._unauthorized(ld, "invalid or missing access token")
            if length > MAX_BODY:
                # Orion known_limitations.md "Request maximum size": 413 RequestEntityTooLarge,
                # "payload size: N, max size supported: 1048576" (Orion-LD: the same MB(1)).
                self.close_connection = True
                text = f"payload size: {length}, max size supported: {MAX_BODY}"
                return self._error(ld, 413, text, "RequestEntityTooLarge")
            problem = ld_tenant_problem(tenant) if ld else v2_tenant_problem(tenant)
            if problem:
                return self._error(ld, 400, problem, "BadRequestData" if ld else "BadRequest")
            tenant = tenant.lower()  # Orion "Multi tenancy": the tenant is read in lower case
            status, answer = self._route(method, path, query, tenant, ld, body, fault)
            if fault is not None and fault.kind == "drop_after_write" and status < 300:
                self._hang_up()
                return None
            delay = fault.seconds if fault is not None and fault.kind == "slow" else 0.0
            with peer.lock:
                delay += peer._state.slow
            if delay:
                peer._stopping.wait(delay)
            return self._send(status, answer)

        def _route(
            self,
            method: str,
            path: str,
            query: str,
            tenant: str,
            ld: bool,
            body: Any,
            fault: Fault | None,
        ) -> tuple[int, Any]:
            params = {k: v[0] for k, v in parse_qs(query).items()}
            kind = self.headers.get("Content-Type", "").split(";")[0].strip()
            if method == "POST" and path in (V2_UPDATE, V2_QUERY, LD_UPSERT, LD_UPDATE, LD_QUERY):
                if ld and kind not in ("application/json", "application/ld+json"):
                    return 415, ld_problem(
                        415, f"unsupported content type {kind}", "InvalidRequest"
                    )
                if not ld and kind != "application/json":
                    return v2_error(415, f"not supported content type: {kind or 'none'}")
                if body is _BAD or body is None:
                    if ld:
                        return 400, ld_problem(400, "the body is not valid JSON", "InvalidRequest")
                    return v2_error(400, "Errors found in incoming JSON buffer", "ParseError")
                if path == V2_UPDATE:
                    return self._v2_update(tenant, body, fault)
                if path == V2_QUERY:
                    with peer.lock:
                        store = peer._state.entities[tenant]
                        return v2_query(store, body, params.get("options", ""), params.get("limit"))
                if path == LD_QUERY:
                    with peer.lock:
                        store = peer._state.entities[tenant]
                        return ld_query(store, body, params.get("options", ""), params.get("limit"))
                return self._ld_batch(path, tenant, params, body, kind, fault)
            prefix = LD_ENTITY if ld else V2_ENTITY
            rest = path[len(prefix) :] if path.startswith(prefix) else ""
            entity_part, _, attr_part = rest.partition("/attrs")
            entity_id = unquote(entity_part)
            attr = unquote(attr_part.lstrip("/"))
            if method == "DELETE" and entity_id and rest == entity_part:
                # The entity itself: v2 "Remove Entity" / CIM 009 5.6.6 Delete Entity.
                with peer.lock:
                    store = peer._state.entities[tenant]
                    if ld:
                        return ld_delete_entity(store, entity_id)
                    return v2_delete_entity(store, entity_id, params.get("type"))
            if not entity_id or not rest.startswith(entity_part + "/attrs"):
                return (404, ld_problem(404, path)) if ld else v2_error(404, "no such path")
            with peer.lock:
                store = peer._state.entities[tenant]
                if method == "DELETE" and attr:
                    answer = (
                        ld_delete_attr(store, entity_id, attr)
                        if ld
                        else v2_delete_attr(store, entity_id, attr)
                    )
                    if answer[0] == 204:
                        peer._observe([{"id": entity_id}])
                    return answer
                if attr or method == "DELETE" or not isinstance(body, dict):
                    return (
                        (400, ld_problem(400, "bad request"))
                        if ld
                        else v2_error(400, "bad request")
                    )
                if ld and method == "PATCH":
                    answer = ld_patch_attrs(store, entity_id, body)
                elif not ld and method in ("POST", "PATCH"):
                    problem = v2_check({"id": entity_id, **body})
                    if problem:
                        return v2_error(400, problem)
                    if method == "PATCH":
                        answer = v2_update(store, "update", [{"id": entity_id, **body}])
                    else:
                        strict = params.get("options") == "append"
                        answer = v2_append_attrs(store, entity_id, body, strict)
                else:
                    return (405, ld_problem(405, method)) if ld else v2_error(405, method)
                if answer[0] < 300:
                    peer._observe([{"id": entity_id, **body}])
                return answer

        def _v2_update(self, tenant: str, body: Any, fault: Fault | None) -> tuple[int, Any]:
            if not isinstance(body, dict) or "actionType" not in body:
                return v2_error(400, "missing field: /actionType/")
            action = body["actionType"]
            # orion-api.md "Update POST /v2/op/update": the five action types.
            if action not in ("append", "appendStrict", "update", "delete", "replace"):
                return v2_error(400, f"invalid update action type: /{action}/")
            entities = body.get("entities")
            if not isinstance(entities, list) or not entities:
                return v2_error(400, "no entities")
            for entity in entities:  # syntax errors refuse the request before any write
                complaint = v2_check(entity, need_values=action != "delete")
                if complaint:
                    return v2_error(400, complaint)
            refused = peer._refusals(fault)
            for entity in entities:  # a test's standing refusal: the batch as a whole
                if entity["id"] in refused:
                    status, reason = refused[entity["id"]]
                    return v2_error(status, f"{reason}: {entity['id']}")
            with peer.lock:
                store = peer._state.entities[tenant]
                before = {e["id"]: store.get(e["id"]) is not None for e in entities}
                answer = v2_update(store, action, entities)
                peer._observe(
                    [e for e in entities if before[e["id"]] or action in ("append", "appendStrict")]
                )
            return answer

        def _ld_batch(
            self,
            path: str,
            tenant: str,
            params: dict[str, str],
            body: Any,
            kind: str,
            fault: Fault | None,
        ) -> tuple[int, Any]:
            options = params.get("options", "replace" if path == LD_UPSERT else "")
            if path == LD_UPSERT and options not in ("update", "replace"):
                return 400, ld_problem(400, f"options={options} is not supported")
            if not isinstance(body, list) or not body:
                return 400, ld_problem(400, "the body must be a non-empty array of entities")
            refused = peer._refusals(fault)
            good: list[dict[str, Any]] = []
            errors: list[dict[str, Any]] = []
            for entity in body:
                problem = ld_check(entity, kind == "application/ld+json")
                if problem is not None:
                    errors.append({"entityId": problem[0], "error": ld_problem(400, problem[1])})
                elif entity["id"] in refused:
                    status, reason = refused[entity["id"]]
                    errors.append({"entityId": entity["id"], "error": ld_problem(status, reason)})
                else:
                    good.append(entity)
            with peer.lock:
                store = peer._state.entities[tenant]
                if path == LD_UPSERT:
                    success, created = ld_upsert(store, good, options)
                else:
                    success, missing = ld_update(store, good, "noOverwrite" in options.split(","))
                    errors += missing
                    created = []
                peer._observe([e for e in good if e["id"] in success])
            if errors:
                return 207, {"success": success, "errors": errors}
            if created:
                return 201, created
            return 204, None

    return Handler


def main(argv: list[str] | None = None) -> None:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(
        description="City OS test peer (NGSI v2 and NGSI-LD) on 127.0.0.1",
        epilog="example: python -m tests.peers.cityos_peer --port 8026 "
        "--issuer http://127.0.0.1:8025",
    )
    parser.add_argument("--issuer", required=True, help="the OpenID provider's issuer URL")
    parser.add_argument("--port", type=int, default=0, help="0 for a free port")
    parser.add_argument("--audience", default="urn:cityos:broker")
    args = parser.parse_args(argv)
    peer = CityOsPeer(args.issuer, audience=args.audience, port=args.port).start()
    print(f"City OS test peer on {peer.url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        peer.stop()


if __name__ == "__main__":
    main()
