"""The evacuee languages in the core: one list of codes and own names, the card accepts
every one of them (やさしい日本語 as ``ja-x-easy``), a language chosen at self check-in is written
on the card with the check-in (and its outbox entry), eras convert both ways."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk import people
from kiosk.arrival import admit, identify
from kiosk.core import Kiosk
from kiosk.eras import era_of, last_era_year, western_year
from kiosk.errors import ValidationError
from kiosk.identity.demo import demo_app_codes, demo_trust_list
from kiosk.identity.trust import dump_trust_list
from kiosk.languages import EVACUEE_LANGUAGES, evacuee_language, language_codes
from kiosk.outbox import entries
from kiosk.records import PersonDraft
from kiosk.survey import SURVEY_LANGUAGES
from kiosk.trust_store import import_trust


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
