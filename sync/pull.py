"""Pull while online (issue #6 §5): the shelter's own record as the City OS keeps it, and the
roster of the district's residents who opted in to emergency sharing.

Two phases, like the replay, so the window runs each on its own worker: :func:`fetch` only
talks to the network (and raises :class:`~sync.errors.CityOsUnreachable` when the City OS
does not answer, :class:`PullFailed` when an answer is incomplete or unusable), and
:func:`apply` only writes to the store. A roster that arrived in part is never applied, so a
dropped connection cannot empty the cache; a complete one replaces it, which is how a withdrawn
consent removes the person at the next refresh.

The shelter record: the city designates capacity, location and disaster types. They are taken
over unless this kiosk has shelter changes of its own still queued (those are newer and will
reach the City OS with the next replay); the open/closed state stays the desk's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from urllib.parse import quote

import requests

from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.city.outbox_state import UNDELIVERED
from kiosk.operations.shelter import get_shelter, update_shelter
from kiosk.registry.records import Shelter
from kiosk.registry.roster_cache import RosterRefresh, replace_roster
from sync.adapters import PLATFORMS
from sync.adapters.base import TokenAuth, json_body
from sync.adapters.ngsi_ld import kiosk_context, link_header
from sync.errors import CityOsUnreachable, SyncError
from sync.mapping import entity_id

__all__ = [
    "PullFailed",
    "Pulled",
    "PullReport",
    "CityOsReader",
    "RESIDENTS_PATH",
    "fetch",
    "apply",
    "pull",
]

log = logging.getLogger("sync.pull")

#: The City OS user-information API: residents of a district who opted in to emergency sharing.
RESIDENTS_PATH = "/user-info/v1/residents"
_MAX_PAGES = 1000  # a bound on paging, whatever the server says


class PullFailed(SyncError):
    """The City OS did not answer a pull completely; nothing cached was changed."""

    code = "pull_failed"
    template = _N(
        "KioskError",
        "The City OS did not send the shelter record or resident list ({reason}); "
        "the copy already on this laptop is kept.",
    )


@dataclass(frozen=True)
class Pulled:
    """What one fetch brought: the shelter's plain attribute values (None when the City OS has
    no record of it), and the complete resident list (None when no district is set)."""

    shelter: dict[str, Any] | None
    residents: list[Any] | None

    def __repr__(self) -> str:
        count = None if self.residents is None else len(self.residents)
        return f"Pulled(shelter={self.shelter is not None}, residents={count})"


@dataclass(frozen=True)
class PullReport:
    shelter_updated: bool
    shelter_kept_local: bool
    roster: RosterRefresh | None


def _plain(attribute: Any) -> Any:
    """An attribute's value, whether normalized (v2 ``value``, NGSI-LD ``value``/``object``,
    DateTime ``@value``) or already a key value."""
    if isinstance(attribute, dict):
        if "object" in attribute:
            return attribute["object"]
        value = attribute.get("value")
        if isinstance(value, dict) and "@value" in value:
            return value["@value"]
        return value
    return attribute


class CityOsReader:
    """GET requests to the City OS with the same auth as the replay.

    Args:
        base_url: the City OS base URL (the broker and the user-information API).
        auth: the token source (re-authenticates once on 401).
        platform: ``ngsi-v2`` or ``ngsi-ld`` (how the shelter entity is read).
        tenant: ``Fiware-Service`` / ``NGSILD-Tenant``, empty for none.
        service_path: NGSI v2 ``Fiware-ServicePath`` (empty: not sent).
        page_size: residents asked for per request.
    """

    def __init__(
        self,
        base_url: str,
        auth: TokenAuth,
        platform: str,
        tenant: str = "",
        timeout: float = 10.0,
        page_size: int = 500,
        session: requests.Session | None = None,
        service_path: str = "",
    ) -> None:
        if platform not in PLATFORMS:
            raise ValueError(f"unknown City OS platform {platform!r}")
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.platform = platform
        self.tenant = tenant
        self.service_path = service_path
        self.timeout = timeout
        self.page_size = page_size
        self.session = session or requests.Session()

    def __repr__(self) -> str:
        return f"CityOsReader({self.base_url!r}, {self.platform!r})"

    def close(self) -> None:
        self.session.close()

    def _get(self, path: str, headers: dict[str, str]) -> requests.Response:
        for attempt in (1, 2):
            try:
                response = self.session.get(
                    self.base_url + path, headers=headers, auth=self.auth, timeout=self.timeout
                )
                response.content  # noqa: B018 - a body cut off counts as no answer
            except SyncError:
                raise
            except requests.RequestException as exc:
                log.info("City OS pull request failed: %s", type(exc).__name__)
                raise CityOsUnreachable() from None
            if response.status_code == 401 and attempt == 1:
                self.auth.invalidate()
                continue
            return response
        return response

    def shelter_record(self, shelter_id: str) -> dict[str, Any] | None:
        """The shelter entity's attributes as plain values, or None when the City OS has none.

        Raises:
            CityOsUnreachable: no answer (the City OS or its login service).
            PullFailed: an answer that cannot be used.
            SyncError: the login service refused.
        """
        ident = quote(entity_id("shelter", shelter_id), safe=":")
        if self.platform == "ngsi-ld":
            path = f"/ngsi-ld/v1/entities/{ident}"
            headers = {
                "Accept": "application/json",
                "Link": link_header(kiosk_context(self.base_url)),
            }
            if self.tenant:
                headers["NGSILD-Tenant"] = self.tenant
        else:
            path = f"/v2/entities/{ident}"
            headers = {"Accept": "application/json"}
            if self.tenant:
                headers["Fiware-Service"] = self.tenant
            if self.service_path:
                headers["Fiware-ServicePath"] = self.service_path
        response = self._get(path, headers)
        if response.status_code == 404:
            return None
        body = _json(response)
        if not isinstance(body, dict):
            raise PullFailed(reason=f"HTTP {response.status_code}")
        return {k: _plain(v) for k, v in body.items() if k not in ("id", "type", "@context")}

    def residents(self, district: str) -> list[Any]:
        """Every opted-in resident of ``district``, all pages, or an error.

        Raises:
            CityOsUnreachable: no answer (the City OS or its login service).
            PullFailed: a page failed or the list changed shape (nothing is returned in part).
            SyncError: the login service refused.
        """
        found: list[Any] = []
        offset: int | None = 0
        for _ in range(_MAX_PAGES):
            if offset is None:
                return found
            query = f"?district={quote(district)}&offset={offset}&limit={self.page_size}"
            response = self._get(RESIDENTS_PATH + query, {"Accept": "application/json"})
            page = _json(response)
            if not isinstance(page, dict) or not isinstance(page.get("residents"), list):
                raise PullFailed(reason=f"HTTP {response.status_code}")
            found.extend(page["residents"])
            following = page.get("next")
            if following is not None and (not isinstance(following, int) or following <= offset):
                raise PullFailed(reason="bad paging")
            offset = following
        raise PullFailed(reason="too many pages")


def _json(response: requests.Response) -> Any:
    """The body of a 200 answer, or None (any other status, or not JSON)."""
    return json_body(response) if response.status_code == 200 else None


def fetch(reader: CityOsReader, shelter_id: str, district: str) -> Pulled:
    """Network phase: the shelter record and, when a district is set, the whole roster.

    Raises:
        CityOsUnreachable, PullFailed, SyncError: see :class:`CityOsReader`.
    """
    shelter = reader.shelter_record(shelter_id)
    residents = reader.residents(district) if district else None
    return Pulled(shelter, residents)


def _city_shelter(current: Shelter, values: dict[str, Any]) -> Shelter:
    """The shelter with the fields the city designates taken from its record (others kept)."""
    changes: dict[str, Any] = {}
    capacity = values.get("peopleCapacity", values.get("capacity"))
    if isinstance(capacity, int) and not isinstance(capacity, bool) and capacity > 0:
        changes["capacity"] = capacity
    # Orion-LD stores a one-element array as its element (JSON-LD array reduction, on by
    # default), so a list attribute may come back as a scalar: read it either way.
    kinds = _as_list(values.get("disasterTypes"))
    if kinds is not None and all(isinstance(k, str) for k in kinds):
        changes["disaster_types"] = tuple(kinds)
    point = values.get("location")
    if (
        isinstance(point, dict)
        and point.get("type") == "Point"
        and isinstance(point.get("coordinates"), list)
        and len(point["coordinates"]) >= 2
    ):
        values = {
            **values,
            "longitude": point["coordinates"][0],
            "latitude": point["coordinates"][1],
        }
    if isinstance(values.get("address"), str):
        changes["location"] = values["address"]
    for name in ("latitude", "longitude"):
        value = values.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            changes[name] = float(value)
    national = values.get("nationalShelterId")
    if isinstance(national, str) and len(national) == 14 and national.isdigit():
        changes["national_id"] = national
    if isinstance(values.get("name"), str) and values["name"].strip():
        changes["name"] = values["name"].strip()
    return replace(current, **changes)


def _as_list(value: Any) -> list[Any] | None:
    """A list attribute's items whether it arrived as an array or, reduced, as one value."""
    if isinstance(value, list):
        return value
    if value is None or isinstance(value, dict):
        return None
    return [value]


