"""Retry policy, without I/O: which failures to retry, how long to wait, when to stop.

The transport owns the loop (send, classify, sleep, resend); this module owns every
decision in it, as pure functions of the attempt number, the outcome, the server's
``Retry-After`` and whether the request can be sent again. That keeps the rules in
one place and testable as a table, without a server or a clock.

The rules, and why:

* Retry connection failures and 408, 429, 500, 502, 503, 504: they say nothing about
  the request itself. Other 4xx would fail the same way again.
* Only replay what can be replayed. A ``POST``/``PATCH`` may have been applied before
  the failure; replaying it is safe only under an ``Idempotency-Key`` (the server
  then answers the repeat with the first response). A one-shot stream body (an
  async iterator) is gone once sent, so it is never replayed.
* Wait with exponential backoff and *full* jitter, ``uniform(0, min(cap, base·2ⁿ))``:
  of the jitter schemes it spreads a thundering herd the most for the least total
  waiting.
* Honour ``Retry-After`` (delta-seconds or HTTP-date), but not beyond
  ``retry_after_cap``: past that, sleeping inside a call would look like a hang, so a
  429 becomes a ``RateLimitError`` carrying ``retry_after`` for the caller to act on.
  The same cap bounds the rate limiter's hold after the 429 (see
  ``RateLimiter.penalize``): later calls fail at once instead of queueing.
* A ``Retry-After`` is hostile input. :func:`read_retry_after` clamps absurd values
  (negative, infinite, more than :data:`MAX_RETRY_AFTER`, a date far in the future)
  and ignores unreadable ones, and says why, so the transport can log it once.
"""

from __future__ import annotations

import enum
import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal, Protocol

import attrs

__all__ = [
    "MAX_RETRY_AFTER",
    "RETRYABLE_STATUSES",
    "DecisionKind",
    "FailureKind",
    "RetryAfter",
    "RetryDecision",
    "RetryPolicy",
    "UniformSource",
    "backoff",
    "is_replayable",
    "is_retryable_status",
    "parse_retry_after",
    "read_retry_after",
]

#: The longest ``Retry-After`` believed (one day): longer values are clamped to it.
MAX_RETRY_AFTER = 86_400.0

#: How much of a bad header a log line quotes (a hostile server controls it).
_QUOTE_LIMIT = 40

#: Statuses that describe the server's state, not the request's.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

#: Methods that RFC 9110 defines as idempotent: replaying them is always safe.
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

#: How the request failed when there is no status: the connection broke or timed out.
FailureKind = Literal["connection", "timeout"]


class UniformSource(Protocol):
    """Anything with ``random.Random.uniform``'s signature (injectable for tests)."""

    def uniform(self, a: float, b: float) -> float: ...


def is_retryable_status(status: int) -> bool:
    """Whether a response with ``status`` is worth retrying (408, 429, 500, 502–504)."""
    return status in RETRYABLE_STATUSES


def is_replayable(method: str, *, has_idempotency_key: bool, one_shot_body: bool = False) -> bool:
    """Whether sending this request a second time is safe.

    Idempotent methods are; ``POST`` and ``PATCH`` only with an ``Idempotency-Key``;
    nothing whose body was a one-shot stream.
    """
    if one_shot_body:
        return False
    return method.upper() in _IDEMPOTENT_METHODS or has_idempotency_key


