"""Languages in the window: Japanese and English through Qt's translation system.

Strings in ``ui/`` use ``self.tr``; strings from the core are marked with
``QT_TRANSLATE_NOOP(context, text)`` and translated here at display time. Switching language
installs another translator; Qt then sends every widget a LanguageChange event and each
screen re-runs its ``retranslate()``. Catalogues live in ``assets/translations`` (``.ts``
sources, compiled ``.qm`` files; ``scripts/update_translations.py`` regenerates both).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.errors import KioskError
from kiosk.selftest import assets_dir

__all__ = ["Languages", "tr_error", "translated", "translations_dir"]


def translations_dir() -> Path:
    return assets_dir() / "translations"


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tr_error(error: KioskError) -> str:
    """A core error in the current language: its template and its marked params translated,
    then filled in (params never hold personal data)."""
    params = dict(error.params)
    for name, context in error.param_contexts.items():
        if isinstance(params.get(name), str):
            params[name] = translated(context, params[name])
    template = translated("KioskError", error.template_text)
    try:
        text = template.format(**params)
        return text.format(**params) if "{" in text else text
    except (KeyError, IndexError, ValueError):
        return template


class Languages:
    """Owns the installed translators; ``switch('ja'|'en')`` changes the whole window live."""

    def __init__(self) -> None:
        self.current = "en"
        self._ours = QTranslator()
        self._qt = QTranslator()

    def switch(self, language: str) -> bool:
        app = QCoreApplication.instance()
        if app is None:
            return False
        app.removeTranslator(self._ours)
        app.removeTranslator(self._qt)
        self._ours = QTranslator()
        self._qt = QTranslator()
        loaded = True
        if language != "en":
            loaded = self._ours.load(str(translations_dir() / f"kiosk_{language}.qm"))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if self._qt.load(QLocale(language), "qtbase", "_", qt_dir):
                app.installTranslator(self._qt)
            if loaded:
                app.installTranslator(self._ours)
        self.current = language
        QLocale.setDefault(QLocale(language))
        return loaded
