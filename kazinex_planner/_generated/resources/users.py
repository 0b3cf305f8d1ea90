# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Users: generated async methods of the ``users`` endpoint group.

Workspace members and roles (admin keys only).
"""

from __future__ import annotations

from typing import Literal

from ..._core._pagination import AsyncPager
from ..._core._resource import BaseResource, quote_path
from ..._unset import UNSET, UnsetType
from ..models import (
    User,
    UserInvite,
    UserList,
    UserRole,
    UserStatus,
    UserUpdate,
)

__all__ = ["UsersResource"]


class UsersResource(BaseResource):
    """Methods of the ``users`` group; reach them as ``planner.users``."""

    def list(
        self,
        *,
        role: UserRole | Literal["admin", "editor", "viewer"] | None = None,
        status: UserStatus | Literal["invited", "active", "disabled"] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        prefetch: int = 0,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    async def invite(
        self,
        *,
        email: str,
        role: UserRole,
        name: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Invite a user.

        Invite someone by email; the user is `invited` until they accept. Inviting an existing
        member's email returns 409. Admin users' keys only (403 `forbidden` otherwise). Requires
        a read-write key (403 `insufficient_scope` otherwise).

        ``POST /users`` (operationId ``inviteUser``).
        """
        body = UserInvite(
            email=email,
            role=role,
            name=name,
        )
        return await self._request(
            "inviteUser",
            "POST",
            "/users",
            json=body,
            response_type=User,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        user_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        user_id: str,
        *,
        role: UserRole | UnsetType = UNSET,
        name: str | UnsetType | None = UNSET,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            role=role,
            name=name,
        )
        return await self._request(
            "updateUser",
            "PATCH",
            f"/users/{quote_path(user_id)}",
            json=body,
            response_type=User,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def remove(
        self,
        user_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )
