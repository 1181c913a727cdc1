"""Exports: the roster (CSV, PDF), the 安否情報 list, and blank evacuee cards to print.

The facade of :mod:`kiosk.exports`. Every export needs the ``export`` permission (shelter
manager or admin), is written owner-only and atomically (nothing is left behind on failure),
is recorded in the audit log, and its result carries the personal-data warning to show.
What each file contains, and why, is in ``docs/exports.md``.
"""

from __future__ import annotations

from kiosk.exports.anpi import AnpiEntry, AnpiList, anpi_list, export_anpi
from kiosk.exports.blank_cards import (
    BlankCard,
    SlipCode,
    export_blank_cards,
    find_blank_card,
    new_slip_code,
    printed_cards,
)
from kiosk.exports.files import (
    PERSONAL_DATA_WARNING,
    ExportFailed,
    ExportResult,
    FontMissing,
)
from kiosk.exports.roster import (
    ENCODINGS,
    FORMATS,
    Roster,
    RosterRow,
    UnencodableRow,
    build_roster,
    export_roster,
)

__all__ = [
    "ENCODINGS",
    "FORMATS",
    "PERSONAL_DATA_WARNING",
    "ExportResult",
    "ExportFailed",
    "FontMissing",
    "UnencodableRow",
    "Roster",
    "RosterRow",
    "build_roster",
    "export_roster",
    "AnpiEntry",
    "AnpiList",
    "anpi_list",
    "export_anpi",
    "SlipCode",
    "BlankCard",
    "new_slip_code",
    "export_blank_cards",
    "find_blank_card",
    "printed_cards",
]
