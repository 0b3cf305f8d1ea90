"""Who is calling and what they may do: bearer keys, scopes and roles.

Checks follow the contract's order of precedence: an unknown key is 401 (and is
throttled by an anonymous per-client bucket so keys cannot be guessed at full speed);
a read-only key attempting a write is 403 ``insufficient_scope``; a user whose role
does not allow the operation (non-admins on ``/users``, viewers writing) is 403
``forbidden``. Keys are looked up by digest and never logged or echoed.
"""

from __future__ import annotations

from aiohttp import web

from ._context import BASE_PATH, Principal, state_of
from ._errors import ApiError

__all__ = ["WRITE_METHODS", "authenticate", "authorize", "bearer_token"]

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def authenticate(request: web.Request) -> Principal:
    """The caller, or 401 ``unauthenticated``."""
    token = bearer_token(request)
    found = state_of(request).authenticate(token) if token else None
    if found is None:
        message = (
            "The API key is missing or invalid."
            if token is None
            else "The API key is invalid, revoked or belongs to a removed user."
        )
        raise ApiError(401, message, headers=_CHALLENGE)
    return Principal(key=found[0], user=found[1])


def authorize(request: web.Request, principal: Principal) -> None:
    """403 when the key's scope or its user's role does not allow this request."""
    write = request.method in WRITE_METHODS
    if write and principal.key.scope != "read_write":
        raise ApiError(
            403,
            "This API key is read-only; a read-write key is required.",
            error_type="insufficient_scope",
        )
    path = request.path[len(BASE_PATH) :]
    if (path == "/users" or path.startswith("/users/")) and principal.user.role != "admin":
        raise ApiError(403, "Only admin users' keys may manage users.", error_type="forbidden")
    if write and principal.user.role == "viewer":
        raise ApiError(403, "Viewer users cannot change workspace data.", error_type="forbidden")
