"""Imports point one way: ui → sync → kiosk. The core imports no Qt, no sync and no ui; sync
imports no Qt and no ui. Checked on the source, so a lazy import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "kiosk": ("PySide6", "shiboken6", "sync", "ui"),
    "sync": ("PySide6", "shiboken6", "ui"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_point_one_way(package: str) -> None:
    offenders = sorted(
        f"{path.relative_to(REPO)} imports {name}"
        for path in (REPO / package).rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN[package]
    )
    assert offenders == []


def test_modules_stay_small() -> None:
    big = sorted(
        f"{p.relative_to(REPO)}: {n} lines"
        for package in ("kiosk", "sync", "ui")
        for p in (REPO / package).rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 800
    )
    assert big == []


def store_uses(path: Path) -> list[str]:
    """Where a module imports the store package or reads a ``.store`` attribute (of a Kiosk,
    a Context…): the window's way to the data is the front door, never the store."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Attribute) and node.attr == "store":
            found.append(f"line {node.lineno}: .store")
            continue
        else:
            continue
        found.extend(
            f"line {node.lineno}: imports {name}"
            for name in names
            if name == "kiosk.store" or name.startswith("kiosk.store.")
        )
    return found


def test_the_window_never_sees_the_store() -> None:
    offenders = sorted(
        f"{path.relative_to(REPO)} {use}"
        for path in (REPO / "ui").rglob("*.py")
        for use in store_uses(path)
    )
    assert offenders == []


def test_the_store_check_finds_an_import_and_an_attribute(tmp_path: Path) -> None:
    module = tmp_path / "screen.py"
    module.write_text(
        "from kiosk import store\nfrom kiosk.store.database import StorePaths\n"
        "def f(kiosk):\n    return kiosk.ctx.store\n",
        encoding="utf-8",
    )
    assert store_uses(module) == [
        "line 1: imports kiosk.store",
        "line 2: imports kiosk.store.database",
        "line 2: imports kiosk.store.database.StorePaths",
        "line 4: .store",
    ]
