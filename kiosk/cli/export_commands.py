"""`kiosk export roster|anpi|blank-cards`: the roster, the 安否情報 list and blank evacuee
cards, written as files that hold personal data — each command says so on stderr."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.basics.languages import language_codes
from kiosk.cli.common import add_command, open_kiosk, print_json
from kiosk.exports import ENCODINGS, ExportResult


def _format(args: argparse.Namespace) -> str:
    """``--format``, else what the target's suffix says, else CSV."""
    if args.format:
        return str(args.format)
    return "pdf" if Path(args.to).suffix.lower() == ".pdf" else "csv"


def _report(result: ExportResult, as_json: bool) -> int:
    if as_json:
        print_json(
            {
                "kind": result.kind,
                "path": str(result.path),
                "export_id": result.export_id,
                "rows": result.rows,
                "pages": result.pages,
                "bytes": result.size,
            }
        )
    else:
        pages = f", {result.pages} pages" if result.pages is not None else ""
        print(f"Wrote {result.path}: {result.rows} rows{pages}, {result.size} bytes.")
    print(f"warning: {result.warning}", file=sys.stderr)
    return 0


def cmd_export_roster(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        result = kiosk.export_roster(
            kiosk.ctx,
            Path(args.to),
            _format(args),
            encoding=args.encoding,
            unencodable="replace" if args.replace_unencodable else "error",
            include_all=args.all,
            replace=args.force,
        ).value
    return _report(result, args.json)


def cmd_export_anpi(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        result = kiosk.export_anpi(
            kiosk.ctx,
            Path(args.to),
            _format(args),
            encoding=args.encoding,
            unencodable="replace" if args.replace_unencodable else "error",
            replace=args.force,
        ).value
    return _report(result, args.json)


def cmd_export_blank_cards(args: argparse.Namespace) -> int:
    with open_kiosk(args) as kiosk:
        result = kiosk.export_blank_cards(
            kiosk.ctx, Path(args.to), args.count, args.force, language=args.language
        ).value
    return _report(result, args.json)


def _table_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", required=True, metavar="PATH", help="the file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.add_argument(
        "--format", choices=("csv", "pdf"), help="default: pdf for a .pdf target, else csv"
    )
    p.add_argument(
        "--encoding",
        choices=tuple(ENCODINGS),
        default="utf-8",
        help="CSV encoding: utf-8 (with BOM, for Excel; default) or shift_jis (code page 932)",
    )
    p.add_argument(
        "--replace-unencodable",
        action="store_true",
        help="with shift_jis, write 〓 for a character it cannot hold instead of stopping",
    )
    p.add_argument("--json", action="store_true")


def register(subparsers: Any) -> None:
    export = add_command(
        subparsers,
        "export",
        "Write the roster, the 安否情報 list or blank evacuee cards (manager; audited).",
        "kiosk export roster --format pdf --to /media/usb/roster.pdf",
        lambda args: 2,
    )
    sub = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    p = add_command(
        sub,
        "roster",
        "The reception roster (受付名簿) of people checked in or on leave, as CSV or PDF.",
        "kiosk export roster --format csv --encoding shift_jis --to roster.csv",
        cmd_export_roster,
    )
    _table_options(p)
    p.add_argument("--all", action="store_true", help="everyone registered, also left or not in")
    p = add_command(
        sub,
        "anpi",
        "The 安否情報 list: only people who consented to disclose their safety status.",
        "kiosk export anpi --to anpi.pdf",
        cmd_export_anpi,
    )
    _table_options(p)
    p = add_command(
        sub,
        "blank-cards",
        "Blank evacuee cards (避難者カード) to print in advance, each with its own slip QR.",
        "kiosk export blank-cards --count 50 --to cards.pdf",
        cmd_export_blank_cards,
    )
    p.add_argument("--count", type=int, required=True, help="how many cards (1 to 1000)")
    p.add_argument(
        "--language",
        choices=language_codes(),
        default="en",
        help="the sub-labels' language next to Japanese (default: en)",
    )
    p.add_argument("--to", required=True, metavar="PATH", help="the PDF file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.add_argument("--json", action="store_true")
