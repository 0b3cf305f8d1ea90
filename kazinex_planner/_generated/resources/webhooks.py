# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Webhooks: generated async methods of the ``webhooks`` endpoint group.

Webhook subscriptions and delivery logs.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Literal, cast

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
    Webhook,
    WebhookCreate,
    WebhookDelivery,
    WebhookDeliveryList,
    WebhookEventType,
    WebhookList,
    WebhookUpdate,
    WebhookWithSecret,
)

__all__ = ["WebhooksResource", "WebhooksResourceWithRawResponse"]


class WebhooksResource(BaseResource):
    """Methods of the ``webhooks`` group; reach them as ``planner.webhooks``."""

    @cached_property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same methods, returning the :class:`RawResponse` (status, headers, bytes)."""
        return WebhooksResourceWithRawResponse(self)

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
    ) -> AsyncPager[Webhook]:
        """List webhooks.

        List the workspace's webhooks (without secrets). Paginated like every list.

        Args:
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[Webhook]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /webhooks`` (operationId ``listWebhooks``).
        """
        return self._paginate(
            "listWebhooks",
            "/webhooks",
            params={"page": page, "per_page": per_page},
            list_type=WebhookList,
            item_type=Webhook,
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

    async def create(
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

        Register an HTTPS endpoint for events. The response is the only time the signing
        `secret` is returned: store it to verify X-Kazinex-Signature. Send sendWebhookTest to
        check the endpoint. Requires a read-write key (403 `insufficient_scope` otherwise).

        ``POST /webhooks`` (operationId ``createWebhook``).
        """
        body = WebhookCreate(
            url=url,
            # Members and their strings encode alike; the server checks the value.
            events=cast(Any, events),
            description=description,
        )
        return await self._request(
            "createWebhook",
            "POST",
            "/webhooks",
            json=body,
            response_type=WebhookWithSecret,
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

        Fetch one webhook (without its secret).

        Args:
            webhook_id: Webhook id (`wh_` prefix).

        ``GET /webhooks/{webhook_id}`` (operationId ``getWebhook``).
        """
        return await self._request(
            "getWebhook",
            "GET",
            f"/webhooks/{quote_path(webhook_id)}",
            response_type=Webhook,
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

        Change the URL, subscriptions or description, or pause/resume deliveries with `active`.
        The secret is unchanged. Requires a read-write key (403 `insufficient_scope` otherwise).

        Args:
            webhook_id: Webhook id (`wh_` prefix).

        ``PATCH /webhooks/{webhook_id}`` (operationId ``updateWebhook``).
        """
        body = WebhookUpdate(
            url=url,
            # Members and their strings encode alike; the server checks the value.
            events=cast(Any, events),
            description=description,
            active=active,
        )
        return await self._request(
            "updateWebhook",
            "PATCH",
            f"/webhooks/{quote_path(webhook_id)}",
            json=body,
            response_type=Webhook,
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

        Delete a webhook; pending retries are cancelled. Requires a read-write key (403
        `insufficient_scope` otherwise).

        Args:
            webhook_id: Webhook id (`wh_` prefix).

        ``DELETE /webhooks/{webhook_id}`` (operationId ``deleteWebhook``).
        """
        return await self._request(
            "deleteWebhook",
            "DELETE",
            f"/webhooks/{quote_path(webhook_id)}",
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

    async def send_test(
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

        Queue a `ping` event to the webhook (even if inactive or not subscribed to `ping`) and
        return its delivery (status `pending`); follow it with listWebhookDeliveries. No request
        body. Requires a read-write key (403 `insufficient_scope` otherwise). 400 when the
        `Idempotency-Key` header is malformed (empty or over 255 characters), as for every POST.

        Args:
            webhook_id: Webhook id (`wh_` prefix).

        ``POST /webhooks/{webhook_id}/test`` (operationId ``sendWebhookTest``).
        """
        return await self._request(
            "sendWebhookTest",
            "POST",
            f"/webhooks/{quote_path(webhook_id)}/test",
            response_type=WebhookDelivery,
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
    ) -> AsyncPager[WebhookDelivery]:
        """List recent deliveries.

        List the webhook's deliveries of the last 30 days, newest first, to debug a receiver.

        Args:
            webhook_id: Webhook id (`wh_` prefix).
            page: 1-based page number. At most 2147483647 (2^31 - 1; larger values are
                refused with 400): the page is echoed in `meta.page`, and JSON integers
                beyond that are not exact in every client.
            per_page: Items per page (default 50, maximum 200).

        Returns an ``AsyncPager[WebhookDelivery]``: ``await`` it for the first page,
        ``async for`` over it for every item (pages are fetched lazily);
        ``prefetch=N`` keeps up to N pages in flight once the total is known.

        ``GET /webhooks/{webhook_id}/deliveries`` (operationId ``listWebhookDeliveries``).
        """
        return self._paginate(
            "listWebhookDeliveries",
            f"/webhooks/{quote_path(webhook_id)}/deliveries",
            params={"page": page, "per_page": per_page},
            list_type=WebhookDeliveryList,
            item_type=WebhookDelivery,
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


class WebhooksResourceWithRawResponse:
    """``planner.webhooks.with_raw_response``: every method returns a :class:`RawResponse`.

    List methods return the raw response of one page (the ``page`` argument's).
    """

    def __init__(self, resource: WebhooksResource) -> None:
        self._resource = resource

    async def list(
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
        """Like ``webhooks.list``, returning the raw response (``parse()`` for the model).

        ``GET /webhooks`` (operationId ``listWebhooks``).
        """
        return await self._resource._request_raw(
            "listWebhooks",
            "GET",
            "/webhooks",
            params={"page": page, "per_page": per_page},
            response_type=WebhookList,
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

    async def create(
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
        """Like ``webhooks.create``, returning the raw response (``parse()`` for the model).

        ``POST /webhooks`` (operationId ``createWebhook``).
        """
        body = WebhookCreate(
            url=url,
            # Members and their strings encode alike; the server checks the value.
            events=cast(Any, events),
            description=description,
        )
        return await self._resource._request_raw(
            "createWebhook",
            "POST",
            "/webhooks",
            json=body,
            response_type=WebhookWithSecret,
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
        """Like ``webhooks.get``, returning the raw response (``parse()`` for the model).

        ``GET /webhooks/{webhook_id}`` (operationId ``getWebhook``).
        """
        return await self._resource._request_raw(
            "getWebhook",
            "GET",
            f"/webhooks/{quote_path(webhook_id)}",
            response_type=Webhook,
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
        """Like ``webhooks.update``, returning the raw response (``parse()`` for the model).

        ``PATCH /webhooks/{webhook_id}`` (operationId ``updateWebhook``).
        """
        body = WebhookUpdate(
            url=url,
            # Members and their strings encode alike; the server checks the value.
            events=cast(Any, events),
            description=description,
            active=active,
        )
        return await self._resource._request_raw(
            "updateWebhook",
            "PATCH",
            f"/webhooks/{quote_path(webhook_id)}",
            json=body,
            response_type=Webhook,
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
        """Like ``webhooks.delete``, returning the raw response (``parse()`` for the model).

        ``DELETE /webhooks/{webhook_id}`` (operationId ``deleteWebhook``).
        """
        return await self._resource._request_raw(
            "deleteWebhook",
            "DELETE",
            f"/webhooks/{quote_path(webhook_id)}",
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

    async def send_test(
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
        """Like ``webhooks.send_test``, returning the raw response (``parse()`` for the model).

        ``POST /webhooks/{webhook_id}/test`` (operationId ``sendWebhookTest``).
        """
        return await self._resource._request_raw(
            "sendWebhookTest",
            "POST",
            f"/webhooks/{quote_path(webhook_id)}/test",
            response_type=WebhookDelivery,
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

    async def list_deliveries(
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
        """Like ``webhooks.list_deliveries``, returning the raw response (``parse()`` for the model).

        ``GET /webhooks/{webhook_id}/deliveries`` (operationId ``listWebhookDeliveries``).
        """
        return await self._resource._request_raw(
            "listWebhookDeliveries",
            "GET",
            f"/webhooks/{quote_path(webhook_id)}/deliveries",
            params={"page": page, "per_page": per_page},
            response_type=WebhookDeliveryList,
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
