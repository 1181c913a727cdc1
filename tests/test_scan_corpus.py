"""The decoder pipeline on the real photo corpus (``shared/qr-corpus``), scored by its
README's rule, against zxing-cpp alone measured in the same run."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.scan.corpus import CorpusImage, default_corpus_dir, load_corpus, matches
from kiosk.scan.decoders import zbar, zxing
from kiosk.scan.pipeline import Pipeline

CORPUS = default_corpus_dir()
pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="shared/qr-corpus is not beside the checkout"
)


@pytest.fixture(scope="module")
def corpus() -> list[tuple[CorpusImage, np.ndarray]]:
    return [
        (item, np.asarray(cv2.imread(str(item.path), cv2.IMREAD_GRAYSCALE)))
        for item in load_corpus(CORPUS)
    ]


def test_pipeline_reads_at_least_132_and_never_fewer_than_zxing_alone(
    corpus: list[tuple[CorpusImage, np.ndarray]],
) -> None:
    pipeline = Pipeline(thorough=True)
    pipeline_hits = zxing_hits = 0
    wrong = []
    for item, gray in corpus:
        texts = pipeline.decode(gray)
        pipeline_hits += matches(item.expected, texts)
        zxing_hits += matches(item.expected, [d.text for d in zxing(gray)])
        if texts and not matches(item.expected, texts):
            wrong.append(item.name)
    summary = (len(corpus), pipeline_hits >= 132, pipeline_hits >= zxing_hits, wrong)
    assert summary == (145, True, True, [])


def test_the_live_pipeline_reads_the_corpus_as_well_as_the_thorough_one(
    corpus: list[tuple[CorpusImage, np.ndarray]],
) -> None:
    live, thorough = Pipeline(), Pipeline(thorough=True)
    live_hits = sum(matches(item.expected, live.decode(gray)) for item, gray in corpus)
    thorough_hits = sum(matches(item.expected, thorough.decode(gray)) for item, gray in corpus)
    assert live_hits >= min(thorough_hits, 132)


def test_zbar_bytes_decoded_here_give_no_wrong_character_set(
    corpus: list[tuple[CorpusImage, np.ndarray]],
) -> None:
    # zbar's own charset guesses read Shift_JIS payloads as Latin-1 or Big5 (117/145); from
    # its raw bytes every text it reads is the label's.
    wrong = []
    for item, gray in corpus:
        texts = [d.text for d in zbar(gray)]
        if texts and not matches(item.expected, texts):
            wrong.append(item.name)
    assert wrong == []
