"""``on_event`` without OpenTelemetry, and no secret, body or query in any attribute."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

from kazinex_planner import (
    AttemptFinished,
    AttemptStarted,
    OperationFinished,
    OperationStarted,
    PlannerEvent,
    RetryEvent,
)

from ..transport.conftest import API_KEY, ClientFn, RecordingClock, ServeFn, error_body, example
from .conftest import Otel


async def test_on_event_tells_every_step_of_a_retried_call(
    serve: ServeFn, make_client: ClientFn
) -> None:
    statuses = [503]

    async def handle(request: web.Request) -> web.Response:
        if statuses:
            return web.json_response(error_body("unavailable", "x"), status=statuses.pop())
        return web.json_response(example("Project"), headers={"X-Request-Id": "req_9"})

    events: list[PlannerEvent] = []
    planner = make_client(
        await serve(handle), clock=RecordingClock(), on_event=events.append, telemetry=False
    )
    await planner.projects.get("proj_1")
    assert [type(e) for e in events] == [
        OperationStarted,
        AttemptStarted,
        AttemptFinished,
        RetryEvent,
        AttemptStarted,
        AttemptFinished,
        OperationFinished,
    ]
    started, finished = events[0], events[-1]
    assert started.url_template == "/projects/{project_id}"
    assert started.lane == "interactive"
    assert [e.resend_count for e in events if isinstance(e, AttemptStarted)] == [0, 1]
    assert events[2].status == 503
    assert events[2].error_type == "503"
    assert finished.attempts == 2
    assert finished.status == 200
    assert finished.error_type is None
    assert finished.request_id == "req_9"


SECRET_WEBHOOK = "whsec_TOPSECRET_4b1d"
BODY_MARKER = "BODYMARKER_do_not_export"
QUERY_MARKER = "QUERYMARKER_do_not_export"


def _values(attributes: Any) -> list[str]:
    return [str(v) for v in (attributes or {}).values()] + [str(k) for k in attributes or {}]


async def test_no_key_secret_body_or_query_in_any_span_or_metric_attribute(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    calls = 0

    async def handle(request: web.Request) -> web.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            return web.json_response(error_body("unavailable", API_KEY), status=503)
        if request.path.endswith("/webhooks"):
            return web.json_response({**example("WebhookWithSecret"), "secret": SECRET_WEBHOOK})
        if request.method == "GET":
            return web.json_response({"data": [], "meta": {"total": 0, "page": 1, "per_page": 20}})
        return web.json_response(example("Project"), status=201)

    planner = make_client(await serve(handle), clock=RecordingClock(), **otel.providers)
    await planner.projects.create(name=BODY_MARKER, code="BM")
    await planner.projects.list(q=QUERY_MARKER)
    hook = await planner.webhooks.create(
        url="https://example.com/hook", events=["schedule.processed"]
    )
    assert hook.secret == SECRET_WEBHOOK

    texts: list[str] = []
    spans = otel.spans()
    assert len(spans) >= 6
    for span in spans:
        texts += [span.name, *_values(span.attributes)]
        for event in span.events:
            texts += [event.name, *_values(event.attributes)]
    found = otel.metrics()
    assert "kazinex_planner.client.retries" in found
    for _, points in found.values():
        for point in points:
            texts += _values(point.attributes)
    joined = "\n".join(texts)
    for forbidden in (API_KEY, "Bearer", SECRET_WEBHOOK, BODY_MARKER, QUERY_MARKER, "?"):
        assert forbidden not in joined


async def test_a_raising_hook_fails_the_call_and_leaves_no_span_open(
    serve: ServeFn, make_client: ClientFn, otel: Otel
) -> None:
    def explode(event: PlannerEvent) -> None:
        if isinstance(event, (OperationStarted, AttemptFinished)):
            raise RuntimeError(f"hook bug on {type(event).__name__}")

    planner = make_client(await serve(_ok), on_event=explode, **otel.providers)
    with pytest.raises(RuntimeError, match="OperationStarted"):
        await planner.projects.get("proj_1")
    assert otel.spans() == []

    def explode_later(event: PlannerEvent) -> None:
        if isinstance(event, AttemptFinished):
            raise RuntimeError("hook bug after the attempt")

    planner = make_client(await serve(_ok), on_event=explode_later, **otel.providers)
    with pytest.raises(RuntimeError, match="after the attempt"):
        await planner.projects.get("proj_1")
    [operation] = otel.named("kazinex_planner projects.get")
    assert operation.attributes["error.type"] == "RuntimeError"
    assert [s.name for s in otel.children(operation)] == ["GET"]


async def _ok(request: web.Request) -> web.Response:
    return web.json_response(example("Project"))
