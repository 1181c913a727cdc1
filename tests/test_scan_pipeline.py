"""The pipeline on synthetic webcam frames and generated codes (character sets, inversion),
and the acceptance rule that turns sightings into events, on an injected clock."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.basics.errors import KioskError
from kiosk.scan import Acceptor, Pipeline, decode_files
from kiosk.scan.acceptance import Accepted
from kiosk.scan.decoders import Decoded, bytes_to_text, zbar, zxing
from kiosk.scan.synthetic import Shot, code_image, frame_with_code, frame_without_code

APP_CODE = "KSA1:" + "6FQ8J0*ZQ5C4L2$" * 20  # an app code's alphabet and length, unsigned


def test_frames_without_a_code_decode_to_nothing() -> None:
    live, thorough = Pipeline(), Pipeline(thorough=True)
    frames = [frame_without_code(seed) for seed in range(4)]
    assert ([live.decode(f) for f in frames], thorough.decode(frames[0])) == ([()] * 4, ())


def test_a_code_on_a_tilted_glaring_phone_screen_is_read() -> None:
    pipeline = Pipeline()
    shots = [Shot(center=(0.4, 0.5)), Shot(angle=12, tilt=0.15, glare=0.5, blur=5, motion=3)]
    found = [pipeline.decode(frame_with_code(APP_CODE, seed=1, **vars(s))) for s in shots]
    assert found == [(APP_CODE,), (APP_CODE,)]


def test_a_shift_jis_payload_decodes_to_the_exact_japanese_text(tmp_path: Path) -> None:
    text = "避難所受付 ﾃｽﾄ テスト"
    sjis = text.encode("cp932")
    image = code_image(sjis)
    cv2.imwrite(str(tmp_path / "sjis.png"), image)
    from_zbar = zbar(image)
    assert (decode_files([tmp_path / "sjis.png"])[0].texts, from_zbar) == (
        (text,),
        (Decoded(text, sjis, "zbar", "cp932"),),
    )


def test_bytes_become_text_by_declared_charset_then_utf8_then_japanese_or_latin1() -> None:
    cases = [
        ("避難".encode("cp932"), "shift_jis"),
        ("Grüße".encode(), None),
        ("ﾃﾞｻﾞｲﾝQR".encode("cp932"), None),
        ("[外側QRコード]".encode("cp932"), None),
        ("café crème".encode("latin-1"), None),
        (b"\x81\x40", "no-such-charset"),
    ]
    assert [bytes_to_text(data, charset) for data, charset in cases] == [
        ("避難", "cp932"),
        ("Grüße", "utf-8"),
        ("ﾃﾞｻﾞｲﾝQR", "cp932"),
        ("[外側QRコード]", "cp932"),
        ("café crème", "latin-1"),
        ("\u3000", "cp932"),
    ]


def test_an_inverted_code_is_read_by_the_live_and_thorough_pipelines() -> None:
    inverted = 255 - code_image("KSS1:INVERTED", module_px=5)
    framed = cv2.copyMakeBorder(inverted, 60, 60, 60, 60, cv2.BORDER_CONSTANT, value=0)
    assert (Pipeline().decode(framed), Pipeline(thorough=True).decode(framed)) == (
        ("KSS1:INVERTED",),
        ("KSS1:INVERTED",),
    )


def test_a_code_zxing_sees_but_cannot_read_gets_the_fallbacks_on_a_crop() -> None:
    # Small modules, thinned by light bleeding into them, out of focus: zxing finds the code
    # but fails its checksum; on a crop around it, the 2x upscale reads it.
    code = code_image("SHELTER-SLIP-0042", module_px=3)
    thin = cv2.GaussianBlur(cv2.dilate(code, np.ones((3, 3), np.uint8)), (3, 3), 0)
    frame = np.full((720, 1280), 140, np.uint8)
    frame[200 : 200 + thin.shape[0], 500 : 500 + thin.shape[1]] = thin
    first = zxing(frame)
    result = Pipeline(budget_ms=1e6).scan(frame)
    assert (first, result.texts, result.seen_unread, result.stages[-1]) == (
        (),
        ("SHELTER-SLIP-0042",),
        True,
        "zxing-2x",
    )


def test_results_and_decodes_name_no_decoded_text_in_their_repr() -> None:
    result = Pipeline().scan(code_image("secret-name"))
    assert "secret" not in repr(result) and "secret" not in repr(result.decoded)


def test_a_frame_that_is_not_an_8bit_image_is_refused() -> None:
    with pytest.raises(ValueError):
        Pipeline().decode(np.zeros((10, 10), np.float32))


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_a_single_unsigned_sighting_is_not_accepted() -> None:
    clock = Clock()
    acceptor = Acceptor(clock=clock)
    first = acceptor.feed(["misread"])
    clock.t += 2.0  # too late to confirm the first sighting
    second = acceptor.feed(["misread"])
    assert (first, second) == ([], [])


def test_two_sightings_in_two_frames_are_accepted_once() -> None:
    clock = Clock()
    acceptor = Acceptor(clock=clock)
    same_frame = acceptor.feed(["123456789018", "123456789018"])
    clock.t += 0.1
    events = acceptor.accept(["123456789018"])
    clock.t += 0.1
    later = acceptor.feed(["123456789018"])
    assert (same_frame, events, later) == ([], [Accepted("123456789018", False, 100.1)], [])


def test_a_signed_code_is_accepted_at_once_and_verified_once_per_stay() -> None:
    asked: list[str] = []

    def verify(text: str) -> bool:
        asked.append(text)
        if text.startswith("BAD"):
            raise KioskError()
        return text.startswith("KSA1:")

    clock = Clock()
    acceptor = Acceptor(verify=verify, clock=clock)
    events = acceptor.feed([APP_CODE, "BAD:code"])
    for _ in range(5):
        clock.t += 0.1
        events += acceptor.feed([APP_CODE])
    assert (events, asked) == ([APP_CODE], [APP_CODE, "BAD:code"])


def test_a_code_held_in_front_of_the_camera_is_one_event() -> None:
    clock = Clock()
    acceptor = Acceptor(clock=clock, cooldown=3.0)
    events = []
    for frame in range(150):  # ten seconds at 15 fps, not decoded in every third frame
        events += acceptor.feed(["123456789018"] if frame % 3 else [])
        clock.t += 1 / 15
    assert events == ["123456789018"]


def test_a_code_shown_again_after_the_cooldown_is_a_new_event() -> None:
    clock = Clock()
    acceptor = Acceptor(verify=lambda text: True, clock=clock, cooldown=3.0)
    events = acceptor.feed(["A"])
    clock.t += 1.0
    events += acceptor.feed(["A"])  # still in view
    clock.t += 2.0
    events += acceptor.feed(["A"])  # back after 2 s: within the cooldown, no new event
    clock.t += 3.5
    events += acceptor.feed([])
    events += acceptor.feed(["A"])  # out of view for 3.5 s: a new event
    acceptor.reset()
    events += acceptor.feed(["A"])  # after a reset, at once
    assert events == ["A", "A", "A"]
