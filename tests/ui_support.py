"""Window tests' shared ground: offscreen Qt, and the two fixtures nearly every one needs.

Registered as a pytest plugin in tests/conftest.py, so ``workers`` and ``languages`` are
available to every test without being redefined in each file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402 - after the platform is chosen
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.i18n import Languages  # noqa: E402
from ui.ops import Workers  # noqa: E402


@pytest.fixture
def workers(qapp: QApplication) -> Iterator[Workers]:
    """The window's real worker threads; running work finishes before the test ends."""
    runner = Workers()
    yield runner
    runner.shutdown(wait=True)


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    """A language switcher; the app is back to untranslated English afterwards."""
    switcher = Languages()
    yield switcher
    switcher.switch("en")  # its translators leave the app when the switcher is deleted
