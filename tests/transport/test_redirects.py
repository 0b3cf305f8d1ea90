"""Redirects are followed by hand so that credentials never cross origins."""

from __future__ import annotations

import hashlib

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from kazinex_planner import errors

from .conftest import ClientFn, ServeFn, example

UPLOAD = b"x" * 1000
UPLOAD_SHA = hashlib.sha256(UPLOAD).hexdigest()


class Seen:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str, str | None, bytes, str | None]] = []

    async def record(self, request: web.Request) -> None:
        self.requests.append(
            (
                request.method,
                request.path,
                request.headers.get("Authorization"),
                await request.read(),
                request.headers.get("Content-Length"),
            )
        )


async def _pair(serve: ServeFn) -> tuple[TestServer, TestServer, Seen, Seen]:
    """Server A redirects ``/planner/v1/projects/away`` to server B (another port)."""
    seen_a, seen_b = Seen(), Seen()
    holder: dict[str, TestServer] = {}

    async def b(request: web.Request) -> web.Response:
        await seen_b.record(request)
        return web.json_response(example("Project"))

    async def a(request: web.Request) -> web.StreamResponse:
        await seen_a.record(request)
        tail = request.path.removeprefix("/planner/v1")
        if tail == "/projects/away":
            raise web.HTTPFound(holder["b"].make_url("/planner/v1/projects/proj_1"))
        if tail == "/projects/away307":
            raise web.HTTPTemporaryRedirect(holder["b"].make_url("/planner/v1/projects"))
        if tail == "/projects/old":
            raise web.HTTPMovedPermanently("/planner/v1/projects/new")
        if tail == "/projects/loop":
            raise web.HTTPFound("/planner/v1/projects/loop")
        if tail == "/projects" and request.method == "POST":
            raise web.HTTPSeeOther("/planner/v1/projects/proj_created")
        if tail.endswith("/schedules") and request.method == "POST":
            raise web.HTTPSeeOther("/planner/v1/projects/proj_1/schedules/sch_1")
        if tail.endswith("/schedules/sch_1"):
            return web.json_response({**example("Schedule"), "sha256": UPLOAD_SHA})
        return web.json_response(
            example("Project"), status=201 if request.method == "POST" else 200
        )

    server_a, server_b = await serve(a), await serve(b)
    holder["b"] = server_b
    return server_a, server_b, seen_a, seen_b


async def test_authorization_is_not_sent_to_another_origin(
    serve: ServeFn, make_client: ClientFn
) -> None:
    server_a, _, seen_a, seen_b = await _pair(serve)
    planner = make_client(server_a)
    project = await planner.projects.get("away")
    assert project.id == example("Project")["id"]
    assert seen_a.requests[0][2] is not None
    assert seen_a.requests[0][2].startswith("Bearer ")
    assert [(m, p, auth) for m, p, auth, _, _ in seen_b.requests] == [
        ("GET", "/planner/v1/projects/proj_1", None)
    ]


async def test_307_to_another_origin_keeps_the_body_but_not_the_credentials(
    serve: ServeFn, make_client: ClientFn
) -> None:
    server_a, _, _, seen_b = await _pair(serve)
    planner = make_client(server_a)
    # No generated operation POSTs to a path of our choosing, so drive the transport.
    from kazinex_planner._core._http import Request

    response = await planner._transport.send(
        Request(
            operation_id="test",
            method="POST",
            path="/projects/away307",
            body=lambda: b'{"name": "x"}',
            headers={"Content-Type": "application/json"},
        )
    )
    assert response.status == 200
    assert seen_b.requests == [("POST", "/planner/v1/projects", None, b'{"name": "x"}', "13")]


async def test_same_origin_redirect_keeps_the_credentials(
    serve: ServeFn, make_client: ClientFn
) -> None:
    server_a, _, seen_a, _ = await _pair(serve)
    planner = make_client(server_a)
    await planner.projects.get("old")
    assert [p for _, p, _, _, _ in seen_a.requests] == [
        "/planner/v1/projects/old",
        "/planner/v1/projects/new",
    ]
    assert all(
        auth is not None and auth.startswith("Bearer ") for _, _, auth, _, _ in seen_a.requests
    )


async def test_a_redirect_loop_errors_out(serve: ServeFn, make_client: ClientFn) -> None:
    server_a, _, seen_a, _ = await _pair(serve)
    planner = make_client(server_a)
    with pytest.raises(errors.APIConnectionError, match="redirects"):
        await planner.projects.get("loop")
    assert len(seen_a.requests) == 6  # the first request and five redirects, no more


async def test_303_turns_post_into_a_bodyless_get(serve: ServeFn, make_client: ClientFn) -> None:
    server_a, _, seen_a, _ = await _pair(serve)
    planner = make_client(server_a)
    await planner.projects.create(name="Harbour")
    (m1, p1, _, body1, _), (m2, p2, _, body2, length2) = seen_a.requests
    assert (m1, p1) == ("POST", "/planner/v1/projects")
    assert body1
    assert (m2, p2, body2) == ("GET", "/planner/v1/projects/proj_created", b"")
    assert length2 in (None, "0")


async def test_303_after_an_upload_does_not_announce_the_upload_length(
    serve: ServeFn, make_client: ClientFn
) -> None:
    """The GET after a 303 has no body: it must not carry the upload's Content-Length."""
    server_a, _, seen_a, _ = await _pair(serve)
    planner = make_client(server_a, timeout=1, max_retries=0)
    schedule = await planner.schedules.upload("proj_1", UPLOAD, validate=False)
    assert schedule.id == example("Schedule")["id"]
    method, _, _, body, length = seen_a.requests[-1]
    assert (method, body, length) == ("GET", b"", None)
