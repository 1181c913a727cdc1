"""The evacuee languages in the core: one list of codes and own names, the card accepts
every one of them (やさしい日本語 as ``ja-x-easy``), a language chosen at self check-in is written
on the card with the check-in (and its outbox entry), eras convert both ways."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from kiosk.basics.catalogues import translate_to
from kiosk.basics.eras import era_of, last_era_year, western_year
from kiosk.basics.errors import ValidationError
from kiosk.basics.languages import (
    EVACUEE_CONTEXTS,
    EVACUEE_LANGUAGES,
    evacuee_language,
    language_codes,
)
from kiosk.city.outbox import entries
from kiosk.city.trust_store import import_trust
from kiosk.core import Kiosk
from kiosk.exports import export_anpi, export_blank_cards
from kiosk.identity.demo import demo_app_codes, demo_trust_list
from kiosk.identity.trust import dump_trust_list
from kiosk.operations.survey import SURVEY_LANGUAGES
from kiosk.reception import checkin
from kiosk.reception.arrival import admit, identify
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.registry.vocab import ANPI_SCOPE


def test_twelve_languages_besides_japanese_each_named_in_itself() -> None:
    assert [(lang.code, lang.name) for lang in EVACUEE_LANGUAGES] == [
        ("ja", "日本語"),
        ("ja-x-easy", "やさしい にほんご"),
        ("en", "English"),
        ("zh-Hans", "简体中文"),
        ("zh-Hant", "繁體中文"),
        ("ko", "한국어"),
        ("vi", "Tiếng Việt"),
        ("pt", "Português"),
        ("fil", "Filipino"),
        ("ne", "नेपाली"),
        ("id", "Bahasa Indonesia"),
        ("th", "ภาษาไทย"),
        ("es", "Español"),
    ]
    assert SURVEY_LANGUAGES == language_codes()


def test_codes_written_before_the_list_are_read_as_the_language_they_meant() -> None:
    found = {c: getattr(evacuee_language(c), "code", None) for c in ("zh", "tl", "vi", "xx", "")}
    assert found == {"zh": "zh-Hans", "tl": "fil", "vi": "vi", "xx": None, "": None}


@pytest.mark.parametrize("code", language_codes())
def test_the_card_accepts_every_evacuee_language(kiosk: Kiosk, code: str) -> None:
    person = people.add_person(kiosk.ctx, PersonDraft(name="見本 一郎", language=code))
    assert people.get_person(kiosk.store, person.id).language == code


@pytest.mark.parametrize("code", ["japanese", "ja-x-", "ja-x-toolongvalue", "JA"])
def test_the_card_refuses_what_is_not_a_language_tag(kiosk: Kiosk, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        people.add_person(kiosk.ctx, PersonDraft(name="見本 一郎", language=code))
    assert refused.value.field == "language"


def test_a_language_chosen_at_self_checkin_is_written_on_every_card_checked_in(
    kiosk: Kiosk,
) -> None:
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    text = next(c.text for c in demo_app_codes(kiosk.ctx.now()) if not c.expected_error)
    found = identify(kiosk.store, text, kiosk.ctx.now())
    first = admit(kiosk.ctx, found, via="self", language="th")
    again = identify(kiosk.store, text, kiosk.ctx.now())
    assert {p.language for p in again.known} == {"th"}
    known_ids = [p.id for p in again.known]
    # Known people: a later choice replaces the language, in the same transaction as the
    # check-in, and goes to the City OS with the card.
    before = len(entries(kiosk.store))
    people_ids = admit(kiosk.ctx, again, known_ids, via="self", language="ja-x-easy").person_ids
    assert {people.get_person(kiosk.store, i).language for i in people_ids} == {"ja-x-easy"}
    assert len(entries(kiosk.store)) > before
    assert set(first.person_ids) == set(people_ids)


@pytest.mark.parametrize(
    ("day", "era", "year"),
    [
        (date(1973, 5, 3), "昭和", 48),
        (date(1989, 1, 7), "昭和", 64),
        (date(1989, 1, 8), "平成", 1),
        (date(2019, 5, 1), "令和", 1),
        (date(1926, 12, 24), "大正", 15),
    ],
)
def test_eras_convert_both_ways(day: date, era: str, year: int) -> None:
    found = era_of(day)
    assert found is not None
    assert ((found[0].name, found[1]), western_year(era, year)) == ((era, year), day.year)


def test_an_era_year_outside_the_era_is_refused() -> None:
    with pytest.raises(ValueError):
        western_year("平成", 32)
    assert last_era_year("令和", date(2026, 12, 2)) == 8


# --- printed in the evacuee's language next to Japanese --------------------------------------


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def pdf_fonts(path: Path) -> str:
    return subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def test_translate_to_reads_the_catalogues_without_qt() -> None:
    said = [translate_to(code, "PaperCard", "Address") for code in ("ja-x-easy", "ko", "es", "en")]
    assert said == ["じゅうしょ", "주소", "Dirección", "Address"]


def test_blank_cards_print_the_chosen_language_next_to_japanese(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    export_blank_cards(kiosk.ctx, tmp_path / "ko.pdf", 1, language="ko")
    export_blank_cards(kiosk.ctx, tmp_path / "en.pdf", 1)
    korean, english = pdf_text(tmp_path / "ko.pdf"), pdf_text(tmp_path / "en.pdf")
    assert ("避難者カード 피난자 카드" in korean, "住所 주소" in korean) == (True, True)
    assert ("避難者カード Evacuee card" in english, "주소" in english) == (True, False)


@pytest.mark.parametrize(
    ("language", "font"), [("ne", "NotoSansDevanagari"), ("th", "NotoSansThai")]
)
def test_cards_in_nepali_and_thai_carry_their_script_font(
    kiosk: Kiosk, tmp_path: Path, language: str, font: str
) -> None:
    target = tmp_path / f"{language}.pdf"
    export_blank_cards(kiosk.ctx, target, 1, language=language)
    assert font in pdf_fonts(target)


def test_blank_cards_refuse_a_language_without_a_catalogue(kiosk: Kiosk, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        export_blank_cards(kiosk.ctx, tmp_path / "x.pdf", 1, language="xx")
    assert (refused.value.field, (tmp_path / "x.pdf").exists()) == ("language", False)


def test_the_anpi_list_says_where_each_person_is_in_their_own_language(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    ctx = kiosk.ctx
    consent = frozenset({ANPI_SCOPE})
    added = [
        people.add_person(ctx, PersonDraft(name=n, kana=k, language=lang, consent=consent))
        for n, k, lang in (
            ("見本 花子", "ミホン ハナコ", "ja"),
            ("グエン ヴァン アン", "グエン ヴァン アン", "vi"),
        )
    ]
    checkin.check_in(ctx, [p.id for p in added])
    export_anpi(ctx, tmp_path / "anpi.pdf", "pdf")
    export_anpi(ctx, tmp_path / "anpi.csv", "csv")
    text = "".join(pdf_text(tmp_path / "anpi.pdf").split())  # cells wrap: compare unspaced
    assert "Ởnơisơtánnày(bêntrong)" in text
    assert text.count("在所（避難所内）") == 2
    assert "Ở nơi" not in (tmp_path / "anpi.csv").read_text(encoding="utf-8-sig")


def test_the_translations_doc_lists_every_language_with_its_own_name() -> None:
    """docs/translations.md's table drifts from kiosk/basics/languages.py: this fails."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "translations.md").read_text(
        encoding="utf-8"
    )
    table = doc.split("## Languages and codes")[1].split("\n## ")[0]
    rows = {
        line.split("|")[1].strip().strip("`"): line.split("|")[2].strip()
        for line in table.splitlines()
        if line.startswith("| `")
    }
    assert rows == {lang.code: lang.name for lang in EVACUEE_LANGUAGES}


def test_the_translations_doc_lists_every_evacuee_context() -> None:
    """docs/translations.md's "What is evacuee-facing" table drifts from
    kiosk.basics.languages.EVACUEE_CONTEXTS: this fails."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "translations.md").read_text(
        encoding="utf-8"
    )
    table = doc.split("## What is evacuee-facing")[1].split("\n## ")[0]
    listed = [
        name.strip().strip("`")
        for line in table.splitlines()
        if line.startswith("| `")
        for name in line.split("|")[1].split(",")
    ]
    assert sorted(listed) == sorted(EVACUEE_CONTEXTS)
