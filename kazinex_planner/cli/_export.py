"""``export``: a whole portfolio to files, with a progress bar per entity.

Exit codes tell a script what happened without parsing output: 0 complete, 2 usage
error, 3 refused or stopped by the day's quota, 4 partial (``--allow-partial`` and the
quota ran out: rerun the same command after the reset to finish).
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table

from .._client import PlannerClient
from ..errors import PlannerError, QuotaExhaustedError, RateLimitError
from ..export import (
    ENTITIES,
    ExportEvent,
    ExportPlanned,
    ExportQuotaError,
    ExportReport,
    PageWritten,
    UnitDone,
    UnitSkipped,
    export,
)
from ._common import console, err_console, run

__all__ = ["EXIT_PARTIAL", "EXIT_QUOTA", "export_command"]

EXIT_QUOTA = 3
EXIT_PARTIAL = 4


def _entities(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--include a,b --include c`` → ``("a", "b", "c")``; unknown names are usage errors."""
    names = [name.strip() for value in values for name in value.split(",") if name.strip()]
    unknown = sorted({n for n in names if n not in ENTITIES})
    if unknown:
        raise click.BadParameter(
            f"unknown entities {', '.join(unknown)}; choose from {', '.join(ENTITIES)}",
            param_hint="--include",
        )
    return tuple(names) if names else ENTITIES


def _shard(value: str | None) -> tuple[int, int] | None:
    """``--shard 2/4`` → ``(2, 4)``; anything else is a usage error."""
    if value is None:
        return None
    index, sep, count = value.partition("/")
    if not sep or not index.strip().isdigit() or not count.strip().isdigit():
        raise click.BadParameter(f"expected I/N such as 0/4, got {value!r}", param_hint="--shard")
    pair = (int(index), int(count))
    if pair[1] < 1 or not 0 <= pair[0] < pair[1]:
        raise click.BadParameter(f"need 0 <= I < N, got {value!r}", param_hint="--shard")
    return pair


class _Bars:
    """Turns export events into one bar per entity plus a request bar with the ETA.

    The ETA is the limiter's: the time the remaining requests take at the key's rate
    from its current state, which is what bounds an export, not past throughput.
    """

    def __init__(self, progress: Progress, planner: PlannerClient) -> None:
        self._progress = progress
        self._planner = planner
        self._bars: dict[str, TaskID] = {}
        self._records: dict[str, int] = {}
        self._requests: TaskID | None = None
        self._requests_total = 0
        self._requests_done = 0

    def __call__(self, event: ExportEvent) -> None:
        progress = self._progress
        if isinstance(event, ExportPlanned):
            self._requests_total = event.requests
            self._requests = progress.add_task(
                "requests", total=max(1, event.requests), eta=self._eta(event.requests)
            )
            for entity, records, _ in event.entities:
                self._bars[entity] = progress.add_task(entity, total=max(1, records), eta="")
        elif isinstance(event, PageWritten):
            previous = self._records.get(event.unit, 0)
            self._records[event.unit] = event.records
            bar = self._bars.get(event.entity)
            if bar is not None:
                progress.advance(bar, event.records - previous)
            self._requests_done += 1
            if self._requests is not None:
                left = max(0, self._requests_total - self._requests_done)
                progress.update(self._requests, completed=self._requests_done, eta=self._eta(left))
        elif isinstance(event, UnitDone | UnitSkipped) and event.entity in self._bars:
            previous = self._records.get(event.unit, 0)
            if isinstance(event, UnitDone):
                progress.advance(self._bars[event.entity], event.records - previous)

    def _eta(self, requests: int) -> str:
        seconds = self._planner.limiter.estimate_duration(requests)
        minutes, secs = divmod(int(seconds + 0.5), 60)
        hours, minutes = divmod(minutes, 60)
        return f"ETA {hours}:{minutes:02d}:{secs:02d}"


