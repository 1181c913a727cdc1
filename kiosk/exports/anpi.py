"""The 安否情報 list: what reception may tell someone asking whether a person is safe.

Owns who is on the list and which fields it shows. Only people whose consent holds
:data:`kiosk.registry.vocab.ANPI_SCOPE` (安否情報の開示, DESIGN §4) and who actually came to this
shelter (checked in at least once) are listed; anyone without that consent is left out entirely, so
the list cannot reveal that they are here — the case that matters most for someone hiding from a
violent partner or a stalker.

The fields are the fewest that let staff answer an inquirer and tell namesakes apart:
name, kana, sex, age band (10-year bands, not the date of birth), where they are now (at the
shelter — inside, in a vehicle or at home —, temporarily out, or left), the destination they
gave when they left, and since when. Address, phone, household, special needs and health stay
out: the inquirer is answered, not handed a record. People are sorted by reading (五十音順),
as staff look names up by ear on the phone.

On the printed list, where each person is now is also said in the language on their card
(:mod:`kiosk.basics.catalogues`, context ``Anpi``) under the Japanese, so a list posted for families
can be read by them; the CSV stays Japanese, for machines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kiosk.access.staff import require_role
from kiosk.basics.catalogues import translate_to
from kiosk.basics.context import Context
from kiosk.basics.errors import ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.languages import evacuee_language
from kiosk.basics.local_time import DEFAULT_TIME_ZONE, age_on, local_date
from kiosk.exports.files import ExportResult, local_time_text, write_export
from kiosk.exports.roster import SEX_JA, STAY_JA, TableDocument, encode_csv, zoned_columns
from kiosk.exports.script_fonts import add_script_fonts
from kiosk.operations.shelter import get_shelter
from kiosk.registry.names import name_key
from kiosk.registry.people import rows_to_people
from kiosk.registry.records import Person, Shelter
from kiosk.registry.vocab import ANPI_SCOPE
from kiosk.store import Store

__all__ = [
    "CSV_HEADINGS",
    "AnpiEntry",
    "AnpiList",
    "age_band",
    "anpi_list",
    "anpi_csv",
    "anpi_pdf",
    "export_anpi",
]

CSV_HEADINGS: tuple[str, ...] = (
    "氏名",
    "ふりがな",
    "性別",
    "年代",
    "状況",
    "行き先",
    "日時",
)
_PDF_COLUMNS: tuple[tuple[str, float], ...] = (
    ("氏名\nName", 38),
    ("ふりがな\nKana", 38),
    ("性別\nSex", 11),
    ("年代\nAge", 18),
    ("状況\nWhere now", 27),
    ("行き先\nDestination", 30),
    ("日時 ({zone})\nSince", 28),
)
_LISTED_STATES = ("in", "away", "out")


@dataclass(frozen=True, repr=False)
class AnpiEntry:
    """One consenting person as the list shows them."""

    person_id: str
    name: str
    kana: str
    sex: str
    age_band: str
    where: str
    destination: str
    since: datetime | None
    #: The person's language (their card's) and where they are now in English source text
    #: (marked ``Anpi``), for the printed list's second line.
    language: str = "ja"
    status: str = ""

    def __repr__(self) -> str:
        return f"AnpiEntry(person_id={self.person_id!r})"


@dataclass(frozen=True, repr=False)
class AnpiList:
    shelter: Shelter
    at: datetime
    entries: tuple[AnpiEntry, ...]
    #: The shelter's time zone: age bands are counted on its day and times printed on its clock.
    zone: str = DEFAULT_TIME_ZONE

    def __repr__(self) -> str:
        return f"AnpiList(entries={len(self.entries)})"


def age_band(birth: date | None, today: date) -> str:
    """``"70代"`` for 70–79, ``"10歳未満"`` under 10, ``"90歳以上"`` from 90, ``"不明"``."""
    age = age_on(birth, today)
    if age is None:
        return "不明"
    if age < 10:
        return "10歳未満"
    if age >= 90:
        return "90歳以上"
    return f"{age // 10 * 10}代"


#: Where a person is now, as the printed list says it in their language.
_STATUS = {
    "shelter": _N("Anpi", "At this shelter (inside)"),
    "vehicle": _N("Anpi", "At this shelter (in a vehicle)"),
    "home": _N("Anpi", "At this shelter (staying at home)"),
    "other": _N("Anpi", "At this shelter (elsewhere)"),
    "away": _N("Anpi", "Out for now"),
    "out": _N("Anpi", "Has left this shelter"),
}


def _status(person: Person) -> str:
    return _STATUS.get(person.stay if person.state == "in" else person.state, "")


def _where(person: Person) -> str:
    if person.state == "in":
        return f"在所（{STAY_JA.get(person.stay, person.stay)}）"
    return {"away": "外出中", "out": "退所"}.get(person.state, person.state)


def _destinations(store: Store) -> dict[str, str]:
    # SQLite returns the other columns of the row that holds max(at).
    rows = store.query(
        "SELECT person_id, destination, max(at) AS at FROM stay_event "
        "WHERE kind IN ('checkout', 'move') GROUP BY person_id"
    )
    return {r["person_id"]: r["destination"] for r in rows}


def anpi_list(store: Store, at: datetime, zone: str = DEFAULT_TIME_ZONE) -> AnpiList:
    """Everyone who consented to 安否 disclosure and came to the shelter, by reading; age
    bands on the shelter's day in ``zone``.

    Raises:
        NotFound: the store was never initialised.
    """
    placeholders = ", ".join("?" * len(_LISTED_STATES))
    persons = [
        p
        for p in rows_to_people(
            store.query(
                f"SELECT * FROM person WHERE state IN ({placeholders}) ORDER BY rowid",
                _LISTED_STATES,
            )
        )
        if ANPI_SCOPE in p.consent
    ]
    persons.sort(key=lambda p: (name_key(p.kana or p.name), name_key(p.name)))
    destinations = _destinations(store)
    today = local_date(at, zone)
    entries = tuple(
        AnpiEntry(
            person_id=p.id,
            name=p.name,
            kana=p.kana,
            sex=p.sex,
            age_band=age_band(p.birth, today),
            where=_where(p),
            destination=destinations.get(p.id, "") if p.state == "out" else "",
            since=p.state_since,
            language=p.language,
            status=_status(p),
        )
        for p in persons
    )
    return AnpiList(get_shelter(store), at, entries, zone)


def _cells(entry: AnpiEntry, zone: str) -> list[str]:
    return [
        entry.name,
        entry.kana,
        SEX_JA.get(entry.sex, entry.sex),
        entry.age_band,
        entry.where,
        entry.destination,
        local_time_text(entry.since, zone) if entry.since else "",
    ]


def _pdf_cells(entry: AnpiEntry, zone: str) -> list[str]:
    """The printed row: where the person is now also in their own language, under the
    Japanese (not for Japanese itself, nor when the language has no catalogue)."""
    cells = _cells(entry, zone)
    if entry.status and entry.language != "ja" and evacuee_language(entry.language):
        cells[4] += "\n" + translate_to(entry.language, "Anpi", entry.status)
    return cells


def anpi_csv(data: AnpiList, encoding: str = "utf-8", unencodable: str = "error") -> bytes:
    """The list as CSV bytes; see :func:`kiosk.exports.roster.encode_csv` for what it raises."""
    rows = [_cells(e, data.zone) for e in data.entries]
    return encode_csv(CSV_HEADINGS, rows, encoding, unencodable)


def anpi_pdf(data: AnpiList) -> tuple[bytes, int]:
    """The list as an A4 portrait PDF; returns (bytes, pages).

    Raises:
        FontMissing: no Japanese font is installed.
    """
    doc = TableDocument(
        "安否情報 Safety status", data.shelter, data.at, landscape=False, zone=data.zone
    )
    summary = (
        f"{len(data.entries)} 人：安否情報の開示に同意した人のみ "
        "Only people who consented to disclosure are listed"
    )
    add_script_fonts(doc, *{entry.language for entry in data.entries})
    rows = [(index, _pdf_cells(entry, data.zone)) for index, entry in enumerate(data.entries)]
    pdf = doc.table_pages(zoned_columns(_PDF_COLUMNS, data.at, data.zone), rows, summary)
    return pdf, doc.pages_count


def export_anpi(
    ctx: Context,
    path: Path,
    fmt: str = "csv",
    *,
    encoding: str = "utf-8",
    unencodable: str = "error",
    replace: bool = False,
) -> ExportResult:
    """Write the 安否情報 list to ``path`` as CSV or PDF (manager or admin only), audited;
    ``replace``: an existing file may be replaced.

    Raises:
        PermissionDenied: the acting role may not export.
        ValidationError: an unknown format, encoding or ``unencodable`` policy.
        UnencodableRow: Shift_JIS cannot hold a character of that row (with ``"error"``).
        FontMissing: a PDF was asked for and no Japanese font is installed.
        ExportFailed: the file could not be written; nothing is left behind.
        OutputRefused: the target is in the kiosk's home, not a regular file, or exists.
    """
    require_role(ctx, "export")
    if fmt not in ("csv", "pdf"):
        raise ValidationError("format", _N("KioskError", "Choose one of the listed values."))
    data = anpi_list(ctx.store, ctx.now(), ctx.zone)
    if fmt == "csv":
        body = anpi_csv(data, encoding, unencodable)
        return write_export(ctx, "anpi", path, body, len(data.entries), replace=replace)
    body, pages = anpi_pdf(data)
    return write_export(ctx, "anpi", path, body, len(data.entries), pages, replace=replace)
