"""Reading QR codes from camera frames and image files, without Qt: decoder adapters, the
pipeline that combines them within a time budget, the acceptance rule that turns sightings
into events, and the frame sources (webcam, video file, image folder, demo loop)."""

from __future__ import annotations

from kiosk.scan.acceptance import Acceptor, SignatureCheck
from kiosk.scan.decoders import Decoded
from kiosk.scan.pipeline import FileDecode, Pipeline, ScanResult, decode_files
from kiosk.scan.sources import (
    CameraSource,
    FrameSource,
    ImageFolderSource,
    ImageTooLarge,
    ImageUnreadable,
    LoopSource,
    SourceLost,
    SourceUnavailable,
    VideoFileSource,
    open_source,
)

__all__ = [
    "Pipeline",
    "ScanResult",
    "Decoded",
    "Acceptor",
    "SignatureCheck",
    "FrameSource",
    "CameraSource",
    "VideoFileSource",
    "ImageFolderSource",
    "LoopSource",
    "open_source",
    "SourceUnavailable",
    "ImageUnreadable",
    "ImageTooLarge",
    "SourceLost",
    "FileDecode",
    "decode_files",
]
