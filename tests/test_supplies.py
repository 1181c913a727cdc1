"""The supply estimate: the rules table applied to a hand-made shelter, and the doc generated
from the table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.basics.errors import ValidationError
from kiosk.core import Kiosk
from kiosk.operations.supplies import (
    SUPPLY_RULES,
    SupplyLine,
    age_cutoff,
    estimate,
    supply_rules_markdown,
)
from kiosk.reception.checkin import check_in, check_out, leave
from kiosk.registry.people import add_household
from kiosk.registry.records import Needs, Person, PersonDraft
from tests.conftest import FakeClock

REPO = Path(__file__).resolve().parent.parent


def _draft(name: str, birth: date | None, *flags: str, stay: str = "shelter") -> PersonDraft:
    return PersonDraft(name=name, birth=birth, needs=Needs(flags=frozenset(flags)), stay=stay)


def _shelter(kiosk: Kiosk) -> None:
    """Today is 2026-11-25 (the fake clock). Who should count, and as what, is in the names."""
    _, inside = add_household(
        kiosk.ctx,
        [
            _draft("adult", date(1980, 5, 1)),
            _draft("infant by flag", date(2024, 3, 1), "infant"),
            _draft("infant by age", date(2025, 6, 1)),
            _draft("two today, not an infant", date(2024, 11, 25)),
            _draft("allergy", date(1990, 1, 1), "allergy"),
            _draft("allergy and dietary", date(1950, 1, 1), "allergy", "dietary", "medication"),
            _draft("dietary, on leave", date(1945, 1, 1), "dietary"),
            _draft("medication", None, "medication", "care"),
        ],
    )
    _, car = add_household(
        kiosk.ctx,
        [
            _draft("vehicle, dietary", date(1970, 1, 1), "dietary", stay="vehicle"),
            _draft("vehicle, infant with allergy", date(2026, 1, 1), "allergy", stay="vehicle"),
        ],
    )
    _, home = add_household(kiosk.ctx, [_draft("home", date(1960, 1, 1), stay="home")])
    _, gone = add_household(
        kiosk.ctx,
        [_draft("registered only", date(1980, 1, 1)), _draft("checked out", None, "infant")],
    )
    check_in(kiosk.ctx, [p.id for p in inside + car + home] + [gone[1].id])
    leave(kiosk.ctx, [inside[6].id], "病院")
    check_out(kiosk.ctx, [gone[1].id], "親戚宅")


def _line(item: str, people: int, outside: int, hours: int, quantity: int) -> SupplyLine:
    rule = next(r for r in SUPPLY_RULES if r.item == item)
    return SupplyLine(
        rule.item, rule.label, rule.unit, rule.per_day, people, outside, hours, quantity
    )


def test_the_rules_applied_to_a_hand_made_shelter(kiosk: Kiosk, clock: FakeClock) -> None:
    _shelter(kiosk)
    # Checked in: 8 inside (one on leave) + 2 in a vehicle + 1 at home = 11 people.
    # Infants: by flag, by age, and the vehicle baby (by age; its allergy gives no meals).
    # Ordinary meals: adult, two-year-old, medication, home = 4. Allergy: 2 (not the baby).
    # Diet: on leave + vehicle dietary = 2 (allergy-and-dietary eats allergy-safe).
    assert estimate(kiosk.store, 24, now=clock.now) == (
        _line("meals", 4, 1, 24, 12),
        _line("water", 11, 3, 24, 33),
        _line("allergy_meals", 2, 0, 24, 6),
        _line("diet_meals", 2, 1, 24, 6),
        _line("infant_formula", 3, 1, 24, 3000),
        _line("diapers", 3, 1, 24, 24),
        _line("medication_checks", 2, 0, 24, 2),
    )


def test_shorter_periods_round_up(kiosk: Kiosk, clock: FakeClock) -> None:
    _shelter(kiosk)
    assert estimate(kiosk.store, 5, now=clock.now) == (
        _line("meals", 4, 1, 5, 3),  # 4 × 3 × 5/24 = 2.5
        _line("water", 11, 3, 5, 7),  # 6.875
        _line("allergy_meals", 2, 0, 5, 2),  # 1.25
        _line("diet_meals", 2, 1, 5, 2),
        _line("infant_formula", 3, 1, 5, 625),  # exactly 625
        _line("diapers", 3, 1, 5, 5),
        _line("medication_checks", 2, 0, 5, 1),
    )


def test_an_empty_shelter_needs_nothing(kiosk: Kiosk, clock: FakeClock) -> None:
    assert {(line.people, line.quantity) for line in estimate(kiosk.store, now=clock.now)} == {
        (0, 0)
    }


@pytest.mark.parametrize("hours", [0, -1, 169])
def test_periods_outside_a_week_are_refused(kiosk: Kiosk, hours: int) -> None:
    with pytest.raises(ValidationError) as caught:
        estimate(kiosk.store, hours)
    assert caught.value.field == "hours"


@pytest.mark.parametrize(
    ("today", "years", "cutoff"),
    [
        (date(2026, 11, 25), 2, "2024-11-25"),
        (date(2028, 2, 29), 2, "2026-02-28"),
        (date(2028, 2, 29), 4, "2024-02-29"),
        (date(2027, 3, 1), 3, "2024-03-01"),
    ],
)
def test_age_cutoff_is_the_last_birth_date_of_that_age(
    today: date, years: int, cutoff: str
) -> None:
    born = date.fromisoformat(cutoff)
    day_after = date.fromordinal(born.toordinal() + 1)
    assert (
        age_cutoff(today, years),
        Person(name="x", birth=born).age_on(today),
        Person(name="x", birth=day_after).age_on(today),
    ) == (cutoff, years, years - 1)


def test_the_doc_matches_the_rules() -> None:
    doc = REPO / "docs" / "supply-rules.md"
    assert doc.read_text(encoding="utf-8") == supply_rules_markdown()
    assert len({r.item for r in SUPPLY_RULES}) == len(SUPPLY_RULES)
