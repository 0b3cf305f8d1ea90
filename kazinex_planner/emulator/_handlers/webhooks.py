"""Webhooks: create (the secret is shown once), list, get, update, delete, test, deliveries.

URL rule in the emulator: ``https://`` anywhere, ``http://`` only for loopback hosts or
hosts in ``webhook_allow`` (the spec refuses plain HTTP; local receivers in tests and
demos need it). Whatever is accepted here, delivery still only ever connects to
loopback or allowed hosts (see ``_delivery``).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from aiohttp import web
from yarl import URL

from .._context import Route, json_response, no_content, state_of
from .._delivery import destination_allowed, enqueue
from .._errors import ApiError
from .._events import make_event
from .._ids import new_id, random_token
from .._records import Webhook
from .._serialize import delivery_json, page_json, webhook_json
from .._state import EmulatorState
from .._validation import Field, Shape, check_body, paginate, pagination, read_json

__all__ = ["ROUTES"]

EVENTS = (
    "schedule.uploaded",
    "schedule.processed",
    "schedule.failed",
    "baseline.marked",
    "quality.complete",
    "ping",
)
_URL = Field(kind="string", min_length=1, max_length=2048)
_EVENTS = Field(kind="array", min_items=1, unique=True, items=Field(kind="string", enum=EVENTS))
CREATE = Shape(
    fields={"url": _URL, "events": _EVENTS, "description": Field(kind="string", max_length=500)},
    required=("url", "events"),
)
UPDATE = Shape(
    fields={
        "url": _URL,
        "events": _EVENTS,
        "description": Field(kind="string", nullable=True, max_length=500),
        "active": Field(kind="boolean"),
    },
    min_properties=1,
)
PING_MESSAGE = "Hello from Kazinex Planner: this is a test delivery."
RETENTION = timedelta(days=30)


def _check_url(state: EmulatorState, body: dict[str, Any]) -> None:
    if "url" not in body:
        return
    try:
        url = URL(body["url"])
    except ValueError:
        raise ApiError.validation([("url", "must be an absolute URL")]) from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ApiError.validation([("url", "must be an absolute https:// URL")])
    if url.scheme == "http" and not destination_allowed(str(url), state.webhook_allow):
        raise ApiError.validation([("url", "must use https:// (plain http only for loopback)")])


def _webhook(request: web.Request) -> Webhook:
    state = state_of(request)
    webhook_id = request.match_info["webhook_id"]
    webhook = state.webhooks.get(webhook_id)
    if webhook is None:
        raise ApiError.not_found("webhook", webhook_id)
    return webhook


async def create_webhook(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    body = check_body(await read_json(request), CREATE)
    _check_url(state, body)
    now = state.clock.now()
    webhook = Webhook(
        id=new_id("wh"),
        url=body["url"],
        events=list(body["events"]),
        description=body.get("description"),
        active=True,
        created_at=now,
        updated_at=now,
        secret="whsec_" + random_token(32),
    )
    state.webhooks[webhook.id] = webhook
    state.touch()
    return json_response(webhook_json(webhook, with_secret=True), status=201)


async def list_webhooks(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    page, per_page = pagination(request)
    items = list(state.webhooks.values())
    data = [webhook_json(w) for w in paginate(items, page, per_page)]
    return json_response(page_json(data, len(items), page, per_page))


async def get_webhook(request: web.Request) -> web.StreamResponse:
    return json_response(webhook_json(_webhook(request)))


async def update_webhook(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    webhook = _webhook(request)
    body = check_body(await read_json(request), UPDATE)
    _check_url(state, body)
    for name in ("url", "description", "active"):
        if name in body:
            setattr(webhook, name, body[name])
    if "events" in body:
        webhook.events = list(body["events"])
    webhook.updated_at = state.clock.now()
    state.touch()
    return json_response(webhook_json(webhook))


async def delete_webhook(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    webhook = _webhook(request)
    del state.webhooks[webhook.id]
    for delivery_id in [d.id for d in state.deliveries.values() if d.webhook_id == webhook.id]:
        del state.deliveries[delivery_id]
    state.touch()
    return no_content()


async def send_test(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    webhook = _webhook(request)
    event = make_event(state, "ping", None, {"webhook_id": webhook.id, "message": PING_MESSAGE})
    delivery = enqueue(state, webhook, event)
    return json_response(delivery_json(delivery), status=202)


async def list_deliveries(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    webhook = _webhook(request)
    page, per_page = pagination(request)
    cutoff = state.clock.now() - RETENTION
    items = [
        d
        for d in reversed(state.deliveries.values())
        if d.webhook_id == webhook.id and d.created_at >= cutoff
    ]
    data = [delivery_json(d) for d in paginate(items, page, per_page)]
    return json_response(page_json(data, len(items), page, per_page))


ROUTES: tuple[Route, ...] = (
    ("POST", "/webhooks", create_webhook),
    ("GET", "/webhooks", list_webhooks),
    ("GET", "/webhooks/{webhook_id}", get_webhook),
    ("PATCH", "/webhooks/{webhook_id}", update_webhook),
    ("DELETE", "/webhooks/{webhook_id}", delete_webhook),
    ("POST", "/webhooks/{webhook_id}/test", send_test),
    ("GET", "/webhooks/{webhook_id}/deliveries", list_deliveries),
)
