# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Projects: generated async methods of the ``projects`` endpoint group.

Projects: containers for schedule revisions, baselines and quality results.
"""

from __future__ import annotations

from typing import Literal

from ..._core._pagination import AsyncPager
from ..._core._resource import BaseResource, quote_path
from ..._unset import UNSET, UnsetType
from ..models import (
    Project,
    ProjectCreate,
    ProjectList,
    ProjectSort,
    ProjectUpdate,
)

__all__ = ["ProjectsResource"]


class ProjectsResource(BaseResource):
    """Methods of the ``projects`` group; reach them as ``planner.projects``."""

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
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        name: str,
        code: str | None = None,
        description: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        project_id: str,
        *,
        name: str | UnsetType = UNSET,
        code: str | UnsetType | None = UNSET,
        description: str | UnsetType | None = UNSET,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )
