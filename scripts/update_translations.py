"""Regenerate the translation catalogues and compile them.

Qt's ``pyside6-lupdate`` extracts ``self.tr(...)`` and ``QCoreApplication.translate(...)``
from ``ui/``. The core (``kiosk/``, ``sync/``) cannot import Qt and marks its text with
``QT_TRANSLATE_NOOP(context, text)`` imported under a short alias, which lupdate does not
see; this script finds those calls with Python's ``ast`` and hands them to lupdate as a
generated file, so one catalogue holds every string. Existing translations are kept;
strings no longer in the code are dropped. Then ``pyside6-lrelease`` compiles the ``.qm``
files the window loads. Both ``.ts`` and ``.qm`` are committed so a fresh clone works.

``--check`` only reports strings that have no finished Japanese translation (exit 1).

example:
  .venv/bin/python scripts/update_translations.py --check
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "assets" / "translations"
LANGUAGES = ("ja", "en")
MARKERS = {"QT_TRANSLATE_NOOP", "_N", "translated"}


def marked_strings(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call with two literal arguments."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        context, text = node.args[0], node.args[1]
        if (
            name in MARKERS
            and isinstance(context, ast.Constant)
            and isinstance(context.value, str)
            and isinstance(text, ast.Constant)
            and isinstance(text.value, str)
        ):
            found.append((context.value, text.value))
    return found


def core_strings_file(target: Path) -> Path:
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for package in ("kiosk", "sync", "ui"):
        for path in sorted((REPO / package).rglob("*.py")):
            for context, text in marked_strings(path):
                lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def extract(ts: Path, language: str, sources: list[str]) -> None:
    """Update (or create) the catalogue ``ts`` from ``sources`` with lupdate."""
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            *sources,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[str]:
    """``context | source`` of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append(f"{context.findtext('name')} | {message.findtext('source')}")
    return missing


def check() -> int:
    """Extract from the code as it is now onto a copy of the Japanese catalogue; fail when a
    string has no finished translation (the "complete Japanese" promise)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "kiosk_ja.ts"
        shutil.copy(OUT / "kiosk_ja.ts", copy)
        extract(copy, "ja", sources(Path(tmp)))
        missing = unfinished(copy)
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


def sources(tmp: Path) -> list[str]:
    core = core_strings_file(tmp / "core_strings.py")
    return [str(core)] + [str(p) for p in sorted((REPO / "ui").rglob("*.py"))]


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    bin_dir = Path(sys.executable).parent
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        core = core_strings_file(Path(tmp) / "core_strings.py")
        sources = [str(core)] + [str(p) for p in sorted((REPO / "ui").rglob("*.py"))]
        for language in LANGUAGES:
            ts = OUT / f"kiosk_{language}.ts"
            subprocess.run(
                [
                    str(bin_dir / "pyside6-lupdate"),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    language,
                    *sources,
                    "-ts",
                    str(ts),
                ],
                check=True,
            )
            subprocess.run(
                [str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
