"""``emulator``: serve the embedded Planner API emulator on a local port."""

from __future__ import annotations

import asyncio
import errno
import json
import socket
from pathlib import Path
from typing import Any

import click

from ..errors import ConfigurationError
from ..ratelimit import Plan
from ._errors import EXIT_API, cli_words, exit_with

#: Plans the emulator knows beyond the client's: ``unlimited`` (benchmarks only).
_EMULATOR_ONLY = ("unlimited",)


class EmulatorPlanType(click.ParamType[Any]):
    """``--plan``: the client's syntax (``enterprise:PER_MINUTE:PER_DAY``) plus unlimited."""

    name = "PLAN"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value.strip().lower()
        if text in _EMULATOR_ONLY:
            return text
        try:
            plan = Plan.parse(text)
        except ConfigurationError as exc:
            self.fail(cli_words(str(exc)) + " (or unlimited)", param, ctx)
        if plan.name == "enterprise":
            return ("enterprise", plan.per_minute, plan.per_day)
        return plan.name


def _check_port(host: str, port: int) -> None:
    """Fail with one line when the port is taken, before the server prints anything."""
    if port == 0:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            reason = "is already in use" if exc.errno == errno.EADDRINUSE else f"failed: {exc}"
            exit_with(
                EXIT_API,
                f"port {port} on {host} {reason}; pick another with --port or use "
                "--port 0 for a free one",
            )


def _parse_rates(values: tuple[str, ...]) -> dict[int, float]:
    rates: dict[int, float] = {}
    for value in values:
        status, sep, rate = value.partition("=")
        try:
            if not sep:
                raise ValueError
            rates[int(status)] = float(rate)
        except ValueError:
            raise click.BadParameter(
                f"{value!r}: expected STATUS=RATE, e.g. 503=0.1", param_hint="--error-rate"
            ) from None
    return rates


@click.command("emulator")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option(
    "--port",
    default=8080,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to bind (0: a free one).",
)
@click.option("--seed", is_flag=True, help="Start with a demo project and a processed schedule.")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="SQLite file that keeps the data across restarts.",
)
@click.option(
    "--plan",
    default="business",
    show_default=True,
    type=EmulatorPlanType(),
    help="Rate limits of the keys printed at start: professional, business, "
    "enterprise:PER_MINUTE:PER_DAY or unlimited.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the base URL and keys as JSON.")
@click.option(
    "--error-rate",
    "error_rates",
    multiple=True,
    metavar="STATUS=RATE",
    help="Answer STATUS instead of the real response with probability RATE.",
)
@click.option(
    "--latency", default=0.0, show_default=True, type=float, help="Seconds added to every request."
)
@click.option(
    "--drop-rate",
    default=0.0,
    show_default=True,
    type=float,
    help="Probability of dropping the connection without a response.",
)
@click.option("--fault-seed", type=int, help="Seed for reproducible faults.")
def emulator_command(
    host: str,
    port: int,
    seed: bool,
    db: Path | None,
    plan: Any,
    as_json: bool,
    error_rates: tuple[str, ...],
    latency: float,
    drop_rate: float,
    fault_seed: int | None,
) -> None:
    """Serve the Planner API emulator; prints its base URL and two keys. Ctrl-C stops it."""
    from ..emulator import Faults

    rates = _parse_rates(error_rates)
    faults = None
    if rates or latency or drop_rate:
        try:
            faults = Faults(
                error_rates=rates, latency=latency, drop_rate=drop_rate, seed=fault_seed
            )
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc
    _check_port(host, port)
    try:
        asyncio.run(_serve(host, port, seed=seed, db=db, plan=plan, faults=faults, as_json=as_json))
    except KeyboardInterrupt:
        kept = f"; its data is kept in {db}" if db is not None else "; its data is gone"
        click.echo(f"emulator stopped{kept}", err=as_json)
    except OSError as exc:  # lost the race for the port after the check
        exit_with(EXIT_API, f"cannot serve on {host}:{port}: {exc.strerror or exc}; try --port 0")


async def _serve(
    host: str, port: int, *, seed: bool, db: Path | None, plan: Any, faults: Any, as_json: bool
) -> None:
    """Like :func:`kazinex_planner.emulator.serve`, with the start banner as JSON on demand."""
    from ..emulator import Emulator

    async with Emulator(host=host, port=port, seed=seed, db=db, plan=plan, faults=faults) as emu:
        read_write = emu.issue_key(scope="read_write", role="admin")
        read_only = emu.issue_key(scope="read_only", role="admin")
        if as_json:
            banner = {
                "base_url": emu.base_url,
                "read_write_key": read_write,
                "read_only_key": read_only,
            }
            click.echo(json.dumps(banner))
        else:
            click.echo(f"Kazinex Planner emulator listening on {emu.base_url}")
            click.echo(f"  read-write admin key: {read_write}")
            click.echo(f"  read-only key:        {read_only}")
            click.echo(f"  export KAZINEX_BASE_URL={emu.base_url} KAZINEX_API_KEY={read_write}")
        await asyncio.Event().wait()
