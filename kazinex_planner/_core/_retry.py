"""Retry policy, without I/O: which failures to retry, how long to wait, when to stop.

The transport owns the loop (send, classify, sleep, resend); this module owns every
decision in it. After a failed attempt the transport describes it in one
:class:`AttemptRecord` (built only on the failure path: a success pays nothing) and
:meth:`RetryPolicy.decide` answers retry-after-this-delay or give up; the transport
executes that answer and decides nothing itself. That keeps the rules in one place,
checked by property tests over every combination of the record's fields, without a
server or a clock.

The rules, and why:

* Retry connection failures and 408, 429, 500, 502, 503, 504: they say nothing about
  the request itself. Other 4xx would fail the same way again.
* Only replay what can be replayed (:func:`replay_safe`, the one statement of it).
  ``GET``, ``DELETE`` and the other RFC 9110 idempotent methods are; so is our
  ``PATCH``, whose bodies assign absolute values (no increments), so applying one twice
  leaves what applying it once did; a ``POST`` only under an ``Idempotency-Key`` (the
  server then answers the repeat with the first response). A one-shot stream body (an
  async iterator) is gone once sent, so it is never replayed.
* A request that never left (the connection was refused) carried nothing to the
  server: anything whose body can be produced again may be sent, whatever its method.
* A 429 for the *day* window is final: the quota returns at 00:00 UTC, and every
  retry before then would only spend requests.
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
    "AttemptRecord",
    "DecisionKind",
    "FailureKind",
    "RateLimitWindow",
    "RetryAfter",
    "RetryDecision",
    "RetryPolicy",
    "Rule",
    "UniformSource",
    "backoff",
    "is_retryable_status",
    "parse_retry_after",
    "read_retry_after",
    "replay_safe",
]

#: The longest ``Retry-After`` believed (one day): longer values are clamped to it.
MAX_RETRY_AFTER = 86_400.0

#: How much of a bad header a log line quotes (a hostile server controls it).
_QUOTE_LIMIT = 40

#: Statuses that describe the server's state, not the request's.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

#: Methods whose replay is always safe: RFC 9110's idempotent ones, and ``PATCH``
#: because every PATCH body of this API assigns absolute values (``*Update`` models
#: have no increments), so applying it twice equals applying it once.
_REPLAY_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "PATCH"})

#: How the request failed when there is no status: the connection broke or timed out.
FailureKind = Literal["connection", "timeout"]

#: Which rate-limit window a 429 reported.
RateLimitWindow = Literal["minute", "day"]


class UniformSource(Protocol):
    """Anything with ``random.Random.uniform``'s signature (injectable for tests)."""

    def uniform(self, a: float, b: float) -> float: ...


def is_retryable_status(status: int) -> bool:
    """Whether a response with ``status`` is worth retrying (408, 429, 500, 502–504)."""
    return status in RETRYABLE_STATUSES


def replay_safe(method: str, *, has_idempotency_key: bool) -> bool:
    """Whether the server may see this request twice without harm (body aside).

    Methods in :data:`_REPLAY_SAFE_METHODS` are (our ``PATCH`` included: its bodies
    are absolute values); a ``POST`` only with an ``Idempotency-Key``.
    """
    return has_idempotency_key or method.upper() in _REPLAY_SAFE_METHODS


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
    #: Stop: raise the error the outcome maps to (a 429 maps to ``RateLimitError``).
    GIVE_UP = "give_up"


class Rule(enum.Enum):
    """Which rule decided: the machine-readable half of ``RetryDecision.reason``."""

    #: A retryable status or failure, with attempts left: retry.
    RETRYABLE = "retryable"
    #: The status says something about the request itself (most 4xx).
    STATUS_NOT_RETRYABLE = "status_not_retryable"
    #: A 429 for the day window: nothing succeeds before 00:00 UTC.
    DAY_QUOTA = "day_quota"
    #: Sending it again could apply it twice, or its one-shot body is gone.
    NOT_REPLAYABLE = "not_replayable"
    #: The server asked for a longer wait than ``retry_after_cap``: the caller decides
    #: (a 429 reaches it as ``RateLimitError`` with ``retry_after``).
    RETRY_AFTER_OVER_CAP = "retry_after_over_cap"
    #: ``max_retries`` retries were spent.
    RETRIES_EXHAUSTED = "retries_exhausted"


