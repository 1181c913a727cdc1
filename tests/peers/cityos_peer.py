"""The project's City OS test peer: FIWARE NGSI v2 and NGSI-LD batch endpoints, faithful in
status codes and bodies, behind Bearer JWTs verified against the OpenID provider's JWKS.

It stores what it receives so a test can compare it with the kiosk: the entities (attributes
merged, as ``append``/``upsert`` do) and, per entity, the change ids applied — a change id
seen again is acknowledged and changes nothing, which is the City OS side of "exactly once".
Faults are scripted through a Python API and consumed one request at a time.

Run by hand: ``python -m tests.peers.cityos_peer --issuer http://127.0.0.1:PORT``.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests
from jwcrypto import jwk, jwt
from jwcrypto.common import JWException

__all__ = ["CityOsPeer", "Fault"]


@dataclass
class Fault:
    kind: str  # status | timeout | drop_after_write | unauthorized | partial | slow
    status: int = 503
    seconds: float = 0.0
    entity_ids: tuple[str, ...] = ()


@dataclass
class PeerState:
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    applied: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    requests_seen: int = 0
    writes: int = 0
    conflicts: set[str] = field(default_factory=set)
    faults: list[Fault] = field(default_factory=list)


class CityOsPeer:
    """Start with :meth:`start`, stop with :meth:`stop`; ``url`` is the broker's base URL."""

    def __init__(self, issuer: str, audience: str = "urn:cityos:broker") -> None:
        self.issuer = issuer.rstrip("/")
        self.audience = audience
        self.state = PeerState()
        self.lock = threading.Lock()
        self._keys: jwk.JWKSet | None = None
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> CityOsPeer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- fault injection -----------------------------------------------------------------

    def fail_next(self, status: int = 503, times: int = 1) -> None:
        with self.lock:
            self.state.faults += [Fault("status", status=status) for _ in range(times)]

    def timeout_next(self, seconds: float) -> None:
        with self.lock:
            self.state.faults.append(Fault("timeout", seconds=seconds))

    def slow_next(self, seconds: float) -> None:
        with self.lock:
            self.state.faults.append(Fault("slow", seconds=seconds))

    def drop_after_write_next(self) -> None:
        with self.lock:
            self.state.faults.append(Fault("drop_after_write"))

    def unauthorized_next(self) -> None:
        with self.lock:
            self.state.faults.append(Fault("unauthorized"))

    def partial_next(self, entity_ids: tuple[str, ...], status: int = 409) -> None:
        with self.lock:
            self.state.faults.append(Fault("partial", status=status, entity_ids=entity_ids))

    def conflict_for(self, entity_id: str) -> None:
        """Refuse every write to ``entity_id`` until :meth:`clear_conflict`."""
        with self.lock:
            self.state.conflicts.add(entity_id)

    def clear_conflict(self, entity_id: str) -> None:
        with self.lock:
            self.state.conflicts.discard(entity_id)

    def take_fault(self) -> Fault | None:
        with self.lock:
            return self.state.faults.pop(0) if self.state.faults else None

    # --- tokens and data -----------------------------------------------------------------

    def verify(self, header: str | None) -> bool:
        if not header or not header.startswith("Bearer "):
            return False
        try:
            if self._keys is None:
                config = requests.get(f"{self.issuer}/.well-known/openid-configuration", timeout=5)
                keys = requests.get(config.json()["jwks_uri"], timeout=5)
                self._keys = jwk.JWKSet.from_json(keys.text)
            token = jwt.JWT(
                jwt=header[7:],
                key=self._keys,
                check_claims={"iss": self.issuer, "aud": self.audience, "exp": None},
                expected_type="JWS",
            )
            return bool(token.claims)
        except (JWException, ValueError, KeyError, requests.RequestException):
            return False

    def apply(self, entity: dict[str, Any]) -> bool:
        """Merge one entity in (append semantics); False when its change id was seen before."""
        with self.lock:
            change = _value(entity.get("changeId"))
            done = self.state.applied[entity["id"]]
            if change is not None and change in done:
                return False
            current = self.state.entities.setdefault(entity["id"], {"id": entity["id"]})
            current.update(entity)
            if change is not None:
                done.append(change)
            self.state.writes += 1
            return True

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        with self.lock:
            found = self.state.entities.get(entity_id)
            return dict(found) if found else None

    def duplicates(self) -> int:
        with self.lock:
            return sum(len(ids) - len(set(ids)) for ids in self.state.applied.values())

    def change_ids(self) -> list[str]:
        with self.lock:
            return [c for ids in self.state.applied.values() for c in ids]


def _value(attribute: Any) -> Any:
    if isinstance(attribute, dict):
        return attribute.get("value", attribute.get("object"))
    return attribute


