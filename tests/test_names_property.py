"""Property tests of name normalisation: the key ignores what people vary without meaning to."""

from __future__ import annotations

import jaconv
from hypothesis import given
from hypothesis import strategies as st

from kiosk.registry.names import VARIANTS, name_key, parse_birth, phone_key

HIRAGANA = st.text(alphabet=st.characters(min_codepoint=0x3041, max_codepoint=0x3093), min_size=1)
KANJI = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1)
NAME = st.text(
    alphabet=st.characters(categories=("Lo", "Lu", "Ll", "Nd", "Zs"), max_codepoint=0xFFEF),
    max_size=30,
)


@given(NAME)
def test_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)


@given(HIRAGANA)
def test_hiragana_katakana_and_half_width_katakana_meet(text: str) -> None:
    katakana = jaconv.hira2kata(text)
    assert name_key(text) == name_key(katakana) == name_key(jaconv.z2h(katakana, kana=True))


@given(KANJI, KANJI)
def test_spaces_between_family_and_given_name_do_not_matter(family: str, given_name: str) -> None:
    assert (
        name_key(f"{family}{given_name}")
        == name_key(f"{family} {given_name}")
        == name_key(f"{family}\u3000{given_name}")
        == name_key(f" {family}  {given_name} ")
    )


@given(st.sampled_from(sorted(VARIANTS)), KANJI)
def test_variant_kanji_fold_to_the_common_form(variant: str, rest: str) -> None:
    assert name_key(variant + rest) == name_key(VARIANTS[variant] + rest)


@given(st.text(alphabet="0123456789", min_size=1, max_size=12))
def test_full_width_digits_and_hyphens_meet_in_phone_keys(digits: str) -> None:
    wide = jaconv.h2z(digits, digit=True)
    assert phone_key(wide) == phone_key("-".join(digits)) == digits


@given(st.dates())
def test_birth_dates_parse_in_every_written_form(day) -> None:  # type: ignore[no-untyped-def]
    if day.year < 1000:
        return
    forms = [
        day.isoformat(),
        day.strftime("%Y/%m/%d"),
        day.strftime("%Y%m%d"),
        f"{day.year}年{day.month}月{day.day}日",
    ]
    assert [parse_birth(f) for f in forms] == [day] * 4
