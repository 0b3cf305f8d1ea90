"""RedisBackend against a real redis-server: sharing, outages, script loss, day
rollover, reserves, and the API key never reaching Redis."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest
from aiohttp.test_utils import TestServer
from redis.asyncio import Redis

from kazinex_planner import PlannerClient
from kazinex_planner.errors import (
    ConfigurationError,
    QuotaExhaustedError,
    RateLimitBackendError,
)
from kazinex_planner.ratelimit import Plan, RateLimiter, RedisBackend

from ._redis_server import RedisServer
from ._strict_server import StrictServer

API_KEY = "kzx_live_do_not_store_me_4242"
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def plan(per_minute: int, per_day: int = 10_000) -> Plan:
    return Plan.enterprise(per_minute=per_minute, per_day=per_day)


def backend(client: Redis, p: Plan, **options: object) -> RedisBackend:
    made = RedisBackend(client, key_id="k1", headroom=0, **options)  # type: ignore[arg-type]
    made.configure(p, 0.0, NOW)
    return made


async def test_two_backends_share_one_bucket(redis_client: Redis) -> None:
    first, second = backend(redis_client, plan(3)), backend(redis_client, plan(3))
    assert await first.try_acquire(0.0, NOW) == 0.0
    assert await second.try_acquire(0.0, NOW) == 0.0
    assert await first.try_acquire(0.0, NOW) == 0.0
    wait = await second.try_acquire(0.0, NOW)
    assert 19.0 < wait <= 20.0  # one token per 20 s at 3/min
    state = second.peek(0.0, NOW)
    assert state.minute_remaining == 0
    assert state.day_remaining == 10_000 - 3


async def test_every_write_sets_an_expiry(redis_client: Redis) -> None:
    b = backend(redis_client, plan(3))
    await b.try_acquire(0.0, NOW)
    ttl = await redis_client.pttl(b.redis_key)
    assert 0 < ttl <= (86_400 + 120) * 1000


async def test_script_flush_mid_run_reloads_and_keeps_state(redis_client: Redis) -> None:
    b = backend(redis_client, plan(5))
    for _ in range(3):
        assert await b.try_acquire(0.0, NOW) == 0.0
    await redis_client.script_flush()
    assert await b.try_acquire(0.0, NOW) == 0.0
    assert not b.degraded
    assert b.peek(0.0, NOW).day_remaining == 10_000 - 4


async def test_a_penalty_pauses_the_other_processes(redis_client: Redis) -> None:
    first, second = backend(redis_client, plan(120)), backend(redis_client, plan(120))
    first.penalize("minute", 30.0, 0.0, NOW)
    await first.refresh(0.0)
    wait = await second.try_acquire(0.0, NOW)
    assert 29.0 < wait <= 30.5


async def test_day_rollover_on_the_script_clock(redis_client: Redis) -> None:
    """The day counter resets at 00:00 UTC of the script's clock (test time source)."""
    now = datetime(2025, 3, 10, 23, 59, 58, tzinfo=UTC).timestamp()
    p = plan(60, per_day=2)
    made = [
        RedisBackend(redis_client, key_id="day", time_source=lambda: now, headroom=0)
        for _ in range(2)
    ]
    limiters = [RateLimiter(p, backend=b) for b in made]
    await limiters[0].acquire()
    await limiters[1].acquire()
    with pytest.raises(QuotaExhaustedError) as caught:
        await limiters[1].acquire()
    assert caught.value.reset_at == datetime(2025, 3, 11, tzinfo=UTC)
    now += 3  # 00:00:01 the next day
    await limiters[0].acquire()
    await made[1].refresh(0.0)
    assert limiters[1].snapshot().day_remaining == 1


async def test_bulk_leaves_the_interactive_reserve(redis_client: Redis) -> None:
    b = backend(redis_client, plan(10), interactive_reserve=0.2, day_reserve=3)
    for _ in range(8):
        assert await b.try_acquire(0.0, NOW, lane="bulk") == 0.0
    assert await b.try_acquire(0.0, NOW, lane="bulk") > 0.0  # 2 tokens are reserved
    assert await b.try_acquire(0.0, NOW, lane="interactive") == 0.0
    assert await b.try_acquire(0.0, NOW, lane="interactive") == 0.0
    assert await b.try_acquire(0.0, NOW, lane="interactive") > 0.0


async def test_bulk_stops_at_the_day_reserve_with_quota_error(redis_client: Redis) -> None:
    b = RedisBackend(redis_client, key_id="dr", day_reserve=2, interactive_reserve=0)
    limiter = RateLimiter(plan(60, per_day=4), backend=b)
    await limiter.acquire(lane="bulk")
    await limiter.acquire(lane="bulk")
    with pytest.raises(QuotaExhaustedError, match="2 are kept for interactive calls"):
        await limiter.acquire(lane="bulk")
    await limiter.acquire(lane="interactive")


