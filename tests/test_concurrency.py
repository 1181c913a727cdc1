"""Several processes writing to one home at once (a command line beside the window, a
backup, a second tool): every write waits its turn; none is refused as "database is locked"."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kiosk.core import Kiosk
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.conftest import PASSPHRASE, REPO

WRITERS = 4
ROUNDS = 1_000


@pytest.mark.slow
def test_four_writers_of_a_thousand_operations_each_meet_no_lock_error(kiosk: Kiosk) -> None:
    ids = [people.add_person(kiosk.ctx, PersonDraft(name=f"見本 {n}")).id for n in range(WRITERS)]
    home = kiosk.home
    kiosk.close()
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.writers_child", str(home), PASSPHRASE, pid, str(ROUNDS)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for pid in ids
    ]
    reports = []
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err[-2000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    assert reports == [{"done": ROUNDS, "errors": {}}] * WRITERS
    reopened = Kiosk.open(home, PASSPHRASE)
    try:
        events = reopened.store.query_one("SELECT count(*) AS n FROM stay_event")
        assert events is not None and events["n"] == WRITERS * ROUNDS
    finally:
        reopened.close()
