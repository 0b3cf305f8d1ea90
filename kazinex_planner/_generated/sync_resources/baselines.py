# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Baselines: the blocking twins of the ``baselines`` methods, for ``kazinex_planner.sync``.

Each method has the async method's exact parameter list (the same template macro renders
both) and runs the async method on the client's event-loop thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

from ..._bridge import SyncPager, SyncResource
from ..._core._options import Lane
from ..._core._resource import RawResponse
from ..models import (
    Baseline,
    BaselineList,
)
from ..resources.baselines import BaselinesResource, BaselinesResourceWithRawResponse

__all__ = ["SyncBaselinesResource", "SyncBaselinesResourceWithRawResponse"]


class SyncBaselinesResource(SyncResource):
    """Blocking methods of the ``baselines`` group; reach them as ``planner.baselines``."""

    _async: BaselinesResource

    @cached_property
    def with_raw_response(self) -> SyncBaselinesResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return SyncBaselinesResourceWithRawResponse(self._bridge, self._async.with_raw_response)

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
    ) -> SyncPager[Baseline]:
        """List baselines.

        Returns a ``SyncPager[Baseline]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.baselines.list``; same parameters and errors.

        ``GET /projects/{project_id}/baselines`` (operationId ``listBaselines``).
        """
        return self._pager(
            self._async.list(
                project_id,
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

    def mark(
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

        Blocking twin of ``planner.baselines.mark``; same parameters and errors.

        ``POST /projects/{project_id}/baselines`` (operationId ``markBaseline``).
        """
        return self._call(
            self._async.mark(
                project_id,
                schedule_id=schedule_id,
                label=label,
                primary=primary,
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

        Blocking twin of ``planner.baselines.get``; same parameters and errors.

        ``GET /projects/{project_id}/baselines/{baseline_id}`` (operationId ``getBaseline``).
        """
        return self._call(
            self._async.get(
                project_id,
                baseline_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def unmark(
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

        Blocking twin of ``planner.baselines.unmark``; same parameters and errors.

        ``DELETE /projects/{project_id}/baselines/{baseline_id}`` (operationId ``unmarkBaseline``).
        """
        return self._call(
            self._async.unmark(
                project_id,
                baseline_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )


class SyncBaselinesResourceWithRawResponse(SyncResource):
    """``planner.baselines.with_raw_response``: every method returns a :class:`RawResponse`."""

    _async: BaselinesResourceWithRawResponse

    def list(
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
        """Like ``baselines.list``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list(
                project_id,
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

    def mark(
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
        """Like ``baselines.mark``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.mark(
                project_id,
                schedule_id=schedule_id,
                label=label,
                primary=primary,
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
        """Like ``baselines.get``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get(
                project_id,
                baseline_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def unmark(
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
        """Like ``baselines.unmark``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.unmark(
                project_id,
                baseline_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )
