"""Properties: whatever the arrival pattern, never more grants than the bucket allows.

A token bucket of capacity C refilled at r tokens/s grants at most C + L·r requests in
any interval of length L; the day counter grants at most ``per_day`` per UTC day.
"""

from __future__ import annotations

import asyncio
import bisect
from collections import Counter
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kazinex_planner.errors import QuotaExhaustedError
from kazinex_planner.ratelimit import Lane, Plan, RateLimiter, VirtualClock
from kazinex_planner.ratelimit._windows import _TokenWindows

WINDOW_LENGTHS = (0.0, 0.5, 1.0, 10.0, 60.0, 90.0)


def assert_within_bucket(grants: list[float], per_minute: int) -> None:
    rate = per_minute / 60.0
    grants = sorted(grants)
    for i, start in enumerate(grants):
        for length in WINDOW_LENGTHS:
            inside = bisect.bisect_right(grants, start + length + 1e-9) - i
            assert inside <= per_minute + length * rate + 1e-6, (start, length, inside)


@settings(max_examples=300, deadline=None)
@given(
    per_minute=st.integers(1, 30),
    per_day=st.integers(1, 2_000),
    start_offset=st.floats(0.0, 600.0),
    bursts=st.lists(
        st.tuples(st.floats(0.0, 120.0, allow_nan=False), st.integers(1, 120)),
        min_size=1,
        max_size=12,
    ),
)
def test_windows_never_grant_more_than_the_bucket_or_the_day(
    per_minute: int, per_day: int, start_offset: float, bursts: list[tuple[float, int]]
) -> None:
    """Idle gaps fill the bucket; each burst then asks back-to-back, waiting when told."""
    # Start shortly before midnight so some runs cross a UTC day boundary.
    start = datetime(2025, 3, 10, 23, 50, tzinfo=UTC) + timedelta(seconds=start_offset)
    windows = _TokenWindows(
        per_minute=per_minute, per_day=per_day, now_monotonic=0.0, now_utc=start
    )
    grants: list[float] = []
    now = 0.0
    for gap, size in bursts:
        now += gap
        for _ in range(size):
            wait = windows.try_take(now, start + timedelta(seconds=now))
            if wait > 0.0:
                # The wait it reports is exact: asking again then succeeds.
                # datetime has microsecond resolution: a float ``now`` converted to it
                # may round a step short of the reset the wait was computed for.
                now += wait + 1e-6
                assert windows.try_take(now, start + timedelta(seconds=now)) == 0.0
            grants.append(now)
    assert_within_bucket(grants, per_minute)
    per_utc_day = Counter((start + timedelta(seconds=t)).date() for t in grants)
    assert max(per_utc_day.values()) <= per_day


arrivals = st.lists(
    st.tuples(st.floats(0.0, 20.0, allow_nan=False), st.sampled_from(["interactive", "bulk"])),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(per_minute=st.integers(1, 12), per_day=st.integers(5, 60), calls=arrivals)
def test_limiter_respects_both_windows_for_any_arrival_pattern(
    per_minute: int, per_day: int, calls: list[tuple[float, Lane]]
) -> None:
    async def scenario() -> tuple[list[float], int]:
        clock = VirtualClock(start=datetime(2025, 3, 10, 12, 0, tzinfo=UTC))
        limiter = RateLimiter(Plan.enterprise(per_minute=per_minute, per_day=per_day), clock=clock)
        grants: list[float] = []
        refused = 0

        async def call(arrival: float, lane: Lane) -> None:
            nonlocal refused
            await clock.sleep(arrival)
            try:
                await limiter.acquire(lane=lane)
            except QuotaExhaustedError:
                refused += 1
            else:
                grants.append(clock.monotonic())

        async with asyncio.timeout(10.0):
            await asyncio.gather(*(call(arrival, lane) for arrival, lane in calls))
        snap = limiter.snapshot()
        assert (snap.waiting_interactive, snap.waiting_bulk) == (0, 0)
        return grants, refused

    grants, refused = asyncio.run(scenario())
    assert len(grants) + refused == len(calls)
    assert len(grants) <= per_day
    # A call is refused for the day only once the day's budget is really spent.
    assert refused == 0 or len(grants) == per_day
    assert_within_bucket(grants, per_minute)
