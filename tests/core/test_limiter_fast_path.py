"""The limiter's synchronous fast path: a free token is taken without a coroutine, and
everything else (queues, holds, backends that need I/O) still goes through ``acquire``."""

from __future__ import annotations

import asyncio
from datetime import datetime

from kazinex_planner.ratelimit import InMemoryBackend, Lane, Plan, RateLimiter, VirtualClock


def limiter(per_minute: int = 3, **kwargs: object) -> RateLimiter:
    plan = Plan.enterprise(per_minute=per_minute, per_day=1_000)
    return RateLimiter(plan, clock=VirtualClock(), **kwargs)  # type: ignore[arg-type]


async def test_a_free_token_is_taken_at_once_and_an_empty_bucket_takes_nothing() -> None:
    lim = limiter(per_minute=2)
    assert lim.try_acquire_now("interactive")
    assert lim.try_acquire_now("bulk")
    assert lim.snapshot().minute_remaining == 0
    day = lim.snapshot().day_remaining
    assert not lim.try_acquire_now("interactive")
    assert lim.snapshot().day_remaining == day  # a refusal consumes nothing


async def test_queued_calls_keep_their_turn() -> None:
    clock = VirtualClock(auto_advance=False)
    lim = RateLimiter(Plan.enterprise(per_minute=1, per_day=1_000), clock=clock)
    await lim.acquire()
    waiting = asyncio.ensure_future(lim.acquire(lane="interactive"))
    await asyncio.sleep(0)
    assert lim.snapshot().waiting_interactive == 1
    clock._elapsed += 60.0  # a token is free, but the queued call has not woken yet
    assert lim.snapshot().minute_remaining == 1
    # Nobody jumps the queue: both lanes go to acquire, and the token stays.
    assert not lim.try_acquire_now("bulk")
    assert not lim.try_acquire_now("interactive")
    assert lim.snapshot().minute_remaining == 1
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)


async def test_a_429_hold_goes_through_acquire() -> None:
    lim = limiter(per_minute=100)
    lim.penalize("minute", 600.0, cap=60.0)
    assert not lim.try_acquire_now("interactive")


async def test_a_backend_that_overrides_try_acquire_is_always_asked() -> None:
    asked: list[Lane] = []

    class Counting(InMemoryBackend):
        async def try_acquire(
            self, now_monotonic: float, now_utc: datetime, *, lane: Lane = "interactive"
        ) -> float:
            asked.append(lane)
            return await super().try_acquire(now_monotonic, now_utc, lane=lane)

    lim = limiter(backend=Counting())
    assert not lim.try_acquire_now("interactive")
    await lim.acquire()
    assert asked == ["interactive"]


async def test_listeners_hear_of_a_token_taken_without_waiting() -> None:
    heard: list[tuple[str, float, str]] = []

    class Listener:
        def waited(self, lane: str, seconds: float, window: str, backend: str) -> None:
            heard.append((lane, seconds, window))

        def backend_failed(self, backend: str, error: BaseException) -> None:
            raise AssertionError(error)

    lim = limiter()
    lim.add_listener("test", Listener())
    assert lim.try_acquire_now("bulk")
    assert heard == [("bulk", 0.0, "none")]
