# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Users: generated async methods of the ``users`` endpoint group.

Workspace members and roles (admin keys only).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Literal, cast

from ..._core._options import Lane
from ..._core._pagination import AsyncPager
from ..._core._resource import (
    BaseResource,
    CallOptions,
    RawResponse,
    quote_path,
)
from ..._unset import UNSET, UnsetType
from ..models import (
    User,
    UserInvite,
    UserList,
    UserRole,
    UserStatus,
    UserUpdate,
)

__all__ = ["UsersResource", "UsersResourceWithRawResponse"]


class UsersResource(BaseResource):
    """Methods of the ``users`` group; reach them as ``planner.users``."""

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return UsersResourceWithRawResponse(self)

    def list(
        self,
        *,
        role: UserRole | Literal["admin", "editor", "viewer"] | None = None,
        status: UserStatus | Literal["invited", "active", "disabled"] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        prefetch: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> AsyncPager[User]:
        """List users.

        List workspace members, filterable by role and status. Admin users' keys only (403
        `forbidden` otherwise).

        Args:
            role: Only users with this role.
            status: Only users with this status.
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[User]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /users`` (operationId ``listUsers``).
        """
        return self._paginate(
            "listUsers",
            "/users",
            params={"role": role, "status": status, "page": page, "per_page": per_page},
            list_type=UserList,
            item_type=User,
            prefetch=prefetch,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )

    async def invite(
        self,
        *,
        email: str,
        role: UserRole | Literal["admin", "editor", "viewer"],
        name: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> User:
        """Invite a user.

        Invite someone by email; the user is `invited` until they accept. Inviting an existing
        member's email returns 409. Admin users' keys only (403 `forbidden` otherwise). Requires
        a read-write key (403 `insufficient_scope` otherwise).

        ``POST /users`` (operationId ``inviteUser``).
        """
        body = UserInvite(
            email=email,
            # Members and their strings encode alike; the server checks the value.
            role=cast(Any, role),
            name=name,
        )
        return await self._request(
            "inviteUser",
            "POST",
            "/users",
            json=body,
            response_type=User,
            idempotency_key=idempotency_key,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )

    async def get(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> User:
        """Get a user.

        Fetch one workspace member. Admin users' keys only (403 `forbidden` otherwise).

        Args:
            user_id: User id (`usr_` prefix).

        ``GET /users/{user_id}`` (operationId ``getUser``).
        """
        return await self._request(
            "getUser",
            "GET",
            f"/users/{quote_path(user_id)}",
            response_type=User,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )

    async def update(
        self,
        user_id: str,
        *,
        role: UserRole | Literal["admin", "editor", "viewer"] | UnsetType = UNSET,
        name: str | UnsetType | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> User:
        """Update a user.

        Change a member's role or display name. Demoting the last admin returns 409. Admin
        users' keys only (403 `forbidden` otherwise). Requires a read-write key (403
        `insufficient_scope` otherwise).

        Args:
            user_id: User id (`usr_` prefix).

        ``PATCH /users/{user_id}`` (operationId ``updateUser``).
        """
        body = UserUpdate(
            # Members and their strings encode alike; the server checks the value.
            role=cast(Any, role),
            name=name,
        )
        return await self._request(
            "updateUser",
            "PATCH",
            f"/users/{quote_path(user_id)}",
            json=body,
            response_type=User,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )

    async def remove(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> None:
        """Remove a user.

        Remove a member from the workspace; their API keys stop working immediately. Removing
        the last admin returns 409. Admin users' keys only (403 `forbidden` otherwise). Requires
        a read-write key (403 `insufficient_scope` otherwise).

        Args:
            user_id: User id (`usr_` prefix).

        ``DELETE /users/{user_id}`` (operationId ``removeUser``).
        """
        return await self._request(
            "removeUser",
            "DELETE",
            f"/users/{quote_path(user_id)}",
            response_type=None,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )


class UsersResourceWithRawResponse:
    """``planner.users.with_raw_response``: every method returns a :class:`RawResponse`.

    List methods return the raw response of one page (the ``page`` argument's).
    """

    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        role: UserRole | Literal["admin", "editor", "viewer"] | None = None,
        status: UserStatus | Literal["invited", "active", "disabled"] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[UserList]:
        """Like ``users.list``, returning the raw response (``parse()`` for the model).

        ``GET /users`` (operationId ``listUsers``).
        """
        return await self._resource._request_raw(
            "listUsers",
            "GET",
            "/users",
            params={"role": role, "status": status, "page": page, "per_page": per_page},
            response_type=UserList,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )

    async def invite(
        self,
        *,
        email: str,
        role: UserRole | Literal["admin", "editor", "viewer"],
        name: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[User]:
        """Like ``users.invite``, returning the raw response (``parse()`` for the model).

        ``POST /users`` (operationId ``inviteUser``).
        """
        body = UserInvite(
            email=email,
            # Members and their strings encode alike; the server checks the value.
            role=cast(Any, role),
            name=name,
        )
        return await self._resource._request_raw(
            "inviteUser",
            "POST",
            "/users",
            json=body,
            response_type=User,
            idempotency_key=idempotency_key,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )

    async def get(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[User]:
        """Like ``users.get``, returning the raw response (``parse()`` for the model).

        ``GET /users/{user_id}`` (operationId ``getUser``).
        """
        return await self._resource._request_raw(
            "getUser",
            "GET",
            f"/users/{quote_path(user_id)}",
            response_type=User,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )

    async def update(
        self,
        user_id: str,
        *,
        role: UserRole | Literal["admin", "editor", "viewer"] | UnsetType = UNSET,
        name: str | UnsetType | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[User]:
        """Like ``users.update``, returning the raw response (``parse()`` for the model).

        ``PATCH /users/{user_id}`` (operationId ``updateUser``).
        """
        body = UserUpdate(
            # Members and their strings encode alike; the server checks the value.
            role=cast(Any, role),
            name=name,
        )
        return await self._resource._request_raw(
            "updateUser",
            "PATCH",
            f"/users/{quote_path(user_id)}",
            json=body,
            response_type=User,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )

    async def remove(
        self,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[None]:
        """Like ``users.remove``, returning the raw response (``parse()`` for the model).

        ``DELETE /users/{user_id}`` (operationId ``removeUser``).
        """
        return await self._resource._request_raw(
            "removeUser",
            "DELETE",
            f"/users/{quote_path(user_id)}",
            response_type=None,
            options=CallOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            ),
        )
