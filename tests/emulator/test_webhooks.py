"""Webhook events and deliveries: signed POSTs to a local receiver, retries, blocking."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from kazinex_planner.emulator import Emulator, ManualClock

from ._client import Client
from .conftest import make_project


class Receiver:
    """A local webhook endpoint that records requests and answers planned statuses."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.statuses: list[int] = []
        app = web.Application()
        app.router.add_post("/hook", self._hook)
        self.server = TestServer(app, host="127.0.0.1")

    async def _hook(self, request: web.Request) -> web.Response:
        self.received.append((dict(request.headers), await request.read()))
        status = self.statuses.pop(0) if self.statuses else 204
        return web.Response(status=status)

    @property
    def url(self) -> str:
        return str(self.server.make_url("/hook"))


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    rec = Receiver()
    await rec.server.start_server()
    yield rec
    await rec.server.close()


def verify(secret: str, headers: dict[str, str], body: bytes) -> int:
    """An independent check of X-Kazinex-Signature; returns the signed timestamp."""
    parts = dict(p.split("=", 1) for p in headers["X-Kazinex-Signature"].split(","))
    expected = hmac.new(
        secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(parts["v1"], expected)
    return int(parts["t"])


async def _hook(api: Client, url: str, events: list[str]) -> dict[str, Any]:
    created = await api.post("/webhooks", json={"url": url, "events": events})
    assert created.status == 201, created.raw
    hook: dict[str, Any] = created.json
    return hook


async def test_events_are_delivered_signed(
    api: Client, emulator: Emulator, receiver: Receiver, small_xer: bytes, clock: ManualClock
) -> None:
    hook = await _hook(
        api, receiver.url, ["schedule.uploaded", "schedule.processed", "quality.complete"]
    )
    project = await make_project(api)
    await api.upload(project["id"], small_xer)
    await emulator.wait_idle()
    types = [h["X-Kazinex-Event"] for h, _ in receiver.received]
    assert sorted(types) == ["quality.complete", "schedule.processed", "schedule.uploaded"]
    recorded = {e.id: e for e in emulator.state.events}
    for headers, body in receiver.received:
        assert verify(hook["secret"], headers, body) == int(clock.now().timestamp())
        event = orjson.loads(body)
        assert headers["X-Kazinex-Delivery"] == event["id"]
        assert event == recorded[event["id"]].body
        assert event["project_id"] == project["id"]
        assert headers["Content-Type"] == "application/json"
    deliveries = (await api.get(f"/webhooks/{hook['id']}/deliveries")).json["data"]
    assert len(deliveries) == 3
    assert all(d["status"] == "succeeded" and d["attempt"] == 1 for d in deliveries)
    assert all(d["status_code"] == 204 and d["delivered_at"] for d in deliveries)


async def test_inactive_and_unsubscribed_hooks_get_nothing_but_ping(
    api: Client, emulator: Emulator, receiver: Receiver
) -> None:
    hook = await _hook(api, receiver.url, ["baseline.marked"])
    await api.patch(f"/webhooks/{hook['id']}", json={"active": False})
    await make_project(api)
    await api.post(f"/webhooks/{hook['id']}/test")
    await emulator.wait_idle()
    assert [h["X-Kazinex-Event"] for h, _ in receiver.received] == ["ping"]
    ping = orjson.loads(receiver.received[0][1])
    assert ping["project_id"] is None
    assert ping["data"]["webhook_id"] == hook["id"]


async def test_failed_attempts_are_retried_on_the_clock(
    api: Client, emulator: Emulator, receiver: Receiver, clock: ManualClock
) -> None:
    hook = await _hook(api, receiver.url, ["ping"])
    receiver.statuses = [500, 503]
    await api.post(f"/webhooks/{hook['id']}/test")
    await emulator.wait_idle()
    [first] = (await api.get(f"/webhooks/{hook['id']}/deliveries")).json["data"]
    assert first["status"] == "pending"
    assert first["attempt"] == 1
    assert first["status_code"] == 500
    assert first["error"] == "HTTP 500"
    assert first["next_attempt_at"] == "2026-03-02T08:01:00Z"  # 1 minute later
    await clock.advance(59)
    await emulator.wait_idle()
    assert len(receiver.received) == 1
    await clock.advance(1)
    await emulator.wait_idle()
    second = (await api.get(f"/webhooks/{hook['id']}/deliveries")).json["data"][0]
    assert second["attempt"] == 2
    assert second["status_code"] == 503
    assert second["next_attempt_at"] == "2026-03-02T08:06:00Z"  # then 5 minutes
    await clock.advance(300)
    await emulator.wait_idle()
    done = (await api.get(f"/webhooks/{hook['id']}/deliveries")).json["data"][0]
    assert done["status"] == "succeeded"
    assert done["attempt"] == 3
    assert done["next_attempt_at"] is None
    assert len({h["X-Kazinex-Delivery"] for h, _ in receiver.received}) == 1


async def test_gives_up_after_the_last_retry(
    clock: ManualClock, session: aiohttp.ClientSession, receiver: Receiver
) -> None:
    async with Emulator(clock=clock, retry_schedule=(1, 1, 1, 1, 1)) as emu:
        api = Client(session, emu.base_url, emu.issue_key())
        hook = await _hook(api, receiver.url, ["ping"])
        receiver.statuses = [500] * 10
        await api.post(f"/webhooks/{hook['id']}/test")
        for _ in range(6):
            await emu.wait_idle()
            await clock.advance(1)
        await emu.wait_idle()
        [delivery] = (await api.get(f"/webhooks/{hook['id']}/deliveries")).json["data"]
        assert delivery["status"] == "failed"
        assert delivery["attempt"] == 6
        assert len(receiver.received) == 6


async def test_blocked_destination_never_connects(api: Client, emulator: Emulator) -> None:
    hook = await _hook(api, "https://10.255.255.1/hook", ["ping"])
    started = time.monotonic()
    await api.post(f"/webhooks/{hook['id']}/test")
    await emulator.wait_idle()
    assert time.monotonic() - started < 2
    [delivery] = (await api.get(f"/webhooks/{hook['id']}/deliveries")).json["data"]
    assert delivery["status"] == "failed"
    assert delivery["error"] == "blocked destination"
    assert delivery["status_code"] is None
    assert emulator.state.http is None  # no HTTP session was ever opened


async def test_allow_list_and_loopback_rules() -> None:
    from kazinex_planner.emulator._delivery import destination_allowed

    assert destination_allowed("http://127.0.0.1:9/x")
    assert destination_allowed("http://127.8.9.10/x")
    assert destination_allowed("http://[::1]:8080/x")
    assert destination_allowed("http://localhost/x")
    assert not destination_allowed("https://10.255.255.1/x")
    assert not destination_allowed("https://example.com/x")
    assert not destination_allowed("https://127.0.0.1.nip.io/x")
    assert destination_allowed("https://hooks.internal/x", ["hooks.internal"])


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost./x",
        "http://LOCALHOST./x",
        "http://foo.localhost/x",
        "http://127.1/x",
        "http://2130706433/x",
        "http://0x7f000001/x",
        "http://localhost.localdomain/x",
        "http://[::ffff:10.0.0.1]/x",
        "http://hooks.internal./x",
    ],
)
def test_dns_forms_of_loopback_are_not_loopback(url: str) -> None:
    from kazinex_planner.emulator._delivery import destination_allowed

    assert not destination_allowed(url, ["hooks.internal"])
