"""The walk-in slip: one page per person, printed after the evacuee card is saved.

Page size: **A6 portrait (105 × 148 mm)**. Every office printer takes it (or prints it on A4,
scaled), it is the size of the paper evacuee card's stub and of a postcard a person keeps in a
pocket, and at A6 the QR code is 50 mm wide — read by a webcam at arm's length and still read
after being folded. An 80 mm receipt printer would need a driver on every kiosk laptop; A6 needs
none.

A page shows, top to bottom: the shelter's name, the person's name in large type with the kana
reading, the check-in time, a black "要支援 / Support needed" tag when the person has any need
flag (black and white, so it survives a monochrome printer and a photocopy), the slip's QR code
(signed by the kiosk's key, :func:`kiosk.identity.issue_slip`, through
:meth:`KioskActions.issue_slip`, which also links the slip id to the person) with its slip id
written out, and what the slip is for. The QR is drawn as vector squares, never as a scaled
bitmap, so it stays sharp at any printer resolution.

:class:`SlipPrinter` gathers what the pages need through the actions (on the DB worker) and
hands them to its output: by default :func:`print_with_dialog` (a QPrintDialog; staff choose
the printer). With no printer installed the dialog can only print to a PDF file: its name is
chosen here (:func:`pdf_fallback`), new each time and reserved with ``O_EXCL`` — Qt's own
default is the same ``print.pdf`` every time, so each household's slips replaced the last
one's — on the USB stick if one is mounted, else in the home folder. :func:`write_pdf` writes
the same pages to a PDF — it holds personal data, so only call it with a path the operator
chose (tests write into their own temporary directory).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QDir,
    QLocale,
    QMarginsF,
    QObject,
    QRectF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from kiosk.basics.i18n import QT_TRANSLATE_NOOP
from kiosk.basics.languages import evacuee_language
from kiosk.basics.removable import default_save_folder
from kiosk.identity import render_png
from kiosk.registry.records import Person, Shelter
from ui.actions import KioskActions
from ui.i18n import translate_in
from ui.theme import japanese_font_family

__all__ = [
    "SlipPage",
    "SlipPrinter",
    "PAGE_SIZE",
    "SUPPORT_TAG",
    "paint_pages",
    "write_pdf",
    "print_with_dialog",
    "reserve_new_file",
    "pdf_fallback",
]

#: The slip's paper (see the module docstring for why A6).
PAGE_SIZE = QPageSize.PageSizeId.A6
#: The support tag is bilingual on every slip, whatever the window's language.
SUPPORT_TAG = "要支援 / Support needed"
_MARGIN_MM = 7.0
_QR_MM = 50.0


@dataclass(frozen=True, repr=False)
class SlipPage:
    """What one slip shows. Holds personal data: never logged (``repr`` shows no field)."""

    shelter_name: str
    name: str
    kana: str
    #: On the shelter's clock (``KioskActions.local``), printed as it is.
    checked_in_at: datetime | None
    code: str
    slip_id: str
    support_needed: bool
    #: The person's language (their card's): the slip's words and date are printed in it;
    #: empty for the window's language.
    language: str = ""

    def __repr__(self) -> str:
        return "SlipPage(…)"


def _say(page: SlipPage, text: str) -> str:
    """``text`` (context ``SlipPrint``) in the slip's language."""
    if page.language and evacuee_language(page.language) is not None:
        return translate_in(page.language, "SlipPrint", text)
    return QCoreApplication.translate("SlipPrint", text)


def _when(page: SlipPage, at: datetime) -> str:
    """The check-in time written the way the slip's language writes dates and times; ``at`` is
    already on the shelter's clock (:class:`SlipPage`)."""
    known = evacuee_language(page.language)
    locale = QLocale(known.locale) if known is not None else QLocale()
    local = at
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)


def _font(points: float, bold: bool = False) -> QFont:
    family = japanese_font_family()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _fitted(text: str, points: float, width: float, device: QPagedPaintDevice) -> QFont:
    """The largest font up to ``points`` in which ``text`` fits ``width`` device pixels."""
    font = _font(points, bold=True)
    while points > 10:
        if QFontMetricsF(font, device).horizontalAdvance(text) <= width:
            break
        points -= 1
        font = _font(points, bold=True)
    return font


