"""Helpers shared by the commands: the console, JSON output, running coroutines."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine
from datetime import date, datetime
from typing import Any, TypeVar

import attrs
from rich.console import Console

T = TypeVar("T")

console = Console()
err_console = Console(stderr=True)


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if attrs.has(type(value)):
        return attrs.asdict(value, recurse=True)
    raise TypeError(f"cannot encode {type(value).__name__}")


def print_json(value: Any) -> None:
    data = attrs.asdict(value, recurse=True) if attrs.has(type(value)) else value
    print(json.dumps(data, default=_default, indent=2, sort_keys=False))


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)
