"""Success and failure feedback: a short sound, always with a visual equivalent.

The sound (``assets/sounds``, two short tones written by ``scripts/make_sounds.py``) helps
staff who look at the person, not the screen; the flash (a large ✔ or ✖ with words over the
window for a moment) is there for people who cannot hear it, on laptops with no sound, and in
a noisy gym. Sounds can be turned off in settings; the flash cannot. A missing audio device,
a build without QtMultimedia or a missing file never breaks anything: the flash still shows.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.safety.self_test import assets_dir

__all__ = ["Feedback", "Flash", "FLASH_MS", "sounds_dir"]

log = logging.getLogger("ui.feedback")

# How long a flash stays over the window.
FLASH_MS = 900
_ICONS = {"success": "✔", "failure": "✖"}


def sounds_dir() -> Path:
    return assets_dir() / "sounds"


class Flash(QLabel):
    """The visual half of the feedback: icon and words, large, centred over a window.

    Coloured by :mod:`ui.theme` (``QLabel#flash[kind=...]``); it lets clicks through and
    deletes itself after ``duration_ms``.
    """

    def __init__(self, kind: str, text: str, host: QWidget, duration_ms: int = FLASH_MS) -> None:
        super().__init__(f"{_ICONS[kind]} {text}", host)
        self.setObjectName("flash")
        self.setProperty("kind", kind)
        self.setAccessibleName(text)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setWordWrap(False)
        self.adjustSize()
        width = min(self.width(), max(host.width() - 40, 100))
        self.resize(width, self.height())
        self.move((host.width() - self.width()) // 2, (host.height() - self.height()) // 3)
        self.show()
        self.raise_()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        QTimer.singleShot(duration_ms, self.deleteLater)


class Feedback(QObject):
    """Plays the success or failure tone and flashes words over the widget's window.

    Args:
        sounds: whether to play tones (the setting); the flash is always shown.
    """

    # (kind, words) each time feedback is given: "success" or "failure".
    given = Signal(str, str)

    def __init__(self, sounds: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, QObject] = {}
        self.sounds = sounds
        self.flashes = 0
        if sounds:
            self._load_effects()

    def _load_effects(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # a build without QtMultimedia: flashes only
            log.info("QtMultimedia missing: feedback without sound")
            return
        if QMediaDevices.defaultAudioOutput().isNull():  # no speaker (CI, a muted laptop)
            log.info("no audio output: feedback without sound")
            return
        for name in _ICONS:
            path = sounds_dir() / f"{name}.wav"
            if not path.is_file():
                log.warning("sound %s.wav missing: feedback without it", name)
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.6)
            self._effects[name] = effect

    @property
    def has_sound(self) -> bool:
        """Whether tones are loaded (the audio device may still turn out to be missing, which
        QSoundEffect handles by staying silent)."""
        return bool(self._effects)

    def success(self, widget: QWidget | None, text: str = "") -> None:
        """Tone and flash for a completed action; ``text`` (translated) says what happened."""
        self._give("success", widget, text or self.tr("Done"))

    def failure(self, widget: QWidget | None, text: str = "") -> None:
        """Tone and flash for a refused or failed action; the details stay in place (banner)."""
        self._give("failure", widget, text or self.tr("Please check"))

    def call_staff(self) -> None:
        """Someone at the self check-in asked for help: the attention tone (staff nearby hear
        it; the screen is the evacuee's) and a log line. The screen already says to wait."""
        log.info("staff called from self check-in")
        self._give("failure", None, self.tr("Staff called"))

    def _give(self, kind: str, widget: QWidget | None, text: str) -> None:
        effect = self._effects.get(kind) if self.sounds else None
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        self.given.emit(kind, text)
        host = widget.window() if widget is not None else None
        if host is None:
            return
        Flash(kind, text, host)
        self.flashes += 1
