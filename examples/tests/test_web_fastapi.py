"""web_fastapi.py served by uvicorn on 127.0.0.1: the same outcomes as the aiohttp one."""

from __future__ import annotations

import asyncio
from collections import Counter

import aiohttp
import uvicorn
import web_fastapi
from _webhook import SECRET, quality_complete

from kazinex_planner.emulator import Emulator


async def _hit(session: aiohttp.ClientSession, url: str) -> tuple[int, str | None]:
    async with session.get(url) as response:
        await response.read()
        return response.status, response.headers.get("Retry-After")


async def test_lifespan_limits_errors_and_webhooks() -> None:
    async with Emulator(plan="professional", seed=True) as emulator:
        app = web_fastapi.create_app(
            api_key=emulator.issue_key(),
            base_url=emulator.base_url,
            plan="professional",
            webhook_secret=SECRET,
        )
        config = uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="on", log_level="warning")
        server = uvicorn.Server(config)
        serving = asyncio.create_task(server.serve())
        try:
            for _ in range(500):
                if server.started:
                    break
                await asyncio.sleep(0.01)
            assert server.started
            port = server.servers[0].sockets[0].getsockname()[1]
            base = f"http://127.0.0.1:{port}"
            planner = app.state.planner
            async with aiohttp.ClientSession() as session:
                async with session.get(f"{base}/projects") as listing:
                    assert listing.status == 200
                    project_id = (await listing.json())["projects"][0]["id"]
                results = await asyncio.gather(
                    *(_hit(session, f"{base}/projects/{project_id}") for _ in range(200))
                )
                statuses = Counter(status for status, _ in results)
                assert set(statuses) == {200, 503}, statuses
                assert 100 <= statuses[200] <= 125, statuses
                assert all(1 <= int(ra) <= 60 for st, ra in results if st == 503 and ra)
                assert all(ra is not None for st, ra in results if st == 503)

                body, headers = quality_complete("evt_fastapi_1")
                async with session.post(f"{base}/hooks/kazinex", data=body, headers=headers) as r:
                    assert r.status == 204
                bad = {**headers, "X-Kazinex-Signature": "t=1,v1=00"}
                async with session.post(f"{base}/hooks/kazinex", data=body, headers=bad) as r:
                    assert r.status == 400
            assert [e.id for e in app.state.received] == ["evt_fastapi_1"]
        finally:
            server.should_exit = True
            await serving
        assert planner.closed  # the lifespan closed the client
