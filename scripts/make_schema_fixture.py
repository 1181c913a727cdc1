"""Freeze the current schema as a test fixture: tests/fixtures/schema/vN/ (a small demo store).

Run once per released schema version, right when it is released; the test suite then checks
that every frozen version upgrades to the newest schema with its data intact.

example:
  .venv/bin/python scripts/make_schema_fixture.py
"""

from __future__ import annotations

import argparse
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kiosk.core import Kiosk  # noqa: E402
from kiosk.demos import residents  # noqa: E402
from kiosk.reception import checkin  # noqa: E402
from kiosk.registry import people  # noqa: E402
from kiosk.store import KdfParams  # noqa: E402
from kiosk.store.schema import LATEST  # noqa: E402

PASSPHRASE = "fixture"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=__doc__)
    parser.add_argument("--force", action="store_true", help="replace an existing fixture")
    args = parser.parse_args()
    target = REPO / "tests" / "fixtures" / "schema" / f"v{LATEST}"
    if target.exists():
        if not args.force:
            print(f"{target} exists; a released fixture is never rewritten (use --force).")
            return 1
        shutil.rmtree(target)
    fixed = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    kiosk = Kiosk.create(
        target, PASSPHRASE, residents.DEMO_SHELTER, kdf=KdfParams(1024, 1, 1), clock=lambda: fixed
    )
    households = residents.seed(kiosk.ctx, 12, rng_seed=7)
    members = people.household_members(kiosk.store, households[0])
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    checkin.check_out(kiosk.ctx, [members[0].id], "自宅（デモ）")
    kiosk.close()
    for leftover in target.glob("kiosk.db-*"):
        leftover.unlink()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
