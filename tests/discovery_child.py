"""Child of ``tests/test_desks_discovery.py``, run inside a private network namespace
(``unshare -n``: only a loopback, with multicast on), so no mDNS packet can leave the machine.

Four desks on 127.0.0.1, each running a :class:`DeskService` with discovery and no address
given: A and B are paired; C is of the same shelter but not paired with B; D is of another
shelter. Prints one JSON line: what B saw, whether A's check-in reached B, whether C was ever
contacted, and the times measured.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from kiosk.core import Kiosk
from kiosk.desks.links import remembered_address
from kiosk.desks.service import DeskService
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER
from tests.test_desks_apply import pair

WAIT = 30.0


def service_of(kiosk: Kiosk) -> DeskService:
    return DeskService(
        lambda: Kiosk(kiosk.store.open_writer(), actor="desk"), every=0.2, discover=True
    )


def wait(condition: object, limit: float = WAIT) -> float | None:
    """Seconds until ``condition()`` held, or None if it did not within ``limit``."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if condition():  # type: ignore[operator]
            return time.monotonic() - start
        time.sleep(0.02)
    return None


def main(folder: str) -> int:
    root = Path(folder)
    a, b, c = (Kiosk.create(root / n, PASSPHRASE, SHELTER, kdf=FAST_KDF) for n in ("a", "b", "c"))
    d = Kiosk.create(root / "d", PASSPHRASE, replace(SHELTER, id="other-shelter"), kdf=FAST_KDF)
    pair(a, b)
    pair(a, c)  # C is a desk of the shelter, but B never paired with it
    services = {name: service_of(k) for name, k in (("a", a), ("b", b), ("c", c), ("d", d))}
    for name in ("a", "c", "d"):
        services[name].start()
    started = time.monotonic()
    services["b"].start()
    sb = services["b"]
    found = wait(lambda: a.ctx.kiosk_id in sb.status().sighted)
    found_since_start = time.monotonic() - started
    remembered = wait(lambda: remembered_address(b.store, a.ctx.kiosk_id) is not None)
    person = people.add_person(a.ctx, PersonDraft(name="発見 太郎", birth=date(1980, 1, 2)))
    checkin.check_in(a.ctx, [person.id])
    arrived = wait(
        lambda: (
            b.store.query_one("SELECT 1 FROM person WHERE id = ? AND state = 'in'", (person.id,))
            is not None
        )
    )
    wait(lambda: c.ctx.kiosk_id in sb.status().sighted, 5.0)
    status_b = sb.status()
    served_c = services["c"].status()
    stopping = [threading.Thread(target=s.stop) for s in services.values()]
    for thread in stopping:  # each withdraws its advertisement: at once, not one by one
        thread.start()
    for thread in stopping:
        thread.join()
    result = {
        "discovering": [services[n].status().discovering for n in "abcd"],
        "sighted_by_b": sorted(status_b.sighted),
        "a": a.ctx.kiosk_id,
        "c": c.ctx.kiosk_id,
        "d": d.ctx.kiosk_id,
        "b_desks": [link.kiosk_id for link in status_b.desks],
        "found_s": found_since_start if found is not None else None,
        "remembered_s": remembered,
        "checkin_reached_b_s": arrived,
        "since_start_s": time.monotonic() - started,
        "c_exchanges_with_b": [x for x in _contacts(c) if x == b.ctx.kiosk_id],
        "c_exchanges": served_c.exchanges,
        "threads_left": any(s.status().running for s in services.values()),
    }
    for k in (a, b, c, d):
        k.close()
    print(json.dumps(result), flush=True)
    return 0


def _contacts(kiosk: Kiosk) -> list[str]:
    return [r["kiosk_id"] for r in kiosk.store.query("SELECT kiosk_id FROM desk_contact")]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
