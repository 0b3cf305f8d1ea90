"""The click group; each command lives in its own module.

The API groups (``projects``, ``schedules``, ...) are built from the operation index
(``_operations``); ``quality`` adds the gate, ``schedules`` the upload with progress.
"""

from __future__ import annotations

import click

from .._version import __version__
from ._demo import demo_command
from ._emulator import emulator_command
from ._errors import EXIT_CODES_HELP
from ._export import export_command
from ._files import inspect_command
from ._operations import api_groups
from ._quality import QualityGroup, gate_command
from ._upload import schedules_upload_command, upload_command

_HELP = f"""Kazinex Planner: check schedules, talk to the API, export, run the emulator.

Network commands read KAZINEX_API_KEY, KAZINEX_BASE_URL and KAZINEX_PLAN (an empty
variable counts as unset) and take the same options: --api-key, --base-url, --plan,
--timeout, --max-retries, -v/--verbose, --json.

\b
{EXIT_CODES_HELP}
"""


@click.group(help=_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kazinex-planner")
def cli() -> None:
    pass


def _quality_group(generated: click.Group) -> click.Group:
    group = QualityGroup(
        "quality",
        help="Quality: gate a file or a project (`quality FILE|--project ID --fail-under "
        "SCORE`), or read the API's reports (`quality report|checks|check`).",
    )
    group.add_command(gate_command)
    for name, command in generated.commands.items():
        group.add_command(command, name)
    return group


for _group in api_groups():
    if _group.name == "quality":
        _group = _quality_group(_group)
    elif _group.name == "schedules":
        _group.add_command(schedules_upload_command)
    cli.add_command(_group)

cli.add_command(inspect_command)
cli.add_command(upload_command)
cli.add_command(export_command)
cli.add_command(emulator_command)
cli.add_command(demo_command)
