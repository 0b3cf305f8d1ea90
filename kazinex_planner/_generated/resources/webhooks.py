# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Webhooks: generated async methods of the ``webhooks`` endpoint group.

Webhook subscriptions and delivery logs.
"""

from __future__ import annotations

import builtins

from ..._core._pagination import AsyncPager
from ..._core._resource import BaseResource, quote_path
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

__all__ = ["WebhooksResource"]


class WebhooksResource(BaseResource):
    """Methods of the ``webhooks`` group; reach them as ``planner.webhooks``."""

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        prefetch: int = 0,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        url: str,
        events: builtins.list[WebhookEventType],
        description: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> WebhookWithSecret:
        """Create a webhook.

        Register an HTTPS endpoint for events. The response is the only time the signing
        `secret` is returned: store it to verify X-Kazinex-Signature. Send sendWebhookTest to
        check the endpoint. Requires a read-write key (403 `insufficient_scope` otherwise).

        ``POST /webhooks`` (operationId ``createWebhook``).
        """
        body = WebhookCreate(
            url=url,
            events=events,
            description=description,
        )
        return await self._request(
            "createWebhook",
            "POST",
            "/webhooks",
            json=body,
            response_type=WebhookWithSecret,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        webhook_id: str,
        *,
        url: str | UnsetType = UNSET,
        events: builtins.list[WebhookEventType] | UnsetType = UNSET,
        description: str | UnsetType | None = UNSET,
        active: bool | UnsetType = UNSET,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            events=events,
            description=description,
            active=active,
        )
        return await self._request(
            "updateWebhook",
            "PATCH",
            f"/webhooks/{quote_path(webhook_id)}",
            json=body,
            response_type=Webhook,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    async def send_test(
        self,
        webhook_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_deliveries(
        self,
        webhook_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        prefetch: int = 0,
        timeout: float | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            max_retries=max_retries,
        )
