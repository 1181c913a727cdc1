"""Search by name (kanji, kana, widths, spaces, variant kanji), phone and birth date."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.core import Kiosk
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.registry.search import search


@pytest.fixture
def roster(kiosk: Kiosk) -> dict[str, str]:
    entries = {
        "hanako": PersonDraft(
            name="佐藤 花子",
            kana="サトウ ハナコ",
            sex="F",
            birth=date(1950, 4, 1),
            phone="000-1234-5678",
        ),
        "satoshi": PersonDraft(
            name="佐藤 聡", kana="サトウ サトシ", sex="M", birth=date(1980, 1, 1)
        ),
        "kosato": PersonDraft(name="小佐藤 誠", kana="コサトウ マコト", sex="M"),
        "takahashi": PersonDraft(name="髙橋 一郎", kana="タカハシ イチロウ", sex="M"),
        "yamazaki": PersonDraft(name="山﨑 葵", kana="ヤマザキ アオイ", sex="F"),
    }
    ids = {key: people.add_person(kiosk.ctx, d).id for key, d in entries.items()}
    return ids


def names(kiosk: Kiosk, query: str) -> list[str]:
    return [hit.person.name for hit in search(kiosk.store, query)]


@pytest.mark.parametrize(
    "query",
    ["佐藤 花子", "佐藤花子", "佐藤　花子", "さとう はなこ", "サトウハナコ", "ｻﾄｳ ﾊﾅｺ", "はなこ"],
)
def test_a_name_is_found_in_any_script_width_or_spacing(kiosk: Kiosk, roster, query: str) -> None:
    assert names(kiosk, query) == ["佐藤 花子"]


@pytest.mark.parametrize(
    ("query", "expected"), [("高橋", "髙橋 一郎"), ("山崎", "山﨑 葵"), ("髙橋", "髙橋 一郎")]
)
def test_variant_kanji_meet(kiosk: Kiosk, roster, query: str, expected: str) -> None:
    assert names(kiosk, query) == [expected]


def test_ranking_puts_prefix_before_contains_and_present_people_first(kiosk: Kiosk, roster) -> None:
    checkin.check_in(kiosk.ctx, [roster["satoshi"]])
    assert names(kiosk, "佐藤") == ["佐藤 聡", "佐藤 花子", "小佐藤 誠"]


def test_phone_and_birth_date(kiosk: Kiosk, roster) -> None:
    assert (names(kiosk, "000-1234-5678"), names(kiosk, "５６７８"), names(kiosk, "1950/4/1")) == (
        ["佐藤 花子"],
        ["佐藤 花子"],
        ["佐藤 花子"],
    )


def test_blank_or_unmatched_queries_find_nobody(kiosk: Kiosk, roster) -> None:
    assert (names(kiosk, "   "), names(kiosk, "鈴木")) == ([], [])
