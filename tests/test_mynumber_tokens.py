"""My Number tokens that survive a stolen laptop (issue #13, item 3): a memory-hard token keyed by
the deployment secret, the secret kept in the key file and never in the database (nor in a
backup's database), old-format tokens still matching until their holder is checked in again.

Most tests use the production token cost (one Argon2id of 32 MiB per scan, as the kiosk does);
the ones that only check the function's definition pass a cheap :class:`TokenParams`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import shutil
import traceback
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kiosk.basics.errors import StoreCorrupt, ValidationError
from kiosk.core import Kiosk
from kiosk.identity import mynumber_token, read_mynumber
from kiosk.identity.errors import MyNumberCheckDigit
from kiosk.identity.mynumber import TOKEN_PARAMS, TokenParams, token_format
from kiosk.operations.shelter import mynumber_key
from kiosk.reception import arrival
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.registry.roster_cache import replace_roster
from kiosk.safety import backup
from kiosk.store import keyfile, open_store
from kiosk.store.schema import LATEST, MIGRATIONS, apply_migrations
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, FakeClock, run_cli

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "schema"
CHEAP = TokenParams(memory_kib=1024, iterations=1, lanes=1)
SECRET = bytes(range(32))
NUMBER = "123456789018"  # check digit valid (python-stdnum)
CITY_KEY = b"city-wide My Number key, 32 bytes+"


def hmac_token(number: str, secret: bytes) -> str:
    """The v1 token, as the kiosk made it before issue #13."""
    return hmac.new(secret, number.encode("ascii"), hashlib.sha256).hexdigest()


def tables_holding(database: Path, data_key: bytes, secret: bytes) -> list[str]:
    """Every ``table.column`` of the SQLCipher database whose value holds ``secret`` (as bytes,
    hex or base64), reading every row of every table with the data key."""
    conn = sqlcipher3.connect(str(database))
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    forms = (secret.hex(), base64.b64encode(secret).decode("ascii"))
    found = []
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row, strict=True):
                    held = (
                        secret in bytes(value)
                        if isinstance(value, bytes | memoryview)
                        else isinstance(value, str) and any(f in value for f in forms)
                    )
                    if held:
                        found.append(f"{table}.{column}")
    finally:
        conn.close()
    return found


# --- the function ------------------------------------------------------------------------


def test_the_token_is_argon2id_keyed_by_the_secret_not_hmac() -> None:
    direct = Argon2id(
        salt=b"shelter-kiosk/mynumber-token/v2",
        length=32,
        iterations=1,
        lanes=1,
        memory_cost=1024,
        secret=SECRET,
    ).derive(NUMBER.encode("ascii"))
    token = read_mynumber(NUMBER, SECRET, CHEAP)
    assert (token.token, token.legacy_token, token.lookups) == (
        "v2:" + direct.hex(),
        hmac_token(NUMBER, SECRET),
        ("v2:" + direct.hex(), hmac_token(NUMBER, SECRET)),
    )


def test_the_cost_parameters_are_part_of_the_token() -> None:
    """The production cost is what the token is made with by default (a cheaper one gives
    another token), and the secret is an input (another secret, another token)."""
    production = read_mynumber(NUMBER, SECRET).token
    assert (
        production == read_mynumber(NUMBER, SECRET, TOKEN_PARAMS).token,
        production == read_mynumber(NUMBER, SECRET, CHEAP).token,
        read_mynumber(NUMBER, SECRET, CHEAP).token == read_mynumber(NUMBER, CITY_KEY, CHEAP).token,
    ) == (True, False, False)


