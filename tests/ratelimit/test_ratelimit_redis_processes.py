"""Several OS processes on one API key, sharing its budget through a real Redis.

Each worker (``_redis_worker.py``) is its own Python process with its own limiter and
connection pool, like gunicorn workers; they start together at an agreed instant
against :class:`StrictServer`, which answers 429 the moment the contract's bucket is
exceeded. The key's budget in an interval of ``T`` seconds from a full bucket is
``per_minute + T * per_minute / 60`` requests: the fleet must reach it (≥ 0.98) and
never exceed it (zero 429s).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from ._redis_server import RedisServer
from ._strict_server import StrictServer

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "kzx_live_fleet_secret_0123456789"

pytestmark = pytest.mark.slow


async def run_fleet(workers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Start every worker, wait for all, return their reports (a failed one fails)."""
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.ratelimit._redis_worker",
            json.dumps(options),
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for options in workers
    ]
    reports = []
    for proc in procs:
        out, err = await asyncio.wait_for(proc.communicate(), timeout=120)
        assert proc.returncode == 0, err.decode()[-3000:]
        report = json.loads(out.decode().strip().splitlines()[-1])
        report["stderr"] = err.decode()
        reports.append(report)
    return reports


def worker(
    server: TestServer, redis: RedisServer, start_at: float, duration: float, **extra: Any
) -> dict[str, Any]:
    options: dict[str, Any] = {
        "base_url": str(server.make_url("")),
        "redis_url": redis.url,
        "api_key": API_KEY,
        "per_minute": 120,
        "per_day": 1_000_000,
        "tasks": 50,
        "start_at": start_at,
        "duration": duration,
        "lane": "interactive",
        "skew": 0.0,
        "spacing": 0.0,
        "on_error": "local",
    }
    return {**options, **extra}


async def test_four_processes_one_key_full_rate_no_429_with_a_skewed_clock(
    redis_server: RedisServer,
) -> None:
    """The acceptance run: 4 × 50 tasks, 120/min, 20 s, one host's clock 30 s ahead."""
    strict = StrictServer(per_minute=120)
    async with TestServer(strict.app(), host="127.0.0.1") as server:
        start_at = time.time() + 3.0  # room for four interpreters to start
        duration = 20.0
        reports = await run_fleet(
            [
                worker(server, redis_server, start_at, duration, skew=30.0 if i == 0 else 0.0)
                for i in range(4)
            ]
        )
    allowed = 120 + duration * 2.0
    achieved = strict.granted_between(start_at, start_at + duration)
    assert strict.rejected == 0, reports
    assert achieved <= allowed
    assert achieved / allowed >= 0.98, (achieved, allowed, reports)
    assert all(r["ok"] > 0 for r in reports), "every process got a share"
    assert not any(r["degraded"] for r in reports)


async def test_interactive_calls_are_not_starved_by_bulk_in_other_processes(
    redis_server: RedisServer,
) -> None:
    """Three processes saturate the key in bulk; the fourth's interactive calls never
    find the shared bucket empty (the bulk lane leaves 10% of it to them)."""
    strict = StrictServer(per_minute=120)
    async with TestServer(strict.app(), host="127.0.0.1") as server:
        start_at = time.time() + 3.0
        duration = 6.0
        bulk = [
            worker(server, redis_server, start_at, duration, lane="bulk", tasks=20)
            for _ in range(3)
        ]
        # Interactive calls start once bulk has drained the bucket to the reserve.
        interactive = worker(
            server, redis_server, start_at + 1.5, duration - 1.5, tasks=1, spacing=0.5
        )
        *bulk_reports, probe = await run_fleet([*bulk, interactive])
    assert strict.rejected == 0
    assert sum(r["refused"].get("bulk", 0) for r in bulk_reports) > 0, "bulk was saturated"
    assert probe["ok"] >= 5
    assert probe["refused"].get("interactive", 0) == 0, probe
    assert probe["errors"] == {}
