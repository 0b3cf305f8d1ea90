"""Per-call and per-client request options on the wire (issue 11)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .conftest import ClientFn, ServeFn, example


def _recording(seen: list[dict[str, Any]]) -> Any:
    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append({"headers": dict(request.headers), "query": dict(request.query)})
        return web.json_response(
            {"data": [], "meta": {"total": 0, "page": 1, "per_page": 50}}
            if request.path.endswith("/projects")
            else example("Project")
        )

    return handler


async def test_extra_headers_and_query_are_sent(serve: ServeFn, make_client: ClientFn) -> None:
    seen: list[dict[str, Any]] = []
    planner = make_client(await serve(_recording(seen)), extra_headers={"X-Tenant": "t1"})
    await planner.projects.list(
        q="harbour",
        extra_headers={"X-Trace": "abc", "User-Agent": "my-app/2"},
        extra_query={"debug": True},
    )
    sent = seen[-1]
    assert sent["headers"]["X-Trace"] == "abc"
    assert sent["headers"]["X-Tenant"] == "t1"
    ua = sent["headers"]["User-Agent"]
    assert ua.startswith("kazinex-planner-python/")
    assert ua.endswith(" my-app/2")
    assert sent["headers"]["Authorization"].startswith("Bearer ")
    assert sent["query"] == {"q": "harbour", "page": "1", "debug": "true"}


async def test_with_options_adds_headers_without_touching_the_parent(
    serve: ServeFn, make_client: ClientFn
) -> None:
    seen: list[dict[str, Any]] = []
    planner = make_client(await serve(_recording(seen)))
    tagged = planner.with_options(extra_headers={"X-Job": "nightly"})
    await tagged.projects.get("proj_1")
    await planner.projects.get("proj_1")
    assert seen[0]["headers"]["X-Job"] == "nightly"
    assert "X-Job" not in seen[1]["headers"]
    await tagged.close()


async def test_raw_response_counts_attempts_and_on_attempt_hook(
    serve: ServeFn, make_client: ClientFn
) -> None:
    calls = 0

    async def flaky(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        if calls < 3:
            return web.json_response(
                {"error": {"type": "internal_error", "message": "x", "request_id": "r"}},
                status=503,
                headers={"Retry-After": "0"},
            )
        return web.json_response(example("Project"), headers={"X-Request-Id": "req_ok"})

    planner = make_client(await serve(flaky))
    counted: list[int] = []
    raw = await planner.projects.with_raw_response.get(
        "proj_1", on_attempt=lambda: counted.append(1)
    )
    assert raw.attempts == 3
    assert len(counted) == 3
    assert raw.request_id == "req_ok"
    assert raw.parse().id == example("Project")["id"]
