"""Redis limiter backend: cost per acquire, and a fleet of processes on one key.

1. One ``try_acquire`` through Redis (loopback redis-server, one Lua script call) vs
   the in-memory backend, µs per call, same run.
2. 4 processes × 50 tasks on one key (enterprise 120/min) against a strict server
   that answers 429 beyond the contract's bucket: achieved / allowed and 429s.
3. An interactive call's latency in a 4th process while 3 processes saturate the key
   in the bulk lane (the bulk lane leaves 10% of the bucket to interactive calls).

Needs ``redis-server`` on PATH and the ``redis`` extra. Usage:
``python benchmarks/bench_redis.py [--quick]`` (prints markdown).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from _servers import machine

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiohttp.test_utils import TestServer  # noqa: E402
from redis.asyncio import Redis  # noqa: E402

from kazinex_planner.ratelimit import InMemoryBackend, Plan, RedisBackend  # noqa: E402
from tests.ratelimit._redis_server import RedisServer  # noqa: E402
from tests.ratelimit._strict_server import StrictServer  # noqa: E402
from tests.ratelimit.test_ratelimit_redis_processes import run_fleet, worker  # noqa: E402

BIG = Plan.enterprise(per_minute=100_000_000, per_day=1_000_000_000)


async def per_call(redis: RedisServer, calls: int) -> tuple[float, float]:
    now = datetime.now(UTC)
    memory = InMemoryBackend()
    memory.configure(BIG, 0.0, now)
    client = Redis.from_url(redis.url)
    shared = RedisBackend(client, key_id="bench")
    shared.configure(BIG, 0.0, now)
    await shared.try_acquire(0.0, now)  # loads the script
    results = []
    for backend in (memory, shared):
        started = time.perf_counter()
        for _ in range(calls):
            await backend.try_acquire(time.monotonic(), now)
        results.append((time.perf_counter() - started) / calls * 1e6)
    await client.aclose()
    return results[0], results[1]


async def fleet(redis: RedisServer, duration: float) -> tuple[int, float, int]:
    strict = StrictServer(per_minute=120)
    async with TestServer(strict.app(), host="127.0.0.1") as server:
        start_at = time.time() + 3.0
        await run_fleet([worker(server, redis, start_at, duration) for _ in range(4)])
    allowed = 120 + duration * 2.0
    achieved = strict.granted_between(start_at, start_at + duration)
    return achieved, achieved / allowed, strict.rejected


async def interactive(redis: RedisServer, duration: float) -> tuple[list[float], int, int]:
    strict = StrictServer(per_minute=120)
    async with TestServer(strict.app(), host="127.0.0.1") as server:
        start_at = time.time() + 3.0
        bulk = [worker(server, redis, start_at, duration, lane="bulk", tasks=50)] * 3
        probe = worker(server, redis, start_at + 2, duration - 2, tasks=1, spacing=0.5)
        *_, report = await run_fleet([*bulk, probe])
    return report["latencies"], report["refused"].get("interactive", 0), strict.rejected


async def main(quick: bool) -> None:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("bench_redis needs redis-server on PATH")
    redis = RedisServer(binary)
    redis.start()
    try:
        memory_us, redis_us = await per_call(redis, 500 if quick else 3000)
        duration = 8.0 if quick else 20.0
        achieved, ratio, rejected = await fleet(redis, duration)
        await Redis.from_url(redis.url).flushall()
        latencies, refused, rejected_b = await interactive(redis, 6.0 if quick else 10.0)
    finally:
        redis.stop()
    print(f"## Redis limiter backend (bench_redis.py)\n\n{machine()}\n")
    print("| acquire | µs per call | ratio |\n|---|---|---|")
    print(f"| in memory | {memory_us:.1f} | 1.00× |")
    print(f"| Redis (loopback, one EVALSHA) | {redis_us:.1f} | {redis_us / memory_us:.0f}× |\n")
    print("| fleet | run (s) | accepted | 429s | achieved / allowed |\n|---|---|---|---|---|")
    row = f"| 4 procs × 50 tasks, 120/min | {duration:g} | {achieved} | {rejected} | {ratio:.4f} |"
    print(row + "\n")
    print(
        "| interactive call while 3 procs saturate in bulk | calls | median (ms) | max (ms) "
        "| refused by the bucket | 429s |\n|---|---|---|---|---|---|"
    )
    print(
        f"| 1 task, one call per 0.5 s | {len(latencies)} | "
        f"{statistics.median(latencies) * 1000:.1f} | {max(latencies) * 1000:.1f} | "
        f"{refused} | {rejected_b} |"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    asyncio.run(main(parser.parse_args().quick))
