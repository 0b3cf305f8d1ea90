"""web_aiohttp.py under 200 concurrent requests: 200s within the limit, 503 + Retry-After
beyond it, typed errors mapped, webhooks verified, and nothing left open afterwards."""

from __future__ import annotations

import asyncio
import os
from collections import Counter

import web_aiohttp
from _webhook import SECRET, quality_complete
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from kazinex_planner.emulator import Emulator


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0


async def _hit(
    client: TestClient[web.Request, web.Application], path: str
) -> tuple[int, str | None]:
    async with client.get(path) as response:
        await response.read()
        return response.status, response.headers.get("Retry-After")


async def test_two_hundred_concurrent_requests_and_no_leak() -> None:
    fds_before = _open_fds()
    async with Emulator(plan="professional", seed=True) as emulator:
        app = web_aiohttp.create_app(
            api_key=emulator.issue_key(),
            base_url=emulator.base_url,
            plan="professional",  # 120 requests a minute: a bucket of 120 tokens
            webhook_secret=SECRET,
        )
        async with TestClient(TestServer(app)) as client:
            planner = app[web_aiohttp.PLANNER]
            listing = await client.get("/projects")
            assert listing.status == 200
            project_id = (await listing.json())["projects"][0]["id"]

            results = await asyncio.gather(
                *(_hit(client, f"/projects/{project_id}") for _ in range(200))
            )
            statuses = Counter(status for status, _ in results)
            assert set(statuses) == {200, 503}, statuses
            # the bucket held at most 119 tokens now, refilling 2/s; MAX_WAIT is 0.5 s
            assert 100 <= statuses[200] <= 125, statuses
            for status, retry_after in results:
                if status == 503:
                    assert retry_after is not None
                    assert 1 <= int(retry_after) <= 60
                else:
                    assert retry_after is None

            status, _ = await _hit(client, "/projects/proj_DOESNOTEXIST")
            assert status in (404, 503)  # 503 only while the bucket is still empty

            body, headers = quality_complete()
            async with client.post("/hooks/kazinex", data=body, headers=headers) as hook:
                assert hook.status == 204
            async with client.post(
                "/hooks/kazinex", data=body, headers={**headers, "X-Kazinex-Signature": "t=1,v1=00"}
            ) as bad:
                assert bad.status == 400
            assert [e.id for e in app[web_aiohttp.RECEIVED]] == ["evt_example_1"]
        # the cleanup context ran: the client is closed with its session
        assert planner.closed
    assert asyncio.all_tasks() == {asyncio.current_task()}
    assert _open_fds() <= fds_before
