"""The sync operator's panel: what is queued, what went through, what the City OS refused
(with its reason), "push now", and retry or skip for each conflict (both audited). With no
network for days, "Write sealed bundle…" puts the queue on a USB stick for the City OS
(sealed by :meth:`sync.front_door.SyncDoor.seal_bundle` on the DB worker, written on the
background thread) and "Import receipt…" marks what the City OS confirmed as delivered;
"Import City OS keys…" stores the City OS's public key file that sealing needs (the window's
way, next to ``kiosk sync cityos-keys``). The demo shelter ships demo keys, so the bundle
works there out of the box. The file choosers are injectable callables (like the window's
``ask_pin``) so tests drive the buttons without a modal dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDir, QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.input_files import RECEIPT, read_limited
from kiosk.basics.removable import default_save_folder
from kiosk.registry.records import Shelter
from kiosk.registry.roster_cache import RosterStatus
from sync.bundle import (
    BundleContents,
    SealedBundle,
    write_sealed,
)
from sync.delivery import Conflict, QueueStatus
from sync.errors import CityOsUnreachable
from sync.pull import PullReport
from ui.actions import KioskActions
from ui.i18n import tr_error
from ui.sync_runner import SyncRunner
from ui.widgets.banner import Banner

R = TypeVar("R")

__all__ = [
    "OperatorPanel",
    "ChooseTarget",
    "ChooseReceipt",
    "save_dialog",
    "open_dialog",
    "keys_dialog",
    "bundle_name",
]

#: ``(parent, suggested path) -> chosen path or None`` (cancelled).
ChooseTarget = Callable[[QWidget, Path], Path | None]
#: ``(parent, start folder) -> chosen path or None`` (cancelled).
ChooseReceipt = Callable[[QWidget, Path], Path | None]
#: ``KioskActions.retry_conflict`` or ``skip_conflict``: ``(seq, done, failed)``.
Resolve = Callable[[int, Callable[[None], object], Callable[[BaseException], None]], None]


class MediumError(KioskError):
    """The bundle or receipt file could not be written or read (stick pulled, read-only, full)."""

    code = "bundle_medium"
    template = _N(
        "KioskError",
        "The file cannot be written or read there. Check the USB stick and choose the place again.",
    )


#: What the queue holds, by record type, as the operator reads it.
RECORD_TYPES: dict[str, str] = {
    "shelter": _N("OperatorPanel", "shelter record"),
    "household": _N("OperatorPanel", "households"),
    "person": _N("OperatorPanel", "people"),
    "stay_event": _N("OperatorPanel", "check-ins and other events"),
    "survey": _N("OperatorPanel", "survey answers"),
}


def bundle_name(shelter_id: str, at: datetime) -> str:
    """The suggested file name: shelter id and ``at`` (the shelter's time,
    ``KioskActions.local``), safe on FAT-formatted sticks."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in shelter_id) or "shelter"
    return f"{safe}-{at.strftime('%Y%m%d-%H%M')}.jwe"


def removable_folder() -> Path:
    """Where the file dialogs start: the USB stick mounted last (:mod:`kiosk.basics.removable`),
    else the home folder."""
    return default_save_folder(Path(QDir.homePath()))


def save_dialog(parent: QWidget, suggested: Path) -> Path | None:
    """The real chooser for the bundle's target file."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("OperatorPanel", "Write sealed bundle"),
        str(suggested),
        QCoreApplication.translate("OperatorPanel", "Sealed bundle (*.jwe)"),
    )
    return Path(name) if name else None


def _open_file(parent: QWidget, title: str, folder: Path, kinds: str) -> Path | None:
    """A file chooser starting in ``folder`` (title and file kinds already translated)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), kinds)
    return Path(name) if name else None


def open_dialog(parent: QWidget, folder: Path) -> Path | None:
    """The real chooser for a City OS receipt."""
    return _open_file(
        parent,
        QCoreApplication.translate("OperatorPanel", "Import receipt"),
        folder,
        QCoreApplication.translate("OperatorPanel", "City OS receipt (*.jws);;All files (*)"),
    )


