"""The manager's "Desks" page (issue #16 items 1 and 5): the paired desks of this shelter,
unpairing one, and pairing a new one; beside it, people flagged as the same walk-in
(:class:`ui.screens.merge_panel.MergePanel`).

Pairing (``kiosk.desks.pairing``): the first desk shows its pairing code (``KSP1:``) as a
large QR with its expiry counting down; the second desk scans it (the camera: any code the
camera accepts while this page shows is taken here, see :meth:`DesksPage.on_code`) or reads it
from a file, and hands its reply (``KSR1:``) to the first desk over the local network
(:mod:`kiosk.desks.handover`) — one scan pairs both, and the first desk's page redraws when the
reply arrives. When the first desk cannot be reached, the second shows its reply as a QR and
the first desk scans or reads it: the two-scan route. Every step runs on a
worker (reading and rendering on the background thread, the store on the DB thread); roles
are checked by the core.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.desks import CODE_PREFIX, REPLY_PREFIX, AcceptedCode, IssuedCode, PairedDesk
from kiosk.desks.links import DeskRow
from ui.actions import KioskActions
from ui.screens.merge_panel import MergePanel
from ui.widgets.banner import Banner

__all__ = ["DesksPage", "is_pairing_text"]

ChooseFile = Callable[[QWidget, str], Path | None]
Confirm = Callable[[QWidget, str], bool]
QR_SIZE = 300


def is_pairing_text(text: str) -> bool:
    """A pairing code or reply: routed to this page, never to a check-in."""
    stripped = text.strip()
    return stripped.startswith(CODE_PREFIX) or stripped.startswith(REPLY_PREFIX)


def open_file(parent: QWidget, title: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, title, "", "Pairing code (*.png *.jpg *.jpeg *.txt);;All files (*)"
    )
    return Path(name) if name else None


def save_file(parent: QWidget, title: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, "pairing.png", "QR image (*.png)")
    return Path(name) if name else None


def ask(parent: QWidget, question: str) -> bool:
    title = QCoreApplication.translate("DesksPage", "Desks")
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class DesksPage(QWidget):
    """The manager's desks page. ``choose_open``/``choose_save``/``confirm`` are the dialogs
    (tests pass their own)."""

    def __init__(
        self,
        actions: KioskActions,
        camera_view: QWidget | None = None,
        choose_open: ChooseFile = open_file,
        choose_save: ChooseFile = save_file,
        confirm: Confirm = ask,
    ) -> None:
        super().__init__()
        self.kiosk_actions = actions
        self.choose_open = choose_open
        self.choose_save = choose_save
        self.confirm = confirm
        # The text shown as a QR now (a code of ours or our reply), and when a code expires.
        self.shown_text = ""
        self.shown_kind = ""  # "code", "reply" or ""
        self.expires_at: datetime | None = None
        self.scanning = False
        self.rows: list[DeskRow] = []
        self.banner = Banner()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.unpair_button = QPushButton()
        self.unpair_button.clicked.connect(self.unpair_selected)
        self.show_button = QPushButton()
        self.scan_button = QPushButton()
        self.file_button = QPushButton()
        self.save_button = QPushButton()
        for button in (self.show_button, self.scan_button, self.file_button, self.save_button):
            button.setMinimumHeight(44)
        self.show_button.clicked.connect(self.show_code)
        self.scan_button.clicked.connect(self.start_scan)
        self.file_button.clicked.connect(self.read_file)
        self.save_button.clicked.connect(self.save_shown)
        self.qr = QLabel()
        self.qr.setFixedSize(QR_SIZE, QR_SIZE)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setObjectName("pairingQr")
        self.qr_hint = QLabel()
        self.qr_hint.setWordWrap(True)
        self.countdown = QLabel()
        self.camera = camera_view
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.merges = MergePanel(actions, confirm)
        actions.desks_paired.connect(self.paired_remotely)
        self.merges.changed.connect(self.refresh)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.table, 1)
        left.addWidget(self.unpair_button, 0, Qt.AlignmentFlag.AlignRight)
        left.addWidget(self.merges, 2)
        right = QVBoxLayout()
        for button in (self.show_button, self.scan_button, self.file_button):
            right.addWidget(button)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        if self.camera is not None:
            self.camera.setFixedSize(QR_SIZE, QR_SIZE * 3 // 4)
            self.camera.setVisible(False)
            right.addWidget(self.camera, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.countdown)
        right.addWidget(self.qr_hint)
        right.addWidget(self.save_button)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addLayout(columns, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Desks of this shelter"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Desk"),
                self.tr("State"),
                self.tr("Paired"),
                self.tr("Last contact"),
                self.tr("Changes it lacks"),
            ]
        )
        self.table.setAccessibleName(self.tr("Paired desks"))
        self.unpair_button.setText(self.tr("Unpair this desk…"))
        self.show_button.setText(self.tr("Show pairing code"))
        self.scan_button.setText(self.tr("Scan a pairing code"))
        self.file_button.setText(self.tr("Read from file…"))
        self.save_button.setText(self.tr("Save to file…"))
        self._show_rows(self.rows)
        self._show_hint()
        self._tick()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_first(self) -> None:
        self.refresh()
        self.show_button.setFocus()

    def refresh(self) -> None:
        self.kiosk_actions.desk_rows(self._show_rows, self.banner.show_error)
        self.merges.refresh()

    # --- the list of desks ------------------------------------------------------------------

    def _show_rows(self, rows: list[DeskRow]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        states = {"paired": self.tr("paired"), "revoked": self.tr("unpaired")}
        for n, row in enumerate(self.rows):
            contact = row.last_contact
            cells = (
                row.kiosk_id,
                states.get(row.state, row.state),
                self._when(row.paired_at),
                self._when(contact) if contact else self.tr("never"),
                str(row.behind) if row.behind is not None else "–",
            )
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self._selection_changed()

    def _when(self, at: datetime) -> str:
        return f"{self.kiosk_actions.local(at):%m-%d %H:%M}"

    def _selected(self) -> DeskRow | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.unpair_button.setEnabled(chosen is not None and chosen.state == "paired")

    def unpair_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        question = self.tr(
            "Unpair desk {desk}? Its changes are refused from now on, and it cannot pair again "
            "with the same key."
        ).format(desk=chosen.kiosk_id)
        if not self.confirm(self, question):
            return
        self.kiosk_actions.unpair_desk(chosen.kiosk_id, self._unpaired, self.banner.show_error)

    def _unpaired(self, desk: PairedDesk) -> None:
        self.banner.show_message(
            "success", self.tr("Desk {desk} unpaired.").format(desk=desk.kiosk_id)
        )
        self.refresh()

    # --- pairing ----------------------------------------------------------------------------

    def show_code(self) -> None:
        self.banner.clear_message()
        self.kiosk_actions.make_pairing_code(self._issued, self.banner.show_error)

    def _issued(self, issued: IssuedCode) -> None:
        self._display(issued.text, "code", issued.expires_at)

    def _display(self, text: str, kind: str, expires_at: datetime | None) -> None:
        self._stop_scan()
        self.shown_text, self.shown_kind, self.expires_at = text, kind, expires_at
        self.kiosk_actions.render_code(text, self._rendered, self.banner.show_error)
        self._show_hint()
        self._tick()
        if expires_at is not None:
            self.timer.start()

    def _rendered(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.qr.setPixmap(
            pixmap.scaled(
                QR_SIZE,
                QR_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )

    def _clear_code(self) -> None:
        self.shown_text, self.shown_kind, self.expires_at = "", "", None
        self.qr.clear()
        self.timer.stop()
        self._show_hint()

    def _tick(self) -> None:
        if self.expires_at is None:
            self.countdown.setText("")
            return
        left = int((self.expires_at - self.kiosk_actions.now()).total_seconds())
        if left <= 0:
            self._clear_code()
            self.countdown.setText(self.tr("The pairing code expired. Show a new one."))
            return
        self.countdown.setText(
            self.tr("Valid for {minutes}:{seconds:02d}").format(
                minutes=left // 60, seconds=left % 60
            )
        )

    def _show_hint(self) -> None:
        if self.shown_kind == "code":
            hint = self.tr(
                "At the second desk, the manager opens Desks and scans this code (or reads it "
                "from a file). Both desks are then paired over the network; if that desk "
                "shows a reply instead, scan it here."
            )
        elif self.shown_kind == "reply":
            hint = self.tr(
                "Paired on this side. Show this reply to the first desk's camera (or save it to "
                "a file and read it there) to finish."
            )
        elif self.scanning:
            hint = self.tr("Hold the other desk's pairing code or reply to the camera.")
        else:
            hint = self.tr(
                "To pair a new desk: show a pairing code here, or scan the code another desk "
                "of this shelter shows."
            )
        self.qr_hint.setText(hint)
        self.save_button.setEnabled(bool(self.shown_text))

    def start_scan(self) -> None:
        self._clear_code()
        self.scanning = True
        if self.camera is not None:
            self.qr.setVisible(False)
            self.camera.setVisible(True)
        self._show_hint()

    def _stop_scan(self) -> None:
        self.scanning = False
        if self.camera is not None:
            self.camera.setVisible(False)
            self.qr.setVisible(True)

    def on_code(self, text: str) -> None:
        """A code the camera accepted while this page shows: a pairing code or reply is
        taken; anything else is not for this page."""
        if not is_pairing_text(text):
            self.banner.show_message(
                "warning", self.tr("This is not a pairing code. Check people in at the Desk page.")
            )
            return
        self.take(text)

    def take(self, text: str) -> None:
        """A pairing code (pair, then show the reply) or a reply (finish the pairing)."""
        self.banner.clear_message()
        self.kiosk_actions.pair_with(text, self._paired, self.banner.show_error)

    def _paired(self, result: AcceptedCode | PairedDesk) -> None:
        if isinstance(result, AcceptedCode) and result.delivered_to is None:
            # not handed over the network: the reply goes back by a second scan
            self._display(result.reply, "reply", None)
            desk = result.desk.kiosk_id
            if result.addresses:
                self.banner.show_message(
                    "warning",
                    self.tr(
                        "Could not reach desk {desk} over the network — show this code to it."
                    ).format(desk=desk),
                )
                self.refresh()
                return
        else:
            self._stop_scan()
            self._clear_code()
            desk = result.desk.kiosk_id if isinstance(result, AcceptedCode) else result.kiosk_id
        self.banner.show_message("success", self.tr("Paired with desk {desk}.").format(desk=desk))
        self.refresh()

    def paired_remotely(self) -> None:
        """Another desk scanned the code shown here and handed its reply over the network:
        the code is used up; the list shows the new desk."""
        if self.shown_kind == "code":
            self._clear_code()
            self.banner.show_message(
                "success", self.tr("The other desk paired with this one over the network.")
            )
        self.refresh()

    def read_file(self) -> None:
        path = self.choose_open(self, self.tr("Read a pairing code"))
        if path is not None:
            self.kiosk_actions.read_code_file(path, self.take, self.banner.show_error)

    def save_shown(self) -> None:
        if not self.shown_text:
            return
        path = self.choose_save(self, self.tr("Save the pairing code"))
        if path is not None:
            self.kiosk_actions.save_code_file(
                path, self.shown_text, self._saved, self.banner.show_error
            )

    def _saved(self, path: Path) -> None:
        self.banner.show_message("info", self.tr("Saved to {path}.").format(path=path.name))
