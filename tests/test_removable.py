"""Removable drives for the save dialogs (issue #12 item 7): read from a fake mounts table and a
fake /sys/block, and the folder a dialog opens in."""

from __future__ import annotations

from pathlib import Path

from kiosk.basics.removable import default_save_folder, removable_mounts, windows_removable

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /run tmpfs rw,nosuid,nodev 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
/dev/sdb1 /mnt/stick vfat rw,nosuid,nodev,relatime 0 0
/dev/sdc1 /media/kiosk/USB\\040DISK exfat rw,nosuid,nodev 0 0
/dev/sr0 /media/kiosk/DEMO_CD iso9660 ro,nosuid,nodev 0 0
/dev/sdd1 /mnt/backup ext4 rw,relatime 0 0
/dev/mmcblk0p1 /run/media/kiosk/SD vfat rw 0 0
/dev/sdb1 /mnt/stick vfat rw,nosuid,nodev,relatime 0 0
"""


def fake_sys_block(root: Path) -> Path:
    """Disks and their removable flag as the kernel shows them (sdc: a USB disk in an
    enclosure, which reports 0 though the automounter mounted it under /media)."""
    for disk, flag in (("nvme0n1", "0"), ("sdb", "1"), ("sdc", "0"), ("sdd", "0"), ("sr0", "1")):
        (root / disk).mkdir(parents=True)
        (root / disk / "removable").write_text(flag + "\n")
    (root / "mmcblk0").mkdir()
    (root / "mmcblk0" / "removable").write_text("1\n")
    return root


def test_removable_mounts_are_read_from_the_mounts_table_and_sys_block(tmp_path: Path) -> None:
    found = removable_mounts(MOUNTS, fake_sys_block(tmp_path / "block"), platform="linux")
    assert found == (
        Path("/mnt/stick"),
        Path("/media/kiosk/USB DISK"),
        Path("/run/media/kiosk/SD"),
    )


def test_no_removable_mounts_without_linux_or_windows(tmp_path: Path) -> None:
    assert removable_mounts(MOUNTS, tmp_path, platform="darwin") == ()


def test_windows_drives_of_removable_type() -> None:
    types = {"C:\\": 3, "D:\\": 5, "E:\\": 2, "F:\\": 2}
    assert windows_removable("CDEF", types.__getitem__) == (Path("E:\\"), Path("F:\\"))


def test_windows_api_missing_means_no_drives() -> None:
    assert windows_removable() == ()  # this is not Windows: no ctypes.windll


def test_save_dialogs_start_on_the_stick_mounted_last_else_the_fallback(tmp_path: Path) -> None:
    first, last, gone = tmp_path / "first", tmp_path / "last", tmp_path / "pulled-out"
    first.mkdir()
    last.mkdir()
    home = tmp_path / "home"
    assert (
        default_save_folder(home, [first, last]),
        default_save_folder(home, [first, last, gone]),
        default_save_folder(home, []),
    ) == (last, last, home)
