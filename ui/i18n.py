"""Languages in the window: Japanese and English through Qt's translation system.

Owns the installed translators and the display-time translation of the core's marked text.

* Strings in ``ui/`` use ``self.tr(...)`` or ``QCoreApplication.translate(context, ...)``;
  ``pyside6-lupdate`` extracts both.
* Strings in the core (``kiosk/``, ``sync/``) cannot use Qt: they are marked with
  ``QT_TRANSLATE_NOOP(context, text)`` (see :mod:`kiosk.i18n`) and translated here when shown:
  :func:`tr_error` for errors (context ``KioskError``), :func:`tr_vocab` for vocabulary values
  (context ``Vocab``), :func:`tr_field` for field labels (context ``Field``).
* :meth:`Languages.switch` installs our catalogue (``assets/translations/kiosk_<lang>.qm``)
  and Qt's own (``qtbase_<lang>.qm`` from the PySide6 package, for standard buttons and
  dialogs). Installing or removing a translator makes Qt send every widget a LanguageChange
  event; each screen handles it in ``changeEvent`` by re-running its ``retranslate()``.

``scripts/update_translations.py`` regenerates the ``.ts`` catalogues from the code and
compiles the ``.qm`` files; both are committed so a fresh clone works without Qt's tools.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from kiosk.errors import KioskError
from kiosk.fields import FIELD_LABELS
from kiosk.i18n import ERROR_CONTEXT, FIELD_CONTEXT
from kiosk.selftest import assets_dir
from kiosk.vocab import LABELS

__all__ = [
    "LANGUAGES",
    "Languages",
    "translations_dir",
    "qt_translations_dir",
    "translated",
    "tr_error",
    "tr_vocab",
    "tr_field",
]

log = logging.getLogger("ui.i18n")

# The languages the window offers, with complete catalogues (English is the source text).
LANGUAGES: tuple[str, ...] = ("ja", "en")
VOCAB_CONTEXT = "Vocab"


def translations_dir() -> Path:
    """Where our compiled catalogues live (``assets/translations``)."""
    return assets_dir() / "translations"


def qt_translations_dir() -> Path:
    """Qt's own catalogues shipped inside the PySide6 package (``qtbase_ja.qm``, ...)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def translated(context: str, text: str) -> str:
    """``text`` (marked under ``context``) in the current language; the source if untranslated."""
    return QCoreApplication.translate(context, text)


def tr_error(error: KioskError) -> str:
    """A core error in the current language, ready to show in place.

    The template is translated, then params that are themselves marked text (named in the
    error's ``param_contexts``, e.g. a field label or a hint) are translated and filled in.
    Params never hold personal data (see :mod:`kiosk.errors`). A translation that does not fit
    the params (a translator's typo) falls back to the bare translated template, never raises.
    """
    params = dict(error.params)
    for name, context in error.param_contexts.items():
        if isinstance(params.get(name), str):
            params[name] = translated(context, params[name])
    template = translated(ERROR_CONTEXT, error.template_text)
    try:
        text = template.format(**params)
        # A translated hint may itself hold {placeholders} (e.g. "{example}"): fill them too.
        return text.format(**params) if "{" in text else text
    except (KeyError, IndexError, ValueError):
        return template


def tr_vocab(value: str) -> str:
    """The label of a vocabulary value (:data:`kiosk.vocab.LABELS`) in the current language;
    an unknown value is shown as it is."""
    source = LABELS.get(value)
    return translated(VOCAB_CONTEXT, source) if source is not None else value


def tr_field(key: str) -> str:
    """The label of a card field (:data:`kiosk.fields.FIELD_LABELS`) in the current language."""
    source = FIELD_LABELS.get(key)
    return translated(FIELD_CONTEXT, source) if source is not None else key


class Languages(QObject):
    """Owns the installed translators; ``switch('ja'|'en')`` changes the whole window live.

    Create after the QApplication, on the GUI thread. ``changed`` is emitted after the switch
    (widgets need not listen to it: Qt's LanguageChange event reaches them by itself).
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = "en"
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> bool:
        """Show the window in ``language``; returns False if its catalogue could not be loaded
        (the window then shows English source text, never an empty label).

        Raises:
            ValueError: ``language`` is not one of :data:`LANGUAGES`.
        """
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        app = QCoreApplication.instance()
        if app is None:
            return False
        ours = QTranslator(self)
        loaded = ours.load(str(translations_dir() / f"kiosk_{language}.qm"))
        if not loaded and language != "en":  # English is the source text: no catalogue needed
            log.warning("translation catalogue for %s could not be loaded", language)
        qt = QTranslator(self)
        qt_loaded = qt.load(f"qtbase_{language}", str(qt_translations_dir()))
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        # Qt consults the most recently installed translator first: ours wins over Qt's.
        for translator, ok in ((qt, qt_loaded), (ours, loaded)):
            if ok:
                app.installTranslator(translator)
                self._installed.append(translator)
        self.current = language
        QLocale.setDefault(QLocale(language))
        self.changed.emit(language)
        return loaded or language == "en"
