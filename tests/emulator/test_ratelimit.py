"""Per-key rate limits exactly as the contract states them, on a manual clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiohttp

from kazinex_planner.emulator import Emulator, ManualClock
from kazinex_planner.emulator._plans import PLANS
from kazinex_planner.emulator._ratelimit import RateLimiter

from ._client import Client


def _headers(result: object) -> dict[str, int]:
    names = ("Limit", "Remaining", "Reset", "Day-Limit", "Day-Remaining", "Day-Reset")
    return {n: int(result.headers[f"X-RateLimit-{n}"]) for n in names}  # type: ignore[attr-defined]


async def test_professional_minute_bucket(
    emulator: Emulator, session: aiohttp.ClientSession, clock: ManualClock
) -> None:
    key = emulator.issue_key(plan="professional")
    client = Client(session, emulator.base_url, key)
    for i in range(120):
        result = await client.get("/projects", validate_spec=(i in (0, 119)))
        assert result.status == 200, i
    last = _headers(result)
    assert last["Limit"] == 120
    assert last["Remaining"] == 0
    assert last["Reset"] == 1  # 2 tokens per second: the next frees in 0.5 s
    assert last["Day-Limit"] == 10_000
    assert last["Day-Remaining"] == 9_880
    # 08:00 UTC on the test clock: 16 hours to midnight.
    assert last["Day-Reset"] == 16 * 3600

    rejected = await client.get("/projects")
    assert rejected.status == 429
    assert rejected.error_type == "rate_limited"
    assert rejected.headers["Retry-After"] == "1"
    assert rejected.json["error"]["details"][0]["field"] == "minute"
    assert _headers(rejected)["Remaining"] == 0
    assert _headers(rejected)["Day-Remaining"] == 9_880  # a rejection consumes nothing

    await clock.advance(0.5)
    assert (await client.get("/projects")).status == 200
    assert (await client.get("/projects")).status == 429
    await clock.advance(60)
    refilled = await client.get("/projects")
    assert _headers(refilled)["Remaining"] == 119  # capped at the bucket size
    assert emulator.state.request_count(key) == 124


async def test_day_counter_and_midnight_reset(
    emulator: Emulator, session: aiohttp.ClientSession, clock: ManualClock
) -> None:
    key = emulator.issue_key(plan="professional")
    client = Client(session, emulator.base_url, key)
    emulator.state.set_day_used(key, 9_999)
    last = await client.get("/projects")
    assert last.status == 200
    assert _headers(last)["Day-Remaining"] == 0
    over = await client.get("/projects")
    assert over.status == 429
    assert over.json["error"]["details"][0]["field"] == "day"
    assert over.headers["Retry-After"] == str(16 * 3600)
    await clock.set(datetime(2026, 3, 3, 0, 0, tzinfo=UTC) - timedelta(seconds=1))
    still = await client.get("/projects")
    assert still.status == 429
    assert still.headers["Retry-After"] == "1"
    await clock.advance(1)
    fresh = await client.get("/projects")
    assert fresh.status == 200
    assert _headers(fresh)["Day-Remaining"] == 9_999
    assert _headers(fresh)["Day-Reset"] == 86_400


async def test_limits_are_per_key_and_per_plan(
    emulator: Emulator, session: aiohttp.ClientSession
) -> None:
    first = Client(session, emulator.base_url, emulator.issue_key(plan="professional"))
    second = Client(session, emulator.base_url, emulator.issue_key(plan="professional"))
    for _ in range(120):
        await first.get("/projects", validate_spec=False)
    assert (await first.get("/projects")).status == 429
    assert (await second.get("/projects")).status == 200
    business = Client(session, emulator.base_url, emulator.issue_key())
    assert _headers(await business.get("/projects"))["Limit"] == 600
    enterprise = Client(session, emulator.base_url, emulator.issue_key(plan=("enterprise", 5, 50)))
    headers = _headers(await enterprise.get("/projects"))
    assert headers["Limit"] == 5
    assert headers["Day-Limit"] == 50


async def test_bucket_arithmetic() -> None:
    clock = ManualClock(datetime(2026, 3, 2, 23, 59, 59, 500_000, tzinfo=UTC))
    limiter = RateLimiter(clock)
    plan = PLANS["professional"]
    first = limiter.acquire("k", plan)
    assert first.remaining == 119
    assert first.reset == 1
    assert first.day_reset == 1  # 0.5 s to midnight rounds up
    full = limiter.peek("k", plan)
    await clock.advance(0.5)
    assert limiter.peek("k", plan).reset == 0  # full again
    assert full.remaining == 119
