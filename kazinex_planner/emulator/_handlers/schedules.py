"""Schedule revisions: upload (streamed, processed in the background), list, get, delete."""

from __future__ import annotations

import asyncio

from aiohttp import web

from .._context import Route, json_response, no_content, state_of
from .._errors import ApiError
from .._middleware import begin_idempotent
from .._processing import accept_upload
from .._serialize import page_json, schedule_json
from .._uploads import receive_upload
from .._validation import paginate, pagination, query_enum

__all__ = ["ROUTES"]

STATUSES = ("processing", "ready", "failed")


async def upload_schedule(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    received = await receive_upload(request, state.upload_limit)
    fingerprint = "\0".join(
        ["upload", project.id, received.sha256, received.file_name, received.label or ""]
    )
    try:
        replay = begin_idempotent(request, fingerprint)
    except BaseException:
        await asyncio.to_thread(received.path.unlink, missing_ok=True)
        raise
    if replay is not None:
        await asyncio.to_thread(received.path.unlink, missing_ok=True)
        return replay
    schedule = accept_upload(
        state,
        project,
        path=received.path,
        file_name=received.file_name,
        size=received.size,
        sha256=received.sha256,
        format=received.format,
        label=received.label,
    )
    return json_response(schedule_json(schedule), status=202)


async def list_schedules(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    status = query_enum(request, "status", STATUSES)
    page, per_page = pagination(request)
    items = [
        s
        for s in reversed(state.project_schedules(project.id))
        if status is None or s.status == status
    ]
    data = [schedule_json(s) for s in paginate(items, page, per_page)]
    return json_response(page_json(data, len(items), page, per_page))


async def get_schedule(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    return json_response(
        schedule_json(state.schedule_of(project, request.match_info["schedule_id"]))
    )


async def delete_schedule(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    schedule = state.schedule_of(project, request.match_info["schedule_id"])
    if schedule.status == "processing":
        raise ApiError.conflict(
            f"Schedule {schedule.id} is still processing and cannot be deleted yet.",
            "schedule_id",
            "schedule is processing",
        )
    state.drop_schedule(schedule)
    return no_content()


ROUTES: tuple[Route, ...] = (
    ("POST", "/projects/{project_id}/schedules", upload_schedule),
    ("GET", "/projects/{project_id}/schedules", list_schedules),
    ("GET", "/projects/{project_id}/schedules/{schedule_id}", get_schedule),
    ("DELETE", "/projects/{project_id}/schedules/{schedule_id}", delete_schedule),
)
