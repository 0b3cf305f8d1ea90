"""Users (admin keys only): list, invite, get, update role/name, remove.

The workspace always keeps one admin: demoting or removing the last one is 409, since
nobody could manage users (or fix the mistake) afterwards.
"""

from __future__ import annotations

from aiohttp import web

from .._context import Route, json_response, no_content, state_of
from .._errors import ApiError
from .._ids import new_id
from .._records import User
from .._serialize import page_json, user_json
from .._state import EmulatorState
from .._validation import Field, Shape, check_body, paginate, pagination, query_enum, read_json

__all__ = ["ROUTES"]

ROLES = ("admin", "editor", "viewer")
STATUSES = ("invited", "active", "disabled")
INVITE = Shape(
    fields={
        "email": Field(kind="string", format="email", max_length=320),
        "role": Field(kind="string", enum=ROLES),
        "name": Field(kind="string", max_length=200),
    },
    required=("email", "role"),
)
UPDATE = Shape(
    fields={
        "role": Field(kind="string", enum=ROLES),
        "name": Field(kind="string", nullable=True, max_length=200),
    },
    min_properties=1,
)


def _user(request: web.Request) -> User:
    state = state_of(request)
    user_id = request.match_info["user_id"]
    user = state.users.get(user_id)
    if user is None:
        raise ApiError.not_found("user", user_id)
    return user


def _is_last_admin(state: EmulatorState, user: User) -> bool:
    if user.role != "admin":
        return False
    return not any(
        u.role == "admin" and u.status == "active" and u.id != user.id for u in state.users.values()
    )


async def list_users(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    role = query_enum(request, "role", ROLES)
    status = query_enum(request, "status", STATUSES)
    page, per_page = pagination(request)
    items = [
        u
        for u in state.users.values()
        if (role is None or u.role == role) and (status is None or u.status == status)
    ]
    data = [user_json(u) for u in paginate(items, page, per_page)]
    return json_response(page_json(data, len(items), page, per_page))


async def invite_user(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    body = check_body(await read_json(request), INVITE)
    email: str = body["email"]
    if any(u.email.casefold() == email.casefold() for u in state.users.values()):
        raise ApiError.conflict(
            f"{email} is already a member of this workspace.", "email", "already a member"
        )
    user = User(
        id=new_id("usr"),
        email=email,
        name=body.get("name"),
        role=body["role"],
        status="invited",
        created_at=state.clock.now(),
    )
    state.users[user.id] = user
    state.touch()
    return json_response(user_json(user), status=201)


async def get_user(request: web.Request) -> web.StreamResponse:
    return json_response(user_json(_user(request)))


async def update_user(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    user = _user(request)
    body = check_body(await read_json(request), UPDATE)
    if "role" in body and body["role"] != "admin" and _is_last_admin(state, user):
        raise ApiError.conflict("The workspace must keep at least one admin.", "role", "last admin")
    if "role" in body:
        user.role = body["role"]
    if "name" in body:
        user.name = body["name"]
    state.touch()
    return json_response(user_json(user))


async def remove_user(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    user = _user(request)
    if _is_last_admin(state, user):
        raise ApiError.conflict("The workspace must keep at least one admin.", None, "last admin")
    del state.users[user.id]
    state.touch()
    return no_content()


ROUTES: tuple[Route, ...] = (
    ("GET", "/users", list_users),
    ("POST", "/users", invite_user),
    ("GET", "/users/{user_id}", get_user),
    ("PATCH", "/users/{user_id}", update_user),
    ("DELETE", "/users/{user_id}", remove_user),
)
