"""The limiter's two queues, and the one way a call chooses between them.

A lane is chosen by context, never by threading an argument through every layer:
``use_lane`` (pagers, waiters, the export) sets it for a block, and a call's own
``lane=`` option sets it for the duration of that call, so the innermost choice
wins: the call's own, then the enclosing block's, then the client's default. This
module sits below both the transport and the limiter, so each can import it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Literal

__all__ = ["LANES", "Lane", "current_lane", "use_lane"]

Lane = Literal["interactive", "bulk"]
LANES: tuple[Lane, ...] = ("interactive", "bulk")

_LANE: ContextVar[Lane | None] = ContextVar("kazinex_planner_lane", default=None)


def current_lane() -> Lane | None:
    """The lane chosen by the innermost ``use_lane`` (or per-call ``lane=``), if any."""
    return _LANE.get()


@contextlib.contextmanager
def use_lane(lane: Lane) -> Iterator[None]:
    """Send every call made inside this block in ``lane`` (waiters and export use bulk).

    A call inside the block that passes its own ``lane=`` still uses that one.
    """
    if lane not in LANES:
        raise ValueError(f"lane must be 'interactive' or 'bulk', got {lane!r}")
    token = _LANE.set(lane)
    try:
        yield
    finally:
        _LANE.reset(token)
