"""`kiosk doctor`: is the store sound? Checks the database pages, the outbox sequences, the
audit chain and the derived presence state, and says exactly what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from kiosk.access import audit
from kiosk.basics.errors import ValidationError
from kiosk.city import audit_anchor, outbox
from kiosk.city.broker_rules import validate_service_path, validate_shelter_id, validate_tenant
from kiosk.operations.settings import load_settings
from kiosk.store import Store

__all__ = ["DoctorReport", "examine"]


@dataclass(frozen=True)
class DoctorReport:
    problems: tuple[str, ...]
    checks: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _integrity(store: Store) -> list[str]:
    try:
        rows = store.conn.execute("PRAGMA integrity_check").fetchall()
        cipher = store.conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        return [f"database: cannot be read ({type(exc).__name__})"]
    problems = [f"database: {r[0]}" for r in rows if r[0] != "ok"]
    problems += [f"database page: {r[0]}" for r in cipher]
    fk = store.conn.execute("PRAGMA foreign_key_check").fetchall()
    problems += [f"database: broken reference in {r[0]} row {r[1]}" for r in fk]
    return problems


def _presence(store: Store) -> list[str]:
    """The state on each person row must match the last state-changing event — the last
    written (rowid), not the latest by the clock: a laptop clock set back (a dead CMOS
    battery, a wrong manual fix) gives a later event an earlier time, and is no damage."""
    rows = store.query(
        """
        SELECT p.id, p.state,
            (SELECT kind FROM stay_event e WHERE e.person_id = p.id AND e.kind != 'supply'
             ORDER BY e.rowid DESC LIMIT 1) AS last_kind
        FROM person p
        """
    )
    expected = {"checkin": "in", "return": "in", "leave": "away", "checkout": "out", "move": "out"}
    problems = []
    for row in rows:
        want = expected.get(row["last_kind"], "registered")
        if row["state"] != want:
            problems.append(
                f"presence: person {row['id']} is '{row['state']}' but events say '{want}'"
            )
    return problems


def _outbox_covers_events(store: Store) -> list[str]:
    row = store.query_one(
        "SELECT count(*) AS n FROM stay_event e WHERE NOT EXISTS (SELECT 1 FROM outbox o "
        "WHERE o.record_type = 'stay_event' AND o.record_id = e.id)"
    )
    missing = int(row["n"]) if row else 0
    return [f"outbox: {missing} stay events have no outbox entry"] if missing else []


def _cityos_names(store: Store) -> list[str]:
    """The shelter id, tenant and service path against the City OS broker's rules
    (:mod:`kiosk.city.broker_rules`): stores made before the rules were checked at the door may
    hold values every request would be refused for. Each problem says how to fix it."""
    problems = []
    shelter_id = store.get_meta("shelter_id") or ""
    try:
        validate_shelter_id(shelter_id)
    except ValidationError as error:
        problems.append(
            f"shelter id: the City OS refuses it ({error.message}) — every change of this "
            "shelter will be refused. Fix: ask the City OS for the id it registered for this "
            "shelter, create a new store with kiosk init --shelter-id ID --home NEW_FOLDER, "
            "and keep this store only to export from"
        )
    settings = load_settings(store)
    for check in (
        lambda: validate_tenant(settings.tenant),
        lambda: validate_service_path(settings.service_path),
    ):
        try:
            check()
        except ValidationError as error:
            problems.append(
                f"settings: the City OS refuses this value ({error.message}). Fix: correct "
                "it on the Settings page with the value the City OS gave you"
            )
    return problems


def examine(store: Store) -> DoctorReport:
    """Run every check; never raises for a problem found, only reports it."""
    checks = {
        "database integrity": _integrity,
        "outbox sequences": outbox.verify_sequences,
        "outbox covers every event": _outbox_covers_events,
        "audit chain": audit.verify_chain,
        "presence state": _presence,
        "not behind its high-water mark": lambda store: store.lost_changes(),
        "names the City OS accepts": _cityos_names,
        "matches the audit head the City OS holds": audit_anchor.verify_against_acknowledged,
    }
    problems: list[str] = []
    for check in checks.values():
        problems += check(store)
    return DoctorReport(tuple(problems), tuple(checks))
