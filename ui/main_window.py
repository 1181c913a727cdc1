"""The kiosk window: which page is showing, who is signed in, and the status bar.

The window owns no data and runs no service itself: pages get a :class:`KioskActions`; the
camera worker hands accepted codes to whichever page is showing. Pages: the sign-in page
(locked), the desk (staff), the walk-in card form, self check-in (evacuees), and the panels
for operators and managers. Desk mode locks itself after the configured idle time.

Self check-in is a locked mode: entering it signs the staff member out (what is done there is
audited as the kiosk), disables every window action, hides the toolbar and the status bar
(counts, the demo PINs, who was signed in) and goes full screen. It is left — or the window
closed — only with a staff PIN. "Call staff" there leaves a notice on the window that stays
until staff dismiss it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.access.staff import ROLE_LABELS, StaffMember, may
from kiosk.operations.settings import Settings
from kiosk.reception.status import CROWDING_LABELS, Status
from kiosk.registry.records import Changes
from ui.actions import KioskActions
from ui.screens.desks_page import is_pairing_text
from ui.widgets.banner import Banner

__all__ = ["MainWindow", "Pages"]

log = logging.getLogger("ui.window")


class Pages:
    """Factories for the pages, so the window does not import every screen module itself
    (and tests can build the window with the pages they need)."""

    def __init__(self, **factories: Callable[..., QWidget]) -> None:
        self.factories = factories

    def make(self, name: str, *args: Any, **kwargs: Any) -> QWidget | None:
        factory = self.factories.get(name)
        return factory(*args, **kwargs) if factory else None


class _ActivityFilter(QObject):
    """Sees every key press and click in the application: restarts the idle timer."""

    def __init__(self, on_activity: Callable[[], None]) -> None:
        super().__init__()
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
        ):
            self._on_activity()
        return False


class MainWindow(QMainWindow):
    mode_changed = Signal(str)

    def __init__(
        self,
        actions: KioskActions,
        settings: Settings,
        pages: Pages,
        shelter_name: str = "",
        ask_pin: Callable[[QWidget, KioskActions], StaffMember | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kiosk_actions = actions
        self.ask_pin = ask_pin
        self.settings = settings
        self.member: StaffMember | None = None
        self.mode = "locked"
        self.shelter_name = shelter_name
        self.last_status: Status | None = None
        self.stack = QStackedWidget()
        self._call_notice()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.call_notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        #: Set while self check-in runs: only a staff PIN clears it (see request_leave...).
        self.self_checkin_locked = False
        self._asking_pin = False
        self.pages: dict[str, QWidget] = {}
        for name in (
            "sign_in",
            "desk",
            "card",
            "self_checkin",
            "operator",
            "dashboard",
            "settings",
            "desks",
        ):
            page = pages.make(name, actions)
            if page is not None:
                self.pages[name] = page
                self.stack.addWidget(page)
        self._wire_pages()
        self._toolbar()
        self._status_bar()
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self._idle_timeout)
        self._filter = _ActivityFilter(self._activity)
        self.refresh = QTimer(self, interval=5000)
        self.refresh.timeout.connect(self.refresh_status)
        self.refresh.start()
        # Any write anywhere (desk, dialogs, card, self check-in) that changed people, households
        # or the shelter refreshes the counts at once; a burst of writes costs one status query
        # (the timer coalesces them).
        self._status_soon = QTimer(self, singleShot=True, interval=0)
        self._status_soon.timeout.connect(self.refresh_status)
        actions.changes.connect(self._redraw)
        self.retranslate()
        self.show_page("sign_in")
        self.refresh_status()

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text the window itself shows (pages retranslate themselves)."""
        self.setWindowTitle(
            self.tr("Shelter reception") + (f" — {self.shelter_name}" if self.shelter_name else "")
        )
        for action, text in (
            (self.act_desk, self.tr("Desk")),
            (self.act_self, self.tr("Self check-in mode")),
            (self.act_operator, self.tr("Sync")),
            (self.act_dashboard, self.tr("Dashboard")),
            (self.act_settings, self.tr("Settings")),
            (self.act_lock, self.tr("Lock")),
        ):
            action.setText(text)
        self.present_label.setAccessibleName(self.tr("People in the shelter"))
        self.queue_label.setAccessibleName(self.tr("City OS queue"))
        self.signed_in_label.setAccessibleName(self.tr("Signed in"))
        self.call_dismiss.setText(self.tr("Dismiss"))
        self.call_dismiss.setAccessibleName(self.tr("Dismiss the call for staff"))
        self._show_calls()
        self._show_member()
        if self.last_status is not None:
            self._show_status(self.last_status)
        self.set_queue_count(self.queue_pending)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "act_lock"):
            self.retranslate()
        super().changeEvent(event)

    def _show_member(self) -> None:
        member = self.member
        if member is None:
            self.signed_in_label.setText(self.tr("Locked"))
            return
        role = QCoreApplication.translate("Role", ROLE_LABELS.get(member.role, member.role))
        self.signed_in_label.setText(f"{member.label} ({role})")

    # --- pages ---------------------------------------------------------------------------

    def _wire_pages(self) -> None:
        sign_in = self.pages.get("sign_in")
        if sign_in is not None and hasattr(sign_in, "signed_in"):
            sign_in.signed_in.connect(self.on_signed_in)
        desk = self.pages.get("desk")
        card = self.pages.get("card")
        if desk is not None and card is not None:
            if hasattr(desk, "new_card_requested"):
                desk.new_card_requested.connect(lambda: self.show_card())
            for signal_name in ("register_requested",):
                if hasattr(desk, signal_name):
                    getattr(desk, signal_name).connect(self.show_card)
            if hasattr(card, "saved"):
                card.saved.connect(lambda *_: self.show_page("desk"))
            if hasattr(card, "cancelled"):
                card.cancelled.connect(lambda: self.show_page("desk"))
        if desk is not None and hasattr(desk, "admitted"):
            desk.admitted.connect(lambda *_: self.refresh_status())
        settings = self.pages.get("settings")
        if settings is not None and hasattr(settings, "desks_requested"):
            # the manager's Desks page opens from the settings (no toolbar room at 1024 px)
            settings.desks_requested.connect(lambda: self.show_page("desks"))
        selfpage = self.pages.get("self_checkin")
        if selfpage is not None:
            if hasattr(selfpage, "staff_called"):
                selfpage.staff_called.connect(self.on_staff_called)
            if hasattr(selfpage, "exit_requested"):
                selfpage.exit_requested.connect(self.request_leave_self_checkin)
            if hasattr(selfpage, "admitted"):
                selfpage.admitted.connect(lambda *_: self.refresh_status())

    def show_page(self, name: str) -> None:
        page = self.pages.get(name)
        if page is None or (self.self_checkin_locked and name != "self_checkin"):
            return  # self check-in is left through request_leave_self_checkin only
        self.stack.setCurrentWidget(page)
        self.mode = name
        self.mode_changed.emit(name)
        self._update_actions()
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()

    def show_card(self, arrival: object | None = None) -> None:
        card = self.pages.get("card")
        if card is None:
            return
        self.show_page("card")
        if arrival is not None and hasattr(card, "start_for"):
            card.start_for(arrival)
        elif hasattr(card, "start_new"):
            card.start_new()

    def on_code(self, text: str) -> None:
        """A code the camera accepted: to the page showing, if it takes codes. A pairing
        code or reply of another desk goes to the Desks page (a manager's), never to a
        check-in."""
        if is_pairing_text(text):
            self._pairing_code(text)
            return
        page = self.stack.currentWidget()
        handler = getattr(page, "on_code", None)
        if callable(handler):
            handler(text)

    def _pairing_code(self, text: str) -> None:
        """A desk's pairing code: to the Desks page for a manager; staff are told what it is;
        on the self check-in screen it is ignored (an evacuee cannot act on it)."""
        if self.self_checkin_locked or self.mode == "self_checkin":
            return
        role = self.member.role if self.member else ""
        page = self.pages.get("desks")
        if page is None or not may(role, "settings"):
            self.statusBar().showMessage(
                self.tr(
                    "This is a desk pairing code: a shelter manager pairs desks (Settings, "
                    "Desks of this shelter)."
                ),
                10_000,
            )
            return
        if self.stack.currentWidget() is not page:
            self.show_page("desks")
        page.on_code(text)  # type: ignore[attr-defined]

    def on_card(self, reader: str) -> None:
        """A card put on a reader (ui.card_reader): to the page showing, if it takes cards."""
        page = self.stack.currentWidget()
        handler = getattr(page, "on_card", None)
        if callable(handler):
            handler(reader)

    # --- who is signed in ----------------------------------------------------------------

    def on_signed_in(self, member: StaffMember) -> None:
        self.member = member
        self._show_member()
        self.show_page("desk")
        self._restart_idle()

    def lock(self) -> None:
        """Lock the desk: back to the PIN page, nothing of the last work on screen."""
        self.member = None
        self.kiosk_actions.sign_out()
        self._show_member()
        for page in self.pages.values():
            reset = getattr(page, "reset", None)
            if callable(reset):
                reset()
        self.show_page("sign_in")

    def enter_self_checkin(self) -> None:
        """Hand the kiosk to evacuees: staff signed out (in the core too), nothing of the desk
        left on screen, every window action off, no toolbar or status bar, full screen."""
        if self.pages.get("self_checkin") is None:
            return
        self.member = None
        self.kiosk_actions.sign_out()
        self.idle.stop()
        self._show_member()
        for page in self.pages.values():
            reset = getattr(page, "reset", None)
            if callable(reset):
                reset()
        self.show_page("self_checkin")
        self.self_checkin_locked = True
        self._update_actions()
        self._show_calls()
        self.toolbar.setVisible(False)
        self.statusBar().clearMessage()  # e.g. the demo shelter's PINs
        self.statusBar().setVisible(False)
        self.showFullScreen()

    def _staff_pin(self) -> StaffMember | None:
        """Ask for a staff PIN (None: cancelled, no dialog, or one is open already)."""
        if self.ask_pin is None or self._asking_pin:
            return None
        self._asking_pin = True
        try:
            return self.ask_pin(self, self.kiosk_actions)
        finally:
            self._asking_pin = False

    def request_leave_self_checkin(self) -> None:
        """The Staff button or Esc in self check-in: a staff PIN opens the desk as them."""
        if not self.self_checkin_locked:
            return
        member = self._staff_pin()
        if member is None:
            return
        self.self_checkin_locked = False
        self.kiosk_actions.act_as(member)
        self._show_calls()  # a call for staff made meanwhile is on the desk now
        self.toolbar.setVisible(True)
        self.statusBar().setVisible(True)
        self.showNormal()
        self.on_signed_in(member)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Alt+F4, the close button or a quit shortcut: in self check-in only with a PIN."""
        if self.self_checkin_locked and self._staff_pin() is None:
            event.ignore()
            return
        super().closeEvent(event)

    def createPopupMenu(self) -> QMenu | None:  # noqa: N802 - Qt override
        """No right-click menu to hide or show the toolbar (it is the window's, not a choice)."""
        return None

    # --- calls for staff -----------------------------------------------------------------

    def _call_notice(self) -> None:
        self.staff_calls: list[str] = []  # the times ("HH:mm") evacuees called, oldest first
        self.call_notice = QFrame()
        self.call_notice.setObjectName("staffCallNotice")
        self.call_text = Banner()  # the theme's warning colours, icon and words
        self.call_dismiss = QPushButton()
        self.call_dismiss.clicked.connect(self.dismiss_staff_calls)
        row = QHBoxLayout(self.call_notice)
        row.addWidget(self.call_text, 1)
        row.addWidget(self.call_dismiss)
        self.call_notice.hide()

    def on_staff_called(self) -> None:
        """An evacuee pressed "Call staff": a notice for the desk that stays until dismissed."""
        self.staff_calls.append(QTime.currentTime().toString("HH:mm"))
        self._show_calls()

    def dismiss_staff_calls(self) -> None:
        self.staff_calls.clear()
        self._show_calls()

    def _show_calls(self) -> None:
        """Shown wherever staff look; not on the evacuees' self check-in screen."""
        if not self.staff_calls:
            self.call_notice.hide()
            return
        self.call_text.show_message(
            "warning",
            self.tr("Someone at self check-in asked for staff (at {times}).").format(
                times=", ".join(list(dict.fromkeys(self.staff_calls))[-3:])  # the last few
            ),
        )
        self.call_notice.setVisible(not self.self_checkin_locked)

    # --- toolbar and status bar ----------------------------------------------------------

    def _toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.act_desk = QAction(self.tr("Desk"), self, shortcut=QKeySequence("F1"))
        self.act_desk.triggered.connect(lambda: self.show_page("desk"))
        self.act_self = QAction(self.tr("Self check-in mode"), self, shortcut=QKeySequence("F10"))
        self.act_self.triggered.connect(self.enter_self_checkin)
        self.act_operator = QAction(self.tr("Sync"), self, shortcut=QKeySequence("F8"))
        self.act_operator.triggered.connect(lambda: self.show_page("operator"))
        self.act_dashboard = QAction(self.tr("Dashboard"), self, shortcut=QKeySequence("F9"))
        self.act_dashboard.triggered.connect(lambda: self.show_page("dashboard"))
        self.act_settings = QAction(self.tr("Settings"), self, shortcut=QKeySequence("Ctrl+,"))
        self.act_settings.triggered.connect(lambda: self.show_page("settings"))
        self.act_lock = QAction(self.tr("Lock"), self, shortcut=QKeySequence("Ctrl+L"))
        self.act_lock.triggered.connect(self.lock)
        for action in (
            self.act_desk,
            self.act_self,
            self.act_operator,
            self.act_dashboard,
            self.act_settings,
            self.act_lock,
        ):
            self.toolbar.addAction(action)
            self.addAction(action)
        self.toolbar.toggleViewAction().setEnabled(False)
        self.toolbar.toggleViewAction().setVisible(False)

    def _update_actions(self) -> None:
        """Each window action on for the role signed in; all off in self check-in."""
        role = self.member.role if self.member else ""
        signed = self.member is not None and not self.self_checkin_locked
        self.act_desk.setEnabled(signed and "desk" in self.pages)
        self.act_self.setEnabled(
            signed and "self_checkin" in self.pages and self.mode != "self_checkin"
        )
        self.act_operator.setEnabled(signed and may(role, "sync") and "operator" in self.pages)
        self.act_dashboard.setEnabled(
            signed and may(role, "dashboard") and "dashboard" in self.pages
        )
        self.act_settings.setEnabled(signed and may(role, "settings") and "settings" in self.pages)
        self.act_lock.setEnabled(signed)

    def _status_bar(self) -> None:
        bar = self.statusBar()
        self.present_label = QLabel()
        self.present_label.setObjectName("presentLabel")
        self.queue_label = QLabel()
        self.queue_pending: int | None = None
        self.signed_in_label = QLabel()
        for label in (self.present_label, self.queue_label, self.signed_in_label):
            bar.addPermanentWidget(label)

    def _redraw(self, changes: Changes) -> None:
        """What a write changed: the counts in the status bar when they may have moved."""
        if changes.status or changes.persons or changes.households or changes.shelter:
            self._status_soon.start()

    def refresh_status(self) -> None:
        self.kiosk_actions.status(self._show_status, lambda _err: None)

    def _show_status(self, figures: Status) -> None:
        level = QCoreApplication.translate("Crowding", CROWDING_LABELS[figures.crowding])
        self.present_label.setText(
            self.tr(
                "Inside {present} / {capacity} — {level} · vehicle {vehicle} · home {home}"
            ).format(
                present=figures.present,
                capacity=figures.capacity,
                level=level,
                vehicle=figures.vehicle,
                home=figures.home,
            )
        )
        self.last_status = figures

    def set_queue_count(self, pending: int | None) -> None:
        """How many changes wait for the City OS (None: not known yet); redrawn in a new
        language by :meth:`retranslate`."""
        self.queue_pending = pending
        self.queue_label.setText(
            "" if pending is None else self.tr("City OS queue: {n}").format(n=pending)
        )

    # --- idle ----------------------------------------------------------------------------

    def _activity(self) -> None:
        self._restart_idle()
        page = self.stack.currentWidget()
        touch = getattr(page, "user_activity", None)
        if callable(touch):
            touch()

    def _restart_idle(self) -> None:
        seconds = self.settings.idle_lock_seconds
        if seconds and self.member is not None and self.mode not in ("self_checkin", "sign_in"):
            self.idle.start(seconds * 1000)

    def _idle_timeout(self) -> None:
        if self.mode not in ("self_checkin", "sign_in"):
            log.info("desk locked after idle")
            self.lock()

    def install_activity_filter(self, app: QObject) -> None:
        app.installEventFilter(self._filter)
