# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Schedules: the blocking twins of the ``schedules`` methods, for ``kazinex_planner.sync``.

Each method has the async method's exact parameter list (the same template macro renders
both) and runs the async method on the client's event-loop thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Literal

from ..._bridge import SyncPager, SyncResource
from ..._core._options import Lane
from ..._core._resource import ProgressCallback, RawResponse, UploadSource
from ..models import (
    Schedule,
    ScheduleList,
    ScheduleStatus,
)
from ..resources.schedules import SchedulesResource, SchedulesResourceWithRawResponse

__all__ = ["SyncSchedulesResource", "SyncSchedulesResourceWithRawResponse"]


class SyncSchedulesResource(SyncResource):
    """Blocking methods of the ``schedules`` group; reach them as ``planner.schedules``."""

    _async: SchedulesResource

    @cached_property
    def with_raw_response(self) -> SyncSchedulesResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return SyncSchedulesResourceWithRawResponse(self._bridge, self._async.with_raw_response)

    def list(
        self,
        project_id: str,
        *,
        status: ScheduleStatus | Literal["processing", "ready", "failed"] | None = None,
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
    ) -> SyncPager[Schedule]:
        """List schedule revisions.

        Returns a ``SyncPager[Schedule]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.schedules.list``; same parameters and errors.

        ``GET /projects/{project_id}/schedules`` (operationId ``listSchedules``).
        """
        return self._pager(
            self._async.list(
                project_id,
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

    def upload(
        self,
        project_id: str,
        file: UploadSource,
        *,
        label: str | None = None,
        on_progress: ProgressCallback | None = None,
        validate: bool = True,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Schedule:
        """Upload a schedule revision.

        Blocking twin of ``planner.schedules.upload``; same parameters and errors.

        ``POST /projects/{project_id}/schedules`` (operationId ``uploadSchedule``).
        """
        return self._call(
            self._async.upload(
                project_id,
                file,
                label=label,
                on_progress=on_progress,
                validate=validate,
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
        schedule_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Schedule:
        """Get a schedule revision.

        Blocking twin of ``planner.schedules.get``; same parameters and errors.

        ``GET /projects/{project_id}/schedules/{schedule_id}`` (operationId ``getSchedule``).
        """
        return self._call(
            self._async.get(
                project_id,
                schedule_id,
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
        schedule_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> None:
        """Delete a schedule revision.

        Blocking twin of ``planner.schedules.delete``; same parameters and errors.

        ``DELETE /projects/{project_id}/schedules/{schedule_id}`` (operationId ``deleteSchedule``).
        """
        return self._call(
            self._async.delete(
                project_id,
                schedule_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )


class SyncSchedulesResourceWithRawResponse(SyncResource):
    """``planner.schedules.with_raw_response``: every method returns a :class:`RawResponse`."""

    _async: SchedulesResourceWithRawResponse

    def list(
        self,
        project_id: str,
        *,
        status: ScheduleStatus | Literal["processing", "ready", "failed"] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[ScheduleList]:
        """Like ``schedules.list``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list(
                project_id,
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

    def upload(
        self,
        project_id: str,
        file: UploadSource,
        *,
        label: str | None = None,
        on_progress: ProgressCallback | None = None,
        validate: bool = True,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Schedule]:
        """Like ``schedules.upload``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.upload(
                project_id,
                file,
                label=label,
                on_progress=on_progress,
                validate=validate,
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
        schedule_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Schedule]:
        """Like ``schedules.get``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get(
                project_id,
                schedule_id,
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
        schedule_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[None]:
        """Like ``schedules.delete``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.delete(
                project_id,
                schedule_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )
