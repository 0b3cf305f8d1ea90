"""The export refuses as soon as today's quota cannot even plan it (issue 11 acceptance)."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import orjson
import pytest
from aiohttp import web

from kazinex_planner import Plan, PlannerClient
from kazinex_planner.emulator import Emulator
from kazinex_planner.errors import ExportQuotaError
from kazinex_planner.schedule_files import generate_xer

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@pytest.fixture
async def portfolio() -> AsyncIterator[tuple[Emulator, Counter[str]]]:
    """Ten projects, each with a processed schedule (six collections each to count)."""
    emu = Emulator(plan="unlimited")
    hits: Counter[str] = Counter()

    @web.middleware
    async def count(request: web.Request, handler: Handler) -> web.StreamResponse:
        hits[request.headers.get("Authorization", "")] += 1
        return await handler(request)

    emu.app.middlewares.insert(0, count)
    async with emu:
        async with PlannerClient(emu.issue_key(), base_url=emu.base_url, plan="unlimited") as p:
            for n in range(10):
                project = await p.projects.create(name=f"Site {n}")
                xer = generate_xer(projects=1, activities_per_project=15, seed=n)
                await p.schedules.upload(project.id, xer)
        await emu.wait_idle()
        yield emu, hits


async def test_day_budget_30_and_10_projects_refuses_after_one_request(
    portfolio: tuple[Emulator, Counter[str]], tmp_path: Path
) -> None:
    emu, hits = portfolio
    key = emu.issue_key(scope="read_only", plan=Plan.enterprise(per_minute=100_000, per_day=30))
    async with PlannerClient(key, base_url=emu.base_url) as planner:
        with pytest.raises(ExportQuotaError) as caught:
            await planner.export(tmp_path)
        assert hits[f"Bearer {key}"] <= 1
        error = caught.value
        # 10 projects × 6 collections to count, then 2 single objects each.
        assert (error.needed, error.remaining, error.planning) == (80, 29, 60)
        message = str(error)
        assert "80 more requests" in message
        assert "only 29 remain" in message
        assert "resets at" in message
        assert "allow_partial=True" in message
        assert not (tmp_path / "manifest.json").exists()

        # The message's own advice, in the same process: a partial export, no traceback.
        report = await planner.export(tmp_path, allow_partial=True)
    assert report.partial
    assert report.pending
    assert report.units  # something was exported: the projects file at least
    assert hits[f"Bearer {key}"] <= 30
    manifest = orjson.loads((tmp_path / "manifest.json").read_bytes())
    assert manifest["status"] == "partial"
    assert manifest["pending"] == list(report.pending)


async def test_a_resume_is_checked_against_what_is_left_not_the_whole_export(
    portfolio: tuple[Emulator, Counter[str]], tmp_path: Path
) -> None:
    emu, _ = portfolio
    async with PlannerClient(emu.issue_key(), base_url=emu.base_url, plan="unlimited") as p:
        first = await p.export(tmp_path)
    assert first.complete
    assert first.requests_used > 30
    lost = next(u for u in first.units if u.key.endswith("/activities"))
    (tmp_path / lost.path).unlink()

    small = Plan.enterprise(per_minute=100_000, per_day=30)
    key = emu.issue_key(scope="read_only", plan=small)
    async with PlannerClient(key, base_url=emu.base_url, plan=small) as planner:
        resumed = await planner.export(tmp_path)
    assert resumed.complete
    assert [u.key for u in resumed.units if u.fetched] == [lost.key]
