"""Activities: list with filters, get, update one (PATCH), update up to 100 atomically."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiohttp import web

from .._context import Route, json_response, state_of
from .._errors import ApiError, Detail
from .._processing import start_quality
from .._records import Activity, Project
from .._serialize import activity_json, page_json
from .._state import EmulatorState
from .._validation import (
    Field,
    Shape,
    check_body,
    check_object,
    paginate,
    pagination,
    query_bool,
    query_datetime,
    query_enum,
    query_str,
    read_json,
)

__all__ = ["ROUTES"]

STATUSES = ("not_started", "in_progress", "completed")
SCHEDULE_ID = r"^sch_[0-9A-Za-z]+$"
_FIELDS = {
    "name": Field(kind="string", min_length=1, max_length=200),
    "percent_complete": Field(kind="number", minimum=0, maximum=100),
    "actual_start": Field(kind="string", nullable=True, format="date-time"),
    "actual_finish": Field(kind="string", nullable=True, format="date-time"),
    "remaining_duration_hours": Field(kind="number", minimum=0),
    "notes": Field(kind="string", nullable=True, max_length=10000),
}
UPDATE = Shape(fields=_FIELDS, min_properties=1)
BATCH_ITEM = Shape(
    fields={"id": Field(kind="string", pattern=r"^act_[0-9A-Za-z]+$"), **_FIELDS},
    required=("id",),
    min_properties=2,
)
BATCH = Shape(
    fields={"updates": Field(kind="array", min_items=1, max_items=100)},
    required=("updates",),
)


def find_activity(state: EmulatorState, project: Project, activity_id: str) -> Activity | None:
    """An activity of any revision of ``project`` (ids are unique across revisions)."""
    for schedule in state.project_schedules(project.id):
        found = state.activities.get(schedule.id, {}).get(activity_id)
        if found is not None:
            return found
    return None


async def list_activities(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    schedule_id = query_str(request, "schedule_id", pattern=SCHEDULE_ID)
    status = query_enum(request, "status", STATUSES)
    wbs = query_str(request, "wbs_code")
    critical = query_bool(request, "critical")
    q = query_str(request, "q", max_length=200)
    since = query_datetime(request, "updated_since")
    page, per_page = pagination(request)
    schedule = state.readable_schedule(project, schedule_id)
    needle = q.casefold() if q is not None else None
    items = [
        a
        for a in state.activities.get(schedule.id, {}).values()
        if (status is None or a.status == status)
        and (wbs is None or (a.wbs_code is not None and _in_wbs(a.wbs_code, wbs)))
        and (critical is None or a.is_critical == critical)
        and (needle is None or needle in a.code.casefold() or needle in a.name.casefold())
        and (since is None or a.updated_at >= since)
    ]
    baseline = state.primary_baseline_codes(project)
    data = [activity_json(a, baseline) for a in paginate(items, page, per_page)]
    return json_response(page_json(data, len(items), page, per_page))


def _in_wbs(code: str, node: str) -> bool:
    return code == node or code.startswith(node + ".")


async def get_activity(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    activity_id = request.match_info["activity_id"]
    activity = find_activity(state, project, activity_id)
    if activity is None:
        raise ApiError.not_found("activity", activity_id)
    return json_response(activity_json(activity, state.primary_baseline_codes(project)))


def _merged_dates(
    activity: Activity, changes: dict[str, Any], prefix: str
) -> tuple[dict[str, Any], list[Detail]]:
    """The changes plus the new status; problems with the actual dates as details."""
    start: datetime | None = changes.get("actual_start", activity.actual_start)
    finish: datetime | None = changes.get("actual_finish", activity.actual_finish)
    details: list[Detail] = []
    if finish is not None and start is None:
        field = "actual_start" if "actual_start" in changes else "actual_finish"
        details.append((prefix + field, "an actual finish requires an actual start"))
    elif finish is not None and start is not None and finish < start:
        details.append((prefix + "actual_finish", "must not be before actual_start"))
    status = "completed" if finish is not None else "in_progress" if start else "not_started"
    return {**changes, "status": status}, details


def _apply(activity: Activity, changes: dict[str, Any], now: datetime) -> None:
    for name, value in changes.items():
        setattr(activity, name, value)
    activity.updated_at = now


async def update_activity(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    activity_id = request.match_info["activity_id"]
    activity = find_activity(state, project, activity_id)
    if activity is None:
        raise ApiError.not_found("activity", activity_id)
    changes = check_body(await read_json(request), UPDATE)
    changes, details = _merged_dates(activity, changes, "")
    if details:
        raise ApiError.validation(details)
    _apply(activity, changes, state.clock.now())
    state.touch()
    start_quality(state, state.schedules[activity.schedule_id])
    return json_response(activity_json(activity, state.primary_baseline_codes(project)))


async def batch_update(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    body = check_body(await read_json(request), BATCH)
    details: list[Detail] = []
    planned: list[tuple[Activity, dict[str, Any]]] = []
    seen: set[str] = set()
    for index, item in enumerate(body["updates"]):
        prefix = f"updates[{index}]"
        changes = check_object(item, BATCH_ITEM, prefix, details)
        ident = changes.pop("id", None)
        if not isinstance(ident, str):
            continue
        if ident in seen:
            details.append((f"{prefix}.id", "appears more than once in the batch"))
            continue
        seen.add(ident)
        activity = find_activity(state, project, ident)
        if activity is None:
            details.append((f"{prefix}.id", f"no activity {ident} in this project"))
            continue
        merged, problems = _merged_dates(activity, changes, prefix + ".")
        details.extend(problems)
        planned.append((activity, merged))
    if details:
        raise ApiError.validation(details, "The batch failed validation; nothing was applied.")
    now = state.clock.now()
    for activity, merged in planned:
        _apply(activity, merged, now)
    state.touch()
    for schedule_id in dict.fromkeys(a.schedule_id for a, _ in planned):
        start_quality(state, state.schedules[schedule_id])
    baseline = state.primary_baseline_codes(project)
    return json_response({"data": [activity_json(a, baseline) for a, _ in planned]})


#: ``{activity_id}`` never matches the literal ``batch-update`` segment: otherwise
#: ``GET .../activities/batch-update`` reached getActivity and a 405 there advertised
#: ``Allow: GET,PATCH,POST`` (aiohttp unites the methods of every matching resource)
#: where the spec's path allows only POST.
_ACTIVITY = "/projects/{project_id}/activities/{activity_id:(?!batch-update$)[^/]+}"

ROUTES: tuple[Route, ...] = (
    ("GET", "/projects/{project_id}/activities", list_activities),
    ("POST", "/projects/{project_id}/activities/batch-update", batch_update),
    ("GET", _ACTIVITY, get_activity),
    ("PATCH", _ACTIVITY, update_activity),
)
