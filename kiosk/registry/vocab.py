"""The fixed vocabularies shared by records, QR payloads, the window and the City OS mapping.

Kept in one place so a special-needs flag or a consent scope means the same everywhere: in the
store, in a citizen-app code, on a printed slip and in what the City OS receives.
"""

from __future__ import annotations

from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "SEXES",
    "STAYS",
    "NEED_FLAGS",
    "CONSENT_RECIPIENTS",
    "CONSENT_PERIODS",
    "CONSENT_SCOPES",
    "ANPI_SCOPE",
    "RELATIONSHIPS",
    "HOME_DAMAGE",
    "LABELS",
]

#: Sex as on the evacuee card: female, male, other/not stated.
SEXES: tuple[str, ...] = ("F", "M", "X")

#: Where a person stays: inside the shelter, in a vehicle (車中泊), at home (在宅避難), elsewhere.
STAYS: tuple[str, ...] = ("shelter", "vehicle", "home", "other")

#: Special-needs flags (要配慮者). Details (care level, illness, ...) are free text on the card.
NEED_FLAGS: tuple[str, ...] = (
    "pregnancy",
    "infant",
    "disability",
    "hearing",
    "visual",
    "wheelchair",
    "care",
    "illness",
    "medication",
    "allergy",
    "dietary",
)

#: Who may receive data, and in which period: consent scope strings are "recipient.period".
CONSENT_RECIPIENTS: tuple[str, ...] = ("family", "city", "neighbourhood", "hospital")
CONSENT_PERIODS: tuple[str, ...] = ("peacetime", "emergency")
CONSENT_SCOPES: tuple[str, ...] = tuple(
    f"{r}.{p}" for r in CONSENT_RECIPIENTS for p in CONSENT_PERIODS
)
#: Consent to disclose the safety status to inquirers (安否情報の開示).
ANPI_SCOPE = "anpi"

#: Relationship to the household representative.
RELATIONSHIPS: tuple[str, ...] = (
    "self",
    "spouse",
    "child",
    "parent",
    "grandchild",
    "grandparent",
    "sibling",
    "relative",
)

#: Damage to the home (住家被害), coarse levels as asked on the paper card.
HOME_DAMAGE: tuple[str, ...] = ("unknown", "none", "partial", "half", "total")

#: Translatable labels for every vocabulary value, keyed by value.
LABELS: dict[str, str] = {
    "F": _N("Vocab", "Female"),
    "M": _N("Vocab", "Male"),
    "X": _N("Vocab", "Other / not stated"),
    "shelter": _N("Vocab", "In the shelter"),
    "vehicle": _N("Vocab", "In a vehicle"),
    "home": _N("Vocab", "At home"),
    "other": _N("Vocab", "Elsewhere"),
    "pregnancy": _N("Vocab", "Pregnancy"),
    "infant": _N("Vocab", "Infant"),
    "disability": _N("Vocab", "Disability"),
    "hearing": _N("Vocab", "Hearing impairment"),
    "visual": _N("Vocab", "Visual impairment"),
    "wheelchair": _N("Vocab", "Wheelchair"),
    "care": _N("Vocab", "Needs nursing care"),
    "illness": _N("Vocab", "Illness"),
    "medication": _N("Vocab", "Medication"),
    "allergy": _N("Vocab", "Allergy"),
    "dietary": _N("Vocab", "Dietary needs"),
    "family": _N("Vocab", "Family"),
    "city": _N("Vocab", "City"),
    "neighbourhood": _N("Vocab", "Neighbourhood group"),
    "hospital": _N("Vocab", "Hospital"),
    "peacetime": _N("Vocab", "Peacetime"),
    "emergency": _N("Vocab", "Emergency"),
    "anpi": _N("Vocab", "Safety status may be disclosed to inquirers"),
    "self": _N("Vocab", "Representative"),
    "spouse": _N("Vocab", "Spouse"),
    "child": _N("Vocab", "Child"),
    "parent": _N("Vocab", "Parent"),
    "grandchild": _N("Vocab", "Grandchild"),
    "grandparent": _N("Vocab", "Grandparent"),
    "sibling": _N("Vocab", "Sibling"),
    "relative": _N("Vocab", "Other relative or companion"),
    "unknown": _N("Vocab", "Unknown"),
    "none": _N("Vocab", "No damage"),
    "partial": _N("Vocab", "Partial damage"),
    "half": _N("Vocab", "Half destroyed"),
    "total": _N("Vocab", "Totally destroyed"),
}
