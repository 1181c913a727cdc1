"""Every released schema version (frozen in tests/fixtures/schema/) upgrades to the newest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.reception import status
from kiosk.safety import store_check
from kiosk.store import open_store
from kiosk.store.schema import LATEST, MIGRATIONS, pending

FIXTURES = Path(__file__).parent / "fixtures" / "schema"
RELEASED = sorted(FIXTURES.glob("v*"), key=lambda p: int(p.name[1:]))


def test_every_schema_version_has_a_fixture() -> None:
    assert [int(p.name[1:]) for p in RELEASED] == [m.number for m in MIGRATIONS]


def test_migrations_are_numbered_one_by_one() -> None:
    assert [m.number for m in MIGRATIONS] == list(range(1, LATEST + 1))


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.name for p in RELEASED])
def test_released_store_upgrades_with_its_data(fixture: Path, tmp_path: Path) -> None:
    home = tmp_path / fixture.name
    shutil.copytree(fixture, home)
    store = open_store(home, "fixture")
    figures = status.status(store)
    report = store_check.examine(store)
    assert (store.schema_version(), pending(store.conn), report.problems) == (LATEST, [], ())
    # What scripts/make_schema_fixture.py wrote: 12 people, a household of 3 checked in,
    # one of them checked out again.
    assert (figures.registered, figures.checkins, figures.checkouts, figures.present) == (
        12,
        3,
        1,
        2,
    )
    store.close()
