"""Fixtures: a fake Planner API on 127.0.0.1 and clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from kazinex_planner import Plan, PlannerClient

from ._fake import FakePlanner

#: Fast enough that the limiter never waits in these tests, unless a test wants it to.
FAST = Plan.enterprise(per_minute=1_000_000, per_day=10_000_000)

ClientFactory = Callable[..., PlannerClient]


@pytest.fixture
async def fake() -> AsyncIterator[FakePlanner]:
    server = FakePlanner(
        projects=2,
        sizes={"activities": 450, "assignments": 201, "resources": 5, "quality_checks": 25},
        without_schedule=1,
    )
    server.base_url = await server.start()  # type: ignore[attr-defined]
    yield server
    await server.close()


@pytest.fixture
async def make_client(fake: FakePlanner) -> AsyncIterator[ClientFactory]:
    clients: list[PlannerClient] = []

    def make(**kwargs: Any) -> PlannerClient:
        kwargs.setdefault("plan", FAST)
        client = PlannerClient(
            api_key="test-key-not-secret",
            base_url=fake.base_url,  # type: ignore[attr-defined]
            **kwargs,
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()
