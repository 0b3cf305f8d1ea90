"""Streaming upload of a large schedule: client memory and progress (issue 4).

A 200 MB XER is generated to a temporary file (``iter_generate_xer``, never held whole),
then uploaded with ``planner.schedules.upload(..., validate=True)`` (so it is also
inspected locally first) to a sink server in another process, which reads the multipart
body in chunks, hashes the file part and answers like the API (202 + Schedule with the
sha256 it received). Reported: the client's peak traced-memory growth during the
upload, its peak RSS, throughput, and whether progress reached 100 %.

Baseline in the same run: ``Path.read_bytes()`` of the same file, i.e. what a
buffering client (one that reads the file into memory to post it) would need at least.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import resource
import tempfile
import time
import tracemalloc
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from _servers import machine, spec_example
from aiohttp import web

from kazinex_planner import Plan, PlannerClient
from kazinex_planner.schedule_files import iter_generate_xer

BASE = "/planner/v1"


def _sink(conn: Connection) -> None:
    schedule = spec_example("Schedule")

    async def upload(request: web.Request) -> web.Response:
        reader = await request.multipart()
        digest = hashlib.sha256()
        size = 0
        async for part in reader:  # type: ignore[union-attr]
            if getattr(part, "filename", None):
                while chunk := await part.read_chunk(1 << 20):  # type: ignore[union-attr]
                    digest.update(chunk)
                    size += len(chunk)
        answer = {**schedule, "sha256": digest.hexdigest(), "size_bytes": size}
        return web.json_response(answer, status=202)

    async def main() -> None:
        app = web.Application(client_max_size=1 << 40)
        app.router.add_post(BASE + "/projects/{project_id}/schedules", upload)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        conn.send(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)
        await runner.cleanup()

    asyncio.run(main())


def _write(path: Path, size_mb: float) -> None:
    activities = max(1000, int(size_mb * 1e6 / 700))  # ~700 bytes per activity with links
    with path.open("wb") as handle:
        for chunk in iter_generate_xer(projects=1, activities_per_project=activities, seed=9):
            handle.write(chunk)


async def _upload(url: str, path: Path, size: int) -> dict[str, Any]:
    progress: list[tuple[int, int | None]] = []
    plan = Plan.enterprise(per_minute=1000, per_day=100_000)
    async with PlannerClient("kzp_test_bench", base_url=url, plan=plan, timeout=600) as planner:
        tracemalloc.start()
        started = time.perf_counter()
        schedule = await planner.schedules.upload(
            "proj_bench", path, on_progress=lambda sent, total: progress.append((sent, total))
        )
        elapsed = time.perf_counter() - started
        digest = await asyncio.to_thread(_sha, path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {
        "size": size,
        "seconds": elapsed,
        "peak_traced": peak,
        "progress_done": progress[-1] == (size, size),
        "sha_ok": schedule.sha256 == digest,
    }


def _sha(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--upload-mb", type=float, default=200.0, help="size of the file")
    args, _ = parser.parse_known_args()  # nox passes the same arguments to every script
    with tempfile.TemporaryDirectory(prefix="kazinex-upload-") as folder:
        path = Path(folder) / "big.xer"
        _write(path, args.upload_mb)
        tracemalloc.start()
        buffered = path.read_bytes()
        _, buffered_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del buffered
        parent, child = multiprocessing.Pipe()
        sink = multiprocessing.Process(target=_sink, args=(child,), daemon=True)
        sink.start()
        try:
            port = parent.recv()
            url = f"http://127.0.0.1:{port}{BASE}"
            result = asyncio.run(_upload(url, path, path.stat().st_size))
        finally:
            parent.send("stop")
            sink.join(10)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mb = result["size"] / 1e6
    print("## Streaming upload (bench_upload.py)\n")
    print(f"Machine: {machine()}\n")
    print(
        "| file | time | MB/s | peak traced memory during upload | buffering baseline "
        "(read_bytes) | ratio | progress 100 % | sha256 matches |"
    )
    print("|---|--:|--:|--:|--:|--:|---|---|")
    print(
        f"| {mb:.0f} MB XER | {result['seconds']:.1f} s | {mb / result['seconds']:.0f} "
        f"| {result['peak_traced'] / 1e6:.1f} MB | {buffered_peak / 1e6:.0f} MB "
        f"| {result['peak_traced'] / buffered_peak:.3f} | {result['progress_done']} "
        f"| {result['sha_ok']} |"
    )
    print(f"\nprocess peak RSS (includes the baseline's read_bytes): {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
