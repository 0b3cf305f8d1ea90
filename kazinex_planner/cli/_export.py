"""``export``: a whole portfolio to files, with a progress bar per entity.

Exit codes tell a script what happened without parsing output: 0 complete, 2 usage
error, 3 refused or stopped by the day's quota, 4 partial (``--allow-partial`` and the
quota ran out: rerun the same command after the reset to finish), 130 interrupted
(completed files are kept; rerun the same command to resume).
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from .._client import PlannerClient
from ..errors import QuotaExhaustedError, RateLimitError
from ..export import ENTITIES, ExportQuotaError, ExportReport, export
from ._common import console, run
from ._errors import (
    EXIT_INTERRUPTED,
    EXIT_PARTIAL,
    EXIT_QUOTA,
    cli_words,
    describe,
    exit_with,
    planner_errors,
)
from ._export_progress import ExportBars, planning_requests
from ._options import Settings, network_options

__all__ = ["EXIT_PARTIAL", "EXIT_QUOTA", "export_command", "summary_table"]


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


def summary_table(report: ExportReport) -> Table:
    """Per entity: files, records, data requests; planning shown apart; one total.

    The total is ``requests_used`` (every attempt of this run); the rows add up to it,
    and the ``requests`` bar counted exactly the data rows.
    """
    table = Table(title=f"export to {report.out_dir}", title_justify="left")
    table.add_column("entity")
    table.add_column("files", justify="right")
    table.add_column("records", justify="right")
    table.add_column("requests", justify="right")
    rows: dict[str, list[int]] = {}
    for unit in report.units:
        row = rows.setdefault(unit.entity, [0, 0, 0])
        row[0] += 1
        row[1] += unit.records
        if unit.entity != "projects":  # the projects file is written from planning data
            row[2] += unit.requests
    data = sum(row[2] for row in rows.values())
    for entity in ENTITIES:
        if entity in rows:
            files, records, requests = rows[entity]
            table.add_row(entity, str(files), f"{records:,}", f"{requests:,}")
    table.add_row("planning", "", "", f"{planning_requests(report, data):,}", style="dim")
    table.add_section()
    table.add_row(
        "total",
        str(len(report.units)),
        f"{report.records:,}",
        f"{report.requests_used:,}",
        style="bold",
    )
    return table


async def run_export(
    planner: PlannerClient,
    out_dir: Path,
    *,
    screen: Console,
    bars: ExportBars | None = None,
    **options: object,
) -> ExportReport:
    """The export with the progress display (used by the command and the tests)."""
    with Progress(
        TextColumn("[progress.description]{task.description:>12}"),
        BarColumn(bar_width=24),
        TextColumn("{task.fields[count]}", justify="right"),
        TextColumn("{task.fields[eta]}"),
        console=screen,
        transient=False,
    ) as progress:
        bars = bars or ExportBars(progress, planner.limiter.estimate_duration)
        bars.attach(progress)
        return await export(planner, out_dir, progress=bars, **options)  # type: ignore[arg-type]


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
@network_options
@click.option(
    "--shard",
    callback=lambda _ctx, _param, value: _shard(value),
    help="Export only shard I of N (0 <= I < N), e.g. 2/4: N workers, one folder.",
)
def export_command(
    settings: Settings,
    out_dir: Path,
    projects: tuple[str, ...],
    include: tuple[str, ...],
    fmt: str,
    concurrency: int | None,
    allow_partial: bool,
    resume: bool,
    typed: bool,
    shard: tuple[int, int] | None,
) -> None:
    """Export projects to one file per entity per project, plus manifest.json.

    Exit codes: 0 complete, 2 usage, 3 refused or stopped by the day's quota,
    4 partial (rerun the same command after the quota resets to finish),
    130 interrupted (completed files are kept; rerun the same command to resume).
    """
    entities = _entities(include)
    screen = Console(stderr=True) if settings.as_json else console
    holder: list[ExportBars] = []

    async def go() -> ExportReport:
        async with settings.client() as planner:
            bars = ExportBars(None, planner.limiter.estimate_duration)
            holder.append(bars)
            return await run_export(
                planner,
                out_dir,
                screen=screen,
                bars=bars,
                projects=projects or None,
                include=entities,
                format="csv" if fmt == "csv" else "jsonl",
                concurrency=concurrency,
                resume=resume,
                typed=typed,
                allow_partial=allow_partial,
                shard=shard,
            )

    with planner_errors(settings.verbose > 0):
        try:
            report = run(go())
        except KeyboardInterrupt:
            kept = holder[0].committed if holder else 0
            exit_with(
                EXIT_INTERRUPTED,
                f"interrupted: {kept} completed files are kept in {out_dir} (manifest.json "
                "names them); rerun the same command to resume",
            )
        except ExportQuotaError as exc:
            exit_with(EXIT_QUOTA, cli_words(str(exc)))
        except (QuotaExhaustedError, RateLimitError) as exc:
            if isinstance(exc, RateLimitError) and (exc.window or "").lower() != "day":
                raise
            kept = holder[0].committed if holder else 0
            exit_with(
                EXIT_QUOTA,
                f"stopped by the day's quota ({describe(exc)}); {kept} completed files are "
                f"kept in {out_dir}: rerun the same command after the reset to continue",
            )
        except ValueError as exc:
            raise click.UsageError(cli_words(str(exc))) from exc
    if settings.as_json:
        import json

        print(
            json.dumps(
                {
                    "out_dir": str(report.out_dir),
                    "manifest": str(report.manifest),
                    "files": len(report.units),
                    "records": report.records,
                    "requests_used": report.requests_used,
                    "partial": report.partial,
                    "pending": list(report.pending),
                }
            )
        )
    else:
        console.print(summary_table(report))
    if report.partial:
        exit_with(
            EXIT_PARTIAL,
            f"partial: {len(report.pending)} files pending (day quota); rerun the same "
            "command after the reset to finish",
        )
    if not settings.as_json:
        console.print(
            f"done: {report.records:,} records in {report.elapsed:.1f}s; see {report.manifest}"
        )
