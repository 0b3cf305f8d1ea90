"""A read-only picture of a limiter, for callers, errors and progress displays."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import attrs

__all__ = ["RateLimitSnapshot"]


@attrs.frozen
class RateLimitSnapshot:
    """Both windows of a key and the limiter's queues, at one instant.

    Errors carry one (``APIStatusError.rate_limit``) so a handler can tell "wait a
    second" from "come back tomorrow" without another request.
    """

    #: The configured plan's name (the limits below may be the server's, if it differs).
    plan: str
    minute_limit: int
    #: Whole minute tokens available now (rounded down).
    minute_remaining: int
    #: Seconds until the next minute token frees (0 when the bucket is full).
    minute_reset: float
    day_limit: int
    day_remaining: int
    #: When the day counter next resets (00:00 UTC, or the server's ``Retry-After``).
    day_reset_at: datetime
    #: Calls queued in each lane, not counting calls that are being granted now.
    waiting_interactive: int
    waiting_bulk: int
    #: ``"server"`` when the last calibration came from response headers or a 429,
    #: ``"local"`` while the numbers are the limiter's own accounting.
    source: Literal["local", "server"]
    #: Day requests that bulk calls (exports, pagers) may not take: kept for interactive
    #: calls by a shared (Redis) backend's ``day_reserve``; 0 in one process.
    day_reserve: int = 0

    @property
    def bulk_day_remaining(self) -> int:
        """What bulk work may still spend today (``day_remaining`` less the reserve)."""
        return max(0, self.day_remaining - self.day_reserve)
