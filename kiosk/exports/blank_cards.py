"""Blank evacuee cards (避難者カード) to print in advance: the paper fallback for a power cut.

Owns the printed card's layout; the record of which cards were printed is
:mod:`kiosk.registry.paper_cards`. Each card is one
A4 page with every field of the evacuee card (DESIGN §4) as a box to fill by hand, in Japanese
with sub-labels in a second language (English unless another evacuee language is chosen:
the paper card of the evacuee's language next to Japanese, see :mod:`kiosk.basics.catalogues`),
and a pre-printed kiosk slip QR (``KSS1:``, signed with this kiosk's
key like any slip, see :mod:`kiosk.identity.slip`). The slip id is also printed in text, so a
torn code can still be typed.

Which slip ids were printed is kept in the store's ``draft`` table (kind ``blank_card``, id
``blank_card:<slip id>``; no personal data). When the card comes back filled, scanning its QR
verifies like any slip of this kiosk and :func:`kiosk.registry.paper_cards.find_blank_card`
recognises it as a pre-printed card, so the desk starts a "paper entry" and staff type the fields;
linking the slip id to the new person makes the same paper card the evacuee's slip from then on, and
:func:`kiosk.registry.paper_cards.mark_entered` notes on the card's record when it was entered (so
it is never entered twice; :func:`kiosk.reception.arrival.register_paper_card` does both in one
transaction).
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.access.staff import require_role
from kiosk.basics.catalogues import translate_to
from kiosk.basics.context import Context
from kiosk.basics.errors import ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.languages import evacuee_language
from kiosk.basics.local_time import DEFAULT_TIME_ZONE
from kiosk.exports.files import ExportResult, japanese_font, printed_time, write_export
from kiosk.exports.script_fonts import add_script_fonts, shape_if_needed
from kiosk.identity.render import render_png
from kiosk.identity.slip import issue_slip
from kiosk.operations.shelter import get_shelter, signing_key
from kiosk.reception.slip_validity import slip_stamp
from kiosk.registry.paper_cards import DRAFT_KIND
from kiosk.registry.records import Shelter
from kiosk.store import Store

if TYPE_CHECKING:
    from fpdf import FPDF

__all__ = [
    "MAX_CARDS",
    "BLANK_CARD_WARNING",
    "SlipCode",
    "new_slip_code",
    "blank_cards_pdf",
    "export_blank_cards",
]

MAX_CARDS = 1000
#: Said instead of the general warning: the printout is blank, the filled cards are not.
BLANK_CARD_WARNING = _N(
    "Export",
    "Blank cards hold no personal data, but filled-in cards do: collect them at reception "
    "and keep them locked away until they are entered.",
)

_INK = (0, 0, 0)
_GREY = (95, 95, 95)
_BAR = (45, 45, 45)
_LABEL_FILL = (236, 236, 236)
_LEFT = 10.0
_WIDTH = 190.0


@dataclass(frozen=True)
class SlipCode:
    """A slip id and the text of its signed QR code (nothing personal)."""

    slip_id: str
    text: str


def _slip_taken(store: Store, slip_id: str) -> bool:
    person = store.query_one("SELECT 1 FROM person WHERE slip_id = ?", (slip_id,))
    card = store.query_one("SELECT 1 FROM draft WHERE id = ?", (f"{DRAFT_KIND}:{slip_id}",))
    return person is not None or card is not None


def new_slip_code(ctx: Context) -> SlipCode:
    """A fresh slip of this shelter, signed with the kiosk key (the same code a printed slip
    carries), whose id belongs to no person and no earlier blank card.

    Raises:
        NotFound: the store was never initialised.
    """
    shelter_id = get_shelter(ctx.store).id
    key = signing_key(ctx.store)
    while True:  # 40 random bits: a clash is rare, and then simply drawn again
        slip, text = issue_slip(key, shelter_id, issued_at=slip_stamp(ctx.store, ctx.now()))
        if not _slip_taken(ctx.store, slip.slip_id):
            return SlipCode(slip.slip_id, text)


class _Card:
    """Drawing helpers for one card page; units are millimetres from the top-left corner."""

    def __init__(self, pdf: FPDF, language: str = "en") -> None:
        self.pdf = pdf
        self.language = language

    def say(self, english: str) -> str:
        """A sub-label (marked ``PaperCard``) in the card's second language."""
        return translate_to(self.language, "PaperCard", english)

    def text(
        self, x: float, y: float, text: str, size: float, color: tuple[int, int, int] = _INK
    ) -> float:
        """Write ``text`` with its top at ``y``; returns its width."""
        pdf = self.pdf
        shape_if_needed(pdf, text)
        pdf.set_font("jp", size=size)
        # fpdf2 2.8.9 keeps the font of the last fallback fragment (a Hangul or Thai sub-label)
        # as the page's current font and then sets the next Japanese label in the size it had
        # before: have it state font and size again for every text.
        pdf.current_font_is_set_on_page = False
        pdf.set_text_color(*color)
        pdf.set_xy(x, y)
        width = pdf.get_string_width(text)
        pdf.cell(width, size * 0.3528 * 1.15, text)
        pdf.set_text_color(*_INK)
        return float(width)

    def label(self, x: float, y: float, ja: str, en: str, size: float = 8.5) -> float:
        """A Japanese label with its English sub-label after it; returns the total width."""
        width = self.text(x, y, ja, size)
        width += self.text(x + width + 1.2, y + size * 0.09, self.say(en), size * 0.74, _GREY)
        return width + 1.2

    def box(self, x: float, y: float, w: float, h: float, ja: str, en: str, hint: str = "") -> None:
        """A box to write in, labelled at its top-left, with an optional grey guide at the
        bottom-right (e.g. 年 月 日)."""
        self.pdf.set_draw_color(*_INK)
        self.pdf.set_line_width(0.3)
        self.pdf.rect(x, y, w, h)
        self.label(x + 1.2, y + 0.8, ja, en, 7.5)
        if hint:
            self.pdf.set_font("jp", size=8.5)
            shape_if_needed(self.pdf, hint)
            width = self.pdf.get_string_width(hint)
            self.text(x + w - width - 2, y + h - 4.4, hint, 8.5, _GREY)

    def checkbox(self, x: float, y: float, ja: str, en: str, size: float = 8.5) -> float:
        """A square to tick with its label; returns the width used."""
        self.pdf.set_line_width(0.3)
        self.pdf.rect(x, y + 0.3, 3.4, 3.4)
        return 4.6 + self.label(x + 4.6, y, ja, en, size)

    def section(
        self, y: float, number: int, ja: str, en: str, note: tuple[str, str] | None = None
    ) -> float:
        """A dark bar with the section's title; returns the y below it."""
        pdf = self.pdf
        pdf.set_fill_color(*_BAR)
        pdf.rect(_LEFT, y, _WIDTH, 5.6, style="F")
        width = self.text(_LEFT + 1.5, y + 0.7, f"{number}  {ja}", 10, (255, 255, 255))
        self.text(_LEFT + 3 + width, y + 1.4, self.say(en), 7.5, (225, 225, 225))
        if note:
            note_text = f"{note[0]} {self.say(note[1])}"
            shape_if_needed(pdf, note_text)
            pdf.set_font("jp", size=7)
            self.text(
                _LEFT + _WIDTH - pdf.get_string_width(note_text) - 1.5,
                y + 1.3,
                note_text,
                7,
                (225, 225, 225),
            )
        return y + 5.6


