"""One clock for the SDK and the emulator: a client's limiter and the server's windows
move together, so a test can spend a minute's quota and refill it without waiting."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from kazinex_planner import Plan, PlannerClient
from kazinex_planner.emulator import Emulator, ManualClock
from kazinex_planner.ratelimit import VirtualClock

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
PLAN = Plan.enterprise(per_minute=6, per_day=1_000)  # one token every 10 seconds


async def test_one_virtual_clock_moves_the_client_limiter_and_the_emulator_window() -> None:
    # Real loopback I/O looks like an idle loop, so time moves only by advance().
    clock = VirtualClock(START, auto_advance=False)
    async with (
        Emulator(clock=clock, plan=PLAN) as emu,
        PlannerClient(
            emu.issue_key(plan=PLAN), base_url=emu.base_url, plan=PLAN, clock=clock, max_retries=0
        ) as planner,
    ):
        for _ in range(PLAN.per_minute):
            spent = await planner.users.with_raw_response.list()
        assert spent.headers["X-RateLimit-Remaining"] == "0"
        assert planner.rate_limit.minute_remaining == 0

        seventh = asyncio.create_task(planner.users.with_raw_response.list())
        await clock.settle()
        # The client waits for its token on the shared clock and has sent nothing.
        assert clock.pending_sleepers == 1
        assert not seventh.done()

        await clock.advance(11)
        answered = await asyncio.wait_for(seventh, timeout=10)
        # The server's bucket refilled on the same clock: no 429 (it would raise, as
        # max_retries=0), and both sides have spent the one new token.
        assert answered.status == 200
        assert answered.headers["X-RateLimit-Remaining"] == "0"
        assert planner.rate_limit.minute_remaining == 0
        assert emu.clock.now() == START + timedelta(seconds=11)


async def test_manual_clock_is_a_virtual_clock_moved_by_hand() -> None:
    clock = ManualClock(START)
    assert isinstance(clock, VirtualClock)
    sleeper = asyncio.create_task(clock.sleep(30))
    await clock.settle()
    assert clock.sleeper_count == 1
    await clock.settle()  # nothing moves time but the test
    assert not sleeper.done()
    await clock.set(START + timedelta(seconds=30))
    assert sleeper.done()
    assert clock.sleeper_count == 0
