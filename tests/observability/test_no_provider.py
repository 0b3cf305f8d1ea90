"""Telemetry on by default, no provider configured: calls skip the adapter until one is set."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web
from opentelemetry import trace
from opentelemetry.util._once import Once

from kazinex_planner._otel._adapter import OtelTelemetry

from ..transport.conftest import ClientFn, ServeFn, example
from .conftest import Otel


async def project(request: web.Request) -> web.Response:
    return web.json_response(example("Project"), headers={"X-Request-Id": "req_ok_1"})


@pytest.fixture
def no_global_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    """The API's state before any application set a provider (restored afterwards)."""
    from opentelemetry.metrics import _internal as metrics_api

    monkeypatch.delenv("OTEL_PYTHON_TRACER_PROVIDER", raising=False)
    monkeypatch.delenv("OTEL_PYTHON_METER_PROVIDER", raising=False)
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", None)
    monkeypatch.setattr(trace, "_TRACER_PROVIDER_SET_ONCE", Once())
    monkeypatch.setattr(metrics_api, "_METER_PROVIDER", None)


def count_operations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    started: list[str] = []
    original = OtelTelemetry.start_operation

    def counting(self: OtelTelemetry, event: Any, group: Any) -> Any:
        started.append(event.operation_id)
        return original(self, event, group)

    monkeypatch.setattr(OtelTelemetry, "start_operation", counting)
    return started


async def test_without_a_provider_no_call_builds_telemetry(
    serve: ServeFn, make_client: ClientFn, no_global_provider: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = count_operations(monkeypatch)
    events: list[object] = []
    quiet = make_client(await serve(project))
    hooked = make_client(await serve(project), on_event=events.append)
    assert quiet._transport.observer.telemetry is not None  # telemetry is on by default
    await quiet.projects.get("proj_1")
    await hooked.projects.get("proj_1")
    assert started == []
    # The hook still hears every step; only the adapter is skipped.
    assert [type(e).__name__ for e in events] == [
        "OperationStarted",
        "AttemptStarted",
        "AttemptFinished",
        "OperationFinished",
    ]


async def test_a_provider_set_after_the_client_traces_later_calls(
    serve: ServeFn,
    make_client: ClientFn,
    no_global_provider: None,
    otel: Otel,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = count_operations(monkeypatch)
    planner = make_client(await serve(project))
    await planner.projects.get("proj_1")
    assert started == []
    assert otel.spans() == []

    trace.set_tracer_provider(otel.tracer_provider)
    await planner.projects.get("proj_2")
    assert started == ["getProject"]
    [operation] = otel.named("kazinex_planner projects.get")
    assert operation.attributes["kazinex_planner.request_id"] == "req_ok_1"
    assert [s.name for s in otel.children(operation)] == ["GET"]


async def test_given_providers_always_record(
    serve: ServeFn, make_client: ClientFn, no_global_provider: None, otel: Otel
) -> None:
    planner = make_client(await serve(project), **otel.providers)
    await planner.projects.get("proj_1")
    assert len(otel.named("kazinex_planner projects.get")) == 1
