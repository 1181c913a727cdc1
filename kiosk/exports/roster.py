"""The reception roster (受付名簿): who is registered at the shelter, as CSV and as a printed PDF.

Owns the roster's rows, its columns and their Japanese headings, the CSV encodings and the
A4 table document (also used by the 安否 list). The roster lists the people who are currently
the shelter's responsibility — checked in (inside, in a vehicle, at home) or on temporary
leave — or, with ``include_all``, everyone ever registered. Households are numbered in arrival
order and keep their members together (the representative first), as on the paper roster.

Special needs appear as flags only ("wheelchair", "allergy"): the details (medication,
illness) stay on the card in the encrypted store, because a roster is printed and handed round.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError, ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.local_time import DEFAULT_TIME_ZONE, local_date
from kiosk.exports.files import (
    PRINTED_NOTICE,
    ExportResult,
    japanese_font,
    local_time_text,
    printed_time,
    write_export,
    zone_label,
)
from kiosk.operations.shelter import get_shelter
from kiosk.reception.status import checked_in_sql
from kiosk.registry.people import rows_to_people
from kiosk.registry.records import Person, Shelter
from kiosk.store import Store

__all__ = [
    "FORMATS",
    "ENCODINGS",
    "CSV_HEADINGS",
    "RosterRow",
    "Roster",
    "UnencodableRow",
    "TableDocument",
    "build_roster",
    "roster_csv",
    "roster_pdf",
    "export_roster",
    "encode_csv",
    "zoned_columns",
]

FORMATS: tuple[str, ...] = ("csv", "pdf")
#: "utf-8" is written with a byte-order mark so Excel opens it as UTF-8; "shift_jis" is
#: Microsoft's code page 932 (what Japanese Excel calls Shift_JIS: it holds 髙, 﨑, ① ...).
ENCODINGS: dict[str, str] = {"utf-8": "utf-8-sig", "shift_jis": "cp932"}
#: Written in place of a character Shift_JIS cannot hold, when asked to replace: the geta
#: mark, which Japanese typesetting has long used for "character not available".
GETA = "〓"

SEX_JA = {"F": "女", "M": "男", "X": "その他"}
STAY_JA = {"shelter": "避難所内", "vehicle": "車中泊", "home": "在宅", "other": "その他"}
STATE_JA = {"registered": "未入所", "in": "在所", "away": "外出中", "out": "退所"}
NEED_JA = {
    "pregnancy": "妊娠中",
    "infant": "乳幼児",
    "disability": "障がい",
    "hearing": "聴覚障がい",
    "visual": "視覚障がい",
    "wheelchair": "車いす",
    "care": "要介護",
    "illness": "疾病",
    "medication": "服薬",
    "allergy": "アレルギー",
    "dietary": "食事制限",
}
CSV_HEADINGS: tuple[str, ...] = (
    "世帯番号",
    "氏名",
    "ふりがな",
    "性別",
    "年齢",
    "滞在場所",
    "滞在場所の詳細",
    "状態",
    "要配慮",
    "入所日時",
    "世帯ID",
    "個人ID",
)
_PDF_COLUMNS: tuple[tuple[str, float], ...] = (
    ("世帯\nHousehold", 17),
    ("氏名\nName", 40),
    ("ふりがな\nKana", 40),
    ("性別\nSex", 11),
    ("年齢\nAge", 11),
    ("滞在場所\nStaying", 44),
    ("状態\nState", 16),
    ("要配慮\nSpecial needs", 52),
    ("入所日時 ({zone})\nChecked in", 30),
    ("確認\nCheck", 16),
)


class UnencodableRow(KioskError):
    """A value holds a character the chosen encoding cannot write. Names the row, not the text."""

    code = "unencodable"
    template = _N(
        "KioskError",
        "Row {row} ({column}) has a character Shift_JIS cannot hold. Export as UTF-8, or "
        "choose to replace such characters with 〓.",
    )


@dataclass(frozen=True, repr=False)
class RosterRow:
    """One person on the roster; ``household_no`` numbers households in arrival order."""

    household_no: int
    household_id: str
    person_id: str
    name: str
    kana: str
    sex: str
    age: int | None
    stay: str
    stay_detail: str
    state: str
    needs: tuple[str, ...]
    checked_in_at: datetime | None

    def __repr__(self) -> str:
        return f"RosterRow(person_id={self.person_id!r})"


@dataclass(frozen=True, repr=False)
class Roster:
    shelter: Shelter
    at: datetime
    rows: tuple[RosterRow, ...]
    #: The shelter's time zone: ages are counted on its day and times printed on its clock.
    zone: str = DEFAULT_TIME_ZONE

    @property
    def households(self) -> int:
        return len({row.household_id for row in self.rows})

    def __repr__(self) -> str:
        return f"Roster(rows={len(self.rows)})"


def _last_checkins(store: Store) -> dict[str, datetime]:
    rows = store.query(
        "SELECT person_id, max(at) AS at FROM stay_event WHERE kind = 'checkin' GROUP BY person_id"
    )
    return {r["person_id"]: datetime.fromisoformat(r["at"]) for r in rows}


def build_roster(
    store: Store, at: datetime, include_all: bool = False, zone: str = DEFAULT_TIME_ZONE
) -> Roster:
    """The roster as of ``at``: people checked in or on leave (or everyone, ``include_all``),
    their ages on the shelter's day in ``zone``.

    Raises:
        NotFound: the store was never initialised.
    """
    shelter = get_shelter(store)
    where = "" if include_all else f"WHERE {checked_in_sql('p.state')}"
    persons = rows_to_people(store.query(f"SELECT p.* FROM person p {where} ORDER BY p.rowid"))
    representatives = {
        r["id"]: r["representative_id"]
        for r in store.query("SELECT id, representative_id FROM household")
    }
    checkins = _last_checkins(store)
    by_household: dict[str, list[Person]] = {}
    for person in persons:
        by_household.setdefault(person.household_id, []).append(person)

    def arrival(members: list[Person]) -> str:
        times = [checkins[m.id].isoformat() for m in members if m.id in checkins]
        return min(times) if times else "~"  # never checked in: after everyone who was

    # Arrival order; households that arrived together keep their registration order.
    first_seen = {household_id: index for index, household_id in enumerate(by_household)}
    ordered = sorted(by_household.items(), key=lambda item: (arrival(item[1]), first_seen[item[0]]))
    today = local_date(at, zone)
    rows: list[RosterRow] = []
    for number, (household_id, members) in enumerate(ordered, start=1):
        rep = representatives.get(household_id)
        members.sort(key=lambda m: m.id != rep)  # stable: then registration order
        for m in members:
            rows.append(
                RosterRow(
                    household_no=number,
                    household_id=household_id,
                    person_id=m.id,
                    name=m.name,
                    kana=m.kana,
                    sex=m.sex,
                    age=m.age_on(today),
                    stay=m.stay,
                    stay_detail=m.stay_detail,
                    state=m.state,
                    needs=tuple(f for f in NEED_JA if f in m.needs.flags),
                    checked_in_at=checkins.get(m.id),
                )
            )
    return Roster(shelter, at, tuple(rows), zone)


def _time(at: datetime | None, zone: str) -> str:
    return local_time_text(at, zone) if at else ""


def zoned_columns(
    columns: Sequence[tuple[str, float]], at: datetime, zone: str
) -> list[tuple[str, float]]:
    """``columns`` with ``{zone}`` in a heading filled in with the zone's abbreviation (JST)."""
    label = zone_label(at, zone)
    return [(heading.replace("{zone}", label), width) for heading, width in columns]


