"""The project's City OS test peer: the FIWARE NGSI v2 and NGSI-LD batch endpoints, faithful in
status codes and bodies, behind Bearer JWT access tokens verified against the OpenID provider's
JWKS (found through its discovery document).

- ``POST /v2/op/update`` (``actionType`` append, appendStrict, update): 204, or 400/404/415/422
  with ``{"error": ..., "description": ...}``; a refused batch is refused as a whole.
- ``POST /ngsi-ld/v1/entityOperations/upsert`` (``?options=update|replace``): 201 with the
  created ids, 204 when all existed, 207 ``{"success": [...], "errors": [...]}``, 400 problem
  details for a bad request.
- ``GET /v2/entities/{id}`` and ``GET /ngsi-ld/v1/entities/{id}`` to read back (the kiosk
  pulls its shelter's own record this way).
- ``GET /user-info/v1/residents?district=D&offset=N&limit=M``: the City OS user-information API
  as the kiosk uses it — the residents of a district who opted in to emergency sharing, paged
  (``{"residents": [...], "total": n, "next": offset or null}``); 400 without a district. The
  opt-in check is the platform's (:meth:`CityOsPeer.add_resident`, ``emergencySharing``);
  :meth:`CityOsPeer.leak_opted_out` turns it off so a test can prove the kiosk checks too.
- 401 with ``WWW-Authenticate: Bearer`` when the token is missing, forged, expired, for another
  audience or not an access token (``typ: at+jwt``).

It stores what it receives so a test can compare it with the kiosk: the entities per tenant
(attributes merged as ``append``/``upsert`` do), every request (:class:`SeenRequest`), and
writes per entity. An entity carrying a ``changeId`` already applied to it is acknowledged and
not applied again: the City OS side of "exactly once".

Faults are scripted through the Python API and consumed one write request at a time:
:meth:`CityOsPeer.fail_next`, :meth:`~CityOsPeer.timeout_next`,
:meth:`~CityOsPeer.drop_after_write_next`, :meth:`~CityOsPeer.unauthorized_next`,
:meth:`~CityOsPeer.partial_next`, :meth:`~CityOsPeer.slow_next`; standing ones are
:meth:`~CityOsPeer.slow` and :meth:`~CityOsPeer.conflict_for`.

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
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import requests
from jwcrypto import jwk, jwt
from jwcrypto.common import JWException

__all__ = ["CityOsPeer", "Fault", "SeenRequest", "main"]

V2_UPDATE = "/v2/op/update"
LD_UPSERT = "/ngsi-ld/v1/entityOperations/upsert"
V2_ENTITY = "/v2/entities/"
RESIDENTS = "/user-info/v1/residents"
LD_ENTITY = "/ngsi-ld/v1/entities/"
LD_ERRORS = "https://uri.etsi.org/ngsi-ld/errors/"
FORBIDDEN = frozenset("<>\"'=;()")  # Orion refuses these in ids, names and values
MAX_BODY = 1_048_576  # Orion's default request size limit
_BAD = object()  # a body that is not JSON (parsed once per request, in do_POST)
V2_ERROR_NAMES = {
    400: "BadRequest",
    404: "NotFound",
    409: "Conflict",
    413: "RequestEntityTooLarge",
    415: "UnsupportedMediaType",
    422: "Unprocessable",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}
LD_ERROR_TYPES = {
    400: "BadRequestData",
    404: "ResourceNotFound",
    409: "AlreadyExists",
    422: "OperationNotSupported",
}


@dataclass(frozen=True)
class Fault:
    """One scripted fault: ``status``, ``timeout``, ``drop_after_write``, ``unauthorized``,
    ``partial`` or ``slow``."""

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
    applied: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    writes: Counter[str] = field(default_factory=Counter)
    received: Counter[str] = field(default_factory=Counter)
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
        with self.lock:
            return copy.deepcopy(dict(self._state.entities.get(tenant, {})))

    def entity(self, entity_id: str, tenant: str = "") -> dict[str, Any] | None:
        """A copy of one stored entity, or None."""
        with self.lock:
            found = self._state.entities.get(tenant, {}).get(entity_id)
            return copy.deepcopy(found) if found is not None else None

    def values(self, entity_id: str, tenant: str = "") -> dict[str, Any] | None:
        """One entity's attributes as plain values (``value`` or ``object``), without id/type."""
        found = self.entity(entity_id, tenant)
        if found is None:
            return None
        return {
            name: _plain(attribute)
            for name, attribute in found.items()
            if name not in ("id", "type")
        }

    @property
    def requests_seen(self) -> tuple[SeenRequest, ...]:
        with self.lock:
            return tuple(self._state.seen)

    @property
    def writes(self) -> Counter[str]:
        """Accepted writes per entity id (a repeated change id is not a write)."""
        with self.lock:
            return Counter(self._state.writes)

    def change_ids(self) -> list[str]:
        """Every change id applied, per entity in arrival order."""
        with self.lock:
            return [c for ids in self._state.applied.values() for c in ids]

    def resent(self) -> int:
        """How many times a change id arrived again after its first arrival (acknowledged
        without applying). 0 in a run without faults: the kiosk sends each change once."""
        with self.lock:
            return sum(n - 1 for n in self._state.received.values())

    def duplicates(self) -> int:
        """How many change ids were applied more than once (the peer never does: 0 unless a
        test tampers with it)."""
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

    def _exists(self, tenant: str, entity_id: str) -> bool:
        with self.lock:
            return entity_id in self._state.entities.get(tenant, {})

    def _apply(self, tenant: str, entity: dict[str, Any], replace: bool = False) -> bool:
        """Merge (or replace) one normalized entity; False when its change id was applied
        before (acknowledged, nothing changed)."""
        with self.lock:
            entity_id = entity["id"]
            change = _plain(entity.get("changeId"))
            done = self._state.applied[entity_id]
            if change is not None:
                self._state.received[change] += 1
                if change in done:
                    return False
            store = self._state.entities[tenant]
            if replace or entity_id not in store:
                store[entity_id] = {"id": entity_id, "type": entity["type"]}
            stored = store[entity_id]
            for name, attribute in entity.items():
                if name not in ("id", "type"):
                    # The request's own parsed JSON: nothing else holds it to mutate, and
                    # readers get deep copies (entities_of, entity).
                    stored[name] = attribute
            if change is not None:
                done.append(change)
            self._state.writes[entity_id] += 1
            return True