_MEMBER_COLUMNS: tuple[tuple[str, str, float, str], ...] = (
    ("No.", "", 9, ""),
    ("続柄", _N("PaperCard", "Relationship"), 25, ""),
    ("氏名", _N("PaperCard", "Name"), 43, ""),
    ("ふりがな", _N("PaperCard", "Kana"), 43, ""),
    ("性別", _N("PaperCard", "Sex"), 24, "女F 男M 他X"),
    ("生年月日", _N("PaperCard", "Date of birth"), 46, "年　　月　　日"),
)
_NEEDS: tuple[tuple[str, str], ...] = (
    ("妊娠中", _N("PaperCard", "Pregnancy")),
    ("乳幼児", _N("PaperCard", "Infant")),
    ("障がい", _N("PaperCard", "Disability")),
    ("聴覚障がい", _N("PaperCard", "Hearing")),
    ("視覚障がい", _N("PaperCard", "Visual")),
    ("車いす", _N("PaperCard", "Wheelchair")),
    ("要介護", _N("PaperCard", "Nursing care")),
    ("病気", _N("PaperCard", "Illness")),
    ("服薬", _N("PaperCard", "Medication")),
    ("アレルギー", _N("PaperCard", "Allergy")),
    ("食事制限", _N("PaperCard", "Dietary needs")),
)
_RECIPIENTS: tuple[tuple[str, str], ...] = (
    ("家族", _N("PaperCard", "Family")),
    ("市役所", _N("PaperCard", "City")),
    ("自主防災組織", _N("PaperCard", "Neighbourhood group")),
    ("病院", _N("PaperCard", "Hospital")),
)


