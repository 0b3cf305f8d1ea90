"""The export against the API emulator: real pagination, rate limits, faults and 429s.

One emulator, seeded once for the module (processing schedules is the slow part);
each test gets a fresh key, so each has its own day budget.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
import pytest_asyncio
from aiohttp import web

from kazinex_planner import Plan, PlannerClient
from kazinex_planner.emulator import Emulator, Faults
from kazinex_planner.export import ExportEvent, ExportQuotaError, PageWritten
from kazinex_planner.schedule_files import generate_xer

from ._helpers import read_jsonl, snapshot

pytestmark = pytest.mark.asyncio(loop_scope="module")

FAST = Plan.enterprise(per_minute=1_000_000, per_day=10_000_000)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Seeded:
    def __init__(self, emu: Emulator, hits: Counter[str]) -> None:
        self.emu = emu
        self.hits = hits
        self.project_ids: list[str] = []

    def client(self, plan: Any = "unlimited", client_plan: Plan = FAST) -> PlannerClient:
        key = self.emu.issue_key(scope="read_only", plan=plan)
        return PlannerClient(api_key=key, base_url=self.emu.base_url, plan=client_plan)

    def path_hits(self, suffix: str) -> int:
        return sum(n for path, n in self.hits.items() if path.endswith(suffix))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def seeded() -> AsyncIterator[Seeded]:
    emu = Emulator(plan="unlimited")
    hits: Counter[str] = Counter()

    @web.middleware
    async def count(request: web.Request, handler: Handler) -> web.StreamResponse:
        hits[request.path] += 1
        return await handler(request)

    emu.app.middlewares.insert(0, count)
    async with emu:
        state = Seeded(emu, hits)
        key = emu.issue_key(plan="unlimited")
        async with PlannerClient(api_key=key, base_url=emu.base_url, plan=FAST) as planner:
            for n, size in enumerate((430, 180)):
                project = await planner.projects.create(name=f"Export {n}")
                xer = generate_xer(projects=1, activities_per_project=size, seed=n)
                schedule = await planner.schedules.upload(project.id, xer)
                await planner.schedules.wait_until_ready(project.id, schedule.id, poll_interval=0.1)
                state.project_ids.append(project.id)
            empty = await planner.projects.create(name="No schedule yet")
            state.project_ids.append(empty.id)
        await emu.wait_idle()
        yield state


async def test_files_hold_exactly_the_emulators_records(seeded: Seeded, tmp_path: Path) -> None:
    async with seeded.client() as planner:
        report = await planner.export(tmp_path, projects=seeded.project_ids)
    state = seeded.emu.state
    for project_id in seeded.project_ids:
        project = state.projects[project_id]
        schedule = project.current_schedule_id
        for kind, store in (
            ("activities", state.activities),
            ("resources", state.resources),
            ("assignments", state.assignments),
        ):
            ids = [r["id"] for r in read_jsonl(tmp_path / project_id / f"{kind}.jsonl")]
            expected = set(store.get(schedule, {})) if schedule else set()
            assert len(ids) == len(set(ids)) == len(expected)
            assert set(ids) == expected, kind
    assert report.complete
    assert report.requests_used == report.estimate.requests_minimum


async def test_faults_5xx_and_drops_still_exactly_once(seeded: Seeded, tmp_path: Path) -> None:
    async with seeded.client() as planner:
        await planner.export(tmp_path / "clean", projects=seeded.project_ids)
    seeded.emu.state.faults = Faults(error_rates={500: 0.05, 503: 0.05}, drop_rate=0.05, seed=7)
    try:
        async with seeded.client() as planner:
            planner._transport.clock.sleep = _short_sleep  # type: ignore[method-assign]
            report = await planner.export(tmp_path / "faulty", projects=seeded.project_ids)
    finally:
        seeded.emu.state.faults = Faults()
    assert report.retries > 0
    clean = snapshot(tmp_path / "clean")
    faulty = snapshot(tmp_path / "faulty")
    assert clean.keys() == faulty.keys()
    for path, data in clean.items():
        if path.endswith(("activities.jsonl", "resources.jsonl", "assignments.jsonl")):
            assert faulty[path] == data, path


async def _short_sleep(seconds: float) -> None:
    await asyncio.sleep(min(seconds, 0.01))


async def test_resume_after_a_crash_does_not_refetch(seeded: Seeded, tmp_path: Path) -> None:
    async with seeded.client() as planner:
        await planner.export(tmp_path / "reference", projects=seeded.project_ids)

    # Ctrl-C under asyncio.run() cancels the main task: do exactly that, mid-unit.
    task: asyncio.Task[object] | None = None

    def interrupt(event: ExportEvent) -> None:
        second = f"{seeded.project_ids[1]}/assignments"
        if isinstance(event, PageWritten) and event.unit == second:
            assert task is not None
            task.cancel()

    out = tmp_path / "resumed"
    async with seeded.client() as planner:
        task = asyncio.ensure_future(
            planner.export(out, projects=seeded.project_ids, progress=interrupt, concurrency=2)
        )
        with pytest.raises(asyncio.CancelledError):
            await task
    stopped = orjson.loads((out / "manifest.json").read_bytes())
    assert stopped["status"] == "interrupted"
    assert stopped["pending"]
    done = [k for k in stopped["units"] if k.endswith(("/resources", "/activities"))]
    assert done
    before = {k: seeded.path_hits(k) for k in done}
    async with seeded.client() as planner:
        await planner.export(out, projects=seeded.project_ids)
    after = {k: seeded.path_hits(k) for k in done}
    assert before == after
    # quality_report and loading hold computed timestamps; data files compare exactly.
    reference = snapshot(tmp_path / "reference")
    resumed = snapshot(out)
    assert reference.keys() == resumed.keys()
    for path in reference:
        if not path.endswith(("quality_report.jsonl", "loading.jsonl")):
            assert resumed[path] == reference[path], path


async def test_refuses_when_the_servers_day_budget_is_too_small(
    seeded: Seeded, tmp_path: Path
) -> None:
    served_before = sum(seeded.hits.values())
    # The server says 25 a day; the client was told a bigger plan but adopts the server's.
    async with seeded.client(plan=("enterprise", 100_000, 25)) as planner:
        with pytest.raises(ExportQuotaError) as caught:
            await planner.export(tmp_path, projects=seeded.project_ids)
    error = caught.value
    planning = sum(seeded.hits.values()) - served_before
    assert error.planning == planning
    assert error.remaining == 25 - planning
    assert f"only {error.remaining} remain" in str(error)
    assert not tmp_path.joinpath("manifest.json").exists()
