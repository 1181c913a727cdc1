"""Regenerate the translation catalogues from the code, keep existing translations, compile.

How strings are found (checked with PySide6 6.12's ``pyside6-lupdate``):

* lupdate's Python parser extracts ``self.tr("...")`` (context: the enclosing class),
  ``QCoreApplication.translate("Ctx", "...")`` and ``QT_TRANSLATE_NOOP("Ctx", "...")`` when
  called by exactly that name, including implicitly concatenated literals.
* It does NOT see ``QT_TRANSLATE_NOOP`` imported under an alias, which is how the core marks
  its text (``from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N``), nor our display helper
  ``ui.i18n.translated(ctx, text)``. This script therefore finds those calls in ``kiosk/``,
  ``sync/`` and ``ui/`` with Python's ``ast`` (literal arguments only) and writes them, as
  plain ``QT_TRANSLATE_NOOP(...)`` lines, into a generated file that lupdate reads along with
  ``ui/``.

lupdate merges into the existing ``assets/translations/kiosk_{ja,en}.ts``: translations of
strings still in the code are kept, new strings arrive as ``type="unfinished"`` for a
translator (Qt Linguist or a text editor), strings gone from the code are dropped
(``-no-obsolete``). Then ``pyside6-lrelease`` compiles the ``.qm`` files the window loads.
Both ``.ts`` and ``.qm`` are committed, so a fresh clone runs without Qt's tools; rerun this
after adding or changing a marked string, translate, and rerun to compile.

Evacuee languages (:mod:`kiosk.basics.languages`, e.g. ``kiosk_vi.ts``, ``kiosk_ja-x-easy.ts``) get
a catalogue of the evacuee-facing contexts only (:data:`kiosk.basics.languages.EVACUEE_CONTEXTS`):
lupdate merges as above, then every other context is removed (staff screens stay Japanese/English).

The core errors an evacuee may read (:data:`kiosk.basics.evacuee_errors.EVACUEE_ERRORS`: why self
check-in refused a code or a card tap) are copied into every evacuee catalogue, exactly those
messages, under the context ``EvacueeError`` (:data:`kiosk.basics.languages.EVACUEE_ERROR_CONTEXT`):
a generated file marks each of their ``KioskError`` templates under that context, and only the
evacuee catalogues read it (the staff catalogues translate them as ``KioskError``).

``--check`` changes nothing: it extracts onto copies of the catalogues and lists every
string without a finished translation (exit 1 if any) — the "complete Japanese" and
"complete evacuee languages" promises, enforced by ``tests/test_ui_translations.py``.
``--stats`` prints, per language, how many evacuee-facing strings are translated.

example:
  .venv/bin/python scripts/update_translations.py          # regenerate and compile
  .venv/bin/python scripts/update_translations.py --check  # list untranslated strings
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from kiosk.basics.evacuee_errors import evacuee_error_templates  # noqa: E402
from kiosk.basics.languages import (  # noqa: E402
    EVACUEE_CONTEXTS,
    EVACUEE_ERROR_CONTEXT,
    STAFF_LANGUAGES,
    language_codes,
)

OUT = REPO / "assets" / "translations"
LANGUAGES = STAFF_LANGUAGES
#: Languages with an evacuee-facing catalogue only.
EVACUEE_ONLY = tuple(code for code in language_codes() if code not in STAFF_LANGUAGES)
#: Packages whose aliased/helper markers are found with ``ast``; ``ui/`` also goes to lupdate.
MARKED_PACKAGES = ("kiosk", "sync", "ui")
#: Call names (bare or attribute) whose two literal arguments are (context, text).
MARKERS = frozenset({"QT_TRANSLATE_NOOP", "_N", "translated"})
BIN = Path(sys.executable).parent


def marked_strings(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every marker call in ``path`` with two literal string arguments."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
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


def write_marked_file(target: Path) -> Path:
    """A Python file lupdate can read, holding every aliased marker of the packages."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for package in MARKED_PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            for context, text in marked_strings(path):
                lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def write_evacuee_errors_file(target: Path) -> Path:
    """A Python file lupdate can read, marking the message of every error an evacuee may
    read under :data:`EVACUEE_ERROR_CONTEXT` (read for the evacuee catalogues only)."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for text in evacuee_error_templates():
        lines.append(f"QT_TRANSLATE_NOOP({EVACUEE_ERROR_CONTEXT!r}, {text!r})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def sources(tmp: Path) -> list[str]:
    """Everything lupdate reads: the generated marker file and every ``ui/`` module."""
    marked = write_marked_file(tmp / "marked_strings.py")
    return [str(marked)] + [str(p) for p in sorted((REPO / "ui").rglob("*.py"))]


def sources_for(language: str, tmp: Path, files: list[str]) -> list[str]:
    """What lupdate reads for ``language``: ``files``, and for an evacuee language also the
    evacuee-visible errors (written once into ``tmp``)."""
    if language not in EVACUEE_ONLY:
        return files
    errors = tmp / "evacuee_errors.py"
    if not errors.exists():
        write_evacuee_errors_file(errors)
    return [*files, str(errors)]


def extract(ts: Path, language: str, files: list[str]) -> None:
    """Merge the strings of ``files`` into the catalogue ``ts`` (created if missing)."""
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            *files,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def keep_evacuee_contexts(ts: Path) -> None:
    """Remove every context of ``ts`` an evacuee never reads (staff screens, core errors)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in root.findall("context"):
        if context.findtext("name") not in EVACUEE_CONTEXTS:
            root.remove(context)
    ET.indent(tree, space="    ")
    text = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def catalogue_path(language: str) -> Path:
    return OUT / f"kiosk_{language}.ts"


