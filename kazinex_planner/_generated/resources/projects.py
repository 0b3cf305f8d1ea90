# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Projects: generated async methods of the ``projects`` endpoint group.

Projects: containers for schedule revisions, baselines and quality results.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Literal

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
    Project,
    ProjectCreate,
    ProjectList,
    ProjectSort,
    ProjectUpdate,
)

__all__ = ["ProjectsResource", "ProjectsResourceWithRawResponse"]


class ProjectsResource(BaseResource):
    """Methods of the ``projects`` group; reach them as ``planner.projects``."""

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return ProjectsResourceWithRawResponse(self)

    def list(
        self,
        *,
        q: str | None = None,
        sort: ProjectSort
        | Literal[
            "name",
            "-name",
            "created_at",
            "-created_at",
            "updated_at",
            "-updated_at",
            "quality_score",
            "-quality_score",
        ]
        | None = None,
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
    ) -> AsyncPager[Project]:
        """List projects.

        List the workspace's projects, optionally filtered by a name search and sorted. Use it
        to find a project id or to build a portfolio view (each item carries the current
        schedule's quality score).

        Args:
            q: Case-insensitive substring search on project name and code.
            sort: Sort order; default `-updated_at`.
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[Project]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /projects`` (operationId ``listProjects``).
        """
        return self._paginate(
            "listProjects",
            "/projects",
            params={"q": q, "sort": sort, "page": page, "per_page": per_page},
            list_type=ProjectList,
            item_type=Project,
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

    async def create(
        self,
        *,
        name: str,
        code: str | None = None,
        description: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Project:
        """Create a project.

        Create an empty project, then upload its first schedule with uploadSchedule. Requires a
        read-write key (403 `insufficient_scope` otherwise).

        ``POST /projects`` (operationId ``createProject``).
        """
        body = ProjectCreate(
            name=name,
            code=code,
            description=description,
        )
        return await self._request(
            "createProject",
            "POST",
            "/projects",
            json=body,
            response_type=Project,
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
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Project:
        """Get a project.

        Fetch one project with its current/baseline schedule ids and quality summary.

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.

        ``GET /projects/{project_id}`` (operationId ``getProject``).
        """
        return await self._request(
            "getProject",
            "GET",
            f"/projects/{quote_path(project_id)}",
            response_type=Project,
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
        project_id: str,
        *,
        name: str | UnsetType = UNSET,
        code: str | UnsetType | None = UNSET,
        description: str | UnsetType | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Project:
        """Update a project.

        Rename a project or change its code/description (merge-patch semantics). Requires a
        read-write key (403 `insufficient_scope` otherwise).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.

        ``PATCH /projects/{project_id}`` (operationId ``updateProject``).
        """
        body = ProjectUpdate(
            name=name,
            code=code,
            description=description,
        )
        return await self._request(
            "updateProject",
            "PATCH",
            f"/projects/{quote_path(project_id)}",
            json=body,
            response_type=Project,
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

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> None:
        """Delete a project.

        Permanently delete a project with all its schedule revisions, activities, baselines and
        quality results. Cannot be undone. Requires a read-write key (403 `insufficient_scope`
        otherwise).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.

        ``DELETE /projects/{project_id}`` (operationId ``deleteProject``).
        """
        return await self._request(
            "deleteProject",
            "DELETE",
            f"/projects/{quote_path(project_id)}",
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


class ProjectsResourceWithRawResponse:
    """``planner.projects.with_raw_response``: every method returns a :class:`RawResponse`.

    List methods return the raw response of one page (the ``page`` argument's).
    """

    def __init__(self, resource: ProjectsResource) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        q: str | None = None,
        sort: ProjectSort
        | Literal[
            "name",
            "-name",
            "created_at",
            "-created_at",
            "updated_at",
            "-updated_at",
            "quality_score",
            "-quality_score",
        ]
        | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[ProjectList]:
        """Like ``projects.list``, returning the raw response (``parse()`` for the model).

        ``GET /projects`` (operationId ``listProjects``).
        """
        return await self._resource._request_raw(
            "listProjects",
            "GET",
            "/projects",
            params={"q": q, "sort": sort, "page": page, "per_page": per_page},
            response_type=ProjectList,
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

    async def create(
        self,
        *,
        name: str,
        code: str | None = None,
        description: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Project]:
        """Like ``projects.create``, returning the raw response (``parse()`` for the model).

        ``POST /projects`` (operationId ``createProject``).
        """
        body = ProjectCreate(
            name=name,
            code=code,
            description=description,
        )
        return await self._resource._request_raw(
            "createProject",
            "POST",
            "/projects",
            json=body,
            response_type=Project,
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
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Project]:
        """Like ``projects.get``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}`` (operationId ``getProject``).
        """
        return await self._resource._request_raw(
            "getProject",
            "GET",
            f"/projects/{quote_path(project_id)}",
            response_type=Project,
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
        project_id: str,
        *,
        name: str | UnsetType = UNSET,
        code: str | UnsetType | None = UNSET,
        description: str | UnsetType | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Project]:
        """Like ``projects.update``, returning the raw response (``parse()`` for the model).

        ``PATCH /projects/{project_id}`` (operationId ``updateProject``).
        """
        body = ProjectUpdate(
            name=name,
            code=code,
            description=description,
        )
        return await self._resource._request_raw(
            "updateProject",
            "PATCH",
            f"/projects/{quote_path(project_id)}",
            json=body,
            response_type=Project,
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

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[None]:
        """Like ``projects.delete``, returning the raw response (``parse()`` for the model).

        ``DELETE /projects/{project_id}`` (operationId ``deleteProject``).
        """
        return await self._resource._request_raw(
            "deleteProject",
            "DELETE",
            f"/projects/{quote_path(project_id)}",
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
