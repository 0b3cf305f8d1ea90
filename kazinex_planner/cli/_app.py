"""The click group; each command lives in its own module."""

from __future__ import annotations

import click

from .. import __version__
from ._demo import demo_command
from ._emulator import emulator_command
from ._export import export_command
from ._files import inspect_command, quality_command
from ._upload import upload_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kazinex-planner")
def cli() -> None:
    """Kazinex Planner: inspect and check schedules, talk to the API, run the emulator."""


cli.add_command(inspect_command)
cli.add_command(quality_command)
cli.add_command(upload_command)
cli.add_command(emulator_command)
cli.add_command(demo_command)
cli.add_command(export_command)
