# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Users: the blocking twins of the ``users`` methods, for ``kazinex_planner.sync``.

Each method has the async method's exact parameter list (the same template macro renders
both) and runs the async method on the client's event-loop thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Literal

from ..._bridge import SyncPager, SyncResource
from ..._core._options import Lane
from ..._core._resource import RawResponse
from ..._unset import UNSET, UnsetType
from ..models import (
    User,
    UserList,
    UserRole,
    UserStatus,
)
from ..resources.users import UsersResource, UsersResourceWithRawResponse

__all__ = ["SyncUsersResource", "SyncUsersResourceWithRawResponse"]


class SyncUsersResource(SyncResource):
    """Blocking methods of the ``users`` group; reach them as ``planner.users``."""

    _async: UsersResource

    @cached_property
    def with_raw_response(self) -> SyncUsersResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return SyncUsersResourceWithRawResponse(self._bridge, self._async.with_raw_response)

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
    ) -> SyncPager[User]:
        """List users.

        Returns a ``SyncPager[User]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.users.list``; same parameters and errors.

        ``GET /users`` (operationId ``listUsers``).
        """
        return self._pager(
            self._async.list(
                role=role,
                status=status,
                page=page,
                per_page=per_page,
                prefetch=prefetch,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def invite(
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

        Blocking twin of ``planner.users.invite``; same parameters and errors.

        ``POST /users`` (operationId ``inviteUser``).
        """
        return self._call(
            self._async.invite(
                email=email,
                role=role,
                name=name,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def get(
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

        Blocking twin of ``planner.users.get``; same parameters and errors.

        ``GET /users/{user_id}`` (operationId ``getUser``).
        """
        return self._call(
            self._async.get(
                user_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def update(
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

        Blocking twin of ``planner.users.update``; same parameters and errors.

        ``PATCH /users/{user_id}`` (operationId ``updateUser``).
        """
        return self._call(
            self._async.update(
                user_id,
                role=role,
                name=name,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def remove(
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

        Blocking twin of ``planner.users.remove``; same parameters and errors.

        ``DELETE /users/{user_id}`` (operationId ``removeUser``).
        """
        return self._call(
            self._async.remove(
                user_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )


class SyncUsersResourceWithRawResponse(SyncResource):
    """``planner.users.with_raw_response``: every method returns a :class:`RawResponse`."""

    _async: UsersResourceWithRawResponse

    def list(
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
        """Like ``users.list``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list(
                role=role,
                status=status,
                page=page,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def invite(
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
        """Like ``users.invite``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.invite(
                email=email,
                role=role,
                name=name,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def get(
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
        """Like ``users.get``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get(
                user_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def update(
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
        """Like ``users.update``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.update(
                user_id,
                role=role,
                name=name,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def remove(
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
        """Like ``users.remove``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.remove(
                user_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )
