"""A hostile (or broken) server cannot hang the client, crash it untyped, or leak the key.

Every case is a real aiohttp server on 127.0.0.1 answering one way on purpose:

* a 429 with an absurd ``Retry-After`` (3600, 86400, 1e12, a date in 2100): the call
  raises ``RateLimitError`` and later calls fail fast with it too (no silent queueing);
* absurd header values (garbage, NaN, negative ``Retry-After``; nonsense
  ``X-RateLimit-*``): a typed error or a correct result, and one WARNING per response;
* slow bodies, truncated JSON, wrong content types: ``APITimeoutError``,
  ``ResponseValidationError`` or the typed status error;
* the key echoed back in every error field (type, message, details' field and issue,
  request id, headers, body), for a long key and a 3-character key: no exception
  ``str``, ``repr``, traceback, attribute or log record contains it.
"""

from __future__ import annotations

import asyncio
import logging
import re
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from kazinex_planner import PlannerClient
from kazinex_planner.errors import (
    APIStatusError,
    APITimeoutError,
    PlannerError,
    RateLimitError,
    ResponseValidationError,
)
from kazinex_planner.ratelimit import Plan, VirtualClock
from tests.transport.conftest import example

from ._support import LONG_KEY, SHORT_KEY

FAST = Plan.enterprise(per_minute=1_000_000, per_day=100_000_000)
PROJECT = example("Project")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Handler], Awaitable[TestServer]]]:
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


def _client(server: TestServer, key: str = LONG_KEY, **kwargs: Any) -> PlannerClient:
    kwargs.setdefault("plan", FAST)
    return PlannerClient(key, base_url=server.make_url("/planner/v1"), **kwargs)


# -- Retry-After bounded everywhere ------------------------------------------------------