def _draw_card(card: _Card, shelter: Shelter, code: SlipCode) -> None:
    pdf = card.pdf
    pdf.add_page()
    # Title block, with the slip QR top right.
    qr = render_png(code.text, scale=8, border=4)
    pdf.image(io.BytesIO(qr.data), x=166, y=7, w=34, h=34)
    pdf.set_font("jp", size=8)
    slip_label = f"No. {code.slip_id}"
    shape_if_needed(pdf, slip_label)
    card.text(183 - pdf.get_string_width(slip_label) / 2, 41, slip_label, 8)
    width = card.text(_LEFT, 9, "避難者カード", 20)
    card.text(_LEFT + width + 3, 12.2, card.say(_N("PaperCard", "Evacuee card")), 11, _GREY)
    card.label(_LEFT, 19, f"避難所：{shelter.name}", _N("PaperCard", "Shelter"), 9.5)
    card.text(_LEFT, 24.6, "ご記入のうえ受付にお出しください。停電時などに手書きで使い、", 7.5)
    card.text(_LEFT, 28.0, "あとで職員がQRコードを読み取って入力します。", 7.5)
    card.text(
        _LEFT,
        31.6,
        card.say(
            _N(
                "PaperCard",
                "Fill in and hand to reception. Staff scan the QR code later to enter it.",
            )
        ),
        6.5,
        _GREY,
    )
    card.box(_LEFT, 35, 103, 10.5, "受付日時", _N("PaperCard", "Arrival"), "月　　日　　時　　分")
    card.box(_LEFT + 105, 35, 48, 10.5, "受付者", _N("PaperCard", "Staff"))

    y = card.section(48, 1, "世帯・連絡先", _N("PaperCard", "Household and contact"))
    card.box(_LEFT, y, _WIDTH, 10.5, "住所", _N("PaperCard", "Address"))
    y += 10.5
    card.box(_LEFT, y, 70, 10.5, "電話番号", _N("PaperCard", "Phone"))
    card.box(
        _LEFT + 70, y, 120, 10.5, "緊急連絡先（氏名・電話）", _N("PaperCard", "Emergency contact")
    )
    y += 12

    y = card.section(
        y,
        2,
        "避難する人",
        _N("PaperCard", "People"),
        ("1 が代表者", _N("PaperCard", "No. 1 is the representative")),
    )
    x = _LEFT
    header_h, row_h = 7.5, 9.4
    pdf.set_fill_color(*_LABEL_FILL)
    for ja, en, w, _ in _MEMBER_COLUMNS:
        pdf.rect(x, y, w, header_h, style="DF")
        card.text(x + 1.2, y + 0.5, ja, 8)
        if en:
            card.text(x + 1.2, y + 3.9, card.say(en), 6, _GREY)
        x += w
    y += header_h
    for row in range(1, 7):
        x = _LEFT
        for index, (_, _, w, hint) in enumerate(_MEMBER_COLUMNS):
            pdf.rect(x, y, w, row_h)
            if index == 0:
                card.text(x + 3, y + 2.6, str(row), 9)
            elif index == 1 and row == 1:
                card.text(x + 1.2, y + 1.2, "本人（代表）", 8)
                card.text(x + 1.2, y + 4.6, card.say(_N("PaperCard", "Representative")), 5.5, _GREY)
            elif hint:
                pdf.set_font("jp", size=8)
                shape_if_needed(pdf, hint)
                card.text(x + w - pdf.get_string_width(hint) - 1.5, y + 4.6, hint, 8, _GREY)
            x += w
        y += row_h
    y += 1.5

    y = card.section(y, 3, "滞在場所", _N("PaperCard", "Where you stay"))
    x = _LEFT + 1
    for ja, en in (
        ("避難所内", _N("PaperCard", "In the shelter")),
        ("車中泊", _N("PaperCard", "In a vehicle")),
        ("在宅", _N("PaperCard", "At home")),
        ("その他", _N("PaperCard", "Elsewhere")),
    ):
        x += card.checkbox(x, y + 1.4, ja, en, 9) + 8
    y += 6.6
    card.box(_LEFT, y, 60, 10.5, "車のナンバー", _N("PaperCard", "Number plate"))
    card.box(_LEFT + 60, y, 55, 10.5, "車種・色", _N("PaperCard", "Car type, colour"))
    card.box(_LEFT + 115, y, 75, 10.5, "その他の場所", _N("PaperCard", "Other place"))
    y += 12

    y = card.section(
        y,
        4,
        "配慮が必要なこと",
        _N("PaperCard", "Special needs"),
        ("該当する人の No. を記入", _N("PaperCard", "Write the No.")),
    )
    for index, (ja, en) in enumerate(_NEEDS):
        column, line = index % 4, index // 4
        cx, cy = _LEFT + 1 + column * 47.5, y + 1.3 + line * 6.4
        card.checkbox(cx, cy, ja, en, 8)
        pdf.set_line_width(0.2)
        pdf.rect(cx + 37, cy - 0.3, 9, 4.6)
        card.text(cx + 37.4, cy + 0.1, "No.", 5.5, _GREY)
    y += 1.3 + 3 * 6.4
    card.box(_LEFT, y, 47.5, 10.5, "要介護度", _N("PaperCard", "Care level"))
    card.box(_LEFT + 47.5, y, 47.5, 10.5, "病名", _N("PaperCard", "Illness"))
    card.box(_LEFT + 95, y, 47.5, 10.5, "服薬", _N("PaperCard", "Medication"))
    card.box(_LEFT + 142.5, y, 47.5, 10.5, "アレルギー", _N("PaperCard", "Allergies"))
    y += 10.5
    card.box(_LEFT, y, 95, 10.5, "食事の制限", _N("PaperCard", "Dietary needs"))
    card.box(
        _LEFT + 95,
        y,
        95,
        10.5,
        "話す言語",
        _N("PaperCard", "Language"),
        "日本語 ・ English ・ その他",
    )
    y += 12

    y = card.section(y, 5, "ペット・住まいの被害", _N("PaperCard", "Pets and damage to home"))
    card.box(_LEFT, y, 62, 10.5, "ペット（種類・数）", _N("PaperCard", "Pets: kind, number"))
    pdf.rect(_LEFT + 62, y, 128, 10.5)
    card.label(_LEFT + 63.2, y + 0.8, "住まいの被害", _N("PaperCard", "Damage to home"), 7.5)
    x = _LEFT + 64
    for ja, en in (
        ("なし", _N("PaperCard", "None")),
        ("一部損壊", _N("PaperCard", "Partial")),
        ("半壊", _N("PaperCard", "Half")),
        ("全壊", _N("PaperCard", "Total")),
        ("不明", _N("PaperCard", "Unknown")),
    ):
        x += card.checkbox(x, y + 5.4, ja, en, 8) + 3
    y += 12

    y = card.section(y, 6, "情報の提供への同意", _N("PaperCard", "Consent"))
    pdf.rect(_LEFT, y, _WIDTH, 9)
    card.text(
        _LEFT + 1.2, y + 0.8, "安否の問い合わせに、この避難所にいることを答えてよいですか", 8.5
    )
    card.text(
        _LEFT + 1.2,
        y + 4.7,
        card.say(_N("PaperCard", "May we tell people who ask about you that you are here?")),
        6.5,
        _GREY,
    )
    card.checkbox(_LEFT + 140, y + 2.6, "はい", _N("PaperCard", "Yes"), 9)
    card.checkbox(_LEFT + 163, y + 2.6, "いいえ", _N("PaperCard", "No"), 9)
    y += 9
    pdf.rect(_LEFT, y, _WIDTH, 15)
    card.text(_LEFT + 1.2, y + 0.8, "カードの情報を次の相手に提供することに同意します", 8)
    card.text(
        _LEFT + 1.2,
        y + 4.2,
        card.say(
            _N("PaperCard", "I agree that my card may be shared with (tick each that applies):")
        ),
        6,
        _GREY,
    )
    for index, (ja, en) in enumerate(_RECIPIENTS):
        cx = _LEFT + 1.2 + index * 47.2
        card.label(cx, y + 7.4, ja, en, 7.5)
        card.checkbox(cx, y + 10.9, "平常時", _N("PaperCard", "Peacetime"), 7)
        card.checkbox(cx + 23.6, y + 10.9, "災害時", _N("PaperCard", "Emergency"), 7)
    y += 17

    y = card.section(
        y,
        7,
        "職員記入欄",
        _N("PaperCard", "For staff"),
        ("入力したら線を引く", _N("PaperCard", "Strike through when entered")),
    )
    card.box(_LEFT, y, 50, 10.5, "入力日", _N("PaperCard", "Entered on"))
    card.box(_LEFT + 50, y, 45, 10.5, "入力者", _N("PaperCard", "Entered by"))
    card.box(_LEFT + 95, y, 95, 10.5, "備考", _N("PaperCard", "Notes"))


