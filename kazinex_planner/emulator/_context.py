"""What handlers need from a request: the state, the caller, and JSON responses.

Kept apart from the app factory so handler modules do not import the middleware (and
the middleware does not import the handlers).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar, Token
from typing import Any

import attrs
from aiohttp import web

from ._records import ApiKey, User
from ._serialize import dumps
from ._state import EmulatorState

__all__ = [
    "BASE_PATH",
    "STATE_KEY",
    "Handler",
    "Principal",
    "Route",
    "json_response",
    "no_content",
    "principal_of",
    "state_of",
]

#: The API's path prefix (as in the production server URL).
BASE_PATH = "/planner/v1"
STATE_KEY = web.AppKey("kazinex_emulator_state", EmulatorState)
#: The caller of the request being handled. A context variable rather than request
#: storage: the middleware and the handler run in one task, and this works the same on
#: every supported aiohttp (``web.RequestKey`` only exists from 3.14).
_PRINCIPAL: ContextVar[Principal | None] = ContextVar("kazinex_emulator_principal", default=None)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
#: ``(method, path below BASE_PATH, handler)``.
Route = tuple[str, str, Handler]


@attrs.frozen
class Principal:
    """The authenticated caller: the API key and the user it acts for."""

    key: ApiKey
    user: User


def state_of(request: web.Request) -> EmulatorState:
    return request.app[STATE_KEY]


def set_principal(principal: Principal | None) -> Token[Principal | None]:
    return _PRINCIPAL.set(principal)


def reset_principal(token: Token[Principal | None]) -> None:
    _PRINCIPAL.reset(token)


def principal_of(request: web.Request) -> Principal:
    """The authenticated caller of ``request`` (set by the middleware)."""
    principal = _PRINCIPAL.get()
    if principal is None:
        raise RuntimeError("handler reached without authentication")
    return principal


def json_response(data: Any, status: int = 200) -> web.Response:
    return web.Response(body=dumps(data), status=status, content_type="application/json")


def no_content() -> web.Response:
    return web.Response(status=204)
