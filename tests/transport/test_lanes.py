"""One lane mechanism, seen from the limiter: which queue a waiting call sits in.

The lane is the context's: a call's own ``lane=`` beats an enclosing ``use_lane``
block, which beats the client's default; pagers and waiters walk in bulk. Each test
empties the minute bucket first, so the call under test must queue, and reads the
limiter's queue lengths while it waits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web

from kazinex_planner import PlannerClient, use_lane
from kazinex_planner.ratelimit import Plan, RateLimiter, VirtualClock
from kazinex_planner.ratelimit._lane import current_lane
from kazinex_planner.resources._polling import poll_until

from .conftest import ClientFn, ServeFn, example

REAL_TIME_BOUND = 20.0


async def _handler(request: web.Request) -> web.Response:
    if request.path.endswith("/projects"):
        page = int(request.query.get("page", "1"))
        item = {**example("Project"), "id": f"proj_p{page}"}
        meta = {"total": 2, "page": page, "per_page": 1}
        return web.json_response({"data": [item], "meta": meta})
    return web.json_response(example("Project"))


@pytest.fixture
async def setup(serve: ServeFn, make_client: ClientFn) -> tuple[PlannerClient, RateLimiter]:
    clock = VirtualClock()
    limiter = RateLimiter(Plan.enterprise(per_minute=60, per_day=100_000), clock=clock)
    planner = make_client(await serve(_handler), limiter=limiter, clock=clock)
    await planner.projects.get("proj_warm_up")  # first contact done
    return planner, limiter


async def queue_of(limiter: RateLimiter, call: Callable[[], Awaitable[Any]]) -> str:
    """Empty the bucket, start ``call``, and name the queue it waits in."""
    while limiter.snapshot().minute_remaining >= 1:
        await limiter.acquire()
    async with asyncio.timeout(REAL_TIME_BOUND):
        task = asyncio.ensure_future(call())
        for _ in range(20):
            await asyncio.sleep(0)
            snap = limiter.snapshot()
            if snap.waiting_bulk or snap.waiting_interactive:
                break
        snap = limiter.snapshot()
        await task
    assert snap.waiting_bulk + snap.waiting_interactive == 1, snap
    return "bulk" if snap.waiting_bulk else "interactive"


async def test_a_call_waits_in_the_client_default_lane(
    setup: tuple[PlannerClient, RateLimiter],
) -> None:
    planner, limiter = setup
    assert await queue_of(limiter, lambda: planner.projects.get("p")) == "interactive"
    bulk_client = planner.with_options(lane="bulk")
    assert await queue_of(limiter, lambda: bulk_client.projects.get("p")) == "bulk"


async def test_a_block_beats_the_client_default(
    setup: tuple[PlannerClient, RateLimiter],
) -> None:
    planner, limiter = setup
    bulk_client = planner.with_options(lane="bulk")

    async def in_block(client: PlannerClient, lane: Any) -> None:
        with use_lane(lane):
            await client.projects.get("p")

    assert await queue_of(limiter, lambda: in_block(planner, "bulk")) == "bulk"
    assert await queue_of(limiter, lambda: in_block(bulk_client, "interactive")) == "interactive"


async def test_an_explicit_per_call_lane_beats_the_block(
    setup: tuple[PlannerClient, RateLimiter],
) -> None:
    planner, limiter = setup

    async def call(block: Any, lane: Any) -> None:
        with use_lane(block):
            await planner.projects.get("p", lane=lane)

    assert await queue_of(limiter, lambda: call("bulk", "interactive")) == "interactive"
    assert await queue_of(limiter, lambda: call("interactive", "bulk")) == "bulk"


async def test_the_per_call_lane_lasts_only_for_that_call(
    setup: tuple[PlannerClient, RateLimiter],
) -> None:
    planner, _ = setup
    await planner.projects.get("p", lane="bulk")
    assert current_lane() is None
    with use_lane("interactive"):
        await planner.projects.get("p", lane="bulk")
        assert current_lane() == "interactive"


@pytest.mark.parametrize("prefetch", [0, 2])
async def test_pagers_walk_in_bulk_unless_the_call_chose_a_lane(
    setup: tuple[PlannerClient, RateLimiter], prefetch: int
) -> None:
    planner, limiter = setup

    async def walk(**kwargs: Any) -> None:
        assert len(await planner.projects.list(prefetch=prefetch, **kwargs).collect()) == 2

    assert await queue_of(limiter, walk) == "bulk"
    assert await queue_of(limiter, lambda: walk(lane="interactive")) == "interactive"
    # Awaiting a pager is one ordinary call: the caller's lane.
    assert await queue_of(limiter, lambda: planner.projects.list()) == "interactive"


async def test_waiters_poll_in_bulk(setup: tuple[PlannerClient, RateLimiter]) -> None:
    planner, limiter = setup

    async def wait() -> None:
        await poll_until(
            lambda: planner.projects.get("p"),
            lambda project: True,
            clock=planner._transport.clock,
            timeout=60,
            poll_interval=1,
            what="a project",
        )

    assert await queue_of(limiter, wait) == "bulk"
