# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Activities: generated async methods of the ``activities`` endpoint group.

Read activities and record progress.
"""

from __future__ import annotations

import builtins
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
from ..._unset import UNSET, UnsetType
from ..models import (
    Activity,
    ActivityBatchResult,
    ActivityBatchUpdate,
    ActivityBatchUpdateItem,
    ActivityList,
    ActivityStatus,
    ActivityUpdate,
)

__all__ = ["ActivitiesResource", "ActivitiesResourceWithRawResponse"]


class ActivitiesResource(BaseResource):
    """Methods of the ``activities`` group; reach them as ``planner.activities``."""

    @cached_property
    def with_raw_response(self) -> ActivitiesResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return ActivitiesResourceWithRawResponse(self)

    def list(
        self,
        project_id: str,
        *,
        schedule_id: str | None = None,
        status: ActivityStatus | Literal["not_started", "in_progress", "completed"] | None = None,
        wbs_code: str | None = None,
        critical: bool | None = None,
        q: str | None = None,
        updated_since: datetime | None = None,
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
    ) -> AsyncPager[Activity]:
        """List activities.

        List the activities of a schedule revision (the current one by default), with filters
        for status, WBS, criticality, text search and incremental sync (`updated_since`).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            schedule_id: Schedule revision to read (`sch_` prefix); defaults to the
                project's current schedule. 404 when the project has no current schedule and
                none is given; 409 when the given revision is not ready.
            status: Only activities with this status.
            wbs_code: Only activities in this WBS node or below (prefix match on the full
                WBS code path).
            critical: true: only critical activities; false: only non-critical.
            q: Case-insensitive substring search on code and name.
            updated_since: Only activities with `updated_at` at or after this instant (RFC
                3339 UTC).
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[Activity]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /projects/{project_id}/activities`` (operationId ``listActivities``).
        """
        return self._paginate(
            "listActivities",
            f"/projects/{quote_path(project_id)}/activities",
            params={
                "schedule_id": schedule_id,
                "status": status,
                "wbs_code": wbs_code,
                "critical": critical,
                "q": q,
                "updated_since": updated_since,
                "page": page,
                "per_page": per_page,
            },
            list_type=ActivityList,
            item_type=Activity,
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

    async def batch_update(
        self,
        project_id: str,
        *,
        updates: builtins.list[ActivityBatchUpdateItem],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> ActivityBatchResult:
        """Update up to 100 activities.

        Apply up to 100 activity updates atomically (all or nothing): use it for progress
        updates so one request replaces many PATCH calls and counts once against the rate limit.
        On 422 nothing is applied. Requires a read-write key (403 `insufficient_scope`
        otherwise).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.

        ``POST /projects/{project_id}/activities/batch-update`` (operationId ``batchUpdateActivities``).
        """
        body = ActivityBatchUpdate(
            updates=updates,
        )
        return await self._request(
            "batchUpdateActivities",
            "POST",
            f"/projects/{quote_path(project_id)}/activities/batch-update",
            json=body,
            response_type=ActivityBatchResult,
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
        activity_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Activity:
        """Get an activity.

        Fetch one activity with its dates, float and logic links.

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            activity_id: Activity id (`act_` prefix).

        ``GET /projects/{project_id}/activities/{activity_id}`` (operationId ``getActivity``).
        """
        return await self._request(
            "getActivity",
            "GET",
            f"/projects/{quote_path(project_id)}/activities/{quote_path(activity_id)}",
            response_type=Activity,
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
        activity_id: str,
        *,
        name: str | UnsetType = UNSET,
        percent_complete: float | UnsetType = UNSET,
        actual_start: datetime | UnsetType | None = UNSET,
        actual_finish: datetime | UnsetType | None = UNSET,
        remaining_duration_hours: float | UnsetType = UNSET,
        notes: str | UnsetType | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Activity:
        """Update an activity.

        Record progress (percent complete, actual dates, remaining duration) or change the
        name/notes of one activity. Use batchUpdateActivities for many activities at once.
        Requires a read-write key (403 `insufficient_scope` otherwise).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            activity_id: Activity id (`act_` prefix).

        ``PATCH /projects/{project_id}/activities/{activity_id}`` (operationId ``updateActivity``).
        """
        body = ActivityUpdate(
            name=name,
            percent_complete=percent_complete,
            actual_start=actual_start,
            actual_finish=actual_finish,
            remaining_duration_hours=remaining_duration_hours,
            notes=notes,
        )
        return await self._request(
            "updateActivity",
            "PATCH",
            f"/projects/{quote_path(project_id)}/activities/{quote_path(activity_id)}",
            json=body,
            response_type=Activity,
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


class ActivitiesResourceWithRawResponse:
    """``planner.activities.with_raw_response``: every method returns a :class:`RawResponse`.

    List methods return the raw response of one page (the ``page`` argument's).
    """

    def __init__(self, resource: ActivitiesResource) -> None:
        self._resource = resource

    async def list(
        self,
        project_id: str,
        *,
        schedule_id: str | None = None,
        status: ActivityStatus | Literal["not_started", "in_progress", "completed"] | None = None,
        wbs_code: str | None = None,
        critical: bool | None = None,
        q: str | None = None,
        updated_since: datetime | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[ActivityList]:
        """Like ``activities.list``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/activities`` (operationId ``listActivities``).
        """
        return await self._resource._request_raw(
            "listActivities",
            "GET",
            f"/projects/{quote_path(project_id)}/activities",
            params={
                "schedule_id": schedule_id,
                "status": status,
                "wbs_code": wbs_code,
                "critical": critical,
                "q": q,
                "updated_since": updated_since,
                "page": page,
                "per_page": per_page,
            },
            response_type=ActivityList,
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

    async def batch_update(
        self,
        project_id: str,
        *,
        updates: builtins.list[ActivityBatchUpdateItem],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[ActivityBatchResult]:
        """Like ``activities.batch_update``, returning the raw response (``parse()`` for the model).

        ``POST /projects/{project_id}/activities/batch-update`` (operationId ``batchUpdateActivities``).
        """
        body = ActivityBatchUpdate(
            updates=updates,
        )
        return await self._resource._request_raw(
            "batchUpdateActivities",
            "POST",
            f"/projects/{quote_path(project_id)}/activities/batch-update",
            json=body,
            response_type=ActivityBatchResult,
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
        activity_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Activity]:
        """Like ``activities.get``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/activities/{activity_id}`` (operationId ``getActivity``).
        """
        return await self._resource._request_raw(
            "getActivity",
            "GET",
            f"/projects/{quote_path(project_id)}/activities/{quote_path(activity_id)}",
            response_type=Activity,
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
        activity_id: str,
        *,
        name: str | UnsetType = UNSET,
        percent_complete: float | UnsetType = UNSET,
        actual_start: datetime | UnsetType | None = UNSET,
        actual_finish: datetime | UnsetType | None = UNSET,
        remaining_duration_hours: float | UnsetType = UNSET,
        notes: str | UnsetType | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Activity]:
        """Like ``activities.update``, returning the raw response (``parse()`` for the model).

        ``PATCH /projects/{project_id}/activities/{activity_id}`` (operationId ``updateActivity``).
        """
        body = ActivityUpdate(
            name=name,
            percent_complete=percent_complete,
            actual_start=actual_start,
            actual_finish=actual_finish,
            remaining_duration_hours=remaining_duration_hours,
            notes=notes,
        )
        return await self._resource._request_raw(
            "updateActivity",
            "PATCH",
            f"/projects/{quote_path(project_id)}/activities/{quote_path(activity_id)}",
            json=body,
            response_type=Activity,
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
