"""Where the kiosk may write a file a person named: one check for every command and dialog.

An export, a sealed bundle, a support report, a key or a QR image is written to a path someone
typed or picked. A wrong path must never cost the shelter its data: the target may not lie in
the kiosk's home (the encrypted store, its key, its WAL — ``kiosk export roster --to
$KIOSK_HOME/kiosk.db`` once replaced the store), may not be anything but a regular file (as
root, ``--to /dev/full`` once replaced the device node with a file), and an existing file is
replaced only when the person said so (``--force``, or a save dialog's own "replace?").

:func:`output_writer` applies the check and writes through
:func:`kiosk.basics.private_file.private_writer` with the home's temp-file journal, so a killed
export's plaintext temp file is removed when the kiosk next opens
(:func:`remove_stale_outputs`, called by :meth:`kiosk.core.Kiosk.open`).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.private_file import private_writer, remove_stale_temps

__all__ = [
    "OutputRefused",
    "OutputInHome",
    "OutputNotAFile",
    "OutputExists",
    "checked_output",
    "output_writer",
    "write_output",
    "remove_stale_outputs",
]

#: The home's list of temp files being written (paths only, no contents).
JOURNAL_NAME = "pending-writes"


class OutputRefused(KioskError):
    """A file the kiosk will not write (the kinds below say why)."""

    code = "output_refused"


class OutputInHome(OutputRefused):
    code = "output_in_home"
    template = _N(
        "KioskError",
        "{path} is inside the kiosk's own data folder, where it could destroy the store. "
        "Choose a folder outside it, such as a USB stick.",
    )


class OutputNotAFile(OutputRefused):
    code = "output_not_a_file"
    template = _N(
        "KioskError", "{path} is not an ordinary file (a folder or a device). Choose a file name."
    )


class OutputExists(OutputRefused):
    code = "output_exists"
    template = _N(
        "KioskError",
        "{path} already exists. Choose another name, or replace it on purpose (--force).",
    )


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def checked_output(path: Path | str, home: Path | None, replace: bool = False) -> Path:
    """The target to write, resolved (symbolic links followed), after the checks.

    Args:
        path: what the person typed or picked.
        home: the kiosk's home (store, key); nothing inside it may be written. ``None`` where
            no kiosk is involved (the City OS side's import tool).
        replace: an existing regular file may be replaced.

    Raises:
        OutputInHome: the target is the home or lies inside it.
        OutputNotAFile: the target exists and is not a regular file.
        OutputExists: the target exists and ``replace`` is false.

    A missing folder is left to the write itself (an ``OSError`` naming it).
    """
    shown = str(path)
    target = Path(os.path.realpath(Path(path).expanduser()))
    if home is not None and _inside(target, Path(os.path.realpath(home))):
        raise OutputInHome(path=shown)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputNotAFile(path=shown)
    if mode is not None and not replace:
        raise OutputExists(path=shown)
    return target


@contextlib.contextmanager
def output_writer(path: Path | str, home: Path | None, replace: bool = False) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` when the block ends without error (owner-only,
    fsynced, atomic; its temp file is journalled in ``home``).

    Raises:
        OutputRefused: see :func:`checked_output`.
        OSError: the file cannot be written (nothing is left behind).
    """
    target = checked_output(path, home, replace)
    journal = Path(home) / JOURNAL_NAME if home is not None and Path(home).is_dir() else None
    with private_writer(target, journal) as handle:
        yield handle


def write_output(path: Path | str, data: bytes, home: Path | None, replace: bool = False) -> Path:
    """Write ``data`` through :func:`output_writer`; returns the resolved target.

    Raises:
        OutputRefused: see :func:`checked_output`.
        OSError: the file cannot be written (nothing is left behind).
    """
    target = checked_output(path, home, replace)
    with output_writer(target, home, replace=True) as handle:
        handle.write(data)
    return target


def remove_stale_outputs(home: Path) -> int:
    """Remove the temp files of writes a kill interrupted (their plaintext, on a USB stick);
    returns how many. Safe to call at every start."""
    return remove_stale_temps(Path(home) / JOURNAL_NAME)
