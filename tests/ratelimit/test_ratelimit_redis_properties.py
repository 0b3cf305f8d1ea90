"""The Lua script and ``_windows.py`` are one arithmetic: same sequences, same states.

Hypothesis drives an in-memory ``_TokenWindows`` and a ``RedisBackend`` (on a real
redis-server, with the test-only time source in place of Redis ``TIME``) through the
same takes, calibrations and penalties at the same instants and compares every
reading. Times are multiples of 1/8 s so both sides see them exactly.
"""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kazinex_planner.ratelimit import Plan, RedisBackend, ServerRateLimit
from kazinex_planner.ratelimit._windows import WindowState, _TokenWindows

from ._redis_server import RedisServer

#: 2025-03-10 23:50:00 UTC: runs of a few minutes cross a UTC midnight.
START = 1_741_650_600.0
_keys = itertools.count()

eighths = st.integers(0, 8 * 200).map(lambda n: n / 8)
maybe = st.one_of
server_headers = st.builds(
    ServerRateLimit,
    minute_limit=maybe(st.none(), st.integers(1, 40)),
    minute_remaining=maybe(st.none(), st.integers(0, 40)),
    minute_reset=maybe(st.none(), eighths),
    day_limit=maybe(st.none(), st.integers(1, 300)),
    day_remaining=maybe(st.none(), st.integers(0, 300)),
    day_reset=maybe(st.none(), st.integers(0, 8 * 90_000).map(lambda n: n / 8)),
)
steps = st.lists(
    st.tuples(
        st.integers(0, 8 * 90).map(lambda n: n / 8),
        st.one_of(
            st.tuples(st.just("take"), st.integers(1, 12)),
            st.tuples(st.just("observe"), server_headers),
            st.tuples(
                st.just("penalize"),
                st.sampled_from(["minute", "day"]),
                st.one_of(st.none(), eighths),
            ),
        ),
    ),
    min_size=1,
    max_size=25,
)


def assert_same(memory: WindowState, redis: WindowState) -> None:
    assert redis.minute_limit == memory.minute_limit
    assert redis.tokens == pytest.approx(memory.tokens, abs=1e-6)
    assert redis.day_limit == memory.day_limit
    assert redis.day_remaining == memory.day_remaining
    assert abs((redis.day_reset_at - memory.day_reset_at).total_seconds()) < 1e-3
    assert redis.seconds_to_day_reset == pytest.approx(memory.seconds_to_day_reset, abs=1e-3)
    assert redis.from_server == memory.from_server


async def run_both(url: str, per_minute: int, per_day: int, script: list) -> None:
    from redis.asyncio import Redis

    now = START
    client = Redis.from_url(url)
    backend = RedisBackend(client, key_id=f"prop{next(_keys)}", time_source=lambda: now, headroom=0)
    memory = _TokenWindows(
        per_minute=per_minute, per_day=per_day, now_monotonic=now, now_utc=_utc(now)
    )
    try:
        backend.configure(Plan.enterprise(per_minute=per_minute, per_day=per_day), now, _utc(now))
        for gap, (op, *params) in script:
            now += gap
            utc = _utc(now)
            if op == "take":
                for _ in range(params[0]):
                    expected = memory.try_take(now, utc)
                    got = await backend.try_acquire(now, utc)
                    assert got == pytest.approx(expected, abs=1e-6)
            elif op == "observe":
                memory.calibrate(params[0], now, utc)
                backend.observe(params[0], now, utc)
            else:
                memory.penalize(params[0], params[1], now, utc)
                backend.penalize(params[0], params[1], now, utc)
            await backend.refresh(now)
            assert_same(memory.state(now, utc), backend.peek(now, utc))
    finally:
        await backend.aclose()
        await client.aclose()


def _utc(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(per_minute=st.integers(1, 40), per_day=st.integers(1, 300), script=steps)
def test_redis_script_matches_the_in_memory_windows(
    redis_server: RedisServer, per_minute: int, per_day: int, script: list
) -> None:
    asyncio.run(run_both(redis_server.url, per_minute, per_day, script))
