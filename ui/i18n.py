"""Languages in the window through Qt's translation system: Japanese and English everywhere,
and every evacuee language (:mod:`kiosk.basics.languages`) on the screens an evacuee reads.

Owns the installed translators and the display-time translation of the core's marked text.

* Strings in ``ui/`` use ``self.tr(...)`` or ``QCoreApplication.translate(context, ...)``;
  ``pyside6-lupdate`` extracts both.
* Strings in the core (``kiosk/``, ``sync/``) cannot use Qt: they are marked with
  ``QT_TRANSLATE_NOOP(context, text)`` (see :mod:`kiosk.basics.i18n`) and translated here when
  shown:
  :func:`tr_error` for errors (context ``KioskError``), :func:`tr_vocab` for vocabulary values
  (context ``Vocab``), :func:`tr_field` for field labels (context ``Field``), and
  :func:`tr_evacuee_error` for the errors an evacuee reads at self check-in (context
  ``EvacueeError`` of the evacuee catalogues, :mod:`kiosk.basics.evacuee_errors`).
* :meth:`Languages.switch` installs our catalogue (``assets/translations/kiosk_<lang>.qm``)
  and Qt's own (``qtbase_<lang>.qm`` from the PySide6 package, for standard buttons and
  dialogs). Installing or removing a translator makes Qt send every widget a LanguageChange
  event; each screen handles it in ``changeEvent`` by re-running its ``retranslate()``.

* Staff languages (``ja``, ``en``) have a complete catalogue of every string. An evacuee
  language (``vi``, ``ne``, ``ja-x-easy``, ...) has a catalogue of the evacuee-facing contexts
  only (:data:`EVACUEE_CONTEXTS`); :func:`catalogue_chain` installs it on top of its base
  (Japanese for やさしい日本語, English for the others), so a staff dialog opened over the
  self check-in screen reads in Japanese or English, never half-empty.
* :func:`current_language` is the tag last switched to; dates and numbers follow the
  language's locale (``QLocale.setDefault``).

``scripts/update_translations.py`` regenerates the ``.ts`` catalogues from the code and
compiles the ``.qm`` files; both are committed so a fresh clone works without Qt's tools.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QFontDatabase

from kiosk.basics.errors import KioskError
from kiosk.basics.evacuee_errors import is_evacuee_error
from kiosk.basics.i18n import ERROR_CONTEXT, FIELD_CONTEXT
from kiosk.basics.languages import (
    EVACUEE_CONTEXTS,
    EVACUEE_ERROR_CONTEXT,
    catalogue_chain,
    evacuee_language,
    language_codes,
)
from kiosk.registry.fields import FIELD_LABELS
from kiosk.registry.vocab import LABELS
from kiosk.safety.self_test import assets_dir

__all__ = [
    "LANGUAGES",
    "EVACUEE_CONTEXTS",
    "Languages",
    "catalogue_chain",
    "current_language",
    "translate_in",
    "register_script_fonts",
    "translations_dir",
    "qt_translations_dir",
    "translated",
    "tr_error",
    "tr_evacuee_error",
    "tr_vocab",
    "tr_field",
]

log = logging.getLogger("ui.i18n")

# The languages the window offers: staff languages (complete catalogues, English is the
# source text) and every evacuee language (evacuee-facing catalogues).
LANGUAGES: tuple[str, ...] = language_codes()
VOCAB_CONTEXT = "Vocab"
#: Filled once the bundled script fonts were registered (once per process).
_FONTS_REGISTERED: list[list[str]] = []
#: Application property holding the language tag last switched to.
_CURRENT = "kioskLanguage"


def current_language() -> str:
    """The language tag the window shows now (``en`` before any switch)."""
    app = QCoreApplication.instance()
    value = app.property(_CURRENT) if app is not None else None
    return str(value) if value else "en"


_LOADED: dict[str, list[QTranslator]] = {}


def bundled_fonts_dir() -> Path:
    """Where the build puts the Noto fonts of the evacuee languages' scripts (kiosk.spec)."""
    return assets_dir() / "fonts" / "noto"


