"""Polling with back-off in the limiter's bulk lane, bounded by a deadline."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from .._clock import Clock
from .._core._observe import open_group
from ..errors import WaitTimeoutError
from ..ratelimit._lane import use_lane

T = TypeVar("T")

MAX_INTERVAL = 30.0
GROWTH = 1.5


async def poll_until(
    fetch: Callable[[], Awaitable[T]],
    done: Callable[[T], bool],
    *,
    clock: Clock,
    timeout: float,
    poll_interval: float,
    what: str,
) -> T:
    """Call ``fetch`` until ``done``; the interval grows ×1.5 up to 30 s; never past ``timeout``."""
    if timeout <= 0:
        raise ValueError(f"timeout must be > 0 seconds, got {timeout}")
    if poll_interval <= 0:
        raise ValueError(f"poll_interval must be > 0 seconds, got {poll_interval}")
    deadline = clock.monotonic() + timeout
    interval = poll_interval
    with open_group("kazinex_planner wait", {"kazinex_planner.wait.what": what}):
        while True:
            with use_lane("bulk"):
                result = await fetch()
            if done(result):
                return result
            remaining = deadline - clock.monotonic()
            if remaining <= 0:
                raise WaitTimeoutError(f"{what} did not finish within {timeout:g} s")
            await clock.sleep(min(interval, remaining))
            interval = min(interval * GROWTH, MAX_INTERVAL)