def test_the_documented_test_vector_is_what_the_kiosk_computes() -> None:
    """docs/mynumber-tokens.md gives the City OS a test vector: the production function must
    give exactly it (a change of salt, cost or encoding fails here before it fails a city)."""
    text = (REPO / "docs" / "mynumber-tokens.md").read_text("utf-8")
    secret_hex = re.search(r"secret \(hex\): `([0-9a-f]{64})`", text)
    number = re.search(r"number: `(\d{12})`", text)
    token = re.search(r"token: `(v2:[0-9a-f]{64})`", text)
    legacy = re.search(r"v1 token: `([0-9a-f]{64})`", text)
    assert secret_hex and number and token and legacy
    made = read_mynumber(number.group(1), bytes.fromhex(secret_hex.group(1)))
    assert (made.token, made.legacy_token, token_format(made.token)) == (
        token.group(1),
        legacy.group(1),
        "v2",
    )


def test_the_documented_parameters_are_the_productions() -> None:
    text = (REPO / "docs" / "mynumber-tokens.md").read_text("utf-8")
    documented = re.search(r"memory (\d+) KiB, (\d+) passes?, (\d+) lanes?, salt `([^`]+)`", text)
    assert documented is not None
    assert (
        TokenParams(int(documented[1]), int(documented[2]), int(documented[3])),
        documented[4].encode("ascii"),
    ) == (TOKEN_PARAMS, b"shelter-kiosk/mynumber-token/v2")


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        ("v2:" + "ab" * 32, "v2"),
        ("ab" * 32, "v1"),
        ("v2:" + "ab" * 31, None),
        ("v3:" + "ab" * 32, None),
        ("AB" * 32, None),
        ("", None),
        (None, None),
    ],
)
def test_token_formats_are_told_apart_by_shape(token: object, kind: str | None) -> None:
    assert token_format(token) == kind


def test_the_public_token_function_matches_a_scan_and_hides_a_bad_number() -> None:
    """``mynumber_token`` (what an IC-card reader calls) gives the scan's token; a refusal
    leaves no digit in any frame of its traceback."""
    assert mynumber_token(NUMBER, SECRET, CHEAP) == read_mynumber(NUMBER, SECRET, CHEAP).token
    with pytest.raises(MyNumberCheckDigit) as caught:
        mynumber_token("100000030258", SECRET, CHEAP)
    frames = [frame for frame, _ in traceback.walk_tb(caught.value.__traceback__)]
    exposed = " ".join(repr(v) for f in frames for v in f.f_locals.values())
    assert [f.f_code.co_name for f in frames][-2:] == ["mynumber_token", "read_mynumber"]
    assert "0003" not in exposed and "030258" not in exposed


# --- where the secret lives ---------------------------------------------------------------


def test_the_secret_given_at_init_is_in_the_key_file_and_in_no_table(tmp_path: Path) -> None:
    key_file = tmp_path / "city.key"
    key_file.write_bytes(CITY_KEY)
    home = tmp_path / "home"
    init = ("init", "--shelter-id", "S01", "--shelter-name", "体育館", "--capacity", "50")
    done = run_cli(*init, "--mynumber-key-file", str(key_file), home=home)
    assert done.returncode == 0, done.stderr
    data_key = keyfile.unlock_keyfile(home / "kiosk.key", PASSPHRASE)
    assert (
        keyfile.read_secret(home / "kiosk.key", data_key, keyfile.MYNUMBER_TOKEN_KEY),
        tables_holding(home / "kiosk.db", data_key, CITY_KEY),
    ) == (CITY_KEY, [])


def test_a_random_secret_is_made_in_the_key_file_too(kiosk: Kiosk) -> None:
    secret = mynumber_key(kiosk.store)
    data_key = kiosk.store.data_key()
    assert (
        len(secret),
        keyfile.read_secret(kiosk.store.paths.keyfile, data_key, keyfile.MYNUMBER_TOKEN_KEY),
        tables_holding(kiosk.store.paths.database, data_key, secret),
    ) == (32, secret, [])


