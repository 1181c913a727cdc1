"""The one interface to the City OS context broker, whatever its wire format.

A replay engine hands an adapter a batch of :class:`Entity` values and gets a
:class:`BatchResult` that says, for every entity id, what to do next:

- ``ok`` — the broker holds the entity's content (sending it again changes nothing);
- ``retry`` — no verdict (:func:`sync.retry.retryable_status`: 5xx, 408, 425, 429; timeout,
  dropped connection, provider unreachable): send the same content again later, with the
  backoff :func:`sync.retry.decide` says (a ``Retry-After`` is kept in
  :attr:`EntityResult.retry_after_s`); the write may or may not have been applied;
- ``conflict`` — the broker refused this entity (4xx, 409) and said why (``reason``): an
  operator decides; sending it again unchanged will most likely be refused again;
- ``unauthorized`` — 401 (the cached token was already forgotten) or the provider refused this
  client: authenticate again and resend; a second one in a row means the credentials are wrong.

Adapters never raise for an HTTP status or a network failure; they raise ``ValueError`` or
``TypeError`` only for programming errors (duplicate ids in one batch, non-JSON values).

- ``forbidden`` — 403: a gateway (or the broker) does not let this client write. Not a data
  conflict: the caller renews the token once, then stops and tells the operator.

A broker keeps no change ids (``changeId``/``changeSeq``/``changeHlc`` are ordinary attributes
to it), and ``append``/upsert ``update`` merge. So for an entity that carries its change sequence
(:attr:`Entity.seq`) the adapter first reads, in **one query per request**, the ``changeSeq``,
the ``changeHlc`` and the withdrawn attributes (:attr:`Entity.clear`) the broker holds for every
entity of the batch; then it skips a change the broker already holds or that is older (``ok``:
the broker has this or newer — :func:`holds`: by the changes' HLC stamps, which are totally
ordered and the same on every desk, where both sides have one; by ``changeSeq`` where the
broker's entity was written by a kiosk that sent no stamp), deletes what is no longer shared
(before the write, so a kill in between cannot leave the new ``changeSeq`` beside attributes
that should be gone), and writes the rest. That
makes a resend after a lost answer, a second bundle import, or a bundle older than what went
online change nothing. An entity with ``remove`` set (a person removed) is deleted as a whole
(one ``DELETE`` each) where the stored-state read found it; one already gone, or a 404, is
``ok``. Requests are also capped by their serialized size
(``max_request_bytes``, 900,000 by default, under Orion's 1 MiB ``inReqPayloadMaxSize``), not
only by count. The caller keeps per-record order (at most one change of a record per batch).
"""

from __future__ import annotations

import json
import logging
import math
import re
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any, ClassVar, Protocol

import requests

from sync.errors import ProviderUnreachable, SyncError
from sync.retry import Failure, parse_retry_after, retryable_status

__all__ = [
    "Relationship",
    "GeoJson",
    "Entity",
    "Outcome",
    "EntityResult",
    "BatchResult",
    "TokenAuth",
    "BrokerAdapter",
    "holds",
]

log = logging.getLogger("sync.adapters")

#: Entity ids are URIs at most this long (Orion's limit; NGSI-LD ids must be URIs too).
MAX_ID_LENGTH = 256
#: Largest request body sent: under Orion's and Orion-LD's default 1 MiB (1,048,576 bytes)
#: ``-inReqPayloadMaxSize``, with room for headers and a proxy's additions.
MAX_REQUEST_BYTES = 900_000
#: The attribute that carries a change's per-record sequence on the broker.
SEQ_ATTRIBUTE = "changeSeq"
#: The attribute that carries a change's hybrid-logical-clock stamp (kiosk.desks.hlc): what
#: decides "newer" between changes of one record, identically on every desk (issue #16).
HLC_ATTRIBUTE = "changeHlc"
#: Entities per stored-state query: Orion's and Orion-LD's largest page ("Pagination").
_QUERY_LIMIT = 1000
_REASON_LENGTH = 200
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Relationship:
    """An attribute value that points at another entity (NGSI-LD Relationship)."""

    object: str


