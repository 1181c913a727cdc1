"""A writer process for tests/test_concurrency.py: check one person in and out N times on a
shared home, counting refusals by exception type (printed as one JSON line)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from kiosk.core import Kiosk
from kiosk.reception import checkin


def main() -> None:
    home, passphrase, person_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    rounds = int(sys.argv[4])
    kiosk = Kiosk.open(home, passphrase, actor="writer")
    errors: Counter[str] = Counter()
    done = 0
    for turn in range(rounds):
        try:
            if turn % 2 == 0:
                checkin.check_in(kiosk.ctx, [person_id])
            else:
                checkin.check_out(kiosk.ctx, [person_id], "自宅")
            done += 1
        except Exception as error:  # noqa: BLE001 - counted, the point of the test
            errors[f"{type(error).__name__}: {error}"[:80]] += 1
    kiosk.close()
    print(json.dumps({"done": done, "errors": dict(errors)}))


if __name__ == "__main__":
    main()
