"""Fonts for the evacuee languages' scripts in printed PDFs (the paper card, the 安否 list).

The PDFs are set in IPA Gothic (:func:`kiosk.exports.files.japanese_font`), which has no
Hangul, no simplified-only Chinese characters, no Thai and no Devanagari. :func:`add_script_fonts`
registers the Noto fonts of those scripts as fpdf2 fallback fonts (a character IPA Gothic
lacks is taken from the first that has it) and, for Thai and Nepali, turns on text shaping
(HarfBuzz through uharfbuzz), without which Devanagari vowel signs land on the wrong side.

The fonts are found where the build bundles them (``assets/fonts/noto``, see kiosk.spec) or
where Debian's ``fonts-noto-core`` and ``fonts-noto-cjk`` put them (scripts/setup.sh).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.basics.languages import evacuee_language

if TYPE_CHECKING:
    from fpdf import FPDF

__all__ = [
    "ScriptFont",
    "SCRIPT_FONTS",
    "SHAPED_SCRIPTS",
    "add_script_fonts",
    "needs_shaping",
    "shape_if_needed",
]

_SYSTEM_DIRS = (Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto"))


@dataclass(frozen=True)
class ScriptFont:
    """A fallback font for one script (:attr:`kiosk.basics.languages.Language.script`): its fpdf
    name, its file and, for a collection, the face's index."""

    script: str
    name: str
    file: str
    face: int = 0


#: The fonts of the scripts IPA Gothic lacks (Latin: Vietnamese letters such as ế).
#: Only the scripts a document's languages use are registered: reading the CJK collection
#: takes seconds.
SCRIPT_FONTS: tuple[ScriptFont, ...] = (
    ScriptFont("Latin", "noto-latin", "NotoSans-Regular.ttf"),
    ScriptFont("Han (Simplified)", "noto-sc", "NotoSansCJK-Regular.ttc", 2),
    ScriptFont("Han (Traditional)", "noto-tc", "NotoSansCJK-Regular.ttc", 3),
    ScriptFont("Hangul", "noto-kr", "NotoSansCJK-Regular.ttc", 1),
    ScriptFont("Thai", "noto-thai", "NotoSansThai-Regular.ttf"),
    ScriptFont("Devanagari", "noto-devanagari", "NotoSansDevanagari-Regular.ttf"),
)
#: Scripts (:attr:`kiosk.basics.languages.Language.script`) that print wrongly without shaping.
SHAPED_SCRIPTS = frozenset({"Devanagari", "Thai"})
#: Their Unicode blocks (Devanagari U+0900–U+097F, Thai U+0E00–U+0E7F).
_SHAPED_RANGES = ((0x0900, 0x097F), (0x0E00, 0x0E7F))


def needs_shaping(text: str) -> bool:
    """Whether ``text`` holds a character of a script that needs shaping."""
    return any(low <= ord(ch) <= high for ch in text for low, high in _SHAPED_RANGES)


def shape_if_needed(pdf: FPDF, text: str) -> None:
    """Turn shaping on for ``text`` when it needs it, off otherwise: Japanese is set as
    before (shaping it changed the placement of full-width brackets in IPA Gothic)."""
    pdf.set_text_shaping(needs_shaping(text))


def _find(file: str) -> Path | None:
    from kiosk.safety.self_test import assets_dir  # here: selftest imports most of the core

    for folder in (assets_dir() / "fonts" / "noto", *_SYSTEM_DIRS):
        if (folder / file).is_file():
            return folder / file
    return None


def add_script_fonts(pdf: FPDF, *languages: str) -> list[str]:
    """Register the script fonts found as fallbacks of ``pdf``; shape all text when one of
    ``languages`` needs it (a document that sets text piece by piece turns shaping on and
    off with :func:`shape_if_needed` instead). Returns the fallback names registered (a
    font not installed is left out, and its characters then print as empty boxes: the
    tests of each language catch that)."""
    scripts = {getattr(evacuee_language(code), "script", "") for code in languages}
    names = []
    for font in SCRIPT_FONTS:
        path = _find(font.file) if font.script in scripts else None
        if path is not None:
            pdf.add_font(font.name, "", str(path), collection_font_number=font.face)
            names.append(font.name)
    if names:
        pdf.set_fallback_fonts(names, exact_match=False)
    if scripts & SHAPED_SCRIPTS:
        pdf.set_text_shaping(True)
    return names
