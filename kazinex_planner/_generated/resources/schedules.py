# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Schedules: generated async methods of the ``schedules`` endpoint group.

Upload and manage schedule revisions (XER, P6 XML, MSPDI).
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
    ProgressCallback,
    RawResponse,
    UploadSource,
    quote_path,
)
from ..models import (
    Schedule,
    ScheduleList,
    ScheduleStatus,
)

__all__ = ["SchedulesResource", "SchedulesResourceWithRawResponse"]


class SchedulesResource(BaseResource):
    """Methods of the ``schedules`` group; reach them as ``planner.schedules``."""

    @cached_property
    def with_raw_response(self) -> SchedulesResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return SchedulesResourceWithRawResponse(self)

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
    ) -> AsyncPager[Schedule]:
        """List schedule revisions.

        List the project's uploaded revisions, newest first, optionally by status (e.g. to find
        failed uploads).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            status: Only revisions in this status.
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[Schedule]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /projects/{project_id}/schedules`` (operationId ``listSchedules``).
        """
        return self._paginate(
            "listSchedules",
            f"/projects/{quote_path(project_id)}/schedules",
            params={"status": status, "page": page, "per_page": per_page},
            list_type=ScheduleList,
            item_type=Schedule,
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

    async def upload(
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

        Upload a Primavera P6 XER, P6 XML or MSPDI XML file (max 100 MB) as a new revision.
        Processing is asynchronous: the 202 response is the Schedule with status `processing`;
        poll getSchedule or subscribe to `schedule.processed` / `schedule.failed`. When ready,
        the revision becomes the project's current schedule and a quality report is computed.
        Send an Idempotency-Key so a retried upload does not create a duplicate revision.
        Requires a read-write key (403 `insufficient_scope` otherwise).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.

        ``POST /projects/{project_id}/schedules`` (operationId ``uploadSchedule``).
        """
        return await self._upload(
            "uploadSchedule",
            f"/projects/{quote_path(project_id)}/schedules",
            file=file,
            fields={"label": label},
            response_type=Schedule,
            on_progress=on_progress,
            validate=validate,
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

        Fetch one revision; poll this after an upload until `status` is `ready` or `failed`.

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            schedule_id: Schedule revision id (`sch_` prefix).

        ``GET /projects/{project_id}/schedules/{schedule_id}`` (operationId ``getSchedule``).
        """
        return await self._request(
            "getSchedule",
            "GET",
            f"/projects/{quote_path(project_id)}/schedules/{quote_path(schedule_id)}",
            response_type=Schedule,
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

        Delete a revision with its activities and quality results. Deleting the current revision
        makes the newest remaining ready revision current; deleting a baseline revision also
        removes its baseline assignments. A revision that is still processing cannot be deleted
        (409). Requires a read-write key (403 `insufficient_scope` otherwise).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            schedule_id: Schedule revision id (`sch_` prefix).

        ``DELETE /projects/{project_id}/schedules/{schedule_id}`` (operationId ``deleteSchedule``).
        """
        return await self._request(
            "deleteSchedule",
            "DELETE",
            f"/projects/{quote_path(project_id)}/schedules/{quote_path(schedule_id)}",
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


class SchedulesResourceWithRawResponse:
    """``planner.schedules.with_raw_response``: every method returns a :class:`RawResponse`.

    List methods return the raw response of one page (the ``page`` argument's).
    """

    def __init__(self, resource: SchedulesResource) -> None:
        self._resource = resource

    async def list(
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
        """Like ``schedules.list``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/schedules`` (operationId ``listSchedules``).
        """
        return await self._resource._request_raw(
            "listSchedules",
            "GET",
            f"/projects/{quote_path(project_id)}/schedules",
            params={"status": status, "page": page, "per_page": per_page},
            response_type=ScheduleList,
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

    async def upload(
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
        """Like ``schedules.upload``, returning the raw response (``parse()`` for the model).

        ``POST /projects/{project_id}/schedules`` (operationId ``uploadSchedule``).
        """
        return await self._resource._upload_raw(
            "uploadSchedule",
            f"/projects/{quote_path(project_id)}/schedules",
            file=file,
            fields={"label": label},
            response_type=Schedule,
            on_progress=on_progress,
            validate=validate,
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
        """Like ``schedules.get``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/schedules/{schedule_id}`` (operationId ``getSchedule``).
        """
        return await self._resource._request_raw(
            "getSchedule",
            "GET",
            f"/projects/{quote_path(project_id)}/schedules/{quote_path(schedule_id)}",
            response_type=Schedule,
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
        """Like ``schedules.delete``, returning the raw response (``parse()`` for the model).

        ``DELETE /projects/{project_id}/schedules/{schedule_id}`` (operationId ``deleteSchedule``).
        """
        return await self._resource._request_raw(
            "deleteSchedule",
            "DELETE",
            f"/projects/{quote_path(project_id)}/schedules/{quote_path(schedule_id)}",
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
