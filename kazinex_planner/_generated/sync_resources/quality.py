# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Quality: the blocking twins of the ``quality`` methods, for ``kazinex_planner.sync``.

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
from ..models import (
    CheckVerdict,
    QualityCategoryId,
    QualityCheckDetail,
    QualityCheckList,
    QualityCheckResult,
    QualityReport,
)
from ..resources.quality import QualityResource, QualityResourceWithRawResponse

__all__ = ["SyncQualityResource", "SyncQualityResourceWithRawResponse"]


class SyncQualityResource(SyncResource):
    """Blocking methods of the ``quality`` group; reach them as ``planner.quality``."""

    _async: QualityResource

    @cached_property
    def with_raw_response(self) -> SyncQualityResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return SyncQualityResourceWithRawResponse(self._bridge, self._async.with_raw_response)

    def get_report(
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

        Blocking twin of ``planner.quality.get_report``; same parameters and errors.

        ``GET /projects/{project_id}/quality`` (operationId ``getQualityReport``).
        """
        return self._call(
            self._async.get_report(
                project_id,
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
    ) -> SyncPager[QualityCheckResult]:
        """List quality check results.

        Returns a ``SyncPager[QualityCheckResult]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.quality.list_checks``; same parameters and errors.

        ``GET /projects/{project_id}/quality/checks`` (operationId ``listQualityChecks``).
        """
        return self._pager(
            self._async.list_checks(
                project_id,
                schedule_id=schedule_id,
                verdict=verdict,
                category=category,
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

    def get_check(
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

        Blocking twin of ``planner.quality.get_check``; same parameters and errors.

        ``GET /projects/{project_id}/quality/checks/{check_id}`` (operationId ``getQualityCheck``).
        """
        return self._call(
            self._async.get_check(
                project_id,
                check_id,
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


class SyncQualityResourceWithRawResponse(SyncResource):
    """``planner.quality.with_raw_response``: every method returns a :class:`RawResponse`."""

    _async: QualityResourceWithRawResponse

    def get_report(
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
        """Like ``quality.get_report``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get_report(
                project_id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[QualityCheckList]:
        """Like ``quality.list_checks``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list_checks(
                project_id,
                schedule_id=schedule_id,
                verdict=verdict,
                category=category,
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

    def get_check(
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
        """Like ``quality.get_check``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get_check(
                project_id,
                check_id,
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