async def test_redis_killed_falls_back_locally_once_then_returns(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kazinex_planner.ratelimit")
    b = RedisBackend.from_url(redis_server.url, key_id="out", probe_interval=0.2, timeout=0.3)
    limiter = RateLimiter(plan(120), backend=b)
    try:
        async with asyncio.timeout(20):
            await limiter.acquire()
            redis_server.kill()
            for _ in range(5):
                await limiter.acquire()  # served by the local quarter of the plan
            assert b.degraded
            assert limiter.snapshot().minute_limit == 30
            warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
            assert len(warnings) == 1
            assert "local limiter" in warnings[0].getMessage()
            redis_server.start()
            await asyncio.sleep(0.3)
            await limiter.acquire()  # the probe finds Redis again
            assert not b.degraded
            assert limiter.snapshot().minute_limit == 120
    finally:
        await b.aclose()
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    assert any("answers again" in r.getMessage() for r in caplog.records)


async def test_redis_killed_with_on_error_raise(redis_server: RedisServer) -> None:
    b = RedisBackend.from_url(redis_server.url, key_id="raise", on_error="raise", timeout=0.3)
    limiter = RateLimiter(plan(120), backend=b)
    try:
        await limiter.acquire()
        redis_server.kill()
        started = time.monotonic()
        with pytest.raises(RateLimitBackendError, match="no request was sent"):
            await limiter.acquire()
        assert time.monotonic() - started < 5.0  # bounded, never hangs
    finally:
        await b.aclose()


async def test_a_redis_that_never_answers_is_bounded_by_the_timeout() -> None:
    """A server that accepts and stays silent: the timeout decides, nothing hangs."""
    accepted: list[asyncio.StreamWriter] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.append(writer)

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    url = f"redis://127.0.0.1:{port}/0"
    raising = RedisBackend.from_url(url, key_id="slow", on_error="raise", timeout=0.2)
    falling = RedisBackend.from_url(url, key_id="slow", timeout=0.2)
    try:
        async with asyncio.timeout(10):
            with pytest.raises(RateLimitBackendError, match="timed out"):
                await RateLimiter(plan(60), backend=raising).acquire()
            await RateLimiter(plan(60), backend=falling).acquire()
            assert falling.degraded
    finally:
        await raising.aclose()
        await falling.aclose()
        for writer in accepted:
            writer.close()
        server.close()
        await server.wait_closed()


async def test_planner_client_with_redis_url_keeps_the_key_out_of_redis(
    redis_server: RedisServer, redis_client: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    strict = StrictServer(per_minute=600, per_day=100_000)
    monkeypatch.setenv("KAZINEX_REDIS_URL", redis_server.url)
    async with (
        TestServer(strict.app(), host="127.0.0.1") as server,
        PlannerClient(API_KEY, base_url=str(server.make_url("")), plan="business") as planner,
    ):
        assert isinstance(planner.limiter.backend, RedisBackend)
        for _ in range(3):
            await planner.projects.get("proj_1")
        planner.limiter.penalize("minute", 0.01)
        await planner.limiter.backend.refresh(planner.limiter.clock.monotonic())
        # Three calls spent three; the penalty gives back the refused call's token.
        assert planner.rate_limit.day_remaining <= 100_000 - 2
    assert strict.keys == {f"Bearer {API_KEY}"}
    seen: list[bytes] = []
    async for name in redis_client.scan_iter(match="*"):
        seen.append(name)
        assert await redis_client.type(name) == b"hash"
        for field, value in (await redis_client.hgetall(name)).items():
            seen += [field, value]
    assert len(seen) > 1
    needle = API_KEY.encode()
    assert not any(needle in item or b"do_not_store" in item for item in seen)
    assert all(b"{" in name for name in seen[:1])  # a cluster hash tag


def test_client_redis_options_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAZINEX_REDIS_URL", raising=False)
    with pytest.raises(ConfigurationError, match="must start with redis://"):
        PlannerClient(API_KEY, redis_url="http://user:pw@example.com")
    with pytest.raises(ValueError, match="redis_url= or a limiter"):
        PlannerClient(API_KEY, limiter=RateLimiter("professional"), redis_url="redis://x")


def test_backend_options_are_checked(redis_server: RedisServer) -> None:
    client = Redis.from_url(redis_server.url)
    for bad in (
        {"on_error": "ignore"},
        {"local_share": 1.0},
        {"local_share": 0},
        {"interactive_reserve": -0.1},
        {"day_reserve": -1},
        {"timeout": 0},
        {"headroom": float("nan")},
    ):
        with pytest.raises(ConfigurationError):
            RedisBackend(client, **bad)  # type: ignore[arg-type]
    one = RedisBackend(client)
    one.bind_api_key("kzx_first")
    one.bind_api_key("kzx_first")
    with pytest.raises(ConfigurationError, match="another API key"):
        one.bind_api_key("kzx_other")
    named = RedisBackend(client, key_id="fleet-a")
    named.bind_api_key("kzx_first")  # an explicit key_id wins
    assert named.redis_key == "kazinex:ratelimit:{fleet-a}"


async def test_unbound_backend_names_the_problem(redis_client: Redis) -> None:
    limiter = RateLimiter(plan(60), backend=RedisBackend(redis_client))
    with pytest.raises(ConfigurationError, match="which API key"):
        await limiter.acquire()


def test_importing_the_sdk_does_not_import_redis() -> None:
    code = (
        "import sys, kazinex_planner, kazinex_planner.ratelimit; "
        "assert 'redis' not in sys.modules, 'redis imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


async def test_late_folded_penalty_counts_from_when_it_happened(redis_client: Redis) -> None:
    """A 429 recorded at t=0 but sent at t=10 holds the bucket until t=30, not t=40."""
    now = NOW.timestamp()
    b = RedisBackend(redis_client, key_id="age", time_source=lambda: now, headroom=0)
    b.configure(plan(60), 0.0, NOW)
    await b.refresh(0.0)
    b.penalize("minute", 30.0, 0.0, NOW)
    await b.refresh(0.0)  # the immediate flush goes first ...
    now += 10.0
    b.penalize("minute", 30.0, 0.0, NOW)  # ... then one recorded at 0, sent at 10
    wait = await b.try_acquire(10.0, NOW)
    assert wait == pytest.approx(20.0, abs=1e-6)
