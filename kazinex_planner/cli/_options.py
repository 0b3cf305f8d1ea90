"""The options every network command takes, defined once.

``@network_options`` adds ``--api-key``, ``--base-url``, ``--plan``, ``--redis-url``,
``--timeout``, ``--max-retries``, ``-v/--verbose`` and ``--json`` and hands the command
one :class:`Settings`. Unset flags fall back to the ``KAZINEX_*`` variables inside
:class:`~kazinex_planner.PlannerClient` (one rule for the SDK and the CLI; an empty
variable counts as unset there).
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import attrs
import click

from .._client import PlannerClient
from .._logging import ROOT_LOGGER, RedactingFilter, get_logger
from ..errors import ConfigurationError
from ..ratelimit import Plan
from ._common import run
from ._errors import EXIT_INTERRUPTED, cli_words, exit_with, planner_errors

__all__ = [
    "PLAN_HELP",
    "PlanType",
    "Settings",
    "network_options",
    "run_command",
    "wait_timeout_option",
]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

PLAN_HELP = "professional, business or enterprise:PER_MINUTE:PER_DAY"


class PlanType(click.ParamType[Plan]):
    """``--plan``: the same text syntax as ``KAZINEX_PLAN`` (see :meth:`Plan.parse`)."""

    name = "PLAN"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Plan:
        if isinstance(value, Plan):
            return value
        try:
            return Plan.parse(str(value))
        except ConfigurationError as exc:
            self.fail(cli_words(str(exc)), param, ctx)


@attrs.frozen(kw_only=True)
class Settings:
    """What the common options resolved to; :meth:`client` builds the one client."""

    api_key: str | None = None
    base_url: str | None = None
    plan: Plan | None = None
    redis_url: str | None = None
    timeout: float | None = None
    max_retries: int = 3
    max_wait: float | None = None
    verbose: int = 0
    as_json: bool = False

    def client(self) -> PlannerClient:
        """A client from these settings; missing ones come from ``KAZINEX_*``."""
        return PlannerClient(
            self.api_key,
            base_url=self.base_url,
            plan=self.plan,
            redis_url=self.redis_url,
            timeout=self.timeout,
            max_retries=self.max_retries,
            max_wait=self.max_wait,
        )


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is now (test runners swap it per call)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


@contextmanager
def _logging(verbose: int) -> Iterator[None]:
    """``-v``: INFO, ``-vv``: DEBUG, on stderr, through the SDK's redacting filter;
    the logger is put back as it was when the command ends."""
    if verbose <= 0:
        yield
        return
    logger = get_logger(ROOT_LOGGER)
    handler = _StderrHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    previous = logger.level
    logger.setLevel(logging.INFO if verbose == 1 else logging.DEBUG)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


_OPTIONS: tuple[Callable[[F], F], ...] = (
    click.option(
        "--api-key",
        metavar="KEY",
        help="API key (default: KAZINEX_API_KEY; prefer the variable, flags show in ps).",
    ),
    click.option(
        "--base-url", metavar="URL", help="API base URL (default: KAZINEX_BASE_URL or production)."
    ),
    click.option(
        "--plan",
        type=PlanType(),
        help=f"Rate-limit plan of the key: {PLAN_HELP} (default: KAZINEX_PLAN or professional).",
    ),
    click.option(
        "--redis-url",
        metavar="URL",
        help="Share the rate limiter through Redis with other processes using the same key.",
    ),
    click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        help="Seconds per request attempt (default 60).",
    ),
    click.option(
        "--max-retries",
        type=click.IntRange(min=0),
        default=3,
        show_default=True,
        help="Retries of a failed request that is safe to repeat.",
    ),
    click.option(
        "--max-wait",
        type=click.FloatRange(min=0),
        help="Longest a request may queue in the rate limiter; beyond it the command fails "
        "at once instead of waiting (default: wait as the plan's rate requires).",
    ),
    click.option("-v", "--verbose", count=True, help="Log requests (-v INFO, -vv DEBUG)."),
    click.option(
        "--json", "as_json", is_flag=True, help="Machine output: JSON (lists: JSON lines)."
    ),
)

_NAMES = (
    "api_key",
    "base_url",
    "plan",
    "redis_url",
    "timeout",
    "max_retries",
    "max_wait",
    "verbose",
    "as_json",
)


def network_options(command: F) -> F:
    """Add the common options; the command receives them as ``settings: Settings``."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        settings = Settings(**{name: kwargs.pop(name) for name in _NAMES})
        with _logging(settings.verbose):
            return command(*args, settings=settings, **kwargs)

    for option in reversed(_OPTIONS):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def wait_timeout_option(help_text: str) -> Callable[[F], F]:
    """``--wait-timeout SECONDS`` (default 600) for commands that poll the server."""
    return click.option(
        "--wait-timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=600.0,
        show_default=True,
        help=help_text,
    )


def run_command(
    coro: Coroutine[Any, Any, T],
    settings: Settings,
    *,
    interrupted: str = "interrupted: a request in flight may or may not have reached the server",
) -> T:
    """Run a command's coroutine with the CLI's error mapping and Ctrl-C line."""
    with planner_errors(settings.verbose > 0):
        try:
            return run(coro)
        except KeyboardInterrupt:
            exit_with(EXIT_INTERRUPTED, interrupted)
