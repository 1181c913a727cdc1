"""Japanese name, phone and date normalisation for search keys.

People type names the way they are written on their card, in kanji, hiragana, katakana, half-
width katakana from an old keyboard, with or without the space between family and given name,
and with old or variant forms of common kanji (髙橋 for 高橋, 﨑 for 崎, 齋藤 for 斉藤). Search
compares *keys*: the same function turns the stored name and the typed query into one form.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import jaconv

from kiosk.basics.eras import parse_era_date
from kiosk.registry.kanji_variants import FOLDS

_FOLDS = "".join(FOLDS)

__all__ = ["name_key", "phone_key", "parse_birth", "suggest_kana"]

#: Variant and old forms (異体字・旧字体) folded to one representative per family (髙→高,
#: 﨑/崎→埼, 齋/齊/斎→斉, 邊/邉→辺, 澤→沢): generated from ja-itaiji and Unihan readings by
#: ``scripts/gen_kanji_variants.py`` (its rules and sources are named there).
VARIANTS: dict[str, str] = dict(zip(_FOLDS[0::2], _FOLDS[1::2], strict=True))
_VARIANT_TABLE = str.maketrans(VARIANTS)
_SPACES = re.compile(r"[\s\u3000・･.,、。\-‐ー]+")


def name_key(text: str) -> str:
    """The search key of a name or reading.

    NFKC folds full/half width (ｻﾄｳ → サトウ, ＡＢＣ → ABC); katakana becomes hiragana; spaces,
    middle dots and long-vowel marks are dropped; variant kanji fold to
    their common form; Latin letters are lower-cased. Both the stored name and the query go
    through it, so any folding applies equally to both sides.
    """
    folded = unicodedata.normalize("NFKC", text)
    folded = jaconv.kata2hira(folded)
    folded = folded.translate(_VARIANT_TABLE)
    folded = _SPACES.sub("", folded)
    return folded.casefold()


def phone_key(text: str) -> str:
    """Digits only, full-width digits included: 090-1234-5678 and ０９０１２３４５６７８ meet."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


_DATE = re.compile(r"^\s*(\d{4})[-/.年]?\s*(\d{1,2})[-/.月]?\s*(\d{1,2})日?\s*$")


def parse_birth(text: str) -> date | None:
    """Parse 1950-04-01, 1950/4/1, 19500401, 1950年4月1日 or an era date (昭和25年4月1日,
    S25.4.1: :func:`kiosk.basics.eras.parse_era_date`); ``None`` when it is not a date."""
    match = _DATE.match(unicodedata.normalize("NFKC", text))
    if not match:
        return parse_era_date(text)
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


_kakasi = None


def suggest_kana(name: str) -> str:
    """A katakana reading suggestion for a kanji name (pykakasi); staff confirm or correct it.

    Name readings are ambiguous (東海林 is しょうじ); this is a starting point, never stored
    without a person seeing it.
    """
    global _kakasi
    if _kakasi is None:
        import pykakasi  # slow to load its dictionaries: only when a suggestion is asked for

        _kakasi = pykakasi.kakasi()
    parts = []
    for token in re.split(r"[\s\u3000]+", name.strip()):
        if token:
            parts.append("".join(item["kana"] for item in _kakasi.convert(token)))
    return "\u3000".join(parts)
