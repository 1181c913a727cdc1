"""An in-place message line: success, information, warning or error.

Used to show a translated :class:`kiosk.basics.errors.KioskError` right where the person is working
(never a traceback dialog). The kind is given in words and an icon as well as colour (the
colours come from :mod:`ui.theme`, so high contrast restyles it), and screen readers hear
the kind as the name and the message as the description. A message shown from an error is
re-translated when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.basics.errors import KioskError
from ui.i18n import tr_error
from ui.ops import UnexpectedError

__all__ = ["Banner", "KINDS"]

# Kind -> icon shown before the words (simple symbols every UI font family covers).
KINDS: dict[str, str] = {"success": "✔", "info": "ℹ", "warning": "⚠", "error": "✖"}


class Banner(QLabel):
    """A hidden-until-needed message line; ``show_message`` / ``show_error`` / ``clear_message``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("banner")
        self.kind = ""
        self._error: KioskError | None = None
        self._text = ""
        self.setProperty("kind", "")
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        """Show ``text`` (already translated) as a message of ``kind`` (see :data:`KINDS`).

        Raises:
            KeyError: unknown kind.
        """
        self._error = None
        self._show(kind, text)

    def show_error(self, error: BaseException, kind: str = "error") -> None:
        """Show a core error's translated message; it follows later language switches. Any
        other exception shows the general message (its own text might quote personal data)."""
        known = error if isinstance(error, KioskError) else UnexpectedError()
        self._error = known
        self._show(kind, tr_error(known))

    def clear_message(self) -> None:
        self.kind = ""
        self._error = None
        self._text = ""
        self.setProperty("kind", "")
        self.clear()
        self.hide()

    @property
    def message(self) -> str:
        """The words shown, without the icon."""
        return self._text

    def _show(self, kind: str, text: str) -> None:
        icon = KINDS[kind]
        self.kind = kind
        self._text = text
        self.setText(f"{icon} {text}")
        self.setProperty("kind", kind)
        self.setAccessibleName(self._kind_word(kind))
        self.setAccessibleDescription(text)
        # Re-polish: the theme's stylesheet selects on the kind property.
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
        if QAccessible.isActive():  # tell a running screen reader, which would not look here
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def _kind_word(self, kind: str) -> str:
        return {
            "success": self.tr("Done"),
            "info": self.tr("Information"),
            "warning": self.tr("Warning"),
            "error": self.tr("Error"),
        }[kind]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            if self._error is not None:
                self._show(self.kind, tr_error(self._error))
            elif self.kind:
                self.setAccessibleName(self._kind_word(self.kind))
            else:
                self.setAccessibleName(self.tr("Message"))
        super().changeEvent(event)
