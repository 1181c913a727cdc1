"""The QR photo corpus (``shared/qr-corpus``): its images with their expected texts, and the
scoring rule of its README — shared by the corpus test and ``scripts/bench_decode.py``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CorpusImage", "load_corpus", "matches", "default_corpus_dir"]


@dataclass(frozen=True)
class CorpusImage:
    """One corpus photo and the exact text its code holds (from ``NAME.txt``, UTF-8)."""

    path: Path
    expected: str

    @property
    def name(self) -> str:
        """``folder/file``, e.g. ``qrcode-2/13.png``."""
        return f"{self.path.parent.name}/{self.path.name}"


def default_corpus_dir() -> Path:
    """``$KIOSK_QR_CORPUS`` if set, else ``shared/qr-corpus`` beside the checkout."""
    configured = os.environ.get("KIOSK_QR_CORPUS")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[3] / "shared" / "qr-corpus"


def load_corpus(root: Path) -> list[CorpusImage]:
    """Every ``FOLDER/NAME.png`` under ``root`` with a ``NAME.txt`` beside it, in name order
    (empty when ``root`` does not exist).

    Raises:
        UnicodeDecodeError: a label file is not UTF-8.
    """
    images = []
    for png in sorted(Path(root).glob("*/*.png")):
        label = png.with_suffix(".txt")
        if label.is_file():
            images.append(CorpusImage(png, label.read_bytes().decode("utf-8")))
    return images


def matches(expected: str, texts: Iterable[str]) -> bool:
    """The README's rule: one of ``texts`` equals ``expected`` exactly, except that one
    trailing newline (LF or CRLF) of the label may be dropped."""
    accepted = {expected}
    if expected.endswith("\r\n"):
        accepted.add(expected[:-2])
    elif expected.endswith("\n"):
        accepted.add(expected[:-1])
    return any(text in accepted for text in texts)