def blank_cards_pdf(
    shelter: Shelter,
    codes: Sequence[SlipCode],
    at: datetime,
    language: str = "en",
    zone: str = DEFAULT_TIME_ZONE,
) -> bytes:
    """One A4 portrait page per code: a blank evacuee card with its slip QR, labelled in
    Japanese with sub-labels in ``language`` (an evacuee language of
    :mod:`kiosk.basics.languages`; English for Japanese itself, whose labels are already there);
    the footer's print time is on the clock of the shelter's ``zone``.

    Raises:
        FontMissing: no Japanese font is installed.
    """
    from fpdf import FPDF  # here, not at import: the desk needs this module, not the PDF maker

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.add_font("jp", "", str(japanese_font()))
    pdf.set_auto_page_break(False)
    pdf.set_title(f"避難者カード Evacuee cards - {shelter.name}")
    pdf.set_creator("shelter-kiosk")
    pdf.set_creation_date(at)
    second = "en" if language == "ja" else language
    add_script_fonts(pdf, second)
    card = _Card(pdf, second)
    for number, code in enumerate(codes, start=1):
        _draw_card(card, shelter, code)
        printed = card.say(_N("PaperCard", "printed"))
        footer = f"{printed_time(at, zone)} 印刷 {printed} ・ {number} / {len(codes)}"
        pdf.set_font("jp", size=6.5)
        card.text(_LEFT, 289, footer, 6.5, _GREY)
    return bytes(pdf.output())