def test_a_backup_database_does_not_hold_the_secret(tmp_path: Path, clock: FakeClock) -> None:
    """The backup's database has no row holding it; the backup's copy of the key file holds it
    only sealed (so a backup restored on a new laptop still matches tokens): no file of the
    backup has the secret's bytes in the clear."""
    kiosk = Kiosk.create(
        tmp_path / "home", PASSPHRASE, SHELTER, kdf=FAST_KDF, mynumber_key=CITY_KEY
    )
    made = backup.create_backup(kiosk.store, tmp_path / "backups", clock())
    data_key = kiosk.store.data_key()
    kiosk.close()
    raw = [
        f.name
        for f in made.path.iterdir()
        if any(form in f.read_bytes() for form in (CITY_KEY, CITY_KEY.hex().encode()))
    ]
    assert (tables_holding(made.path / "kiosk.db", data_key, CITY_KEY), raw) == ([], [])


def schema_2_store(home: Path, secret: bytes) -> bytes:
    """A copy of the released schema-2 fixture holding the My Number key in its ``secret``
    table, as the kiosk before issue #13 put it there (``store.set_secret`` on the first scan);
    returns the data key."""
    shutil.copytree(FIXTURES / "v2", home)
    data_key = keyfile.unlock_keyfile(home / "kiosk.key", "fixture")
    conn = sqlcipher3.connect(str(home / "kiosk.db"))
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    conn.execute("INSERT INTO secret (name, value) VALUES ('mynumber_token_key', ?)", (secret,))
    conn.commit()
    conn.close()
    return data_key


def test_an_old_store_moves_its_secret_to_the_key_file(tmp_path: Path) -> None:
    """A schema-2 store kept the key in its ``secret`` table: opening it moves the key to the
    key file and deletes it from the database — the same key, so the v1 tokens already stored
    still match."""
    home = tmp_path / "v2"
    data_key = schema_2_store(home, CITY_KEY)
    version_before = json.loads((home / "kiosk.key").read_text())["version"]
    assert tables_holding(home / "kiosk.db", data_key, CITY_KEY) == ["secret.value"]
    store = open_store(home, "fixture")
    try:
        assert (
            store.schema_version(),
            store.keyfile_secret(keyfile.MYNUMBER_TOKEN_KEY),
            mynumber_key(store),
            store.get_secret(keyfile.MYNUMBER_TOKEN_KEY),
        ) == (LATEST, CITY_KEY, CITY_KEY, None)
    finally:
        store.close()
    assert (
        version_before,
        json.loads((home / "kiosk.key").read_text())["version"],
        keyfile.unlock_keyfile(home / "kiosk.key", "fixture"),
        tables_holding(home / "kiosk.db", data_key, CITY_KEY),
    ) == (1, 2, data_key, [])


def test_a_move_cut_short_is_finished_and_a_foreign_key_file_is_refused(tmp_path: Path) -> None:
    """A crash after the key file got the secret and before the database dropped it: the next
    opening finishes. A key file holding another secret than the database: refused, nothing
    changed (the two files are of two stores)."""
    finished, foreign = tmp_path / "finished", tmp_path / "foreign"
    data_key = schema_2_store(finished, CITY_KEY)
    schema_2_store(foreign, CITY_KEY)
    keyfile.write_secret(finished / "kiosk.key", data_key, keyfile.MYNUMBER_TOKEN_KEY, CITY_KEY)
    keyfile.write_secret(foreign / "kiosk.key", data_key, keyfile.MYNUMBER_TOKEN_KEY, SECRET)
    store = open_store(finished, "fixture")
    moved = (store.schema_version(), store.get_secret(keyfile.MYNUMBER_TOKEN_KEY))
    store.close()
    with pytest.raises(StoreCorrupt) as refused:
        open_store(foreign, "fixture")
    assert (moved, refused.value.params["detail"]) == (
        (LATEST, None),
        "the key file and the database hold different secrets",
    )
    assert tables_holding(foreign / "kiosk.db", data_key, CITY_KEY) == ["secret.value"]


