"""Property tests of the retry policy: every combination of an attempt's facts.

Each invariant is one sentence of the module's rules. Together they pin the decision
down completely: the last test says a retry happens exactly when no rule forbids it.
"""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from kazinex_planner._core._retry import (
    MAX_RETRY_AFTER,
    RETRYABLE_STATUSES,
    AttemptRecord,
    DecisionKind,
    RetryPolicy,
    Rule,
)

METHODS = ["GET", "HEAD", "PUT", "DELETE", "PATCH", "POST", "post"]
STATUSES = sorted({*RETRYABLE_STATUSES, 400, 401, 403, 404, 409, 413, 422, 501, 505})


@st.composite
def records(draw: st.DrawFn) -> AttemptRecord:
    failed = draw(st.booleans())
    status = None if failed else draw(st.sampled_from(STATUSES))
    failure = draw(st.sampled_from(["connection", "timeout"])) if failed else None
    return AttemptRecord(
        method=draw(st.sampled_from(METHODS)),
        attempt=draw(st.integers(0, 12)),
        has_idempotency_key=draw(st.booleans()),
        one_shot_body=draw(st.booleans()),
        never_sent=failure == "connection" and draw(st.booleans()),
        status=status,
        failure=failure,
        window=draw(st.sampled_from([None, "minute", "day"])) if status == 429 else None,
        retry_after=(
            None if failed else draw(st.none() | st.floats(0.0, MAX_RETRY_AFTER, allow_nan=False))
        ),
    )


policies = st.builds(
    RetryPolicy,
    max_retries=st.integers(0, 8),
    base=st.floats(0.0, 5.0),
    cap=st.floats(0.0, 60.0),
    retry_after_cap=st.floats(0.0, 600.0),
)
seeds = st.integers(0, 2**32)


@given(records(), policies, seeds)
def test_a_one_shot_body_is_never_resent(
    record: AttemptRecord, policy: RetryPolicy, seed: int
) -> None:
    decision = policy.decide(record, random.Random(seed))
    if record.one_shot_body:
        assert not decision.should_retry
        assert decision.rule in {
            Rule.NOT_REPLAYABLE,
            Rule.STATUS_NOT_RETRYABLE,
            Rule.DAY_QUOTA,
        }


@given(records(), policies, seeds)
def test_a_day_429_is_never_retried(record: AttemptRecord, policy: RetryPolicy, seed: int) -> None:
    decision = policy.decide(record, random.Random(seed))
    if record.window == "day":
        assert (decision.kind, decision.rule) == (DecisionKind.GIVE_UP, Rule.DAY_QUOTA)


@given(records(), policies, seeds)
def test_a_sent_post_without_key_is_never_retried(
    record: AttemptRecord, policy: RetryPolicy, seed: int
) -> None:
    if record.method.upper() == "POST" and not record.has_idempotency_key and not record.never_sent:
        assert not policy.decide(record, random.Random(seed)).should_retry


@given(records(), policies, seeds)
def test_only_retryable_statuses_are_retried(
    record: AttemptRecord, policy: RetryPolicy, seed: int
) -> None:
    decision = policy.decide(record, random.Random(seed))
    if decision.should_retry and record.status is not None:
        assert record.status in RETRYABLE_STATUSES
    if record.status is not None and record.status not in RETRYABLE_STATUSES:
        assert decision.rule is Rule.STATUS_NOT_RETRYABLE


@given(records(), policies, seeds)
def test_never_more_than_max_retries(record: AttemptRecord, policy: RetryPolicy, seed: int) -> None:
    if record.attempt >= policy.max_retries:
        assert not policy.decide(record, random.Random(seed)).should_retry


@given(records(), policies, seeds)
def test_a_retry_after_beyond_the_cap_gives_up_for_the_caller_to_decide(
    record: AttemptRecord, policy: RetryPolicy, seed: int
) -> None:
    decision = policy.decide(record, random.Random(seed))
    if record.retry_after is not None and record.retry_after > policy.retry_after_cap:
        assert not decision.should_retry
        if decision.rule is Rule.RETRY_AFTER_OVER_CAP:
            assert decision.retry_after == record.retry_after  # what RateLimitError carries


@given(records(), policies, seeds)
def test_the_delay_is_the_retry_after_or_within_the_backoff_bounds(
    record: AttemptRecord, policy: RetryPolicy, seed: int
) -> None:
    decision = policy.decide(record, random.Random(seed))
    if not decision.should_retry:
        assert decision.delay is None
        return
    assert decision.delay is not None
    if record.retry_after is not None:
        assert decision.delay == record.retry_after <= policy.retry_after_cap
    else:
        ceiling = min(policy.cap, policy.base * 2.0**record.attempt)
        assert 0.0 <= decision.delay <= ceiling


@given(records(), policies, seeds)
def test_a_refused_connection_is_resent_when_the_body_can_be_produced_again(
    record: AttemptRecord, policy: RetryPolicy, seed: int
) -> None:
    if record.never_sent and not record.one_shot_body and record.attempt < policy.max_retries:
        decision = policy.decide(record, random.Random(seed))
        assert decision.should_retry  # whatever the method, key or kind of body


@given(records(), policies, seeds)
def test_a_retry_happens_exactly_when_no_rule_forbids_it(
    record: AttemptRecord, policy: RetryPolicy, seed: int
) -> None:
    method_safe = record.method.upper() != "POST" or record.has_idempotency_key
    resendable = not record.one_shot_body and (record.never_sent or method_safe)
    expected = (
        (record.status is None or record.status in RETRYABLE_STATUSES)
        and record.window != "day"
        and resendable
        and (record.retry_after is None or record.retry_after <= policy.retry_after_cap)
        and record.attempt < policy.max_retries
    )
    decision = policy.decide(record, random.Random(seed))
    assert decision.should_retry is expected
    assert (decision.rule is Rule.RETRYABLE) is expected