@pytest.mark.parametrize("retry_after", ["3600", "86400", "1e12", "Fri, 01 Jan 2100 00:00:00 GMT"])
async def test_a_long_retry_after_makes_later_calls_fail_fast(
    serve: Callable[[Handler], Awaitable[TestServer]],
    retry_after: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    hits = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal hits
        hits += 1
        body = {"error": {"type": "rate_limited", "message": "slow down", "details": []}}
        return web.json_response(body, status=429, headers={"Retry-After": retry_after})

    server = await serve(handler)
    clock = VirtualClock()
    with caplog.at_level(logging.WARNING, logger="kazinex_planner"):
        async with _client(server, clock=clock) as planner:
            with pytest.raises(RateLimitError) as first:
                await planner.projects.get("proj_1", timeout=2)
            assert first.value.retry_after is not None
            assert first.value.retry_after >= 3600
            started = clock.monotonic()
            for _ in range(3):
                with pytest.raises(RateLimitError) as later:
                    await asyncio.wait_for(planner.projects.get("proj_1", timeout=2), 10)
                assert later.value.reset_at is not None
                assert later.value.retry_after is not None
                assert later.value.retry_after > 60
            assert clock.monotonic() - started < 1.0  # no (virtual) waiting at all
            assert planner.rate_limit.waiting_interactive == 0
    assert hits == 1  # later calls never reached the server
    if retry_after in ("1e12", "Fri, 01 Jan 2100 00:00:00 GMT"):
        clamps = [r for r in caplog.records if "clamped an absurd Retry-After" in r.getMessage()]
        assert len(clamps) == 1  # once per response


async def test_a_long_retry_after_fails_fast_on_the_real_clock(
    serve: Callable[[Handler], Awaitable[TestServer]],
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response({}, status=429, headers={"Retry-After": "3600"})

    server = await serve(handler)
    async with _client(server) as planner:
        with pytest.raises(RateLimitError):
            await planner.projects.get("proj_1", timeout=2)
        with pytest.raises(RateLimitError):  # generous bound: it would otherwise wait 1 h
            await asyncio.wait_for(planner.projects.get("proj_1", timeout=2), 10)


@pytest.mark.parametrize(
    ("retry_after", "retried"),
    [("soon", True), ("nan", True), ("-30", True), ("inf", False), ("9" * 400, False)],
)
async def test_absurd_retry_after_values_are_bounded_and_logged(
    serve: Callable[[Handler], Awaitable[TestServer]],
    retry_after: str,
    retried: bool,
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        if calls == 1:
            return web.json_response({}, status=503, headers={"Retry-After": retry_after})
        return web.json_response(PROJECT)

    server = await serve(handler)
    clock = VirtualClock()
    with caplog.at_level(logging.WARNING, logger="kazinex_planner"):
        async with _client(server, clock=clock) as planner:
            call = asyncio.wait_for(planner.projects.get("proj_1", timeout=2), 10)
            if retried:  # ignored or clamped to 0: an ordinary retry
                assert (await call).id == PROJECT["id"]
            else:  # clamped to a day, more than the cap: the 503 is handed back
                with pytest.raises(APIStatusError):
                    await call
            assert clock.monotonic() < 120.0
    warnings_ = [r for r in caplog.records if "Retry-After" in r.getMessage()]
    assert len(warnings_) == 1
    assert len(warnings_[0].getMessage()) < 300  # the header is quoted, bounded


async def test_nonsense_rate_limit_headers_are_ignored(
    serve: Callable[[Handler], Awaitable[TestServer]],
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        headers = {
            "X-RateLimit-Limit": "9" * 500,
            "X-RateLimit-Remaining": "-5",
            "X-RateLimit-Reset": "nan",
            "X-RateLimit-Day-Limit": "abc",
            "X-RateLimit-Day-Remaining": "1e400",
            "X-RateLimit-Day-Reset": "-1",
        }
        return web.json_response(PROJECT, headers=headers)

    server = await serve(handler)
    clock = VirtualClock()
    async with _client(server, clock=clock) as planner:
        for _ in range(5):
            assert (await planner.projects.get("proj_1")).id == PROJECT["id"]
        assert clock.monotonic() < 1.0


# -- slow, truncated, mislabelled bodies ---------------------------------------------------


async def test_a_body_slower_than_the_timeout_is_a_timeout(
    serve: Callable[[Handler], Awaitable[TestServer]],
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        await response.prepare(request)
        await response.write(b'{"id": "proj_1", ')
        await asyncio.sleep(5)
        return response

    server = await serve(handler)
    async with _client(server, max_retries=0) as planner:
        with pytest.raises(APITimeoutError):
            await asyncio.wait_for(planner.projects.get("proj_1", timeout=0.5), 10)


@pytest.mark.parametrize(
    ("status", "body", "content_type", "error"),
    [
        (200, b'{"id": "proj_1", "name": "No', "application/json", ResponseValidationError),
        (200, b"<html>maintenance</html>", "text/html", ResponseValidationError),
        (200, b"", "application/json", ResponseValidationError),
        (200, b"[]", "application/json", ResponseValidationError),
        (404, b'{"error": {"type": "not_fou', "application/json", APIStatusError),
        (404, b"<html>not here</html>", "text/html", APIStatusError),
        (422, b'{"error": "a string, not an object"}', "application/json", APIStatusError),
    ],
)
async def test_broken_bodies_become_typed_errors(
    serve: Callable[[Handler], Awaitable[TestServer]],
    status: int,
    body: bytes,
    content_type: str,
    error: type[PlannerError],
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=status, body=body, content_type=content_type)

    server = await serve(handler)
    async with _client(server, max_retries=0) as planner:
        with pytest.raises(error):
            await planner.projects.get("proj_1")


# -- echoed secrets ------------------------------------------------------------------------


def _key_of(request: web.Request) -> str:
    return request.headers.get("Authorization", "").removeprefix("Bearer ")


def _echoing(status: int) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        key = _key_of(request)
        body = {
            "error": {
                "type": key,
                "message": f"API key {key} is revoked",
                "request_id": key,
                "details": [
                    {"field": key, "issue": f"{key} is not valid"},
                    {"field": "minute", "issue": key},
                ],
            },
            "echo": {"authorization": f"Bearer {key}", "key": key},
        }
        headers = {"X-Request-Id": key, "X-Echo": key, "X-Api-Key": key}
        if status in (429, 503):
            headers["Retry-After"] = f"{key}"
        return web.json_response(body, status=status, headers=headers)

    return handler


def _strings_of(exc: BaseException) -> list[str]:
    """Everything a caller, a log or a crash report could print about ``exc``."""
    found = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for name, value in vars(exc).items():
        found.append(f"{name}={value!r}")
        if isinstance(value, bytes):
            found.append(value.decode("utf-8", "replace"))
        if isinstance(value, tuple):
            found.extend(repr(v) for v in value)
            found.extend(str(getattr(v, "field", "")) + str(getattr(v, "issue", "")) for v in value)
    for arg in exc.args:
        found.append(str(arg))
    return found


def assert_no_key(texts: list[str], key: str) -> None:
    # A short key counts only as a whole token (inside other words it is not the key).
    pattern = re.compile(rf"(?<![A-Za-z0-9_-]){re.escape(key)}(?![A-Za-z0-9_-])")
    leaked = [t for t in texts if (pattern.search(t) if len(key) < 8 else key in t)]
    assert leaked == []


@pytest.mark.parametrize("key", [LONG_KEY, SHORT_KEY])
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503])
async def test_an_echoed_key_reaches_no_string(
    serve: Callable[[Handler], Awaitable[TestServer]],
    caplog: pytest.LogCaptureFixture,
    key: str,
    status: int,
) -> None:
    server = await serve(_echoing(status))
    with caplog.at_level(logging.DEBUG, logger="kazinex_planner"):
        async with _client(server, key=key, max_retries=0) as planner:
            with pytest.raises(APIStatusError) as info:
                await planner.projects.get("proj_1")
    assert info.value.status == status
    texts = _strings_of(info.value)
    texts += [r.getMessage() for r in caplog.records]
    texts += [str(r.args) for r in caplog.records]
    assert_no_key(texts, key)
    assert "***" in str(info.value)


async def test_an_echoed_key_in_a_bad_success_body_reaches_no_string(
    serve: Callable[[Handler], Awaitable[TestServer]],
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        key = _key_of(request)
        return web.json_response(
            {**PROJECT, "status": key, "created_at": key}, headers={"X-Request-Id": key}
        )

    server = await serve(handler)
    async with _client(server) as planner:
        with pytest.raises(ResponseValidationError) as info:
            await planner.projects.get("proj_1")
    assert_no_key(_strings_of(info.value), LONG_KEY)


async def test_an_echoed_key_in_a_connection_error_reaches_no_string() -> None:
    # Nothing listens on this port; aiohttp's message names the URL only, but the
    # rule holds whatever it names.
    async with PlannerClient(
        LONG_KEY, base_url="http://127.0.0.1:9/planner/v1", plan=FAST, max_retries=0
    ) as planner:
        with pytest.raises(PlannerError) as info:
            await planner.projects.get(LONG_KEY)
    assert_no_key(_strings_of(info.value), LONG_KEY)


@pytest.mark.parametrize("shape", ["token", 'key="', "a", "secret-key "])
async def test_a_huge_adversarial_error_message_is_redacted_in_linear_time(
    serve: Callable[[Handler], Awaitable[TestServer]], shape: str
) -> None:
    # The old name=value pattern backtracked cubically: 2 KB of "token" took 23 s.
    text = shape * (1_000_000 // len(shape))

    async def handler(request: web.Request) -> web.StreamResponse:
        body = {
            "error": {
                "type": text,
                "message": text,
                "request_id": text,
                "details": [{"field": text, "issue": text}],
            }
        }
        return web.json_response(body, status=400)

    server = await serve(handler)
    async with _client(server, max_retries=0) as planner:
        with pytest.raises(APIStatusError):  # generous bound: linear work is ~1 s here
            await asyncio.wait_for(planner.projects.get("proj_1"), 30)
