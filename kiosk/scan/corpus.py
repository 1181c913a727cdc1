"""The QR photo corpus (``shared/qr-corpus``): images with their expected texts, and the
scoring rule of its README, shared by the corpus test and ``scripts/bench_decode.py``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CorpusImage", "load_corpus", "matches", "default_corpus_dir"]


@dataclass(frozen=True)
class CorpusImage:
    path: Path
    expected: str


def default_corpus_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "shared" / "qr-corpus"


def load_corpus(root: Path) -> list[CorpusImage]:
    """Every ``NAME.png`` with a ``NAME.txt`` beside it, in a stable order."""
    images = []
    for png in sorted(Path(root).glob("*/*.png")):
        label = png.with_suffix(".txt")
        if label.exists():
            images.append(CorpusImage(png, label.read_bytes().decode("utf-8")))
    return images


def matches(expected: str, texts: Iterable[str]) -> bool:
    """Exact match, except that one trailing newline (LF or CRLF) of the label may be dropped."""
    accepted = {expected}
    if expected.endswith("\r\n"):
        accepted.add(expected[:-2])
    elif expected.endswith("\n"):
        accepted.add(expected[:-1])
    return any(text in accepted for text in texts)
