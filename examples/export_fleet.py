"""Export a whole portfolio with N worker processes, each taking one shard of the projects.

On the embedded emulator (a generated portfolio of a few projects)::

    python examples/export_fleet.py --emulator --workers 3 --out fleet-export

Against the real API (``KAZINEX_API_KEY`` and ``KAZINEX_PLAN`` set)::

    python examples/export_fleet.py --workers 4 --out /data/planner-export

What it shows:

1. **Shards, not chaos.** The parent lists the project ids once, sorts them and deals
   them out (``ids[i::n]``): every project is exported by exactly one worker, and the
   same ids go to the same shard on every run.
2. **One client per process**, in the bulk lane: each worker opens its own
   ``PlannerClient`` (sessions and event loops do not cross processes) and calls
   ``planner.export`` for its shard into ``OUT/shard-<i>-of-<n>/``.
3. **One budget.** All workers share one API key. Each worker's limiter re-calibrates
   from every response's ``X-RateLimit-Remaining``, which the server counts for the
   key as a whole, so together they stay near the limit and the rare 429 of a race is
   retried after ``Retry-After``. (With a Redis limiter the workers share one bucket
   exactly instead; see the README of the examples.)
4. **Resumable.** Each shard keeps its own ``manifest.json``; run the same command
   again after a crash, a Ctrl-C or an exhausted day quota and only what is missing is
   fetched (``--no-resume`` starts over). Exit status: ``0`` complete, ``4`` partial
   (quota; run again tomorrow), ``1`` a worker failed.
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
    fetched_units: int
    skipped_units: int
    complete: bool
    out_dir: str


def shard_of(project_ids: list[str], shard: int, shards: int) -> list[str]:
    """The ids shard ``shard`` of ``shards`` exports: a stable deal of the sorted ids."""
    return sorted(project_ids)[shard::shards]


# --- what each worker process runs -------------------------------------------------------


def run_worker(
    shard: int,
    shards: int,
    project_ids: list[str],
    out: str,
    api_key: str | None,
    base_url: str | None,
    resume: bool,
) -> ShardResult:
    """Entry point of a worker process: its own event loop, its own client."""
    return asyncio.run(_export_shard(shard, shards, project_ids, out, api_key, base_url, resume))


async def _export_shard(
    shard: int,
    shards: int,
    project_ids: list[str],
    out: str,
    api_key: str | None,
    base_url: str | None,
    resume: bool,
) -> ShardResult:
    shard_dir = Path(out) / f"shard-{shard}-of-{shards}"
    async with PlannerClient(api_key, base_url=base_url) as planner:
        report = await planner.export(
            shard_dir,
            projects=project_ids,
            include=INCLUDE,
            resume=resume,
            allow_partial=True,  # stop cleanly at the day quota; a rerun resumes
        )
    return ShardResult(
        shard=shard,
        projects=len(project_ids),
        records=report.records,
        requests=report.requests_used,
        fetched_units=sum(1 for u in report.units if u.fetched),
        skipped_units=sum(1 for u in report.units if not u.fetched),
        complete=report.complete,
        out_dir=str(shard_dir),
    )


# --- the parent: list once, deal the shards, wait --------------------------------------


def list_project_ids(api_key: str | None, base_url: str | None) -> list[str]:
    # The parent needs one call: the sync client does it without an event loop of ours.
    with SyncPlannerClient(api_key, base_url=base_url) as planner:
        return [p.id for p in planner.projects.list(per_page=200)]


def run_fleet(
    out: Path,
    *,
    workers: int,
    api_key: str | None = None,
    base_url: str | None = None,
    resume: bool = True,
) -> list[ShardResult]:
    ids = list_project_ids(api_key, base_url)
    # "spawn": a fresh interpreter per worker, so no thread, loop or socket of the
    # parent is inherited (fork would copy them half-alive).
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [
            pool.submit(
                run_worker,
                i,
                workers,
                shard_of(ids, i, workers),
                str(out),
                api_key,
                base_url,
                resume,
            )
            for i in range(workers)
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
    parser.add_argument("--no-resume", action="store_true", help="start over")
    parser.add_argument("--emulator", action="store_true", help="use the embedded emulator")
    parser.add_argument("--projects", type=int, default=5, help="projects (with --emulator)")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    emulator: Emulator | None = None
    api_key = base_url = None
    if args.emulator:
        emulator, api_key = demo_portfolio(args.projects)
        base_url = emulator.base_url
    try:
        results = run_fleet(
            args.out,
            workers=args.workers,
            api_key=api_key,
            base_url=base_url,
            resume=not args.no_resume,
        )
    finally:
        if emulator is not None:
            emulator.stop()
    for r in results:
        print(
            f"shard {r.shard}: {r.projects} projects, {r.records} records, {r.requests} "
            f"requests, {r.fetched_units} units fetched, {r.skipped_units} already done "
            f"-> {r.out_dir}"
        )
    if all(r.complete for r in results):
        print("export complete")
        return 0
    print("export partial: run the same command again to resume", file=sys.stderr)
    return EXIT_PARTIAL


if __name__ == "__main__":
    sys.exit(main())
