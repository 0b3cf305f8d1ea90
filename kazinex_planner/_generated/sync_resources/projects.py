# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Projects: the blocking twins of the ``projects`` methods, for ``kazinex_planner.sync``.

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
    Project,
    ProjectList,
    ProjectSort,
)
from ..resources.projects import ProjectsResource, ProjectsResourceWithRawResponse

__all__ = ["SyncProjectsResource", "SyncProjectsResourceWithRawResponse"]


class SyncProjectsResource(SyncResource):
    """Blocking methods of the ``projects`` group; reach them as ``planner.projects``."""

    _async: ProjectsResource

    @cached_property
    def with_raw_response(self) -> SyncProjectsResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return SyncProjectsResourceWithRawResponse(self._bridge, self._async.with_raw_response)

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
    ) -> SyncPager[Project]:
        """List projects.

        Returns a ``SyncPager[Project]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.projects.list``; same parameters and errors.

        ``GET /projects`` (operationId ``listProjects``).
        """
        return self._pager(
            self._async.list(
                q=q,
                sort=sort,
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

    def create(
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

        Blocking twin of ``planner.projects.create``; same parameters and errors.

        ``POST /projects`` (operationId ``createProject``).
        """
        return self._call(
            self._async.create(
                name=name,
                code=code,
                description=description,
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

        Blocking twin of ``planner.projects.get``; same parameters and errors.

        ``GET /projects/{project_id}`` (operationId ``getProject``).
        """
        return self._call(
            self._async.get(
                project_id,
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

        Blocking twin of ``planner.projects.update``; same parameters and errors.

        ``PATCH /projects/{project_id}`` (operationId ``updateProject``).
        """
        return self._call(
            self._async.update(
                project_id,
                name=name,
                code=code,
                description=description,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def delete(
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

        Blocking twin of ``planner.projects.delete``; same parameters and errors.

        ``DELETE /projects/{project_id}`` (operationId ``deleteProject``).
        """
        return self._call(
            self._async.delete(
                project_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )


class SyncProjectsResourceWithRawResponse(SyncResource):
    """``planner.projects.with_raw_response``: every method returns a :class:`RawResponse`."""

    _async: ProjectsResourceWithRawResponse

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[ProjectList]:
        """Like ``projects.list``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list(
                q=q,
                sort=sort,
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

    def create(
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
        """Like ``projects.create``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.create(
                name=name,
                code=code,
                description=description,
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
        """Like ``projects.get``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get(
                project_id,
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
        """Like ``projects.update``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.update(
                project_id,
                name=name,
                code=code,
                description=description,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def delete(
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
        """Like ``projects.delete``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.delete(
                project_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )
