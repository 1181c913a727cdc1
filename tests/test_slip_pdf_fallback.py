"""Slips printed without a printer go to a PDF whose name is new every time (issue #12 item 7):
an earlier slips file with the same name is never opened, let alone overwritten."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from ui.slip_print import pdf_fallback

AT = datetime(2026, 12, 2, 12, 5, tzinfo=UTC)


def test_without_a_printer_each_print_gets_a_new_pdf_and_earlier_ones_stay(
    qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stem = "slips-20261202-1205"  # the time given (the shelter's), not the computer's
    earlier = tmp_path / f"{stem}.pdf"
    earlier.write_bytes(b"%PDF earlier household")
    first, second = QPrinter(), QPrinter()
    paths = (pdf_fallback(first, [], tmp_path, AT), pdf_fallback(second, [], tmp_path, AT))
    assert (
        [p.name if p else None for p in paths],
        first.outputFileName(),
        first.outputFormat(),
        earlier.read_bytes(),
        oct(paths[0].stat().st_mode & 0o777) if paths[0] else None,
    ) == (
        [f"{stem}-2.pdf", f"{stem}-3.pdf"],
        str(tmp_path / f"{stem}-2.pdf"),
        QPrinter.OutputFormat.PdfFormat,
        b"%PDF earlier household",
        "0o600",
    )


def test_with_a_printer_the_dialog_is_left_to_offer_it(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter()
    assert (pdf_fallback(printer, ["Office"], tmp_path, AT), printer.outputFileName()) == (
        None,
        "",
    )
    assert list(tmp_path.iterdir()) == []
