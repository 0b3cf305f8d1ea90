# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Activities: the blocking twins of the ``activities`` methods, for ``kazinex_planner.sync``.

Each method has the async method's exact parameter list (the same template macro renders
both) and runs the async method on the client's event-loop thread.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cached_property
from typing import Any, Literal

from ..._bridge import SyncPager, SyncResource
from ..._core._options import Lane
from ..._core._resource import RawResponse
from ..._unset import UNSET, UnsetType
from ..models import (
    Activity,
    ActivityBatchResult,
    ActivityBatchUpdateItem,
    ActivityList,
    ActivityStatus,
)
from ..resources.activities import ActivitiesResource, ActivitiesResourceWithRawResponse

__all__ = ["SyncActivitiesResource", "SyncActivitiesResourceWithRawResponse"]


class SyncActivitiesResource(SyncResource):
    """Blocking methods of the ``activities`` group; reach them as ``planner.activities``."""

    _async: ActivitiesResource

    @cached_property
    def with_raw_response(self) -> SyncActivitiesResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return SyncActivitiesResourceWithRawResponse(self._bridge, self._async.with_raw_response)

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
    ) -> SyncPager[Activity]:
        """List activities.

        Returns a ``SyncPager[Activity]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.activities.list``; same parameters and errors.

        ``GET /projects/{project_id}/activities`` (operationId ``listActivities``).
        """
        return self._pager(
            self._async.list(
                project_id,
                schedule_id=schedule_id,
                status=status,
                wbs_code=wbs_code,
                critical=critical,
                q=q,
                updated_since=updated_since,
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

    def batch_update(
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

        Blocking twin of ``planner.activities.batch_update``; same parameters and errors.

        ``POST /projects/{project_id}/activities/batch-update`` (operationId ``batchUpdateActivities``).
        """
        return self._call(
            self._async.batch_update(
                project_id,
                updates=updates,
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

        Blocking twin of ``planner.activities.get``; same parameters and errors.

        ``GET /projects/{project_id}/activities/{activity_id}`` (operationId ``getActivity``).
        """
        return self._call(
            self._async.get(
                project_id,
                activity_id,
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

        Blocking twin of ``planner.activities.update``; same parameters and errors.

        ``PATCH /projects/{project_id}/activities/{activity_id}`` (operationId ``updateActivity``).
        """
        return self._call(
            self._async.update(
                project_id,
                activity_id,
                name=name,
                percent_complete=percent_complete,
                actual_start=actual_start,
                actual_finish=actual_finish,
                remaining_duration_hours=remaining_duration_hours,
                notes=notes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )


class SyncActivitiesResourceWithRawResponse(SyncResource):
    """``planner.activities.with_raw_response``: every method returns a :class:`RawResponse`."""

    _async: ActivitiesResourceWithRawResponse

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[ActivityList]:
        """Like ``activities.list``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list(
                project_id,
                schedule_id=schedule_id,
                status=status,
                wbs_code=wbs_code,
                critical=critical,
                q=q,
                updated_since=updated_since,
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

    def batch_update(
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
        """Like ``activities.batch_update``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.batch_update(
                project_id,
                updates=updates,
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
        """Like ``activities.get``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get(
                project_id,
                activity_id,
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
        """Like ``activities.update``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.update(
                project_id,
                activity_id,
                name=name,
                percent_complete=percent_complete,
                actual_start=actual_start,
                actual_finish=actual_finish,
                remaining_duration_hours=remaining_duration_hours,
                notes=notes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )
