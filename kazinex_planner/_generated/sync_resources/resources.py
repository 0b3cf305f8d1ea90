# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Resources: the blocking twins of the ``resources`` methods, for ``kazinex_planner.sync``.

Each method has the async method's exact parameter list (the same template macro renders
both) and runs the async method on the client's event-loop thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cached_property
from typing import Any, Literal

from ..._bridge import SyncPager, SyncResource
from ..._core._options import Lane
from ..._core._resource import RawResponse
from ..models import (
    LoadingInterval,
    Resource,
    ResourceAssignment,
    ResourceAssignmentList,
    ResourceList,
    ResourceLoading,
    ResourceType,
)
from ..resources.resources import ResourcesResource, ResourcesResourceWithRawResponse

__all__ = ["SyncResourcesResource", "SyncResourcesResourceWithRawResponse"]


class SyncResourcesResource(SyncResource):
    """Blocking methods of the ``resources`` group; reach them as ``planner.resources``."""

    _async: ResourcesResource

    @cached_property
    def with_raw_response(self) -> SyncResourcesResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return SyncResourcesResourceWithRawResponse(self._bridge, self._async.with_raw_response)

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
    ) -> SyncPager[Resource]:
        """List resources.

        Returns a ``SyncPager[Resource]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.resources.list``; same parameters and errors.

        ``GET /projects/{project_id}/resources`` (operationId ``listResources``).
        """
        return self._pager(
            self._async.list(
                project_id,
                schedule_id=schedule_id,
                type=type,
                q=q,
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
    ) -> SyncPager[ResourceAssignment]:
        """List resource assignments.

        Returns a ``SyncPager[ResourceAssignment]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.resources.list_assignments``; same parameters and errors.

        ``GET /projects/{project_id}/resources/assignments`` (operationId ``listResourceAssignments``).
        """
        return self._pager(
            self._async.list_assignments(
                project_id,
                resource_id=resource_id,
                activity_id=activity_id,
                schedule_id=schedule_id,
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

    def get_loading(
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

        Blocking twin of ``planner.resources.get_loading``; same parameters and errors.

        ``GET /projects/{project_id}/resources/loading`` (operationId ``getResourceLoading``).
        """
        return self._call(
            self._async.get_loading(
                project_id,
                resource_id=resource_id,
                interval=interval,
                start=start,
                end=end,
                schedule_id=schedule_id,
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

        Blocking twin of ``planner.resources.get``; same parameters and errors.

        ``GET /projects/{project_id}/resources/{resource_id}`` (operationId ``getResource``).
        """
        return self._call(
            self._async.get(
                project_id,
                resource_id,
                schedule_id=schedule_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )


class SyncResourcesResourceWithRawResponse(SyncResource):
    """``planner.resources.with_raw_response``: every method returns a :class:`RawResponse`."""

    _async: ResourcesResourceWithRawResponse

    def list(
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
        """Like ``resources.list``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list(
                project_id,
                schedule_id=schedule_id,
                type=type,
                q=q,
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

    def list_assignments(
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
        """Like ``resources.list_assignments``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list_assignments(
                project_id,
                resource_id=resource_id,
                activity_id=activity_id,
                schedule_id=schedule_id,
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

    def get_loading(
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
        """Like ``resources.get_loading``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get_loading(
                project_id,
                resource_id=resource_id,
                interval=interval,
                start=start,
                end=end,
                schedule_id=schedule_id,
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
        """Like ``resources.get``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get(
                project_id,
                resource_id,
                schedule_id=schedule_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )
