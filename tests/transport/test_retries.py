"""Retries on the virtual clock: backoff, Retry-After, caps, idempotency, one-shot bodies."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from email.utils import format_datetime

import pytest
from aiohttp import web

from kazinex_planner import errors
from kazinex_planner._core._http import RetryEvent

from .conftest import ClientFn, RecordingClock, ServeFn, error_body, example


class Script:
    """A handler answering from a list of statuses (then 200 with ``ok_body``)."""

    def __init__(self, *statuses: int, headers: dict[str, str] | None = None) -> None:
        self.statuses = list(statuses)
        self.headers = headers or {}
        self.hits: list[tuple[str, str | None, bytes]] = []
        self.ok_body: object = example("Project")
        self.ok_status = 200

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.hits.append((request.method, request.headers.get("Idempotency-Key"), body))
        if self.statuses:
            status = self.statuses.pop(0)
            return web.json_response(
                error_body("unavailable", f"try again ({status})"),
                status=status,
                headers=self.headers,
            )
        return web.json_response(self.ok_body, status=self.ok_status)


async def test_503_503_200_is_one_call_three_hits_with_backoff(
    serve: ServeFn, make_client: ClientFn
) -> None:
    script = Script(503, 503)
    clock = RecordingClock()
    planner = make_client(await serve(script.handle), clock=clock)
    project = await planner.projects.get("proj_1")
    assert project.id == example("Project")["id"]
    assert len(script.hits) == 3
    # Full jitter: retry n sleeps uniform(0, min(30, 0.5 * 2**n)).
    assert len(clock.sleeps) == 2
    assert 0 <= clock.sleeps[0] <= 0.5
    assert 0 <= clock.sleeps[1] <= 1.0
    assert clock.monotonic() == pytest.approx(sum(clock.sleeps))


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_seconds_is_waited(
    serve: ServeFn, make_client: ClientFn, status: int
) -> None:
    script = Script(status, headers={"Retry-After": "2"})
    clock = RecordingClock()
    planner = make_client(await serve(script.handle), clock=clock)
    await planner.projects.get("proj_1")
    assert len(script.hits) == 2
    assert 2.0 in clock.sleeps
    assert clock.monotonic() >= 2.0


async def test_retry_after_http_date_is_waited(serve: ServeFn, make_client: ClientFn) -> None:
    clock = RecordingClock()
    when = format_datetime(clock.now() + timedelta(seconds=3), usegmt=True)
    script = Script(503, headers={"Retry-After": when})
    planner = make_client(await serve(script.handle), clock=clock)
    await planner.projects.get("proj_1")
    assert clock.sleeps == [pytest.approx(3.0)]


async def test_retry_after_beyond_the_cap_raises_without_sleeping(
    serve: ServeFn, make_client: ClientFn
) -> None:
    script = Script(429, headers={"Retry-After": "61"})
    clock = RecordingClock()
    planner = make_client(await serve(script.handle), clock=clock)
    with pytest.raises(errors.RateLimitError) as info:
        await planner.projects.get("proj_1")
    assert info.value.retry_after == 61.0
    assert len(script.hits) == 1
    assert clock.sleeps == []
    assert clock.monotonic() == 0.0


async def test_a_day_window_429_is_not_retried_even_with_a_short_retry_after(
    serve: ServeFn, make_client: ClientFn
) -> None:
    hits: list[str] = []

    async def handle(request: web.Request) -> web.Response:
        hits.append(request.path)
        body = error_body(
            "rate_limited", "day quota spent", details=[{"field": "day", "issue": "spent"}]
        )
        return web.json_response(body, status=429, headers={"Retry-After": "5"})

    clock = RecordingClock()
    planner = make_client(await serve(handle), clock=clock)
    with pytest.raises(errors.RateLimitError) as info:
        await planner.projects.get("proj_1")
    assert info.value.window == "day"
    assert len(hits) == 1
    assert clock.sleeps == []


async def test_on_attempt_counts_every_attempt_including_retries(
    serve: ServeFn, make_client: ClientFn
) -> None:
    from kazinex_planner._core._http import Request

    script = Script(503, 502)
    planner = make_client(await serve(script.handle), clock=RecordingClock())
    attempts: list[int] = []
    await planner._transport.send(
        Request(
            operation_id="getProject",
            method="GET",
            path="/projects/proj_1",
            on_attempt=lambda: attempts.append(1),
        )
    )
    assert len(attempts) == len(script.hits) == 3


@pytest.mark.parametrize(
    ("client_retries", "call_retries", "hits"),
    [(3, None, 4), (1, None, 2), (0, None, 1), (3, 0, 1), (0, 2, 3)],
)
async def test_max_retries_per_client_and_per_call(
    serve: ServeFn,
    make_client: ClientFn,
    client_retries: int,
    call_retries: int | None,
    hits: int,
) -> None:
    script = Script(*([503] * 10))
    planner = make_client(
        await serve(script.handle), clock=RecordingClock(), max_retries=client_retries
    )
    with pytest.raises(errors.InternalServerError):
        await planner.projects.get("proj_1", max_retries=call_retries)
    assert len(script.hits) == hits


async def test_non_retryable_status_is_not_retried(serve: ServeFn, make_client: ClientFn) -> None:
    script = Script(400)
    planner = make_client(await serve(script.handle), clock=RecordingClock())
    with pytest.raises(errors.BadRequestError):
        await planner.projects.get("proj_1")
    assert len(script.hits) == 1


async def test_post_after_a_dropped_connection_reuses_the_idempotency_key(
    serve: ServeFn, make_client: ClientFn
) -> None:
    hits: list[tuple[str | None, bytes]] = []

    async def handler(request: web.Request) -> web.Response:
        hits.append((request.headers.get("Idempotency-Key"), await request.read()))
        if len(hits) == 1:
            assert request.transport is not None
            request.transport.close()  # the request arrived; the answer never leaves
        return web.json_response(example("Project"), status=201)

    clock = RecordingClock()
    planner = make_client(await serve(handler), clock=clock)
    project = await planner.projects.create(name="Harbour")
    assert project.id == example("Project")["id"]
    assert len(hits) == 2
    (key1, body1), (key2, body2) = hits
    assert key1 is not None
    assert key1.startswith("kzsdk-")
    assert key1 == key2
    assert body1 == body2
    assert len(clock.sleeps) == 1


async def test_each_logical_post_gets_its_own_key(serve: ServeFn, make_client: ClientFn) -> None:
    script = Script()
    script.ok_status = 201
    planner = make_client(await serve(script.handle))
    await planner.projects.create(name="A")
    await planner.projects.create(name="A")
    await planner.projects.create(name="A", idempotency_key="mine-1")
    keys = [key for _, key, _ in script.hits]
    assert len(set(keys[:2])) == 2
    assert keys[2] == "mine-1"


async def _one_shot() -> AsyncIterator[bytes]:
    yield b"ERMHDR\t19.12\n"
    yield b"%T\tPROJECT\n"


async def test_one_shot_stream_upload_is_never_retried(
    serve: ServeFn, make_client: ClientFn
) -> None:
    script = Script(503, 503)
    planner = make_client(await serve(script.handle), clock=RecordingClock(), max_retries=3)
    with pytest.raises(errors.InternalServerError):
        await planner.schedules.upload("proj_1", _one_shot(), validate=False, max_retries=3)
    assert len(script.hits) == 1


async def test_one_shot_stream_upload_is_not_resent_after_a_dropped_connection(
    serve: ServeFn, make_client: ClientFn
) -> None:
    hits: list[int] = []

    async def handler(request: web.Request) -> web.Response:
        hits.append(1)
        await request.read()
        assert request.transport is not None
        request.transport.close()
        return web.json_response(example("Schedule"), status=202)

    planner = make_client(await serve(handler), clock=RecordingClock())
    with pytest.raises(errors.APIConnectionError):
        await planner.schedules.upload("proj_1", _one_shot(), validate=False)
    assert hits == [1]


async def test_retries_are_logged_at_info_and_reported_to_sync_and_async_hooks(
    serve: ServeFn, make_client: ClientFn, caplog: pytest.LogCaptureFixture
) -> None:
    sync_events: list[RetryEvent] = []
    async_events: list[RetryEvent] = []

    async def async_hook(event: RetryEvent) -> None:
        async_events.append(event)

    for hook, sink in ((sync_events.append, sync_events), (async_hook, async_events)):
        script = Script(503, 502)
        planner = make_client(await serve(script.handle), clock=RecordingClock(), on_retry=hook)
        with caplog.at_level(logging.INFO, logger="kazinex_planner"):
            caplog.clear()
            await planner.projects.get("proj_1")
        assert [(e.attempt, e.status, e.method) for e in sink] == [(1, 503, "GET"), (2, 502, "GET")]
        assert all(e.operation_id == "getProject" for e in sink)
        assert all(e.path == "/projects/proj_1" for e in sink)
        retry_lines = [r for r in caplog.records if "retrying" in r.getMessage()]
        assert len(retry_lines) == 2
        assert all(r.levelno == logging.INFO for r in retry_lines)
