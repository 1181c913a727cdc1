"""The decoder pipeline on the real corpus and synthetic camera frames; acceptance rules;
frame sources, including a synthetic phone video that must give exactly one event."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import cv2
import numpy as np
import pytest
import segno

from kiosk.identity.demo import demo_app_codes
from kiosk.scan import (
    Acceptor,
    ImageFolderSource,
    LoopSource,
    Pipeline,
    SourceUnavailable,
    VideoFileSource,
    decode_files,
    open_source,
)
from kiosk.scan.corpus import default_corpus_dir, load_corpus, matches
from kiosk.scan.decoders import zxing
from kiosk.scan.synthetic import code_image, frame_with_code, frame_without_code, write_video

CORPUS = default_corpus_dir()
CODE = demo_app_codes(datetime(2026, 11, 25, tzinfo=UTC))[0].text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/qr-corpus is not beside the checkout")
def test_pipeline_beats_the_best_single_decoder_on_the_corpus() -> None:
    images = load_corpus(CORPUS)
    pipeline = Pipeline(thorough=True)
    pipeline_hits = zxing_hits = 0
    for item in images:
        gray = cv2.imread(str(item.path), cv2.IMREAD_GRAYSCALE)
        pipeline_hits += matches(item.expected, pipeline.decode(gray))
        zxing_hits += matches(item.expected, zxing(gray))
    assert (len(images), pipeline_hits >= 132, pipeline_hits >= zxing_hits) == (145, True, True)


def test_frames_without_a_code_decode_to_nothing() -> None:
    pipeline = Pipeline()
    assert [pipeline.decode(frame_without_code(seed)) for seed in range(5)] == [()] * 5


def test_a_code_on_a_tilted_glaring_phone_screen_is_read() -> None:
    pipeline = Pipeline()
    assert [CODE in pipeline.decode(frame_with_code(CODE, seed=s)) for s in range(5)] == [True] * 5


def test_shift_jis_payload_and_inverted_code_decode_to_the_exact_text(tmp_path: Path) -> None:
    text = "避難所受付 テスト"
    sjis = segno.make(text.encode("shift_jis"), error="M", micro=False)
    sjis.save(str(tmp_path / "sjis.png"), scale=6)
    inverted = 255 - code_image("KSS1:INVERTED")
    cv2.imwrite(str(tmp_path / "inverted.png"), inverted)
    found = decode_files([tmp_path / "sjis.png", tmp_path / "inverted.png"])
    assert [f.texts for f in found] == [(text,), ("KSS1:INVERTED",)]


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_unsigned_text_needs_two_sightings_and_yields_one_event() -> None:
    clock = Clock()
    acceptor = Acceptor(clock=clock)
    events = []
    for _ in range(10):  # held in front of the camera for a second
        events += acceptor.feed(("123456789018",))
        clock.t += 0.1
    assert events == ["123456789018"]


def test_single_sighting_is_not_accepted_and_signed_codes_are_accepted_at_once() -> None:
    clock = Clock()
    acceptor = Acceptor(verify=lambda text: text.startswith("KSA1:"), clock=clock)
    first = acceptor.feed(("misread",))
    clock.t += 5
    second = acceptor.feed(("misread",))  # too late to confirm the first sighting
    signed = acceptor.feed((CODE,))
    assert (first, second, signed) == ([], [], [CODE])


def test_the_same_code_shown_again_after_the_cooldown_is_a_new_event() -> None:
    clock = Clock()
    acceptor = Acceptor(verify=lambda text: True, cooldown=3.0, clock=clock)
    events = acceptor.feed(("A",))
    clock.t += 1
    events += acceptor.feed(("A",))  # still in view
    clock.t += 4
    events += acceptor.feed(())  # gone for longer than the cooldown
    events += acceptor.feed(("A",))
    assert events == ["A", "A"]


def test_video_of_a_phone_moving_past_the_camera_gives_exactly_one_event(tmp_path: Path) -> None:
    path = tmp_path / "phone.avi"
    write_video(str(path), CODE, frames=30)
    pipeline, clock = Pipeline(), Clock()
    acceptor = Acceptor(clock=clock)  # no verifier: two sightings needed
    events = []
    with VideoFileSource(path) as source:
        for frame in source:
            events += acceptor.feed(pipeline.decode(frame))
            clock.t += 1 / 15
    assert events == [CODE]


def test_image_folder_and_loop_sources(tmp_path: Path) -> None:
    cv2.imwrite(str(tmp_path / "b.png"), frame_with_code(CODE))
    cv2.imwrite(str(tmp_path / "a.png"), frame_without_code())
    (tmp_path / "notes.txt").write_text("not an image")
    shapes = [frame.shape for frame in ImageFolderSource(tmp_path)]
    loop = LoopSource([np.zeros((4, 4, 3), np.uint8)], fps=0)
    taken = [next(iter(loop)).shape for _ in range(3)]
    loop.close()
    assert (shapes, taken, list(loop)) == ([(720, 1280, 3)] * 2, [(4, 4, 3)] * 3, [])


def test_sources_that_cannot_be_opened_say_which(tmp_path: Path) -> None:
    for spec in (str(tmp_path / "missing.avi"), str(tmp_path / "nofolder") + "/x.mp4"):
        with pytest.raises(SourceUnavailable) as raised:
            open_source(spec)
        assert raised.value.params == {"source": spec}
    with pytest.raises(SourceUnavailable):
        decode_files([tmp_path / "missing.png"])
