"""Removable drives mounted now (USB sticks, SD cards): where the window's save dialogs start.

Offline, files leave the shelter on a USB stick — the sealed bundle for the City OS, exports,
slips printed to PDF — so a dialog that opens in the home folder makes staff hunt for the stick
under time pressure. :func:`default_save_folder` is the folder a dialog should open in: the
removable drive mounted last (the one just plugged in), else the fallback given.

Linux: a mount is removable when its block device's disk says so in
``/sys/block/<disk>/removable``, or when the desktop's automounter (udisks) put it under
``/media/<user>`` or ``/run/media/<user>`` (USB disks in an enclosure often report 0). Read-only
mounts are left out: nothing can be saved there. Windows: drives whose type is
``DRIVE_REMOVABLE`` (``GetDriveTypeW``). Elsewhere: none. Every source is an argument with the
system's as default, so tests pass a fake mounts table and a fake ``/sys/block``.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

__all__ = [
    "removable_mounts",
    "windows_removable",
    "default_save_folder",
    "on_unmounted_drive",
    "AUTOMOUNT_ROOTS",
]

#: Where udisks mounts removable media for a desktop user.
AUTOMOUNT_ROOTS: tuple[str, ...] = ("/media/", "/run/media/")
PROC_MOUNTS = Path("/proc/mounts")
SYS_BLOCK = Path("/sys/block")
_DRIVE_REMOVABLE = 2  # GetDriveTypeW


def _unescape(field: str) -> str:
    """A /proc/mounts field: space, tab, newline and backslash are written as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _disk_is_removable(device: str, sys_block: Path) -> bool:
    """Whether the disk holding ``device`` (``/dev/sdb1`` → ``sdb``, ``/dev/mmcblk0p1`` →
    ``mmcblk0``) reports itself removable."""
    if not device.startswith("/dev/"):
        return False
    name = Path(device).name
    try:
        disks = [entry.name for entry in sys_block.iterdir()]
    except OSError:
        return False
    holders = sorted((d for d in disks if name.startswith(d)), key=len, reverse=True)
    if not holders:
        return False
    try:
        return (sys_block / holders[0] / "removable").read_text().strip() == "1"
    except OSError:
        return False


def removable_mounts(
    mounts: str | None = None, sys_block: Path | None = None, platform: str = sys.platform
) -> tuple[Path, ...]:
    """Writable removable mounts, in mount order (the last one was mounted last).

    Args:
        mounts: the text of a mounts table (``/proc/mounts`` format); read from the system
            when None.
        sys_block: where each disk's ``removable`` flag is read (default :data:`SYS_BLOCK`).
        platform: ``sys.platform``; Windows asks the drive types, other systems but Linux have
            none.
    """
    if platform == "win32":
        return windows_removable()
    if not platform.startswith("linux"):
        return ()
    if mounts is None:
        try:
            mounts = PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ()
    block = SYS_BLOCK if sys_block is None else sys_block
    found: list[Path] = []
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 4:
            continue
        device, point, options = _unescape(fields[0]), _unescape(fields[1]), fields[3]
        if "ro" in options.split(","):
            continue
        automounted = point.startswith(AUTOMOUNT_ROOTS)
        if automounted or _disk_is_removable(device, block):
            path = Path(point)
            if path not in found:
                found.append(path)
    return tuple(found)


def windows_removable(
    letters: Iterable[str] | None = None, drive_type: Callable[[str], int] | None = None
) -> tuple[Path, ...]:
    """Windows drives of type ``DRIVE_REMOVABLE`` (``E:\\``), from ``GetLogicalDrives`` and
    ``GetDriveTypeW`` unless ``letters`` / ``drive_type`` are given. Never raises: without
    the Windows API there are none."""
    try:
        if letters is None or drive_type is None:
            kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - only on Windows
            mask = int(kernel32.GetLogicalDrives())
            letters = [chr(65 + i) for i in range(26) if mask >> i & 1]
            drive_type = kernel32.GetDriveTypeW
        roots = [f"{letter}:\\" for letter in letters]
        return tuple(Path(root) for root in roots if drive_type(root) == _DRIVE_REMOVABLE)
    except (AttributeError, OSError):
        return ()


def default_save_folder(fallback: Path, mounts: Iterable[Path] | None = None) -> Path:
    """The folder a save dialog opens in: the removable drive mounted last that can be written
    now, else ``fallback``.

    Args:
        fallback: where to start without a removable drive (the home folder).
        mounts: the removable mounts (default: :func:`removable_mounts` of this system).
    """
    candidates = list(removable_mounts() if mounts is None else mounts)
    for path in reversed(candidates):
        if path.is_dir() and os.access(path, os.W_OK):
            return path
    return fallback


def on_unmounted_drive(folder: Path, roots: tuple[str, ...] = AUTOMOUNT_ROOTS) -> bool:
    """Whether ``folder`` is a path on a removable drive that is not mounted now.

    Drives are mounted under ``/media/<user>/<label>``; when one is pulled, its empty mount
    folder often stays behind, and a folder made there would land on the laptop's own disk
    while staff think it is on the drive. True when ``folder`` lies under an automount root
    and neither it nor any folder between it and the root is a mount point.
    """
    text = str(folder)
    root = next((r for r in roots if text.startswith(r)), None)
    if root is None:
        return False
    top = Path(root)
    path = Path(folder)
    while path != top and top in path.parents:
        if os.path.ismount(path):
            return False
        path = path.parent
    return True
