"""No personal data in plaintext anywhere under the kiosk home after a realistic session:
not in the database, its WAL or shared memory, journals, temp files or the key file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk.core import Kiosk
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import Needs, PersonDraft
from kiosk.registry.search import search
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER

SECRETS = [
    "佐藤 花子",
    "佐藤",
    "花子",
    "サトウ ハナコ",
    "サトウ",
    "さとう",
    "090-1234-5678",
    "09012345678",
    "会津若松市追手町5-1",
    "追手町",
    "Hanako Sato",
    "ピーナッツ",
]


def encodings(text: str) -> list[bytes]:
    forms = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    try:
        forms.append(text.encode("shift_jis"))
    except UnicodeEncodeError:
        pass
    return forms


def test_no_personal_data_in_any_file_under_the_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    kiosk = Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF)
    _, members = people.add_household(
        kiosk.ctx,
        [
            PersonDraft(
                name="佐藤 花子",
                kana="サトウ ハナコ",
                sex="F",
                birth=date(1950, 4, 1),
                phone="090-1234-5678",
                address="会津若松市追手町5-1",
                needs=Needs(flags=frozenset({"allergy"}), allergies="ピーナッツ"),
            ),
            PersonDraft(name="Hanako Sato", kana="さとう", sex="F", address="会津若松市追手町5-1"),
        ],
    )
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    assert [h.person.id for h in search(kiosk.store, "さとう はなこ")] == [members[0].id]
    checkin.check_out(kiosk.ctx, [members[1].id], "追手町の親戚宅")
    # Look while the store is still open (WAL and -shm present), then again after closing.
    for phase in ("open", "closed"):
        files = [p for p in home.rglob("*") if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files) or phase == "closed"
        leaks = [
            (p.name, secret)
            for p in files
            for secret in SECRETS
            if any(form in p.read_bytes() for form in encodings(secret))
        ]
        assert leaks == [], phase
        if phase == "open":
            kiosk.close()
