"""WebhookReceiver end to end on a real aiohttp server bound to 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from multidict import CIMultiDict

from kazinex_planner._clock import VirtualClock
from kazinex_planner.models import QualityCompleteEvent
from kazinex_planner.webhooks import (
    Event,
    InMemorySeenStore,
    UnknownEvent,
    WebhookReceiver,
)

from ._support import NOW, OTHER_SECRET, SECRET, body, headers

PATH = "/webhooks/kazinex"

MakeClient = Callable[[WebhookReceiver], Awaitable[TestClient[web.Request, web.Application]]]


def make_receiver(**kwargs: object) -> WebhookReceiver:
    """A receiver whose clock reads the fixed test time ``NOW``."""
    clock = VirtualClock(start=datetime.fromtimestamp(NOW, UTC))
    return WebhookReceiver(SECRET, clock=clock, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
async def make_client() -> AsyncIterator[MakeClient]:
    clients: list[TestClient[web.Request, web.Application]] = []

    async def make(receiver: WebhookReceiver) -> TestClient[web.Request, web.Application]:
        app = web.Application()
        app.router.add_post(PATH, receiver.handler)
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


async def test_success_is_204_and_handled_once(make_client: MakeClient) -> None:
    receiver = make_receiver()
    seen: list[QualityCompleteEvent] = []

    @receiver.on("quality.complete")
    async def on_quality(event: QualityCompleteEvent) -> None:
        seen.append(event)

    client = await make_client(receiver)
    payload = body()
    response = await client.post(PATH, data=payload, headers=headers(payload))
    assert response.status == 204
    assert [e.id for e in seen] == ["evt_01HZCJ9K"]
    assert isinstance(seen[0], QualityCompleteEvent)


async def test_handler_failure_is_500_and_the_retry_is_handled(make_client: MakeClient) -> None:
    receiver = make_receiver()
    calls: list[str] = []

    @receiver.on("quality.complete")
    async def flaky(event: QualityCompleteEvent) -> None:
        calls.append(event.id)
        if len(calls) == 1:
            raise RuntimeError("database unavailable")

    client = await make_client(receiver)
    payload = body()
    hdrs = headers(payload)
    first = await client.post(PATH, data=payload, headers=hdrs)
    assert first.status == 500
    assert await first.json() == {"error": "handler_failed"}
    retry = await client.post(PATH, data=payload, headers=headers(payload, timestamp=NOW - 5))
    assert retry.status == 204
    assert calls == ["evt_01HZCJ9K", "evt_01HZCJ9K"]
    # Already handled: acknowledged so the sender stops, without running the handler again.
    third = await client.post(PATH, data=payload, headers=hdrs)
    assert third.status == 204
    assert len(calls) == 2


async def test_concurrent_duplicate_is_409_and_never_runs_twice(make_client: MakeClient) -> None:
    receiver = make_receiver()
    entered, gate = asyncio.Event(), asyncio.Event()
    calls: list[str] = []

    @receiver.on("quality.complete")
    async def slow(event: QualityCompleteEvent) -> None:
        calls.append(event.id)
        entered.set()
        await gate.wait()

    client = await make_client(receiver)
    payload = body()
    first = asyncio.create_task(client.post(PATH, data=payload, headers=headers(payload)))
    await asyncio.wait_for(entered.wait(), timeout=5)
    duplicate = await client.post(PATH, data=payload, headers=headers(payload))
    assert duplicate.status == 409
    assert await duplicate.json() == {"error": "in_flight"}
    gate.set()
    assert (await asyncio.wait_for(first, timeout=5)).status == 204
    after = await client.post(PATH, data=payload, headers=headers(payload))
    assert after.status == 204
    assert calls == ["evt_01HZCJ9K"]


async def test_verification_failures_are_400_with_only_a_code(make_client: MakeClient) -> None:
    receiver = make_receiver()
    calls: list[Event] = []

    @receiver.on("*")
    async def record(event: Event) -> None:
        calls.append(event)

    client = await make_client(receiver)
    payload = body()
    cases = {
        "bad_signature": headers(payload, OTHER_SECRET),
        "stale": headers(payload, timestamp=NOW - 301),
        "future": headers(payload, timestamp=NOW + 301),
        "missing_header": {"X-Kazinex-Event": "quality.complete"},
        "malformed_header": {"X-Kazinex-Signature": "t=now,v1=abc"},
        "header_mismatch": headers(payload, delivery="evt_SOMETHING_ELSE"),
    }
    for reason, hdrs in cases.items():
        response = await client.post(PATH, data=payload, headers=hdrs)
        assert response.status == 400, reason
        text = await response.text()
        assert await response.json() == {"error": reason}
        assert SECRET not in text
        assert OTHER_SECRET not in text
    assert calls == []
    # None of the rejected requests consumed the event id.
    ok = await client.post(PATH, data=payload, headers=headers(payload))
    assert ok.status == 204
    assert len(calls) == 1


async def test_repeated_signature_header_on_the_wire_is_400(make_client: MakeClient) -> None:
    client = await make_client(make_receiver())
    payload = body()
    signature = headers(payload)["X-Kazinex-Signature"]
    twice = CIMultiDict([("X-Kazinex-Signature", signature), ("X-Kazinex-Signature", signature)])
    response = await client.post(PATH, data=payload, headers=twice)
    assert response.status == 400
    assert await response.json() == {"error": "malformed_header"}


async def test_unknown_type_without_handler_is_acknowledged(make_client: MakeClient) -> None:
    receiver = make_receiver()
    called: list[Event] = []

    @receiver.on("quality.complete")
    async def on_quality(event: QualityCompleteEvent) -> None:
        called.append(event)

    client = await make_client(receiver)
    payload = body("project.archived", "evt_NEW")
    hdrs = headers(payload, event_type="project.archived", delivery="evt_NEW")
    response = await client.post(PATH, data=payload, headers=hdrs)
    assert response.status == 204
    assert called == []


async def test_dispatch_order_and_wildcard(make_client: MakeClient) -> None:
    receiver = make_receiver()
    order: list[str] = []

    @receiver.on("*")
    async def everything(event: Event) -> None:
        order.append(f"*:{type(event).__name__}")

    @receiver.on("quality.complete")
    async def first(event: QualityCompleteEvent) -> None:
        order.append("first")

    @receiver.on("quality.complete")
    async def second(event: QualityCompleteEvent) -> None:
        order.append("second")

    @receiver.on("project.archived")
    async def archived(event: Event) -> None:
        assert isinstance(event, UnknownEvent)
        order.append("archived")

    client = await make_client(receiver)
    payload = body()
    assert (await client.post(PATH, data=payload, headers=headers(payload))).status == 204
    other = body("project.archived", "evt_NEW")
    hdrs = headers(other, event_type="project.archived", delivery="evt_NEW")
    assert (await client.post(PATH, data=other, headers=hdrs)).status == 204
    assert order == [
        "first",
        "second",
        "*:QualityCompleteEvent",
        "archived",
        "*:UnknownEvent",
    ]


async def test_shared_store_deduplicates_across_receivers(make_client: MakeClient) -> None:
    store = InMemorySeenStore()
    calls: list[str] = []
    clients = []
    for _ in range(2):
        receiver = make_receiver(seen=store)

        @receiver.on("quality.complete")
        async def count(event: QualityCompleteEvent) -> None:
            calls.append(event.id)

        clients.append(await make_client(receiver))
    payload = body()
    for client in clients:
        assert (await client.post(PATH, data=payload, headers=headers(payload))).status == 204
    assert calls == ["evt_01HZCJ9K"]


async def test_receive_is_usable_without_aiohttp() -> None:
    receiver = make_receiver()
    payload = body()
    outcome = await receiver.receive(payload, headers(payload))
    assert (outcome.status, outcome.outcome, outcome.reason) == (204, "handled", None)
    assert outcome.event is not None
    assert outcome.event.id == "evt_01HZCJ9K"
    again = await receiver.receive(payload, headers(payload))
    assert (again.status, again.outcome) == (204, "duplicate")
    bad = await receiver.receive(payload, headers(payload, OTHER_SECRET))
    assert (bad.status, bad.outcome, bad.reason, bad.event) == (
        400,
        "rejected",
        "bad_signature",
        None,
    )


async def test_receiver_uses_the_system_clock_by_default() -> None:
    receiver = WebhookReceiver([OTHER_SECRET, SECRET])
    payload = body()
    stale = await receiver.receive(payload, headers(payload))  # signed at NOW, long ago
    assert stale.reason == "stale"


def test_sync_handlers_are_refused() -> None:
    receiver = make_receiver()

    def not_async(event: Event) -> None:
        return None

    with pytest.raises(TypeError, match="async"):
        receiver.on("ping")(not_async)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="event_type"):
        receiver.on("")


def test_repr_hides_the_secret() -> None:
    receiver = make_receiver()
    assert SECRET not in repr(receiver)


async def test_logs_never_contain_the_secret_or_a_signature(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    receiver = make_receiver()

    attempts: list[str] = []

    @receiver.on("quality.complete")
    async def failing_once(event: QualityCompleteEvent) -> None:
        attempts.append(event.id)
        if len(attempts) == 1:
            raise RuntimeError("transient failure")

    client = await make_client(receiver)
    payload = body()
    good = headers(payload)
    wrong = headers(payload, OTHER_SECRET)
    sent = [good, wrong, good, good, {"X-Kazinex-Signature": good["X-Kazinex-Signature"] + "x"}]
    statuses = [(await client.post(PATH, data=payload, headers=h)).status for h in sent]
    assert statuses == [500, 400, 204, 204, 400]

    forbidden = [SECRET, OTHER_SECRET]
    for hdrs in sent:
        forbidden += [
            part.removeprefix("v1=") for part in hdrs["X-Kazinex-Signature"].split(",")[1:]
        ]
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    ours = [r for r in caplog.records if r.name.startswith("kazinex_planner")]
    assert any("evt_01HZCJ9K" in r.getMessage() for r in ours)
    assert any(r.levelno == logging.DEBUG for r in ours)
    for record in caplog.records:
        text = formatter.format(record) + repr(record.__dict__)
        for value in forbidden:
            assert value not in text, f"log record {record.name} leaks a credential"
