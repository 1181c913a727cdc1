"""The languages an evacuee can choose: their codes, their own names, their locales.

One list, read by every face: the self check-in's language page, the survey's stored
language, the person's card (``Person.language``), the translation catalogues and the
printed paper card and 安否 list. Staff screens stay Japanese or English
(:data:`STAFF_LANGUAGES`); everything an evacuee reads is offered in all of
:data:`EVACUEE_LANGUAGES`.

Codes are BCP 47 tags. やさしい日本語 (plain Japanese with readings for kanji) has no
registered tag, so it uses the private-use tag ``ja-x-easy`` (a valid BCP 47 tag that any
system reading the person's language sees as Japanese). Chinese is split by script
(``zh-Hans``, ``zh-Hant``); Filipino is ``fil`` (ISO 639-2). Codes written on cards before
this list existed (``zh``, ``tl``) are read through :data:`ALIASES`.

The name of each language is written in that language (an endonym): a person who reads only
Nepali finds नेपाली, whatever the screen shows now. No flags: a flag names a country, not a
language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Language",
    "EVACUEE_LANGUAGES",
    "STAFF_LANGUAGES",
    "EASY_JAPANESE",
    "CARD_DEFAULT",
    "ALIASES",
    "LANGUAGE_TAG",
    "EVACUEE_CONTEXTS",
    "EVACUEE_ERROR_CONTEXT",
    "catalogue_chain",
    "evacuee_language",
    "language_codes",
]

#: A language tag the card accepts: a 2–3 letter language, an optional script or region
#: subtag, and an optional private-use part (``ja-x-easy``).
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?(-x-[a-z0-9]{1,8})?")

EASY_JAPANESE = "ja-x-easy"
#: The language every card starts with (``PersonDraft.language``): it tells nothing about
#: what the person reads, so the self check-in does not switch to it on a scan.
CARD_DEFAULT = "ja"


@dataclass(frozen=True)
class Language:
    """One language an evacuee may choose.

    ``code`` is stored on the person and names the catalogue (``kiosk_<code>.ts``);
    ``name`` is the language's own name; ``locale`` is the locale dates and numbers are
    written in (a Qt/CLDR locale name); ``script`` names the writing system, for fonts.
    """

    code: str
    name: str
    locale: str
    script: str


EVACUEE_LANGUAGES: tuple[Language, ...] = (
    Language("ja", "日本語", "ja_JP", "Japanese"),
    Language(EASY_JAPANESE, "やさしい にほんご", "ja_JP", "Japanese"),
    Language("en", "English", "en_US", "Latin"),
    Language("zh-Hans", "简体中文", "zh_CN", "Han (Simplified)"),
    Language("zh-Hant", "繁體中文", "zh_TW", "Han (Traditional)"),
    Language("ko", "한국어", "ko_KR", "Hangul"),
    Language("vi", "Tiếng Việt", "vi_VN", "Latin"),
    Language("pt", "Português", "pt_BR", "Latin"),
    Language("fil", "Filipino", "fil_PH", "Latin"),
    Language("ne", "नेपाली", "ne_NP", "Devanagari"),
    Language("id", "Bahasa Indonesia", "id_ID", "Latin"),
    Language("th", "ภาษาไทย", "th_TH", "Thai"),
    Language("es", "Español", "es_ES", "Latin"),
)

#: The languages of the staff screens (the window's setting).
STAFF_LANGUAGES: tuple[str, ...] = ("ja", "en")

#: Codes written before :data:`EVACUEE_LANGUAGES` existed, read as the language they meant.
ALIASES: dict[str, str] = {"zh": "zh-Hans", "tl": "fil", "zh-CN": "zh-Hans", "zh-TW": "zh-Hant"}

_BY_CODE = {language.code: language for language in EVACUEE_LANGUAGES}


def language_codes() -> tuple[str, ...]:
    """Every evacuee language code, in the order the language page lists them."""
    return tuple(language.code for language in EVACUEE_LANGUAGES)


def evacuee_language(code: str | None) -> Language | None:
    """The evacuee language a stored code stands for (aliases followed), or ``None`` when
    the kiosk has no catalogue for it (the screen then stays in the shelter's language)."""
    if not code:
        return None
    return _BY_CODE.get(ALIASES.get(code, code))


#: The context under which an evacuee catalogue holds the core errors an evacuee may read
#: (:data:`kiosk.basics.evacuee_errors.EVACUEE_ERRORS`, copied from context ``KioskError`` by
#: ``scripts/update_translations.py``). Not ``KioskError`` itself: the evacuee catalogue is
#: installed over the staff one, and a staff screen must keep reading errors in Japanese or
#: English.
EVACUEE_ERROR_CONTEXT = "EvacueeError"

#: The translation contexts an evacuee reads (the self check-in screen and its pages, the
#: survey, the birth-date input, the slip, the paper card, the 安否 list, the refused-code
#: reasons): every evacuee language's catalogue holds all of them, and
#: ``tests/test_ui_translations.py`` fails on any of them left untranslated.
EVACUEE_CONTEXTS: tuple[str, ...] = (
    "SelfCheckinScreen",
    "LanguagePage",
    "BirthDateInput",
    "Survey",
    "SurveyWidget",
    "SlipPrint",
    "PaperCard",
    "Anpi",
    EVACUEE_ERROR_CONTEXT,
)


def catalogue_chain(language: str) -> tuple[str, ...]:
    """The catalogues (``kiosk_<code>``) that translate ``language``, base first: an evacuee
    catalogue holds only :data:`EVACUEE_CONTEXTS`, so its base (Japanese for やさしい日本語,
    English for the others) answers everything else."""
    if language in STAFF_LANGUAGES:
        return (language,)
    base = "ja" if language == EASY_JAPANESE else "en"
    return (base, language)