def register_script_fonts(folder: Path | None = None) -> list[str]:
    """Make the fonts in ``folder`` (default: :func:`bundled_fonts_dir`) known to Qt; returns
    the families registered. Qt falls back to them for characters the window's Japanese
    font lacks (Hangul, simplified Chinese, Thai, Devanagari), so a computer without these
    fonts installed still draws every evacuee language. Nothing when the folder is absent
    (a development checkout: the system's fonts, from scripts/setup.sh, are used)."""
    folder = folder or bundled_fonts_dir()
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families


def translate_in(language: str, context: str, text: str, n: int = -1) -> str:
    """``text`` in ``language`` whatever the window shows (a slip printed at the desk in the
    evacuee's language); the English source when no catalogue has it."""
    if language not in _LOADED:
        chain = []
        for code in reversed(catalogue_chain(language)):  # the most specific first
            translator = QTranslator()
            if translator.load(str(translations_dir() / f"kiosk_{code}.qm")):
                chain.append(translator)
        _LOADED[language] = chain
    for translator in _LOADED[language]:
        found = translator.translate(context, text, None, n)
        if found:
            return found
    return text.replace("%n", str(n)) if n >= 0 else text


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
    Params never hold personal data (see :mod:`kiosk.basics.errors`). A translation that does not
    fit the params (a translator's typo) falls back to the bare translated template, never raises.
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


def tr_evacuee_error(
    error: KioskError, staff_wording: Callable[[KioskError], str] | None = None
) -> str:
    """A core error as an evacuee reads it (self check-in's "ask staff" page).

    An error of :data:`kiosk.basics.evacuee_errors.EVACUEE_ERRORS` is looked up under
    :data:`EVACUEE_ERROR_CONTEXT`, which only the evacuee catalogues hold: Korean on a Korean
    screen, やさしい日本語 on a やさしい日本語 one. Japanese and English (and any other error)
    use the staff wording, ``staff_wording`` or :func:`tr_error` (context ``KioskError``), so a
    staff screen shows the same error in the staff catalogue's words. Params are filled as
    :func:`tr_error` fills them; they never hold personal data.
    """
    fallback = staff_wording or tr_error
    if not is_evacuee_error(error):
        return fallback(error)
    template = error.template_text
    text = translated(EVACUEE_ERROR_CONTEXT, template)
    if text == template:  # no evacuee catalogue installed translates it: a staff language
        return fallback(error)
    try:
        return text.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return text


def tr_vocab(value: str) -> str:
    """The label of a vocabulary value (:data:`kiosk.registry.vocab.LABELS`) in the current
    language;
    an unknown value is shown as it is."""
    source = LABELS.get(value)
    return translated(VOCAB_CONTEXT, source) if source is not None else value


def tr_field(key: str) -> str:
    """The label of a card field (:data:`kiosk.registry.fields.FIELD_LABELS`) in the current
    language."""
    source = FIELD_LABELS.get(key)
    return translated(FIELD_CONTEXT, source) if source is not None else key


class Languages(QObject):
    """Owns the installed translators; ``switch(code)`` changes the whole window live.

    Create after the QApplication, on the GUI thread. ``changed`` is emitted after the switch
    (widgets need not listen to it: Qt's LanguageChange event reaches them by itself).
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = "en"
        self._installed: list[QTranslator] = []
        if QCoreApplication.instance() is not None and not _FONTS_REGISTERED:
            _FONTS_REGISTERED.append(register_script_fonts())

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
        known = evacuee_language(language)
        locale = QLocale(known.locale if known is not None else language)
        qt = QTranslator(self)
        qt_loaded = qt.load(locale, "qtbase", "_", str(qt_translations_dir()))
        found: list[tuple[QTranslator, bool]] = [(qt, qt_loaded)]
        loaded = True
        for code in catalogue_chain(language):
            ours = QTranslator(self)
            ok = ours.load(str(translations_dir() / f"kiosk_{code}.qm"))
            if not ok and code != "en":  # English is the source text: no catalogue needed
                log.warning("translation catalogue for %s could not be loaded", code)
                loaded = False
            found.append((ours, ok))
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        # Qt consults the most recently installed translator first: ours wins over Qt's, and
        # the evacuee catalogue over its base.
        for translator, ok in found:
            if ok:
                app.installTranslator(translator)
                self._installed.append(translator)
        self.current = language
        app.setProperty(_CURRENT, language)
        QLocale.setDefault(locale)
        self.changed.emit(language)
        return loaded
