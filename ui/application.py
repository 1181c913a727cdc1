"""The QApplication of the kiosk: its name, the theme (font with Japanese glyphs, normal or
high contrast, large type), the language, and a last-resort exception hook that logs without
personal data.

``create_qapplication`` is the one place these are set up; the window gets the returned
:class:`~ui.i18n.Languages` passed in (no global to reach for).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtWidgets import QApplication

from kiosk.basics.logs import log_unexpected
from kiosk.operations.settings import Settings
from ui.i18n import Languages
from ui.theme import JAPANESE_FONTS, apply_theme, japanese_font_family

__all__ = [
    "create_qapplication",
    "apply_theme",
    "japanese_font_family",
    "JAPANESE_FONTS",
    "install_excepthook",
]

log = logging.getLogger("ui")


def _log_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if trace is not None and error.__traceback__ is None:
        error = error.with_traceback(trace)
    log_unexpected(log, error, "the window")


def install_excepthook() -> bool:
    """Route exceptions escaping a Qt slot to the log, by type and frames only (Python's
    default hook would print the message, which might quote personal data, to stderr).

    Installs only over Python's own hook, so a test runner's or debugger's hook is kept.
    Returns whether it was installed.
    """
    if sys.excepthook is not sys.__excepthook__:
        return False
    sys.excepthook = _log_uncaught
    return True


def create_qapplication(argv: Sequence[str], settings: Settings) -> tuple[QApplication, Languages]:
    """The application (created, or the existing one re-themed) and its language switcher,
    already showing ``settings.language``. Call on the main thread before any widget."""
    app = QApplication.instance() or QApplication(list(argv) or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("shelter-kiosk")
    app.setOrganizationName("shelter-kiosk")
    apply_theme(app, settings)
    install_excepthook()
    # No parent: when a caller drops this switcher, its translators go with it.
    languages = Languages()
    languages.switch(settings.language)
    return app, languages