def _shelter_changes_queued(ctx: Context, shelter_id: str) -> bool:
    row = ctx.store.query_one(
        f"SELECT 1 FROM outbox o WHERE o.record_type = 'shelter' AND o.record_id = ? "
        f"AND {UNDELIVERED}",
        (shelter_id,),
    )
    return row is not None


def apply(ctx: Context, pulled: Pulled, at: datetime) -> PullReport:
    """DB phase: take over the city's shelter fields (unless local changes are queued) and
    replace the roster cache with the complete list."""
    updated = kept_local = False
    if pulled.shelter is not None:
        current = get_shelter(ctx.store)
        wanted = _city_shelter(current, pulled.shelter)
        if wanted != current:
            if _shelter_changes_queued(ctx, current.id):
                kept_local = True
            else:
                try:
                    updated = bool(update_shelter(ctx, wanted).shelter)
                except KioskError as exc:  # the city's values fail our validation: keep ours
                    log.warning("City OS shelter record not taken over (%s)", exc.code)
    roster = None
    if pulled.residents is not None:
        roster = replace_roster(ctx, pulled.residents, at)
    return PullReport(updated, kept_local, roster)


def pull(ctx: Context, reader: CityOsReader, district: str) -> PullReport:
    """Both phases at once, without the role check (the command line goes through
    :class:`sync.front_door.SyncDoor`: ``pull_source``, :func:`fetch`, ``apply_pull``)."""
    pulled = fetch(reader, get_shelter(ctx.store).id, district)
    return apply(ctx, pulled, ctx.now())
