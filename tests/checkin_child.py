"""Child process of the kill test: checks people in (and some out) one by one, saying an
acknowledgement line after each commit returns. The parent kills it with SIGKILL at random.

Started by ``tests.preloaded_children`` (``say`` writes to the parent's pipe), or by hand as
``python -m tests.checkin_child HOME PASSPHRASE`` (``say`` prints)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from kiosk.core import Kiosk
from kiosk.reception import checkin


def _print(line: str) -> None:
    print(line, flush=True)


def run(home: str, passphrase: str, say: Callable[[str], None] = _print) -> None:
    kiosk = Kiosk.open(Path(home), passphrase, actor="kill-test")
    say("ready")
    n = 0
    while True:
        row = kiosk.store.query_one(
            "SELECT id FROM person WHERE state = 'registered' ORDER BY rowid LIMIT 1"
        )
        if row is None:
            break
        checkin.check_in(kiosk.ctx, [row["id"]])
        say(f"in {row['id']}")
        n += 1
        if n % 3 == 0:
            checkin.check_out(kiosk.ctx, [row["id"]], "自宅")
            say(f"out {row['id']}")
    say("done")


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2])
