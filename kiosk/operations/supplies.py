"""The supply estimate for the next hours, from who is checked in: the rules and the arithmetic.

Every rule is one row of :data:`SUPPLY_RULES` — item, unit, quantity per person per day, whom it
applies to, and where the number comes from. ``docs/supply-rules.md`` is generated from that
table (``python -m kiosk.operations.supplies > docs/supply-rules.md``) and a test fails when they
drift.

Whom the estimate counts: everyone **checked in** — state ``in`` or ``away`` (temporary leave,
expected back) — whatever their stay: people in a vehicle (車中泊) or at home (在宅避難) come to
the shelter for food, water and information (DESIGN §2), so they are counted, and each line says
how many of its people stay outside so pickups can be planned. Registered people who never
checked in, and people checked out, are not counted.

Special meals replace ordinary meals: a person with an allergy gets allergy-safe meals, a person
with dietary needs (and no allergy) special-diet meals, an infant neither (formula instead).
"Infant" means flagged *infant* on the card, or under 2 years old by date of birth.

The numbers are planning figures from common guidance, not precise citations; the shelter
manager adjusts what is actually ordered.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from kiosk.basics.errors import ValidationError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.local_time import DEFAULT_TIME_ZONE, local_date
from kiosk.reception.status import checked_in_sql
from kiosk.registry.vocab import NEED_FLAGS
from kiosk.store import Store

__all__ = [
    "CHECKED_IN_SQL",
    "INFANT_AGE",
    "Who",
    "SupplyRule",
    "SupplyLine",
    "SUPPLY_RULES",
    "age_cutoff",
    "estimate",
    "line_payload",
    "supply_rules_markdown",
]

#: The people the shelter serves now: checked in (:mod:`kiosk.reception.status` defines it).
CHECKED_IN_SQL = checked_in_sql()
#: Children under this age count as infants even without the card's *infant* flag.
INFANT_AGE = 2
MAX_HOURS = 24 * 7


@dataclass(frozen=True)
class Who:
    """Whom a rule applies to: people with any of ``needs_any`` (everyone if empty), except
    those with any of ``excludes``. ``"infant"`` also matches by age (see :data:`INFANT_AGE`)."""

    needs_any: frozenset[str] = frozenset()
    excludes: frozenset[str] = frozenset()
    #: A short English description (marked for translation) for the window and the doc.
    label: str = ""


@dataclass(frozen=True)
class SupplyRule:
    item: str
    label: str
    unit: str
    per_day: int
    who: Who
    source: str


@dataclass(frozen=True)
class SupplyLine:
    """One line of the estimate: ``quantity`` of ``unit`` for ``people`` over ``hours``."""

    item: str
    label: str
    unit: str
    per_day: int
    people: int
    #: Of ``people``, how many stay outside the shelter (vehicle, home, elsewhere).
    outside: int
    hours: int
    quantity: int


_SPECIAL = frozenset({"infant", "allergy", "dietary"})

SUPPLY_RULES: tuple[SupplyRule, ...] = (
    SupplyRule(
        item="meals",
        label=_N("Supplies", "Meals"),
        unit=_N("Supplies", "meals"),
        per_day=3,
        who=Who(
            excludes=_SPECIAL,
            label=_N("Supplies", "Everyone checked in, except infants and special diets"),
        ),
        source=_N(
            "Supplies",
            "Three meals a day: Cabinet Office shelter-operation guidelines "
            "(避難所運営ガイドライン) and common stockpile guidance.",
        ),
    ),
    SupplyRule(
        item="water",
        label=_N("Supplies", "Drinking water"),
        unit=_N("Supplies", "litres"),
        per_day=3,
        who=Who(label=_N("Supplies", "Everyone checked in")),
        source=_N(
            "Supplies",
            "About 3 litres per person per day for drinking and cooking: common stockpile "
            "guidance in Japan.",
        ),
    ),
    SupplyRule(
        item="allergy_meals",
        label=_N("Supplies", "Allergy-safe meals"),
        unit=_N("Supplies", "meals"),
        per_day=3,
        who=Who(
            needs_any=frozenset({"allergy"}),
            excludes=frozenset({"infant"}),
            label=_N("Supplies", "People with a food allergy (not infants)"),
        ),
        source=_N(
            "Supplies",
            "Replaces the three ordinary meals one for one (assumption of this kiosk); "
            "the allergens are on each card.",
        ),
    ),
    SupplyRule(
        item="diet_meals",
        label=_N("Supplies", "Special-diet meals"),
        unit=_N("Supplies", "meals"),
        per_day=3,
        who=Who(
            needs_any=frozenset({"dietary"}),
            excludes=frozenset({"infant", "allergy"}),
            label=_N("Supplies", "People with dietary needs (no allergy, not infants)"),
        ),
        source=_N(
            "Supplies",
            "Replaces the three ordinary meals one for one (assumption of this kiosk): "
            "soft, low-salt, diabetic or religious diets as noted on each card.",
        ),
    ),
    SupplyRule(
        item="infant_formula",
        label=_N("Supplies", "Infant formula"),
        unit=_N("Supplies", "ml prepared"),
        per_day=1000,
        who=Who(needs_any=frozenset({"infant"}), label=_N("Supplies", "Infants")),
        source=_N(
            "Supplies",
            "Upper planning figure: about 1 litre of prepared formula a day covers a baby "
            "under one on manufacturers' feeding charts; toddlers need less, breastfed babies "
            "may need none. Ask the parents.",
        ),
    ),
    SupplyRule(
        item="diapers",
        label=_N("Supplies", "Diapers"),
        unit=_N("Supplies", "pieces"),
        per_day=8,
        who=Who(needs_any=frozenset({"infant"}), label=_N("Supplies", "Infants")),
        source=_N(
            "Supplies",
            "About 8 a day (6 to 10 by age): common household-stockpile guidance for babies.",
        ),
    ),
    SupplyRule(
        item="medication_checks",
        label=_N("Supplies", "Medication checks"),
        unit=_N("Supplies", "consultations"),
        per_day=1,
        who=Who(
            needs_any=frozenset({"medication"}),
            label=_N("Supplies", "People on regular medication"),
        ),
        source=_N(
            "Supplies",
            "Not a supply: one check a day with each person on regular medication (nurse or "
            "pharmacist) so nobody runs out (assumption of this kiosk).",
        ),
    ),
)


def age_cutoff(today: date, years: int) -> str:
    """The latest ISO birth date of someone at least ``years`` old on ``today``.

    Born on or before it means ``age >= years`` (as :meth:`Person.age_on` counts; someone born
    on 29 February is a year older on 1 March of common years).
    """
    try:
        return today.replace(year=today.year - years).isoformat()
    except ValueError:  # 29 February, and the year ``years`` back is a common year
        return date(today.year - years, 2, 28).isoformat()


def _flag_sql(flag: str) -> str:
    if flag not in NEED_FLAGS:
        raise ValueError(f"unknown need flag {flag!r}")
    has_flag = f"instr(needs, '\"{flag}\"') > 0"
    if flag == "infant":
        return f"({has_flag} OR (birth IS NOT NULL AND birth > :infant_cutoff))"
    return has_flag


def _who_sql(who: Who) -> str:
    parts = ["1"]
    if who.needs_any:
        parts.append("(" + " OR ".join(_flag_sql(f) for f in sorted(who.needs_any)) + ")")
    parts.extend(f"NOT {_flag_sql(f)}" for f in sorted(who.excludes))
    return " AND ".join(parts)


def _check_hours(hours: int) -> None:
    if not 1 <= hours <= MAX_HOURS:
        raise ValidationError(
            "hours", _N("KioskError", "Enter a number from 1 to {limit}."), limit=MAX_HOURS
        )


def estimate(
    store: Store,
    hours: int = 24,
    *,
    now: datetime | None = None,
    rules: tuple[SupplyRule, ...] = SUPPLY_RULES,
    zone: str = DEFAULT_TIME_ZONE,
) -> tuple[SupplyLine, ...]:
    """What the people checked in need over the next ``hours``, one line per rule.

    ``quantity`` is ``people × per_day × hours / 24``, rounded up. ``now`` (default: the
    current time) fixes the date, in the shelter's time ``zone``, that decides who is under
    :data:`INFANT_AGE`. One query.

    Raises:
        ValidationError: ``hours`` outside 1..168.
    """
    _check_hours(hours)
    today = local_date(now or datetime.now(UTC), zone)
    columns = []
    for i, rule in enumerate(rules):
        cond = _who_sql(rule.who)
        columns.append(f"coalesce(sum(CASE WHEN {cond} THEN 1 ELSE 0 END), 0) AS p{i}")
        columns.append(
            f"coalesce(sum(CASE WHEN {cond} AND stay != 'shelter' THEN 1 ELSE 0 END), 0) AS o{i}"
        )
    row = store.query_one(
        f"SELECT {', '.join(columns)} FROM person WHERE {CHECKED_IN_SQL}",
        {"infant_cutoff": age_cutoff(today, INFANT_AGE)},
    )
    lines = []
    for i, rule in enumerate(rules):
        people = int(row[f"p{i}"]) if row else 0
        outside = int(row[f"o{i}"]) if row else 0
        lines.append(
            SupplyLine(
                item=rule.item,
                label=rule.label,
                unit=rule.unit,
                per_day=rule.per_day,
                people=people,
                outside=outside,
                hours=hours,
                quantity=-(-people * rule.per_day * hours // 24),
            )
        )
    return tuple(lines)


def line_payload(line: SupplyLine) -> dict[str, Any]:
    """A line as JSON-ready data (``kiosk status --json``)."""
    return {
        "item": line.item,
        "unit": line.unit,
        "per_day": line.per_day,
        "people": line.people,
        "outside": line.outside,
        "hours": line.hours,
        "quantity": line.quantity,
    }


def supply_rules_markdown(rules: tuple[SupplyRule, ...] = SUPPLY_RULES) -> str:
    """docs/supply-rules.md, generated from :data:`SUPPLY_RULES`."""
    lines = [
        "# Supply estimate rules",
        "",
        "Generated from `kiosk/operations/supplies.py` "
        "(`python -m kiosk.operations.supplies > docs/supply-rules.md`);",
        "a test fails when this file and the code differ.",
        "",
        "The estimate counts everyone **checked in** (present or on temporary leave), whatever",
        "their stay: people in a vehicle or at home come to the shelter for supplies, and each",
        "line also says how many of its people stay outside. For a period of `hours`, a line's",
        "quantity is `people × per day × hours / 24`, rounded up. Special meals replace",
        "ordinary meals; *infant* means flagged infant on the card or under "
        f"{INFANT_AGE} years old.",
        "The figures are planning figures from common guidance, not precise citations: the",
        "shelter manager adjusts what is ordered.",
        "",
        "| item | unit | per person per day | applies to | source |",
        "|---|---|---|---|---|",
    ]
    for rule in rules:
        lines.append(
            f"| {rule.label} (`{rule.item}`) | {rule.unit} | {rule.per_day} | "
            f"{rule.who.label} | {rule.source} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(supply_rules_markdown())
