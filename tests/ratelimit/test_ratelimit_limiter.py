"""RateLimiter on a virtual clock: bursts, rates, lanes, bounded waits, calibration."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest

from kazinex_planner.errors import ConfigurationError, QuotaExhaustedError, RateLimitWaitError
from kazinex_planner.ratelimit import (
    InMemoryBackend,
    Lane,
    Plan,
    RateLimiter,
    RateLimitSnapshot,
    VirtualClock,
)

T = TypeVar("T")

NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
NEXT_MIDNIGHT = datetime(2025, 3, 11, tzinfo=UTC)


def make(
    per_minute: int = 60, per_day: int = 100_000, *, start: datetime = NOON, **kwargs: object
) -> tuple[RateLimiter, VirtualClock]:
    clock = VirtualClock(start=start)
    plan = Plan.enterprise(per_minute=per_minute, per_day=per_day)
    return RateLimiter(plan, clock=clock, **kwargs), clock  # type: ignore[arg-type]


async def bounded(awaitable: Awaitable[T]) -> T:
    """Await with a 5-second *real* deadline: a lost wake-up must fail, not hang."""
    async with asyncio.timeout(5.0):
        return await awaitable


async def drain(limiter: RateLimiter, n: int) -> None:
    for _ in range(n):
        await limiter.acquire()


async def test_acceptance_80_concurrent_calls_at_60_per_minute() -> None:
    limiter, clock = make(per_minute=60)
    grants: list[float] = []

    async def call() -> None:
        await limiter.acquire()
        grants.append(clock.monotonic())

    real_start = time.perf_counter()
    await bounded(asyncio.gather(*(call() for _ in range(80))))
    assert time.perf_counter() - real_start < 1.0
    assert grants[:60] == [0.0] * 60
    assert grants[60:] == pytest.approx([float(i) for i in range(1, 21)])
    assert grants[-1] == pytest.approx(20.0, rel=0.05)


async def test_acceptance_call_51_of_a_50_per_day_key_fails_at_once() -> None:
    limiter, clock = make(per_minute=60, per_day=50)
    await drain(limiter, 50)
    with pytest.raises(QuotaExhaustedError) as info:
        await limiter.acquire()
    assert clock.monotonic() == 0.0
    assert info.value.reset_at == NEXT_MIDNIGHT
    assert info.value.limit == 50
    assert info.value.window == "day"
    assert "50" in str(info.value)
    assert "2025-03-11 00:00:00 UTC" in str(info.value)
    assert limiter.day_remaining == 0


async def test_concurrent_calls_past_the_day_quota_fail_without_waiting() -> None:
    limiter, clock = make(per_minute=60, per_day=50)
    results = await bounded(
        asyncio.gather(*(limiter.acquire() for _ in range(70)), return_exceptions=True)
    )
    assert results.count(None) == 50
    assert all(isinstance(r, QuotaExhaustedError) for r in results[50:])
    assert clock.monotonic() == 0.0


async def test_the_day_window_resets_at_midnight_utc() -> None:
    limiter, clock = make(
        per_minute=600, per_day=3, start=datetime(2025, 3, 10, 23, 59, 30, tzinfo=UTC)
    )
    await drain(limiter, 3)
    with pytest.raises(QuotaExhaustedError):
        await limiter.acquire()
    await clock.sleep(30.0)
    assert clock.now() == NEXT_MIDNIGHT
    await drain(limiter, 3)
    assert limiter.snapshot().day_reset_at == NEXT_MIDNIGHT + timedelta(days=1)


async def test_wait_for_day_reset_sleeps_until_midnight() -> None:
    limiter, clock = make(
        per_minute=600,
        per_day=2,
        start=datetime(2025, 3, 10, 23, 59, 30, tzinfo=UTC),
        wait_for_day_reset=True,
    )
    await drain(limiter, 2)
    await limiter.acquire()
    assert clock.now() == NEXT_MIDNIGHT
    assert limiter.day_remaining == 1


async def test_wait_for_day_reset_still_honours_max_wait() -> None:
    limiter, clock = make(
        per_minute=600,
        per_day=2,
        start=datetime(2025, 3, 10, 23, 59, 30, tzinfo=UTC),
        wait_for_day_reset=True,
        max_wait=10.0,
    )
    await drain(limiter, 2)
    with pytest.raises(RateLimitWaitError) as info:
        await limiter.acquire()
    assert clock.monotonic() == 0.0
    assert info.value.wait == pytest.approx(30.0)
    assert info.value.max_wait == 10.0


async def test_max_wait_refuses_at_once_instead_of_sleeping() -> None:
    limiter, clock = make(per_minute=60, max_wait=0.5)
    await drain(limiter, 60)
    with pytest.raises(RateLimitWaitError) as info:
        await limiter.acquire()
    assert clock.monotonic() == 0.0
    assert info.value.wait == pytest.approx(1.0)
    assert info.value.max_wait == 0.5
    # A per-call budget overrides the limiter's.
    await limiter.acquire(max_wait=1.0)
    assert clock.monotonic() == pytest.approx(1.0)
    with pytest.raises(RateLimitWaitError):
        await limiter.acquire(max_wait=0)


async def test_max_wait_counts_the_calls_queued_ahead() -> None:
    limiter, clock = make(per_minute=60)
    await drain(limiter, 60)
    queued = [asyncio.ensure_future(limiter.acquire()) for _ in range(5)]
    await clock.settle()
    assert limiter.snapshot().waiting_interactive == 5
    with pytest.raises(RateLimitWaitError) as info:
        await limiter.acquire(max_wait=5.5)  # sixth in line: 6 s away
    assert info.value.wait == pytest.approx(6.0)
    assert clock.monotonic() == 0.0
    await limiter.acquire(max_wait=6.0)
    assert clock.monotonic() == pytest.approx(6.0)
    await bounded(asyncio.gather(*queued))


@pytest.mark.parametrize("bad", [-1.0, float("nan")])
async def test_max_wait_must_be_non_negative(bad: float) -> None:
    with pytest.raises(ConfigurationError, match="max_wait"):
        make(max_wait=bad)
    limiter, _ = make()
    with pytest.raises(ValueError, match="max_wait"):
        await limiter.acquire(max_wait=bad)


async def test_unknown_lane_is_refused() -> None:
    limiter, _ = make()
    with pytest.raises(ValueError, match="lane"):
        await limiter.acquire(lane="urgent")  # type: ignore[arg-type]


async def test_interactive_is_served_before_200_queued_bulk_calls() -> None:
    limiter, clock = make(per_minute=60)
    await drain(limiter, 60)
    order: list[tuple[str, int, float]] = []

    async def call(lane: Lane, index: int, delay: float = 0.0) -> None:
        if delay:
            await clock.sleep(delay)
        await limiter.acquire(lane=lane)
        order.append((lane, index, clock.monotonic()))

    bulk = [asyncio.ensure_future(call("bulk", i)) for i in range(200)]
    await clock.settle()
    assert limiter.snapshot().waiting_bulk == 200
    # Arrives at t=5.5, after five bulk calls were served.
    await bounded(call("interactive", 0, delay=5.5))
    assert order[:5] == [("bulk", i, float(i + 1)) for i in range(5)]
    assert order[5] == ("interactive", 0, 6.0)
    assert limiter.snapshot().waiting_bulk == 195
    for task in bulk:
        task.cancel()
    await bounded(asyncio.gather(*bulk, return_exceptions=True))
    assert limiter.snapshot().waiting_bulk == 0


async def test_lanes_are_fifo_and_interactive_first() -> None:
    limiter, clock = make(per_minute=60)
    await drain(limiter, 60)
    order: list[str] = []

    async def call(lane: Lane, name: str) -> None:
        await limiter.acquire(lane=lane)
        order.append(name)

    tasks = []
    for name, lane in [
        ("b1", "bulk"),
        ("i1", "interactive"),
        ("b2", "bulk"),
        ("i2", "interactive"),
    ]:
        tasks.append(asyncio.ensure_future(call(lane, name)))  # type: ignore[arg-type]
        await clock.settle()
    await bounded(asyncio.gather(*tasks))
    assert order == ["i1", "i2", "b1", "b2"]
    assert clock.monotonic() == pytest.approx(4.0)


async def test_cancelled_waiters_take_no_token_and_block_nobody() -> None:
    limiter, clock = make(per_minute=60)
    await drain(limiter, 60)
    head = asyncio.ensure_future(limiter.acquire())  # sleeping until t=1
    middle = asyncio.ensure_future(limiter.acquire())  # waiting for its turn
    bulk = asyncio.ensure_future(limiter.acquire(lane="bulk"))
    last = asyncio.ensure_future(limiter.acquire())
    await clock.sleep(0.5)
    assert limiter.snapshot().waiting_interactive == 3
    head.cancel()
    middle.cancel()
    await bounded(last)
    # The survivor got the token that would have been the cancelled head's.
    assert clock.monotonic() == pytest.approx(1.0)
    bulk.cancel()
    await bounded(asyncio.gather(head, middle, bulk, return_exceptions=True))
    assert head.cancelled()
    assert middle.cancelled()
    assert bulk.cancelled()
    await clock.sleep(10.0)
    snap = limiter.snapshot()
    # Only `last` consumed a token since t=0: ten seconds refill exactly ten.
    assert snap.minute_remaining == 10
    assert (snap.waiting_interactive, snap.waiting_bulk) == (0, 0)
    assert snap.day_remaining == 100_000 - 61


async def test_cancelling_every_waiter_leaves_the_bucket_untouched() -> None:
    limiter, clock = make(per_minute=60)
    await drain(limiter, 60)
    waiters = [asyncio.ensure_future(limiter.acquire(lane="bulk")) for _ in range(10)]
    await clock.settle()
    for waiter in waiters:
        waiter.cancel()
    await bounded(asyncio.gather(*waiters, return_exceptions=True))
    await clock.sleep(3.0)
    assert limiter.snapshot().minute_remaining == 3


async def test_observe_keeps_the_lower_remaining_and_ignores_garbage() -> None:
    limiter, clock = make(per_minute=60, per_day=1_000)
    await drain(limiter, 5)
    limiter.observe({"X-RateLimit-Remaining": "abc", "X-RateLimit-Day-Remaining": "-3"})
    snap = limiter.snapshot()
    assert (snap.minute_remaining, snap.day_remaining, snap.source) == (55, 995, "local")
    limiter.observe({"x-ratelimit-remaining": "58", "x-ratelimit-day-remaining": "990"})
    snap = limiter.snapshot()
    assert (snap.minute_remaining, snap.day_remaining, snap.source) == (55, 990, "server")
    limiter.observe({"X-RateLimit-Remaining": "2", "X-RateLimit-Reset": "1"})
    assert limiter.snapshot().minute_remaining == 2
    await drain(limiter, 2)
    await limiter.acquire()
    assert clock.monotonic() == pytest.approx(1.0)


async def test_observe_adopts_the_servers_limits_and_logs_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    limiter = RateLimiter("professional", clock=VirtualClock(start=NOON))
    headers = {
        "Authorization": "Bearer kzx_live_secret",
        "X-RateLimit-Limit": "600",
        "X-RateLimit-Day-Limit": "100000",
        "X-RateLimit-Remaining": "599",
    }
    with caplog.at_level(logging.INFO, logger="kazinex_planner.ratelimit"):
        limiter.observe(headers)
        limiter.observe(headers)
    records = [r for r in caplog.records if r.levelno == logging.INFO]
    assert len(records) == 1
    message = records[0].getMessage()
    assert "600/min" in message
    assert "100000/day" in message
    assert "professional" in message
    assert "secret" not in caplog.text
    snap = limiter.snapshot()
    assert (snap.plan, snap.minute_limit, snap.day_limit) == ("professional", 600, 100_000)
    assert snap.minute_remaining == 599


async def test_penalize_minute_holds_until_retry_after() -> None:
    limiter, clock = make(per_minute=60)
    limiter.penalize("minute", 5.0)
    snap = limiter.snapshot()
    assert (snap.minute_remaining, snap.minute_reset, snap.source) == (0, 5.0, "server")
    await limiter.acquire()
    assert clock.monotonic() == pytest.approx(5.0)


async def test_penalize_day_exhausts_until_retry_after() -> None:
    limiter, clock = make(per_minute=60)
    limiter.penalize("Day", 30.0)
    with pytest.raises(QuotaExhaustedError) as info:
        await limiter.acquire()
    assert info.value.reset_at == NOON + timedelta(seconds=30)
    await clock.sleep(30.0)
    await limiter.acquire()
    assert limiter.day_remaining == 100_000 - 1


async def test_penalize_unknown_window_is_treated_as_minute() -> None:
    limiter, clock = make(per_minute=60)
    limiter.penalize(None, 2.0)
    limiter.penalize("hour", float("nan"))  # no usable retry-after: one interval
    assert limiter.day_remaining == 100_000
    await limiter.acquire()
    assert clock.monotonic() == pytest.approx(2.0)


async def test_snapshot_describes_both_windows_and_queues() -> None:
    limiter, clock = make(per_minute=60, per_day=1_000)
    await drain(limiter, 60)
    waiting = [
        asyncio.ensure_future(limiter.acquire()),
        asyncio.ensure_future(limiter.acquire(lane="bulk")),
        asyncio.ensure_future(limiter.acquire(lane="bulk")),
    ]
    await clock.sleep(0.25)
    snap = limiter.snapshot()
    assert snap == RateLimitSnapshot(
        plan="enterprise",
        minute_limit=60,
        minute_remaining=0,
        minute_reset=pytest.approx(0.75),  # type: ignore[arg-type]
        day_limit=1_000,
        day_remaining=940,
        day_reset_at=NEXT_MIDNIGHT,
        waiting_interactive=1,
        waiting_bulk=2,
        source="local",
    )
    await bounded(asyncio.gather(*waiting))


async def test_two_clients_sharing_one_limiter_share_the_budget() -> None:
    limiter, clock = make(per_minute=60)
    grants: dict[str, list[float]] = {"a": [], "b": []}

    async def client(name: str) -> None:
        async def call() -> None:
            await limiter.acquire()
            grants[name].append(clock.monotonic())

        async with asyncio.TaskGroup() as group:
            for _ in range(50):
                group.create_task(call())

    await bounded(asyncio.gather(client("a"), client("b")))
    everything = sorted(grants["a"] + grants["b"])
    assert len(everything) == 100
    assert everything[:60] == [0.0] * 60
    assert everything[60:] == pytest.approx([float(i) for i in range(1, 41)])
    assert limiter.day_remaining == 100_000 - 100


async def test_a_shared_backend_shares_the_budget_between_limiters() -> None:
    clock = VirtualClock(start=NOON)
    backend = InMemoryBackend()
    first = RateLimiter("professional", clock=clock, backend=backend)
    second = RateLimiter("PROFESSIONAL", clock=clock, backend=backend)
    await drain(first, 100)
    assert second.snapshot().minute_remaining == 20
    with pytest.raises(ConfigurationError, match="professional"):
        RateLimiter("business", clock=clock, backend=backend)


def test_use_from_a_second_loop_while_waiters_exist_is_refused() -> None:
    limiter, clock = make(per_minute=60, start=NOON)
    errors: list[BaseException] = []

    async def main() -> None:
        await drain(limiter, 60)
        waiter = asyncio.ensure_future(limiter.acquire())
        await clock.settle()

        def other_loop() -> None:
            try:
                asyncio.run(limiter.acquire())
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=other_loop)
        thread.start()
        thread.join()
        await bounded(waiter)

    asyncio.run(main())
    assert len(errors) == 1
    assert isinstance(errors[0], RuntimeError)
    assert "another event loop" in str(errors[0])
    # Once the first loop's queue is empty, a later loop may use the limiter.
    asyncio.run(limiter.acquire())


async def test_estimate_duration_and_day_remaining() -> None:
    limiter, _ = make(per_minute=60, per_day=1_000)
    assert limiter.estimate_duration(80) == pytest.approx(20.0)
    await drain(limiter, 30)
    assert limiter.day_remaining == 970
    assert limiter.estimate_duration(31) == pytest.approx(1.0)
    # 970 today, then wait for midnight (12 h after noon), then 30 more from a full bucket.
    assert limiter.estimate_duration(1_000) == pytest.approx(12 * 3600.0)


async def test_waits_are_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    limiter, _ = make(per_minute=60)
    await drain(limiter, 60)
    with caplog.at_level(logging.DEBUG, logger="kazinex_planner.ratelimit"):
        await limiter.acquire(lane="bulk")
    assert any(
        r.levelno == logging.DEBUG
        and "waiting 1.000s" in r.getMessage()
        and "bulk" in r.getMessage()
        for r in caplog.records
    )


def test_plan_strings_are_parsed() -> None:
    assert RateLimiter("Business").plan is Plan.BUSINESS
    with pytest.raises(ConfigurationError, match="unknown plan"):
        RateLimiter("gold")


async def test_a_hold_longer_than_the_cap_fails_later_calls_at_once() -> None:
    from kazinex_planner.errors import RateLimitError

    limiter, clock = make(per_minute=60)
    limiter.penalize("minute", 3600.0, cap=60.0)
    started = clock.monotonic()
    with pytest.raises(RateLimitError) as info:
        await bounded(limiter.acquire())
    assert clock.monotonic() == started  # no virtual time spent waiting
    assert info.value.window == "minute"
    assert info.value.retry_after == pytest.approx(3600.0)
    assert info.value.reset_at == NOON + timedelta(seconds=3600)
    assert limiter.snapshot().waiting_interactive == 0
    await clock.advance(3600.0)
    await bounded(limiter.acquire())  # the hold has ended: served again


async def test_a_hold_within_the_cap_is_waited_out() -> None:
    limiter, clock = make(per_minute=60)
    limiter.penalize("minute", 30.0, cap=60.0)
    await bounded(limiter.acquire())
    assert clock.monotonic() == pytest.approx(30.0, abs=1.0)


async def test_queued_calls_fail_when_a_long_hold_arrives() -> None:
    from kazinex_planner.errors import RateLimitError

    limiter, clock = make(per_minute=1)
    await limiter.acquire()  # bucket empty: the next calls queue (60 s per token)
    tasks = [asyncio.create_task(limiter.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    limiter.penalize("minute", 3600.0, cap=60.0)
    results = await bounded(asyncio.gather(*tasks, return_exceptions=True))
    assert all(isinstance(r, RateLimitError) for r in results)
    assert clock.monotonic() < 120.0
    snap = limiter.snapshot()
    assert (snap.waiting_interactive, snap.waiting_bulk) == (0, 0)


def test_penalize_clamps_absurd_holds(caplog: pytest.LogCaptureFixture) -> None:
    limiter, _ = make(per_minute=60)
    with caplog.at_level(logging.WARNING, logger="kazinex_planner.ratelimit"):
        limiter.penalize("minute", 1e12)
    assert "clamped" in caplog.text
    assert limiter.snapshot().minute_reset <= 86_400.0 + 1.0
