"""Search recall (#15 §8): variant kanji from the generated table (kiosk.registry.kanji_variants,
from
ja-itaiji filtered by Unihan readings) instead of a hand list; the spelling typed ranks first;
era dates and phone fragments find the person; stored keys follow a changed table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.names import name_key
from kiosk.registry.query_kind import phone_digits
from kiosk.registry.records import PersonDraft
from kiosk.registry.search import search
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER


def _add(kiosk: Kiosk, name: str, kana: str = "テスト", **fields: object) -> str:
    return people.add_person(kiosk.ctx, PersonDraft(name=name, kana=kana, **fields)).id  # type: ignore[arg-type]


def _names(kiosk: Kiosk, query: str) -> list[str]:
    return [hit.person.name for hit in search(kiosk.store, query)]


#: Families staff use interchangeably (#15): every spelling finds every other.
FAMILIES = [
    ("髙橋", "高橋"),
    ("山﨑", "山崎", "山嵜", "山碕"),
    ("齋藤", "斎藤", "齊藤", "斉藤"),
    ("渡邊", "渡邉", "渡辺"),
    ("澤田", "沢田"),
    ("濱田", "浜田", "濵田"),
    ("櫻井", "桜井"),
    ("德永", "徳永"),
    ("國分", "国分"),
    ("廣瀨", "広瀬"),
    ("小嶋", "小島", "小嶌"),
]


@pytest.mark.parametrize("family", FAMILIES, ids=[f[-1] for f in FAMILIES])
def test_every_spelling_of_a_family_finds_every_other(
    kiosk: Kiosk, family: tuple[str, ...]
) -> None:
    for n, spelling in enumerate(family):
        _add(kiosk, f"{spelling} {n}号")
    found = {query: sorted(_names(kiosk, query)) for query in family}
    everyone = sorted(f"{spelling} {n}号" for n, spelling in enumerate(family))
    assert found == {query: everyone for query in family}


@pytest.mark.parametrize(
    ("stored", "query"),
    # ja-itaiji lists these as variants, but they are different kanji in Japanese names.
    [("沢田 一", "途田"), ("浜田 一", "頻田"), ("広瀬 一", "奄瀬"), ("峰 一", "封")],
)
def test_characters_that_are_not_read_alike_do_not_meet(
    kiosk: Kiosk, stored: str, query: str
) -> None:
    _add(kiosk, stored)
    assert (name_key(stored[:2]) == name_key(query), _names(kiosk, query)) == (False, [])


def test_the_spelling_typed_ranks_first(kiosk: Kiosk) -> None:
    plain = _add(kiosk, "高橋 花子", "タカハシ ハナコ")
    _add(kiosk, "髙橋 一郎", "タカハシ イチロウ")
    checkin.check_in(kiosk.ctx, [plain])  # present people come first among equal spellings
    assert (_names(kiosk, "髙橋"), _names(kiosk, "高橋"), _names(kiosk, "髙橋 一郎")) == (
        ["髙橋 一郎", "高橋 花子"],
        ["高橋 花子", "髙橋 一郎"],
        ["髙橋 一郎"],
    )


@pytest.mark.parametrize(
    "query",
    [
        "5678",
        "５６７８",
        "1234-5678",
        "1234ー5678",
        "(090)1234-5678",
        "（０９０）１２３４－５６７８",
        "090 1234 5678",
        "+81 90-1234-5678",
        "+81-90-1234-5678",
    ],
)
def test_phone_fragments_find_the_person(kiosk: Kiosk, query: str) -> None:
    _add(kiosk, "電話 花子", phone="090-1234-5678")
    _add(kiosk, "別人 太郎", phone="090-9999-0000")
    assert _names(kiosk, query) == ["電話 花子"]


@pytest.mark.parametrize("query", ["(090)1234-5678", "（０９０）１２３４－５６７８", "1234ー5678"])
def test_the_kind_reported_is_the_kind_searched(kiosk: Kiosk, query: str) -> None:
    # The desk was told "name" for these (the kind rule allowed one non-digit besides ASCII
    # hyphens and spaces) while the search, with a rule of its own, looked up phone numbers.
    _add(kiosk, "電話 花子", phone="090-1234-5678")
    found = kiosk.search(kiosk.ctx, query)
    assert found.kind == "phone"
    assert [hit.person.name for hit in found.hits] == ["電話 花子"]


def test_what_is_not_a_phone_query() -> None:
    assert [phone_digits(q) for q in ("123", "佐藤 5678", "S55.5.12", "12-3", "090-1234")] == [
        None,
        None,
        None,
        None,
        "0901234",
    ]


@pytest.mark.parametrize("query", ["S55.5.12", "昭和55年5月12日", "Ｓ５５．５．１２", "1980/5/12"])
def test_era_dates_find_the_person(kiosk: Kiosk, query: str) -> None:
    _add(kiosk, "和暦 花子", birth=date(1980, 5, 12))
    _add(kiosk, "別人 太郎", birth=date(1955, 5, 12))
    assert _names(kiosk, query) == ["和暦 花子"]


def test_keys_made_with_another_variant_table_are_made_again_on_open(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF) as kiosk:
        _add(kiosk, "齋藤 一", "サイトウ ハジメ")
        # As the hand-written table left it: 齋 folded to 斎, which 斉藤 does not meet.
        with kiosk.store.atomic():
            kiosk.store.execute("UPDATE person SET name_key = '斎藤一'")
            kiosk.store.set_meta("name_keys_variants", "hand-list")
        assert _names(kiosk, "斉藤") == []
    with Kiosk.open(home, PASSPHRASE) as kiosk:
        assert _names(kiosk, "斉藤") == ["齋藤 一"]
