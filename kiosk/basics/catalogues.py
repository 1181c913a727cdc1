"""What the core prints in an evacuee's language (the paper card, the 安否 list), translated
without Qt: the window's own catalogues (``assets/translations/kiosk_<code>.ts``) read with
the standard library's XML parser.

One set of catalogues serves both faces: the core marks its printed text with
``QT_TRANSLATE_NOOP(context, text)`` (contexts ``PaperCard`` and ``Anpi``, listed in
:data:`kiosk.basics.languages.EVACUEE_CONTEXTS`), ``scripts/update_translations.py`` extracts it
into every catalogue, and :func:`translate_to` looks it up here. A message the catalogue has not
translated yet (``type="unfinished"``) is not used: the English source is printed instead.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from kiosk.basics.languages import catalogue_chain

__all__ = ["translate_to", "catalogue_file"]


def catalogue_file(code: str) -> Path:
    """The ``.ts`` catalogue of ``code`` (in a checkout or inside the build)."""
    from kiosk.safety.self_test import assets_dir  # here: selftest imports most of the core

    return assets_dir() / "translations" / f"kiosk_{code}.ts"


@cache
def _messages(code: str) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation of one catalogue; empty when it is absent."""
    path = catalogue_file(code)
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def translate_to(language: str, context: str, text: str) -> str:
    """``text`` (marked under ``context``) in ``language``; the English source when no
    catalogue of the language translates it."""
    for code in reversed(catalogue_chain(language)):  # the most specific first
        found = _messages(code).get((context, text))
        if found:
            return found
    return text
