"""Helpers for window tests: a real demo kiosk and the real workers, offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