@dataclass(frozen=True)
class GeoJson:
    """A GeoJSON geometry (``{"type": "Point", "coordinates": [lon, lat]}``): ``geo:json`` in
    NGSI v2, a GeoProperty in NGSI-LD — what geo-queries and dashboards understand."""

    geometry: dict[str, Any]


@dataclass(frozen=True, repr=False)
class Entity:
    """One entity to upsert: a URI id, a type, and attributes as ``(name, value)`` pairs.

    Values are JSON values (``None``, bool, int, finite float, str, lists, dicts with str
    keys), :class:`Relationship`, or timezone-aware :class:`~datetime.datetime` (sent as
    DateTime). Attribute order is kept. The repr names the attributes, never their values
    (they may be personal data).

    Raises:
        ValueError, TypeError: on an invalid id, type, attribute name or value.
    """

    id: str
    type: str
    attrs: tuple[tuple[str, Any], ...] = ()
    #: The change's per-record sequence: when set, the broker's stored ``changeSeq`` is read
    #: first and this entity is not written when the broker holds it or something newer.
    seq: int | None = None
    #: The change's HLC stamp (fixed-width text that sorts in clock order, origin last): when
    #: both this and the broker's stored ``changeHlc`` are set, they decide which is newer —
    #: two desks may give concurrent changes of one record the same ``seq``.
    hlc: str | None = None
    #: Attributes that must not remain on the broker (consent withdrawn, field cleared):
    #: deleted before the write where the broker holds them.
    clear: tuple[str, ...] = ()
    #: The entity itself must go (a person removed): deleted where the broker holds it, never
    #: written; ``attrs`` must be empty.
    remove: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id or len(self.id) > MAX_ID_LENGTH:
            raise ValueError("entity id must be a non-empty string of at most 256 characters")
        if ":" not in self.id or _SPACE.search(self.id):
            raise ValueError("entity id must be a URI (e.g. urn:ngsi-ld:Type:uuid)")
        if not isinstance(self.type, str) or not self.type or _SPACE.search(self.type):
            raise ValueError("entity type must be a non-empty string without spaces")
        if not isinstance(self.attrs, tuple):
            raise TypeError("attrs must be a tuple of (name, value) pairs; see Entity.of")
        if self.remove and (self.attrs or self.clear):
            raise ValueError("an entity to remove carries no attributes")
        names = [name for name, _ in self.attrs]
        if len(set(names)) != len(names):
            raise ValueError("attribute names must be unique")
        for name, value in self.attrs:
            if not isinstance(name, str) or not name or name in ("id", "type", "@context"):
                raise ValueError(f"invalid attribute name {name!r}")
            _check_value(value, name)

    @classmethod
    def of(cls, id: str, type: str, attrs: Mapping[str, Any]) -> Entity:  # noqa: A002
        """An entity from a mapping of attributes (kept in the mapping's order).

        Raises:
            ValueError, TypeError: as the constructor.
        """
        return cls(id, type, tuple(attrs.items()))

    @property
    def attributes(self) -> Mapping[str, Any]:
        """The attributes as a read-only mapping."""
        return MappingProxyType(dict(self.attrs))

    def __repr__(self) -> str:
        return f"Entity({self.id!r}, {self.type!r}, attrs={[name for name, _ in self.attrs]})"


def _check_value(value: Any, name: str) -> None:
    if value is None or isinstance(value, bool | int | str | Relationship | GeoJson):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"attribute {name!r}: NaN and infinity are not JSON")
        return
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"attribute {name!r}: datetimes must be timezone-aware")
        return
    if isinstance(value, date):
        raise TypeError(f"attribute {name!r}: send dates as ISO text, not date objects")
    if isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, Relationship | datetime):
                raise TypeError(f"attribute {name!r}: only plain JSON inside lists")
            _check_value(item, name)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or isinstance(item, Relationship | datetime):
                raise TypeError(f"attribute {name!r}: only plain JSON with text keys in dicts")
            _check_value(item, name)
        return
    raise TypeError(f"attribute {name!r}: {type(value).__name__} is not a JSON value")


