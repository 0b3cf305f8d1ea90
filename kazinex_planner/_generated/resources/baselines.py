# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Baselines: generated async methods of the ``baselines`` endpoint group.

Mark and manage baseline assignments.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

from ..._core._options import Lane
from ..._core._pagination import AsyncPager
from ..._core._resource import (
    BaseResource,
    CallOptions,
    RawResponse,
    quote_path,
)
from ..models import (
    Baseline,
    BaselineCreate,
    BaselineList,
)

__all__ = ["BaselinesResource", "BaselinesResourceWithRawResponse"]


class BaselinesResource(BaseResource):
    """Methods of the ``baselines`` group; reach them as ``planner.baselines``."""

    @cached_property
    def with_raw_response(self) -> BaselinesResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return BaselinesResourceWithRawResponse(self)

    def list(
        self,
        project_id: str,
        *,
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
    ) -> AsyncPager[Baseline]:
        """List baselines.

        List the project's baseline assignments, newest first. (Paginated like every list, an
        addition to the contract for consistency.)

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[Baseline]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /projects/{project_id}/baselines`` (operationId ``listBaselines``).
        """
        return self._paginate(
            "listBaselines",
            f"/projects/{quote_path(project_id)}/baselines",
            params={"page": page, "per_page": per_page},
            list_type=BaselineList,
            item_type=Baseline,
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

    async def mark(
        self,
        project_id: str,
        *,
        schedule_id: str,
        label: str | None = None,
        primary: bool = True,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Baseline:
        """Mark a baseline.

        Mark a ready schedule revision as a baseline. With `primary` (default true) it becomes
        the project's primary baseline: the project's `baseline_schedule_id` is set, activities'
        `baseline_*` dates come from it, and `baseline.marked` fires. Requires a read-write key
        (403 `insufficient_scope` otherwise).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.

        ``POST /projects/{project_id}/baselines`` (operationId ``markBaseline``).
        """
        body = BaselineCreate(
            schedule_id=schedule_id,
            label=label,
            primary=primary,
        )
        return await self._request(
            "markBaseline",
            "POST",
            f"/projects/{quote_path(project_id)}/baselines",
            json=body,
            response_type=Baseline,
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
        baseline_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Baseline:
        """Get a baseline.

        Fetch one baseline assignment.

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            baseline_id: Baseline assignment id (`bl_` prefix).

        ``GET /projects/{project_id}/baselines/{baseline_id}`` (operationId ``getBaseline``).
        """
        return await self._request(
            "getBaseline",
            "GET",
            f"/projects/{quote_path(project_id)}/baselines/{quote_path(baseline_id)}",
            response_type=Baseline,
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

    async def unmark(
        self,
        project_id: str,
        baseline_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> None:
        """Unmark a baseline.

        Remove a baseline assignment (the schedule revision itself is kept). Unmarking the
        primary baseline clears the project's `baseline_schedule_id`. Requires a read-write key
        (403 `insufficient_scope` otherwise).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            baseline_id: Baseline assignment id (`bl_` prefix).

        ``DELETE /projects/{project_id}/baselines/{baseline_id}`` (operationId ``unmarkBaseline``).
        """
        return await self._request(
            "unmarkBaseline",
            "DELETE",
            f"/projects/{quote_path(project_id)}/baselines/{quote_path(baseline_id)}",
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


class BaselinesResourceWithRawResponse:
    """``planner.baselines.with_raw_response``: every method returns a :class:`RawResponse`.

    List methods return the raw response of one page (the ``page`` argument's).
    """

    def __init__(self, resource: BaselinesResource) -> None:
        self._resource = resource

    async def list(
        self,
        project_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[BaselineList]:
        """Like ``baselines.list``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/baselines`` (operationId ``listBaselines``).
        """
        return await self._resource._request_raw(
            "listBaselines",
            "GET",
            f"/projects/{quote_path(project_id)}/baselines",
            params={"page": page, "per_page": per_page},
            response_type=BaselineList,
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

    async def mark(
        self,
        project_id: str,
        *,
        schedule_id: str,
        label: str | None = None,
        primary: bool = True,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Baseline]:
        """Like ``baselines.mark``, returning the raw response (``parse()`` for the model).

        ``POST /projects/{project_id}/baselines`` (operationId ``markBaseline``).
        """
        body = BaselineCreate(
            schedule_id=schedule_id,
            label=label,
            primary=primary,
        )
        return await self._resource._request_raw(
            "markBaseline",
            "POST",
            f"/projects/{quote_path(project_id)}/baselines",
            json=body,
            response_type=Baseline,
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
        baseline_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Baseline]:
        """Like ``baselines.get``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/baselines/{baseline_id}`` (operationId ``getBaseline``).
        """
        return await self._resource._request_raw(
            "getBaseline",
            "GET",
            f"/projects/{quote_path(project_id)}/baselines/{quote_path(baseline_id)}",
            response_type=Baseline,
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

    async def unmark(
        self,
        project_id: str,
        baseline_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[None]:
        """Like ``baselines.unmark``, returning the raw response (``parse()`` for the model).

        ``DELETE /projects/{project_id}/baselines/{baseline_id}`` (operationId ``unmarkBaseline``).
        """
        return await self._resource._request_raw(
            "unmarkBaseline",
            "DELETE",
            f"/projects/{quote_path(project_id)}/baselines/{quote_path(baseline_id)}",
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