def _draw_qr(painter: QPainter, code: str, target: QRectF) -> None:
    """The QR as filled squares (runs of dark modules merged), quiet zone included."""
    image = QImage.fromData(render_png(code, scale=1, border=4).data)
    modules = image.width()
    size = min(target.width(), target.height()) / modules
    left = target.left() + (target.width() - size * modules) / 2
    painter.fillRect(
        QRectF(left, target.top(), size * modules, size * modules), Qt.GlobalColor.white
    )
    for y in range(modules):
        x = 0
        while x < modules:
            if image.pixelColor(x, y).lightness() < 128:
                start = x
                while x < modules and image.pixelColor(x, y).lightness() < 128:
                    x += 1
                painter.fillRect(
                    QRectF(left + start * size, target.top() + y * size, (x - start) * size, size),
                    Qt.GlobalColor.black,
                )
            else:
                x += 1


def _paint_page(painter: QPainter, device: QPagedPaintDevice, page: SlipPage) -> None:
    dpi = device.logicalDpiX()
    mm = dpi / 25.4
    width, height = device.width(), device.height()
    margin = _MARGIN_MM * mm
    inner = width - 2 * margin
    y = margin
    wrap = Qt.TextFlag.TextWordWrap

    def text(body: str, font: QFont, align: Qt.AlignmentFlag, gap_mm: float = 1.5) -> None:
        nonlocal y
        painter.setFont(font)
        metrics = QFontMetricsF(font, device)
        box = metrics.boundingRect(QRectF(0, 0, inner, height), int(align) | int(wrap), body)
        painter.drawText(QRectF(margin, y, inner, box.height()), int(align) | int(wrap), body)
        y += box.height() + gap_mm * mm

    left, centre = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter
    painter.setPen(QColor("#000000"))
    text(page.shelter_name, _font(10, bold=True), left, 0.5)
    text(_say(page, QT_TRANSLATE_NOOP("SlipPrint", "Evacuee slip")), _font(9), left, 2)
    painter.drawLine(int(margin), int(y), int(width - margin), int(y))
    y += 2 * mm
    text(page.name, _fitted(page.name, 30, inner, device), centre, 0.5 if page.kana else 2)
    if page.kana:
        text(page.kana, _font(12), centre, 1.5)
    if page.checked_in_at is not None:
        when = _when(page, page.checked_in_at)
        text(
            _say(page, QT_TRANSLATE_NOOP("SlipPrint", "Checked in: {time}")).format(time=when),
            _font(11),
            centre,
            2,
        )
    if page.support_needed:
        painter.setFont(_font(17, bold=True))
        tag_h = QFontMetricsF(painter.font(), device).height() + 3 * mm
        tag = QRectF(margin, y, inner, tag_h)
        painter.fillRect(tag, Qt.GlobalColor.black)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), SUPPORT_TAG)
        painter.setPen(QColor("#000000"))
        y += tag_h + 2 * mm
    footer = _say(
        page,
        QT_TRANSLATE_NOOP(
            "SlipPrint", "Keep this slip. Show it when you leave, come back or collect supplies."
        ),
    )
    footer_font = _font(8)
    footer_h = (
        QFontMetricsF(footer_font, device)
        .boundingRect(QRectF(0, 0, inner, height), int(wrap), footer)
        .height()
    )
    id_h = QFontMetricsF(_font(11), device).height()
    room = height - margin - footer_h - id_h - 3 * mm - y
    qr = min(_QR_MM * mm, room)
    _draw_qr(painter, page.code, QRectF(margin, y, inner, qr))
    y += qr + 1 * mm
    spaced = f"{page.slip_id[:4]} {page.slip_id[4:]}"
    text(
        _say(page, QT_TRANSLATE_NOOP("SlipPrint", "Slip {slip_id}")).format(slip_id=spaced),
        _font(11, bold=True),
        centre,
        1,
    )
    y = height - margin - footer_h
    text(footer, footer_font, centre, 0)


def paint_pages(device: QPagedPaintDevice, pages: Sequence[SlipPage]) -> None:
    """Paint ``pages`` on a printer or PDF writer already set to the slip's page size."""
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for index, page in enumerate(pages):
            if index:
                device.newPage()
            _paint_page(painter, device, page)
    finally:
        painter.end()


def _layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZE), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    )


