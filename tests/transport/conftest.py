"""Fixtures for the transport tests: real aiohttp servers on 127.0.0.1 and SDK clients.

Every server here is a few lines of purpose-built handler, so each test states exactly
what the wire does. Response bodies come from the spec's own examples (read straight
from ``openapi/planner.yaml``), so a decode failure means the SDK and the contract
disagree, not that the fixture is stale.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import math
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml
from aiohttp import web
from aiohttp.test_utils import TestServer
from yarl import URL

from kazinex_planner import PlannerClient
from kazinex_planner.ratelimit import Plan, VirtualClock

#: A realistic-looking key; every test that can leak it checks that it did not.
API_KEY = "kzk_live_TESTSECRET_9f3a7c21d4"
BASE_PATH = "/planner/v1"
SPEC = Path(__file__).resolve().parents[2] / "openapi" / "planner.yaml"
#: A plan that never makes the limiter wait (for tests that are not about the limiter).
UNLIMITED = Plan.enterprise(per_minute=1_000_000, per_day=100_000_000)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@functools.cache
def _schemas() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return dict(spec["components"]["schemas"])


def example(name: str) -> dict[str, Any]:
    """A fresh copy of ``components.schemas.<name>.examples[0]``."""
    return copy.deepcopy(_schemas()[name]["examples"][0])


def error_body(
    err_type: str, message: str, *, request_id: str = "req_T1", details: Any = ()
) -> dict[str, Any]:
    return {
        "error": {
            "type": err_type,
            "message": message,
            "request_id": request_id,
            "details": list(details),
        }
    }


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No developer environment leaks into a test (keys, plans, proxies, log level)."""
    for name in (
        "KAZINEX_API_KEY",
        "KAZINEX_BASE_URL",
        "KAZINEX_PLAN",
        "KAZINEX_LOG",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


ServeFn = Callable[[Handler], Awaitable[TestServer]]


@pytest.fixture
async def serve() -> AsyncIterator[ServeFn]:
    """``await serve(handler)`` → a started server routing every path to ``handler``."""
    servers: list[TestServer] = []

    async def start(handler: Handler) -> TestServer:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", handler)
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.close()


def base_url(server: TestServer) -> URL:
    return server.make_url(BASE_PATH)


ClientFn = Callable[..., PlannerClient]


@pytest.fixture
async def make_client() -> AsyncIterator[ClientFn]:
    """``make_client(server, **kwargs)`` → a client for that server, closed at teardown."""
    clients: list[PlannerClient] = []

    def build(server: TestServer | None = None, **kwargs: Any) -> PlannerClient:
        kwargs.setdefault("api_key", API_KEY)
        if server is not None:
            kwargs.setdefault("base_url", base_url(server))
        if "limiter" not in kwargs:
            kwargs.setdefault("plan", UNLIMITED)
        client = PlannerClient(**kwargs)
        clients.append(client)
        return client

    yield build
    for client in clients:
        await client.close()


class RecordingClock(VirtualClock):
    """A virtual clock that remembers every sleep it was asked for (retry backoff etc.)."""

    def __init__(self) -> None:
        super().__init__()
        self.sleeps: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await super().sleep(seconds)


class InFlightClock(VirtualClock):
    """A virtual clock that does not move while an HTTP request is on the wire.

    :class:`VirtualClock` advances whenever the loop is idle, and a loop waiting on a
    loopback socket looks idle. A strict server that reads the same clock would then
    see requests *later* than the limiter granted them, and a bucket that was full in
    the meantime cannot hold the lost refill: a false 429. Freezing time from request
    start to response headers makes the server observe each request at the virtual
    instant the limiter released it, which is what the contract comparison needs.
    Attach :meth:`trace_config` to the client session.
    """

    def __init__(self) -> None:
        super().__init__()
        self.in_flight = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    async def settle(self) -> None:
        while True:
            await self._quiet.wait()
            await super().settle()
            if self.in_flight == 0:
                return

    def trace_config(self) -> aiohttp.TraceConfig:
        config = aiohttp.TraceConfig()

        async def started(*_: Any) -> None:
            self.in_flight += 1
            self._quiet.clear()

        async def finished(*_: Any) -> None:
            self.in_flight -= 1
            if self.in_flight == 0:
                self._quiet.set()

        config.on_request_start.append(started)
        config.on_request_end.append(finished)
        config.on_request_exception.append(finished)
        return config


class StrictBucket:
    """The contract's minute window, written independently of the SDK's limiter.

    Capacity ``per_minute``, continuously refilled at ``per_minute / 60`` tokens a
    second, one token per request; plus a day counter. Anything over either is a 429.
    """

    def __init__(self, per_minute: int, per_day: int, clock: Any) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.day_left = per_day
        self.tokens = float(per_minute)
        self.clock = clock
        self.at = clock.monotonic()
        self.accepted = 0
        self.refused = 0

    def _refill(self) -> None:
        now = self.clock.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.at) * self.rate)
        self.at = now

    def take(self) -> bool:
        self._refill()
        if self.tokens + 1e-9 < 1.0 or self.day_left < 1:
            self.refused += 1
            return False
        self.tokens -= 1.0
        self.day_left -= 1
        self.accepted += 1
        return True

    def headers(self) -> dict[str, str]:
        remaining = max(0, math.floor(self.tokens + 1e-9))
        reset = 0.0 if self.tokens >= self.capacity else (remaining + 1 - self.tokens) / self.rate
        return {
            "X-RateLimit-Limit": str(int(self.capacity)),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": f"{reset:.3f}",
        }
