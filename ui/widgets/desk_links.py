"""One line per paired desk in the window's status bar (issue #16 item 5): "● 0e15 ·
2 min ago · 3 behind" — the desk's short id, its last exchange with this desk, and how many
changes held here it has not received. Green while desks are in touch; amber when a desk has
not been reached for :data:`AMBER_AFTER`, red after :data:`RED_AFTER` or never; the colour is
never the only sign (the age is written). The tooltip has the whole story per desk (address,
the last failure).

It shows only what :class:`ui.desk_link.DeskLinkRunner` polls from the service; it is hidden
while no desk is paired (the status bar is full at 1024 px), and with the status bar on the
evacuees' self check-in screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.desks.service import DeskLink, LinkStatus
from ui.theme import BASE_POINT_SIZE, set_points

__all__ = ["DeskLinks", "AMBER_AFTER", "RED_AFTER", "short_id"]

# No exchange with a desk for this long: amber.
AMBER_AFTER = timedelta(minutes=1)
# ... and for this long, or never: red.
RED_AFTER = timedelta(minutes=5)
# Why the last exchange with a desk failed, in words (``DeskLink.error`` kinds).
_ERRORS = {
    "unreachable": _N("DeskLinks", "not reachable"),
    "refused": _N("DeskLinks", "refused: check the pairing"),
    "invalid": _N("DeskLinks", "sent changes this kiosk cannot read"),
}


def short_id(kiosk_id: str) -> str:
    """The first four characters of a kiosk id's random part (``kiosk-0e15…`` → ``0e15``):
    enough to tell the desks of one shelter apart at a glance."""
    return kiosk_id.removeprefix("kiosk-")[:4]


class DeskLinks(QWidget):
    """``kind`` is "" (all in touch), "warning" or "error" (the worst desk)."""

    def __init__(
        self,
        clock: Callable[[], datetime],
        every: float = 2.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskLinks")
        self.clock = clock
        self.every = every
        self.kind = ""
        self.status: LinkStatus | None = None
        self.rows: list[QLabel] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 12, 0)  # apart from the counts beside it
        self.column.setSpacing(0)
        self.setVisible(False)

    def _age(self, link: DeskLink) -> str:
        if link.last_contact is None:
            return self.tr("never")
        seconds = max(0, int((self.clock() - link.last_contact).total_seconds()))
        if seconds < 60:
            return self.tr("just now")
        if seconds < 7200:
            return self.tr("{n} min ago").format(n=seconds // 60)
        return self.tr("{n} h ago").format(n=seconds // 3600)

    def _kind(self, link: DeskLink) -> str:
        if link.last_contact is None:
            return "error"
        age = self.clock() - link.last_contact
        if age >= RED_AFTER:
            return "error"
        if age >= AMBER_AFTER or link.error is not None:
            return "warning"
        return ""

    def line(self, link: DeskLink) -> str:
        """The one line for a desk."""
        parts = [short_id(link.kiosk_id), self._age(link)]  # "Desk …" is in the tooltip
        if link.behind:
            parts.append(self.tr("{n} behind").format(n=link.behind))
        return "● " + " · ".join(parts)

    def details(self, link: DeskLink) -> str:
        """The tooltip's paragraph for a desk: id, address, contact, behind, the last failure."""
        lines = [
            self.tr("Desk {id}").format(id=link.kiosk_id),
            self.tr("Address: {address}").format(
                address=f"{link.address[0]}:{link.address[1]}"
                if link.address
                else self.tr("not known yet")
            ),
            self.tr("Last exchange: {age}").format(age=self._age(link)),
        ]
        if link.behind is not None:
            lines.append(self.tr("Changes it has not received: {n}").format(n=link.behind))
        if link.error is not None:
            words = _ERRORS.get(link.error)
            reason = QCoreApplication.translate("DeskLinks", words) if words else link.error
            lines.append(self.tr("Last try: {reason}").format(reason=reason))
        return "\n".join(lines)

    def show_status(self, status: LinkStatus) -> None:
        """Redraw from a snapshot (one line per paired desk; hidden when there is none)."""
        self.status = status
        desks = status.desks
        while len(self.rows) < len(desks):
            row = QLabel()
            row.setObjectName("deskLink")
            # a little smaller than the counts beside it: two or three lines in a status bar
            # that is full at 1024 px (it follows the large-type setting all the same)
            set_points(row, BASE_POINT_SIZE - 2)
            self.column.addWidget(row)
            self.rows.append(row)
        while len(self.rows) > len(desks):
            self.rows.pop().deleteLater()
        kinds = []
        for row, link in zip(self.rows, desks, strict=True):
            kind = self._kind(link)
            kinds.append(kind)
            row.setText(self.line(link))
            row.setToolTip(self.details(link))
            row.setProperty("kind", kind)
            row.style().unpolish(row)
            row.style().polish(row)
        self.kind = "error" if "error" in kinds else "warning" if "warning" in kinds else ""
        self.setAccessibleName(self.tr("Other desks"))
        self.setAccessibleDescription("\n\n".join(self.details(d) for d in desks))
        self.setVisible(bool(desks))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.status is not None:
            self.show_status(self.status)
        super().changeEvent(event)
