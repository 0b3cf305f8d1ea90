"""Generate-and-publish: a schedule goes to the Planner API only when it passes our gates.

Run it on the embedded emulator, with a generated schedule or your own file::

    python examples/publish_pipeline.py --emulator
    python examples/publish_pipeline.py --emulator path/to/update.xer --min-score 70

or against the real API (``KAZINEX_API_KEY`` set; ``--hook-host`` must then be an
address the API can reach, since the pipeline receives the ``quality.complete`` webhook).

The steps, and what a CI job gets back (the exit status):

1. take the schedule file (or generate one);
2. **validate it locally** (the reader, no request): exit ``3`` when it is not a schedule;
3. **gate on the local quality report** (the same engine the API runs): exit ``4``
   below ``--min-score``, before anything is uploaded;
4. upload it, wait until the API has processed it (exit ``5`` if processing fails);
5. wait for the ``quality.complete`` **webhook** (verified by ``WebhookReceiver``, no
   polling) and gate on the server's score too (exit ``4``);
6. mark the revision as the primary **baseline**;
7. record progress on several activities in **one batch request**;
8. print a summary (``--json`` for machines) and exit ``0``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web

from kazinex_planner import PlannerClient, errors
from kazinex_planner.models import (
    ActivityBatchUpdateItem,
    ActivityStatus,
    QualityCompleteEvent,
    WebhookEventType,
)
from kazinex_planner.quality_checks import evaluate
from kazinex_planner.schedule_files import (
    ScheduleFileError,
    generate_xer,
    inspect_schedule,
    read_schedule,
)
from kazinex_planner.webhooks import WebhookReceiver

EXIT_INVALID_FILE = 3
EXIT_GATE_FAILED = 4
EXIT_PROCESSING_FAILED = 5
#: How long to wait for processing and for the webhook (seconds).
WAIT = 120.0
#: Activities that get a progress update in the batch.
PROGRESS_BATCH = 5


class GateFailed(Exception):
    """A gate said no; ``exit_code`` tells CI which one."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class Summary:
    file: str
    activities: int
    local_score: float | None
    server_score: float | None
    grade: str | None
    project_id: str
    schedule_id: str
    baseline_id: str
    progressed: int


# --- steps 2 and 3: local checks, before any request -----------------------------------


def check_locally(path: Path, min_score: float, say: Callable[[str], None]) -> float | None:
    """Validate the file and gate on its quality; raise :class:`GateFailed` otherwise."""
    try:
        summary = inspect_schedule(path)  # streams the file; rejects what is not a schedule
    except ScheduleFileError as exc:
        raise GateFailed(f"{path.name} is not a valid schedule: {exc}", EXIT_INVALID_FILE) from exc
    say(f"{path.name}: {summary.format} with {summary.activity_count} activities")
    report = evaluate(read_schedule(path))
    failing = [c for c in report.checks if c.verdict == "fail"]
    say(f"local quality: {report.score} ({report.grade}); {len(failing)} checks failing")
    if report.score is None or report.score < min_score:
        names = ", ".join(sorted(c.id for c in failing)) or "none"
        raise GateFailed(
            f"local quality {report.score} is below the gate of {min_score:g} "
            f"(failing checks: {names}); nothing was uploaded",
            EXIT_GATE_FAILED,
        )
    return report.score


# --- step 5's receiver: a webhook endpoint for the run ----------------------------------


