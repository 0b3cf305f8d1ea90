# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Quality: generated async methods of the ``quality`` endpoint group.

Schedule quality scores and check results.
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
from ..models import (
    CheckVerdict,
    QualityCategoryId,
    QualityCheckDetail,
    QualityCheckList,
    QualityCheckResult,
    QualityReport,
)

__all__ = ["QualityResource", "QualityResourceWithRawResponse"]


class QualityResource(BaseResource):
    """Methods of the ``quality`` group; reach them as ``planner.quality``."""

    @cached_property
    def with_raw_response(self) -> QualityResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return QualityResourceWithRawResponse(self)

    async def get_report(
        self,
        project_id: str,
        *,
        schedule_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> QualityReport:
        """Get the quality report.

        Get the overall quality score, grade and category scores of a schedule revision (current
        by default). While the report is `pending`, poll or wait for `quality.complete`.

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            schedule_id: Schedule revision to read (`sch_` prefix); defaults to the
                project's current schedule. 404 when the project has no current schedule and
                none is given; 409 when the given revision is not ready.

        ``GET /projects/{project_id}/quality`` (operationId ``getQualityReport``).
        """
        return await self._request(
            "getQualityReport",
            "GET",
            f"/projects/{quote_path(project_id)}/quality",
            params={"schedule_id": schedule_id},
            response_type=QualityReport,
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

    def list_checks(
        self,
        project_id: str,
        *,
        schedule_id: str | None = None,
        verdict: CheckVerdict | Literal["pass", "warning", "fail", "not_applicable"] | None = None,
        category: QualityCategoryId
        | Literal[
            "logic",
            "duration",
            "critical_path",
            "constraints",
            "resources",
            "progress",
            "best_practice",
            "configuration",
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
    ) -> AsyncPager[QualityCheckResult]:
        """List quality check results.

        List per-check results, filterable by verdict and category, e.g. to show only failing
        checks.

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            schedule_id: Schedule revision to read (`sch_` prefix); defaults to the
                project's current schedule. 404 when the project has no current schedule and
                none is given; 409 when the given revision is not ready.
            verdict: Only checks with this verdict.
            category: Only checks of this category.
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[QualityCheckResult]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /projects/{project_id}/quality/checks`` (operationId ``listQualityChecks``).
        """
        return self._paginate(
            "listQualityChecks",
            f"/projects/{quote_path(project_id)}/quality/checks",
            params={
                "schedule_id": schedule_id,
                "verdict": verdict,
                "category": category,
                "page": page,
                "per_page": per_page,
            },
            list_type=QualityCheckList,
            item_type=QualityCheckResult,
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

    async def get_check(
        self,
        project_id: str,
        check_id: str,
        *,
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
    ) -> QualityCheckDetail:
        """Get a quality check result.

        Get one check's result, description and a page of the affected activity ids (paginate
        with `page`/`per_page`).

        Args:
            project_id: Project id (`proj_` prefix); the public overview's `{id}`.
            check_id: Quality check id (slug such as `missing-logic`; see
                QualityCheckResult.id).
            schedule_id: Schedule revision to read (`sch_` prefix); defaults to the
                project's current schedule. 404 when the project has no current schedule and
                none is given; 409 when the given revision is not ready.
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        ``GET /projects/{project_id}/quality/checks/{check_id}`` (operationId ``getQualityCheck``).
        """
        return await self._request(
            "getQualityCheck",
            "GET",
            f"/projects/{quote_path(project_id)}/quality/checks/{quote_path(check_id)}",
            params={"schedule_id": schedule_id, "page": page, "per_page": per_page},
            response_type=QualityCheckDetail,
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


class QualityResourceWithRawResponse:
    """``planner.quality.with_raw_response``: every method returns a :class:`RawResponse`.

    List methods return the raw response of one page (the ``page`` argument's).
    """

    def __init__(self, resource: QualityResource) -> None:
        self._resource = resource

    async def get_report(
        self,
        project_id: str,
        *,
        schedule_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[QualityReport]:
        """Like ``quality.get_report``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/quality`` (operationId ``getQualityReport``).
        """
        return await self._resource._request_raw(
            "getQualityReport",
            "GET",
            f"/projects/{quote_path(project_id)}/quality",
            params={"schedule_id": schedule_id},
            response_type=QualityReport,
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

    async def list_checks(
        self,
        project_id: str,
        *,
        schedule_id: str | None = None,
        verdict: CheckVerdict | Literal["pass", "warning", "fail", "not_applicable"] | None = None,
        category: QualityCategoryId
        | Literal[
            "logic",
            "duration",
            "critical_path",
            "constraints",
            "resources",
            "progress",
            "best_practice",
            "configuration",
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
    ) -> RawResponse[QualityCheckList]:
        """Like ``quality.list_checks``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/quality/checks`` (operationId ``listQualityChecks``).
        """
        return await self._resource._request_raw(
            "listQualityChecks",
            "GET",
            f"/projects/{quote_path(project_id)}/quality/checks",
            params={
                "schedule_id": schedule_id,
                "verdict": verdict,
                "category": category,
                "page": page,
                "per_page": per_page,
            },
            response_type=QualityCheckList,
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

    async def get_check(
        self,
        project_id: str,
        check_id: str,
        *,
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
    ) -> RawResponse[QualityCheckDetail]:
        """Like ``quality.get_check``, returning the raw response (``parse()`` for the model).

        ``GET /projects/{project_id}/quality/checks/{check_id}`` (operationId ``getQualityCheck``).
        """
        return await self._resource._request_raw(
            "getQualityCheck",
            "GET",
            f"/projects/{quote_path(project_id)}/quality/checks/{quote_path(check_id)}",
            params={"schedule_id": schedule_id, "page": page, "per_page": per_page},
            response_type=QualityCheckDetail,
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
