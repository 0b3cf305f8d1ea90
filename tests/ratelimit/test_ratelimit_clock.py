"""VirtualClock: time moves only when every task is blocked, deterministically."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from kazinex_planner.ratelimit import Clock, SystemClock, VirtualClock


def test_clocks_satisfy_the_protocol() -> None:
    assert isinstance(SystemClock(), Clock)
    assert isinstance(VirtualClock(), Clock)


async def test_system_clock_reads_real_time() -> None:
    clock = SystemClock()
    before = clock.monotonic()
    await clock.sleep(0.01)
    assert clock.monotonic() - before >= 0.009
    assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 1.0
    assert clock.now().tzinfo is UTC


def test_start_must_be_aware_and_is_normalised_to_utc() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        VirtualClock(start=datetime(2025, 1, 1))
    clock = VirtualClock(start=datetime(2025, 1, 1, 2, 0, tzinfo=timezone(timedelta(hours=2))))
    assert clock.now() == datetime(2025, 1, 1, 0, 0, tzinfo=UTC)
    assert clock.now().utcoffset() == timedelta(0)
    assert clock.monotonic() == 0.0


async def test_sleepers_wake_at_their_deadlines_in_order_without_real_waiting() -> None:
    clock = VirtualClock(start=datetime(2025, 6, 1, tzinfo=UTC))
    woke: list[tuple[str, float]] = []

    async def sleeper(name: str, delay: float) -> None:
        await clock.sleep(delay)
        woke.append((name, clock.monotonic()))

    real_start = time.perf_counter()
    await asyncio.gather(
        sleeper("c", 3600.0), sleeper("a", 1.0), sleeper("b", 2.5), sleeper("a2", 1.0)
    )
    assert time.perf_counter() - real_start < 0.5
    assert woke == [("a", 1.0), ("a2", 1.0), ("b", 2.5), ("c", 3600.0)]
    assert clock.now() == datetime(2025, 6, 1, 1, 0, tzinfo=UTC)


async def test_time_does_not_move_while_another_task_can_still_run() -> None:
    clock = VirtualClock()
    seen: list[float] = []

    async def busy() -> None:
        for _ in range(50):
            await asyncio.sleep(0)  # runnable all along: time must wait for it
            seen.append(clock.monotonic())

    sleeping = asyncio.ensure_future(clock.sleep(10.0))
    await busy()
    assert seen == [0.0] * 50
    await sleeping
    assert clock.monotonic() == 10.0


async def test_chained_sleeps_accumulate() -> None:
    clock = VirtualClock()

    async def walk() -> list[float]:
        marks = []
        for _ in range(5):
            await clock.sleep(0.5)
            marks.append(clock.monotonic())
        return marks

    assert await walk() == [0.5, 1.0, 1.5, 2.0, 2.5]


async def test_a_cancelled_sleeper_never_moves_time() -> None:
    clock = VirtualClock()
    long = asyncio.ensure_future(clock.sleep(1000.0))
    await clock.settle()
    long.cancel()
    await clock.sleep(1.0)
    assert clock.monotonic() == 1.0
    assert long.cancelled()
    assert clock.pending_sleepers == 0


async def test_zero_and_negative_sleeps_only_yield() -> None:
    clock = VirtualClock()
    await clock.sleep(0)
    await clock.sleep(-3)
    assert clock.monotonic() == 0.0
    with pytest.raises(ValueError, match="finite"):
        await clock.sleep(float("inf"))


async def test_manual_mode_moves_only_on_advance() -> None:
    clock = VirtualClock(auto_advance=False)
    woke: list[float] = []

    async def sleeper(delay: float) -> None:
        await clock.sleep(delay)
        woke.append(clock.monotonic())
        await clock.sleep(delay)
        woke.append(clock.monotonic())

    task = asyncio.ensure_future(sleeper(2.0))
    await clock.settle()
    assert clock.pending_sleepers == 1
    await clock.advance(1.0)
    assert woke == []
    await clock.advance(3.5)  # passes 2.0 and 4.0: the task sleeps again in between
    assert woke == [2.0, 4.0]
    assert clock.monotonic() == 4.5
    await task
    with pytest.raises(ValueError, match="non-negative"):
        await clock.advance(-1)


async def test_settle_lets_new_tasks_reach_their_first_wait() -> None:
    clock = VirtualClock()
    started: list[int] = []

    async def worker(i: int) -> None:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        started.append(i)
        await clock.sleep(1.0)

    tasks = [asyncio.ensure_future(worker(i)) for i in range(20)]
    await clock.settle()
    assert started == list(range(20))
    assert clock.monotonic() == 0.0
    await asyncio.gather(*tasks)
    assert clock.monotonic() == 1.0
