"""Export a whole portfolio with N worker processes, each taking one shard of the projects.

On the embedded emulator (a generated portfolio of a few projects)::

    python examples/export_fleet.py --emulator --workers 3 --out fleet-export
    python examples/export_fleet.py --emulator --workers 3 --redis-url redis://127.0.0.1:6379/0

Against the real API (``KAZINEX_API_KEY`` and ``KAZINEX_PLAN`` set), on one machine or
with the same command on several (each with its own ``--first-shard``)::

    python examples/export_fleet.py --workers 4 --out /data/planner-export \
        --redis-url redis://cache:6379/0

What it shows:

1. **Shards, not chaos.** Worker ``i`` of ``n`` calls ``planner.export(out, shard=(i, n))``:
   the SDK gives each project to exactly one shard (by a stable hash of its id), and
   each shard writes its own projects file and manifest in the one output folder, so no
   file has two writers and the same projects go to the same shard on every run.
2. **One client per process**, in the bulk lane: each worker opens its own
   ``PlannerClient`` (sessions and event loops do not cross processes).
3. **One budget.** All workers share one API key. With ``--redis-url`` (the ``redis``
   extra) their limiters share the key's windows through Redis exactly. Without it each
   worker has an in-process limiter that re-calibrates from every response's
   ``X-RateLimit-Remaining`` (the server counts the key as a whole), so together they
   stay near the limit and the rare 429 of a race is retried after ``Retry-After``.
4. **Resumable.** Run the same command again after a crash, a Ctrl-C or an exhausted
   day quota and only what is missing is fetched (``--no-resume`` starts over). Exit
   status: ``0`` complete, ``4`` partial (quota; run again tomorrow), ``1`` a worker
   failed.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kazinex_planner import PlannerClient
from kazinex_planner.sync import Emulator
from kazinex_planner.sync import PlannerClient as SyncPlannerClient

EXIT_PARTIAL = 4
INCLUDE = ("projects", "schedules", "activities", "baselines", "quality")


@dataclass(frozen=True)
class ShardResult:
    shard: int
    projects: int
    records: int
    requests: int
    retries: int
    fetched_units: int
    skipped_units: int
    complete: bool
    manifest: str


# --- what each worker process runs -------------------------------------------------------


@dataclass(frozen=True)
class WorkerConfig:
    out: str
    shards: int
    api_key: str | None
    base_url: str | None
    redis_url: str | None
    resume: bool


def run_worker(shard: int, config: WorkerConfig) -> ShardResult:
    """Entry point of a worker process: its own event loop, its own client."""
    return asyncio.run(_export_shard(shard, config))


async def _export_shard(shard: int, config: WorkerConfig) -> ShardResult:
    async with PlannerClient(
        config.api_key, base_url=config.base_url, redis_url=config.redis_url
    ) as planner:
        report = await planner.export(
            config.out,
            shard=(shard, config.shards),
            include=INCLUDE,
            resume=config.resume,
            allow_partial=True,  # stop cleanly at the day quota; a rerun resumes
        )
    return ShardResult(
        shard=shard,
        projects=sum(1 for u in report.units if u.entity == "activities"),  # one per project
        records=report.records,
        requests=report.requests_used,
        retries=report.retries,
        fetched_units=sum(1 for u in report.units if u.fetched),
        skipped_units=sum(1 for u in report.units if not u.fetched),
        complete=report.complete,
        manifest=str(report.manifest),
    )


# --- the parent: start the workers, wait, report ---------------------------------------


def run_fleet(
    out: Path,
    *,
    workers: int,
    shards: int | None = None,
    first_shard: int = 0,
    api_key: str | None = None,
    base_url: str | None = None,
    redis_url: str | None = None,
    resume: bool = True,
) -> list[ShardResult]:
    """Run shards ``first_shard .. first_shard + workers - 1`` of ``shards`` (default
    ``workers``: this machine does them all) in as many processes."""
    total = shards or workers
    config = WorkerConfig(str(out), total, api_key, base_url, redis_url, resume)
    # "spawn": a fresh interpreter per worker, so no thread, loop or socket of the
    # parent is inherited (fork would copy them half-alive).
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [
            pool.submit(run_worker, i, config) for i in range(first_shard, first_shard + workers)
        ]
        return [f.result() for f in futures]


def demo_portfolio(projects: int) -> tuple[Emulator, str]:
    """``--emulator``: the embedded emulator (in a thread of this process) and a key,
    with a generated portfolio of ``projects`` projects, processed and scored."""
    from kazinex_planner.schedule_files import generate_xer

    emulator = Emulator(plan="business")
    emulator.start()
    key = emulator.issue_key()
    with SyncPlannerClient(key, base_url=emulator.base_url, plan="business") as planner:
        for n in range(projects):
            project = planner.projects.create(name=f"Fleet project {n + 1}", code=f"FP{n + 1}")
            xer = generate_xer(activities_per_project=80 + 40 * n, seed=n)
            schedule = planner.schedules.upload(project.id, xer, label="Update 01")
            planner.schedules.wait_until_ready(project.id, schedule.id, poll_interval=0.1)
            planner.quality.wait_until_complete(project.id, poll_interval=0.1)
    return emulator, key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("fleet-export"))
    parser.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1))
    parser.add_argument("--shards", type=int, help="shards in all machines (default: --workers)")
    parser.add_argument("--first-shard", type=int, default=0, help="this machine's first shard")
    parser.add_argument("--redis-url", help="share the key's budget through Redis")
    parser.add_argument("--no-resume", action="store_true", help="start over")
    parser.add_argument("--emulator", action="store_true", help="use the embedded emulator")
    parser.add_argument("--projects", type=int, default=5, help="projects (with --emulator)")
    args = parser.parse_args(argv)
    shards = args.shards or args.workers
    if args.workers < 1 or not 0 <= args.first_shard <= shards - args.workers:
        parser.error("need 1 <= --workers and --first-shard + --workers <= --shards")
    emulator: Emulator | None = None
    api_key = base_url = None
    if args.emulator:
        emulator, api_key = demo_portfolio(args.projects)
        base_url = emulator.base_url
    try:
        results = run_fleet(
            args.out,
            workers=args.workers,
            shards=shards,
            first_shard=args.first_shard,
            api_key=api_key,
            base_url=base_url,
            redis_url=args.redis_url,
            resume=not args.no_resume,
        )
    finally:
        if emulator is not None:
            emulator.stop()
    for r in results:
        print(
            f"shard {r.shard}: {r.projects} projects, {r.records} records, {r.requests} "
            f"requests ({r.retries} retried), {r.fetched_units} units fetched, "
            f"{r.skipped_units} already done -> {r.manifest}"
        )
    if all(r.complete for r in results):
        print("export complete")
        return 0
    print("export partial: run the same command again to resume", file=sys.stderr)
    return EXIT_PARTIAL


if __name__ == "__main__":
    sys.exit(main())
