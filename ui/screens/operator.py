"""The sync operator's panel: what is queued, what went through, what the City OS refused
(with its reason), "push now", and retry or skip for each conflict (both audited)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from sync.delivery import Conflict, QueueStatus, conflicts, retry_conflict, skip_conflict
from ui.actions import KioskActions
from ui.i18n import tr_error
from ui.sync_runner import SyncRunner
from ui.widgets.banner import Banner

__all__ = ["OperatorPanel"]


class OperatorPanel(QWidget):
    def __init__(self, actions: KioskActions, runner: SyncRunner | None) -> None:
        super().__init__()
        self.actions = actions
        self.runner = runner
        self.banner = Banner()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.push_button = QPushButton()
        self.push_button.setMinimumHeight(48)
        self.push_button.clicked.connect(self.push)
        self.conflict_list = QListWidget()
        self.retry_button = QPushButton()
        self.skip_button = QPushButton()
        self.retry_button.clicked.connect(lambda: self._resolve(retry_conflict))
        self.skip_button.clicked.connect(lambda: self._resolve(skip_conflict))
        self.conflicts_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        for widget in (self.banner, self.summary, self.push_button, self.conflicts_label):
            layout.addWidget(widget)
        layout.addWidget(self.conflict_list, 1)
        layout.addLayout(buttons)
        if runner is not None:
            runner.status_changed.connect(self.show_status)
            runner.progress.connect(self._progress)
            runner.finished.connect(self._finished)
        self.retranslate()

    def retranslate(self) -> None:
        self.push_button.setText(self.tr("Send to the City OS now"))
        self.retry_button.setText(self.tr("Send this change again"))
        self.skip_button.setText(self.tr("Skip this change"))
        self.conflicts_label.setText(self.tr("Changes the City OS refused"))
        self.conflict_list.setAccessibleName(self.tr("Changes the City OS refused"))

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
        self.actions.run(conflicts, self._show_conflicts)

    def show_status(self, state: QueueStatus) -> None:
        last = (
            state.last_success.astimezone().strftime("%m-%d %H:%M") if state.last_success else "—"
        )
        by_type = ", ".join(f"{kind} {n}" for kind, n in state.pending_by_type) or "—"
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

    def _show_conflicts(self, found: list[Conflict]) -> None:
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
            self.banner.show_message(
                "warning", self.tr("The City OS is not reachable now; the queue is kept.")
            )
        else:
            self.banner.show_message("success", self.tr("Everything queued has been sent."))
        self.refresh()

    def _resolve(self, action) -> None:  # type: ignore[no-untyped-def]
        item = self.conflict_list.currentItem()
        if item is None:
            return
        seq = int(item.data(Qt.ItemDataRole.UserRole))
        self.actions.run_ctx(lambda ctx: action(ctx, seq), lambda _r: self.refresh(), self._error)

    def _error(self, error: BaseException) -> None:
        if isinstance(error, KioskError):
            self.banner.show_message("error", tr_error(error))
