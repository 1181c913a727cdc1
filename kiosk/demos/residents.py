"""Synthetic, clearly fake residents for demos, tests and benchmarks (`kiosk demo seed`).

Names are drawn from common Japanese family and given names so search behaves as in real life,
but every address is in the fictional デモ市 (Demo City) and every phone number starts with
000, which no Japanese number does. The generator is seeded: the same seed gives the same people.

The demo shelter also holds a **demo City OS's sealed-bundle keys** (:func:`demo_cityos_keys`),
so "Write sealed bundle…" works in the demo. Like the demo issuer keys they are derived from
public seed strings, their key ids say "demo", and they protect nothing: a bundle sealed to
them can be opened by anyone who has this source code. Never give them to a real shelter.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk.access.staff import add_staff
from kiosk.basics.context import Context
from kiosk.city.trust_store import cityos_bundle_keys, import_trust, store_cityos_bundle_keys
from kiosk.core import Kiosk
from kiosk.identity import dump_trust_list
from kiosk.identity.demo import demo_trust_list
from kiosk.registry.people import add_household
from kiosk.registry.records import HouseholdDraft, Needs, PersonDraft, Shelter
from kiosk.registry.vocab import ANPI_SCOPE, CONSENT_SCOPES
from kiosk.store.database import StorePaths

__all__ = [
    "DEMO_SHELTER",
    "DEMO_PINS",
    "DEMO_PASSPHRASE",
    "DEMO_CITYOS_ENC_KID",
    "DEMO_CITYOS_SIG_KID",
    "seed",
    "demo_cityos_keys",
    "demo_cityos_jwks",
    "open_demo_kiosk",
]

#: The demo's staff PINs, printed on the demo screen: never use a demo store for real people.
DEMO_PINS: tuple[tuple[str, str, str], ...] = (
    ("受付 (demo)", "staff", "1111"),
    ("同期 (demo)", "operator", "2222"),
    ("所長 (demo)", "manager", "3333"),
)
DEMO_PASSPHRASE = "demo"
#: Key ids of the demo City OS's bundle keys: a bundle or receipt names its key, so a demo
#: bundle that reached a real City OS would be recognised and refused at once.
DEMO_CITYOS_ENC_KID = "demo-cityos-bundle-enc (DEMO, not secret)"
DEMO_CITYOS_SIG_KID = "demo-cityos-receipt-sig (DEMO, not secret)"
# The order of the P-256 group: a private scalar is in [1, order - 1].
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551

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
    today = ctx.today()
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


def _seed_bytes(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def demo_cityos_keys() -> tuple[ec.EllipticCurvePrivateKey, Ed25519PrivateKey]:
    """The demo City OS's private keys: P-256 for bundles (ECDH-ES) and Ed25519 for receipts.
    Derived from public strings, so the same on every machine; the demo's "City OS side"
    (tests, a trainer showing the receipt step) opens bundles and signs receipts with them."""
    scalar = int.from_bytes(_seed_bytes("shelter-kiosk demo City OS bundle key"), "big")
    enc = ec.derive_private_key(scalar % (_P256_ORDER - 1) + 1, ec.SECP256R1())
    sig = Ed25519PrivateKey.from_private_bytes(_seed_bytes("shelter-kiosk demo City OS receipts"))
    return enc, sig


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def demo_cityos_jwks() -> str:
    """The demo City OS's *public* keys as the JWKS a real City OS hands out (RFC 7517), in the
    form ``sync.bundle.set_cityos_keys`` accepts: one ``use: enc`` P-256 key, one ``use: sig``
    Ed25519 key."""
    enc, sig = demo_cityos_keys()
    numbers = enc.public_key().public_numbers()
    raw_sig = sig.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    keys = [
        {
            "kty": "EC",
            "crv": "P-256",
            "x": _b64(numbers.x.to_bytes(32, "big")),
            "y": _b64(numbers.y.to_bytes(32, "big")),
            "use": "enc",
            "kid": DEMO_CITYOS_ENC_KID,
        },
        {
            "kty": "OKP",
            "crv": "Ed25519",
            "x": _b64(raw_sig),
            "use": "sig",
            "kid": DEMO_CITYOS_SIG_KID,
        },
    ]
    return json.dumps({"keys": keys})


def open_demo_kiosk(home: Path, passphrase: str = DEMO_PASSPHRASE, people: int = 200) -> Kiosk:
    """Open the demo kiosk in ``home``, creating it first if needed: the demo shelter, fake
    residents, the demo City OS trust list and bundle keys, and the demo staff PINs. A demo
    store made before the demo had bundle keys gets them when it is opened."""
    if StorePaths(home).exists():
        kiosk = Kiosk.open(home, passphrase, actor="demo")
        is_demo = kiosk.store.get_meta("shelter_id") == DEMO_SHELTER.id  # never a real store
        if is_demo and cityos_bundle_keys(kiosk.store) is None:
            store_cityos_bundle_keys(kiosk.ctx, demo_cityos_jwks())
        return kiosk
    kiosk = Kiosk.create(home, passphrase, DEMO_SHELTER, actor="demo")
    seed(kiosk.ctx, people)
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    store_cityos_bundle_keys(kiosk.ctx, demo_cityos_jwks())
    for label, role, pin in DEMO_PINS:
        add_staff(kiosk.ctx, label, role, pin)
    return kiosk