def _plain(attribute: Any) -> Any:
    if isinstance(attribute, dict):
        if "object" in attribute:
            return attribute["object"]
        value = attribute.get("value")
        if isinstance(value, dict) and "@value" in value:
            return value["@value"]
        return value
    return attribute


def _has_forbidden(value: Any) -> bool:
    if isinstance(value, str):
        return not FORBIDDEN.isdisjoint(value)
    if isinstance(value, list):
        return any(_has_forbidden(v) for v in value)
    if isinstance(value, dict):
        return any(_has_forbidden(k) or _has_forbidden(v) for k, v in value.items())
    return False


def _v2_error(status: int, description: str, error: str | None = None) -> tuple[int, Any]:
    return status, {
        "error": error or V2_ERROR_NAMES.get(status, "Error"),
        "description": description,
    }


def _ld_problem(status: int, detail: str, kind: str | None = None) -> dict[str, Any]:
    name = kind or LD_ERROR_TYPES.get(status, "InternalError")
    return {"type": LD_ERRORS + name, "title": name, "status": status, "detail": detail}


def _v2_check(entity: Any) -> str | None:
    """Orion's complaint about one entity of a batch, or None."""
    if not isinstance(entity, dict) or not isinstance(entity.get("id"), str) or not entity["id"]:
        return "entity id is missing"
    if len(entity["id"]) > 256 or _has_forbidden(entity["id"]) or " " in entity["id"]:
        return "Invalid characters in entity id"
    if not isinstance(entity.get("type", "Thing"), str) or _has_forbidden(entity.get("type", "")):
        return "Invalid characters in entity type"
    for name, attribute in entity.items():
        if name in ("id", "type"):
            continue
        if _has_forbidden(name) or not name:
            return "Invalid characters in attribute name"
        if not isinstance(attribute, dict) or "value" not in attribute:
            return f"attribute must be a JSON object with a value: /{name}/"
        if attribute.get("type") != "TextUnrestricted" and _has_forbidden(attribute["value"]):
            return "Invalid characters in attribute value"
    return None


