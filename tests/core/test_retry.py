"""The sans-I/O retry policy: backoff, Retry-After parsing, the replay rule and worked
examples of decisions (every combination is covered by ``test_retry_policy.py``)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from kazinex_planner._core._retry import (
    AttemptRecord,
    DecisionKind,
    RetryDecision,
    RetryPolicy,
    Rule,
    backoff,
    is_retryable_status,
    parse_retry_after,
    replay_safe,
)

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


class RecordingRng:
    """Returns the upper bound it was asked for, and remembers every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, float]] = []

    def uniform(self, a: float, b: float) -> float:
        self.calls.append((a, b))
        return b


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_transient_statuses_are_retryable(status: int) -> None:
    assert is_retryable_status(status)


@pytest.mark.parametrize("status", [200, 201, 400, 401, 403, 404, 409, 413, 415, 422, 501, 505])
def test_other_statuses_are_not(status: int) -> None:
    assert not is_retryable_status(status)


def test_backoff_is_full_jitter_over_an_exponential_capped_ceiling() -> None:
    rng = RecordingRng()
    ceilings = [backoff(attempt, rng) for attempt in range(10)]
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0, 30.0]
    assert all(low == 0.0 for low, _ in rng.calls)
    assert backoff(5_000, rng) == 30.0  # no float overflow on absurd attempts
    assert RetryPolicy(base=1.0, cap=5.0).backoff(2, rng) == 4.0
    with pytest.raises(ValueError, match="attempt"):
        backoff(-1, rng)


