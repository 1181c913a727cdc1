"""Shows camera frames. Only shows: capture and decoding live in ``ui/camera.py``.

Frames arrive as QImage copies through the ``show_frame`` slot and are painted scaled to fit
(aspect kept). Painting the image directly, rather than putting a pixmap in a label, lets the
layout shrink the view freely and costs one scaled draw per repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["CameraView"]


class CameraView(QWidget):
    """A preview area: the latest frame, or a line of text until the first one comes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._placeholder = ""
        self._notice: str | None = None
        self.frames_shown = 0
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Camera preview"))
        self.setAccessibleDescription(self.tr("Hold the QR code in front of the camera."))
        self._placeholder = self.tr("Starting the camera…")
        self.update()

    def show_notice(self, text: str | None) -> None:
        """Show ``text`` (translated by the caller, e.g. "No camera") instead of frames;
        None goes back to frames. The caller re-sends it after a language change."""
        self._notice = text
        self.update()

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        """Show ``image`` (a copy made by the camera worker) until the next one."""
        self._image = image
        self.frames_shown += 1
        self.update()

    def clear_frame(self) -> None:
        """Back to the placeholder text (camera stopped)."""
        self._image = QImage()
        self.update()

    def current_frame(self) -> QImage:
        """The frame shown now (a null QImage before the first)."""
        return self._image

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 360)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#222222"))
        if self._notice is not None or self._image.isNull():
            text = self._notice if self._notice is not None else self._placeholder
            painter.setPen(QColor("#ffffff"))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(12, 12, -12, -12), flags, text)
        else:
            size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._image)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
