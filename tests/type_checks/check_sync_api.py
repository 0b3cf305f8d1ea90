"""Type-level tests of ``kazinex_planner.sync`` (checked by ``mypy --strict``; nothing runs)."""

from __future__ import annotations

from kazinex_planner import Page, errors
from kazinex_planner.models import Activity, Project, QualityReport, Schedule
from kazinex_planner.sync import Emulator, PlannerClient, SyncPager


def usage(planner: PlannerClient) -> None:
    project: Project = planner.projects.create(name="North Harbour", code="NHCW")
    planner.projects.create()  # type: ignore[call-arg]
    planner.projects.update(project.id, name=None)  # type: ignore[arg-type]

    pager: SyncPager[Activity] = planner.activities.list(project.id, status="completed")
    planner.activities.list(project.id, status="finished")  # type: ignore[arg-type]
    page: Page[Activity] = pager.first_page()
    for activity in pager:
        hours: float | None = activity.total_float_hours
    for a_page in pager.pages():
        items: list[Activity] = a_page.data
    collected: list[Activity] = pager.collect(max_items=10)
    # a sync pager is not async-iterable: `async for` on it is a type error
    not_async = planner.activities.list(project.id).__aiter__()  # type: ignore[attr-defined]

    schedule: Schedule = planner.schedules.wait_until_ready(project.id, "sch_1")
    report: QualityReport = planner.quality.wait_until_complete(project.id)
    try:
        planner.projects.get(project.id)
    except errors.NotFoundError as exc:
        status: int = exc.status
        del status
    del hours, items, collected, page, schedule, report, not_async


def emulator_usage() -> None:
    with Emulator(plan="business", seed=True) as emulator:
        key: str = emulator.issue_key(scope="read")
        with PlannerClient(key, base_url=emulator.base_url) as planner:
            planner.close()