class Outcome(StrEnum):
    OK = "ok"
    RETRY = "retry"
    CONFLICT = "conflict"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"


@dataclass(frozen=True)
class EntityResult:
    """The verdict on one entity. ``status`` is the HTTP status that decided it (None when
    there was no answer); ``reason`` is the broker's own words (type, title, description),
    shortened — shown to operators, never logged."""

    entity_id: str
    outcome: Outcome
    status: int | None = None
    reason: str = ""
    #: For ``retry``: the server's ``Retry-After`` in seconds, when it sent one.
    retry_after_s: float | None = None


@dataclass(frozen=True)
class BatchResult:
    """Per-entity verdicts, in the order of the batch; ``requests`` counts HTTP requests made."""

    results: tuple[EntityResult, ...]
    requests: int = 0

    def outcome_of(self, entity_id: str) -> EntityResult:
        """The verdict on one entity.

        Raises:
            KeyError: ``entity_id`` was not in the batch.
        """
        for result in self.results:
            if result.entity_id == entity_id:
                return result
        raise KeyError(entity_id)

    def ids(self, outcome: Outcome) -> tuple[str, ...]:
        """The ids with this outcome, in batch order."""
        return tuple(r.entity_id for r in self.results if r.outcome is outcome)

    @property
    def all_ok(self) -> bool:
        return all(r.outcome is Outcome.OK for r in self.results)

    @property
    def unauthorized(self) -> bool:
        """True when the caller should authenticate again and resend."""
        return any(r.outcome is Outcome.UNAUTHORIZED for r in self.results)

    @property
    def forbidden(self) -> bool:
        """True when a 403 refused this client: renew the token once, then stop."""
        return any(r.outcome is Outcome.FORBIDDEN for r in self.results)

    @property
    def failure(self) -> Failure | None:
        """What the unanswered part of this batch ended in, for :func:`sync.retry.decide`:
        a 403 before a 401 before a retryable answer (the longest ``Retry-After`` of those);
        None when every entity got a verdict (ok or conflict)."""
        if self.forbidden:
            return Failure.http(403)
        if self.unauthorized:
            return Failure.http(401)
        retry = [r for r in self.results if r.outcome is Outcome.RETRY]
        if not retry:
            return None
        waits = [r.retry_after_s for r in retry if r.retry_after_s is not None]
        status = next((r.status for r in retry if r.status is not None), None)
        if status is None:
            return Failure(Failure.network().kind, None, max(waits, default=None))
        return Failure.http(status, max(waits, default=None))


