"""The client propagates ``traceparent``; the emulator's SERVER spans join the same trace."""

from __future__ import annotations

from opentelemetry.trace import SpanKind

from kazinex_planner import PlannerClient
from kazinex_planner.emulator import Emulator

from .conftest import Otel


async def test_emulator_server_spans_are_children_of_the_attempt_spans(otel: Otel) -> None:
    async with Emulator(plan="unlimited", tracer_provider=otel.tracer_provider) as emulator:
        key = emulator.issue_key()
        async with PlannerClient(
            key, base_url=emulator.base_url, plan="business", **otel.providers
        ) as planner:
            project = await planner.projects.get((await planner.projects.create(name="T")).id)
    [operation] = otel.named("kazinex_planner projects.get")
    [attempt] = otel.children(operation)
    [server] = otel.children(attempt)
    assert server.kind is SpanKind.SERVER
    assert server.name == "GET /projects/{project_id}"
    assert server.attributes["http.route"] == "/projects/{project_id}"
    assert server.attributes["http.response.status_code"] == 200
    assert server.context.trace_id == operation.context.trace_id
    assert project.name == "T"


async def test_no_traceparent_when_attempt_spans_are_left_to_aiohttp(otel: Otel) -> None:
    async with Emulator(plan="unlimited", tracer_provider=otel.tracer_provider) as emulator:
        key = emulator.issue_key()
        async with PlannerClient(
            key,
            base_url=emulator.base_url,
            plan="business",
            attempt_spans=False,
            **otel.providers,
        ) as planner:
            await planner.projects.list()
    [server] = [s for s in otel.spans() if s.kind is SpanKind.SERVER]
    assert server.parent is None  # nothing propagated: aiohttp's instrumentation would
