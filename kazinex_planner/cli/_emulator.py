"""``emulator``: serve the embedded Planner API emulator on a local port."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click


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
@click.option("--port", default=8080, show_default=True, type=int, help="Port to bind.")
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
    type=click.Choice(["professional", "business", "unlimited"]),
    help="Rate limits of the keys printed at start.",
)
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
    plan: str,
    error_rates: tuple[str, ...],
    latency: float,
    drop_rate: float,
    fault_seed: int | None,
) -> None:
    """Serve the Planner API emulator; prints its base URL and two keys. Ctrl-C stops it."""
    from ..emulator import Faults, serve

    rates = _parse_rates(error_rates)
    faults = None
    if rates or latency or drop_rate:
        try:
            faults = Faults(
                error_rates=rates, latency=latency, drop_rate=drop_rate, seed=fault_seed
            )
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc
    try:
        asyncio.run(serve(host, port, seed=seed, db=db, plan=plan, faults=faults))
    except KeyboardInterrupt:
        click.echo("emulator stopped")
