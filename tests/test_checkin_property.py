"""Property test of the check-in rules: no sequence of scans, check-ins, check-outs, leaves and
returns gives anyone two open stays, or any count below zero, and doctor stays clean."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from kiosk.basics.errors import KioskError
from kiosk.core import Kiosk
from kiosk.operations import shelter
from kiosk.reception import checkin, status
from kiosk.registry import people
from kiosk.registry.records import PersonDraft, Shelter
from kiosk.safety import store_check
from tests.conftest import FAST_KDF, FakeClock

PEOPLE = 4


class StayMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp())
        self.clock = FakeClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
        self.kiosk = Kiosk.create(
            self.tmp / "h",
            "pw",
            Shelter(id="s", name="s", capacity=3),
            kdf=FAST_KDF,
            clock=self.clock,
        )
        _, members = people.add_household(
            self.kiosk.ctx, [PersonDraft(name=f"見本 {i}") for i in range(PEOPLE)]
        )
        self.ids = [m.id for m in members]

    def teardown(self) -> None:
        self.kiosk.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def attempt(self, action, *args) -> None:  # type: ignore[no-untyped-def]
        try:
            action(self.kiosk.ctx, *args)
        except KioskError:
            pass  # refusals are fine; what matters is the state afterwards

    people_subset = st.lists(st.integers(0, PEOPLE - 1), min_size=1, max_size=PEOPLE)

    @rule(who=people_subset)
    def scan_in(self, who: list[int]) -> None:
        self.attempt(checkin.check_in, [self.ids[i] for i in who])

    @rule(who=people_subset, destination=st.sampled_from(["", "自宅", "病院"]))
    def check_out(self, who: list[int], destination: str) -> None:
        self.attempt(checkin.check_out, [self.ids[i] for i in who], destination)

    @rule(who=people_subset)
    def leave(self, who: list[int]) -> None:
        self.attempt(checkin.leave, [self.ids[i] for i in who], "買い物")

    @rule(who=people_subset)
    def come_back(self, who: list[int]) -> None:
        self.attempt(checkin.come_back, [self.ids[i] for i in who])

    @rule(seconds=st.sampled_from([1, 90, 600, 7200]))
    def time_passes(self, seconds: int) -> None:
        self.clock.advance(seconds=seconds)

    @rule(open_=st.booleans())
    def open_or_close(self, open_: bool) -> None:
        shelter.set_open(self.kiosk.ctx, open_)

    @invariant()
    def at_most_one_open_stay_each(self) -> None:
        for pid in self.ids:
            kinds = [
                r["kind"]
                for r in self.kiosk.store.query(
                    "SELECT kind FROM stay_event WHERE person_id = ? AND kind != 'supply' "
                    "ORDER BY rowid",
                    (pid,),
                )
            ]
            depth = 0
            for kind in kinds:
                depth += {"checkin": 1, "checkout": -1, "move": -1}.get(kind, 0)
                assert depth in (0, 1), kinds

    @invariant()
    def counts_are_consistent(self) -> None:
        figures = status.status(self.kiosk.store)
        states = [people.get_person(self.kiosk.store, pid).state for pid in self.ids]
        assert figures.present == states.count("in") >= 0
        assert figures.away == states.count("away") >= 0
        assert figures.checkins >= figures.checkouts >= 0

    @invariant()
    def doctor_is_clean(self) -> None:
        assert store_check.examine(self.kiosk.store).problems == ()


StayMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
TestStayRules = StayMachine.TestCase