def keys_dialog(parent: QWidget, folder: Path) -> Path | None:
    """The real chooser for the City OS's public key file (a JWKS)."""
    return _open_file(
        parent,
        QCoreApplication.translate("OperatorPanel", "Import City OS keys"),
        folder,
        QCoreApplication.translate("OperatorPanel", "City OS keys (*.jwks *.json);;All files (*)"),
    )


def write_to_medium(sealed: SealedBundle, target: Path) -> SealedBundle:
    """Background side: the file on the stick, read back (a slow stick never holds up the DB
    thread, so check-ins go on meanwhile).

    Raises:
        MediumError: the target cannot be written.
        BundleError: the written file does not read back.
    """
    try:
        write_sealed(sealed, target, replace=True)  # the save dialog asked before replacing
    except OSError as exc:
        raise MediumError() from exc
    return sealed


def read_from_medium(path: Path) -> bytes:
    """Background side of "Import receipt…": the file's bytes (the stick stays off the DB thread).

    Raises:
        MediumError: the file cannot be read.
        FileTooLarge: it is far larger than any receipt.
    """
    try:
        return read_limited(path, RECEIPT)
    except OSError as exc:
        raise MediumError() from exc


class OperatorPanel(QWidget):
    def __init__(
        self,
        actions: KioskActions,
        runner: SyncRunner | None,
        choose_target: ChooseTarget = save_dialog,
        choose_receipt: ChooseReceipt = open_dialog,
        choose_keys: ChooseReceipt = keys_dialog,
    ) -> None:
        super().__init__()
        self.kiosk_actions = actions
        self.runner = runner
        self.choose_target = choose_target
        self.choose_receipt = choose_receipt
        self.choose_keys = choose_keys
        self.shelter_id = ""
        self.last_folder: Path | None = None
        self._state: QueueStatus | None = None  # the last one shown, redrawn in a new language
        self.banner = Banner()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.push_button = QPushButton()
        self.push_button.setMinimumHeight(48)
        self.push_button.clicked.connect(self.push)
        self.conflict_list = QListWidget()
        self.retry_button = QPushButton()
        self.skip_button = QPushButton()
        self.retry_button.clicked.connect(lambda: self._resolve(actions.retry_conflict))
        self.skip_button.clicked.connect(lambda: self._resolve(actions.skip_conflict))
        self.conflicts_label = QLabel()
        self.bundle_button = QPushButton()
        self.bundle_button.setMinimumHeight(48)
        self.bundle_button.clicked.connect(self.write_bundle)
        self.receipt_button = QPushButton()
        self.receipt_button.setMinimumHeight(48)
        self.receipt_button.clicked.connect(self.import_receipt)
        self.keys_button = QPushButton()
        self.keys_button.setMinimumHeight(48)
        self.keys_button.clicked.connect(self.import_keys)
        self.offline_label = QLabel()
        self.offline_label.setWordWrap(True)
        self.roster_label = QLabel()
        self.roster_label.setWordWrap(True)
        self.pull_button = QPushButton()
        self.pull_button.setMinimumHeight(48)
        self.pull_button.clicked.connect(self.pull)
        self._roster: RosterStatus | None = None
        roster_row = QHBoxLayout()
        roster_row.addWidget(self.roster_label, 1)
        roster_row.addWidget(self.pull_button)
        offline = QHBoxLayout()
        offline.addWidget(self.bundle_button)
        offline.addWidget(self.receipt_button)
        offline.addWidget(self.keys_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        for widget in (self.banner, self.summary, self.push_button, self.offline_label):
            layout.addWidget(widget)
        layout.addLayout(offline)
        layout.addLayout(roster_row)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflict_list, 1)
        layout.addLayout(buttons)
        if runner is not None:
            runner.status_changed.connect(self.show_status)
            runner.progress.connect(self._progress)
            runner.finished.connect(self._finished)
            runner.roster_changed.connect(self.show_roster)
            runner.pulled.connect(self._pulled)
        self.retranslate()

    def retranslate(self) -> None:
        self.push_button.setText(self.tr("Send to the City OS now"))
        self.retry_button.setText(self.tr("Send this change again"))
        self.skip_button.setText(self.tr("Skip this change"))
        self.conflicts_label.setText(self.tr("Changes the City OS refused"))
        self.conflict_list.setAccessibleName(self.tr("Changes the City OS refused"))
        self.bundle_button.setText(self.tr("Write sealed bundle…"))
        self.receipt_button.setText(self.tr("Import receipt…"))
        self.keys_button.setText(self.tr("Import City OS keys…"))
        self.offline_label.setText(
            self.tr(
                "No network? Write the queue to a USB stick as a sealed bundle for the City OS, "
                "then import the receipt it gives back."
            )
        )
        self.pull_button.setText(self.tr("Refresh the roster now"))
        if self._state is not None:
            self.show_status(self._state)
        if self._roster is not None:
            self.show_roster(self._roster)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_first(self) -> None:
        self.refresh()
        self.push_button.setFocus()

    def refresh(self) -> None:
        if self.runner is not None:
            self.runner.refresh()
        self.kiosk_actions.conflicts(self._show_conflicts)
        self.kiosk_actions.shelter(self._remember_shelter, lambda _err: None)

    def _remember_shelter(self, shelter: Shelter) -> None:
        self.shelter_id = shelter.id

    def show_status(self, state: QueueStatus) -> None:
        self._state = state
        last = (
            self.kiosk_actions.local(state.last_success).strftime("%m-%d %H:%M")
            if state.last_success
            else "—"
        )
        by_type = (
            ", ".join(
                f"{QCoreApplication.translate('OperatorPanel', RECORD_TYPES.get(kind, kind))} {n}"
                for kind, n in state.pending_by_type
            )
            or "—"
        )
        self.summary.setText(
            self.tr(
                "Queued: {pending} ({by_type})\nSent: {sent} · refused: {conflicts} "
                "(holding back {blocked}) · skipped: {skipped}\nLast success: {last}"
            ).format(
                pending=state.pending,
                by_type=by_type,
                sent=state.sent,
                conflicts=state.conflicts,
                blocked=state.blocked,
                skipped=state.skipped,
                last=last,
            )
        )

    def show_roster(self, roster: RosterStatus) -> None:
        self._roster = roster
        fetched = (
            self.kiosk_actions.local(roster.fetched_at).strftime("%m-%d %H:%M")
            if roster.fetched_at
            else "—"
        )
        self.roster_label.setText(
            self.tr(
                "Resident roster from the City OS: %n people, fetched {when}", "", roster.residents
            ).format(when=fetched)
        )

    def pull(self) -> None:
        """Fetch the shelter record and roster now (network pool, then DB worker)."""
        if self.runner is None:
            return
        self.banner.show_message("info", self.tr("Fetching the roster…"))
        self.runner.pull()

    def _pulled(self, result: object) -> None:
        if isinstance(result, BaseException):
            self.banner.show_error(result, "warning")
            return
        assert isinstance(result, PullReport)
        if result.roster is None:
            text = self.tr("Shelter record fetched; no roster district is set in the settings.")
        else:
            text = self.tr(
                "Roster updated: %n people (+{added}, −{removed}).", "", result.roster.total
            ).format(added=result.roster.added, removed=result.roster.removed)
        self.banner.show_message("success", text)

    def _show_conflicts(self, found: Sequence[Conflict]) -> None:
        self.conflict_list.clear()
        for c in found:
            item = QListWidgetItem(f"#{c.seq} {c.record_type} {c.record_id[:8]} — {c.reason}")
            item.setData(Qt.ItemDataRole.UserRole, c.seq)
            self.conflict_list.addItem(item)

    def push(self) -> None:
        if self.runner is None:
            return
        self.banner.show_message("info", self.tr("Sending…"))
        self.runner.push()

    def _progress(self, sent: int) -> None:
        self.banner.show_message("info", self.tr("Sending… %n changes sent", "", sent))

    def _finished(self, why: str) -> None:
        if why:
            error = self.runner.last_error if self.runner is not None else None
            self.banner.show_error(error or CityOsUnreachable(), "warning")
        else:
            self.banner.show_message("success", self.tr("Everything queued has been sent."))
        self.refresh()

    def _resolve(self, action: Resolve) -> None:
        item = self.conflict_list.currentItem()
        if item is None:
            return
        seq = int(item.data(Qt.ItemDataRole.UserRole))
        action(seq, lambda _none: self.refresh(), self._error)

    def _error(self, error: BaseException) -> None:
        if isinstance(error, KioskError):
            self.banner.show_message("error", tr_error(error))

    # --- sealed bundle and receipt --------------------------------------------------------

    def write_bundle(self) -> None:
        """Ask where (default: a USB stick, named by shelter and time), then export on the DB
        worker; the banner says how many changes went where, or why not."""
        folder = self.last_folder or removable_folder()
        suggested = folder / bundle_name(
            self.shelter_id, self.kiosk_actions.local(self.kiosk_actions.now())
        )
        target = self.choose_target(self, suggested)
        if target is None:
            return
        self.last_folder = target.parent
        self.bundle_button.setEnabled(False)
        self.banner.show_message("info", self.tr("Writing the sealed bundle…"))
        self.kiosk_actions.seal_bundle(
            lambda sealed: self._seal_ready(sealed, target), self._bundle_failed
        )

    def _seal_ready(self, sealed: SealedBundle, target: Path) -> None:
        self.kiosk_actions.on_medium(
            lambda path: write_to_medium(sealed, path),
            target,
            lambda written: self.kiosk_actions.record_export(
                written.contents.bundle_id,
                lambda _none: self._bundle_written(written.contents, target),
                self._bundle_failed,
            ),
            self._bundle_failed,
        )

    def _bundle_written(self, contents: BundleContents, target: Path) -> None:
        self.bundle_button.setEnabled(True)
        self.banner.show_message(
            "warning",
            self.tr(
                "%n change(s) written to {path}. The file holds personal data (encrypted for the "
                "City OS only): hand the stick over in person and delete the file once the "
                "receipt is imported.",
                "",
                len(contents.changes),
            ).format(path=str(target)),
        )

    def _bundle_failed(self, error: BaseException) -> None:
        self.bundle_button.setEnabled(True)
        self._error(error)

    def _import_file(
        self,
        choose: ChooseReceipt,
        apply: Callable[[bytes, Callable[[R], object], Callable[[BaseException], None]], None],
        done: Callable[[R], object],
    ) -> None:
        """Ask for a file (starting on the stick), read it on the background thread (a slow
        stick never holds up the DB thread), then ``apply`` it on the DB thread."""
        path = choose(self, self.last_folder or removable_folder())
        if path is None:
            return
        self.last_folder = path.parent
        self.kiosk_actions.on_medium(
            read_from_medium, path, lambda data: apply(data, done, self._error), self._error
        )

    def import_receipt(self) -> None:
        """Ask for the City OS receipt, mark what it names delivered, show how many."""
        self._import_file(
            self.choose_receipt, self.kiosk_actions.import_receipt, self._receipt_imported
        )

    def _receipt_imported(self, marked: int) -> None:
        self.banner.show_message(
            "success",
            self.tr("%n change(s) confirmed by the City OS and marked delivered.", "", marked),
        )
        self.refresh()

    def import_keys(self) -> None:
        """Ask for the City OS's public key file and store it (what sealing a bundle needs)."""
        self._import_file(self.choose_keys, self.kiosk_actions.import_keys, self._keys_imported)

    def _keys_imported(self, _none: object) -> None:
        self.banner.show_message(
            "success", self.tr("City OS keys imported: sealed bundles can be written now.")
        )
