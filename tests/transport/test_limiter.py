"""The limiter in the real pipeline: a strict server, quotas, calibration and lanes.

All on virtual time. Each test is also bounded in *real* time, so a limiter that
deadlocks fails in seconds instead of hanging the suite.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web

from kazinex_planner import errors, use_lane
from kazinex_planner.ratelimit import Plan, RateLimiter, VirtualClock

from .conftest import ClientFn, InFlightClock, ServeFn, StrictBucket, error_body, example

REAL_TIME_BOUND = 20.0


def _strict_handler(
    bucket: StrictBucket, hits: list[float], *, rate_headers: bool = True
) -> object:
    async def handler(request: web.Request) -> web.Response:
        hits.append(bucket.clock.monotonic())
        headers = bucket.headers() if rate_headers else {}
        if not bucket.take():
            return web.json_response(
                error_body(
                    "rate_limited", "slow down", details=[{"field": "minute", "issue": "x"}]
                ),
                status=429,
                headers={"Retry-After": "1", **headers},
            )
        return web.json_response(example("Project"), headers=headers)

    return handler


async def test_80_concurrent_calls_at_60_per_minute_meet_a_strict_server(
    serve: ServeFn, make_client: ClientFn
) -> None:
    """The acceptance scenario: zero 429s and the 20 s the bucket allows (within 5%)."""
    clock = InFlightClock()
    bucket = StrictBucket(60, 100_000, clock)
    hits: list[float] = []
    server = await serve(_strict_handler(bucket, hits))  # type: ignore[arg-type]
    async with aiohttp.ClientSession(trace_configs=[clock.trace_config()]) as session:
        planner = make_client(
            server,
            plan=Plan.enterprise(per_minute=60, per_day=100_000),
            clock=clock,
            session=session,
            max_retries=0,  # a 429 must surface, not be retried away
        )
        finished: list[float] = []

        async def call(i: int) -> None:
            await planner.projects.get(f"proj_{i}")
            finished.append(clock.monotonic())

        async with asyncio.timeout(REAL_TIME_BOUND):
            await asyncio.gather(*(call(i) for i in range(80)))
    assert bucket.refused == 0
    assert bucket.accepted == 80
    assert len(finished) == 80
    assert max(finished) == pytest.approx(20.0, rel=0.05)
    # And not by accident: the first 60 went at once, the rest one a second.
    assert sum(1 for t in hits if t < 1e-6) == 60


async def test_strict_server_does_catch_an_unlimited_client(
    serve: ServeFn, make_client: ClientFn
) -> None:
    """The oracle works: without the limiter's help the same burst draws 429s.

    (Without rate-limit headers too: from the first response's headers the client
    would learn the server's limits and stay under them.)
    """
    clock = InFlightClock()
    bucket = StrictBucket(60, 100_000, clock)
    hits: list[float] = []
    server = await serve(_strict_handler(bucket, hits, rate_headers=False))  # type: ignore[arg-type]
    async with aiohttp.ClientSession(trace_configs=[clock.trace_config()]) as session:
        planner = make_client(server, clock=clock, session=session, max_retries=0)
        results = await asyncio.gather(
            *(planner.projects.get(f"proj_{i}") for i in range(80)), return_exceptions=True
        )
    assert sum(isinstance(r, errors.RateLimitError) for r in results) == 20


async def test_day_quota_fails_call_51_without_reaching_the_server(
    serve: ServeFn, make_client: ClientFn
) -> None:
    clock = VirtualClock()
    hits: list[int] = []

    async def handler(request: web.Request) -> web.Response:
        hits.append(1)
        return web.json_response(example("Project"))

    planner = make_client(
        await serve(handler), plan=Plan.enterprise(per_minute=600, per_day=50), clock=clock
    )
    async with asyncio.timeout(REAL_TIME_BOUND):
        for i in range(50):
            await planner.projects.get(f"proj_{i}")
        with pytest.raises(errors.QuotaExhaustedError) as info:
            await planner.projects.get("proj_51")
    assert len(hits) == 50
    assert info.value.limit == 50
    assert info.value.reset_at == datetime.combine(
        clock.now().date() + timedelta(days=1), datetime.min.time(), tzinfo=UTC
    )
    assert planner.rate_limit.day_remaining == 0


async def test_rate_limit_snapshot_counts_calls(serve: ServeFn, make_client: ClientFn) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(example("Project"))

    clock = VirtualClock()
    planner = make_client(
        await serve(handler), plan=Plan.enterprise(per_minute=60, per_day=1000), clock=clock
    )
    before = planner.rate_limit
    assert (before.minute_limit, before.minute_remaining) == (60, 60)
    assert (before.day_limit, before.day_remaining) == (1000, 1000)
    assert before.source == "local"
    for i in range(5):
        await planner.projects.get(f"proj_{i}")
    after = planner.rate_limit
    assert after.minute_remaining == 55
    assert after.day_remaining == 995
    assert after.plan == "enterprise"


async def test_server_headers_make_the_limiter_more_careful_never_less(
    serve: ServeFn, make_client: ClientFn
) -> None:
    remaining: dict[str, int | None] = {"value": 3}

    async def handler(request: web.Request) -> web.Response:
        headers = {"X-RateLimit-Limit": "60", "X-RateLimit-Reset": "1"}
        if remaining["value"] is not None:
            headers["X-RateLimit-Remaining"] = str(remaining["value"])
        return web.json_response(example("Project"), headers=headers)

    clock = VirtualClock()
    planner = make_client(
        await serve(handler), plan=Plan.enterprise(per_minute=60, per_day=1000), clock=clock
    )
    async with asyncio.timeout(REAL_TIME_BOUND):
        await planner.projects.get("proj_0")
        snap = planner.rate_limit
        assert snap.minute_remaining <= 3
        assert snap.source == "server"
        # A later, more generous report must not raise what we believe is left.
        remaining["value"] = 59
        await planner.projects.get("proj_1")
        assert planner.rate_limit.minute_remaining <= 2
        # Three tokens were left after the first call; the fourth call after it waits.
        remaining["value"] = None
        await planner.projects.get("proj_2")
        await planner.projects.get("proj_3")
        assert clock.monotonic() < 0.5
        await planner.projects.get("proj_4")
        assert clock.monotonic() >= 0.9


async def test_interactive_call_overtakes_200_queued_bulk_calls(
    serve: ServeFn, make_client: ClientFn
) -> None:
    order: list[str] = []

    async def handler(request: web.Request) -> web.Response:
        return web.json_response(example("Project"))

    clock = VirtualClock()
    planner = make_client(
        await serve(handler), plan=Plan.enterprise(per_minute=60, per_day=100_000), clock=clock
    )

    async def bulk(i: int) -> None:
        with use_lane("bulk"):
            await planner.projects.get(f"proj_b{i}")
        order.append("bulk")

    async def interactive() -> float:
        await planner.projects.get("proj_i")
        order.append("interactive")
        return clock.monotonic()

    async with asyncio.timeout(REAL_TIME_BOUND):
        # The client's first call goes alone (first contact); then the bucket refills.
        await planner.projects.get("proj_warm_up")
        await clock.sleep(1.0)
        started = clock.monotonic()
        bulk_tasks = [asyncio.create_task(bulk(i)) for i in range(200)]
        # One loop turn runs each task to its first wait: 60 calls hold tokens and the
        # other 140 are queued in the bulk lane. (clock.settle() would not do here: with
        # real sockets in play the loop looks idle and the driver runs the whole queue.)
        await asyncio.sleep(0)
        assert planner.rate_limit.waiting_bulk == 140
        done_at = await interactive()
        await asyncio.gather(*bulk_tasks)
    position = order.index("interactive")
    assert position <= 61  # only calls already granted (or being granted) came first
    assert done_at - started <= 1.0 + 1e-6  # the very next token
    assert order.count("bulk") == 200


async def test_clients_sharing_a_limiter_share_the_budget(
    serve: ServeFn, make_client: ClientFn
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(example("Project"))

    server = await serve(handler)
    clock = VirtualClock()
    limiter = RateLimiter(Plan.enterprise(per_minute=600, per_day=10), clock=clock)
    first = make_client(server, limiter=limiter, clock=clock)
    second = make_client(server, limiter=limiter, clock=clock)
    for i in range(5):
        await first.projects.get(f"proj_{i}")
        await second.projects.get(f"proj_{i}")
    with pytest.raises(errors.QuotaExhaustedError):
        await second.projects.get("proj_x")
