"""Child process of the kill test: checks people in (and some out) one by one, printing an
acknowledgement line after each commit returns. The parent kills it with SIGKILL at random."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk import checkin
from kiosk.core import Kiosk


def main(home: str, passphrase: str) -> None:
    kiosk = Kiosk.open(Path(home), passphrase, actor="kill-test")
    print("ready", flush=True)
    n = 0
    while True:
        row = kiosk.store.query_one(
            "SELECT id FROM person WHERE state = 'registered' ORDER BY rowid LIMIT 1"
        )
        if row is None:
            break
        checkin.check_in(kiosk.ctx, [row["id"]])
        print(f"in {row['id']}", flush=True)
        n += 1
        if n % 3 == 0:
            checkin.check_out(kiosk.ctx, [row["id"]], "自宅")
            print(f"out {row['id']}", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
