"""The roster cache: residents of the shelter's district who opted in to emergency sharing,
pulled from the City OS while online and kept in the encrypted store, so that a My Number token,
a citizen-app code or a name search pre-fills the evacuee card even when the network is gone
(DESIGN §3.2, issue #6).

The cache is replaced as a whole at each refresh, in one transaction: a resident whose consent
was withdrawn (or who moved away) is simply absent from the next list and is removed with it.
An incomplete download never reaches this module (the puller applies only a full list), so a
dropped connection cannot empty the roster.

Only what the card needs is kept: name, reading, sex, birth date, address, phone, special-needs
flags, consent scopes, the City OS subject and the My Number *token* (the City OS computes it
under the city's shared token key; the number itself never comes here). Records without the
opt-in flag are dropped here as well as by the platform.

A roster token may be of either format (docs/mynumber-tokens.md): ``v2:`` + 64 hex digits
(Argon2id, current) or 64 bare hex digits (``v1``, HMAC-SHA256, from a City OS that has not
moved yet). Both are kept as sent; a scan looks up both (kiosk.reception.arrival), and a person
registered from the roster gets the ``v2`` token the scan computed. The cache itself is never
upgraded: the next refresh replaces it with whatever the City OS sends.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from kiosk.access import audit
from kiosk.basics.context import Context
from kiosk.identity.mynumber import TOKEN_PREFIX, token_format
from kiosk.registry.names import name_key, parse_birth
from kiosk.registry.records import Needs, PersonDraft
from kiosk.registry.vocab import ANPI_SCOPE, CONSENT_SCOPES, NEED_FLAGS, SEXES
from kiosk.store import Store

__all__ = [
    "Resident",
    "RosterRefresh",
    "RosterStatus",
    "resident_from_record",
    "replace_roster",
    "fill_gaps",
    "find_resident",
    "search_roster",
    "roster_status",
]

_KNOWN_SCOPES = frozenset((*CONSENT_SCOPES, ANPI_SCOPE))
_TOKEN_LENGTH = len(TOKEN_PREFIX) + 64  # the longer format: "v2:" + hex Argon2id output


@dataclass(frozen=True, repr=False)
class Resident:
    """One opted-in resident as the City OS knows them."""

    subject: str
    name: str
    kana: str = ""
    sex: str = "X"
    birth: date | None = None
    address: str = ""
    phone: str = ""
    needs: frozenset[str] = frozenset()
    consent: frozenset[str] = frozenset()
    mynumber_token: str | None = None

    def __repr__(self) -> str:
        return "Resident(…)"

    def draft(self, mynumber_token: str | None = None) -> PersonDraft:
        """The evacuee card pre-filled from the roster (staff or the evacuee confirm it)."""
        return PersonDraft(
            name=self.name,
            kana=self.kana,
            sex=self.sex,
            birth=self.birth,
            address=self.address,
            phone=self.phone,
            needs=Needs(flags=self.needs),
            consent=self.consent,
            cityos_subject=self.subject,
            mynumber_token=mynumber_token or self.mynumber_token,
        )


@dataclass(frozen=True)
class RosterRefresh:
    """What one refresh changed (counts only)."""

    total: int
    added: int
    removed: int
    dropped: int = 0  # records refused here: not opted in, or malformed


@dataclass(frozen=True)
class RosterStatus:
    residents: int
    fetched_at: datetime | None


def _text(record: Mapping[str, Any], key: str, limit: int = 200) -> str:
    value = record.get(key)
    return value.strip()[:limit] if isinstance(value, str) else ""


def _strings(record: Mapping[str, Any], key: str) -> list[str]:
    value = record.get(key)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def resident_from_record(record: Any) -> Resident | None:
    """A resident from one record of the user-information API, or None when it must not be
    kept: not opted in to emergency sharing, or without a subject or a name. Unknown flags and
    scopes are left out rather than guessed."""
    if not isinstance(record, Mapping) or record.get("emergencySharing") is not True:
        return None
    subject, name = _text(record, "subject"), _text(record, "name")
    if not subject or not name:
        return None
    token = _text(record, "mynumberToken", _TOKEN_LENGTH + 1).lower()
    valid_token = token_format(token) is not None
    sex = _text(record, "sex")
    needs, consent = _strings(record, "needs"), _strings(record, "consent")
    return Resident(
        subject=subject,
        name=name,
        kana=_text(record, "kana"),
        sex=sex if sex in SEXES else "X",
        birth=parse_birth(_text(record, "birth")),
        address=_text(record, "address"),
        phone=_text(record, "phone", 40),
        needs=frozenset(n for n in needs if n in NEED_FLAGS),
        consent=frozenset(c for c in consent if c in _KNOWN_SCOPES),
        mynumber_token=token if valid_token else None,
    )


def _parse(records: Iterable[Any]) -> tuple[list[Resident], int]:
    """The residents to keep, and how many records were dropped. A My Number token claimed by
    two subjects is kept for neither (a token must find one person or none)."""
    kept: dict[str, Resident] = {}
    dropped = 0
    for record in records:
        resident = resident_from_record(record)
        if resident is None or resident.subject in kept:
            dropped += 1
            continue
        kept[resident.subject] = resident
    claims: dict[str, int] = {}
    for resident in kept.values():
        if resident.mynumber_token:
            claims[resident.mynumber_token] = claims.get(resident.mynumber_token, 0) + 1
    residents = [
        replace(r, mynumber_token=None) if r.mynumber_token and claims[r.mynumber_token] > 1 else r
        for r in kept.values()
    ]
    return residents, dropped


def _payload(resident: Resident) -> str:
    return json.dumps(
        {
            "name": resident.name,
            "kana": resident.kana,
            "sex": resident.sex,
            "address": resident.address,
            "phone": resident.phone,
            "needs": sorted(resident.needs),
            "consent": sorted(resident.consent),
        },
        ensure_ascii=False,
    )


def replace_roster(
    ctx: Context, records: Iterable[Any], at: datetime, source: str = "cityos"
) -> RosterRefresh:
    """Replace the cached roster with a complete list from the City OS, in one transaction
    (audited with counts only). Records that are not opted in or malformed are dropped."""
    residents, dropped = _parse(records)
    store = ctx.store
    stamp = at.isoformat()
    with store.atomic():
        before = {
            r["cityos_subject"] for r in store.query("SELECT cityos_subject FROM roster_cache")
        }
        store.execute("DELETE FROM roster_cache")
        store.executemany(
            "INSERT INTO roster_cache (cityos_subject, mynumber_token, name_key, kana_key, birth, "
            "payload, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.subject,
                    r.mynumber_token,
                    name_key(r.name),
                    name_key(r.kana),
                    r.birth.isoformat() if r.birth else None,
                    _payload(r),
                    stamp,
                )
                for r in residents
            ],
        )
        store.execute(
            "INSERT INTO sync_state (key, value) VALUES ('roster_fetched_at', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (stamp,),
        )
        audit.append(store, ctx.actor, "roster.refresh", "roster", source, at)
    after = {r.subject for r in residents}
    return RosterRefresh(len(after), len(after - before), len(before - after), dropped)


def _resident(row: Any) -> Resident:
    data = json.loads(row["payload"])
    return Resident(
        subject=row["cityos_subject"],
        name=data["name"],
        kana=data.get("kana", ""),
        sex=data.get("sex", "X"),
        birth=date.fromisoformat(row["birth"]) if row["birth"] else None,
        address=data.get("address", ""),
        phone=data.get("phone", ""),
        needs=frozenset(data.get("needs", ())),
        consent=frozenset(data.get("consent", ())),
        mynumber_token=row["mynumber_token"],
    )


def fill_gaps(draft: PersonDraft, resident: Resident) -> PersonDraft:
    """A card from a citizen-app code with what it left empty taken from the roster (the code
    itself wins wherever it says something)."""
    return replace(
        draft,
        kana=draft.kana or resident.kana,
        birth=draft.birth or resident.birth,
        address=draft.address or resident.address,
        phone=draft.phone or resident.phone,
        needs=draft.needs if draft.needs.flags else Needs(flags=resident.needs),
    )


def find_resident(
    store: Store, *, mynumber_token: str | None = None, cityos_subject: str | None = None
) -> Resident | None:
    """The cached resident with this My Number token or City OS subject (exactly one given)."""
    if (mynumber_token is None) == (cityos_subject is None):
        raise ValueError("give exactly one of mynumber_token, cityos_subject")
    column, value = (
        ("mynumber_token", mynumber_token)
        if mynumber_token is not None
        else ("cityos_subject", cityos_subject)
    )
    row = store.query_one(f"SELECT * FROM roster_cache WHERE {column} = ?", (value,))
    return _resident(row) if row else None


def search_roster(store: Store, query: str, limit: int = 20) -> list[Resident]:
    """Cached residents whose name or reading contains the query (exact and prefix first),
    leaving out those already registered at this shelter (they are found as people)."""
    key = name_key(query.strip())
    if not key:
        return []
    rows = store.query(
        "SELECT r.*, CASE WHEN r.name_key = :q OR r.kana_key = :q THEN 0 "
        "WHEN instr(r.name_key, :q) = 1 OR instr(r.kana_key, :q) = 1 THEN 1 ELSE 2 END AS rank "
        "FROM roster_cache r WHERE (instr(r.name_key, :q) > 0 OR instr(r.kana_key, :q) > 0) "
        "AND NOT EXISTS (SELECT 1 FROM person p WHERE p.cityos_subject = r.cityos_subject) "
        "ORDER BY rank, r.kana_key, r.name_key LIMIT :limit",
        {"q": key, "limit": limit},
    )
    return [_resident(row) for row in rows]


def roster_status(store: Store) -> RosterStatus:
    row = store.query_one("SELECT count(*) AS n FROM roster_cache")
    fetched = store.query_one("SELECT value FROM sync_state WHERE key = 'roster_fetched_at'")
    return RosterStatus(
        int(row["n"]) if row else 0,
        datetime.fromisoformat(fetched["value"]) if fetched else None,
    )