class TokenAuth(Protocol):
    """What an adapter needs from the auth: a ``requests`` auth hook and a way to forget the
    token. :class:`sync.auth.OidcClientCredentials` is one."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest: ...

    def invalidate(self) -> None: ...


@dataclass(frozen=True)
class _Answer:
    """One HTTP exchange: the response, or why there was none."""

    response: requests.Response | None
    failure: str = ""
    auth_error: SyncError | None = None


class BrokerAdapter(ABC):
    """Shared HTTP handling of the two adapters: one POST per batch through a
    ``requests.Session`` with the auth object, the common status rules, and finding the refused
    entity when the broker refuses a batch as a whole.

    Args:
        base_url: the broker's base URL (``https://broker.example``; no ``/v2`` suffix).
        auth: the token source, e.g. :class:`sync.auth.OidcClientCredentials`.
        tenant: the tenant (``Fiware-Service`` / ``NGSILD-Tenant``), empty for none.
        timeout: seconds, or ``(connect, read)``, before a request counts as unanswered.
        session: a ``requests.Session`` to use (default: a new one, closed by :meth:`close`).
        isolate_conflicts: when the broker refuses a whole batch with a 4xx, send its entities
            one by one so only the refused one becomes a conflict (one request per entity).
        max_request_bytes: the largest body one request may carry; a batch is split into as
            few requests as fit (an entity larger than this alone goes in a request of its own).
    """

    #: The ``platform`` setting that selects this adapter.
    platform: ClassVar[str] = ""

    def __init__(
        self,
        base_url: str,
        auth: TokenAuth,
        *,
        tenant: str = "",
        timeout: float | tuple[float, float] = 10.0,
        session: requests.Session | None = None,
        isolate_conflicts: bool = True,
        max_request_bytes: int = MAX_REQUEST_BYTES,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.tenant = tenant
        self.timeout = timeout
        self.isolate_conflicts = isolate_conflicts
        self.max_request_bytes = max_request_bytes
        self._own_session = session is None
        self.session = session or requests.Session()
        #: HTTP requests made so far (diagnostics and benchmarks).
        self.requests_sent = 0
        #: The largest request body sent so far, in bytes (diagnostics and benchmarks).
        self.max_body_sent = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.base_url!r})"

    def close(self) -> None:
        if self._own_session:
            self.session.close()

    # --- the interface --------------------------------------------------------------------

    def send_batch(
        self,
        entities: Sequence[Entity],
        stored: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> BatchResult:
        """Write ``entities``: one query of what the broker holds (when the entities carry a
        sequence), the deletions of withdrawn attributes, then one write per request-sized
        slice (more only to isolate a refused entity). ``stored``: what :meth:`stored_state`
        returned just before, so no query is made again.

        Raises:
            TypeError: an item is not an :class:`Entity`.
            ValueError: two entities in the batch share an id.
        """
        _check_batch(entities)
        if not entities:
            return BatchResult(())
        before = self.requests_sent
        if stored is None and any(e.seq is not None for e in entities):
            stored, failed = self.stored_state(entities)
            if failed is not None:
                results: tuple[EntityResult, ...] = failed
                stored = None
        verdicts: dict[str, EntityResult] = {}
        if stored is not None or not any(e.seq is not None for e in entities):
            for chunk in self._chunks(entities):
                for result in self._send_chunk(chunk, stored):
                    verdicts[result.entity_id] = result
            results = tuple(verdicts[e.id] for e in entities)
        if any(r.outcome in (Outcome.UNAUTHORIZED, Outcome.FORBIDDEN) for r in results):
            # The cached token is no good (401), or a gateway refused it (403): forget it here,
            # so every caller's next request logs in again with a fresh one.
            self.auth.invalidate()
        return BatchResult(results, self.requests_sent - before)

    def _chunks(self, entities: Sequence[Entity]) -> list[list[Entity]]:
        """Consecutive slices whose request bodies stay within ``max_request_bytes``."""
        chunks: list[list[Entity]] = []
        current: list[Entity] = []
        size = 0
        for entity in entities:
            cost = len(_encode(self._encoded(entity))) + len(", ")  # json.dumps' separator
            if current and size + cost > self.max_request_bytes:
                chunks.append(current)
                current = []
            if not current:
                size = len(_encode(self._request([entity])[2]))  # the envelope and this one
            else:
                size += cost
            current.append(entity)
        if current:
            chunks.append(current)
        return chunks

    def stored_state(
        self, entities: Sequence[Entity]
    ) -> tuple[dict[str, dict[str, Any]], tuple[EntityResult, ...] | None]:
        """What the broker holds of ``entities`` (``changeSeq``, ``changeHlc`` and their ``clear``
        attributes),
        by id, in as few queries as the broker's page limit allows (1000 entities each); or the
        verdicts for all of them when a query got no usable answer."""
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(entities), _QUERY_LIMIT):
            part, failed = self._stored(list(entities[start : start + _QUERY_LIMIT]))
            if failed is not None:
                return {}, _all(entities, failed[0].outcome, failed[0].status, failed[0].reason)
            found.update(part)
        return found, None

    def _send_chunk(
        self, entities: list[Entity], known: Mapping[str, Mapping[str, Any]] | None
    ) -> tuple[EntityResult, ...]:
        done = self._remove([e for e in entities if e.remove], known)
        todo = [e for e in entities if not e.remove]
        if known is not None:
            stored = {k: dict(v) for k, v in known.items()}
            writes, todo = todo, []
            for entity in writes:
                held = stored.get(entity.id, {})
                if entity.seq is not None and holds(held, entity.seq, entity.hlc):
                    done.append(EntityResult(entity.id, Outcome.OK, None, "held by the broker"))
                    continue
                gone = tuple(name for name in entity.clear if name in held)
                todo.append(replace(entity, clear=gone))
            todo, refused = self._delete([e for e in todo if e.clear], todo)
            done.extend(refused)
        if todo:
            done.extend(self._write(todo))
        return tuple(done)

    def _remove(
        self, entities: list[Entity], known: Mapping[str, Mapping[str, Any]] | None
    ) -> list[EntityResult]:
        """Delete whole entities (one request each: removals are rare). One the stored-state
        read did not find is already gone (no request); a 404 counts as done too — Orion
        answers ``404 NotFound`` ("The requested entity has not been found") and Orion-LD
        ``404 ResourceNotFound`` (CIM 009 5.6.6) when no entity has the id, which is the state
        the removal wants, so a resend after a lost answer, or a second bundle import, is
        success, not a conflict."""
        done: list[EntityResult] = []
        for entity in entities:
            if known is not None and entity.id not in known:
                done.append(EntityResult(entity.id, Outcome.OK, None, "not held by the broker"))
                continue
            path, headers = self._removal(entity)
            answer = self._send("DELETE", path, headers, None)
            response = answer.response
            if response is not None and response.status_code in (200, 204, 404):
                done.append(EntityResult(entity.id, Outcome.OK, response.status_code))
                continue
            done.extend(self._failure(answer, [entity], "the entity was not deleted"))
        return done

    def _write(self, entities: list[Entity]) -> tuple[EntityResult, ...]:
        results, whole_batch_refused = self._send_once(entities)
        if not (whole_batch_refused and self.isolate_conflicts and len(entities) > 1):
            return results
        log.info("batch of %d refused as a whole; sending one by one", len(entities))
        single: list[EntityResult] = []
        for entity in entities:
            single.extend(self._send_once([entity])[0])
        return tuple(single)

    def _stored(
        self, entities: list[Entity]
    ) -> tuple[dict[str, dict[str, Any]], tuple[EntityResult, ...] | None]:
        """What the broker holds of these entities: ``changeSeq`` and the attributes that may
        have to go, by id — one query; or the verdicts when the query got no usable answer."""
        names = sorted({SEQ_ATTRIBUTE, HLC_ATTRIBUTE, *(n for e in entities for n in e.clear)})
        path, headers, body = self._query(entities, names)
        answer = self._post(path, headers, body)
        response = answer.response
        if response is not None and response.status_code == 200:
            found = json_body(response)
            if isinstance(found, list):
                return {
                    item["id"]: item
                    for item in found
                    if isinstance(item, dict) and isinstance(item.get("id"), str)
                }, None
        return {}, self._failure(answer, entities, "the broker's stored state could not be read")

    def _delete(
        self, withdrawn: list[Entity], todo: list[Entity]
    ) -> tuple[list[Entity], list[EntityResult]]:
        """Delete the withdrawn attributes the broker holds; entities whose deletion failed are
        not written (their verdict is the deletion's)."""
        if not withdrawn:
            return todo, []
        failed: dict[str, EntityResult] = {}
        for path, method, headers, body, ids in self._deletions(withdrawn):
            answer = self._send(method, path, headers, body)
            response = answer.response
            if response is not None and response.status_code in (200, 204):
                continue
            subjects = [e for e in withdrawn if e.id in ids]
            for result in self._failure(answer, subjects, "a withdrawn attribute was not deleted"):
                failed.setdefault(result.entity_id, result)
        return [e for e in todo if e.id not in failed], list(failed.values())

    def _failure(
        self, answer: _Answer, entities: Sequence[Entity], what: str
    ) -> tuple[EntityResult, ...]:
        """Verdicts for a request that did not succeed (the common status rules)."""
        response = answer.response
        if response is None:
            if answer.auth_error is not None and not isinstance(
                answer.auth_error, ProviderUnreachable
            ):
                return _all(entities, Outcome.UNAUTHORIZED, None, answer.failure)
            return _all(entities, Outcome.RETRY, None, answer.failure)
        status = response.status_code
        reason = self._reason(response)
        if status == 401:
            return _all(entities, Outcome.UNAUTHORIZED, 401, reason)
        if status == 403:
            return _all(entities, Outcome.FORBIDDEN, 403, reason)
        if retryable_status(status):
            return _retry(entities, response, reason)
        return _all(entities, Outcome.CONFLICT, status, f"{what}: {reason}"[:_REASON_LENGTH])

    # --- wire format, per adapter ---------------------------------------------------------

    @abstractmethod
    def _request(self, entities: Sequence[Entity]) -> tuple[str, dict[str, str], Any]:
        """Path (with query), headers and JSON body of one batch request."""

    @abstractmethod
    def _success(
        self, response: requests.Response, entities: Sequence[Entity]
    ) -> tuple[EntityResult, ...] | None:
        """Per-entity results of a non-error answer, or None when the status is not one the
        format defines (then the common rules apply)."""

    @abstractmethod
    def _error_text(self, response: requests.Response) -> str:
        """The broker's words from an error body."""

    @abstractmethod
    def _encoded(self, entity: Entity) -> Any:
        """One entity as it appears in a write body (for sizing requests)."""

    @abstractmethod
    def _query(
        self, entities: Sequence[Entity], attrs: list[str]
    ) -> tuple[str, dict[str, str], Any]:
        """Path, headers and body of the one query reading ``attrs`` of ``entities``."""

    @abstractmethod
    def _removal(self, entity: Entity) -> tuple[str, dict[str, str]]:
        """Path and headers of the request deleting the entity itself."""

    @abstractmethod
    def _deletions(
        self, entities: Sequence[Entity]
    ) -> list[tuple[str, str, dict[str, str], Any, frozenset[str]]]:
        """Requests deleting each entity's ``clear`` attributes: (path, method, headers, body,
        entity ids concerned)."""

    # --- shared -------------------------------------------------------------------------------

    def _send_once(self, entities: Sequence[Entity]) -> tuple[tuple[EntityResult, ...], bool]:
        """Results, and whether a 4xx refused the batch as a whole."""
        path, headers, body = self._request(entities)
        answer = self._post(path, headers, body)
        response = answer.response
        if response is None:
            if answer.auth_error is not None and not isinstance(
                answer.auth_error, ProviderUnreachable
            ):
                return _all(entities, Outcome.UNAUTHORIZED, None, answer.failure), False
            return _all(entities, Outcome.RETRY, None, answer.failure), False
        status = response.status_code
        if status == 401:  # send_batch forgets the token
            return _all(entities, Outcome.UNAUTHORIZED, 401, self._reason(response)), False
        if status == 403:  # a gateway refused this client: not a verdict on the data
            return _all(entities, Outcome.FORBIDDEN, 403, self._reason(response)), False
        if status >= 400 and retryable_status(status):
            return _retry(entities, response, self._reason(response)), False
        results = self._success(response, entities)
        if results is not None:
            return results, False
        if 400 <= status < 500:
            return _all(entities, Outcome.CONFLICT, status, self._reason(response)), True
        # 1xx/3xx or an unexpected 2xx: no verdict from the broker; try again later.
        return _all(entities, Outcome.RETRY, status, f"HTTP {status}"), False

    def _post(self, path: str, headers: dict[str, str], body: Any) -> _Answer:
        return self._send("POST", path, headers, body)

    def _send(self, method: str, path: str, headers: dict[str, str], body: Any) -> _Answer:
        data = None if body is None else _encode(body)
        self.requests_sent += 1
        self.max_body_sent = max(self.max_body_sent, len(data or b""))
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                data=data,
                headers=headers,
                auth=self.auth,
                timeout=self.timeout,
            )
            # Read the whole body now so a connection dropped mid-body counts as no answer.
            response.content  # noqa: B018
            return _Answer(response)
        except SyncError as exc:  # from the auth: the provider, not the broker
            log.warning("no access token for the City OS (%s)", exc.code)
            return _Answer(None, f"{exc.code}: {exc.message}", exc)
        except requests.Timeout:
            log.info("City OS request timed out")
            return _Answer(None, "no answer in time (timeout)")
        except requests.RequestException as exc:
            log.info("City OS request failed: %s", type(exc).__name__)
            return _Answer(None, "connection lost before an answer")

    def _reason(self, response: requests.Response) -> str:
        text = self._error_text(response)
        status = f"HTTP {response.status_code}"
        return f"{status}: {text}"[:_REASON_LENGTH] if text else status


