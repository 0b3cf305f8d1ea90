"""Type-level tests of the public API, checked by ``mypy --strict`` in ``nox -s typecheck``.

Lines that must be type errors carry ``# type: ignore[code]``: strict mode reports an
unused ignore, so if a misuse ever stops being an error, this file fails to check.
Nothing here runs.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kazinex_planner import UNSET, AsyncPager, Page, Plan, PlannerClient, errors
from kazinex_planner.models import Activity, ActivityStatus, Project
from kazinex_planner.ratelimit import RateLimitSnapshot


async def usage(planner: PlannerClient) -> None:
    project: Project = await planner.projects.create(name="North Harbour", code="NHCW")
    await planner.projects.create()  # type: ignore[call-arg]
    await planner.projects.create("North Harbour")  # type: ignore[call-arg]
    await planner.projects.get(project.id)
    await planner.projects.get(project_id=project.id)

    # PATCH: absent (UNSET), a value, or null where the spec allows clearing.
    await planner.projects.update(project.id, description=None)
    await planner.projects.update(project.id, name=UNSET, description="Phase 2")
    await planner.projects.update(project.id, name=None)  # type: ignore[arg-type]

    # Enum parameters take the member or its string, and nothing else.
    pager: AsyncPager[Activity] = planner.activities.list(project.id, status="completed")
    planner.activities.list(project.id, status=ActivityStatus.in_progress, critical=True)
    planner.activities.list(project.id, status="finished")  # type: ignore[arg-type]
    planner.activities.list(project.id, updated_since=datetime(2026, 3, 1, tzinfo=UTC))
    planner.activities.list(project.id, updated_since="2026-03-01")  # type: ignore[arg-type]

    page: Page[Activity] = await pager
    first: Activity = page.data[0]
    first.name = "renamed"  # type: ignore[misc]
    async for activity in planner.activities.list(project.id, prefetch=4):
        hours: float | None = activity.total_float_hours
        del hours

    snapshot: RateLimitSnapshot = planner.rate_limit
    del snapshot
    PlannerClient(plan=Plan.enterprise(per_minute=60, per_day=10_000))
    PlannerClient(plan="business")
    PlannerClient(timeout="60")  # type: ignore[arg-type]

    try:
        await planner.projects.delete(project.id)
    except errors.RateLimitError as exc:
        wait: float | None = exc.retry_after
        del wait
    except errors.APIStatusError as exc:
        status: int = exc.status
        del status


async def enum_bodies_and_request_options(planner: PlannerClient) -> None:
    from kazinex_planner import RawResponse
    from kazinex_planner.models import ProjectList, UserRole, WebhookEventType, WebhookWithSecret

    hook: WebhookWithSecret = await planner.webhooks.create(
        url="https://example.com/hook", events=["quality.complete"]
    )
    await planner.webhooks.create(
        url="https://example.com/hook",
        events=[WebhookEventType.quality_complete, "schedule.processed"],
    )
    await planner.webhooks.create(url="https://x", events=["quality.done"])  # type: ignore[list-item]
    await planner.users.update("usr_1", role="viewer")
    await planner.users.update("usr_1", role=UserRole.admin)
    await planner.users.update("usr_1", role="boss")  # type: ignore[arg-type]
    del hook

    raw: RawResponse[ProjectList] = await planner.projects.with_raw_response.list(per_page=5)
    listing: ProjectList = raw.parse()
    status: int = raw.status
    body: bytes = raw.content
    gone: RawResponse[None] = await planner.projects.with_raw_response.delete("proj_1")
    del listing, status, body, gone
    await planner.projects.get("proj_1", timeout=5, max_wait=1, lane="bulk", max_retries=0)
    await planner.projects.get("proj_1", lane="later")  # type: ignore[arg-type]
    await planner.projects.get("proj_1", extra_headers={"X-Trace": "1"}, extra_query={"a": 1})
    scoped: PlannerClient = planner.with_options(max_wait=0.5, lane="bulk")
    del scoped
    as_json: bytes = (await planner.projects.get("proj_1")).to_json()
    project = Project.from_dict({"id": "proj_1"})
    as_dict: dict[str, object] = project.to_dict()
    del as_json, as_dict
