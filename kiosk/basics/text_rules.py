"""Which characters a person's free text may hold: one rule for the card form, the command
line and the signed citizen-app code.

A name is shown at the desk, printed on rosters and slips, written to CSV and sent to the City
OS. Characters a person cannot see there are a way to lie about it: a right-to-left override
(U+202E) shows ``見本 花子`` for a name stored otherwise, zero-width characters make two equal-
looking names differ (and defeat the duplicate check and search), and control characters and
line breaks break CSV rows and logs. So text refuses Unicode's control (Cc), format (Cf: the
bidirectional controls, zero-width space/joiners, the byte-order mark), surrogate (Cs) and
line/paragraph separator (Zl, Zp) categories. Variation selectors, including the ideographic
variation sequences that pick a family name's exact kanji form (葛󠄀), are marks (Mn) and stay.
Multi-line fields (a household note) may hold line feeds.
"""

from __future__ import annotations

import unicodedata

__all__ = ["FORBIDDEN_CATEGORIES", "unsafe_character"]

FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def unsafe_character(value: str, multiline: bool = False) -> str | None:
    """The first character ``value`` may not hold, as ``U+XXXX`` (safe to show and log: it
    names a code point, not the text), or None when all are allowed."""
    for char in value:
        if multiline and char == "\n":
            continue
        if unicodedata.category(char) in FORBIDDEN_CATEGORIES:
            return f"U+{ord(char):04X}"
    return None
