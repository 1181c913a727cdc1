"""Numbered schema migrations of the kiosk database.

Layer two of the store (records and migrations). Each migration is a named step with a number;
it runs in its own transaction together with the bump of ``PRAGMA user_version``, so a crash
leaves the store either before or after a step, never half-way. A store whose version is newer
than :data:`LATEST` is refused (the kiosk that opens it would not know its tables).

A fixture database of every released schema version lives in ``tests/fixtures/schema/``; the
test suite opens each and checks it upgrades to :data:`LATEST`. Never edit a released step:
add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from kiosk.store.keyfile import MYNUMBER_TOKEN_KEY

__all__ = [
    "Migration",
    "MIGRATIONS",
    "LATEST",
    "KEYFILE_SECRETS",
    "MOVED_TO_KEYFILE",
    "pending",
    "apply_migrations",
    "run_script",
]

#: sqlcipher3 ships no type information; its connection is typed loosely here.
Connection = Any


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    apply: Callable[[Connection], None]


def run_script(conn: Connection, script: str) -> None:
    """Run ``script`` statement by statement inside the caller's transaction.

    ``executescript`` would COMMIT the open transaction first, breaking the promise that a
    migration and its version bump land together.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlcipher3.complete_statement(statement):
            if statement.strip():
                conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement at the end of a migration script")


