"""Issue 5 acceptance: the demo pipeline, SDK → validating proxy → emulator, breaks no rule.

The proxy (``_proxy.py``) checks every request and response against the spec with
openapi-core and imports neither the SDK nor the emulator.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import orjson
import pytest
from aiohttp.test_utils import TestServer
from yarl import URL

from kazinex_planner import PlannerClient
from kazinex_planner.cli._demo import SAMPLES, publish_portfolio
from kazinex_planner.emulator import Emulator

from ._proxy import ValidatingProxy


@pytest.fixture
async def proxied() -> AsyncIterator[tuple[PlannerClient, ValidatingProxy, Emulator]]:
    async with Emulator(plan="business") as emulator:
        proxy = ValidatingProxy(upstream=URL(emulator.base_url))
        server = TestServer(proxy.app(), host="127.0.0.1")
        await server.start_server()
        key = emulator.issue_key(scope="read_write", role="admin")
        base = str(server.make_url("/planner/v1"))
        try:
            async with PlannerClient(key, base_url=base, plan="business") as planner:
                yield planner, proxy, emulator
        finally:
            await server.close()


async def test_demo_pipeline_breaks_no_rule_of_the_spec(
    proxied: tuple[PlannerClient, ValidatingProxy, Emulator], tmp_path: Path
) -> None:
    planner, proxy, _ = proxied
    result = await publish_portfolio(planner, tmp_path / "export", say=lambda _: None)

    assert proxy.violations == []
    assert proxy.exchanges >= 30
    assert [p.code for p in result.projects] == [code for code, *_ in SAMPLES]
    for outcome, (_, _, activities, _) in zip(result.projects, SAMPLES, strict=True):
        assert outcome.activities == activities
        assert outcome.score is not None
        assert 0 <= outcome.score <= 100
    assert result.webhook_events >= len(SAMPLES)
    manifest = orjson.loads((tmp_path / "export" / "manifest.json").read_bytes())
    assert manifest["status"] == "complete"
    assert result.export_records == sum(u["records"] for u in manifest["units"].values())


async def test_errors_cross_the_proxy_in_spec(
    proxied: tuple[PlannerClient, ValidatingProxy, Emulator],
) -> None:
    from kazinex_planner import errors

    planner, proxy, _ = proxied
    with pytest.raises(errors.NotFoundError) as info:
        await planner.projects.get("proj_DOESNOTEXIST")
    assert info.value.request_id
    assert proxy.violations == []
    # An empty name breaks the spec on purpose: the proxy must see that request as
    # invalid, and the emulator's 422 answer must still be in spec.
    with pytest.raises(errors.UnprocessableEntityError) as invalid:
        await planner.projects.create(name="")
    assert any(d.field == "name" for d in invalid.value.details)
    assert [(v.kind, v.path) for v in proxy.violations] == [("request", "/planner/v1/projects")]
