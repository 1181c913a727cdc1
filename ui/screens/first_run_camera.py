"""The first-run wizard's camera test: a live preview through the camera worker, a "code read"
notice, and a skip button. Never required and never waited for: finishing stops it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from kiosk.scan import Pipeline
from ui.camera import CameraWorker
from ui.screens.first_run_pages import WizardPage, wrapped_label
from ui.widgets.camera_view import CameraView

__all__ = ["CameraPage"]


class CameraPage(WizardPage):
    """A look through the camera, if there is one. Never required, never waited for.

    ``open_camera`` opens the frame source on the camera worker's thread (a webcam can take a
    second to open); a decoded code is only reported as "read", its contents are not shown.
    """

    def __init__(self, open_camera: Callable[[], Iterable[np.ndarray]] | None = None) -> None:
        super().__init__()
        self._open_camera = open_camera
        self.view: CameraView | None = None
        self.worker: CameraWorker | None = None
        self.code_seen = False
        self.explain = wrapped_label()
        self.skip = QPushButton()
        self.skip.clicked.connect(self.skip_test)
        self.layout_.addWidget(self.explain)
        self.layout_.addWidget(self.skip, 0, Qt.AlignmentFlag.AlignLeft)
        self.finish_layout()
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.start_camera()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self.stop_camera()

    def start_camera(self) -> None:
        if self._open_camera is None or self.worker is not None:
            self.skip.setEnabled(False)
            return
        if self.view is None:
            self.view = CameraView()
            self.layout_.insertWidget(1, self.view, 1)
        self.view.show()
        self.worker = CameraWorker(self._open_camera, Pipeline().decode, preview_fps=10)
        self.worker.frame.connect(self.view.show_frame)
        self.worker.decoded.connect(self._code_read)
        self.worker.error.connect(self._camera_failed)
        self.worker.start()
        self.skip.setEnabled(True)

    def stop_camera(self) -> None:
        """Stop the worker without waiting long for a webcam read; it finishes on its own."""
        worker, self.worker = self.worker, None
        if worker is None:
            return
        for signal in (worker.frame, worker.decoded, worker.error):
            signal.disconnect()
        worker.stop(timeout_ms=300)
        if worker.isRunning():
            # Outlives this page until its blocked read returns; then it is deleted.
            worker.setParent(QCoreApplication.instance())
            worker.finished.connect(worker.deleteLater)
        if self.view is not None:
            self.view.clear_frame()

    def skip_test(self) -> None:
        self.stop_camera()
        if self.view is not None:
            self.view.hide()
        self.skip.setEnabled(False)
        self.explain.setText(self.tr("Camera test skipped. Press Finish to create the kiosk."))

    def _code_read(self, _texts: object) -> None:
        self.code_seen = True
        self.banner.show_message("success", self.tr("A QR code was read: the camera works."))

    def _camera_failed(self, _error: object) -> None:
        if self.view is not None:
            self.view.show_notice(self.tr("No camera picture. You can skip this test."))

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Camera test"),
            self.tr("Hold a QR code in front of the camera to check the picture."),
        )
        if self._open_camera is None:
            text = self.tr("No camera preview is available here. Press Finish to create the kiosk.")
        elif self.skip.isEnabled() or self.worker is not None:
            text = self.tr(
                "If the picture is sharp, the camera is ready. Press Finish to create the kiosk."
            )
        else:
            text = self.tr("Camera test skipped. Press Finish to create the kiosk.")
        self.explain.setText(text)
        self.skip.setText(self.tr("Skip the camera test"))
