"""Metric values: attempts, calls, retries and limiter waits (on a virtual clock)."""

from __future__ import annotations

from datetime import datetime

import pytest
from aiohttp import web

from kazinex_planner import Plan, RateLimiter
from kazinex_planner.ratelimit import InMemoryBackend, Lane, VirtualClock

from ..transport.conftest import ClientFn, RecordingClock, ServeFn, error_body, example
from .conftest import Otel


async def ok(request: web.Request) -> web.Response:
    return web.json_response(example("Project"))


async def test_limiter_waits_are_measured_on_the_limiters_clock(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    clock = VirtualClock()
    # Two tokens a minute: the third call waits 30 virtual seconds for a refill.
    limiter = RateLimiter(Plan.enterprise(per_minute=2, per_day=1000), clock=clock)
    planner = make_client(await serve(ok), limiter=limiter, clock=clock, **otel.providers)
    for _ in range(3):
        await planner.projects.get("proj_1")

    waits = {
        (p.attributes["kazinex_planner.rate_limit.window"], p.attributes["kazinex_planner.lane"]): p
        for p in otel.points("kazinex_planner.rate_limit.wait.duration")
    }
    assert set(waits) == {("none", "interactive"), ("minute", "interactive")}
    assert waits["none", "interactive"].count == 2
    assert waits["none", "interactive"].sum == 0.0
    assert waits["minute", "interactive"].count == 1
    assert waits["minute", "interactive"].sum == pytest.approx(30.0, abs=1e-6)
    assert {p.attributes["kazinex_planner.rate_limit.backend"] for p in waits.values()} == {"local"}
    [third] = otel.spans()[-1:]
    assert third.attributes["kazinex_planner.rate_limit.wait"] == pytest.approx(30.0, abs=1e-6)

    remaining = {
        p.attributes["kazinex_planner.rate_limit.window"]: p.value
        for p in otel.points("kazinex_planner.rate_limit.remaining")
    }
    assert remaining == {"minute": 0, "day": 997}
    queued = {
        p.attributes["kazinex_planner.lane"]: p.value
        for p in otel.points("kazinex_planner.rate_limit.queued")
    }
    assert queued == {"interactive": 0, "bulk": 0}


async def test_attempts_calls_and_retries_are_counted_with_conventional_units(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    statuses = [503, 429]

    async def flaky(request: web.Request) -> web.Response:
        if statuses:
            status = statuses.pop(0)
            return web.json_response(
                error_body("rate_limited" if status == 429 else "unavailable", "later"),
                status=status,
                headers={"Retry-After": "1"},
            )
        return await ok(request)

    planner = make_client(await serve(flaky), clock=RecordingClock(), **otel.providers)
    await planner.projects.get("proj_1")

    found = otel.metrics()
    unit, attempts = found["http.client.request.duration"]
    assert unit == "s"
    by_status = {p.attributes["http.response.status_code"]: p for p in attempts}
    assert set(by_status) == {503, 429, 200}
    assert by_status[503].attributes["error.type"] == "503"
    assert "error.type" not in by_status[200].attributes
    assert by_status[200].attributes["url.template"] == "/projects/{project_id}"
    assert list(by_status[200].explicit_bounds) == [
        0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
    ]  # fmt: skip

    unit, retries = found["kazinex_planner.client.retries"]
    assert unit == "{retry}"
    assert {p.attributes["kazinex_planner.retry.reason"]: p.value for p in retries} == {
        "503": 1,
        "429": 1,
    }
    unit, calls = found["kazinex_planner.client.operation.duration"]
    assert unit == "s"
    [call] = calls
    assert call.count == 1
    assert call.attributes["kazinex_planner.outcome"] == "success"


class FlakyBackend(InMemoryBackend):
    """A backend that fails its first take, like a Redis connection reset."""

    name = "redis"

    def __init__(self) -> None:
        super().__init__()
        self.failures = 1

    async def try_acquire(
        self, now_monotonic: float, now_utc: datetime, *, lane: Lane = "interactive"
    ) -> float:
        if self.failures:
            self.failures -= 1
            raise ConnectionResetError("backend connection reset")
        return await super().try_acquire(now_monotonic, now_utc, lane=lane)


async def test_backend_failures_are_counted_and_label_the_backend(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    clock = VirtualClock()
    limiter = RateLimiter(Plan.enterprise(per_minute=100, per_day=1000), clock=clock,
                          backend=FlakyBackend())  # fmt: skip
    planner = make_client(await serve(ok), limiter=limiter, clock=clock, **otel.providers)
    with pytest.raises(ConnectionResetError):
        await planner.projects.get("proj_1")
    await planner.projects.get("proj_1")
    [errors] = otel.points("kazinex_planner.rate_limit.backend.errors")
    assert errors.value == 1
    assert errors.attributes == {
        "kazinex_planner.rate_limit.backend": "redis",
        "error.type": "ConnectionResetError",
    }
    [wait] = otel.points("kazinex_planner.rate_limit.wait.duration")
    assert wait.attributes["kazinex_planner.rate_limit.backend"] == "redis"
