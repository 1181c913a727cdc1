"""Writing files that hold secrets or personal data, so a crash or a pulled USB stick never
leaves a half-written or world-readable file behind.

The pattern (after Electrum's ``storage.write``): a temp file in the *same directory*, made
owner-only before any byte is written, fsynced, atomically renamed over the target, and the
directory fsynced so the rename itself survives a power cut.

A temp file of an export sits next to its target (a USB stick, say) and holds the whole
plaintext before the rename. A failure removes it; a kill cannot, so the writer can note each
temp file in a *journal* (a small file in the kiosk's home listing temp paths, no contents)
before writing to it, and :func:`remove_stale_temps` removes what a killed process left when
the kiosk next opens.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["write_private", "private_writer", "fsync_dir", "remove_stale_temps"]


def fsync_dir(directory: Path) -> None:
    """Make a rename or file creation in ``directory`` durable (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _journal_lines(journal: Path) -> list[str]:
    try:
        return [line for line in journal.read_text("utf-8").splitlines() if line]
    except FileNotFoundError:
        return []


def _journal_write(journal: Path, lines: list[str]) -> None:
    if not lines:
        journal.unlink(missing_ok=True)
        return
    fd, tmp_name = tempfile.mkstemp(prefix=f".{journal.name}.", dir=journal.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp_name, journal)
    fsync_dir(journal.parent)


def remove_stale_temps(journal: Path) -> int:
    """Remove the temp files a killed writer noted in ``journal``; returns how many were
    there. Only names ending in ``.tmp`` that start with a dot are touched (what
    :func:`private_writer` makes), so a damaged journal cannot delete anything else."""
    removed = 0
    for line in _journal_lines(journal):
        stale = Path(line)
        if stale.name.startswith(".") and stale.name.endswith(".tmp") and stale.is_file():
            stale.unlink(missing_ok=True)
            removed += 1
    journal.unlink(missing_ok=True)
    return removed


@contextlib.contextmanager
def private_writer(path: Path, journal: Path | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` atomically when the block ends without error.

    On any exception the temp file is removed and ``path`` is left as it was. With a
    ``journal``, the temp file's path is noted there (durably) before any byte is written and
    forgotten afterwards, so :func:`remove_stale_temps` can remove it after a kill.

    Raises:
        OSError: when the directory is not writable or the disk is full.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    handle = os.fdopen(fd, "wb")
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        if journal is not None:
            _journal_write(journal, [*_journal_lines(journal), str(tmp.resolve())])
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        handle.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    finally:
        if journal is not None:
            left = [line for line in _journal_lines(journal) if line != str(tmp.resolve())]
            _journal_write(journal, left)


def write_private(path: Path, data: bytes) -> None:
    """Atomically write ``data`` to ``path`` with owner-only permissions.

    Raises:
        OSError: when the directory is not writable or the disk is full.
    """
    with private_writer(path) as handle:
        handle.write(data)
