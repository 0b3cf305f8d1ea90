"""Configuration: explicit arguments, then the environment, then safe defaults."""

from __future__ import annotations

import platform

import aiohttp
import pytest
from aiohttp import web

import kazinex_planner
from kazinex_planner import PlannerClient
from kazinex_planner.errors import ConfigurationError
from kazinex_planner.ratelimit import Plan

from .conftest import API_KEY, ClientFn, ServeFn, base_url, example


async def test_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAZINEX_API_KEY", API_KEY)
    async with PlannerClient() as planner:
        assert planner._transport._auth == f"Bearer {API_KEY}"


def test_missing_key_names_the_environment_variable() -> None:
    with pytest.raises(ConfigurationError, match="KAZINEX_API_KEY"):
        PlannerClient()


def test_blank_key_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAZINEX_API_KEY", "   ")
    with pytest.raises(ConfigurationError, match="KAZINEX_API_KEY"):
        PlannerClient()


async def test_base_url_and_plan_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KAZINEX_BASE_URL", "https://eu.example.test/planner/v1/")
    monkeypatch.setenv("KAZINEX_PLAN", "Business")
    async with PlannerClient(api_key=API_KEY) as planner:
        assert str(planner.base_url) == "https://eu.example.test/planner/v1"
        assert planner.plan == Plan.BUSINESS
        assert planner.rate_limit.minute_limit == 600


async def test_defaults_are_production_and_professional() -> None:
    async with PlannerClient(api_key=API_KEY) as planner:
        assert str(planner.base_url) == "https://api.kazinex.com/planner/v1"
        assert planner.plan == Plan.PROFESSIONAL


@pytest.mark.parametrize(
    "url",
    ["http://api.kazinex.com/planner/v1", "http://10.0.0.5/v1", "http://127.0.0.1.nip.io/v1"],
)
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="plain-http") as info:
        PlannerClient(api_key=API_KEY, base_url=url)
    assert API_KEY not in str(info.value)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080/v1", "http://localhost:9/v1", "http://[::1]:8080/v1"]
)
async def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    async with PlannerClient(api_key=API_KEY, base_url=url) as planner:
        assert planner.base_url.scheme == "http"


def test_unknown_plan_name_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="unknown plan"):
        PlannerClient(api_key=API_KEY, plan="platinum")


async def test_user_agent_names_sdk_python_and_aiohttp(
    serve: ServeFn, make_client: ClientFn
) -> None:
    seen: list[str] = []

    async def handler(request: web.Request) -> web.Response:
        seen.append(request.headers["User-Agent"])
        return web.json_response(example("Project"))

    planner = make_client(await serve(handler))
    await planner.projects.get("proj_1")
    agent = seen[0]
    assert f"kazinex-planner-python/{kazinex_planner.__version__}" in agent
    assert f"Python/{platform.python_version()}" in agent
    assert f"aiohttp/{aiohttp.__version__}" in agent


async def test_repr_and_config_errors_never_show_the_key(
    serve: ServeFn, make_client: ClientFn
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(example("Project"))

    server = await serve(handler)
    planner = make_client(server)
    assert API_KEY not in repr(planner)
    assert API_KEY not in repr(planner._transport)
    assert str(base_url(server)) in repr(planner)
    with pytest.raises(ConfigurationError) as info:
        PlannerClient(api_key=f"{API_KEY} extra")
    assert API_KEY not in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://user:hunter2pass@api.example.com/planner/v1",
        "https://:hunter2pass@api.example.com/planner/v1",
        "https://hunter2pass@api.example.com/planner/v1",
    ],
)
def test_base_url_with_userinfo_is_refused_without_echoing_it(url: str) -> None:
    with pytest.raises(ConfigurationError, match="pass the key") as info:
        PlannerClient(api_key=API_KEY, base_url=url)
    assert "hunter2pass" not in str(info.value)
    assert "hunter2pass" not in repr(info.value)


@pytest.mark.parametrize(
    "bad", ["kzk_\x00abc", "kzk_abc\x7f", "kzk_a\u200bb", "kzk a", "kzk_\x1b[2J"]
)
def test_keys_with_control_characters_or_whitespace_are_refused(bad: str) -> None:
    with pytest.raises(ConfigurationError, match="API key") as info:
        PlannerClient(api_key=bad)
    assert bad not in str(info.value)


def test_empty_environment_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAZINEX_API_KEY", "")
    with pytest.raises(ConfigurationError, match="no API key"):
        PlannerClient()
    monkeypatch.setenv("KAZINEX_BASE_URL", "  ")
    planner = PlannerClient(api_key=API_KEY)
    assert str(planner.base_url) == "https://api.kazinex.com/planner/v1"


def test_webhook_secret_is_masked_in_model_repr() -> None:
    import attrs

    from kazinex_planner._converter import structure
    from kazinex_planner._generated.models import WebhookWithSecret

    hook = structure(example("WebhookWithSecret"), WebhookWithSecret)
    assert hook.secret.startswith("whsec_")
    assert hook.secret not in repr(hook)
    assert "secret='***'" in repr(hook)
    assert attrs.fields(WebhookWithSecret).secret.metadata["secret"] is True
