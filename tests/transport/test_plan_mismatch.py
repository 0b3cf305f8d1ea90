"""A client configured for another plan than its key's converges to the server's rate."""
# The 429 refund in the window arithmetic is covered by tests/ratelimit; here the whole
# pipeline: first contact, calibration, and a strict server counting every refusal.

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from aiohttp import web

from kazinex_planner import errors
from kazinex_planner.ratelimit import Plan

from .conftest import ClientFn, InFlightClock, ServeFn, StrictBucket, error_body, example

REAL_TIME_BOUND = 30.0


def _strict(bucket: StrictBucket, refused_at: list[float]) -> object:
    async def handler(request: web.Request) -> web.Response:
        if not bucket.take():
            refused_at.append(bucket.clock.monotonic())
            reset = bucket.headers()["X-RateLimit-Reset"]
            return web.json_response(
                error_body("rate_limited", "slow", details=[{"field": "minute", "issue": "x"}]),
                status=429,
                headers={"Retry-After": str(max(1, round(float(reset)))), **bucket.headers()},
            )
        return web.json_response(example("Project"), headers=bucket.headers())

    return handler


async def _run(
    serve: ServeFn, make_client: ClientFn, plan: Plan, calls: int
) -> tuple[float, list[float]]:
    """``calls`` concurrent GETs against a strict professional-plan server (virtual time):
    how long they all took, and when the server refused one."""
    clock = InFlightClock()
    bucket = StrictBucket(120, 1_000_000, clock)
    refused_at: list[float] = []
    server = await serve(_strict(bucket, refused_at))  # type: ignore[arg-type]
    async with aiohttp.ClientSession(trace_configs=[clock.trace_config()]) as session:
        planner = make_client(server, plan=plan, clock=clock, session=session, max_retries=8)
        async with asyncio.timeout(REAL_TIME_BOUND):
            results = await asyncio.gather(
                *(planner.projects.get(f"proj_{i}") for i in range(calls)),
                return_exceptions=True,
            )
    assert not [r for r in results if isinstance(r, errors.PlannerError)]
    return clock.monotonic(), refused_at


async def test_business_client_on_a_professional_key_converges(
    serve: ServeFn, make_client: ClientFn
) -> None:
    matching, refused_matching = await _run(serve, make_client, Plan.PROFESSIONAL, 300)
    wrong, refused_wrong = await _run(serve, make_client, Plan.BUSINESS, 300)
    assert refused_matching == []
    assert matching == pytest.approx(90.0, rel=0.02)  # 120 at once, then 2 a second
    # The first request goes alone; its headers size the limiter before the burst, so
    # the wrong plan costs no 429 and no time (it drew 180 429s and took twice as long).
    assert refused_wrong == []
    assert wrong == pytest.approx(matching, rel=0.02)


async def test_calls_waiting_on_first_contact_go_on_when_it_fails(
    serve: ServeFn, make_client: ClientFn
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(example("Project"))

    planner = make_client(await serve(handler), plan=Plan.enterprise(per_minute=1, per_day=100))
    await planner.limiter.acquire()  # the next token is a minute away
    async with asyncio.timeout(REAL_TIME_BOUND):
        results = await asyncio.gather(
            *(planner.projects.get(f"proj_{i}", max_wait=0.1) for i in range(3)),
            return_exceptions=True,
        )
    # The first call (sent alone) is refused before sending; the others are not stuck
    # behind it, and are refused by the limiter in turn.
    assert [type(r) for r in results] == [errors.RateLimitWaitError] * 3
