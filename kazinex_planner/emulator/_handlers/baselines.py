"""Baselines: list, mark (primary sets the project's baseline and fires an event), get, unmark."""

from __future__ import annotations

from aiohttp import web

from .._context import Route, json_response, no_content, principal_of, state_of
from .._errors import ApiError
from .._events import emit
from .._ids import new_id
from .._records import Baseline
from .._serialize import baseline_json, page_json
from .._validation import Field, Shape, check_body, paginate, pagination, read_json

__all__ = ["ROUTES"]

CREATE = Shape(
    fields={
        "schedule_id": Field(kind="string", pattern=r"^sch_[0-9A-Za-z]+$"),
        "label": Field(kind="string", max_length=200),
        "primary": Field(kind="boolean"),
    },
    required=("schedule_id",),
)


async def list_baselines(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    page, per_page = pagination(request)
    items = [b for b in state.baselines.values() if b.project_id == project.id]
    items.reverse()  # insertion order is marking order: newest first
    data = [baseline_json(b) for b in paginate(items, page, per_page)]
    return json_response(page_json(data, len(items), page, per_page))


async def mark_baseline(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    body = check_body(await read_json(request), CREATE)
    schedule = state.schedules.get(body["schedule_id"])
    if schedule is None or schedule.project_id != project.id:
        raise ApiError.validation([("schedule_id", "no such schedule revision in this project")])
    if schedule.status != "ready":
        raise ApiError.conflict(
            f"Schedule {schedule.id} is {schedule.status}; only ready revisions can be baselines.",
            "schedule_id",
            f"schedule is {schedule.status}",
        )
    existing = next((b for b in state.baselines.values() if b.schedule_id == schedule.id), None)
    if existing is not None:
        raise ApiError.conflict(
            f"Schedule {schedule.id} is already marked as baseline {existing.id}.",
            "schedule_id",
            "already a baseline",
        )
    primary = body.get("primary", True)
    now = state.clock.now()
    baseline = Baseline(
        id=new_id("bl"),
        project_id=project.id,
        schedule_id=schedule.id,
        label=body.get("label"),
        is_primary=primary,
        marked_at=now,
        marked_by=principal_of(request).user.id,
    )
    state.baselines[baseline.id] = baseline
    if primary:
        for other in state.baselines.values():
            if other.project_id == project.id and other.id != baseline.id:
                other.is_primary = False
        previous = state.schedules.get(project.baseline_schedule_id or "")
        project.baseline_schedule_id = schedule.id
        project.updated_at = now
        if previous is not None and previous.id != schedule.id:
            previous.role = state.role_after_unassign(previous)
        if schedule.role != "current":
            schedule.role = "baseline"
    state.touch()
    body_json = baseline_json(baseline)
    if primary:
        emit(state, "baseline.marked", project.id, body_json)
    return json_response(body_json, status=201)


def _baseline(request: web.Request) -> Baseline:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    baseline_id = request.match_info["baseline_id"]
    baseline = state.baselines.get(baseline_id)
    if baseline is None or baseline.project_id != project.id:
        raise ApiError.not_found("baseline", baseline_id)
    return baseline


async def get_baseline(request: web.Request) -> web.StreamResponse:
    return json_response(baseline_json(_baseline(request)))


async def unmark_baseline(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    baseline = _baseline(request)
    del state.baselines[baseline.id]
    project = state.projects[baseline.project_id]
    if project.baseline_schedule_id == baseline.schedule_id:
        project.baseline_schedule_id = None
        project.updated_at = state.clock.now()
    schedule = state.schedules.get(baseline.schedule_id)
    if schedule is not None:
        schedule.role = state.role_after_unassign(schedule)
    state.touch()
    return no_content()


ROUTES: tuple[Route, ...] = (
    ("GET", "/projects/{project_id}/baselines", list_baselines),
    ("POST", "/projects/{project_id}/baselines", mark_baseline),
    ("GET", "/projects/{project_id}/baselines/{baseline_id}", get_baseline),
    ("DELETE", "/projects/{project_id}/baselines/{baseline_id}", unmark_baseline),
)
