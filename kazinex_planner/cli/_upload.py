"""``schedules upload`` (and its short alias ``upload``): a file with a progress bar.

The file is inspected locally first (a file that is not a schedule costs no request),
streamed with a byte progress bar and, with ``--wait``, followed until the server has
processed it. With ``--json`` the bar goes to stderr and stdout holds only the schedule.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

from ._common import console, err_console
from ._options import Settings, network_options, run_command, wait_timeout_option
from ._render import print_object

__all__ = ["schedules_upload_command", "upload_command"]

_HELP = """Upload FILE (XER, MSPDI or PMXML) as a new schedule revision of PROJECT_ID.

With --wait, wait until the server has processed it (exit 1 if processing fails).
"""


def _upload(
    settings: Settings,
    project_id: str,
    file: Path,
    label: str | None,
    wait: bool,
    wait_timeout: float,
) -> None:
    size = file.stat().st_size
    screen = err_console if settings.as_json else console

    async def go() -> None:
        async with settings.client() as planner:
            with Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                console=screen,
                transient=settings.as_json,
            ) as progress:
                task = progress.add_task(f"uploading {file.name}", total=size)

                def on_progress(sent: int, total: int | None) -> None:
                    progress.update(task, completed=sent, total=total)

                schedule = await planner.schedules.upload(
                    project_id, file, label=label, on_progress=on_progress
                )
            if not settings.as_json:
                console.print(
                    f"uploaded {schedule.id} (revision {schedule.revision}, {schedule.status})"
                )
            if wait:
                with screen.status("processing..."):
                    schedule = await planner.schedules.wait_until_ready(
                        project_id, schedule.id, timeout=wait_timeout
                    )
                if not settings.as_json:
                    console.print(
                        f"{schedule.id} is {schedule.status}: {schedule.activity_count} "
                        f"activities, {schedule.relationship_count} relationships"
                    )
            if settings.as_json:
                print_object(schedule, as_json=True)

    run_command(
        go(),
        settings,
        interrupted="interrupted: the upload may or may not have completed; "
        f"check with `kazinex-planner schedules list {project_id}` before uploading again",
    )


def _command(name: str, *, hidden: bool = False, help_text: str = _HELP) -> click.Command:
    @click.command(name, help=help_text, hidden=hidden)
    @click.argument("project_id", metavar="PROJECT_ID")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--label", help="A label for the new revision.")
    @click.option("--wait", is_flag=True, help="Wait until the schedule is processed.")
    @wait_timeout_option("Seconds to wait with --wait.")
    @network_options
    def command(
        settings: Settings,
        project_id: str,
        file: Path,
        label: str | None,
        wait: bool,
        wait_timeout: float,
    ) -> None:
        _upload(settings, project_id, file, label, wait, wait_timeout)

    return command


schedules_upload_command = _command("upload")
upload_command = _command(
    "upload", help_text=_HELP + "\nSame as `kazinex-planner schedules upload`."
)