def _encode(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")


def _seq(value: Any) -> int | None:
    """A stored ``changeSeq``: an integer (Orion-LD may serve a one-element array reduced, and
    a v2 broker may hold it as a number); anything else is no sequence."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _hlc(value: Any) -> str | None:
    """A stored ``changeHlc``: non-empty text (Orion-LD may serve a one-element array reduced);
    anything else is no stamp."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value if isinstance(value, str) and value else None


def holds(held: Mapping[str, Any], seq: int, hlc: str | None) -> bool:
    """Whether the broker's stored state ``held`` (the entity as the stored-state query read
    it) is this change or newer, so the change must not be written.

    The order must be total and the same on every desk and in every bundle: two desks that
    change one record before they exchange give both changes the same ``record_seq`` (highest
    held + 1), and comparing sequences alone would judge the second one "already there" — a
    lost update at the City OS. HLC stamps (``l.c.origin``, fixed width) are totally ordered
    (the origin breaks ties), agree with causality like ``record_seq`` does, and are the order
    the desks themselves merge by (last writer by HLC). So where both the change and the stored
    entity carry a stamp, the stamps decide; an entity written by a kiosk that sent no stamp
    (before multi-desk), or a change without one (an older bundle), compares by ``changeSeq``
    as before. Nothing stored, or no usable sequence: not held.
    """
    held_hlc = _hlc(held.get(HLC_ATTRIBUTE))
    if hlc and held_hlc is not None:
        return held_hlc >= hlc
    held_seq = _seq(held.get(SEQ_ATTRIBUTE))
    return held_seq is not None and held_seq >= seq


def _all(
    entities: Sequence[Entity], outcome: Outcome, status: int | None, reason: str
) -> tuple[EntityResult, ...]:
    return tuple(EntityResult(e.id, outcome, status, reason) for e in entities)


def _retry(
    entities: Sequence[Entity], response: requests.Response, reason: str
) -> tuple[EntityResult, ...]:
    """``retry`` verdicts for a retryable answer, keeping its ``Retry-After``."""
    wait = parse_retry_after(response.headers.get("Retry-After"), datetime.now(UTC))
    status = response.status_code
    return tuple(EntityResult(e.id, Outcome.RETRY, status, reason, wait) for e in entities)


def _check_batch(entities: Sequence[Entity]) -> None:
    seen: set[str] = set()
    for entity in entities:
        if not isinstance(entity, Entity):
            raise TypeError(f"expected Entity, got {type(entity).__name__}")
        if entity.id in seen:
            raise ValueError("an entity id appears twice in one batch; send one change per batch")
        seen.add(entity.id)


def json_body(response: requests.Response) -> Any:
    """The response's JSON, or None when it has none."""
    try:
        return response.json()
    except ValueError:
        return None


def short(text: Any) -> str:
    """Server text for a reason: one line, bounded."""
    return " ".join(str(text).split())[:_REASON_LENGTH]