def _summary(report: ExportReport) -> Table:
    table = Table(title=f"export to {report.out_dir}")
    table.add_column("entity")
    table.add_column("files", justify="right")
    table.add_column("records", justify="right")
    table.add_column("requests", justify="right")
    rows: dict[str, list[int]] = {}
    for unit in report.units:
        row = rows.setdefault(unit.entity, [0, 0, 0])
        row[0] += 1
        row[1] += unit.records
        row[2] += unit.requests
    for entity in ENTITIES:
        if entity in rows:
            files, records, requests = rows[entity]
            table.add_row(entity, str(files), f"{records:,}", f"{requests:,}")
    table.add_row(
        "total",
        str(len(report.units)),
        f"{report.records:,}",
        f"{report.requests_used:,} (minimum {report.estimate.requests_minimum:,})",
        style="bold",
    )
    return table


@click.command("export")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for the files and manifest.json (created if missing).",
)
@click.option(
    "--project", "projects", multiple=True, help="A project id (repeatable; default all)."
)
@click.option(
    "--include",
    multiple=True,
    help=f"Entities, comma-separated or repeated (default all): {', '.join(ENTITIES)}.",
)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl")
@click.option("--concurrency", type=click.IntRange(min=1), help="Page requests in flight.")
@click.option("--allow-partial", is_flag=True, help="Export what today's quota allows.")
@click.option("--resume/--no-resume", default=True, help="Continue an earlier export in --out.")
@click.option("--typed", is_flag=True, help="Validate records through the SDK's models.")
@click.option("--base-url", help="API base URL (default: KAZINEX_BASE_URL or production).")
@click.option("--api-key", help="API key (default: KAZINEX_API_KEY; prefer the variable).")
@click.option(
    "--shard",
    callback=lambda _ctx, _param, value: _shard(value),
    help="Export only shard I of N (0 <= I < N), e.g. 2/4: N workers, one folder.",
)
@click.option(
    "--redis-url",
    help="Share the key's rate limit with other workers through Redis "
    "(default: KAZINEX_REDIS_URL; needs the redis extra).",
)
def export_command(
    out_dir: Path,
    projects: tuple[str, ...],
    include: tuple[str, ...],
    fmt: str,
    concurrency: int | None,
    allow_partial: bool,
    resume: bool,
    typed: bool,
    base_url: str | None,
    api_key: str | None,
    shard: tuple[int, int] | None,
    redis_url: str | None,
) -> None:
    """Export projects to one file per entity per project, plus manifest.json.

    Exit codes: 0 complete, 2 usage, 3 refused or stopped by the day's quota,
    4 partial (rerun the same command after the quota resets to finish).
    """
    entities = _entities(include)

    async def go() -> ExportReport:
        async with PlannerClient(api_key, base_url=base_url, redis_url=redis_url) as planner:
            with Progress(
                TextColumn("[progress.description]{task.description:>14}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[eta]}"),
                console=console,
                transient=False,
            ) as progress:
                return await export(
                    planner,
                    out_dir,
                    projects=projects or None,
                    include=entities,
                    format="csv" if fmt == "csv" else "jsonl",
                    concurrency=concurrency,
                    resume=resume,
                    typed=typed,
                    allow_partial=allow_partial,
                    progress=_Bars(progress, planner),
                    shard=shard,
                )

    try:
        report = run(go())
    except ExportQuotaError as exc:
        err_console.print(f"[red]{exc}[/red]")
        raise SystemExit(EXIT_QUOTA) from exc
    except (QuotaExhaustedError, RateLimitError) as exc:
        if isinstance(exc, RateLimitError) and (exc.window or "").lower() != "day":
            raise click.ClickException(str(exc)) from exc
        err_console.print(f"[red]stopped: {exc}[/red]\ncompleted files are kept; rerun to continue")
        raise SystemExit(EXIT_QUOTA) from exc
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    except PlannerError as exc:
        raise click.ClickException(str(exc)) from exc
    console.print(_summary(report))
    if report.partial:
        console.print(
            f"[yellow]partial: {len(report.pending)} files pending (day quota); rerun the "
            "same command after the reset to finish[/yellow]"
        )
        raise SystemExit(EXIT_PARTIAL)
    console.print(
        f"done: {report.records:,} records in {report.elapsed:.1f}s; see {report.manifest}"
    )
