"""Transport benchmarks: limiter precision against a strict server, and SDK overhead.

1. Precision. A server in another process enforces the contract's bucket on the real
   clock and answers 429 to anything over it. The SDK sends as fast as its limiter
   allows; we report achieved / allowed requests (allowed = the bucket's burst plus
   its refill over the run) and the 429 count.
2. Overhead. Requests per second through ``planner.projects.get`` (typed decode
   included) vs raw aiohttp (GET + read + ``orjson.loads``), same loopback server,
   same concurrency, an effectively unlimited plan, interleaved in one process, three
   runs. A second baseline, "raw + SDK headers", is raw aiohttp sending exactly what
   the SDK sends (its headers, a ``ClientTimeout``, no redirects): the gap between the
   two baselines is aiohttp's own cost of the richer request, a floor the SDK cannot
   go under. Telemetry is off (``telemetry=False``), as in ``nox -s bench``, which
   does not install OpenTelemetry.
3. ``--profile``: cProfile of the same loop at concurrency 16, raw and SDK, own time
   by package and the top functions (written to ``benchmarks/profiles/``).
4. ``--sdk-work`` (alone): the SDK's own work per ``projects.get`` over a fake in-memory
   session (no network, no aiohttp): what the pipeline itself costs, best of 5 rounds;
   then ``RateLimiter.observe`` alone, the per-response calibration.

Usage: ``python benchmarks/bench_transport.py [--quick] [--throughput-only] [--profile]
[--sdk-work]`` (prints markdown).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime
import io
import pstats
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import orjson
from _servers import machine, server_process, server_stats, spec_example

from kazinex_planner import PlannerClient
from kazinex_planner._core._config import user_agent
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


One = Callable[[int], Awaitable[None]]
Profiles = dict[str, cProfile.Profile]


async def _drive(one: One, requests: int, concurrency: int) -> None:
    counter = iter(range(requests))

    async def worker() -> None:
        for i in counter:
            await one(i)

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def _measure(
    one: One, requests: int, concurrency: int, profile: cProfile.Profile | None
) -> tuple[float, float]:
    """(requests/s, client CPU µs per request) of one round."""
    if profile is not None:
        profile.enable()
    started = time.perf_counter()
    cpu = time.process_time()
    await _drive(one, requests, concurrency)
    elapsed = time.perf_counter() - started
    # Client CPU per request: steadier than req/s on a shared machine, because it
    # does not count the time the server (on the other core) or others take.
    cpu_us = (time.process_time() - cpu) / requests * 1e6
    if profile is not None:
        profile.disable()
    return requests / elapsed, cpu_us


async def throughput(
    requests: int, concurrency: int, rounds: int, profiles: Profiles | None = None
) -> dict[str, tuple[float, float]]:
    """Raw aiohttp, raw aiohttp with the SDK's headers, and the SDK, in interleaved rounds.

    Each round runs ``requests`` through each client in turn; a client's figure is its
    best round (highest req/s, lowest CPU): on a shared machine, noise only ever
    slows a round down, so the best is the closest to what the code costs, and the
    interleaving gives every client the same chances.
    """
    plan = Plan.enterprise(per_minute=100_000_000, per_day=1_000_000_000)
    with server_process("fast") as url:
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with (
            aiohttp.ClientSession(connector=connector) as session,
            PlannerClient(api_key=KEY, base_url=url, plan=plan, telemetry=False) as planner,
        ):

            async def raw(i: int) -> None:
                async with session.get(f"{url}/projects/proj_{i}") as resp:
                    orjson.loads(await resp.read())

            headers = {
                "Accept": "application/json",
                "User-Agent": user_agent(),
                "Authorization": f"Bearer {KEY}",
            }
            timeout = aiohttp.ClientTimeout(total=60.0, sock_connect=15.0)

            async def raw_as_sdk(i: int) -> None:
                async with session.get(
                    f"{url}/projects/proj_{i}",
                    headers=headers,
                    timeout=timeout,
                    allow_redirects=False,
                ) as resp:
                    orjson.loads(await resp.read())

            async def sdk(i: int) -> None:
                await planner.projects.get(f"proj_{i}")

            clients: dict[str, One] = {"raw": raw, "raw+headers": raw_as_sdk, "SDK": sdk}
            for one in clients.values():
                await _drive(one, requests, concurrency)  # warm-up: connections, caches
            best: dict[str, tuple[float, float]] = {}
            for _ in range(rounds):
                for name, one in clients.items():
                    profile = profiles.get(name) if profiles is not None else None
                    rate, cpu = await _measure(one, requests, concurrency, profile)
                    old_rate, old_cpu = best.get(name, (0.0, float("inf")))
                    best[name] = (max(rate, old_rate), min(cpu, old_cpu))
    return best


class _FakeResponse:
    status = 200

    def __init__(self, url: object, headers: object, body: bytes) -> None:
        self.url = url
        self.headers = headers
        self._body = body

    async def read(self) -> bytes:
        return self._body

    async def __aenter__(self) -> _FakeResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class _FakeSession:
    """Just enough of ``aiohttp.ClientSession`` for the transport: every call answers
    the same 200 at once (with ``countdown``, a fresh header set whose
    ``X-RateLimit-Remaining`` drops by one per response, as a real server's does)."""

    closed = False

    def __init__(self, headers: dict[str, str], *, countdown: bool = False) -> None:
        from multidict import CIMultiDict, CIMultiDictProxy

        self._fixed = headers
        self._headers = CIMultiDictProxy(CIMultiDict(headers))
        self._countdown = countdown
        self._remaining = 99_999_999
        self._body = orjson.dumps(spec_example("Project"))

    def request(self, method: str, url: object, **kwargs: object) -> _FakeResponse:
        headers = self._headers
        if self._countdown:
            from multidict import CIMultiDict, CIMultiDictProxy

            self._remaining -= 1
            headers = CIMultiDictProxy(
                CIMultiDict(self._fixed, **{"X-RateLimit-Remaining": str(self._remaining)})
            )
        return _FakeResponse(url, headers, self._body)

    async def close(self) -> None:
        return None


RATE_LIMIT_HEADERS = {
    "X-RateLimit-Limit": "100000000",
    "X-RateLimit-Remaining": "99999999",
    "X-RateLimit-Reset": "0.000",
    "X-RateLimit-Day-Limit": "1000000000",
    "X-RateLimit-Day-Remaining": "999999999",
    "X-RateLimit-Day-Reset": "3600.0",
}


def _otel_api_importable() -> bool:
    try:
        import opentelemetry.trace  # noqa: F401
    except ImportError:
        return False
    return True


async def sdk_work(calls: int = 20_000, rounds: int = 5) -> dict[str, float]:
    """µs of SDK work per ``projects.get`` over a fake session: without and with the
    six ``X-RateLimit-*`` headers a real response carries (repeated, or with
    "remaining" counting down), and with telemetry on but no provider configured."""
    plan = Plan.enterprise(per_minute=100_000_000, per_day=1_000_000_000)
    cases: list[tuple[str, dict[str, str], bool, bool]] = [
        ("no rate-limit headers", {}, False, False),
        ("six rate-limit headers", RATE_LIMIT_HEADERS, False, False),
        ("six rate-limit headers, Remaining counting down", RATE_LIMIT_HEADERS, True, False),
    ]
    if _otel_api_importable():
        cases.append(
            (
                "six headers, telemetry on (OpenTelemetry API, no provider)",
                RATE_LIMIT_HEADERS,
                False,
                True,
            )
        )
    results: dict[str, float] = {}
    for label, extra, countdown, telemetry in cases:
        session = _FakeSession({"Content-Type": "application/json", **extra}, countdown=countdown)
        async with PlannerClient(
            api_key=KEY,
            base_url="http://127.0.0.1:9/planner/v1",
            plan=plan,
            session=session,  # type: ignore[arg-type]
            telemetry=telemetry,
        ) as planner:
            get = planner.projects.get
            for _ in range(2_000):
                await get("proj_1")
            best = float("inf")
            for _ in range(rounds):
                started = time.perf_counter()
                for _ in range(calls):
                    await get("proj_1")
                best = min(best, (time.perf_counter() - started) / calls * 1e6)
        results[label] = best
    results.update(calibration_work())
    return results


def calibration_work(calls: int = 100_000, rounds: int = 5) -> dict[str, float]:
    """µs per ``RateLimiter.observe`` alone (parse the headers, calibrate the windows),
    the per-response work of the limiter, on aiohttp's header type."""
    from multidict import CIMultiDict, CIMultiDictProxy

    from kazinex_planner.ratelimit import RateLimiter

    limiter = RateLimiter(Plan.enterprise(per_minute=100_000_000, per_day=1_000_000_000))
    fixed = CIMultiDictProxy(
        CIMultiDict({"Content-Type": "application/json", **RATE_LIMIT_HEADERS})
    )
    counting = [
        CIMultiDictProxy(
            CIMultiDict(
                {"Content-Type": "application/json", **RATE_LIMIT_HEADERS},
                **{"X-RateLimit-Remaining": str(99_999_999 - i)},
            )
        )
        for i in range(1_000)
    ]
    none = CIMultiDictProxy(CIMultiDict({"Content-Type": "application/json"}))
    results: dict[str, float] = {}
    for label, sets in (
        ("observe(): no rate-limit headers", [none] * 1_000),
        ("observe(): six headers, repeated", [fixed] * 1_000),
        ("observe(): six headers, Remaining counting down", counting),
    ):
        observe = limiter.observe
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            for _ in range(calls // 1_000):
                for headers in sets:
                    observe(headers)
            best = min(best, (time.perf_counter() - started) / calls * 1e6)
        results[label] = best
    return results


def _package(filename: str) -> str:
    for marker in ("kazinex_planner", "aiohttp", "yarl", "multidict", "asyncio"):
        if f"/{marker}/" in filename:
            return marker
    return "builtins / C" if filename == "~" else "other"


def profile_summary(profiles: Profiles, rates: dict[str, tuple[float, float]]) -> str:
    """Own time per request by package, then the top functions, for raw and SDK."""
    out = io.StringIO()
    requests = 4 * 1_000
    print(f"# cProfile of bench_transport.py, concurrency 16, {requests} requests", file=out)
    print(f"# {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, {machine()}", file=out)
    print(
        "# (profiled µs include the profiler's overhead: use them to rank, not as costs)\n",
        file=out,
    )
    for name, profile in profiles.items():
        stats = pstats.Stats(profile)
        by_package: dict[str, float] = defaultdict(float)
        rows = []
        for (filename, line, func), (_, calls, own, _cum, _) in stats.stats.items():  # type: ignore[attr-defined]
            by_package[_package(filename)] += own
            rows.append((own, calls, f"{Path(filename).name}:{line}({func})", filename))
        total = sum(by_package.values())
        rate, cpu = rates[name]
        print(
            f"## {name}: {rate:,.0f} req/s, {cpu:.0f} µs CPU/req (profiler on); own time "
            f"{total / requests * 1e6:.0f} µs/req",
            file=out,
        )
        for package, own in sorted(by_package.items(), key=lambda kv: -kv[1]):
            print(f"  {package:<16} {own / requests * 1e6:7.1f} µs/req", file=out)
        print("  top functions by own time (µs/req, calls/req):", file=out)
        for own, calls, label, _ in sorted(rows, reverse=True)[:25]:
            print(f"    {own / requests * 1e6:6.2f}  {calls / requests:4.1f}  {label}", file=out)
        ours = [row for row in sorted(rows, reverse=True) if "kazinex_planner" in row[3]]
        if ours:
            print("  kazinex_planner's own functions:", file=out)
            for own, calls, label, _ in ours[:15]:
                print(
                    f"    {own / requests * 1e6:6.2f}  {calls / requests:4.1f}  {label}", file=out
                )
        print(file=out)
    return out.getvalue()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="only the 20 s acceptance run")
    parser.add_argument("--throughput-only", action="store_true", help="skip the precision runs")
    parser.add_argument("--runs", type=int, default=3, help="throughput runs per concurrency")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds per run")
    parser.add_argument("--profile", action="store_true", help="write a cProfile summary")
    parser.add_argument("--sdk-work", action="store_true", help="SDK work over a fake session")
    args = parser.parse_args()
    print("## Transport benchmarks\n")
    print(f"Machine: {machine()}\n")
    if args.sdk_work:
        print("### SDK work per `projects.get`, fake in-memory session (best of 5 rounds)\n")
        for label, micros in (await sdk_work()).items():
            print(f"- {label}: {micros:.2f} µs")
        print()
        return  # alone: the fake-session figures take seconds, the rest minutes
    if not args.throughput_only:
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
    if args.profile:
        profiles = {"raw": cProfile.Profile(), "SDK": cProfile.Profile()}
        rates = await throughput(1_000, 16, 4, profiles)
        target = Path(__file__).parent / "profiles"
        target.mkdir(exist_ok=True)
        path = target / f"transport-{datetime.datetime.now(datetime.UTC):%Y-%m-%d}.txt"
        path.write_text(profile_summary(profiles, rates), encoding="utf-8")
        print(f"profile written to {path}\n")
    print("### Requests per second, SDK vs raw aiohttp (loopback, unlimited plan)\n")
    print(
        f"Each run: a fresh server process; {args.rounds} interleaved rounds of 1,000 requests "
        "per client; each client's best round.\n"
    )
    print(
        "| concurrency | run | raw req/s | raw + SDK headers req/s | SDK req/s | SDK / raw "
        "| SDK / raw + headers | CPU µs/req raw | raw + headers | SDK |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for concurrency in (1, 16, 64):
        for run in range(1, args.runs + 1):
            r2 = await throughput(1_000, concurrency, args.rounds)
            (raw, raw_cpu), (hdr, hdr_cpu), (sdk, sdk_cpu) = r2["raw"], r2["raw+headers"], r2["SDK"]
            print(
                f"| {concurrency} | {run} | {raw:,.0f} | {hdr:,.0f} | {sdk:,.0f} "
                f"| {sdk / raw:.2f}× | {sdk / hdr:.2f}× "
                f"| {raw_cpu:.0f} | {hdr_cpu:.0f} | {sdk_cpu:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    asyncio.run(main())
