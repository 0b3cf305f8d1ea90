"""One OS process of a fleet sharing an API key through Redis (run by the tests).

``python -m tests.ratelimit._redis_worker '<json>'`` with ``base_url``, ``redis_url``,
``per_minute``, ``per_day``, ``tasks``, ``start_at`` (Unix time all workers start at),
``duration``, ``lane`` (``interactive`` / ``bulk``), ``skew`` (seconds added to this
process's clock), ``spacing`` (pause between one task's calls) and ``on_error``.
Prints one JSON line: calls that succeeded (and how long each took), errors by type,
and how often the shared bucket told a call to wait, per lane.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from kazinex_planner import PlannerClient, use_lane
from kazinex_planner.ratelimit import Plan, RateLimiter, RedisBackend, SystemClock
from kazinex_planner.ratelimit._limiter import Lane


class SkewedClock(SystemClock):
    """A host whose wall clock is ``skew`` seconds off (monotonic time is unaffected)."""

    def __init__(self, skew: float) -> None:
        self.skew = skew

    def now(self) -> datetime:
        return super().now() + timedelta(seconds=self.skew)


class CountingBackend(RedisBackend):
    """Counts the acquires the shared bucket refused, per lane."""

    refused: Counter[str]

    async def try_acquire(
        self, now_monotonic: float, now_utc: datetime, *, lane: Lane = "interactive"
    ) -> float:
        wait = await super().try_acquire(now_monotonic, now_utc, lane=lane)
        if wait > 0:
            self.refused[lane] += 1
        return wait


async def main(options: dict[str, Any]) -> dict[str, Any]:
    plan = Plan.enterprise(per_minute=options["per_minute"], per_day=options["per_day"])
    backend = CountingBackend.from_url(options["redis_url"], on_error=options["on_error"])
    backend.refused = Counter()
    clock = SkewedClock(options["skew"])
    limiter = RateLimiter(plan, clock=clock, backend=backend)
    ok = 0
    errors: Counter[str] = Counter()
    latencies: list[float] = []
    lane: Lane = options["lane"]
    deadline = options["start_at"] + options["duration"]

    async def worker(planner: PlannerClient) -> None:
        nonlocal ok
        with use_lane(lane):
            while time.time() < deadline:
                try:
                    started = time.perf_counter()
                    await planner.projects.get("proj_1")
                    latencies.append(time.perf_counter() - started)
                    ok += 1
                except Exception as exc:
                    errors[type(exc).__name__] += 1
                if options["spacing"]:
                    await asyncio.sleep(options["spacing"])

    async with PlannerClient(
        options["api_key"], base_url=options["base_url"], limiter=limiter, max_retries=0
    ) as planner:
        await asyncio.sleep(max(0.0, options["start_at"] - time.time()))
        tasks = [asyncio.create_task(worker(planner)) for _ in range(options["tasks"])]
        try:
            left = deadline - time.time() + 0.5
            await asyncio.wait_for(asyncio.gather(*tasks), timeout=max(0.1, left))
        except TimeoutError:
            pass  # calls still waiting for a token at the deadline are cancelled
    await backend.aclose()
    return {
        "ok": ok,
        "errors": dict(errors),
        "refused": dict(backend.refused),
        "degraded": backend.degraded,
        "latencies": latencies,
    }


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    result = asyncio.run(main(json.loads(sys.argv[1])))
    print(json.dumps(result), flush=True)
