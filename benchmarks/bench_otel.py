"""Per-call CPU of the instrumentation: off, a no-op OpenTelemetry provider, the SDK in memory.

The client talks to a fake in-memory session (no sockets, no aiohttp request machinery),
so the CPU measured is the SDK's own per-call work, where instrumentation would show
most. Configurations run interleaved, several rounds, in one process; each result is the
median CPU per call and a ratio against ``off`` measured in the same run.

``before`` is the same call on the code *before* the instrumentation, a source tree
given with ``--baseline-src`` (e.g. ``git archive <commit> kazinex_planner | tar -x -C
/tmp/base``): ``before / off`` is the price of instrumentation that nobody uses. Each
measurement runs in its own child process; the configurations are interleaved per round.

Needs ``opentelemetry-sdk`` (``pip install opentelemetry-sdk``). Run:
``python benchmarks/bench_otel.py [--calls 20000] [--rounds 5] [--baseline-src DIR]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from typing import Any

import orjson
from _servers import machine, spec_example
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from kazinex_planner import Plan, PlannerClient

BODY = orjson.dumps(spec_example("Project"))
HEADERS = CIMultiDictProxy(
    CIMultiDict(
        {
            "Content-Type": "application/json",
            "X-Request-Id": "req_bench",
            "X-RateLimit-Limit": "1000000",
            "X-RateLimit-Remaining": "999999",
            "X-RateLimit-Reset": "0.001",
        }
    )
)
UNLIMITED = Plan.enterprise(per_minute=10_000_000, per_day=1_000_000_000)


class _Response:
    status = 200
    headers = HEADERS

    def __init__(self, url: URL) -> None:
        self.url = url

    async def read(self) -> bytes:
        return BODY

    async def __aenter__(self) -> _Response:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class FakeSession:
    """Just enough of ``aiohttp.ClientSession`` for ``HttpTransport``."""

    closed = False

    def request(self, method: str, url: URL, **kwargs: Any) -> _Response:
        return _Response(url)

    async def close(self) -> None:
        return None


def build(config: str) -> tuple[PlannerClient, Any]:
    kwargs: dict[str, Any] = {}
    cleanup: Any = None
    if config == "off":
        kwargs["telemetry"] = False
    elif config == "noop":
        from opentelemetry.metrics import NoOpMeterProvider
        from opentelemetry.trace import NoOpTracerProvider

        kwargs.update(tracer_provider=NoOpTracerProvider(), meter_provider=NoOpMeterProvider())
    elif config == "memory":
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.metrics.export import InMemoryMetricReader
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

        exporter = InMemorySpanExporter()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
        meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
        kwargs.update(tracer_provider=tracer_provider, meter_provider=meter_provider)
        cleanup = exporter
    # "before": the old code has none of these options.
    planner = PlannerClient(
        "kzk_bench_key",
        base_url="http://127.0.0.1:9/planner/v1",
        plan=UNLIMITED,
        session=FakeSession(),  # type: ignore[arg-type]
        **kwargs,
    )
    return planner, cleanup


async def cpu_per_call(config: str, calls: int) -> float:
    planner, exporter = build(config)
    get = planner.projects.get
    for _ in range(200):  # warm up (decoders compiled, caches filled)
        await get("proj_1")
    if exporter is not None:
        exporter.clear()
    started = time.process_time()
    for _ in range(calls):
        await get("proj_1")
    spent = time.process_time() - started
    await planner.close()
    return spent / calls * 1e6


LABELS = {
    "before": "before instrumentation (`--baseline-src`)",
    "off": "telemetry off (`telemetry=False`, no hook; the same path as without the extra)",
    "noop": "on, no-op tracer and meter providers",
    "memory": "on, SDK with in-memory span exporter and metric reader",
}


def child(config: str, calls: int, source: str | None) -> float:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = source
    done = subprocess.run(
        [sys.executable, __file__, "--child", config, "--calls", str(calls)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=900,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline-src", help="a source tree of the code before instrumentation")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(asyncio.run(cpu_per_call(args.child, args.calls)))
        return
    configs = (["before"] if args.baseline_src else []) + ["off", "noop", "memory"]
    results: dict[str, list[float]] = {c: [] for c in configs}
    for round_ in range(args.rounds):
        order = configs[round_ % len(configs) :] + configs[: round_ % len(configs)]
        for config in order:
            source = args.baseline_src if config == "before" else None
            results[config].append(child(config, args.calls, source))
    print(machine())
    print(f"{args.calls} calls × {args.rounds} rounds, fake session, median CPU per call")
    print("| configuration | µs per call (median) | all rounds | off / this |")
    print("|---|---|---|---|")
    off = statistics.median(results["off"])
    for config in configs:
        median = statistics.median(results[config])
        rounds = " / ".join(f"{v:.1f}" for v in results[config])
        print(f"| {LABELS[config]} | {median:.1f} | {rounds} | {off / median:.3f} |")
    if args.baseline_src:
        before = statistics.median(results["before"])
        print(f"\nbefore / off: {before / off:.3f} (≥ 0.98 is the goal)")


if __name__ == "__main__":
    main()
