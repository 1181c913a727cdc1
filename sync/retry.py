"""The one retry policy of every City OS conversation: when to try again, log in again, or stop.

The command line's push (:mod:`sync.replay`), the window's automatic sync
(:mod:`ui.sync_runner`) and the City OS bundle importer (:mod:`sync.cityos_import`) used to
decide this each on their own (6 tries with jitter, 3 tries with no wait at all, 5 tries up to
10 s), and "which HTTP status is worth retrying" was written out in three places of the
adapters. Both now live here, as pure functions of their inputs — no clock, no randomness
(the jitter is passed in), no I/O — so each caller only carries out the decision: sleep
(command line, importer), schedule a timer (window), renew the token, or stop.

The rules (DESIGN §6 "backoff on 5xx/timeouts, re-auth on 401"; issue #14 for 403):

- no answer (connection refused or dropped, timeout), 5xx, 408, 425, 429: **retry** after an
  exponentially growing delay with "equal jitter" (half fixed, half random, so a delay is never
  near zero and never shorter than half the one before); a ``Retry-After`` the server sent is
  honoured when longer, but bounded, so one bad header cannot park a kiosk for hours. After
  ``max_attempts`` failures in a row: **stop** (``unreachable``);
- 401: **renew the token** once, then stop (``unauthorized``);
- 403 (a gateway refusing this client): renew the token once, then stop (``forbidden``) and
  tell the operator — never a data conflict;
- any other 4xx (409, 422, 413 …): **stop** for that content (``refused``): sending it again
  unchanged would be refused again. 413 in particular is not retried: requests are already
  split by size (:data:`sync.adapters.base.MAX_REQUEST_BYTES`), so an entity refused as too
  large stays too large.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum

__all__ = [
    "RETRYABLE_4XX",
    "Failure",
    "FailureKind",
    "Reauth",
    "Retry",
    "RetryPolicy",
    "Stop",
    "Decision",
    "decide",
    "parse_retry_after",
    "retryable_status",
]

#: The 4xx statuses that mean "not now" rather than "not this": Request Timeout, Too Early
#: (RFC 8470), Too Many Requests (RFC 6585).
RETRYABLE_4XX = frozenset({408, 425, 429})


def retryable_status(status: int) -> bool:
    """Whether the status of an answer that is not a success means "no verdict, try the same
    again later" — THE rule; adapters and callers ask this instead of listing statuses.

    5xx and :data:`RETRYABLE_4XX` are; so is any status that is not a 4xx (a 1xx, 3xx or a 2xx
    the wire format does not define: no verdict on the data). Other 4xx (401 and 403 have
    their own handling, see :func:`decide`) are verdicts: retrying unchanged cannot help.
    """
    if 400 <= status < 500:
        return status in RETRYABLE_4XX
    return True


class FailureKind(StrEnum):
    NETWORK = "network"  # connection refused, reset, dropped after the write, no such host
    TIMEOUT = "timeout"
    HTTP = "http"


@dataclass(frozen=True)
class Failure:
    """What one attempt ended in, when it did not succeed."""

    kind: FailureKind
    status: int | None = None
    #: The server's ``Retry-After``, in seconds from now (see :func:`parse_retry_after`).
    retry_after_s: float | None = None

    @classmethod
    def network(cls) -> Failure:
        return cls(FailureKind.NETWORK)

    @classmethod
    def timeout(cls) -> Failure:
        return cls(FailureKind.TIMEOUT)

    @classmethod
    def http(cls, status: int, retry_after_s: float | None = None) -> Failure:
        return cls(FailureKind.HTTP, status, retry_after_s)


@dataclass(frozen=True)
class RetryPolicy:
    """How many failures in a row, and how long to wait between them.

    The delay before attempt ``n + 1`` (after the ``n``-th failure) is
    ``cap / 2 + jitter * cap / 2`` with ``cap = min(max_delay_s, base_delay_s * 2 ** (n - 1))``.
    """

    max_attempts: int = 6
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0
    #: The longest ``Retry-After`` honoured; a longer one is cut to this.
    max_retry_after_s: float = 120.0


#: The one policy of the push, the window and the importer.
POLICY = RetryPolicy()


@dataclass(frozen=True)
class Retry:
    """Send the same again after ``after_s`` seconds."""

    after_s: float


@dataclass(frozen=True)
class Reauth:
    """Forget the token, log in again and resend at once (no backoff: the answer came fast)."""


@dataclass(frozen=True)
class Stop:
    """Give up for now. ``reason``: ``unreachable`` (no answer ``max_attempts`` times in a
    row), ``unauthorized`` (401 after a fresh token), ``forbidden`` (403 after a fresh token)
    or ``refused`` (a 4xx verdict on the content: the caller records it as a conflict)."""

    reason: str


Decision = Retry | Reauth | Stop


def decide(
    attempt: int,
    failure: Failure,
    *,
    renewed: bool = False,
    jitter: float = 0.5,
    policy: RetryPolicy = POLICY,
) -> Decision:
    """What to do after a failed attempt.

    Args:
        attempt: how many attempts in a row have now failed (1 for the first failure; reset
            to 0 by the caller whenever an attempt makes progress).
        failure: what this attempt ended in.
        renewed: whether the token was already renewed since the last progress (401 and 403
            renew it once, then stop).
        jitter: a number in [0, 1] the caller draws (``random.random()``); tests pass a fixed
            one. Out-of-range values are clamped.
        policy: attempts and delays.

    Raises:
        ValueError: ``attempt`` is below 1.
    """
    if attempt < 1:
        raise ValueError("attempt counts from 1")
    status = failure.status if failure.kind is FailureKind.HTTP else None
    if status == 401:
        return Stop("unauthorized") if renewed else Reauth()
    if status == 403:
        return Stop("forbidden") if renewed else Reauth()
    if status is not None and not retryable_status(status):
        return Stop("refused")
    if attempt >= policy.max_attempts:
        return Stop("unreachable")
    cap = min(policy.max_delay_s, policy.base_delay_s * 2 ** (attempt - 1))
    share = min(1.0, max(0.0, jitter))
    delay = cap / 2 + share * cap / 2
    if failure.retry_after_s is not None and failure.retry_after_s > delay:
        delay = min(failure.retry_after_s, policy.max_retry_after_s)
    return Retry(delay)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (RFC 9110 10.2.3: delay-seconds or an
    HTTP-date), or None when absent or unreadable. A date in the past is 0.

    ``now`` is an aware datetime (the caller's clock), so this stays pure.
    """
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110: HTTP-dates are GMT
        return None
    return max(0.0, (when - now).total_seconds())
