"""An export runs in the bulk lane, so a shared limiter's day reserve is not its to spend:
its quota check counts ``day_remaining - day_reserve`` (issue 12's reserve, issue 11's check)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kazinex_planner import PlannerClient
from kazinex_planner.emulator import Emulator
from kazinex_planner.errors import ExportQuotaError
from kazinex_planner.ratelimit import Plan, RateLimiter, RateLimitSnapshot, RedisBackend

from ._redis_server import RedisServer

PLAN = Plan.enterprise(per_minute=600, per_day=1_000)


def test_bulk_day_remaining_leaves_the_reserve() -> None:
    snapshot = RateLimitSnapshot(
        plan="enterprise",
        minute_limit=600,
        minute_remaining=600,
        minute_reset=0.0,
        day_limit=1_000,
        day_remaining=40,
        day_reset_at=datetime(2030, 1, 1, tzinfo=UTC),
        waiting_interactive=0,
        waiting_bulk=0,
        source="server",
        day_reserve=35,
    )
    assert snapshot.bulk_day_remaining == 5
    assert snapshot.day_remaining == 40


@pytest.mark.parametrize("reserve", [0, 994])
async def test_export_leaves_the_day_reserve_to_interactive_calls(
    redis_server: RedisServer, tmp_path: Path, reserve: int
) -> None:
    async with Emulator(plan=PLAN) as emulator:
        key = emulator.issue_key(plan=PLAN)
        backend = RedisBackend.from_url(redis_server.url, day_reserve=reserve)
        limiter = RateLimiter(PLAN, backend=backend)
        try:
            async with PlannerClient(key, base_url=emulator.base_url, limiter=limiter) as planner:
                for index in range(3):
                    await planner.projects.create(name=f"Reserve {index}", code=f"RSV{index}")
                if reserve == 0:
                    report = await planner.export(tmp_path / "out", include=["projects"])
                    assert not report.partial
                    return
                with pytest.raises(ExportQuotaError) as info:
                    await planner.export(tmp_path / "out")
                snapshot = planner.rate_limit
                assert snapshot.day_reserve == reserve
                # What the export was told it may spend excludes the reserve.
                assert info.value.remaining == snapshot.bulk_day_remaining
                assert info.value.remaining < info.value.needed
                assert snapshot.day_remaining > info.value.needed  # it would fit without it
        finally:
            await backend.aclose()