@asynccontextmanager
async def webhook_endpoint(
    host: str,
) -> AsyncIterator[tuple[str, Callable[[str], WebhookReceiver]]]:
    """Serve ``/hooks/kazinex`` on ``host`` (a free port) for the pipeline's lifetime.

    The URL must exist before the webhook is registered, and the receiver needs the
    secret that registration returns, hence ``make_receiver(secret)`` afterwards.
    """
    receivers: list[WebhookReceiver] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        if not receivers:
            return web.Response(status=503)  # not ready: the sender retries later
        return await receivers[0].handler(request)

    def make_receiver(secret: str) -> WebhookReceiver:
        receivers.append(WebhookReceiver(secret))
        return receivers[0]

    app = web.Application()
    app.router.add_post("/hooks/kazinex", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((host, 0))
    await web.SockSite(runner, sock).start()
    try:
        yield f"http://{host}:{sock.getsockname()[1]}/hooks/kazinex", make_receiver
    finally:
        await runner.cleanup()


# --- the pipeline ----------------------------------------------------------------------


async def publish(
    planner: PlannerClient,
    path: Path,
    *,
    project_name: str,
    min_score: float,
    hook_host: str = "127.0.0.1",
    say: Callable[[str], None] = print,
) -> Summary:
    local_score = check_locally(path, min_score, say)

    async with webhook_endpoint(hook_host) as (hook_url, make_receiver):
        webhook = await planner.webhooks.create(
            url=hook_url,
            events=[WebhookEventType.quality_complete],
            description=f"publish pipeline for {path.name}",
        )
        try:
            receiver = make_receiver(webhook.secret)
            reports: asyncio.Queue[QualityCompleteEvent] = asyncio.Queue()

            @receiver.on("quality.complete")
            async def on_quality(event: QualityCompleteEvent) -> None:
                await reports.put(event)

            project = await planner.projects.create(name=project_name)
            schedule = await planner.schedules.upload(project.id, path, label=path.stem)
            say(f"uploaded {path.name} to project {project.id} as {schedule.id}")
            try:
                schedule = await planner.schedules.wait_until_ready(
                    project.id, schedule.id, timeout=WAIT, poll_interval=0.5
                )
            except (errors.ScheduleProcessingError, errors.WaitTimeoutError) as exc:
                raise GateFailed(str(exc), EXIT_PROCESSING_FAILED) from exc

            event = await _quality_event(reports, schedule.id)
            say(f"quality.complete webhook: {event.data.score} ({event.data.grade})")
            if event.data.score is None or event.data.score < min_score:
                raise GateFailed(
                    f"server quality {event.data.score} is below the gate of {min_score:g}; "
                    "the revision stays unbaselined",
                    EXIT_GATE_FAILED,
                )
        finally:
            await planner.webhooks.delete(webhook.id)

    baseline = await planner.baselines.mark(
        project.id, schedule_id=schedule.id, label="Contract baseline", primary=True
    )
    say(f"baseline {baseline.id} marked")

    # One request for many progress updates (all or nothing, one rate-limit token).
    started = await planner.activities.list(
        project.id, status=ActivityStatus.not_started, per_page=PROGRESS_BATCH
    )
    today = datetime.now(UTC).replace(microsecond=0)
    result = await planner.activities.batch_update(
        project.id,
        updates=[
            ActivityBatchUpdateItem(id=a.id, percent_complete=10.0, actual_start=today)
            for a in started.data
        ],
    )
    say(f"progress recorded on {len(result.data)} activities in one request")
    return Summary(
        file=path.name,
        activities=schedule.activity_count or 0,
        local_score=local_score,
        server_score=event.data.score,
        grade=str(event.data.grade),
        project_id=project.id,
        schedule_id=schedule.id,
        baseline_id=baseline.id,
        progressed=len(result.data),
    )


async def _quality_event(
    reports: asyncio.Queue[QualityCompleteEvent], schedule_id: str
) -> QualityCompleteEvent:
    async def wait() -> QualityCompleteEvent:
        while True:
            event = await reports.get()
            if event.data.schedule_id == schedule_id:
                return event

    try:
        return await asyncio.wait_for(wait(), WAIT)
    except TimeoutError:
        raise GateFailed(
            f"no quality.complete webhook within {WAIT:g} s", EXIT_PROCESSING_FAILED
        ) from None


# --- the command line ------------------------------------------------------------------


async def run(args: argparse.Namespace) -> Summary:
    path: Path = args.file or _generated_file(args.workdir, args.activities)
    say: Callable[[str], None] = (lambda _: None) if args.json else print

    async def go(planner: PlannerClient, hook_host: str) -> Summary:
        return await publish(
            planner,
            path,
            project_name=args.project_name,
            min_score=args.min_score,
            hook_host=hook_host,
            say=say,
        )

    if not args.emulator:
        async with PlannerClient() as planner:  # KAZINEX_API_KEY, KAZINEX_BASE_URL, ...
            return await go(planner, args.hook_host)
    from kazinex_planner.emulator import Emulator

    # The emulator delivers webhooks to loopback addresses only.
    async with Emulator(plan="business") as emulator:
        key = emulator.issue_key()
        async with PlannerClient(key, base_url=emulator.base_url, plan="business") as planner:
            return await go(planner, "127.0.0.1")


def _generated_file(workdir: Path, activities: int) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "generated.xer"
    path.write_bytes(generate_xer(activities_per_project=activities, seed=7))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="XER/MSPDI/PMXML (default: generate)")
    parser.add_argument("--min-score", type=float, default=50.0, help="quality gate (0-100)")
    parser.add_argument("--project-name", default="Published by the pipeline example")
    parser.add_argument("--activities", type=int, default=150, help="size of a generated file")
    parser.add_argument("--workdir", type=Path, default=Path("pipeline-work"))
    parser.add_argument("--hook-host", default="127.0.0.1", help="address for the webhook")
    parser.add_argument("--emulator", action="store_true", help="use the embedded emulator")
    parser.add_argument("--json", action="store_true", help="print only a JSON summary")
    args = parser.parse_args(argv)
    try:
        summary = asyncio.run(run(args))
    except GateFailed as exc:
        print(f"gate failed: {exc}", file=sys.stderr)
        return exc.exit_code
    if args.json:
        print(json.dumps(asdict(summary)))
    else:
        print(
            f"published {summary.file}: {summary.activities} activities, quality "
            f"{summary.server_score} ({summary.grade}), baseline {summary.baseline_id}, "
            f"{summary.progressed} activities progressed"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