def export_blank_cards(
    ctx: Context, path: Path, count: int, overwrite: bool = False, language: str = "en"
) -> ExportResult:
    """Print ``count`` blank cards with fresh slip QRs to ``path`` and record their slip ids;
    ``overwrite``: an existing file may be replaced; ``language``: the sub-labels' language
    (an evacuee language code, see :func:`blank_cards_pdf`).

    Raises:
        PermissionDenied: the acting role may not export.
        ValidationError: ``count`` is not between 1 and :data:`MAX_CARDS`, or ``language`` is
            not an evacuee language.
        FontMissing: no Japanese font is installed.
        ExportFailed: the file could not be written; nothing is recorded or left behind.
        OutputRefused: the target is in the kiosk's home, not a regular file, or exists.
    """
    require_role(ctx, "export")
    if not 1 <= count <= MAX_CARDS:
        raise ValidationError(
            "quantity", _N("KioskError", "Enter a number from 1 to {limit}."), limit=MAX_CARDS
        )
    if evacuee_language(language) is None:
        raise ValidationError("language", _N("KioskError", "Use a language code such as ja or en."))
    at = ctx.now()
    codes: list[SlipCode] = []
    while len(codes) < count:  # none is recorded yet: keep ids unique within the batch too
        code = new_slip_code(ctx)
        if all(code.slip_id != c.slip_id for c in codes):
            codes.append(code)
    body = blank_cards_pdf(get_shelter(ctx.store), codes, at, language, ctx.zone)

    def record(export_id: str) -> None:
        for number, code in enumerate(codes, start=1):
            payload = {
                "slip_id": code.slip_id,
                "export_id": export_id,
                "printed_at": at.isoformat(),
                "number": number,
                "count": count,
            }
            ctx.store.execute(
                "INSERT INTO draft (id, kind, payload, updated_at) VALUES (?, ?, ?, ?)",
                (f"{DRAFT_KIND}:{code.slip_id}", DRAFT_KIND, json.dumps(payload), at.isoformat()),
            )

    result = write_export(ctx, "blank_cards", path, body, count, count, record, overwrite)
    return replace(result, warning=BLANK_CARD_WARNING)
