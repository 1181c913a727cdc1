"""The window's side of supervision (:mod:`kiosk.safety.supervise`): telling the supervisor the
window's mode as it changes, and showing the restart note on the first page.

The supervisor restarts a crashed window in the mode it was in: the self check-in page means
self check-in mode, any other page the staffed desk (restarted locked, on the PIN page).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.safety.supervise import Restart, WindowState, write_state
from ui.widgets.restart_note import RestartNote

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["mode_of", "report_state", "show_restart_note"]

log = logging.getLogger("ui.supervised")


def mode_of(page: str) -> str:
    """The supervisor's mode (:data:`kiosk.safety.supervise.MODES`) of a window showing ``page``."""
    return "self_checkin" if page == "self_checkin" else "desk"


def report_state(window: MainWindow, path: Path, fault_file: Path | None) -> Callable[[], None]:
    """Write the window's state now (its window is up) and whenever its mode or sign-in
    changes; returns the function to call when the window closes on purpose."""
    state = WindowState(
        os.getpid(), mode_of(window.mode), ready=True, fault_file=str(fault_file or "")
    )
    written: WindowState | None = None

    def write(new: WindowState) -> None:
        nonlocal state, written
        state = new
        if new == written:  # a page change within the same mode: nothing to tell
            return
        try:
            write_state(path, new)
            written = new
        except OSError:  # the supervisor then restarts in the mode it knew: not worth a dialog
            log.warning("cannot write the window state for the supervisor")

    def on_page(page: str) -> None:
        write(replace(state, mode=mode_of(page), signed_in=window.member is not None))

    write(state)
    window.mode_changed.connect(on_page)
    return lambda: write(replace(state, closing=True))


def show_restart_note(window: MainWindow, restart: Restart) -> RestartNote:
    """The restart note above the pages, until the window first leaves the page it started
    on (staff signing in at the desk, or leaving self check-in)."""
    note = RestartNote(window.kiosk_actions.local(restart.at), window)
    window.setMenuWidget(note)
    note.show()  # a widget given a new parent is hidden until shown
    first = window.mode

    def on_page(page: str) -> None:
        if page != first:
            note.clear_message()
            window.mode_changed.disconnect(on_page)

    window.mode_changed.connect(on_page)
    return note
