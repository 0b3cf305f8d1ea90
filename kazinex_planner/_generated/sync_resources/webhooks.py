# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Webhooks: the blocking twins of the ``webhooks`` methods, for ``kazinex_planner.sync``.

Each method has the async method's exact parameter list (the same template macro renders
both) and runs the async method on the client's event-loop thread.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Literal

from ..._bridge import SyncPager, SyncResource
from ..._core._options import Lane
from ..._core._resource import RawResponse
from ..._unset import UNSET, UnsetType
from ..models import (
    Webhook,
    WebhookDelivery,
    WebhookDeliveryList,
    WebhookEventType,
    WebhookList,
    WebhookWithSecret,
)
from ..resources.webhooks import WebhooksResource, WebhooksResourceWithRawResponse

__all__ = ["SyncWebhooksResource", "SyncWebhooksResourceWithRawResponse"]


class SyncWebhooksResource(SyncResource):
    """Blocking methods of the ``webhooks`` group; reach them as ``planner.webhooks``."""

    _async: WebhooksResource

    @cached_property
    def with_raw_response(self) -> SyncWebhooksResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return SyncWebhooksResourceWithRawResponse(self._bridge, self._async.with_raw_response)

    def list(
        self,
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
    ) -> SyncPager[Webhook]:
        """List webhooks.

        Returns a ``SyncPager[Webhook]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.webhooks.list``; same parameters and errors.

        ``GET /webhooks`` (operationId ``listWebhooks``).
        """
        return self._pager(
            self._async.list(
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

    def create(
        self,
        *,
        url: str,
        events: builtins.list[
            WebhookEventType
            | Literal[
                "schedule.uploaded",
                "schedule.processed",
                "schedule.failed",
                "baseline.marked",
                "quality.complete",
                "ping",
            ]
        ],
        description: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> WebhookWithSecret:
        """Create a webhook.

        Blocking twin of ``planner.webhooks.create``; same parameters and errors.

        ``POST /webhooks`` (operationId ``createWebhook``).
        """
        return self._call(
            self._async.create(
                url=url,
                events=events,
                description=description,
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Webhook:
        """Get a webhook.

        Blocking twin of ``planner.webhooks.get``; same parameters and errors.

        ``GET /webhooks/{webhook_id}`` (operationId ``getWebhook``).
        """
        return self._call(
            self._async.get(
                webhook_id,
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
        webhook_id: str,
        *,
        url: str | UnsetType = UNSET,
        events: builtins.list[
            WebhookEventType
            | Literal[
                "schedule.uploaded",
                "schedule.processed",
                "schedule.failed",
                "baseline.marked",
                "quality.complete",
                "ping",
            ]
        ]
        | UnsetType = UNSET,
        description: str | UnsetType | None = UNSET,
        active: bool | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> Webhook:
        """Update a webhook.

        Blocking twin of ``planner.webhooks.update``; same parameters and errors.

        ``PATCH /webhooks/{webhook_id}`` (operationId ``updateWebhook``).
        """
        return self._call(
            self._async.update(
                webhook_id,
                url=url,
                events=events,
                description=description,
                active=active,
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> None:
        """Delete a webhook.

        Blocking twin of ``planner.webhooks.delete``; same parameters and errors.

        ``DELETE /webhooks/{webhook_id}`` (operationId ``deleteWebhook``).
        """
        return self._call(
            self._async.delete(
                webhook_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def send_test(
        self,
        webhook_id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> WebhookDelivery:
        """Send a test event.

        Blocking twin of ``planner.webhooks.send_test``; same parameters and errors.

        ``POST /webhooks/{webhook_id}/test`` (operationId ``sendWebhookTest``).
        """
        return self._call(
            self._async.send_test(
                webhook_id,
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

    def list_deliveries(
        self,
        webhook_id: str,
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
    ) -> SyncPager[WebhookDelivery]:
        """List recent deliveries.

        Returns a ``SyncPager[WebhookDelivery]``: ``for item in ...`` yields every item
        (pages are fetched lazily through the client's loop thread); ``.first_page()``
        gives the first page and ``.collect(max_items=...)`` a list.

        Blocking twin of ``planner.webhooks.list_deliveries``; same parameters and errors.

        ``GET /webhooks/{webhook_id}/deliveries`` (operationId ``listWebhookDeliveries``).
        """
        return self._pager(
            self._async.list_deliveries(
                webhook_id,
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


class SyncWebhooksResourceWithRawResponse(SyncResource):
    """``planner.webhooks.with_raw_response``: every method returns a :class:`RawResponse`."""

    _async: WebhooksResourceWithRawResponse

    def list(
        self,
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
    ) -> RawResponse[WebhookList]:
        """Like ``webhooks.list``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list(
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

    def create(
        self,
        *,
        url: str,
        events: builtins.list[
            WebhookEventType
            | Literal[
                "schedule.uploaded",
                "schedule.processed",
                "schedule.failed",
                "baseline.marked",
                "quality.complete",
                "ping",
            ]
        ],
        description: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[WebhookWithSecret]:
        """Like ``webhooks.create``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.create(
                url=url,
                events=events,
                description=description,
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Webhook]:
        """Like ``webhooks.get``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.get(
                webhook_id,
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
        webhook_id: str,
        *,
        url: str | UnsetType = UNSET,
        events: builtins.list[
            WebhookEventType
            | Literal[
                "schedule.uploaded",
                "schedule.processed",
                "schedule.failed",
                "baseline.marked",
                "quality.complete",
                "ping",
            ]
        ]
        | UnsetType = UNSET,
        description: str | UnsetType | None = UNSET,
        active: bool | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[Webhook]:
        """Like ``webhooks.update``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.update(
                webhook_id,
                url=url,
                events=events,
                description=description,
                active=active,
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[None]:
        """Like ``webhooks.delete``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.delete(
                webhook_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                max_wait=max_wait,
                lane=lane,
                on_attempt=on_attempt,
            )
        )

    def send_test(
        self,
        webhook_id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> RawResponse[WebhookDelivery]:
        """Like ``webhooks.send_test``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.send_test(
                webhook_id,
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

    def list_deliveries(
        self,
        webhook_id: str,
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
    ) -> RawResponse[WebhookDeliveryList]:
        """Like ``webhooks.list_deliveries``, returning the raw response (``parse()`` for the model)."""
        return self._call(
            self._async.list_deliveries(
                webhook_id,
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
