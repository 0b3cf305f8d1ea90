"""Projects: list (search, sort), create, get, update (merge-patch), delete."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .._context import Route, json_response, no_content, state_of
from .._ids import new_id
from .._records import Project
from .._serialize import page_json, project_json
from .._state import EmulatorState
from .._validation import (
    Field,
    Shape,
    check_body,
    paginate,
    pagination,
    query_enum,
    query_str,
    read_json,
)

__all__ = ["ROUTES"]

SORTS = (
    "name",
    "-name",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "quality_score",
    "-quality_score",
)
CREATE = Shape(
    fields={
        "name": Field(kind="string", min_length=1, max_length=200),
        "code": Field(kind="string", min_length=1, max_length=40),
        "description": Field(kind="string", max_length=2000),
    },
    required=("name",),
)
UPDATE = Shape(
    fields={
        "name": Field(kind="string", min_length=1, max_length=200),
        "code": Field(kind="string", nullable=True, min_length=1, max_length=40),
        "description": Field(kind="string", nullable=True, max_length=2000),
    },
    min_properties=1,
)


def _sort_key(state: EmulatorState, sort: str) -> Any:
    field = sort.lstrip("-")

    def key(item: dict[str, Any]) -> Any:
        return (item[field], item["id"])

    return key


def _sorted(state: EmulatorState, items: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    field = sort.lstrip("-")
    descending = sort.startswith("-")
    if field == "quality_score":
        scored = [i for i in items if i["quality_score"] is not None]
        unscored = [i for i in items if i["quality_score"] is None]
        scored.sort(key=lambda i: (i["quality_score"], i["id"]), reverse=descending)
        unscored.sort(key=lambda i: i["id"])
        return scored + unscored
    return sorted(items, key=_sort_key(state, sort), reverse=descending)


async def list_projects(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    q = query_str(request, "q", max_length=200)
    sort = query_enum(request, "sort", SORTS) or "-updated_at"
    page, per_page = pagination(request)
    items = [project_json(state, p) for p in state.projects.values()]
    if q is not None:
        needle = q.casefold()
        items = [
            i
            for i in items
            if needle in i["name"].casefold() or needle in (i["code"] or "").casefold()
        ]
    items = _sorted(state, items, sort)
    return json_response(page_json(paginate(items, page, per_page), len(items), page, per_page))


async def create_project(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    body = check_body(await read_json(request), CREATE)
    now = state.clock.now()
    project = Project(
        id=new_id("proj"),
        name=body["name"],
        code=body.get("code"),
        description=body.get("description"),
        created_at=now,
        updated_at=now,
    )
    state.projects[project.id] = project
    state.touch()
    return json_response(project_json(state, project), status=201)


async def get_project(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    return json_response(project_json(state, project))


async def update_project(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    body = check_body(await read_json(request), UPDATE)
    for name in ("name", "code", "description"):
        if name in body:
            setattr(project, name, body[name])
    project.updated_at = state.clock.now()
    state.touch()
    return json_response(project_json(state, project))


async def delete_project(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    state.drop_project(state.project(request.match_info["project_id"]))
    return no_content()


ROUTES: tuple[Route, ...] = (
    ("GET", "/projects", list_projects),
    ("POST", "/projects", create_project),
    ("GET", "/projects/{project_id}", get_project),
    ("PATCH", "/projects/{project_id}", update_project),
    ("DELETE", "/projects/{project_id}", delete_project),
)