def _csv_values(row: RosterRow, zone: str) -> list[str]:
    return [
        str(row.household_no),
        row.name,
        row.kana,
        SEX_JA.get(row.sex, row.sex),
        "" if row.age is None else str(row.age),
        STAY_JA.get(row.stay, row.stay),
        row.stay_detail,
        STATE_JA.get(row.state, row.state),
        "・".join(NEED_JA[f] for f in row.needs),
        _time(row.checked_in_at, zone),
        row.household_id,
        row.person_id,
    ]


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


#: What a spreadsheet reads as the start of a formula (OWASP "CSV Injection"): ``=``, ``+``,
#: ``-``, ``@``, tab and carriage return. Our CSVs carry a BOM so that Excel opens them at a
#: double click — a name typed or signed as ``=HYPERLINK(...)`` would run there.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_cell(value: str) -> str:
    """A cell a spreadsheet shows as the text it is: one that would start a formula gets a
    leading apostrophe (OWASP's rule; Excel and LibreOffice hide it and show the text)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def encode_csv(
    headings: Sequence[str],
    rows: Sequence[Sequence[str]],
    encoding: str = "utf-8",
    unencodable: str = "error",
) -> bytes:
    """CSV bytes (csv module, CRLF lines) in ``encoding`` (a key of :data:`ENCODINGS`).

    For Shift_JIS, a character it cannot hold either stops the export (``"error"``) or is
    written as 〓 (``"replace"``). Every cell goes through :func:`defuse_cell`: no cell
    starts a formula in a spreadsheet.

    Raises:
        ValidationError: an unknown encoding or ``unencodable`` policy.
        UnencodableRow: with ``"error"``, naming the first data row (1 = the row after the
            headings) and column that cannot be written; the text itself is not named.
    """
    if encoding not in ENCODINGS:
        raise ValidationError("encoding", _N("KioskError", "Choose one of the listed values."))
    if unencodable not in ("error", "replace"):
        raise ValidationError("unencodable", _N("KioskError", "Choose one of the listed values."))
    codec = ENCODINGS[encoding]
    checked: list[list[str]] = []
    for number, values in enumerate(rows, start=1):
        out = []
        for column, value in zip(headings, values, strict=True):
            if not _encodable(value, codec):
                if unencodable == "error":
                    raise UnencodableRow(row=number, column=column)
                value = "".join(ch if _encodable(ch, codec) else GETA for ch in value)
            out.append(defuse_cell(value))
        checked.append(out)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headings)
    writer.writerows(checked)
    return buffer.getvalue().encode(codec)


def roster_csv(data: Roster, encoding: str = "utf-8", unencodable: str = "error") -> bytes:
    """The roster as CSV bytes; see :func:`encode_csv` for encodings and what it raises."""
    rows = [_csv_values(r, data.zone) for r in data.rows]
    return encode_csv(CSV_HEADINGS, rows, encoding, unencodable)


class TableDocument(FPDF):
    """An A4 document of one table: title, shelter and export time on every page, the
    personal-data notice under them, and "page N / M" in the footer.

    Raises FontMissing (from :func:`japanese_font`) when no Japanese font is installed.
    """

    FONT = "jp"

    def __init__(
        self,
        title: str,
        shelter: Shelter,
        at: datetime,
        landscape: bool = True,
        zone: str = DEFAULT_TIME_ZONE,
    ):
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self.doc_title = title
        self.shelter_name = shelter.name
        self.printed_at = printed_time(at, zone)
        self.add_font(self.FONT, "", str(japanese_font()))
        self.set_margins(10, 10, 10)
        self.set_auto_page_break(True, margin=13)
        self.set_title(f"{title} - {shelter.name}")
        self.set_creator("shelter-kiosk")
        self.set_creation_date(at)
        self.set_font(self.FONT, size=9)

    def header(self) -> None:
        self.set_font(self.FONT, size=13)
        self.cell(0, 7, f"{self.doc_title}　{self.shelter_name}", new_x="LMARGIN", new_y="TOP")
        self.set_font(self.FONT, size=9)
        self.cell(0, 7, f"出力 Exported {self.printed_at}", align="R", new_x="LMARGIN")
        self.ln(7)
        self.set_font(self.FONT, size=7.5)
        self.set_text_color(150, 0, 0)
        self.cell(0, 4, PRINTED_NOTICE, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)
        self.set_font(self.FONT, size=9)

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(self.FONT, size=8)
        self.cell(0, 5, f"page {self.page_no()} / {{nb}}", align="C")

    def table_pages(
        self,
        columns: Sequence[tuple[str, float]],
        rows: Sequence[tuple[int, Sequence[str]]],
        summary: str,
    ) -> bytes:
        """Lay out ``rows`` (group number, cell texts) under ``columns`` (heading, width mm);
        rows of alternating groups are shaded so a household reads as one block."""
        self.add_page()
        self.cell(0, 6, summary, new_x="LMARGIN", new_y="NEXT")
        heading_style = FontFace(emphasis="", fill_color=(215, 215, 215), size_pt=8)
        shade = FontFace(fill_color=(228, 228, 228))
        with self.table(
            col_widths=tuple(w for _, w in columns),
            width=sum(w for _, w in columns),
            align="LEFT",
            text_align="LEFT",
            headings_style=heading_style,
            line_height=4.6,
            padding=(0.8, 1.2),
            repeat_headings=1,
        ) as table:
            table.row([heading for heading, _ in columns])
            for group, cells in rows:
                row = table.row(style=shade if group % 2 == 0 else None, min_height=7)
                for text in cells:
                    row.cell(text)
        return bytes(self.output())


def _pdf_cells(row: RosterRow, zone: str) -> list[str]:
    stay = STAY_JA.get(row.stay, row.stay)
    if row.stay_detail:
        stay = f"{stay}\n{row.stay_detail}"
    return [
        str(row.household_no),
        row.name,
        row.kana,
        SEX_JA.get(row.sex, row.sex),
        "" if row.age is None else str(row.age),
        stay,
        STATE_JA.get(row.state, row.state),
        "・".join(NEED_JA[f] for f in row.needs),
        _time(row.checked_in_at, zone),
        "",
    ]


def roster_pdf(data: Roster) -> tuple[bytes, int]:
    """The roster as an A4 landscape PDF (IPAGothic embedded); returns (bytes, pages).

    Raises:
        FontMissing: no Japanese font is installed.
    """
    doc = TableDocument("受付名簿 Reception roster", data.shelter, data.at, zone=data.zone)
    summary = f"{len(data.rows)} 人 people ・ {data.households} 世帯 households"
    pdf = doc.table_pages(
        zoned_columns(_PDF_COLUMNS, data.at, data.zone),
        [(r.household_no, _pdf_cells(r, data.zone)) for r in data.rows],
        summary,
    )
    return pdf, doc.pages_count


def export_roster(
    ctx: Context,
    path: Path,
    fmt: str = "csv",
    *,
    encoding: str = "utf-8",
    unencodable: str = "error",
    include_all: bool = False,
    replace: bool = False,
) -> ExportResult:
    """Write the roster to ``path`` as CSV or PDF (manager or admin only), audited;
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
    if fmt not in FORMATS:
        raise ValidationError("format", _N("KioskError", "Choose one of the listed values."))
    data = build_roster(ctx.store, ctx.now(), include_all, ctx.zone)
    if fmt == "csv":
        body = roster_csv(data, encoding, unencodable)
        return write_export(ctx, "roster", path, body, len(data.rows), replace=replace)
    body, pages = roster_pdf(data)
    return write_export(ctx, "roster", path, body, len(data.rows), pages, replace=replace)