def write_pdf(path: Path | str, pages: Sequence[SlipPage], resolution: int = 300) -> Path:
    """Write the slips to a PDF at ``path`` (personal data: a path the operator chose)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(resolution)
    writer.setPageLayout(_layout())
    writer.setTitle(QCoreApplication.translate("SlipPrint", "Evacuee slip"))
    writer.setCreator("kiosk")
    paint_pages(writer, pages)
    return Path(path)


def reserve_new_file(folder: Path, stem: str, suffix: str) -> Path:
    """Create a new, empty, owner-only file ``stem.suffix`` in ``folder`` — or ``stem-2``,
    ``stem-3``… when taken — and return its path. ``O_EXCL`` makes taking the name atomic:
    an earlier file of the same name is never opened, let alone overwritten.

    Raises:
        OSError: the folder cannot be written.
    """
    for number in range(1, 10_000):
        path = folder / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")
        try:
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(handle)
        return path
    raise FileExistsError(folder / f"{stem}{suffix}")


def pdf_fallback(
    printer: QPrinter, printers: Sequence[str], folder: Path, now: datetime
) -> Path | None:
    """With no printer installed, point ``printer`` at a new PDF file (reserved, so the
    dialog's default never replaces earlier slips) and return it; with printers, None (the
    dialog offers them and a PDF stays a deliberate choice). ``now`` names the file: the
    shelter's time (``KioskActions.local``)."""
    if printers:
        return None
    stem = "slips-" + now.strftime("%Y%m%d-%H%M")
    path = reserve_new_file(folder, stem, ".pdf")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return path


def print_with_dialog(parent: QWidget | None, pages: Sequence[SlipPage], now: datetime) -> bool:
    """Ask for a printer (QPrintDialog) and print; False when staff cancelled. ``now``, the
    shelter's time, names a PDF written for want of a printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_layout())
    printer.setFullPage(True)
    try:
        reserved = pdf_fallback(
            printer,
            QPrinterInfo.availablePrinterNames(),
            default_save_folder(Path(QDir.homePath())),
            now,
        )
    except OSError:
        reserved = None  # no folder to write in: the dialog's own choice stands
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("SlipPrint", "Print slips"))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if reserved is not None and (not accepted or printer.outputFileName() != str(reserved)):
        _drop_if_empty(reserved)  # not used after all: leave no empty file behind
    if not accepted:
        return False
    paint_pages(printer, pages)
    return True


def _drop_if_empty(path: Path) -> None:
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass


class SlipPrinter(QObject):
    """Issues a slip per person through the actions and prints the pages.

    ``ready(pages)`` once the pages went to the output; ``failed(error)`` if a service call
    failed (nothing is printed then). ``output`` defaults to :func:`print_with_dialog`.
    """

    ready = Signal(object)  # tuple[SlipPage, ...]
    failed = Signal(object)  # KioskError

    def __init__(
        self,
        actions: KioskActions,
        output: Callable[[Sequence[SlipPage]], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kiosk_actions = actions
        self._output = output

    def print_for(self, person_ids: Sequence[str]) -> None:
        """Issue (and link) a new slip for each person, then print one page each."""
        ids = tuple(person_ids)
        if not ids:
            return
        pages: dict[str, SlipPage] = {}
        failures: list[BaseException] = []

        def failed(error: BaseException) -> None:
            if not failures and shiboken6.isValid(self):
                failures.append(error)
                self.failed.emit(error)

        def got_shelter(shelter: Shelter) -> None:
            for person_id in ids:
                self.kiosk_actions.issue_slip(
                    person_id, partial(got_slip, shelter, person_id), failed
                )

        def got_slip(shelter: Shelter, person_id: str, result: tuple[object, str]) -> None:
            slip, code = result
            self.kiosk_actions.person(
                person_id, lambda person: got_person(shelter, slip, code, person), failed
            )

        def got_person(shelter: Shelter, slip: object, code: str, person: Person) -> None:
            pages[person.id] = SlipPage(
                shelter_name=shelter.name,
                name=person.name,
                kana=person.kana,
                checked_in_at=(
                    self.kiosk_actions.local(person.state_since)
                    if person.state == "in" and person.state_since is not None
                    else None
                ),
                code=code,
                slip_id=getattr(slip, "slip_id", ""),
                support_needed=bool(getattr(slip, "support_needed", False)),
                language=person.language,
            )
            if len(pages) == len(ids) and not failures:
                self._emit(tuple(pages[i] for i in ids))

        self.kiosk_actions.shelter(got_shelter, failed)

    def _emit(self, pages: tuple[SlipPage, ...]) -> None:
        if not shiboken6.isValid(self):  # the form closed while the slips were being issued
            return
        if self._output is not None:
            self._output(pages)
        else:
            parent = self.parent()
            window = parent.window() if isinstance(parent, QWidget) else None
            print_with_dialog(window, pages, self.kiosk_actions.local(self.kiosk_actions.now()))
        self.ready.emit(pages)
