"""Transport benchmarks: limiter precision against a strict server, and SDK overhead.

1. Precision. A server in another process enforces the contract's bucket on the real
   clock and answers 429 to anything over it. The SDK sends as fast as its limiter
   allows; we report achieved / allowed requests (allowed = the bucket's burst plus
   its refill over the run) and the 429 count.
2. Overhead. Requests per second through ``planner.projects.get`` (typed decode
   included) vs raw aiohttp (GET + read + ``orjson.loads``), same loopback server,
   same concurrency, an effectively unlimited plan.

Usage: ``python benchmarks/bench_transport.py [--quick]`` (prints markdown).
"""

from __future__ import annotations

import argparse
import asyncio
import time

import aiohttp
import orjson
from _servers import machine, server_process, server_stats

from kazinex_planner import PlannerClient
from kazinex_planner.errors import RateLimitError
from kazinex_planner.ratelimit import Plan

KEY = "kzk_bench_0123456789"


async def precision(per_minute: int, calls: int, concurrency: int) -> dict[str, float]:
    with server_process("strict", per_minute=per_minute, per_day=1_000_000) as url:
        plan = Plan.enterprise(per_minute=per_minute, per_day=1_000_000)
        refused = 0
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(calls):
            queue.put_nowait(i)
        async with PlannerClient(api_key=KEY, base_url=url, plan=plan, max_retries=0) as planner:

            async def worker() -> None:
                nonlocal refused
                while not queue.empty():
                    i = queue.get_nowait()
                    try:
                        await planner.projects.get(f"proj_{i}")
                    except RateLimitError:
                        refused += 1

            started = time.monotonic()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            elapsed = time.monotonic() - started
        stats = await server_stats(url)
    span = stats["last"] - stats["first"] if stats["first"] else elapsed
    allowed = per_minute + span * per_minute / 60.0
    expected = max(0.0, (calls - per_minute) * 60.0 / per_minute)
    return {
        "per_minute": per_minute,
        "calls": calls,
        "elapsed": elapsed,
        "expected": expected,
        "accepted": stats["ok"],
        "refused_server": stats["refused"],
        "refused_client": refused,
        "ratio": stats["ok"] / allowed,
    }


async def throughput(requests: int, concurrency: int) -> dict[str, float]:
    plan = Plan.enterprise(per_minute=100_000_000, per_day=1_000_000_000)
    with server_process("fast") as url:
        results: dict[str, float] = {}

        async def run(name: str, one: object) -> None:
            counter = iter(range(requests))

            async def worker() -> None:
                for i in counter:
                    await one(i)  # type: ignore[operator]

            await asyncio.gather(*(worker() for _ in range(concurrency)))  # warm-up pass
            counter = iter(range(requests))
            started = time.perf_counter()
            cpu = time.process_time()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            results[name] = requests / (time.perf_counter() - started)
            # Client CPU per request: steadier than req/s on a shared machine, because it
            # does not count the time the server (on the other core) or others take.
            results[f"{name} cpu_us"] = (time.process_time() - cpu) / requests * 1e6

        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def raw(i: int) -> None:
                async with session.get(f"{url}/projects/proj_{i}") as resp:
                    orjson.loads(await resp.read())

            await run("raw aiohttp", raw)
        async with PlannerClient(api_key=KEY, base_url=url, plan=plan) as planner:

            async def sdk(i: int) -> None:
                await planner.projects.get(f"proj_{i}")

            await run("SDK", sdk)
    return results


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="only the 20 s acceptance run")
    args = parser.parse_args()
    print("## Transport benchmarks\n")
    print(f"Machine: {machine()}\n")
    print("### Limiter precision against a strict server (real clock)\n")
    print(
        "| plan | calls | concurrency | run (s) | bucket allows (s) | accepted | 429s "
        "| achieved / allowed |"
    )
    print("|---|---|---|---|---|---|---|---|")
    scenarios = [(60, 80, 80)] if args.quick else [(60, 80, 80), (600, 800, 50)]
    for per_minute, calls, concurrency in scenarios:
        r = await precision(per_minute, calls, concurrency)
        print(
            f"| enterprise {per_minute}/min | {calls} | {concurrency} | {r['elapsed']:.2f} "
            f"| {r['expected']:.2f} | {r['accepted']:.0f} | {r['refused_server']:.0f} "
            f"| {r['ratio']:.4f} |"
        )
    print("\n### Requests per second, SDK vs raw aiohttp (loopback, unlimited plan)\n")
    print(
        "| concurrency | requests | raw aiohttp req/s | SDK req/s | SDK / raw "
        "| client CPU µs/req raw | SDK | raw / SDK CPU |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for concurrency in (1, 16, 64):
        r2 = await throughput(3_000, concurrency)
        raw, sdk = r2["raw aiohttp"], r2["SDK"]
        raw_cpu, sdk_cpu = r2["raw aiohttp cpu_us"], r2["SDK cpu_us"]
        print(
            f"| {concurrency} | 3000 | {raw:,.0f} | {sdk:,.0f} | {sdk / raw:.2f}× "
            f"| {raw_cpu:.0f} | {sdk_cpu:.0f} | {raw_cpu / sdk_cpu:.2f}× |"
        )


if __name__ == "__main__":
    asyncio.run(main())
