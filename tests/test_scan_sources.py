"""Frame sources (image folder, video file, demo loop, webcam) and the whole path from a
synthetic phone video through the pipeline and the acceptor to exactly one event."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.scan import (
    Acceptor,
    CameraSource,
    ImageFolderSource,
    LoopSource,
    Pipeline,
    SourceUnavailable,
    VideoFileSource,
    decode_files,
    open_source,
)
from kiosk.scan.synthetic import code_image, frame_with_code, frame_without_code, write_video

APP_CODE = "KSA1:" + "6FQ8J0*ZQ5C4L2$" * 20


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_a_video_of_a_phone_moving_past_the_camera_gives_exactly_one_event(
    tmp_path: Path,
) -> None:
    path = tmp_path / "phone.avi"
    fps = 15.0
    write_video(path, APP_CODE, frames=30, fps=fps)
    pipeline, clock = Pipeline(), Clock()
    acceptor = Acceptor(clock=clock)  # no verifier: two sightings are needed
    events, frames, read = [], 0, 0
    with VideoFileSource(path) as source:
        for frame in source:
            texts = pipeline.decode(frame)
            events += acceptor.feed(texts)
            frames += 1
            read += APP_CODE in texts
            clock.t += 1 / fps
    assert (events, frames, read >= 2) == ([APP_CODE], 30, True)


def test_an_image_folder_yields_its_images_in_name_order_and_skips_the_rest(
    tmp_path: Path,
) -> None:
    cv2.imwrite(str(tmp_path / "b.png"), frame_with_code(APP_CODE))
    cv2.imwrite(str(tmp_path / "a.jpg"), frame_without_code())
    (tmp_path / "notes.txt").write_text("not an image")
    (tmp_path / "broken.png").write_bytes(b"not a png")
    pipeline = Pipeline()
    with ImageFolderSource(tmp_path) as source:
        found = [(frame.shape, pipeline.decode(frame)) for frame in source]
        names = [p.name for p in source.paths]
    assert (names, found) == (
        ["a.jpg", "b.png", "broken.png"],
        [((720, 1280, 3), ()), ((720, 1280, 3), (APP_CODE,))],
    )


def test_decode_files_reads_every_file_in_order_and_names_it(tmp_path: Path) -> None:
    cv2.imwrite(str(tmp_path / "避難所.png"), code_image("KSS1:ONE"))  # a non-ASCII name
    cv2.imwrite(str(tmp_path / "empty.png"), frame_without_code())
    found = decode_files([tmp_path / "避難所.png", str(tmp_path / "empty.png")])
    assert [(f.path.name, f.texts) for f in found] == [
        ("避難所.png", ("KSS1:ONE",)),
        ("empty.png", ()),
    ]


def test_a_loop_source_plays_its_frames_forever_until_closed() -> None:
    frames = [np.full((4, 4, 3), value, np.uint8) for value in (1, 2)]
    slept: list[float] = []
    clock = Clock()

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        clock.t += seconds

    loop = LoopSource(frames, fps=10, sleep=sleep, hold=2, clock=clock)
    taken = []
    for frame in loop:
        taken.append(int(frame[0, 0, 0]))
        if len(taken) == 6:
            loop.close()
    assert (taken, slept, list(loop)) == ([1, 1, 2, 2, 1, 1], [0.1] * 6, [])


def test_sources_that_cannot_be_opened_say_which(tmp_path: Path) -> None:
    fake_video = tmp_path / "fake.avi"
    fake_video.write_text("not a video")
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("not an image")
    attempts = [
        lambda: open_source(str(tmp_path / "missing.avi")),
        lambda: VideoFileSource(fake_video),
        lambda: ImageFolderSource(tmp_path / "no-folder"),
        lambda: LoopSource([]),
        lambda: CameraSource(63),  # no such webcam
        lambda: decode_files([tmp_path / "missing.png"]),
        lambda: decode_files([not_an_image]),
    ]
    raised = []
    for attempt in attempts:
        with pytest.raises(SourceUnavailable) as error:
            attempt()
        raised.append((error.value.code, error.value.params))
    assert raised == [
        ("source_unavailable", {"source": str(tmp_path / "missing.avi")}),
        ("source_unavailable", {"source": str(fake_video)}),
        ("source_unavailable", {"source": str(tmp_path / "no-folder")}),
        ("source_unavailable", {"source": "demo camera"}),
        ("source_unavailable", {"source": "camera 63"}),
        ("image_unreadable", {"source": str(tmp_path / "missing.png")}),
        ("image_unreadable", {"source": str(not_an_image)}),
    ]
