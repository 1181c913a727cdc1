"""What every export shares: writing the file, auditing it, the personal-data warning, the
Japanese font for PDFs and the time printed on a document.

An export holds personal data, so the file is written through
:func:`kiosk.basics.private_file.private_writer` (a temp file in the target directory, owner-only
before any byte, fsynced, renamed into place): a failure leaves neither a temp file nor a
partial file. The audit row (``export.<kind>``, with a random export id, never the path or any
content) is written in the same transaction as whatever the export records in the store, and
that transaction commits only once the file is in place.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.access import audit
from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.local_time import DEFAULT_TIME_ZONE, time_zone
from kiosk.basics.output_files import checked_output, output_writer

__all__ = [
    "PERSONAL_DATA_WARNING",
    "PRINTED_NOTICE",
    "ExportFailed",
    "FontMissing",
    "ExportResult",
    "japanese_font",
    "local_time_text",
    "printed_time",
    "zone_label",
    "write_export",
]

#: Said on stderr and in the window whenever an export is written.
PERSONAL_DATA_WARNING = _N(
    "Export",
    "This file holds personal data: keep it on an encrypted or locked medium, do not send it "
    "by e-mail, and delete or shred it when it is no longer needed.",
)
#: Printed on every page of a PDF export (Japanese first: the readers are municipal staff).
PRINTED_NOTICE = (
    "個人情報を含みます。施錠保管し、不要になったら裁断・削除してください。"
    "  Contains personal data: keep locked away, shred or delete when no longer needed."
)
#: Environment variable naming a TrueType font with Japanese glyphs (deployment choice).
FONT_VARIABLE = "KIOSK_PDF_FONT"
_FONT_CANDIDATES: tuple[str, ...] = (
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/ipafont/ipag.ttf",
    "/usr/share/fonts/ipa-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "C:/Windows/Fonts/ipag.ttf",
    "/Library/Fonts/ipag.ttf",
    # Collections: fpdf2 takes their first face (JP in Noto CJK, MS Gothic in msgothic).
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "C:/Windows/Fonts/msgothic.ttc",
)


class ExportFailed(KioskError):
    code = "export_failed"
    template = _N("KioskError", "Could not write {path} ({reason}). No file was left behind.")


class FontMissing(KioskError):
    code = "font_missing"
    template = _N(
        "KioskError",
        "No Japanese font for PDF files was found. Install IPAGothic (ipag.ttf) or set "
        "KIOSK_PDF_FONT to a .ttf file.",
    )


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote. ``pages`` is ``None`` for CSV; ``rows`` counts people or cards."""

    kind: str
    path: Path
    export_id: str
    rows: int
    size: int
    pages: int | None = None
    warning: str = PERSONAL_DATA_WARNING


def japanese_font() -> Path:
    """A TrueType font with Japanese glyphs: ``$KIOSK_PDF_FONT``, the bundled
    ``assets/fonts/ipag.ttf``, or IPAGothic (else Noto CJK, MS Gothic) where the system has it.

    Raises:
        FontMissing: none of them exists.
    """
    explicit = os.environ.get(FONT_VARIABLE)
    bundle_root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    candidates = [
        *([Path(explicit)] if explicit else []),
        bundle_root / "assets" / "fonts" / "ipag.ttf",
        *(Path(p) for p in _FONT_CANDIDATES),
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FontMissing()


def local_time_text(at: datetime, zone: str = DEFAULT_TIME_ZONE) -> str:
    """``2026-11-25 18:00``: a time in a document's table, on the shelter's clock (the
    settings' ``time_zone``), so it reads like the clock on the shelter's wall."""
    return f"{at.astimezone(time_zone(zone)):%Y-%m-%d %H:%M}"


def zone_label(at: datetime, zone: str = DEFAULT_TIME_ZONE) -> str:
    """The zone's abbreviation at ``at`` (``JST``, ``ChST``, ``UTC``): names the clock a
    document's times are on, in its header and its time column's heading."""
    return at.astimezone(time_zone(zone)).tzname() or zone


def printed_time(at: datetime, zone: str = DEFAULT_TIME_ZONE) -> str:
    """``2026-11-25 18:00 JST``: the time a document shows, on the shelter's clock."""
    return f"{local_time_text(at, zone)} {zone_label(at, zone)}"


def write_export(
    ctx: Context,
    kind: str,
    path: Path,
    data: bytes,
    rows: int,
    pages: int | None = None,
    record: Callable[[str], None] | None = None,
    replace: bool = False,
) -> ExportResult:
    """Write ``data`` to ``path`` atomically and owner-only, and audit it as ``export.<kind>``.

    ``record(export_id)``, if given, writes what the export keeps in the store (e.g. which
    blank cards were printed); it runs in the same transaction as the audit row, and nothing
    of it lands unless the file was written. The target is checked by
    :func:`kiosk.basics.output_files.checked_output` (never in the home, a regular file, replaced
    only with ``replace``) before anything is recorded.

    Raises:
        OutputRefused: the target is in the kiosk's home, not a regular file, or exists.
        PermissionDenied: the acting role may not export (manager or admin only).
        ExportFailed: the file could not be written (missing or read-only directory, full
            disk); no temp file and no partial file is left, and nothing is recorded.
    """
    require_role(ctx, "export")
    home = ctx.store.paths.home
    path = checked_output(path, home, replace)
    export_id = str(uuid.uuid4())
    written = False
    try:
        with ctx.store.atomic():
            if record is not None:
                record(export_id)
            audit.append(ctx.store, ctx.actor, f"export.{kind}", "export", export_id, ctx.now())
            with output_writer(path, home, replace=True) as handle:
                handle.write(data)
            written = True
    except BaseException as exc:
        # If the store refused to commit after the file was renamed into place, an unaudited
        # file of personal data must not stay behind.
        if written:
            path.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            reason = exc.strerror or type(exc).__name__
            raise ExportFailed(path=str(path), reason=reason) from None
        raise
    return ExportResult(kind, path, export_id, rows, len(data), pages)