def backoff(attempt: int, rng: UniformSource, *, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0).

    Full jitter: uniform over ``[0, min(cap, base * 2**attempt)]``.
    """
    if attempt < 0:
        raise ValueError(f"attempt counts from 0, got {attempt}")
    # 2**attempt overflows a float past ~1024; the cap has long been reached by then.
    ceiling = cap if attempt >= 64 else min(cap, base * 2.0**attempt)
    return rng.uniform(0.0, ceiling)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (RFC 9110 §10.2.3), or ``None``.

    Accepts delta-seconds (decimals too, which some servers send) and HTTP-dates in
    any of the three RFC 9110 forms. A time in the past, or a negative number, means
    "now" (0.0). Anything else is ignored (``None``): a garbled header must not
    turn into an arbitrary sleep. ``now`` should be aware; a naive one is taken as UTC.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # asctime dates and "-0000" carry no zone; HTTP means GMT
        when = when.replace(tzinfo=UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


@attrs.frozen
class RetryAfter:
    """A ``Retry-After`` as the client will use it, and why it differs from the header."""

    #: Seconds to wait, within ``[0, MAX_RETRY_AFTER]``; ``None`` when absent or unreadable.
    seconds: float | None
    #: Set when the header was clamped or ignored: one line for a WARNING log.
    problem: str | None = None


def read_retry_after(value: str | None, now: datetime) -> RetryAfter:
    """Parse and bound a ``Retry-After`` header (see :func:`parse_retry_after`).

    Negative numbers become 0, infinite or over-a-day values (numbers or dates)
    become :data:`MAX_RETRY_AFTER`, NaN and garbage are ignored; each of those sets
    ``problem``. A date in the past is ordinary (0 with no problem).
    """
    if value is None or not value.strip():
        return RetryAfter(None)
    quoted = repr(value[:_QUOTE_LIMIT] + ("..." if len(value) > _QUOTE_LIMIT else ""))
    try:
        number: float | None = float(value.strip())
    except ValueError:
        number = None
    if number is not None:
        if math.isnan(number):
            return RetryAfter(None, f"ignored a Retry-After that is not a number: {quoted}")
        if number < 0:
            return RetryAfter(0.0, f"clamped a negative Retry-After {quoted} to 0s")
    seconds = parse_retry_after(value, now)
    if seconds is None and number is None:
        return RetryAfter(None, f"ignored an unreadable Retry-After: {quoted}")
    if seconds is None or seconds > MAX_RETRY_AFTER:  # None here: an infinite number
        return RetryAfter(
            MAX_RETRY_AFTER,
            f"clamped an absurd Retry-After {quoted} to {MAX_RETRY_AFTER:g}s",
        )
    return RetryAfter(seconds)


class DecisionKind(enum.Enum):
    """What the transport does next."""

    #: Sleep ``RetryDecision.delay`` seconds, then send again.
    RETRY = "retry"
    #: Stop: hand the current outcome (the response, or the error it maps to) back.
    GIVE_UP = "give_up"
    #: Stop and raise ``RateLimitError``: the server asked for a longer wait than
    #: ``retry_after_cap``, which the caller must decide about.
    RAISE_RATE_LIMIT = "raise_rate_limit"


@attrs.frozen
class RetryDecision:
    """The policy's verdict on one attempt, with the reason (for logs and hooks)."""

    kind: DecisionKind
    reason: str
    #: Seconds to sleep before retrying (``RETRY`` only).
    delay: float | None = None
    #: The parsed ``Retry-After`` the decision honoured or refused, if any.
    retry_after: float | None = None

    @property
    def should_retry(self) -> bool:
        return self.kind is DecisionKind.RETRY


def _non_negative_int(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be an integer >= 0, got {value!r}")


def _non_negative(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not value >= 0 or not math.isfinite(value):
        raise ValueError(f"{attribute.name} must be a finite number >= 0, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """How many times and how patiently to retry; ``max_retries=0`` disables retries.

    ``base`` and ``cap`` shape the backoff; ``retry_after_cap`` is the longest
    ``Retry-After`` the transport will sleep through.
    """

    max_retries: int = attrs.field(default=3, validator=_non_negative_int)
    base: float = attrs.field(default=0.5, validator=_non_negative)
    cap: float = attrs.field(default=30.0, validator=_non_negative)
    retry_after_cap: float = attrs.field(default=60.0, validator=_non_negative)

    def backoff(self, attempt: int, rng: UniformSource) -> float:
        """Full-jitter backoff for ``attempt`` (0 for the first retry) under this policy."""
        return backoff(attempt, rng, base=self.base, cap=self.cap)

    def decide(
        self,
        *,
        attempt: int,
        rng: UniformSource,
        replayable: bool,
        status: int | None = None,
        failure: FailureKind | None = None,
        retry_after: float | None = None,
    ) -> RetryDecision:
        """Decide after attempt number ``attempt`` (0 for the first send) finished.

        Pass ``status`` for a response, or ``failure`` when no response came.
        ``retry_after`` is the parsed header (see :func:`parse_retry_after`).
        """
        if (status is None) == (failure is None):
            raise ValueError("pass exactly one of status= and failure=")
        if status is not None and not is_retryable_status(status):
            return RetryDecision(DecisionKind.GIVE_UP, f"status {status} is not retryable")
        cause = f"status {status}" if status is not None else f"{failure} error"
        if not replayable:
            return RetryDecision(
                DecisionKind.GIVE_UP,
                f"{cause}, but the request cannot be replayed safely "
                "(no Idempotency-Key, or a one-shot body)",
            )
        if retry_after is not None and retry_after > self.retry_after_cap:
            kind = DecisionKind.RAISE_RATE_LIMIT if status == 429 else DecisionKind.GIVE_UP
            return RetryDecision(
                kind,
                f"{cause} with Retry-After {retry_after:g}s, more than the "
                f"{self.retry_after_cap:g}s this client waits",
                retry_after=retry_after,
            )
        if attempt >= self.max_retries:
            return RetryDecision(
                DecisionKind.GIVE_UP,
                f"{cause} after {attempt + 1} attempts (max_retries={self.max_retries})",
                retry_after=retry_after,
            )
        if retry_after is not None:
            return RetryDecision(
                DecisionKind.RETRY,
                f"{cause}; waiting the server's Retry-After",
                delay=retry_after,
                retry_after=retry_after,
            )
        return RetryDecision(
            DecisionKind.RETRY, f"{cause}; backing off", delay=self.backoff(attempt, rng)
        )
