"""Random cancellations leave nothing behind: no open file, connection, descriptor or queue.

Two storms, both on 127.0.0.1 and bounded to a few seconds on two cores:

* 200 uploads from a path, each cancelled at a random point (before the file opens,
  while it streams to a slow server, while the response is awaited): the SDK-opened
  file is closed every time, deterministically (no descriptor left on it before any
  garbage collection) and without a ResourceWarning.
* 300 calls against the emulator with a third cancelled at random: afterwards the
  limiter has no waiter queued and serves at once, the day count moved by at most the
  number of calls, and closing the client releases every descriptor it opened.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from kazinex_planner import Plan, PlannerClient
from kazinex_planner.emulator import Emulator

from ._support import open_fds, resource_warnings

FAST = Plan.enterprise(per_minute=1_000_000, per_day=100_000_000)


@pytest.fixture
async def slow_server() -> AsyncIterator[TestServer]:
    """Reads upload bodies slowly, so a cancellation can land anywhere in the stream."""

    async def handler(request: web.Request) -> web.StreamResponse:
        while True:
            if not await request.content.read(64 * 1024):
                break
            await asyncio.sleep(0.001)  # a slow reader: the client's stream backs up
        return web.json_response({"error": {"type": "not_found", "message": "no"}}, status=404)

    app = web.Application(client_max_size=1024**3)
    app.router.add_route("*", "/{tail:.*}", handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield server
    await server.close()


async def test_200_cancelled_uploads_close_the_file_they_opened(
    slow_server: TestServer, tmp_path: Path
) -> None:
    schedule = tmp_path / "storm.xer"
    # validate=False: the bytes only need to stream (about a dozen 256 KiB chunks).
    schedule.write_bytes(b"ERMHDR\t8.0\n" + bytes(range(256)) * 12_000)
    rng = random.Random(10)
    with resource_warnings() as warned:
        async with PlannerClient(
            "kzk_storm_key_0123456789",
            base_url=slow_server.make_url("/planner/v1"),
            plan=FAST,
            max_retries=0,
        ) as planner:
            for _ in range(200):
                task = asyncio.create_task(
                    planner.schedules.upload("proj_1", file=schedule, validate=False)
                )
                await asyncio.sleep(rng.uniform(0.0, 0.02))
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError:
                    pass
                except Exception:  # finished before the cancel: a typed 404 is fine
                    assert task.exception() is not None
                # Closed now (an open still running in its thread closes as it ends),
                # not by a later garbage collection.
                for _ in range(500):  # generous: the executor may be busy on a loaded machine
                    if not open_fds(schedule.resolve()):
                        break
                    await asyncio.sleep(0.01)
                assert open_fds(schedule.resolve()) == []
        await asyncio.sleep(0.05)  # let the executor threads of the last opens deliver
        assert open_fds(schedule.resolve()) == []
    assert warned == []


async def test_random_cancellations_against_the_emulator_leak_nothing() -> None:
    rng = random.Random(20)
    async with Emulator(plan="business") as emulator:
        key = emulator.issue_key(scope="read_write", role="admin")
        fds_before = len(open_fds())
        with resource_warnings() as warned:
            planner = PlannerClient(key, base_url=emulator.base_url, plan="business")
            async with planner:
                project = await planner.projects.create(name="Storm")
                day_before = planner.limiter.day_remaining

                async def call(i: int) -> None:
                    if i % 3 == 0:
                        await planner.projects.get(project.id)
                    elif i % 3 == 1:
                        await planner.projects.update(project.id, description=f"run {i}")
                    else:
                        async for _ in planner.projects.list(per_page=5):
                            pass

                tasks = [asyncio.create_task(call(i)) for i in range(300)]
                for task in rng.sample(tasks, 100):
                    await asyncio.sleep(rng.uniform(0.0, 0.003))
                    task.cancel()
                results = await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 60)
                unexpected = [
                    r
                    for r in results
                    if isinstance(r, BaseException) and not isinstance(r, asyncio.CancelledError)
                ]
                assert unexpected == []
                snapshot = planner.rate_limit
                assert (snapshot.waiting_interactive, snapshot.waiting_bulk) == (0, 0)
                used = day_before - planner.limiter.day_remaining
                assert 0 <= used <= 300 * 2  # a list may take two pages
                # The limiter still serves, at once.
                await asyncio.wait_for(planner.projects.get(project.id), 10)
            await asyncio.sleep(0.05)
        assert warned == []
        # Every descriptor the client opened (sockets, executor) is back.
        assert len(open_fds()) <= fds_before + 2
