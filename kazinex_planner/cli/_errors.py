"""The CLI's edge: exit codes, one-line errors, and the library's words turned into flags.

The library speaks Python (``allow_partial=True``); a terminal user types flags
(``--allow-partial``). Every message the CLI shows passes through :func:`cli_words`, so
the rule lives here once instead of in each library module. Exit codes are the
contract a script relies on; they are listed in ``kazinex-planner --help``.
"""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import click

from ..errors import (
    APIStatusError,
    ConfigurationError,
    PlannerError,
    QuotaExhaustedError,
    RateLimitError,
    ResponseValidationError,
)

__all__ = [
    "EXIT_API",
    "EXIT_CODES_HELP",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_QUOTA",
    "EXIT_USAGE",
    "CliExit",
    "cli_words",
    "describe",
    "exit_with",
    "planner_errors",
]

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_QUOTA = 3
EXIT_PARTIAL = 4
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = """Exit codes:
  0    success
  1    API or file error: one line "ErrorType status request_id: message"
  2    usage error (flags, KAZINEX_* settings)
  3    refused or stopped by the day's quota
  4    partial export (rerun the same command after the reset)
  5    quality gate failed (failing checks listed)
  130  interrupted (the line says what was kept and how to resume)"""

#: Python spellings the library may use, and the flag (or variable) a CLI user sets.
#: Longest first so that ``allow_partial=True`` wins over ``allow_partial``.
_PHRASES: tuple[tuple[str, str], ...] = (
    ("Plan.enterprise(per_minute=..., per_day=...)", "--plan enterprise:PER_MINUTE:PER_DAY"),
    ("pass api_key=... or set", "pass --api-key or set"),
    ("allow_partial=True", "--allow-partial"),
    ("allow_partial", "--allow-partial"),
    ("resume=False", "--no-resume"),
    ("resume=True", "--resume"),
    ("api_key=...", "--api-key"),
    ("base_url=...", "--base-url"),
    ("redis_url=...", "--redis-url"),
)
#: ``name=value`` or a bare snake_case argument name → ``--name``.
_ARGUMENTS = (
    "api_key",
    "base_url",
    "redis_url",
    "max_retries",
    "max_wait",
    "timeout",
    "plan",
    "concurrency",
    "include",
    "projects",
    "format",
    "typed",
    "resume",
    "allow_partial",
    "per_minute",
    "per_day",
    "out_dir",
    "schedule_id",
    "project_id",
)
_ASSIGNMENT = re.compile(r"\b(" + "|".join(_ARGUMENTS) + r")=(?:\.\.\.|True|False|None)?")
_BARE = re.compile(r"\b(" + "|".join(a for a in _ARGUMENTS if "_" in a) + r")\b")
_SUBJECT = re.compile(r"^(timeout|max_retries|max_wait|concurrency) must\b")


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def cli_words(message: str) -> str:
    """``message`` with every Python argument spelling replaced by its CLI flag."""
    for python, flag in _PHRASES:
        message = message.replace(python, flag)
    message = _SUBJECT.sub(lambda m: f"{_flag(m.group(1))} must", message)
    message = _ASSIGNMENT.sub(lambda m: _flag(m.group(1)), message)
    return _BARE.sub(lambda m: _flag(m.group(1)), message)


class CliExit(click.exceptions.Exit):
    """Leave with ``code`` after the message was shown (click's own exit, no traceback)."""


def _echo_error(line: str) -> None:
    click.echo(cli_words(line), err=True)


def exit_with(code: int, line: str | None = None) -> NoReturn:
    if line:
        _echo_error(line)
    raise CliExit(code)


def describe(exc: BaseException) -> str:
    """One line: ``ErrorType status request_id: message`` (parts that exist)."""
    name = type(exc).__name__
    if isinstance(exc, APIStatusError):
        parts = [name, str(exc.status)]
        if exc.request_id:
            parts.append(exc.request_id)
        message = exc.message
        if exc.details:
            message += (
                " ("
                + "; ".join(f"{d.field}: {d.issue}" if d.field else d.issue for d in exc.details)
                + ")"
            )
        return f"{' '.join(parts)}: {message}"
    if isinstance(exc, ResponseValidationError):
        parts = [name] + [str(p) for p in (exc.status, exc.request_id) if p]
        return f"{' '.join(parts)}: {exc.message}"
    return f"{name}: {exc}"


def _is_quota(exc: BaseException) -> bool:
    if isinstance(exc, QuotaExhaustedError):
        return True
    return isinstance(exc, RateLimitError) and (exc.window or "").lower() == "day"


@contextmanager
def planner_errors(verbose: bool = False) -> Iterator[None]:
    """Map what a command raises to one translated line and the documented exit code."""
    try:
        yield
    except (click.exceptions.Exit, click.ClickException):
        raise  # click's own messages name the flags already
    except ConfigurationError as exc:
        # Settings the user gave (flags or KAZINEX_* variables): a usage error.
        if verbose:
            traceback.print_exc(file=sys.stderr)
        raise click.UsageError(cli_words(str(exc))) from None
    except PlannerError as exc:
        if verbose:
            traceback.print_exc(file=sys.stderr)
        if _is_quota(exc):
            exit_with(EXIT_QUOTA, f"stopped by the day's quota: {describe(exc)}")
        exit_with(EXIT_API, describe(exc))
    except OSError as exc:
        if verbose:
            traceback.print_exc(file=sys.stderr)
        exit_with(EXIT_API, f"{type(exc).__name__}: {exc}")
