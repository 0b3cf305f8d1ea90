"""Shared benchmark helpers: loopback servers in their own process, and the machine.

The servers run in a child process so that the client being measured has the event
loop (and, on a 2-core box, a core) to itself: a server in the same loop would charge
its own work to whichever client happens to be running.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import multiprocessing
import os
import platform
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import aiohttp
import yaml
from aiohttp import web

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "planner.yaml"
BASE_PATH = "/planner/v1"


def spec_example(name: str) -> dict[str, Any]:
    """``components.schemas.<name>.examples[0]`` from the contract."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return dict(spec["components"]["schemas"][name]["examples"][0])


def machine() -> str:
    """One line describing where the numbers were measured."""
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{model}, {os.cpu_count()} logical CPUs (nproc), Python {platform.python_version()}, "
        f"aiohttp {aiohttp.__version__}, {platform.system()} {platform.release()}"
    )


class _Bucket:
    """The contract's minute token bucket and day counter, on the real monotonic clock."""

    def __init__(self, per_minute: int, per_day: int) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.tokens = float(per_minute)
        self.day_left = per_day
        self.at = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens < 1.0 or self.day_left < 1:
            return False
        self.tokens -= 1.0
        self.day_left -= 1
        return True

    def headers(self) -> dict[str, str]:
        remaining = max(0, math.floor(self.tokens))
        reset = 0.0 if self.tokens >= self.capacity else (remaining + 1 - self.tokens) / self.rate
        return {
            "X-RateLimit-Limit": str(int(self.capacity)),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": f"{reset:.3f}",
        }


def _app(kind: str, options: dict[str, Any]) -> web.Application:
    body = json.dumps(spec_example("Project")).encode()
    stats: dict[str, Any] = {"ok": 0, "refused": 0, "first": None, "last": None}
    bucket = _Bucket(options["per_minute"], options["per_day"]) if kind == "strict" else None

    async def handle(request: web.Request) -> web.Response:
        if request.path.endswith("/_stats"):
            return web.json_response(stats)
        if bucket is not None:
            if not bucket.take():
                stats["refused"] += 1
                return web.json_response(
                    {
                        "error": {
                            "type": "rate_limited",
                            "message": "over the limit",
                            "details": [{"field": "minute", "issue": "spent"}],
                        }
                    },
                    status=429,
                    headers={"Retry-After": "1", **bucket.headers()},
                )
            now = time.monotonic()
            stats["first"] = stats["first"] or now
            stats["last"] = now
            stats["ok"] += 1
            return web.Response(
                body=body, content_type="application/json", headers=bucket.headers()
            )
        stats["ok"] += 1
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


def _run(kind: str, options: dict[str, Any], conn: Connection) -> None:
    async def main() -> None:
        runner = web.AppRunner(_app(kind, options), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        conn.send(port)
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)  # "stop"
        await runner.cleanup()

    asyncio.run(main())


@contextlib.contextmanager
def server_process(kind: str, **options: Any) -> Iterator[str]:
    """Run a ``"fast"`` or ``"strict"`` server in a child process; yield its base URL."""
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(target=_run, args=(kind, options, child), daemon=True)
    process.start()
    try:
        port = parent.recv()
        yield f"http://127.0.0.1:{port}{BASE_PATH}"
    finally:
        parent.send("stop")
        process.join(5)
        if process.is_alive():
            process.terminate()


async def server_stats(base_url: str) -> dict[str, Any]:
    async with aiohttp.ClientSession() as session, session.get(f"{base_url}/_stats") as resp:
        return dict(await resp.json())
