# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Resources: generated async methods of the ``resources`` endpoint group.

Resources, assignments and time-phased loading.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
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
from ..models import (
    LoadingInterval,
    Resource,
    ResourceAssignment,
    ResourceAssignmentList,
    ResourceList,
    ResourceLoading,
    ResourceType,
)

__all__ = ["ResourcesResource", "ResourcesResourceWithRawResponse"]


class ResourcesResource(BaseResource):
    """Methods of the ``resources`` group; reach them as ``planner.resources``."""

    @cached_property
    def with_raw_response(self) -> ResourcesResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return ResourcesResourceWithRawResponse(self)

    def list(
        self,
        project_id: str,
        *,
        schedule_id: str | None = None,
        type: ResourceType | Literal["labor", "nonlabor", "material"] | None = None,
        q: str | None = None,
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
    ) -> AsyncPager[Resource]:
        """List resources.

        List the resource dictionary of a schedule revision (current by default; `schedule_id`
        is an addition to the contract, consistent with assignments and loading).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            schedule_id: Schedule revision to read (`sch_` prefix); defaults to the
                project's current schedule. 404 when the project has no current schedule and
                none is given; 409 when the given revision is not ready.
            type: Only resources of this type.
            q: Case-insensitive substring search on code and name.
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[Resource]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /projects/{project_id}/resources`` (operationId ``listResources``).
        """
        return self._paginate(
            "listResources",
            f"/projects/{quote_path(project_id)}/resources",
            params={
                "schedule_id": schedule_id,
                "type": type,
                "q": q,
                "page": page,
                "per_page": per_page,
            },
            list_type=ResourceList,
            item_type=Resource,
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

    def list_assignments(
        self,
        project_id: str,
        *,
        resource_id: str | None = None,
        activity_id: str | None = None,
        schedule_id: str | None = None,
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
    ) -> AsyncPager[ResourceAssignment]:
        """List resource assignments.

        List resource assignments of a schedule revision, filterable by resource and activity.
        This concrete path never clashes with getResource because resource ids always start with
        `rsrc_`.

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            resource_id: Only assignments of this resource.
            activity_id: Only assignments on this activity.
            schedule_id: Schedule revision to read (`sch_` prefix); defaults to the
                project's current schedule. 404 when the project has no current schedule and
                none is given; 409 when the given revision is not ready.
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[ResourceAssignment]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /projects/{project_id}/resources/assignments`` (operationId ``listResourceAssignments``).
        """
        return self._paginate(
            "listResourceAssignments",
            f"/projects/{quote_path(project_id)}/resources/assignments",
            params={
                "resource_id": resource_id,
                "activity_id": activity_id,
                "schedule_id": schedule_id,
                "page": page,
                "per_page": per_page,
            },
            list_type=ResourceAssignmentList,
            item_type=ResourceAssignment,
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

    async def get_loading(
        self,
        project_id: str,
        *,
        resource_id: str | None = None,
        interval: LoadingInterval | Literal["day", "week", "month"] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        schedule_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> ResourceLoading:
        """Get resource loading.

        Get time-phased loading (histogram data) for one resource or, without `resource_id`, all
        labor resources summed. The range defaults to the schedule's span; at most 1,000 buckets
        (400 otherwise). Like `assignments`, this concrete path cannot clash with
        `{resource_id}` (ids start with `rsrc_`).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            resource_id: Resource to compute; omit for the labor total.
            interval: Bucket width; default `week`.
            start: Range start (aligned down to the interval); default: the earliest
                assignment start, or `end` when that is earlier (a default never contradicts
                the other bound). With no assignment in the range the buckets are all zero.
            end: Range end (exclusive); default: the latest assignment finish, or `start`
                when that is later (one empty bucket). An explicit `end` before an explicit
                `start` is 400 (`end`: must not be before start), and so is a range of more
                than 1,000 buckets of `interval` (400, `interval`).
            schedule_id: Schedule revision to read (`sch_` prefix); defaults to the
                project's current schedule. 404 when the project has no current schedule and
                none is given; 409 when the given revision is not ready.

        ``GET /projects/{project_id}/resources/loading`` (operationId ``getResourceLoading``).
        """
        return await self._request(
            "getResourceLoading",
            "GET",
            f"/projects/{quote_path(project_id)}/resources/loading",
            params={
                "resource_id": resource_id,
                "interval": interval,
                "start": start,
                "end": end,
                "schedule_id": schedule_id,
            },
            response_type=ResourceLoading,
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
        resource_id: str,
        *,
        schedule_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Resource:
        """Get a resource.

        Fetch one resource. Resource ids start with `rsrc_`, so `assignments` and `loading` are
        never mistaken for an id.

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            resource_id: Resource id (`rsrc_` prefix).
            schedule_id: Schedule revision to read (`sch_` prefix); defaults to the
                project's current schedule. 404 when the project has no current schedule and
                none is given; 409 when the given revision is not ready.

        ``GET /projects/{project_id}/resources/{resource_id}`` (operationId ``getResource``).
        """
        return await self._request(
            "getResource",
            "GET",
            f"/projects/{quote_path(project_id)}/resources/{quote_path(resource_id)}",
            params={"schedule_id": schedule_id},
            response_type=Resource,
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


class ResourcesResourceWithRawResponse:
    """``planner.resources.with_raw_response``: every method returns a :class:`RawResponse`.

    List methods return the raw response of one page (the ``page`` argument's).
    """

    def __init__(self, resource: ResourcesResource) -> None:
        self._resource = resource

    async def list(
        self,
        project_id: str,
        *,
        schedule_id: str | None = None,
        type: ResourceType | Literal["labor", "nonlabor", "material"] | None = None,
        q: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[ResourceList]:
        """Like ``resources.list``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/resources`` (operationId ``listResources``).
        """
        return await self._resource._request_raw(
            "listResources",
            "GET",
            f"/projects/{quote_path(project_id)}/resources",
            params={
                "schedule_id": schedule_id,
                "type": type,
                "q": q,
                "page": page,
                "per_page": per_page,
            },
            response_type=ResourceList,
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

    async def list_assignments(
        self,
        project_id: str,
        *,
        resource_id: str | None = None,
        activity_id: str | None = None,
        schedule_id: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[ResourceAssignmentList]:
        """Like ``resources.list_assignments``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/resources/assignments`` (operationId ``listResourceAssignments``).
        """
        return await self._resource._request_raw(
            "listResourceAssignments",
            "GET",
            f"/projects/{quote_path(project_id)}/resources/assignments",
            params={
                "resource_id": resource_id,
                "activity_id": activity_id,
                "schedule_id": schedule_id,
                "page": page,
                "per_page": per_page,
            },
            response_type=ResourceAssignmentList,
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

    async def get_loading(
        self,
        project_id: str,
        *,
        resource_id: str | None = None,
        interval: LoadingInterval | Literal["day", "week", "month"] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        schedule_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[ResourceLoading]:
        """Like ``resources.get_loading``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/resources/loading`` (operationId ``getResourceLoading``).
        """
        return await self._resource._request_raw(
            "getResourceLoading",
            "GET",
            f"/projects/{quote_path(project_id)}/resources/loading",
            params={
                "resource_id": resource_id,
                "interval": interval,
                "start": start,
                "end": end,
                "schedule_id": schedule_id,
            },
            response_type=ResourceLoading,
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
        resource_id: str,
        *,
        schedule_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Resource]:
        """Like ``resources.get``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/resources/{resource_id}`` (operationId ``getResource``).
        """
        return await self._resource._request_raw(
            "getResource",
            "GET",
            f"/projects/{quote_path(project_id)}/resources/{quote_path(resource_id)}",
            params={"schedule_id": schedule_id},
            response_type=Resource,
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