def _m001_initial(conn: Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- Secrets of this deployment (My Number token key, kiosk signing key, client secret).
        CREATE TABLE secret (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL
        );
        CREATE TABLE shelter (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            capacity INTEGER NOT NULL CHECK (capacity >= 0),
            disaster_types TEXT NOT NULL DEFAULT '[]',
            location TEXT NOT NULL DEFAULT '',
            latitude REAL,
            longitude REAL,
            is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
            updated_at TEXT NOT NULL
        );
        CREATE TABLE household (
            id TEXT PRIMARY KEY,
            representative_id TEXT,
            vehicle_plate TEXT NOT NULL DEFAULT '',
            vehicle_type TEXT NOT NULL DEFAULT '',
            pets TEXT NOT NULL DEFAULT '',
            pet_count INTEGER NOT NULL DEFAULT 0 CHECK (pet_count >= 0),
            home_damage TEXT NOT NULL DEFAULT 'unknown',
            emergency_contact TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE person (
            id TEXT PRIMARY KEY,
            household_id TEXT NOT NULL REFERENCES household(id),
            name TEXT NOT NULL,
            kana TEXT NOT NULL DEFAULT '',
            name_key TEXT NOT NULL,
            kana_key TEXT NOT NULL,
            sex TEXT NOT NULL CHECK (sex IN ('F', 'M', 'X')),
            birth TEXT,
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            phone_key TEXT NOT NULL DEFAULT '',
            relationship TEXT NOT NULL DEFAULT 'self',
            stay TEXT NOT NULL DEFAULT 'shelter'
                CHECK (stay IN ('shelter', 'vehicle', 'home', 'other')),
            stay_detail TEXT NOT NULL DEFAULT '',
            needs TEXT NOT NULL DEFAULT '[]',
            care_level TEXT NOT NULL DEFAULT '',
            illness TEXT NOT NULL DEFAULT '',
            medication TEXT NOT NULL DEFAULT '',
            allergies TEXT NOT NULL DEFAULT '',
            dietary TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'ja',
            consent TEXT NOT NULL DEFAULT '[]',
            cityos_subject TEXT UNIQUE,
            mynumber_token TEXT UNIQUE,
            slip_id TEXT UNIQUE,
            state TEXT NOT NULL DEFAULT 'registered'
                CHECK (state IN ('registered', 'in', 'away', 'out')),
            state_since TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX person_household ON person(household_id);
        CREATE INDEX person_phone ON person(phone_key);
        CREATE INDEX person_birth ON person(birth);
        CREATE INDEX person_state ON person(state, stay);
        CREATE TABLE stay_event (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES person(id),
            kind TEXT NOT NULL
                CHECK (kind IN ('checkin', 'checkout', 'leave', 'return', 'move', 'supply')),
            at TEXT NOT NULL,
            kiosk_id TEXT NOT NULL,
            actor TEXT NOT NULL,
            destination TEXT NOT NULL DEFAULT '',
            item TEXT NOT NULL DEFAULT '',
            quantity INTEGER,
            via TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX stay_event_person ON stay_event(person_id, at);
        CREATE INDEX stay_event_at ON stay_event(at);
        -- Append-only: rows are never updated or deleted. Delivery state lives elsewhere.
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            change_id TEXT NOT NULL UNIQUE,
            record_type TEXT NOT NULL,
            record_id TEXT NOT NULL,
            record_seq INTEGER NOT NULL,
            op TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (record_type, record_id, record_seq)
        );
        CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox
            BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
        CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
            BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
        -- Hash-chained, no personal data: ids, actions, actors and times only.
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            record_type TEXT NOT NULL,
            record_id TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        """,
    )


def _m002_staff_sync_survey(conn: Connection) -> None:
    run_script(
        conn,
        """
        -- Staff who sign in at the desk by PIN. PINs are slow hashes (scrypt), never stored.
        CREATE TABLE staff (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('staff', 'operator', 'manager')),
            pin_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL
        );
        -- Delivery state of outbox entries (the outbox itself stays append-only).
        CREATE TABLE delivery (
            seq INTEGER PRIMARY KEY REFERENCES outbox(seq),
            status TEXT NOT NULL CHECK (status IN ('sent', 'conflict', 'skipped')),
            attempts INTEGER NOT NULL DEFAULT 0,
            reason TEXT NOT NULL DEFAULT '',
            via TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX delivery_status ON delivery(status);
        -- Key/value state of the sync engine (cursor, last success, settings).
        CREATE TABLE sync_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- The City OS trust list (public keys) as imported, one JSON document.
        CREATE TABLE trust_list (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            document TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        -- Residents of the district who opted in to emergency sharing, pulled from the City OS
        -- while online, to pre-fill cards offline.
        CREATE TABLE roster_cache (
            cityos_subject TEXT PRIMARY KEY,
            mynumber_token TEXT UNIQUE,
            name_key TEXT NOT NULL,
            kana_key TEXT NOT NULL,
            birth TEXT,
            payload TEXT NOT NULL,
            fetched_at TEXT NOT NULL
        );
        CREATE INDEX roster_cache_name ON roster_cache(name_key);
        -- Unfinished forms, kept if staff are interrupted.
        CREATE TABLE draft (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Life survey (避難生活アンケート) answers: state, requests, problems.
        CREATE TABLE survey_response (
            id TEXT PRIMARY KEY,
            person_id TEXT REFERENCES person(id),
            at TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'ja',
            answers TEXT NOT NULL DEFAULT '{}',
            requests TEXT NOT NULL DEFAULT '',
            problems TEXT NOT NULL DEFAULT '',
            flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1))
        );
        CREATE INDEX survey_response_at ON survey_response(at);
        """,
    )


def _m003_desks(conn: Connection) -> None:
    run_script(
        conn,
        """
        -- Other desks of the shelter this kiosk is paired with (issue #16): their kiosk id and
        -- raw Ed25519 public key. An unpaired desk stays as 'revoked' so its changes are refused.
        CREATE TABLE desk (
            kiosk_id TEXT PRIMARY KEY,
            shelter_id TEXT NOT NULL,
            public_key BLOB NOT NULL CHECK (length(public_key) = 32),
            state TEXT NOT NULL CHECK (state IN ('paired', 'revoked')),
            paired_at TEXT NOT NULL,
            revoked_at TEXT
        );
        -- Pairing codes this kiosk showed, with their one-time secret, until used or expired.
        CREATE TABLE desk_invite (
            id TEXT PRIMARY KEY,
            secret BLOB NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at TEXT,
            used_by TEXT
        );
        """,
    )


def _m004_card_links(conn: Connection) -> None:
    run_script(
        conn,
        """
        -- IC cards (transit, city or staff-issued cards) linked to a person for one-tap
        -- check-in (kiosk.cards). The card's ID is kept only as a keyed token; one card per
        -- person, one person per card.
        CREATE TABLE card_link (
            token TEXT PRIMARY KEY,
            person_id TEXT NOT NULL UNIQUE REFERENCES person(id),
            kind TEXT NOT NULL CHECK (kind IN ('felica', 'iso14443a', 'iso14443')),
            linked_at TEXT NOT NULL
        );
        """,
    )


#: Secrets that live in the key file, never in the database (issue #13): a copy of the
#: database must not carry the key that makes its My Number tokens guessable.
KEYFILE_SECRETS: tuple[str, ...] = (MYNUMBER_TOKEN_KEY,)
#: The schema version from which they are no longer in the ``secret`` table.
MOVED_TO_KEYFILE = 5


def _m005_secrets_out_of_database(conn: Connection) -> None:
    # kiosk.store.database.open_store has copied them into the key file just before (a
    # migration sees only the database); a store without the secret has nothing to delete.
    # secure_delete overwrites the deleted bytes, so the secret does not linger in a free part
    # of a page (which a backup copies page by page).
    before = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        marks = ", ".join("?" * len(KEYFILE_SECRETS))
        conn.execute(f"DELETE FROM secret WHERE name IN ({marks})", KEYFILE_SECRETS)
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(before)}")


def _m006_desk_oplog(conn: Connection) -> None:
    """The outbox becomes the shelter's operation log (issue #16, ``docs/design/multi-desk.md``).

    Each entry gains the desk it was made at (``origin``), its hybrid-logical-clock stamp
    (``hlc``, fixed-width text ``l.c.origin`` that sorts in clock order) and, for card edits, the
    fields it changed. ``record_seq`` stays one numbering per record across desks, but two desks
    may number a change at once, so uniqueness now includes the origin. The table is rebuilt
    (SQLite cannot change a UNIQUE constraint); the delivery marks keep pointing at the same
    ``seq``. Entries made before this step are stamped from their creation time.
    """
    row = conn.execute("SELECT value FROM meta WHERE key = 'kiosk_id'").fetchone()
    origin = row[0] if row else ""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    run_script(
        conn,
        """
        CREATE TABLE outbox_v6 (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            change_id TEXT NOT NULL UNIQUE,
            record_type TEXT NOT NULL,
            record_id TEXT NOT NULL,
            record_seq INTEGER NOT NULL,
            op TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            origin TEXT NOT NULL,
            hlc TEXT NOT NULL,
            fields TEXT,
            UNIQUE (origin, record_type, record_id, record_seq)
        );
        """,
    )
    rows = conn.execute(
        "SELECT seq, change_id, record_type, record_id, record_seq, op, payload, created_at "
        "FROM outbox ORDER BY seq"
    ).fetchall()
    last_l, last_c = 0, 0
    for r in rows:
        ms = _iso_ms(r[7])
        if ms > last_l:
            last_l, last_c = ms, 0
        else:
            last_c += 1
        stamp = f"{last_l:013d}.{last_c:08d}.{origin}"
        conn.execute(
            "INSERT INTO outbox_v6 (seq, change_id, record_type, record_id, record_seq, op, "
            "payload, created_at, origin, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*r, origin, stamp),
        )
    run_script(
        conn,
        """
        DROP TABLE outbox;
        ALTER TABLE outbox_v6 RENAME TO outbox;
        CREATE INDEX outbox_origin_hlc ON outbox(origin, hlc);
        CREATE INDEX outbox_hlc ON outbox(hlc);
        CREATE INDEX outbox_record ON outbox(record_type, record_id);
        CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox
            BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
        CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
            BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
        -- Per record and field, the HLC stamp of the change that set its current value: a
        -- change from another desk sets a field only when its stamp is newer (last writer wins,
        -- field by field; the value it overwrote stays in the outbox, the card's history).
        CREATE TABLE field_clock (
            record_type TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            hlc TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (record_type, record_id, field)
        );
        -- The same walk-in registered at two desks (same name and birth date, or phone):
        -- offered to staff for a merge. person_a < person_b; resolved when merged or dismissed.
        CREATE TABLE merge_candidate (
            person_a TEXT NOT NULL,
            person_b TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('name_birth', 'phone', 'link')),
            found_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution TEXT,
            PRIMARY KEY (person_a, person_b),
            CHECK (person_a < person_b)
        );
        -- Per paired desk: the last exchange with it and what it held then.
        CREATE TABLE desk_contact (
            kiosk_id TEXT PRIMARY KEY,
            last_contact TEXT NOT NULL,
            sent INTEGER NOT NULL DEFAULT 0,
            received INTEGER NOT NULL DEFAULT 0,
            behind INTEGER NOT NULL DEFAULT 0
        );
        """,
    )


def _iso_ms(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp() * 1000)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _m001_initial),
    Migration(
        2, "staff, sync state, trust list, roster cache, drafts, survey", _m002_staff_sync_survey
    ),
    Migration(3, "paired desks and pairing codes", _m003_desks),
    Migration(4, "card links", _m004_card_links),
    Migration(
        MOVED_TO_KEYFILE,
        "the My Number token key moves to the key file",
        _m005_secrets_out_of_database,
    ),
    Migration(6, "the outbox as the desks' operation log", _m006_desk_oplog),
)
LATEST = MIGRATIONS[-1].number


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection) -> list[Migration]:
    """The migrations not yet applied; only reads."""
    version = current_version(conn)
    return [m for m in MIGRATIONS if m.number > version]


def apply_migrations(conn: Connection) -> list[int]:
    """Apply every pending migration, each in its own transaction; return the numbers applied.

    The connection must use sqlite3's legacy transaction handling (what sqlite-utils needs).
    """
    applied = []
    for migration in pending(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.number)
    return applied