def _handler(peer: CityOsPeer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
            pass

        def _send(
            self, status: int, body: Any = None, content_type: str = "application/json"
        ) -> None:
            data = b"" if body is None else json.dumps(body).encode("utf-8")
            self.send_response(status)
            if data:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _body(self) -> Any:
            length = int(self.headers.get("Content-Length") or 0)
            return json.loads(self.rfile.read(length) or b"null")

        def do_GET(self) -> None:  # noqa: N802 - stdlib name
            if not peer.verify(self.headers.get("Authorization")):
                return self._send(401, {"error": "Unauthorized", "description": "bad token"})
            for prefix in ("/v2/entities/", "/ngsi-ld/v1/entities/"):
                if self.path.startswith(prefix):
                    found = peer.entity(requests.utils.unquote(self.path[len(prefix) :]))
                    if found is None:
                        return self._send(404, {"error": "NotFound", "description": "no entity"})
                    return self._send(200, found)
            self._send(404, {"error": "NotFound", "description": "no such path"})

        def do_POST(self) -> None:  # noqa: N802 - stdlib name
            with peer.lock:
                peer.state.requests_seen += 1
            try:
                body = self._body()
            except ValueError:
                return self._send(400, {"error": "ParseError", "description": "not JSON"})
            fault = peer.take_fault()
            if fault and fault.kind == "unauthorized":
                return self._send(401, {"error": "Unauthorized", "description": "token expired"})
            if not peer.verify(self.headers.get("Authorization")):
                return self._send(401, {"error": "Unauthorized", "description": "bad token"})
            if fault and fault.kind == "status":
                return self._send(
                    fault.status, {"error": "InternalError", "description": "injected"}
                )
            if fault and fault.kind in ("timeout", "slow"):
                time.sleep(fault.seconds)
                if fault.kind == "timeout":
                    self.close_connection = True
                    return
            if self.path.startswith("/v2/op/update"):
                self._v2(body, fault)
            elif self.path.startswith("/ngsi-ld/v1/entityOperations/upsert"):
                self._ld(body, fault)
            else:
                self._send(404, {"error": "NotFound", "description": "no such path"})

        def _drop(self) -> None:
            self.close_connection = True
            self.connection.shutdown(2)

        def _v2(self, body: Any, fault: Fault | None) -> None:
            if (
                not isinstance(body, dict)
                or body.get("actionType") not in ("append", "appendStrict", "update")
                or not isinstance(body.get("entities"), list)
            ):
                return self._send(400, {"error": "BadRequest", "description": "invalid batch"})
            entities = body["entities"]
            refused = [e["id"] for e in entities if e.get("id") in peer.state.conflicts]
            if fault and fault.kind == "partial":
                refused += list(fault.entity_ids)
            if refused:  # NGSI v2 batches fail as a whole
                return self._send(
                    fault.status if fault and fault.kind == "partial" else 409,
                    {"error": "Conflict", "description": f"entity {refused[0]} refused"},
                )
            for entity in entities:
                if not isinstance(entity, dict) or "id" not in entity or "type" not in entity:
                    return self._send(
                        400, {"error": "BadRequest", "description": "entity without id/type"}
                    )
            for entity in entities:
                peer.apply(entity)
            if fault and fault.kind == "drop_after_write":
                return self._drop()
            self._send(204)

        def _ld(self, body: Any, fault: Fault | None) -> None:
            if not isinstance(body, list):
                return self._send(
                    400,
                    {
                        "type": "https://uri.etsi.org/ngsi-ld/errors/BadRequestData",
                        "title": "Bad request",
                        "detail": "not an array",
                    },
                )
            success, errors, created = [], [], []
            refused = set(peer.state.conflicts)
            if fault and fault.kind == "partial":
                refused |= set(fault.entity_ids)
            for entity in body:
                entity_id = entity.get("id") if isinstance(entity, dict) else None
                if not entity_id or "type" not in entity:
                    errors.append(
                        {
                            "entityId": entity_id or "",
                            "error": {
                                "type": "https://uri.etsi.org/ngsi-ld/errors/BadRequestData",
                                "title": "Bad request",
                                "status": 400,
                                "detail": "id and type required",
                            },
                        }
                    )
                    continue
                if entity_id in refused:
                    status = (
                        fault.status
                        if fault and fault.kind == "partial" and entity_id in fault.entity_ids
                        else 409
                    )
                    errors.append(
                        {
                            "entityId": entity_id,
                            "error": {
                                "type": "https://uri.etsi.org/ngsi-ld/errors/AlreadyExists"
                                if status == 409
                                else "https://uri.etsi.org/ngsi-ld/errors/BadRequestData",
                                "title": "Refused",
                                "status": status,
                                "detail": "refused by the City OS",
                            },
                        }
                    )
                    continue
                existed = peer.entity(entity_id) is not None
                peer.apply({k: v for k, v in entity.items() if k != "@context"})
                success.append(entity_id)
                if not existed:
                    created.append(entity_id)
            if fault and fault.kind == "drop_after_write":
                return self._drop()
            if errors:
                return self._send(207, {"success": success, "errors": errors})
            if created:
                return self._send(201, created)
            self._send(204)

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="City OS test peer (NGSI v2 and NGSI-LD)")
    parser.add_argument("--issuer", required=True)
    args = parser.parse_args()
    peer = CityOsPeer(args.issuer).start()
    print(f"City OS test peer on {peer.url}", flush=True)
    try:
        threading.Event().wait()
    finally:
        peer.stop()


if __name__ == "__main__":
    main()