@attrs.frozen
class RetryDecision:
    """The policy's verdict on one attempt, with the reason (for logs and hooks)."""

    kind: DecisionKind
    reason: str
    rule: Rule
    #: Seconds to sleep before retrying (``RETRY`` only).
    delay: float | None = None
    #: The parsed ``Retry-After`` the decision honoured or refused, if any.
    retry_after: float | None = None

    @property
    def should_retry(self) -> bool:
        return self.kind is DecisionKind.RETRY


@attrs.frozen(kw_only=True)
class AttemptRecord:
    """One finished attempt that did not succeed, as the policy needs to see it.

    The transport builds it only on the failure path (a non-2xx response or a
    failure), so a successful call never pays for it.
    """

    method: str
    #: 0 for the first send, 1 for the first retry, ...
    attempt: int
    has_idempotency_key: bool = False
    #: The body is a one-shot stream: it cannot be produced again for another send
    #: (not even after a refused connection: the transport does not track whether the
    #: stream was started, so it is treated as gone).
    one_shot_body: bool = False
    #: The connection was refused before the request left: the server saw nothing.
    never_sent: bool = False
    #: The response's status, or ``None`` when no response came (see ``failure``).
    status: int | None = None
    failure: FailureKind | None = None
    #: For a 429: the window the server said is empty.
    window: RateLimitWindow | None = None
    #: The response's ``Retry-After`` in seconds, already bounded (:func:`read_retry_after`).
    retry_after: float | None = None

    def __attrs_post_init__(self) -> None:
        if (self.status is None) == (self.failure is None):
            raise ValueError("an attempt has exactly one of status= and failure=")
        if self.never_sent and self.failure != "connection":
            raise ValueError("never_sent describes a connection failure (nothing was sent)")
        if self.window is not None and self.status != 429:
            raise ValueError("a rate-limit window comes with a 429")

    @property
    def replayable(self) -> bool:
        """Whether sending this request again is safe (see the module's rules)."""
        if self.one_shot_body:
            return False
        return self.never_sent or replay_safe(
            self.method, has_idempotency_key=self.has_idempotency_key
        )


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

    def decide(self, record: AttemptRecord, rng: UniformSource) -> RetryDecision:
        """Retry (after ``delay`` seconds) or give up, after the attempt in ``record``."""
        status = record.status
        if status is not None and not is_retryable_status(status):
            return RetryDecision(
                DecisionKind.GIVE_UP,
                f"status {status} is not retryable",
                Rule.STATUS_NOT_RETRYABLE,
            )
        cause = f"status {status}" if status is not None else f"{record.failure} error"
        if record.window == "day":
            return RetryDecision(
                DecisionKind.GIVE_UP,
                f"{cause}: the day's quota is spent until 00:00 UTC",
                Rule.DAY_QUOTA,
                retry_after=record.retry_after,
            )
        if not record.replayable:
            return RetryDecision(
                DecisionKind.GIVE_UP,
                f"{cause}, but the request cannot be replayed safely "
                "(no Idempotency-Key, or a one-shot body)",
                Rule.NOT_REPLAYABLE,
            )
        retry_after = record.retry_after
        if retry_after is not None and retry_after > self.retry_after_cap:
            return RetryDecision(
                DecisionKind.GIVE_UP,
                f"{cause} with Retry-After {retry_after:g}s, more than the "
                f"{self.retry_after_cap:g}s this client waits",
                Rule.RETRY_AFTER_OVER_CAP,
                retry_after=retry_after,
            )
        attempt = record.attempt
        if attempt >= self.max_retries:
            return RetryDecision(
                DecisionKind.GIVE_UP,
                f"{cause} after {attempt + 1} attempts (max_retries={self.max_retries})",
                Rule.RETRIES_EXHAUSTED,
                retry_after=retry_after,
            )
        if retry_after is not None:
            return RetryDecision(
                DecisionKind.RETRY,
                f"{cause}; waiting the server's Retry-After",
                Rule.RETRYABLE,
                delay=retry_after,
                retry_after=retry_after,
            )
        return RetryDecision(
            DecisionKind.RETRY,
            f"{cause}; backing off",
            Rule.RETRYABLE,
            delay=self.backoff(attempt, rng),
        )