def test_the_migration_leaves_no_copy_of_the_secret_in_free_space(tmp_path: Path) -> None:
    """On plain SQLite of the same build (its pages readable as they are), the migration that
    moves the secret leaves the deleted key's bytes nowhere in the file: a backup copies
    pages, free parts included."""
    path = tmp_path / "plain.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA user_version = 0")

    for migration in MIGRATIONS[:2]:
        conn.execute("BEGIN")
        migration.apply(conn)
        conn.execute(f"PRAGMA user_version = {migration.number}")
        conn.execute("COMMIT")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO secret VALUES ('mynumber_token_key', ?)", (CITY_KEY,))
    conn.execute("INSERT INTO secret VALUES ('kiosk_signing_key', ?)", (b"s" * 32,))
    conn.execute("COMMIT")
    assert apply_migrations(conn) == [m.number for m in MIGRATIONS[2:]]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert CITY_KEY not in path.read_bytes()


def test_a_key_file_secret_of_another_store_is_refused(make_kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one = make_kiosk()
    other = make_kiosk(home=tmp_path / "other")
    shutil.copyfile(other.store.paths.keyfile, tmp_path / "other.key")
    with pytest.raises(StoreCorrupt) as refused:
        keyfile.read_secret(
            tmp_path / "other.key", one.store.data_key(), keyfile.MYNUMBER_TOKEN_KEY
        )
    assert refused.value.params == {"detail": "key file secret unreadable"}


# --- tokens keep matching ---------------------------------------------------------------


def register_with(kiosk: Kiosk, token: str) -> str:
    return people.add_person(
        kiosk.ctx, PersonDraft(name="見本 太郎", kana="ミホン タロウ", mynumber_token=token)
    ).id


def test_an_old_token_finds_its_person_and_is_upgraded_on_check_in(kiosk: Kiosk) -> None:
    old = hmac_token(NUMBER, mynumber_key(kiosk.store))
    person_id = register_with(kiosk, old)
    found = arrival.identify(kiosk.store, NUMBER, kiosk.ctx.now())
    new = found.mynumber.token if found.mynumber else ""
    admitted = arrival.admit(kiosk.ctx, found)
    again = arrival.identify(kiosk.store, NUMBER, kiosk.ctx.now())
    audit = kiosk.store.query(
        "SELECT action FROM audit WHERE record_id = ? ORDER BY seq", (person_id,)
    )
    outbox = kiosk.store.query(
        "SELECT payload FROM outbox WHERE record_id = ? ORDER BY seq", (person_id,)
    )
    assert (
        [p.id for p in found.known],
        admitted.person_ids,
        people.get_person(kiosk.store, person_id).mynumber_token,
        token_format(new),
        [p.id for p in again.known],
        [r["action"] for r in audit],
        f'"mynumber_token": "{new}"' in outbox[-1]["payload"],
    ) == (
        [person_id],
        (person_id,),
        new,
        "v2",
        [person_id],
        ["person.add", "person.token_upgrade"],
        True,
    )


def test_the_upgrade_and_the_check_in_land_together_or_not_at_all(kiosk: Kiosk) -> None:
    """The new token already taken (another desk registered the same card meanwhile): the
    check-in is refused with the upgrade, nothing is written."""
    secret = mynumber_key(kiosk.store)
    person_id = register_with(kiosk, hmac_token(NUMBER, secret))
    found = arrival.identify(kiosk.store, NUMBER, kiosk.ctx.now())
    register_with(kiosk, read_mynumber(NUMBER, secret).token)
    with pytest.raises(ValidationError):
        arrival.admit(kiosk.ctx, found)
    person = people.get_person(kiosk.store, person_id)
    assert (person.mynumber_token, person.state) == (hmac_token(NUMBER, secret), "registered")


def test_a_new_token_is_not_touched_on_check_in(kiosk: Kiosk) -> None:
    token = read_mynumber(NUMBER, mynumber_key(kiosk.store)).token
    person_id = register_with(kiosk, token)
    arrival.admit(kiosk.ctx, arrival.identify(kiosk.store, NUMBER, kiosk.ctx.now()))
    actions = [
        r["action"]
        for r in kiosk.store.query("SELECT action FROM audit WHERE record_id = ?", (person_id,))
    ]
    assert (
        people.get_person(kiosk.store, person_id).mynumber_token,
        actions.count("person.token_upgrade"),
    ) == (token, 0)


@pytest.mark.parametrize("old_format", [True, False], ids=["v1 roster", "v2 roster"])
def test_a_roster_token_of_either_format_prefills_the_card_with_the_new_one(
    kiosk: Kiosk, old_format: bool
) -> None:
    secret = mynumber_key(kiosk.store)
    new = read_mynumber(NUMBER, secret).token
    record = {
        "subject": "cityos-1",
        "name": "見本 花子",
        "emergencySharing": True,
        "mynumberToken": hmac_token(NUMBER, secret) if old_format else new,
    }
    refresh = replace_roster(kiosk.ctx, [record], kiosk.ctx.now())
    found = arrival.identify(kiosk.store, NUMBER, kiosk.ctx.now())
    assert (refresh.total, [d.mynumber_token for d in found.newcomers]) == (1, [new])


def test_tokens_still_match_after_a_passphrase_change(kiosk: Kiosk) -> None:
    home = kiosk.home
    person_id = register_with(kiosk, read_mynumber(NUMBER, mynumber_key(kiosk.store)).token)
    kiosk.close()
    done = run_cli(
        "passphrase",
        "change",
        home=home,
        extra_env={"KIOSK_NEW_PASSPHRASE": "another long passphrase"},
    )
    assert done.returncode == 0, done.stderr
    with Kiosk.open(home, "another long passphrase") as reopened:
        found = arrival.identify(reopened.store, NUMBER, reopened.ctx.now())
        assert [p.id for p in found.known] == [person_id]


def test_tokens_still_match_in_a_backup_restored_on_a_new_laptop(
    kiosk: Kiosk, tmp_path: Path, clock: FakeClock
) -> None:
    person_id = register_with(kiosk, read_mynumber(NUMBER, mynumber_key(kiosk.store)).token)
    made = backup.create_backup(kiosk.store, tmp_path / "usb", clock())
    kiosk.close()
    new_laptop = tmp_path / "new-laptop"
    new_laptop.mkdir()
    backup.restore_backup(new_laptop, made.path, PASSPHRASE, clock())
    with Kiosk.open(new_laptop, PASSPHRASE) as restored:
        found = arrival.identify(restored.store, NUMBER, restored.ctx.now())
        assert [p.id for p in found.known] == [person_id]


def test_a_key_too_long_for_the_key_file_is_refused_and_no_store_is_made(tmp_path: Path) -> None:
    """The key is sealed into the key file, which is capped (64 KiB): a key file given at init
    that would push it over must be refused, not make a store that never opens again."""
    big = tmp_path / "big.key"
    big.write_bytes(b"k" * 60_000)
    init = ("init", "--shelter-id", "S01", "--shelter-name", "体育館", "--capacity", "50")
    done = run_cli(*init, "--mynumber-key-file", str(big), home=tmp_path / "cli")
    with pytest.raises(ValidationError) as refused:
        Kiosk.create(tmp_path / "h", PASSPHRASE, SHELTER, kdf=FAST_KDF, mynumber_key=b"k" * 1025)
    assert (
        done.returncode,
        "at most 1024 bytes; it holds 60000" in done.stderr,
        (tmp_path / "cli" / "kiosk.db").exists(),
        refused.value.params["field"],
        (tmp_path / "h").exists(),
    ) == (1, True, False, "mynumber_key", False)
    with Kiosk.create(
        tmp_path / "max", PASSPHRASE, SHELTER, kdf=FAST_KDF, mynumber_key=b"k" * 1024
    ) as made:
        home = made.home
    with Kiosk.open(home, PASSPHRASE) as reopened:
        assert mynumber_key(reopened.store) == b"k" * 1024
