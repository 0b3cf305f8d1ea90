"""Lifecycle: one session per client, closed exactly when it is ours to close."""

from __future__ import annotations

import asyncio
import gc

import aiohttp
import pytest
from aiohttp import web

from kazinex_planner import PlannerClient
from kazinex_planner.errors import APITimeoutError, ClientClosedError

from .conftest import API_KEY, ClientFn, Handler, RecordingClock, ServeFn, base_url, example


async def _project(request: web.Request) -> web.Response:
    return web.json_response(example("Project"))


async def test_async_with_closes_the_session(serve: ServeFn, make_client: ClientFn) -> None:
    async with make_client(await serve(_project)) as planner:
        await planner.projects.get("proj_1")
        session = planner._transport._session
        assert session is not None
        assert not session.closed
    assert planner.closed
    assert session.closed


async def test_one_session_serves_every_call(serve: ServeFn, make_client: ClientFn) -> None:
    planner = make_client(await serve(_project))
    await planner.projects.get("proj_1")
    first = planner._transport._session
    await asyncio.gather(*(planner.projects.get(f"proj_{i}") for i in range(5)))
    assert planner._transport._session is first


async def test_call_after_close_raises(serve: ServeFn, make_client: ClientFn) -> None:
    planner = make_client(await serve(_project))
    await planner.projects.get("proj_1")
    await planner.close()
    await planner.close()  # idempotent
    with pytest.raises(ClientClosedError, match="closed"):
        await planner.projects.get("proj_1")


def _drop(holder: list[PlannerClient]) -> None:
    """Release the last reference and collect, as the end of a forgetful program would."""
    holder.clear()
    gc.collect()


async def test_unclosed_client_warns(serve: ServeFn) -> None:
    # Built directly (not through make_client, whose teardown list would keep it alive).
    loose = PlannerClient(api_key=API_KEY, base_url=base_url(await serve(_project)))
    await loose.projects.get("proj_1")
    session = loose._transport._session
    assert session is not None
    holder = [loose]
    del loose
    with pytest.warns(ResourceWarning, match="unclosed PlannerClient"):
        _drop(holder)
    # We kept the session alive so that aiohttp's own warning does not fire; close it.
    await session.close()


async def test_unused_client_does_not_warn(recwarn: pytest.WarningsRecorder) -> None:
    PlannerClient(api_key=API_KEY)
    gc.collect()
    assert not [w for w in recwarn if issubclass(w.category, ResourceWarning)]


async def test_injected_session_is_not_closed(
    serve: ServeFn, make_client: ClientFn, recwarn: pytest.WarningsRecorder
) -> None:
    server = await serve(_project)
    async with aiohttp.ClientSession() as session:
        async with make_client(server, session=session) as planner:
            await planner.projects.get("proj_1")
            assert planner._transport._session is session
        assert not session.closed
        del planner
        gc.collect()
        assert not [w for w in recwarn if issubclass(w.category, ResourceWarning)]
        async with session.get(server.make_url("/ping")) as resp:  # still usable
            assert resp.status == 200


async def test_closed_injected_session_is_a_clear_error(
    serve: ServeFn, make_client: ClientFn
) -> None:
    server = await serve(_project)
    session = aiohttp.ClientSession()
    await session.close()
    planner = make_client(server, session=session)
    with pytest.raises(ClientClosedError, match="session"):
        await planner.projects.get("proj_1")


def _slow(delay: float, hits: list[int]) -> Handler:
    async def handler(request: web.Request) -> web.Response:
        hits.append(1)
        await asyncio.sleep(delay)
        return web.json_response(example("Project"))

    return handler


async def test_client_timeout_raises_api_timeout(serve: ServeFn, make_client: ClientFn) -> None:
    hits: list[int] = []
    planner = make_client(await serve(_slow(0.3, hits)), timeout=0.05, max_retries=0)
    with pytest.raises(APITimeoutError, match="timed out") as info:
        await planner.projects.get("proj_1")
    assert info.value.method == "GET"
    assert hits == [1]


async def test_per_call_timeout_overrides_the_client(serve: ServeFn, make_client: ClientFn) -> None:
    hits: list[int] = []
    planner = make_client(await serve(_slow(0.3, hits)), timeout=30, max_retries=0)
    with pytest.raises(APITimeoutError):
        await planner.projects.get("proj_1", timeout=0.05)
    # And a generous per-call timeout lets a slow answer through.
    project = await planner.projects.get("proj_1", timeout=5)
    assert project.id == example("Project")["id"]


async def test_timeouts_are_retried_for_idempotent_calls(
    serve: ServeFn, make_client: ClientFn
) -> None:
    hits: list[int] = []
    clock = RecordingClock()
    planner = make_client(await serve(_slow(0.3, hits)), timeout=0.05, max_retries=1, clock=clock)
    with pytest.raises(APITimeoutError):
        await planner.projects.get("proj_1")
    assert len(hits) == 2
    assert len(clock.sleeps) == 1


@pytest.mark.parametrize("trust_env", [True, False])
async def test_trust_env_routes_through_the_environment_proxy(
    serve: ServeFn, make_client: ClientFn, monkeypatch: pytest.MonkeyPatch, trust_env: bool
) -> None:
    direct: list[str] = []
    proxied: list[str] = []

    async def origin(request: web.Request) -> web.Response:
        direct.append(request.path)
        return web.json_response(example("Project"))

    async def proxy(request: web.Request) -> web.Response:
        proxied.append(str(request.url))
        return web.json_response(example("Project"))

    target = await serve(origin)
    proxy_server = await serve(proxy)
    monkeypatch.setenv("HTTP_PROXY", str(proxy_server.make_url("")))
    planner = make_client(target, trust_env=trust_env)
    await planner.projects.get("proj_1")
    session = planner._transport._session
    assert session is not None
    assert session.trust_env is trust_env
    if trust_env:
        assert proxied == [str(base_url(target)) + "/projects/proj_1"]
        assert direct == []
    else:
        assert direct == ["/planner/v1/projects/proj_1"]
        assert proxied == []
