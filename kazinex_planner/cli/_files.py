"""``inspect``: what a local schedule file holds, no network (``quality FILE`` is in _quality)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from ..errors import PlannerError
from ._common import console, print_json


@click.command("inspect")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def inspect_command(file: Path, as_json: bool) -> None:
    """Count what a schedule file holds (XER, MSPDI or PMXML) without uploading it."""
    from ..schedule_files import inspect_schedule

    try:
        summary = inspect_schedule(file)
    except PlannerError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        print_json(summary)
        return
    table = Table(title=f"{file.name} ({summary.format} {summary.version or ''})".strip())
    for column in (
        "project",
        "name",
        "data date",
        "activities",
        "relationships",
        "resources",
        "assignments",
        "calendars",
        "WBS",
    ):
        table.add_column(column, justify="right" if column not in {"project", "name"} else "left")
    for p in summary.projects:
        table.add_row(
            p.code,
            p.name,
            p.data_date.isoformat() if p.data_date else "-",
            str(p.activity_count),
            str(p.relationship_count),
            str(p.resource_count),
            str(p.assignment_count),
            str(p.calendar_count),
            str(p.wbs_count),
        )
    table.add_section()
    table.add_row(
        "total",
        f"{summary.project_count} project(s)",
        summary.data_date.isoformat() if summary.data_date else "-",
        str(summary.activity_count),
        str(summary.relationship_count),
        str(summary.resource_count),
        str(summary.assignment_count),
        str(summary.calendar_count),
        str(summary.wbs_count),
    )
    console.print(table)
    console.print(f"encoding: {summary.encoding}")
    for warning in summary.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
