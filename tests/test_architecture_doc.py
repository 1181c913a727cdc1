"""docs/architecture.md names only modules, attributes and files that exist, so it cannot rot.

NOTE (issue 15, item 6): the page uses the grouped core layout (``kiosk.basics``,
``kiosk.registry``, …). The modules are moved by a one-off restructuring script the integrator
runs on the merged tree; until it has run, this test fails on the new names.

Every backticked word of the page that looks like a dotted name of ``kiosk``, ``sync`` or
``ui`` must resolve: its longest importable prefix is found with :func:`importlib.util.find_spec`
and the rest must be attributes of that module. Every backticked path (``kiosk/core.py``) must
exist in the repository.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "architecture.md"
DOTTED = re.compile(r"^(?:kiosk|sync|ui)(?:\.[A-Za-z_]\w*)*$")
PATH = re.compile(r"^(?:kiosk|sync|ui|tests|scripts|docs|assets)/[\w./-]*$")
#: Backticked words that look dotted but are not Python names.
NOT_NAMES = {"kiosk.commands"}  # the entry-point group of `kiosk` subcommands


def _backticked() -> list[str]:
    return re.findall(r"`([^`\n]+)`", DOC.read_text(encoding="utf-8"))


def _resolves(dotted: str) -> bool:
    """The longest prefix that is a module, then attributes of it."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        name = ".".join(parts[:cut])
        try:
            spec = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is None:
            continue
        obj: object = importlib.import_module(name) if cut < len(parts) else spec
        for attr in parts[cut:]:
            if not hasattr(obj, attr):
                return False
            obj = getattr(obj, attr)
        return True
    return False


def test_the_page_names_modules_and_files_at_all() -> None:
    words = _backticked()
    assert sum(bool(DOTTED.match(w)) for w in words) > 30
    assert any(PATH.match(w) for w in words)


@pytest.mark.parametrize("dotted", sorted({w for w in _backticked() if DOTTED.match(w)}))
def test_every_dotted_name_exists(dotted: str) -> None:
    if dotted in NOT_NAMES:
        return
    assert _resolves(dotted), f"docs/architecture.md names {dotted}, which does not exist"


def test_every_path_exists() -> None:
    missing = [w for w in _backticked() if PATH.match(w) and not (REPO / w).exists()]
    assert not missing, f"docs/architecture.md names missing files: {missing}"