def _ld_check(entity: Any, inline: bool) -> tuple[str, str] | None:
    """(entity id, complaint) for an entity an NGSI-LD broker refuses, or None."""
    entity_id = entity.get("id") if isinstance(entity, dict) else None
    entity_id = entity_id if isinstance(entity_id, str) else ""
    if not entity_id or ":" not in entity_id or any(c.isspace() for c in entity_id):
        return entity_id, "id must be a URI"
    if not isinstance(entity.get("type"), str):
        return entity_id, "type is missing"
    if inline != ("@context" in entity):
        return entity_id, "@context only and always with application/ld+json"
    for name, attribute in entity.items():
        if name in ("id", "type", "@context"):
            continue
        kind = attribute.get("type") if isinstance(attribute, dict) else None
        if kind == "Relationship" and isinstance(attribute.get("object"), str):
            continue
        if (
            kind in ("Property", "GeoProperty", "LanguageProperty")
            and attribute.get("value", attribute.get("languageMap")) is not None
        ):
            continue
        return entity_id, f"attribute {name} is not a valid Property or Relationship"
    return None


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
            if not peer.verify(self.headers.get("Authorization")):
                self._unauthorized(ld, "invalid or missing access token")
                return
            if path == RESIDENTS:
                self._residents(urlsplit(self.path).query)
                return
            tenant = self.headers.get("NGSILD-Tenant" if ld else "Fiware-Service", "")
            prefix = LD_ENTITY if ld else V2_ENTITY
            if not path.startswith(prefix):
                self._send(404, _v2_error(404, "no such path")[1])
                return
            entity_id = unquote(path[len(prefix) :])
            found = peer.entity(entity_id, tenant)
            if found is None and ld:
                self._send(404, _ld_problem(404, entity_id))
            elif found is None:
                self._send(
                    404,
                    _v2_error(404, "The requested entity has not been found. Check type and id")[1],
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
            fault = peer._take_fault()
            # Recorded just before the answer leaves, so a client that has its answer (or
            # gave up) finds the request in requests_seen.
            self._seen: SeenRequest | None = SeenRequest(
                "POST",
                parts.path,
                parts.query,
                tenant,
                self.headers.get("Content-Type", ""),
                self.headers.get("Link", ""),
                body,
                None,
                fault.kind if fault else "",
            )
            self._write(
                parts.path, parts.query, tenant, ld, length, body if parsed else _BAD, fault
            )

        def _note(self, status: int | None) -> None:
            seen = getattr(self, "_seen", None)
            if seen is not None:
                peer._record(replaced(seen, status=status))
                self._seen = None

        def _write(
            self,
            path: str,
            query: str,
            tenant: str,
            ld: bool,
            length: int,
            body: Any,
            fault: Fault | None,
        ) -> int | None:
            if fault is not None and fault.kind == "unauthorized":
                return self._unauthorized(ld, "the access token was revoked")
            if fault is not None and fault.kind == "status":
                text = "injected fault"
                if ld:
                    return self._send(fault.status, _ld_problem(fault.status, text))
                return self._send(fault.status, _v2_error(fault.status, text)[1])
            if fault is not None and fault.kind == "timeout":
                self._note(None)
                peer._stopping.wait(fault.seconds)
                self._hang_up()
                return None
            if not peer.verify(self.headers.get("Authorization")):
                return self._unauthorized(ld, "invalid or missing access token")
            if length > MAX_BODY:
                self.close_connection = True
                text = "payload too large"
                if ld:
                    return self._send(413, _ld_problem(413, text, "RequestEntityTooLarge"))
                return self._send(413, _v2_error(413, text)[1])
            drop = fault is not None and fault.kind == "drop_after_write"
            if path == V2_UPDATE:
                status, answer = self._v2(tenant, body, fault)
                content_type = "application/json"
            elif path == LD_UPSERT:
                status, answer = self._ld(tenant, query, body, fault)
                content_type = "application/json"
            else:
                status, answer = (
                    404,
                    (_ld_problem(404, path) if ld else _v2_error(404, "no such path")[1]),
                )
                content_type = "application/json"
            if drop and status < 300:
                self._hang_up()
                return None
            delay = fault.seconds if fault is not None and fault.kind == "slow" else 0.0
            with peer.lock:
                delay += peer._state.slow
            if delay:
                peer._stopping.wait(delay)
            return self._send(status, answer, content_type)

        def _v2(self, tenant: str, body: Any, fault: Fault | None) -> tuple[int, Any]:
            kind = self.headers.get("Content-Type", "").split(";")[0].strip()
            if kind != "application/json":
                return _v2_error(415, f"not supported content type: {kind or 'none'}")
            if body is _BAD or body is None:
                return _v2_error(400, "Errors found in incoming JSON buffer", "ParseError")
            if not isinstance(body, dict) or "actionType" not in body:
                return _v2_error(400, "missing field: /actionType/")
            action = body["actionType"]
            if action not in ("append", "appendStrict", "update"):
                return _v2_error(400, f"invalid update action type: /{action}/")
            entities = body.get("entities")
            if not isinstance(entities, list) or not entities:
                return _v2_error(400, "no entities")
            for entity in entities:
                complaint = _v2_check(entity)
                if complaint:
                    return _v2_error(400, complaint)
            refused = peer._refusals(fault)
            for entity in entities:  # Orion refuses a batch as a whole
                if entity["id"] in refused:
                    status, reason = refused[entity["id"]]
                    return _v2_error(status, f"{reason}: {entity['id']}")
            if action == "appendStrict":
                for entity in entities:
                    held = peer.entity(entity["id"], tenant) or {}
                    again = sorted(set(held) & set(entity) - {"id", "type"})
                    if again:
                        return _v2_error(
                            422,
                            "one or more of the attributes in the request already exist: "
                            f"{entity['id']} - [ {', '.join(again)} ]",
                        )
            missing = [e["id"] for e in entities if not peer._exists(tenant, e["id"])]
            if action == "update" and len(missing) == len(entities):
                return _v2_error(404, "The requested entity has not been found. Check type and id")
            for entity in entities:
                if entity["id"] not in missing or action != "update":
                    peer._apply(tenant, {"type": "Thing", **entity})
            if action == "update" and missing:
                listed = ", ".join(f"{i} - [entity itself]" for i in missing)
                return _v2_error(422, f"do not exist: {listed}", "PartialUpdate")
            return 204, None

        def _ld(self, tenant: str, query: str, body: Any, fault: Fault | None) -> tuple[int, Any]:
            kind = self.headers.get("Content-Type", "").split(";")[0].strip()
            if kind not in ("application/json", "application/ld+json"):
                return 415, _ld_problem(415, f"unsupported content type {kind}", "InvalidRequest")
            if body is _BAD or body is None:
                return 400, _ld_problem(400, "the body is not valid JSON", "InvalidRequest")
            options = parse_qs(query).get("options", ["replace"])[0]
            if options not in ("update", "replace"):
                return 400, _ld_problem(400, f"options={options} is not supported")
            if not isinstance(body, list) or not body:
                return 400, _ld_problem(400, "the body must be a non-empty array of entities")
            refused = peer._refusals(fault)
            success: list[str] = []
            created: list[str] = []
            errors: list[dict[str, Any]] = []
            for entity in body:
                problem = _ld_check(entity, kind == "application/ld+json")
                if problem is not None:
                    errors.append({"entityId": problem[0], "error": _ld_problem(400, problem[1])})
                    continue
                entity_id = entity["id"]
                if entity_id in refused:
                    status, reason = refused[entity_id]
                    errors.append({"entityId": entity_id, "error": _ld_problem(status, reason)})
                    continue
                existed = peer._exists(tenant, entity_id)
                clean = {k: v for k, v in entity.items() if k != "@context"}
                peer._apply(tenant, clean, replace=options == "replace")
                success.append(entity_id)
                if not existed:
                    created.append(entity_id)
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
