"""The one retry policy (sync.retry, issue #15 item 3) as a table: what comes after a failed
attempt, for every kind of failure, and the one rule of which HTTP status is worth retrying."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sync.retry import (
    POLICY,
    Failure,
    Reauth,
    Retry,
    RetryPolicy,
    Stop,
    decide,
    parse_retry_after,
    retryable_status,
)

NOW = datetime(2026, 12, 2, 7, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("attempt", "failure", "renewed", "jitter", "expected"),
    [
        # no answer: growing waits, half fixed and half jitter (0.5 s base, doubling)
        (1, Failure.network(), False, 0.0, Retry(0.25)),
        (1, Failure.network(), False, 1.0, Retry(0.5)),
        (2, Failure.timeout(), False, 0.0, Retry(0.5)),
        (3, Failure.timeout(), False, 0.5, Retry(1.5)),
        (5, Failure.http(503), False, 1.0, Retry(8.0)),
        # capped at 30 s however long the run has failed (attempt 9: 128 s uncapped)
        (5, Failure.http(500), False, 0.0, Retry(4.0)),
        # the retryable 4xx: Request Timeout, Too Early, Too Many Requests
        (1, Failure.http(408), False, 0.0, Retry(0.25)),
        (1, Failure.http(425), False, 0.0, Retry(0.25)),
        (2, Failure.http(429), False, 1.0, Retry(1.0)),
        # Retry-After honoured when longer than the backoff, bounded at 120 s
        (1, Failure.http(429, retry_after_s=7.0), False, 0.0, Retry(7.0)),
        (1, Failure.http(503, retry_after_s=3600.0), False, 0.0, Retry(120.0)),
        # a Retry-After shorter than the backoff does not shorten it
        (3, Failure.http(503, retry_after_s=0.0), False, 1.0, Retry(2.0)),
        # bounded attempts: the 6th failure in a row stops
        (6, Failure.network(), False, 0.0, Stop("unreachable")),
        (6, Failure.http(429, retry_after_s=1.0), False, 0.0, Stop("unreachable")),
        # 401: log in again once, then stop
        (1, Failure.http(401), False, 0.0, Reauth()),
        (2, Failure.http(401), True, 0.0, Stop("unauthorized")),
        # 403 (a gateway refusing this client): renew once, then stop for the operator (#14)
        (1, Failure.http(403), False, 0.0, Reauth()),
        (2, Failure.http(403), True, 0.0, Stop("forbidden")),
        (6, Failure.http(403), False, 0.0, Reauth()),
        # verdicts on the content: never retried unchanged
        (1, Failure.http(409), False, 0.0, Stop("refused")),
        (1, Failure.http(422), False, 0.0, Stop("refused")),
        (1, Failure.http(400), False, 0.0, Stop("refused")),
        # 413: requests are already split by size; too large stays too large
        (1, Failure.http(413), False, 0.0, Stop("refused")),
    ],
)
def test_decide(
    attempt: int, failure: Failure, renewed: bool, jitter: float, expected: object
) -> None:
    assert decide(attempt, failure, renewed=renewed, jitter=jitter) == expected


def test_waits_are_capped_by_the_policy() -> None:
    delays = [decide(n, Failure.network(), jitter=1.0).after_s for n in range(1, 6)]  # type: ignore[union-attr]
    long_run = RetryPolicy(max_attempts=20)
    late = decide(15, Failure.network(), jitter=1.0, policy=long_run)
    assert (delays, late) == ([0.5, 1.0, 2.0, 4.0, 8.0], Retry(POLICY.max_delay_s))


def test_every_wait_is_at_least_the_longest_possible_wait_before_it() -> None:
    """Equal jitter: attempt n + 1 never waits less than attempt n could, so waits grow
    whatever the random draws (full jitter could draw 0 s: a tight loop) — until the 30 s
    cap, after which every wait is 15-30 s."""
    lows = [decide(n, Failure.network(), jitter=0.0) for n in range(2, 6)]
    highs = [decide(n, Failure.network(), jitter=1.0) for n in range(1, 5)]
    assert [(low.after_s, high.after_s) for low, high in zip(lows, highs, strict=True)] == [  # type: ignore[union-attr]
        (0.5, 0.5),
        (1.0, 1.0),
        (2.0, 2.0),
        (4.0, 4.0),
    ]


def test_attempt_counts_from_one() -> None:
    with pytest.raises(ValueError):
        decide(0, Failure.network())


@pytest.mark.parametrize(
    ("status", "retryable"),
    [
        (500, True),
        (502, True),
        (503, True),
        (504, True),
        (599, True),
        (408, True),
        (425, True),
        (429, True),
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (409, False),
        (413, False),
        (422, False),
        (302, True),  # no verdict from the broker
        (100, True),
    ],
)
def test_retryable_status(status: int, retryable: bool) -> None:
    assert retryable_status(status) is retryable


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        (None, None),
        ("", None),
        ("120", 120.0),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("-5", None),
        ("soon", None),
        ("Wed, 02 Dec 2026 07:00:30 GMT", 30.0),
        ("Wed, 02 Dec 2026 06:59:00 GMT", 0.0),  # in the past: at once
    ],
)
def test_parse_retry_after(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header, NOW) == seconds
