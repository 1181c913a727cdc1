"""Shared fixtures: a fresh, real SQLCipher kiosk per test in ``tmp_path``.

Stores made here use a cheap Argon2id cost (a parameter of ``Kiosk.create``, recorded in the
key file) so hundreds of tests and child processes open them fast; everything else is the
production code path.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from kiosk.registry.records import Shelter
from kiosk.store import KdfParams

REPO = Path(__file__).resolve().parent.parent
pytest_plugins = ["tests.peers.fixtures", "tests.peers.cards.fixtures", "tests.ui_support"]
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"
SHELTER = Shelter(id="test-shelter", name="テスト避難所", capacity=10)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk_home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def make_kiosk(kiosk_home: Path, clock: FakeClock) -> Iterator[Callable[..., Kiosk]]:
    opened: list[Kiosk] = []

    def make(shelter: Shelter = SHELTER, home: Path | None = None) -> Kiosk:
        kiosk = Kiosk.create(home or kiosk_home, PASSPHRASE, shelter, kdf=FAST_KDF, clock=clock)
        opened.append(kiosk)
        return kiosk

    yield make
    for kiosk in opened:
        kiosk.close()


@pytest.fixture
def kiosk(make_kiosk: Callable[..., Kiosk]) -> Kiosk:
    return make_kiosk()


def run_cli(
    *args: str,
    home: Path,
    passphrase: str | None = PASSPHRASE,
    stdin: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real `kiosk` command line in a child process, without a terminal."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["KIOSK_HOME"] = str(home)
    if passphrase is not None:
        env["KIOSK_PASSPHRASE"] = passphrase
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        cwd=REPO,
        env=env,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=120,
    )
