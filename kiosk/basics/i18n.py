"""Marking user-facing text for translation without importing Qt.

The core (`kiosk/`, `sync/`) must not import Qt, yet every message a person sees is translated
through Qt's translation system in the window. Text is therefore *marked* here with
``QT_TRANSLATE_NOOP(context, text)``: the name is the one Qt's ``lupdate`` extracts, and the
call returns the English source text unchanged. The window translates it at display time with
``QCoreApplication.translate(context, text)``; the command line prints the English text.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP", "ERROR_CONTEXT", "FIELD_CONTEXT"]

#: Translation context of every error message raised by the core.
ERROR_CONTEXT = "KioskError"
#: Translation context of field labels named in validation messages.
FIELD_CONTEXT = "Field"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Return ``text`` unchanged; marks it for extraction under ``context``."""
    return text
