"""Writing files that hold secrets or personal data, so a crash or a pulled USB stick never
leaves a half-written or world-readable file behind.

The pattern (after Electrum's ``storage.write``): a temp file in the *same directory*, made
owner-only before any byte is written, fsynced, atomically renamed over the target, and the
directory fsynced so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["write_private", "private_writer", "fsync_dir"]


def fsync_dir(directory: Path) -> None:
    """Make a rename or file creation in ``directory`` durable (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def private_writer(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` atomically when the block ends without error.

    On any exception the temp file is removed and ``path`` is left as it was.

    Raises:
        OSError: when the directory is not writable or the disk is full.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_private(path: Path, data: bytes) -> None:
    """Atomically write ``data`` to ``path`` with owner-only permissions.

    Raises:
        OSError: when the directory is not writable or the disk is full.
    """
    with private_writer(path) as handle:
        handle.write(data)
