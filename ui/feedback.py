"""Success and failure feedback: a short sound, always with a visual equivalent.

The sound (assets/sounds, two short tones) helps staff who look at the person, not the
screen; the flash (a large ✔ or ✖ with words over the screen for a moment) is there for
people who cannot hear it, on laptops with no sound, and in a noisy gym. A missing audio
device never breaks anything: the flash still shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.selftest import assets_dir

__all__ = ["Feedback"]

FLASH_MS = 900


class Feedback(QObject):
    def __init__(self, sounds: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects = {}
        self.flashes = 0
        if sounds:
            try:
                from PySide6.QtMultimedia import QSoundEffect

                for name in ("success", "failure"):
                    effect = QSoundEffect(self)
                    effect.setSource(
                        QUrl.fromLocalFile(str(assets_dir() / "sounds" / f"{name}.wav"))
                    )
                    effect.setVolume(0.6)
                    self._effects[name] = effect
            except ImportError:  # a build without QtMultimedia: flashes only
                self._effects = {}

    def success(self, widget: QWidget, text: str = "") -> None:
        self._give("success", widget, "✔ " + (text or self.tr("Done")), "#0a6b2d")

    def failure(self, widget: QWidget, text: str = "") -> None:
        self._give("failure", widget, "✖ " + (text or self.tr("Please check")), "#8c1010")

    def _give(self, kind: str, widget: QWidget, text: str, color: str) -> None:
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()
        host = widget.window() if widget is not None else None
        if host is None:
            return
        flash = QLabel(text, host)
        flash.setObjectName(f"flash_{kind}")
        flash.setAccessibleName(text)
        flash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        flash.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        flash.setStyleSheet(
            f"QLabel {{ background: {color}; color: white; font-size: 40pt; font-weight: bold;"
            " border-radius: 16px; padding: 24px; }"
        )
        flash.adjustSize()
        flash.move((host.width() - flash.width()) // 2, (host.height() - flash.height()) // 3)
        flash.show()
        flash.raise_()
        self.flashes += 1
        QTimer.singleShot(FLASH_MS, flash.deleteLater)
