"""Webhook delivery: signing, the loopback-only rule, and retries on the emulator clock.

Safety first: the emulator may be pointed at any URL by whoever can call the API, so it
only ever connects to loopback destinations (literal 127.0.0.0/8 or ::1 addresses, the
exact name ``localhost``; never ``localhost.`` or other names needing DNS) or hosts
the operator listed in ``webhook_allow``. Anything else is recorded as a failed delivery
with error ``blocked destination`` before any socket is opened, redirects are never
followed, and proxies from the environment are ignored, so no traffic can leave the
machine. Retry delays (1 min ... 6 h by default) are slept on the emulator clock, so a
:class:`ManualClock` drives them in tests.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import time
from collections.abc import Iterable
from datetime import timedelta

import aiohttp
from yarl import URL

from ._ids import new_id
from ._records import Delivery, Event, Webhook
from ._serialize import dumps
from ._state import EmulatorState

__all__ = ["BLOCKED", "destination_allowed", "enqueue", "sign"]

BLOCKED = "blocked destination"
_USER_AGENT = "Kazinex-Webhooks/1.0 (kazinex-planner emulator)"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """``X-Kazinex-Signature``: ``t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">``."""
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode("ascii") + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def destination_allowed(url: str, allow: Iterable[str] = ()) -> bool:
    """True only for literal loopback IPs, the exact name ``localhost``, or allowed hosts.

    Nothing is resolved: ``localhost.`` (trailing dot), ``foo.localhost``, ``LOCALHOST``
    spelled through DNS tricks or any other name would need a DNS lookup whose answer an
    attacker may control, so they count as remote. Allowed hosts match exactly
    (case-insensitively, without stripping a trailing dot).
    """
    try:
        host = (URL(url).host or "").lower()
    except (ValueError, TypeError):
        return False
    if not host:
        return False
    if host in {h.lower() for h in allow}:
        return True
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def enqueue(state: EmulatorState, webhook: Webhook, event: Event) -> Delivery:
    """Record a pending delivery of ``event`` to ``webhook`` and start delivering it."""
    delivery = Delivery(
        id=new_id("dlv"),
        webhook_id=webhook.id,
        event_id=event.id,
        event_type=event.type,
        created_at=state.clock.now(),
        next_attempt_at=state.clock.now(),
    )
    state.deliveries[delivery.id] = delivery
    state.touch()
    state.spawn(_deliver(state, delivery.id, event), name=f"deliver {delivery.id}", busy=False)
    return delivery


async def _deliver(state: EmulatorState, delivery_id: str, event: Event) -> None:
    body = dumps(event.body)
    attempts = len(state.retry_schedule) + 1
    for attempt in range(1, attempts + 1):
        delivery = state.deliveries.get(delivery_id)
        webhook = state.webhooks.get(delivery.webhook_id) if delivery else None
        if delivery is None or webhook is None:
            return  # the webhook was deleted: pending retries are cancelled
        state.begin_busy()
        try:
            delivery.next_attempt_at = None
            status_code, error, duration_ms = await _attempt(state, webhook, event, body)
            now = state.clock.now()
            delivery.attempt = attempt
            delivery.status_code = status_code
            delivery.duration_ms = duration_ms
            delivery.error = error
            if error is None:
                delivery.status = "succeeded"
                delivery.delivered_at = now
            elif error == BLOCKED or attempt == attempts:
                delivery.status = "failed"
            else:
                delay = state.retry_schedule[attempt - 1]
                delivery.next_attempt_at = now + timedelta(seconds=delay)
            state.touch()
        finally:
            state.end_busy()
        if delivery.status != "pending":
            return
        await state.clock.sleep(state.retry_schedule[attempt - 1])


async def _attempt(
    state: EmulatorState, webhook: Webhook, event: Event, body: bytes
) -> tuple[int | None, str | None, int]:
    """One POST: ``(status code, error or None, duration ms)``."""
    if not destination_allowed(webhook.url, state.webhook_allow):
        return None, BLOCKED, 0
    if state.http is None:
        state.http = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=state.delivery_timeout),
            trust_env=False,
        )
    timestamp = int(state.clock.now().timestamp())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": _USER_AGENT,
        "X-Kazinex-Event": event.type,
        "X-Kazinex-Delivery": event.id,
        "X-Kazinex-Signature": sign(webhook.secret, timestamp, body),
    }
    started = time.monotonic()
    try:
        async with state.http.post(
            webhook.url, data=body, headers=headers, allow_redirects=False
        ) as response:
            await response.content.read(64 * 1024)
            status = response.status
    except TimeoutError:
        return None, f"timeout after {state.delivery_timeout:g} s", _ms(started)
    except aiohttp.ClientError as exc:
        return None, f"connection failed ({type(exc).__name__})", _ms(started)
    if 200 <= status < 300:
        return status, None, _ms(started)
    return status, f"HTTP {status}", _ms(started)


def _ms(started: float) -> int:
    return max(0, round((time.monotonic() - started) * 1000))
