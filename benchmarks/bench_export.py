"""Export benchmarks; prints a markdown report.

    python benchmarks/bench_export.py [--records 1000000] [--skip-rss]

1. Rate-limited plan (emulator, enterprise 120/min): steady-state request rate / plan
   rate, measured at the emulator after the minute bucket's initial burst, and
   requests used / theoretical minimum.
2. Unlimited plan (emulator): records/s of ``export()`` vs a naive sequential
   ``async for`` over every list with the SDK, writing the same JSON lines.
3. Peak RSS of a process exporting ``--records`` activities (default 1,000,000). The
   emulator builds each page by filtering the whole list (O(n) per page), so this one
   runs against a synthetic server in a *separate process* that generates pages on the
   fly; the export runs in its own fresh process and reports ``ru_maxrss`` (peak RSS of
   the whole process: interpreter, aiohttp, buffers, de-duplication set).
4. Raw passthrough vs ``typed=True``: records/s of the writer alone on real activity
   records (CPU cost of structuring + unstructuring), and end-to-end on the emulator.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
from aiohttp import web

from kazinex_planner import Plan, PlannerClient
from kazinex_planner._converter import converter
from kazinex_planner.emulator import Emulator
from kazinex_planner.export import export
from kazinex_planner.export._writer import UnitWriter
from kazinex_planner.models import Activity
from kazinex_planner.schedule_files import generate_xer

SPEC_FILE = Path(__file__).resolve().parents[1] / "openapi" / "planner.yaml"

FAST = Plan.enterprise(per_minute=10**7, per_day=10**9)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _timestamps(emu: Emulator) -> list[float]:
    stamps: list[float] = []

    @web.middleware
    async def stamp(request: web.Request, handler: Handler) -> web.StreamResponse:
        stamps.append(time.monotonic())
        return await handler(request)

    emu.app.middlewares.insert(0, stamp)
    return stamps


async def _seed(emu: Emulator, projects: int, activities: int) -> list[str]:
    key = emu.issue_key(plan="unlimited")
    ids: list[str] = []
    async with PlannerClient(api_key=key, base_url=emu.base_url, plan=FAST) as planner:

        async def one(n: int) -> str:
            project = await planner.projects.create(name=f"Bench {n}")
            xer = generate_xer(projects=1, activities_per_project=activities, seed=n)
            schedule = await planner.schedules.upload(project.id, xer)
            await planner.schedules.wait_until_ready(project.id, schedule.id, poll_interval=0.2)
            return project.id

        ids = list(await asyncio.gather(*(one(n) for n in range(projects))))
    await emu.wait_idle(timeout=600)
    return ids


async def bench_rate_limited(rows: list[str]) -> None:
    per_minute = 120
    emu = Emulator(plan="unlimited")
    stamps = _timestamps(emu)
    async with emu:
        ids = await _seed(emu, projects=10, activities=450)
        key = emu.issue_key(scope="read_only", plan=("enterprise", per_minute, 100_000))
        stamps.clear()
        plan = Plan.enterprise(per_minute=per_minute, per_day=100_000)
        async with PlannerClient(api_key=key, base_url=emu.base_url, plan=plan) as planner:
            with tempfile.TemporaryDirectory() as out:
                report = await planner.export(out, projects=ids)
    # The bucket starts full (a burst of per_minute requests); the plan's sustained rate
    # is what a long export sees, so measure after the burst.
    after = stamps[per_minute:]
    rate = (len(after) - 1) / (after[-1] - after[0]) if len(after) > 1 else float("nan")
    plan_rate = per_minute / 60
    rows.append(
        f"| 1. rate-limited (enterprise {per_minute}/min, 10 projects, "
        f"{report.records:,} records) | steady rate {rate:.3f}/s vs plan {plan_rate:.3f}/s "
        f"= **{rate / plan_rate:.3f}**; requests {report.requests_used} / minimum "
        f"{report.estimate.requests_minimum} = **{report.requests_ratio:.2f}**; server saw "
        f"{len(stamps)}; estimate {report.estimate.seconds:.0f}s, took {report.elapsed:.0f}s |"
    )


async def _naive(planner: PlannerClient, ids: list[str], out: Path) -> int:
    """What a user would write without export(): every list, one page after another."""
    records = 0
    with (out / "naive.jsonl").open("wb") as fh:
        async for project in planner.projects.list():
            fh.write(orjson.dumps(converter.unstructure(project)) + b"\n")
            records += 1
        for pid in ids:
            pagers: list[Any] = [
                planner.schedules.list(pid),
                planner.activities.list(pid),
                planner.baselines.list(pid),
                planner.quality.list_checks(pid),
                planner.resources.list(pid),
                planner.resources.list_assignments(pid),
            ]
            for pager in pagers:
                async for item in pager:
                    fh.write(orjson.dumps(converter.unstructure(item)) + b"\n")
                    records += 1
            for single in (
                await planner.quality.get_report(pid),
                await planner.resources.get_loading(pid),
            ):
                fh.write(orjson.dumps(converter.unstructure(single)) + b"\n")
                records += 1
    return records


async def bench_unlimited(rows: list[str]) -> None:
    async with Emulator(plan="unlimited") as emu:
        ids = await _seed(emu, projects=4, activities=2000)
        key = emu.issue_key(scope="read_only", plan="unlimited")
        async with PlannerClient(api_key=key, base_url=emu.base_url, plan=FAST) as planner:
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                naive_records = await _naive(planner, ids, Path(tmp))
                naive = time.perf_counter() - started
                for typed in (False, True):
                    started = time.perf_counter()
                    report = await export(
                        planner, Path(tmp) / f"e{typed}", projects=ids, typed=typed
                    )
                    took = time.perf_counter() - started
                    label = "typed" if typed else "raw"
                    rows.append(
                        f"| 2/4. unlimited, export() {label} (4 projects, {report.records:,} "
                        f"records) | {report.records / took:,.0f} records/s, {took:.2f}s, "
                        f"{report.requests_used} requests |"
                    )
                    if not typed:
                        raw_speed = report.records / took
        rows.append(
            f"| 2. unlimited, naive sequential `async for` (default per_page, typed) | "
            f"{naive_records / naive:,.0f} records/s, {naive:.2f}s → export() raw is "
            f"**{raw_speed / (naive_records / naive):.1f}x** |"
        )


def bench_decode(rows: list[str]) -> None:
    """Writer cost alone: raw passthrough vs typed, on 20,000 activity records."""
    import yaml

    spec = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
    template = spec["components"]["schemas"]["Activity"]["examples"][0]
    page = []
    for i in range(200):
        record = dict(template)
        record["id"] = f"act_{i:08d}"
        page.append(record)
    body = orjson.dumps({"data": page, "meta": {"total": 200, "page": 1, "per_page": 200}})
    with tempfile.TemporaryDirectory() as tmp:
        for typed in (False, True):
            writer = UnitWriter(
                Path(tmp) / f"{typed}.jsonl", fmt="jsonl", model=Activity, typed=typed
            )
            writer.open()
            started = time.perf_counter()
            for n in range(100):
                data = orjson.loads(body)["data"]
                for r in data:
                    r["id"] = f"{r['id']}_{n}"
                writer.write(data)
            took = time.perf_counter() - started
            writer.commit()
            label = "typed=True" if typed else "raw"
            rows.append(
                f"| 4. decode+write only, {label} (20,000 activities) | "
                f"{20_000 / took:,.0f} records/s |"
            )


# -- 3. peak RSS --------------------------------------------------------------------


def serve_synthetic(total: int, port_file: str) -> None:
    """A server for one project with ``total`` activities, pages generated on the fly."""
    import yaml

    spec = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    project = dict(schemas["Project"]["examples"][0])
    project["id"] = "proj_big"
    template = schemas["Activity"]["examples"][0]

    async def handle(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "1"))
        per_page = int(request.query.get("per_page", "50"))
        if request.path.endswith("/projects"):
            return web.Response(
                body=orjson.dumps(
                    {"data": [project], "meta": {"total": 1, "page": page, "per_page": per_page}}
                ),
                content_type="application/json",
            )
        if request.path.endswith("/proj_big"):
            return web.Response(body=orjson.dumps(project), content_type="application/json")
        start = (page - 1) * per_page
        data = []
        for i in range(start, min(total, start + per_page)):
            record = dict(template)
            record["id"] = f"act_{i:012d}"
            data.append(record)
        body = {"data": data, "meta": {"total": total, "page": page, "per_page": per_page}}
        return web.Response(body=orjson.dumps(body), content_type="application/json")

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/{tail:.*}", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        await asyncio.to_thread(Path(port_file).write_text, str(port))
        await asyncio.Event().wait()

    asyncio.run(main())


def rss_child(url: str, out: str) -> None:
    """Run one export in this fresh process; print records, seconds and peak RSS."""

    async def main() -> tuple[int, float]:
        async with PlannerClient(api_key="bench", base_url=url, plan=FAST) as planner:
            started = time.perf_counter()
            report = await planner.export(out, projects=["proj_big"], include=["activities"])
            return report.records, time.perf_counter() - started

    records, took = asyncio.run(main())
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(orjson.dumps({"records": records, "seconds": took, "peak_mib": peak_kib / 1024}).decode())


def bench_rss(rows: list[str], total: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        port_file = os.path.join(tmp, "port")
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(total), port_file])
        try:
            for _ in range(200):
                if os.path.exists(port_file) and Path(port_file).read_text():
                    break
                time.sleep(0.05)
            url = f"http://127.0.0.1:{Path(port_file).read_text()}"
            child = subprocess.run(
                [sys.executable, __file__, "--rss-child", url, os.path.join(tmp, "out")],
                capture_output=True,
                text=True,
                check=True,
            )
        finally:
            server.terminate()
            server.wait(10)
    result = orjson.loads(child.stdout.strip().splitlines()[-1])
    rows.append(
        f"| 3. peak RSS, {result['records']:,} activities (1 project, 1 unit) | "
        f"**{result['peak_mib']:.0f} MiB** (whole export process, ru_maxrss); "
        f"{result['records'] / result['seconds']:,.0f} records/s on 2 shared cores |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--only", choices=["1", "2", "3", "4"])
    parser.add_argument("--serve", nargs=2, metavar=("TOTAL", "PORT_FILE"))
    parser.add_argument("--rss-child", nargs=2, metavar=("URL", "OUT"))
    args = parser.parse_args()
    if args.serve:
        serve_synthetic(int(args.serve[0]), args.serve[1])
        return
    if args.rss_child:
        rss_child(*args.rss_child)
        return
    rows: list[str] = []
    if args.only in (None, "4"):
        bench_decode(rows)
    if args.only in (None, "2", "4"):
        asyncio.run(bench_unlimited(rows))
    if args.only in (None, "1"):
        asyncio.run(bench_rate_limited(rows))
    if args.only in (None, "3") and not args.skip_rss:
        bench_rss(rows, args.records)
    print("## Export benchmarks\n")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs.\n")
    print("| benchmark | result |\n|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
