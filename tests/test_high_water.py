"""A store that lost its tail is told apart from a clean one: a process commits check-ins and
is killed, its WAL is cut short (as a pulled disk or a lying cache leaves it), and the store
that opens cleanly, shorter, is reported behind its high-water mark by the missing changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kiosk.core import Kiosk
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.safety import store_check
from kiosk.store.high_water import MARK_NAME
from tests.conftest import PASSPHRASE, REPO, run_cli

CHECK_INS_THEN_KILLED = r"""
import os, sys
from pathlib import Path
from kiosk.reception import checkin
from kiosk.core import Kiosk
kiosk = Kiosk.open(Path(sys.argv[1]), sys.argv[2])
for person_id in sys.argv[3:]:
    checkin.check_in(kiosk.ctx, [person_id])
print("committed", flush=True)
os.kill(os.getpid(), 9)  # no close: the check-ins live in the WAL only
"""


def audit_rows(home: Path) -> int:
    kiosk = Kiosk.open(home, PASSPHRASE)
    try:
        row = kiosk.store.query_one("SELECT count(*) AS n FROM audit")
        return int(row["n"]) if row else 0
    finally:
        kiosk.close()


def test_a_cut_wal_is_reported_as_changes_lost(kiosk: Kiosk) -> None:
    ids = [people.add_person(kiosk.ctx, PersonDraft(name=f"見本 {n}")).id for n in range(20)]
    home = kiosk.home
    kiosk.close()  # checkpointed: the 20 people are in the main file
    before = audit_rows(home)
    child = subprocess.run(
        [sys.executable, "-c", CHECK_INS_THEN_KILLED, str(home), PASSPHRASE, *ids],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (child.returncode, child.stdout.strip()) == (-9, "committed")
    wal = home / "kiosk.db-wal"
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) // 3])  # the tail of the WAL is gone
    lost = before + 20 - audit_rows(home)
    assert lost > 0  # the cut really lost acknowledged check-ins
    reopened = Kiosk.open(home, PASSPHRASE)
    try:
        problems = store_check.examine(reopened.store).problems
    finally:
        reopened.close()
    assert [p for p in problems if p.startswith("high-water")] == [
        f"high-water mark: the store is behind its last known state by {lost} changes (a crash "
        "or a disk lost them); restore a backup, or re-enter the last check-ins from paper"
    ]
    status = run_cli("status", home=home)
    assert status.returncode == 0 and f"behind its last known state by {lost}" in status.stderr


def test_a_clean_store_and_a_crash_before_the_mark_raise_nothing(kiosk: Kiosk) -> None:
    people.add_person(kiosk.ctx, PersonDraft(name="見本 一郎"))
    mark = kiosk.home / MARK_NAME
    earlier = mark.read_bytes()
    people.add_person(kiosk.ctx, PersonDraft(name="見本 二郎"))
    assert store_check.examine(kiosk.store).problems == ()
    mark.write_bytes(earlier)  # as if the process died between its commit and its mark
    assert store_check.examine(kiosk.store).problems == ()


def test_the_mark_cannot_be_edited_to_match_a_shortened_store(kiosk: Kiosk) -> None:
    people.add_person(kiosk.ctx, PersonDraft(name="見本 一郎"))
    mark = kiosk.home / MARK_NAME
    document = json.loads(mark.read_bytes())
    document["seq"] = 1
    mark.write_text(json.dumps(document))
    assert kiosk.store.lost_changes() == [
        "high-water mark: the file beside the store was altered or damaged"
    ]
