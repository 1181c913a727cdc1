"""Reading QR codes from camera frames and image files (no Qt): decoders, the pipeline, the
acceptance rule that turns sightings into events, and frame sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2

from kiosk.scan.acceptance import Acceptor
from kiosk.scan.pipeline import Pipeline
from kiosk.scan.sources import (
    CameraSource,
    FrameSource,
    ImageFolderSource,
    LoopSource,
    SourceUnavailable,
    VideoFileSource,
    open_source,
)

__all__ = [
    "Pipeline",
    "Acceptor",
    "FrameSource",
    "CameraSource",
    "VideoFileSource",
    "ImageFolderSource",
    "LoopSource",
    "SourceUnavailable",
    "open_source",
    "FileDecode",
    "decode_files",
]


@dataclass(frozen=True, repr=False)
class FileDecode:
    path: Path
    texts: tuple[str, ...]

    def __repr__(self) -> str:
        return f"FileDecode({str(self.path)!r}, {len(self.texts)} texts)"


def decode_files(paths: Sequence[Path]) -> list[FileDecode]:
    """Every text decoded from each image, in the order given (all pipeline stages).

    Raises:
        SourceUnavailable: a file cannot be read as an image.
    """
    pipeline = Pipeline(thorough=True)
    results = []
    for path in paths:
        image = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if image is None:
            raise SourceUnavailable(source=str(path))
        results.append(FileDecode(Path(path), pipeline.decode(image)))
    return results