def test_full_jitter_is_uniform_between_zero_and_the_ceiling() -> None:
    rng = random.Random(20250310)
    samples = [backoff(3, rng) for _ in range(20_000)]  # ceiling 4.0
    assert min(samples) >= 0.0
    assert max(samples) <= 4.0
    assert sum(samples) / len(samples) == pytest.approx(2.0, abs=0.05)
    # Each quarter of [0, 4] holds a quarter of the samples (a crude uniformity check;
    # "equal jitter" would leave the lower half empty).
    quarters = [sum(1 for s in samples if q <= s < q + 1.0) / len(samples) for q in range(4)]
    assert quarters == pytest.approx([0.25] * 4, abs=0.015)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("120", 120.0),
        (" 7 ", 7.0),
        ("1.5", 1.5),
        ("-5", 0.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
        ("inf", None),
        ("Mon, 10 Mar 2025 12:00:30 GMT", 30.0),  # IMF-fixdate
        ("Monday, 10-Mar-25 12:01:00 GMT", 60.0),  # RFC 850
        ("Mon Mar 10 12:00:05 2025", 5.0),  # asctime
        ("Mon, 10 Mar 2025 11:59:00 GMT", 0.0),  # in the past
        ("Mon, 32 Mar 2025 12:00:00 GMT", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


def test_parse_retry_after_compares_dates_across_zones() -> None:
    plus_one = NOW.astimezone(timezone(timedelta(hours=1)))
    assert parse_retry_after("Mon, 10 Mar 2025 12:00:10 GMT", plus_one) == 10.0
    naive_utc = NOW.replace(tzinfo=None)
    assert parse_retry_after("Mon, 10 Mar 2025 12:00:10 GMT", naive_utc) == 10.0


@pytest.mark.parametrize(
    ("method", "key", "expected"),
    [
        ("GET", False, True),
        ("delete", False, True),
        ("PUT", False, True),
        ("PATCH", False, True),  # our PATCH bodies are absolute values
        ("POST", False, False),
        ("POST", True, True),
    ],
)
def test_replay_safety_is_one_rule(method: str, key: bool, expected: bool) -> None:
    assert replay_safe(method, has_idempotency_key=key) is expected


def record(status: int | None = None, **fields: Any) -> AttemptRecord:
    fields.setdefault("method", "GET")
    fields.setdefault("attempt", 0)
    if status is None:
        fields.setdefault("failure", "connection")
    return AttemptRecord(status=status, **fields)


def run(policy: RetryPolicy, outcomes: list[int], **fields: Any) -> tuple[int, RetryDecision]:
    """Play a sequence of failing statuses through the policy; return (sends, final decision)."""
    rng = random.Random(1)
    for attempt, status in enumerate(outcomes):
        decision = policy.decide(record(status, attempt=attempt, **fields), rng)
        if not decision.should_retry:
            return attempt + 1, decision
    return len(outcomes) + 1, decision  # the next send succeeds


def test_503_503_then_success_is_two_retries() -> None:
    sends, final = run(RetryPolicy(), [503, 503])
    assert sends == 3
    assert final.should_retry


def test_retries_stop_after_max_retries() -> None:
    sends, final = run(RetryPolicy(max_retries=3), [503] * 10)
    assert sends == 4
    assert (final.kind, final.rule) == (DecisionKind.GIVE_UP, Rule.RETRIES_EXHAUSTED)
    assert "max_retries=3" in final.reason
    assert run(RetryPolicy(max_retries=0), [503])[0] == 1


def test_a_day_429_is_final_even_with_retries_left() -> None:
    decision = RetryPolicy().decide(record(429, window="day", retry_after=5.0), RecordingRng())
    assert (decision.kind, decision.rule) == (DecisionKind.GIVE_UP, Rule.DAY_QUOTA)


def test_a_refused_connection_resends_a_reproducible_body_of_any_method() -> None:
    policy = RetryPolicy()
    never_sent = policy.decide(record(method="POST", never_sent=True), RecordingRng())
    assert never_sent.should_retry
    sent = policy.decide(record(method="POST"), RecordingRng())
    assert sent.rule is Rule.NOT_REPLAYABLE
    one_shot = policy.decide(
        record(method="POST", never_sent=True, one_shot_body=True),
        RecordingRng(),
    )
    assert one_shot.rule is Rule.NOT_REPLAYABLE


def test_retry_after_within_the_cap_is_the_delay() -> None:
    decision = RetryPolicy().decide(record(429, retry_after=12.0), RecordingRng())
    assert decision == RetryDecision(
        DecisionKind.RETRY, decision.reason, Rule.RETRYABLE, delay=12.0, retry_after=12.0
    )


def test_retry_after_beyond_the_cap_gives_up_instead_of_sleeping() -> None:
    policy = RetryPolicy(retry_after_cap=60.0)
    decision = policy.decide(record(429, retry_after=61.0), RecordingRng())
    assert (decision.rule, decision.delay, decision.retry_after) == (
        Rule.RETRY_AFTER_OVER_CAP,
        None,
        61.0,
    )
    # Exactly the cap is still waited for.
    decision = policy.decide(record(429, retry_after=60.0), RecordingRng())
    assert (decision.kind, decision.delay) == (DecisionKind.RETRY, 60.0)


def test_without_retry_after_the_delay_is_the_backoff() -> None:
    rng = RecordingRng()
    decision = RetryPolicy(base=0.5, cap=30.0).decide(record(502, attempt=2), rng)
    assert (decision.kind, decision.delay) == (DecisionKind.RETRY, 2.0)
    assert rng.calls == [(0.0, 2.0)]


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({}, "exactly one"),
        ({"status": 503, "failure": "connection"}, "exactly one"),
        ({"failure": "timeout", "never_sent": True}, "never_sent"),
        ({"status": 503, "window": "minute"}, "429"),
    ],
)
def test_a_record_describes_one_coherent_outcome(fields: dict[str, Any], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        AttemptRecord(method="GET", attempt=0, **fields)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"base": -0.1},
        {"cap": float("inf")},
        {"retry_after_cap": float("nan")},
    ],
)
def test_policy_values_are_validated(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("header", "seconds", "problem"),
    [
        (None, None, None),
        ("", None, None),
        ("7", 7.0, None),
        ("3600", 3600.0, None),
        ("86400", 86400.0, None),
        ("86401", 86400.0, "absurd"),
        ("1e12", 86400.0, "absurd"),
        ("inf", 86400.0, "absurd"),
        ("-5", 0.0, "negative"),
        ("nan", None, "not a number"),
        ("soon", None, "unreadable"),
        ("Fri, 01 Jan 2100 00:00:00 GMT", 86400.0, "absurd"),
        ("Sun, 09 Mar 2025 12:00:00 GMT", 0.0, None),  # a past date is ordinary
        ("Mon, 10 Mar 2025 12:00:30 GMT", 30.0, None),
    ],
)
def test_read_retry_after_bounds_and_explains_absurd_values(
    header: str | None, seconds: float | None, problem: str | None
) -> None:
    from kazinex_planner._core._retry import read_retry_after

    parsed = read_retry_after(header, NOW)
    assert parsed.seconds == seconds
    if problem is None:
        assert parsed.problem is None
    else:
        assert parsed.problem is not None
        assert problem in parsed.problem


def test_read_retry_after_quotes_a_bounded_prefix_of_garbage() -> None:
    from kazinex_planner._core._retry import read_retry_after

    parsed = read_retry_after("x" * 10_000, NOW)
    assert parsed.seconds is None
    assert parsed.problem is not None
    assert len(parsed.problem) < 120