def evacuee_counts(ts: Path) -> tuple[int, int]:
    """(finished, total) messages of the evacuee-facing contexts in ``ts``."""
    total = finished = 0
    missing = set(unfinished(ts))
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name")
        if name not in EVACUEE_CONTEXTS:
            continue
        for message in context.findall("message"):
            total += 1
            finished += f"{name} | {message.findtext('source')}" not in missing
    return finished, total


def compile_catalogue(ts: Path) -> Path:
    """Compile ``ts`` into the ``.qm`` next to it (unfinished entries fall back to English)."""
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


def unfinished(ts: Path) -> list[str]:
    """``context | source`` of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            empty = translation is None or not (
                (translation.text or "").strip()
                or any((form.text or "").strip() for form in translation.findall("numerusform"))
            )
            if empty or (translation is not None and translation.get("type") == "unfinished"):
                missing.append(f"{context.findtext('name')} | {message.findtext('source')}")
    return missing


def fresh_copies(tmp: Path) -> dict[str, Path]:
    """Every catalogue copied into ``tmp`` and merged with the code as it is now."""
    files = sources(tmp)
    copies = {}
    for language in ("ja", *EVACUEE_ONLY):
        copy = tmp / f"kiosk_{language}.ts"
        if catalogue_path(language).exists():
            shutil.copy(catalogue_path(language), copy)
        extract(copy, language.split("-")[0], sources_for(language, tmp, files))
        if language in EVACUEE_ONLY:
            keep_evacuee_contexts(copy)
        copies[language] = copy
    return copies


def check() -> int:
    """Extract from the code as it is now onto copies of the Japanese and evacuee catalogues;
    list the strings without a finished translation."""
    with tempfile.TemporaryDirectory() as tmp:
        copies = fresh_copies(Path(tmp))
        missing = [f"untranslated: {line}" for line in unfinished(copies["ja"])]
        for language in EVACUEE_ONLY:
            missing += [f"untranslated [{language}]: {x}" for x in unfinished(copies[language])]
    for line in missing:
        print(line)
    return 1 if missing else 0


def complete_languages() -> list[str]:
    """The languages whose catalogue translates every evacuee-facing string of the code now
    (Japanese and English count: Japanese is checked, English is the source text)."""
    with tempfile.TemporaryDirectory() as tmp:
        copies = fresh_copies(Path(tmp))
        done = ["en"]
        for language, copy in copies.items():
            finished, total = evacuee_counts(copy)
            if total and finished == total:
                done.append(language)
    return done


def update() -> int:
    """Regenerate both catalogues and compile them."""
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        files = sources(Path(tmp))
        for language in (*LANGUAGES, *EVACUEE_ONLY):
            ts = catalogue_path(language)
            extract(ts, language.split("-")[0], sources_for(language, Path(tmp), files))
            if language in EVACUEE_ONLY:
                keep_evacuee_contexts(ts)
            qm = compile_catalogue(ts)
            print(f"{ts.relative_to(REPO)}: {len(unfinished(ts))} unfinished -> {qm.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Regenerate and compile the translation catalogues.",
        epilog="example:\n  .venv/bin/python scripts/update_translations.py --check",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--check", action="store_true", help="list untranslated strings; change nothing"
    )
    parser.add_argument(
        "--stats", action="store_true", help="list the complete evacuee languages; change nothing"
    )
    args = parser.parse_args(argv)
    if args.stats:
        print(" ".join(complete_languages()))
        return 0
    return check() if args.check else update()


if __name__ == "__main__":
    sys.exit(main())
