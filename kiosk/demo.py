"""Synthetic, clearly fake residents for demos, tests and benchmarks (`kiosk demo seed`).

Names are drawn from common Japanese family and given names so search behaves as in real life,
but every address is in the fictional デモ市 (Demo City) and every phone number starts with
000, which no Japanese number does. The generator is seeded: the same seed gives the same people.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from kiosk.context import Context
from kiosk.core import Kiosk
from kiosk.identity import dump_trust_list
from kiosk.identity.demo import demo_trust_list
from kiosk.people import add_household
from kiosk.records import HouseholdDraft, Needs, PersonDraft, Shelter
from kiosk.staff import add_staff
from kiosk.store.database import StorePaths
from kiosk.trust_store import import_trust
from kiosk.vocab import ANPI_SCOPE, CONSENT_SCOPES

__all__ = ["DEMO_SHELTER", "DEMO_PINS", "DEMO_PASSPHRASE", "seed", "open_demo_kiosk"]

#: The demo's staff PINs, printed on the demo screen: never use a demo store for real people.
DEMO_PINS: tuple[tuple[str, str, str], ...] = (
    ("受付 (demo)", "staff", "1111"),
    ("同期 (demo)", "operator", "2222"),
    ("所長 (demo)", "manager", "3333"),
)
DEMO_PASSPHRASE = "demo"

DEMO_SHELTER = Shelter(
    id="demo-shelter-01",
    name="デモ市立第一小学校 体育館",
    capacity=120,
    disaster_types=("earthquake", "flood"),
    location="デモ市中央1-1",
    latitude=37.4947,
    longitude=139.9298,
)

_FAMILY = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("髙橋", "タカハシ"),
    ("田中", "タナカ"),
    ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"),
    ("渡邊", "ワタナベ"),
    ("山本", "ヤマモト"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("加藤", "カトウ"),
    ("吉田", "ヨシダ"),
    ("山田", "ヤマダ"),
    ("佐々木", "ササキ"),
    ("山口", "ヤマグチ"),
    ("松本", "マツモト"),
    ("井上", "イノウエ"),
    ("木村", "キムラ"),
    ("林", "ハヤシ"),
    ("斎藤", "サイトウ"),
    ("清水", "シミズ"),
    ("山崎", "ヤマザキ"),
    ("山﨑", "ヤマザキ"),
    ("森", "モリ"),
    ("池田", "イケダ"),
    ("橋本", "ハシモト"),
    ("阿部", "アベ"),
    ("石川", "イシカワ"),
    ("遠藤", "エンドウ"),
    ("星", "ホシ"),
    ("会津", "アイヅ"),
]
_GIVEN_F = [
    ("花子", "ハナコ"),
    ("陽菜", "ヒナ"),
    ("結衣", "ユイ"),
    ("美咲", "ミサキ"),
    ("幸子", "サチコ"),
    ("和子", "カズコ"),
    ("恵子", "ケイコ"),
    ("さくら", "サクラ"),
    ("葵", "アオイ"),
    ("芽依", "メイ"),
]
_GIVEN_M = [
    ("太郎", "タロウ"),
    ("翔太", "ショウタ"),
    ("大輔", "ダイスケ"),
    ("健一", "ケンイチ"),
    ("蓮", "レン"),
    ("悠真", "ユウマ"),
    ("誠", "マコト"),
    ("茂", "シゲル"),
    ("浩", "ヒロシ"),
    ("湊", "ミナト"),
]
_TOWNS = ["中央", "栄町", "城東町", "一箕町", "門田町", "河東町", "北会津町"]


def _person(
    rng: random.Random, family: tuple[str, str], relationship: str, age: int, today: date
) -> PersonDraft:
    sex = rng.choice("FM")
    given = rng.choice(_GIVEN_F if sex == "F" else _GIVEN_M)
    birth = today - timedelta(days=age * 365 + rng.randrange(365))
    flags: set[str] = set()
    if age < 2:
        flags.add("infant")
    if age >= 75 and rng.random() < 0.4:
        flags.add(rng.choice(["care", "wheelchair", "medication", "hearing"]))
    if rng.random() < 0.05:
        flags.add("allergy")
    if sex == "F" and 20 <= age <= 40 and rng.random() < 0.05:
        flags.add("pregnancy")
    consent = set(rng.sample(CONSENT_SCOPES, rng.randrange(len(CONSENT_SCOPES) + 1)))
    if rng.random() < 0.7:
        consent.add(ANPI_SCOPE)
    return PersonDraft(
        name=f"{family[0]}\u3000{given[0]}",
        kana=f"{family[1]}\u3000{given[1]}",
        sex=sex,
        birth=birth,
        relationship=relationship,
        needs=Needs(
            flags=frozenset(flags),
            allergies="卵（デモ）" if "allergy" in flags else "",
            medication="降圧剤（デモ）" if "medication" in flags else "",
        ),
        consent=frozenset(consent),
    )


def _household(rng: random.Random, today: date) -> tuple[list[PersonDraft], HouseholdDraft]:
    family = rng.choice(_FAMILY)
    address = (
        f"デモ市{rng.choice(_TOWNS)}{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    )
    phone = f"000-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    stay = rng.choices(["shelter", "vehicle", "home"], weights=[80, 12, 8])[0]
    size = rng.choices([1, 2, 3, 4, 5], weights=[25, 30, 20, 18, 7])[0]
    rep_age = rng.randint(25, 90)
    members = [("self", rep_age)]
    if size >= 2:
        members.append(("spouse", max(20, rep_age + rng.randint(-5, 5))))
    for _ in range(size - len(members)):
        members.append(("child", max(0, rep_age - rng.randint(22, 40))))
    people = [
        replace(
            _person(rng, family, rel, age, today),
            address=address,
            phone=phone if rel == "self" else "",
            stay=stay,
            stay_detail="白の軽自動車（デモ）" if stay == "vehicle" else "",
        )
        for rel, age in members
    ]
    card = HouseholdDraft(
        vehicle_plate=f"デモ 500 あ {rng.randint(10, 99)}-{rng.randint(10, 99)}"
        if stay == "vehicle"
        else "",
        vehicle_type="軽自動車" if stay == "vehicle" else "",
        pets="犬" if rng.random() < 0.1 else "",
        pet_count=1 if rng.random() < 0.1 else 0,
        emergency_contact=f"000-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        note="DEMO",
    )
    return people, card


def seed(ctx: Context, people: int, rng_seed: int = 1) -> list[str]:
    """Add about ``people`` fake residents in households; returns the new household ids.

    Written in one transaction: a demo of 20,000 takes seconds, not minutes of fsyncs.
    """
    rng = random.Random(rng_seed)
    today = ctx.now().date()
    households = []
    added = 0
    with ctx.store.atomic():
        while added < people:
            members, card = _household(rng, today)
            members = members[: people - added]
            household, persons = add_household(ctx, members, card)
            households.append(household.id)
            added += len(persons)
    return households


def open_demo_kiosk(home: Path, passphrase: str = DEMO_PASSPHRASE, people: int = 200) -> Kiosk:
    """Open the demo kiosk in ``home``, creating it first if needed: the demo shelter, fake
    residents, the demo City OS trust list and the demo staff PINs."""
    if StorePaths(home).exists():
        return Kiosk.open(home, passphrase, actor="demo")
    kiosk = Kiosk.create(home, passphrase, DEMO_SHELTER, actor="demo")
    seed(kiosk.ctx, people)
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    for label, role, pin in DEMO_PINS:
        add_staff(kiosk.ctx, label, role, pin)
    return kiosk
