"""Resources: the dictionary, assignments (filterable) and time-phased loading."""

from __future__ import annotations

from aiohttp import web

from .._context import Route, json_response, state_of
from .._errors import ApiError
from .._loading import bucket_edges, spread
from .._serialize import assignment_json, iso, page_json, resource_json
from .._validation import paginate, pagination, query_datetime, query_enum, query_str

__all__ = ["ROUTES"]

TYPES = ("labor", "nonlabor", "material")
INTERVALS = ("day", "week", "month")
SCHEDULE_ID = r"^sch_[0-9A-Za-z]+$"
RESOURCE_ID = r"^rsrc_[0-9A-Za-z]+$"
ACTIVITY_ID = r"^act_[0-9A-Za-z]+$"


async def list_resources(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    schedule_id = query_str(request, "schedule_id", pattern=SCHEDULE_ID)
    kind = query_enum(request, "type", TYPES)
    q = query_str(request, "q", max_length=200)
    page, per_page = pagination(request)
    schedule = state.readable_schedule(project, schedule_id)
    needle = q.casefold() if q is not None else None
    items = [
        r
        for r in state.resources.get(schedule.id, {}).values()
        if (kind is None or r.type == kind)
        and (needle is None or needle in r.code.casefold() or needle in r.name.casefold())
    ]
    data = [resource_json(r) for r in paginate(items, page, per_page)]
    return json_response(page_json(data, len(items), page, per_page))


async def get_resource(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    schedule_id = query_str(request, "schedule_id", pattern=SCHEDULE_ID)
    resource_id = request.match_info["resource_id"]
    schedule = state.readable_schedule(project, schedule_id)
    resource = state.resources.get(schedule.id, {}).get(resource_id)
    if resource is None:
        raise ApiError.not_found("resource", resource_id)
    return json_response(resource_json(resource))


async def list_assignments(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    resource_id = query_str(request, "resource_id", pattern=RESOURCE_ID)
    activity_id = query_str(request, "activity_id", pattern=ACTIVITY_ID)
    schedule_id = query_str(request, "schedule_id", pattern=SCHEDULE_ID)
    page, per_page = pagination(request)
    schedule = state.readable_schedule(project, schedule_id)
    items = [
        a
        for a in state.assignments.get(schedule.id, {}).values()
        if (resource_id is None or a.resource_id == resource_id)
        and (activity_id is None or a.activity_id == activity_id)
    ]
    data = [assignment_json(a) for a in paginate(items, page, per_page)]
    return json_response(page_json(data, len(items), page, per_page))


async def get_loading(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    resource_id = query_str(request, "resource_id", pattern=RESOURCE_ID)
    interval = query_enum(request, "interval", INTERVALS) or "week"
    start = query_datetime(request, "start")
    end = query_datetime(request, "end")
    schedule_id = query_str(request, "schedule_id", pattern=SCHEDULE_ID)
    schedule = state.readable_schedule(project, schedule_id)
    resources = state.resources.get(schedule.id, {})
    if resource_id is not None:
        resource = resources.get(resource_id)
        if resource is None:
            raise ApiError.not_found("resource", resource_id)
        selected = {resource_id}
        unit = "hours" if resource.type != "material" else resource.unit_of_measure or "units"
    else:
        selected = {r.id for r in resources.values() if r.type == "labor"}
        unit = "hours"
    assignments = [
        a for a in state.assignments.get(schedule.id, {}).values() if a.resource_id in selected
    ]
    if start is not None and end is not None and end < start:
        raise ApiError.invalid([("end", "must not be before start")])
    # A default never contradicts the caller's other bound (spec: `start`, `end`): a
    # `start` after the last finish gets `end = start` (one empty bucket), not a 400.
    anchor = schedule.data_date or schedule.uploaded_at
    if start is None:
        earliest = min((a.start for a in assignments), default=anchor)
        start = earliest if end is None else min(earliest, end)
    if end is None:
        end = max(max((a.finish for a in assignments), default=start), start)
    edges = bucket_edges(start, end, interval)
    if edges is None:
        raise ApiError.invalid(
            [("interval", "the range needs more than 1000 buckets; widen the interval")]
        )
    buckets = spread(assignments, edges, schedule.data_date)
    return json_response(
        {
            "resource_id": resource_id,
            "schedule_id": schedule.id,
            "interval": interval,
            "start": iso(edges[0]),
            "end": iso(edges[-1]),
            "unit": unit,
            "buckets": [
                {
                    "start": iso(b.start),
                    "end": iso(b.end),
                    "planned_units": b.planned_units,
                    "actual_units": b.actual_units,
                    "remaining_units": b.remaining_units,
                }
                for b in buckets
            ],
        }
    )


ROUTES: tuple[Route, ...] = (
    ("GET", "/projects/{project_id}/resources", list_resources),
    ("GET", "/projects/{project_id}/resources/assignments", list_assignments),
    ("GET", "/projects/{project_id}/resources/loading", get_loading),
    # Not ``assignments`` or ``loading`` (their own paths), so a 405 on those names only
    # their own methods (see ``activities._ACTIVITY``).
    (
        "GET",
        "/projects/{project_id}/resources/{resource_id:(?!assignments$|loading$)[^/]+}",
        get_resource,
    ),
)
