"""Export progress that tells the truth: ETA, totals that match the summary, empty
entities done, all readable at 80 columns (rich's own terminal capture)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from kazinex_planner import PlannerClient
from kazinex_planner.cli._eta import EtaEstimator, format_eta
from kazinex_planner.cli._export import run_export, summary_table
from kazinex_planner.cli._export_progress import ExportBars
from kazinex_planner.emulator import Emulator
from kazinex_planner.export import ExportPlanned, PageWritten, UnitDone, UnitSkipped
from kazinex_planner.schedule_files import generate_xer


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _fields(progress: Progress, name: str) -> dict[str, object]:
    (task,) = [t for t in progress.tasks if t.description == name]
    return {"completed": task.completed, "total": task.total, **task.fields}


def test_eta_combines_the_limiter_bound_with_observed_throughput() -> None:
    clock = FakeClock()
    bound = {"seconds": 0.0}
    eta = EtaEstimator(lambda n: bound["seconds"], now=clock)
    assert eta.seconds_left(10) is None  # a full bucket and nothing observed: unknown
    assert format_eta(None) == "ETA estimating…"
    eta.start()
    clock.now += 4.0
    eta.observe(2)  # 2 requests in 4 s
    assert eta.seconds_left(10) == 20.0
    bound["seconds"] = 90.0  # the bucket runs dry: the limiter's bound wins
    assert eta.seconds_left(10) == 90.0
    assert eta.seconds_left(0) == 0.0
    assert format_eta(3725.2) == "ETA 1:02:05"


def test_bars_show_empty_entities_done_and_an_eta_that_moves() -> None:
    clock = FakeClock()
    progress = Progress(console=Console(record=True, width=80, file=io.StringIO()))
    bars = ExportBars(progress, lambda n: 0.0, now=clock)
    bars(UnitSkipped(unit="p1/schedules", entity="schedules", records=3, reason="done"))
    bars(
        ExportPlanned(
            units=3,
            records=400,
            requests=4,
            seconds=0.0,
            entities=(("activities", 400, 2), ("baselines", 0, 0), ("loading", 0, 2)),
        )
    )
    assert _fields(progress, "baselines")["eta"] == "done"
    assert _fields(progress, "schedules")["count"] == "3/3"
    assert _fields(progress, "requests")["eta"] == "ETA estimating…"
    etas = []
    for page, records in ((1, 200), (2, 400)):
        clock.now += 3.0
        bars(
            PageWritten(
                unit="p1/activities",
                entity="activities",
                page=page,
                records=records,
                total=400,
                requests=page,
            )
        )
        etas.append(_fields(progress, "requests")["eta"])
    assert etas == ["ETA 0:00:09", "ETA 0:00:06"]  # 3 s a request, 3 then 2 left
    bars(UnitDone(unit="p1/activities", entity="activities", records=400, requests=3, path="a"))
    bars(UnitDone(unit="p1/baselines", entity="baselines", records=0, requests=0, path="b"))
    bars(UnitDone(unit="p1/loading", entity="loading", records=1, requests=1, path="c"))
    requests = _fields(progress, "requests")
    assert requests["count"] == "4/4"  # a retry on activities (3) + loading (1)
    assert requests["eta"] == "done"
    assert _fields(progress, "activities")["count"] == "400/400"
    assert _fields(progress, "loading")["count"] == "1/1"  # grew past the plan's 0


async def test_export_output_at_80_columns_matches_the_summary(tmp_path: Path) -> None:
    async with Emulator(plan="unlimited") as emulator:
        key = emulator.issue_key()
        async with PlannerClient(key, base_url=emulator.base_url) as planner:
            for n in range(2):
                project = await planner.projects.create(name=f"Project {n}")
                xer = generate_xer(projects=1, activities_per_project=250 + n, seed=n)
                schedule = await planner.schedules.upload(project.id, xer)
                await planner.schedules.wait_until_ready(project.id, schedule.id)
            screen = Console(record=True, width=80, force_terminal=False, file=io.StringIO())
            report = await run_export(planner, tmp_path / "out", screen=screen)
            screen.print(summary_table(report))
    text = screen.export_text()
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    bars = {
        m.group(1): m for m in re.finditer(r"^\s*(\w+) \S+\s+([\d,]+)/([\d,]+) (.+)$", text, re.M)
    }
    assert set(bars) >= {"requests", "projects", "activities", "baselines", "loading"}
    for name, match in bars.items():
        assert match.group(2) == match.group(3), name
        assert match.group(4).strip() == "done", name
    assert "0:00:00" not in text
    rows = {
        m.group(1): [int(x.replace(",", "")) for x in m.groups()[1:]]
        for m in re.finditer(r"│ (\w+)\s+│\s+(\d+) │\s+([\d,]+) │\s+([\d,]+) │", text)
    }
    data = sum(r[2] for name, r in rows.items() if name not in {"total"})
    planning = re.search(r"│ planning\s+│\s+│\s+│\s+([\d,]+) │", text)
    assert planning is not None
    assert data + int(planning.group(1)) == report.requests_used
    assert int(bars["requests"].group(2).replace(",", "")) == data
    assert rows["total"][1] == report.records
    assert int(bars["activities"].group(2).replace(",", "")) == 501
