"""The two wire formats of the City OS behind one interface: FIWARE NGSI v2 and NGSI-LD.

Both take the mapped entities of one batch and answer, per entity id, ``ok``, ``retry``
(5xx, timeout, dropped connection: send again later), ``conflict`` with the server's reason
(4xx: an operator decides), or ``unauthorized`` (401: re-authenticate and send again). They
never raise for an HTTP status. Every entity carries ``changeId`` and ``changeSeq`` so the
City OS can apply a change once even when it arrives twice.

NGSI v2 (``POST /v2/op/update``, ``actionType: append``) fails a batch as a whole; on a 4xx
for several entities the adapter sends them one by one to find which one the broker refuses,
so one bad record does not block the others. NGSI-LD
(``POST /ngsi-ld/v1/entityOperations/upsert``) answers 201/204, or 207 with per-entity errors.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import requests

from sync.auth import ClientCredentials
from sync.mapping import MappedEntity
from sync.replay import EntityOutcome

__all__ = ["NgsiV2Sender", "NgsiLdSender", "make_sender", "LD_CONTEXT"]

LD_CONTEXT = "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld"
LD_LINK = f'<{LD_CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"'
RETRY, OK, UNAUTHORIZED = EntityOutcome("retry"), EntityOutcome("ok"), EntityOutcome("unauthorized")


def _v2_type(value: Any) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int | float):
        return "Number"
    if isinstance(value, list | dict):
        return "StructuredValue"
    return "Text"


class _Sender:
    path = ""

    def __init__(
        self, base_url: str, auth: ClientCredentials, tenant: str = "", timeout: float = 10.0
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.tenant = tenant
        self.timeout = timeout
        self.session = requests.Session()
        self.requests_sent = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.base_url!r})"

    def _post(self, body: Any, headers: dict[str, str]) -> requests.Response | None:
        """The response, or None when the request did not complete (retry)."""
        try:
            token = self.auth.token()
        except Exception:  # noqa: BLE001 - provider trouble: the batch waits and is retried
            return None
        headers = {**headers, "Authorization": f"Bearer {token}"}
        self.requests_sent += 1
        try:
            return self.session.post(
                self.base_url + self.path, json=body, headers=headers, timeout=self.timeout
            )
        except requests.RequestException:
            return None

    def close(self) -> None:
        self.session.close()


class NgsiV2Sender(_Sender):
    path = "/v2/op/update"

    def _entity(self, entity: MappedEntity) -> dict[str, Any]:
        body: dict[str, Any] = {"id": entity.id, "type": entity.type}
        for name, value in entity.attrs:
            kind = "Relationship" if name.startswith("ref") else _v2_type(value)
            body[name] = {"type": kind, "value": value}
        body["changeId"] = {"type": "Text", "value": entity.change_id}
        body["changeSeq"] = {"type": "Number", "value": entity.record_seq}
        return body

    def send(self, entities: Sequence[MappedEntity]) -> dict[str, EntityOutcome]:
        headers = {"Fiware-Service": self.tenant} if self.tenant else {}
        body = {"actionType": "append", "entities": [self._entity(e) for e in entities]}
        response = self._post(body, headers)
        if response is None or response.status_code >= 500:
            return {e.id: RETRY for e in entities}
        if response.status_code == 401:
            return {e.id: UNAUTHORIZED for e in entities}
        if response.status_code in (200, 201, 204):
            return {e.id: OK for e in entities}
        if len(entities) > 1:  # a whole-batch refusal: find the entity the broker refuses
            outcomes: dict[str, EntityOutcome] = {}
            for entity in entities:
                outcomes.update(self.send([entity]))
            return outcomes
        reason = _reason(response)
        return {entities[0].id: EntityOutcome("conflict", reason)}


class NgsiLdSender(_Sender):
    path = "/ngsi-ld/v1/entityOperations/upsert?options=update"

    def _entity(self, entity: MappedEntity) -> dict[str, Any]:
        body: dict[str, Any] = {"id": entity.id, "type": entity.type}
        for name, value in entity.attrs:
            if name.startswith("ref"):
                body[name] = {"type": "Relationship", "object": value}
            else:
                body[name] = {"type": "Property", "value": value}
        body["changeId"] = {"type": "Property", "value": entity.change_id}
        body["changeSeq"] = {"type": "Property", "value": entity.record_seq}
        return body

    def send(self, entities: Sequence[MappedEntity]) -> dict[str, EntityOutcome]:
        headers = {"Link": LD_LINK}
        if self.tenant:
            headers["NGSILD-Tenant"] = self.tenant
        response = self._post([self._entity(e) for e in entities], headers)
        if response is None or response.status_code >= 500:
            return {e.id: RETRY for e in entities}
        if response.status_code == 401:
            return {e.id: UNAUTHORIZED for e in entities}
        if response.status_code in (200, 201, 204):
            return {e.id: OK for e in entities}
        if response.status_code == 207:
            try:
                report = response.json()
            except ValueError:
                return {e.id: RETRY for e in entities}
            outcomes = {entity_id: OK for entity_id in report.get("success", [])}
            for error in report.get("errors", []):
                detail = error.get("error", {})
                status = int(detail.get("status", 400))
                outcomes[error.get("entityId", "")] = (
                    RETRY if status >= 500 else EntityOutcome("conflict", _ld_reason(detail))
                )
            return {e.id: outcomes.get(e.id, RETRY) for e in entities}
        reason = _reason(response)
        return {e.id: EntityOutcome("conflict", reason) for e in entities}


def _reason(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if isinstance(body, dict):
        text = body.get("description") or body.get("detail") or body.get("title") or ""
        return f"HTTP {response.status_code}: {str(text)[:200]}"
    return f"HTTP {response.status_code}"


def _ld_reason(detail: dict[str, Any]) -> str:
    text = str(detail.get("detail") or detail.get("title", ""))[:200]
    return f"HTTP {detail.get('status', '?')}: {text}"


def make_sender(platform: str, base_url: str, auth: ClientCredentials, tenant: str = "") -> _Sender:
    """The adapter chosen in the settings: ``ngsi-v2`` or ``ngsi-ld``."""
    return (NgsiLdSender if platform == "ngsi-ld" else NgsiV2Sender)(base_url, auth, tenant)
