"""Exports: the roster (CSV, PDF), the 安否情報 list, and blank evacuee cards to print.

The facade of :mod:`kiosk.exports`. Every export needs the ``export`` permission (shelter
manager or admin), is written owner-only and atomically (nothing is left behind on failure),
is recorded in the audit log, and its result carries the personal-data warning to show.
What each file contains, and why, is in ``docs/exports.md``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

#: Public name → the submodule that defines it. Loaded on first use (PEP 562): the PDF library
#: behind the roster, anpi and blank-card exports costs ~0.4 s to import — paid only when
#: something is exported (the desk reads paper cards from :mod:`kiosk.registry.paper_cards`).
_WHERE: dict[str, str] = {
    **dict.fromkeys(("AnpiEntry", "AnpiList", "anpi_list", "export_anpi"), "anpi"),
    **dict.fromkeys(
        (
            "SlipCode",
            "export_blank_cards",
            "new_slip_code",
        ),
        "blank_cards",
    ),
    **dict.fromkeys(
        ("PERSONAL_DATA_WARNING", "ExportFailed", "ExportResult", "FontMissing"), "files"
    ),
    **dict.fromkeys(
        (
            "ENCODINGS",
            "FORMATS",
            "Roster",
            "RosterRow",
            "UnencodableRow",
            "build_roster",
            "export_roster",
        ),
        "roster",
    ),
}


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'kiosk.exports' has no attribute {name!r}") from None
    return getattr(import_module(f"kiosk.exports.{module}"), name)


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
    "new_slip_code",
    "export_blank_cards",
]
