"""``upload``: send a schedule to the API with a progress bar, optionally wait for it."""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

from .._client import PlannerClient
from ..errors import PlannerError
from ._common import console, run


@click.command("upload")
@click.argument("project_id")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--label", help="A label for the new revision.")
@click.option("--wait", is_flag=True, help="Wait until the schedule is processed.")
def upload_command(project_id: str, file: Path, label: str | None, wait: bool) -> None:
    """Upload FILE as a new schedule revision of PROJECT_ID (key from KAZINEX_API_KEY)."""

    size = file.stat().st_size

    async def go() -> None:
        async with PlannerClient() as planner:
            with Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                console=console,
            ) as progress:
                task = progress.add_task(f"uploading {file.name}", total=size)

                def on_progress(sent: int, total: int | None) -> None:
                    progress.update(task, completed=sent, total=total)

                schedule = await planner.schedules.upload(
                    project_id, file, label=label, on_progress=on_progress
                )
            console.print(
                f"uploaded {schedule.id} (revision {schedule.revision}, {schedule.status})"
            )
            if wait:
                with console.status("processing..."):
                    schedule = await planner.schedules.wait_until_ready(project_id, schedule.id)
                console.print(
                    f"{schedule.id} is {schedule.status}: {schedule.activity_count} activities"
                )

    try:
        run(go())
    except PlannerError as exc:
        raise click.ClickException(str(exc)) from exc
