"""Issue 6 acceptance: emulator → our WebhookReceiver, with a failing handler and a replay."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from kazinex_planner import PlannerClient
from kazinex_planner.emulator import Emulator
from kazinex_planner.models import PingEvent, WebhookEventType
from kazinex_planner.webhooks import InMemorySeenStore, WebhookReceiver


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    # The contract's retry schedule (1 min, 5 min, ...) compressed to 50 ms steps.
    async with Emulator(plan="unlimited", retry_schedule=(0.05,) * 5) as emu:
        yield emu


async def test_a_failing_handler_is_retried_and_the_event_handled_exactly_once(
    emulator: Emulator,
) -> None:
    received: list[tuple[bytes, dict[str, str]]] = []
    handled: list[str] = []
    failures = [True]  # the first call fails
    receivers: list[WebhookReceiver] = []  # built once the secret is known
    done = asyncio.Event()

    async def on_ping(event: PingEvent) -> None:
        if failures and failures.pop():
            raise RuntimeError("database briefly unavailable")
        handled.append(event.id)
        done.set()

    async def capture(request: web.Request) -> web.StreamResponse:
        received.append((await request.read(), dict(request.headers)))
        return await receivers[0].handler(request)

    app = web.Application()
    app.router.add_post("/hooks", capture)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        key = emulator.issue_key()
        async with PlannerClient(key, base_url=emulator.base_url, plan="business") as planner:
            hook = await planner.webhooks.create(
                url=str(server.make_url("/hooks")), events=[WebhookEventType.ping]
            )
            receiver = WebhookReceiver(hook.secret, seen=InMemorySeenStore())
            receiver.on("ping")(on_ping)
            receivers.append(receiver)
            await planner.webhooks.send_test(hook.id)
            await asyncio.wait_for(done.wait(), 10)
            await emulator.wait_idle()
            deliveries = (await planner.webhooks.list_deliveries(hook.id)).data
        # One delivery record, which needed a second attempt after the handler raised.
        assert [(d.status, d.attempt) for d in deliveries] == [("succeeded", 2)]
        assert len(received) == 2
        assert handled == [deliveries[0].event_id]

        # The sender (or an attacker) replays the same signed delivery: acknowledged,
        # but the handler does not run again.
        body, headers = received[-1]
        forward = {k: v for k, v in headers.items() if k.lower().startswith("x-kazinex")}
        forward["Content-Type"] = "application/json"
        async with aiohttp.ClientSession() as session:
            async with session.post(server.make_url("/hooks"), data=body, headers=forward) as r:
                assert r.status == 204
            tampered = body.replace(b'"ping"', b'"pong"', 1)
            async with session.post(server.make_url("/hooks"), data=tampered, headers=forward) as r:
                assert r.status == 400
                reason: Any = await r.json()
                assert reason == {"error": "bad_signature"}
        assert handled == [deliveries[0].event_id]
    finally:
        await server.close()
