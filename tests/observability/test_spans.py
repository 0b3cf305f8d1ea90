"""Span trees: one INTERNAL span per call, one CLIENT span per attempt, groups above them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp import web
from opentelemetry.trace import SpanKind, StatusCode

from kazinex_planner import PlannerClient, errors
from kazinex_planner.emulator import Emulator
from kazinex_planner.schedule_files import generate_xer

from ..transport.conftest import ClientFn, RecordingClock, ServeFn, error_body, example
from .conftest import Otel


def script(*statuses: int) -> Callable[[web.Request], Awaitable[web.Response]]:
    pending = list(statuses)

    async def handle(request: web.Request) -> web.Response:
        if pending:
            status = pending.pop(0)
            return web.json_response(error_body("unavailable", "later"), status=status)
        return web.json_response(example("Project"), headers={"X-Request-Id": "req_ok_1"})

    return handle


async def test_a_call_retried_twice_is_one_operation_span_with_three_attempt_spans(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    planner = make_client(await serve(script(503, 503)), clock=RecordingClock(), **otel.providers)
    await planner.projects.get("proj_1")

    [operation] = otel.named("kazinex_planner projects.get")
    assert operation.kind is SpanKind.INTERNAL
    attempts = otel.children(operation)
    assert [s.name for s in attempts] == ["GET", "GET", "GET"]
    assert all(s.kind is SpanKind.CLIENT for s in attempts)
    assert [s.attributes.get("http.request.resend_count") for s in attempts] == [None, 1, 2]
    assert [s.attributes["http.response.status_code"] for s in attempts] == [503, 503, 200]
    assert [s.attributes.get("error.type") for s in attempts] == ["503", "503", None]
    first = attempts[0].attributes
    assert first["http.request.method"] == "GET"
    assert first["url.template"] == "/projects/{project_id}"
    assert first["server.address"] == "127.0.0.1"
    assert isinstance(first["server.port"], int)

    attrs = operation.attributes
    assert attrs["kazinex_planner.operation.id"] == "getProject"
    assert attrs["kazinex_planner.attempts"] == 3
    assert attrs["kazinex_planner.outcome"] == "success"
    assert attrs["kazinex_planner.lane"] == "interactive"
    assert attrs["kazinex_planner.idempotency_key.present"] is False
    assert attrs["kazinex_planner.request_id"] == "req_ok_1"
    assert [e.name for e in operation.events] == ["retry", "retry"]
    assert [e.attributes["kazinex_planner.retry.number"] for e in operation.events] == [1, 2]
    assert operation.events[0].attributes["kazinex_planner.retry.reason"]
    assert operation.parent is None


async def test_attempt_spans_can_be_left_to_aiohttp_instrumentation(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    planner = make_client(
        await serve(script(503)), clock=RecordingClock(), attempt_spans=False, **otel.providers
    )
    await planner.projects.get("proj_1")
    assert [s.name for s in otel.spans()] == ["kazinex_planner projects.get"]
    # ... while the attempt metric is still recorded.
    assert sum(p.count for p in otel.points("http.client.request.duration")) == 2


async def test_telemetry_false_emits_nothing(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    planner = make_client(await serve(script()), telemetry=False, **otel.providers)
    await planner.projects.get("proj_1")
    assert otel.spans() == []
    assert otel.metrics() == {}


async def test_a_failed_call_carries_its_error_type(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    async def missing(request: web.Request) -> web.Response:
        return web.json_response(error_body("not_found", "no such project"), status=404)

    planner = make_client(await serve(missing), **otel.providers)
    with pytest.raises(errors.NotFoundError):
        await planner.projects.get("proj_x")
    [operation] = otel.named("kazinex_planner projects.get")
    assert operation.status.status_code is StatusCode.ERROR
    assert operation.attributes["error.type"] == "404"
    assert operation.attributes["kazinex_planner.outcome"] == "error"
    [attempt] = otel.children(operation)
    assert attempt.attributes["error.type"] == "404"


async def test_calls_nest_under_the_callers_span(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    planner = make_client(await serve(script()), **otel.providers)
    tracer = otel.tracer_provider.get_tracer("app")
    with tracer.start_as_current_span("handle request") as outer:
        await planner.projects.get("proj_1")
    [operation] = otel.named("kazinex_planner projects.get")
    assert operation.parent is not None
    assert operation.parent.span_id == outer.get_span_context().span_id


@pytest.fixture
async def emulated(otel: Otel) -> AsyncIterator[tuple[PlannerClient, str]]:
    async with Emulator(plan="unlimited") as emulator:
        key = emulator.issue_key()
        async with PlannerClient(
            key, base_url=emulator.base_url, plan="business", **otel.providers
        ) as planner:
            project = await planner.projects.create(name="Traced", code="TR")
            yield planner, project.id


async def test_a_prefetching_pager_groups_its_page_calls(
    emulated: tuple[PlannerClient, str], otel: Otel
) -> None:
    planner, _ = emulated
    for i in range(4):
        await planner.projects.create(name=f"More {i}", code=f"M{i}")
    otel.exporter.clear()
    items = await planner.projects.list(per_page=2, prefetch=2).collect()
    assert len(items) == 5

    [group] = otel.named("kazinex_planner pages")
    assert group.attributes["kazinex_planner.prefetch"] == 2
    calls = otel.children(group)
    assert [s.name for s in calls] == ["kazinex_planner projects.list"] * 3
    assert {s.attributes["kazinex_planner.lane"] for s in calls} == {"bulk"}
    for call in calls:
        assert [s.name for s in otel.children(call)] == ["GET"]
    assert group.end_time is not None
    assert all(c.end_time <= group.end_time for c in calls)


async def test_an_upload_and_its_waiter_are_groups(
    emulated: tuple[PlannerClient, str], otel: Otel
) -> None:
    planner, project_id = emulated
    otel.exporter.clear()
    schedule = await planner.schedules.upload(project_id, generate_xer(activities_per_project=20))
    await planner.schedules.wait_until_ready(project_id, schedule.id, poll_interval=0.05)

    [upload] = otel.named("kazinex_planner upload")
    [call] = otel.children(upload)
    assert call.name == "kazinex_planner schedules.upload"
    assert call.attributes["kazinex_planner.idempotency_key.present"] is True
    [post] = otel.children(call)
    assert post.name == "POST"
    assert post.attributes["http.response.status_code"] in (201, 202)

    [wait] = otel.named("kazinex_planner wait")
    polls = otel.children(wait)
    assert polls
    assert {s.name for s in polls} == {"kazinex_planner schedules.get"}
    assert {s.attributes["kazinex_planner.lane"] for s in polls} == {"bulk"}


async def test_an_export_is_one_root_span_over_all_its_calls(
    emulated: tuple[PlannerClient, str], otel: Otel, tmp_path: Path
) -> None:
    planner, project_id = emulated
    otel.exporter.clear()
    report = await planner.export(tmp_path / "out", projects=[project_id])

    [root] = otel.named("kazinex_planner export")
    assert root.parent is None
    calls = otel.children(root)
    assert len(calls) == report.requests_used
    assert all(s.name.startswith("kazinex_planner ") for s in calls)
    operations = [s for s in otel.spans() if s.attributes.get("kazinex_planner.operation.id")]
    assert len(operations) == len(calls)  # every call of the export is under its span


async def test_a_call_group_is_the_parent_of_the_calls_inside_it(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    from kazinex_planner.observability import call_group

    planner = make_client(await serve(script()), **otel.providers)
    with call_group("nightly sync", {"app.job": "sync"}):
        await planner.projects.get("proj_1")
        await planner.projects.get("proj_2")
    [group] = otel.named("nightly sync")
    assert group.attributes["app.job"] == "sync"
    assert [s.name for s in otel.children(group)] == ["kazinex_planner projects.get"] * 2


async def test_a_client_from_with_options_is_traced_and_closes_cleanly(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    planner = make_client(await serve(script()), **otel.providers)
    derived = planner.with_options(timeout=5.0, lane="bulk")
    await derived.projects.get("proj_1")
    await derived.close()
    [operation] = otel.named("kazinex_planner projects.get")
    assert operation.attributes["kazinex_planner.lane"] == "bulk"
