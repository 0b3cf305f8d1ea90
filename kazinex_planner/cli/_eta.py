"""An ETA that is true: what the rate limit allows, and what the run has shown so far.

Two things bound how long the remaining requests take: the key's rate (the limiter
knows exactly how long N more tokens take from its current state) and the speed the
server and network have delivered so far (latency, concurrency, retries). Neither alone
is honest: the limiter says 0 s while the bucket is full, past throughput ignores a
bucket about to run dry. The estimate is the larger of the two; until a first request
has been seen there is no observed speed, and the ETA says so instead of showing 0.
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["EtaEstimator", "format_eta"]


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return "ETA estimating…"
    total = int(seconds + 0.5)
    minutes, secs = divmod(total, 60)
    hours, minutes = divmod(minutes, 60)
    return f"ETA {hours}:{minutes:02d}:{secs:02d}"


class EtaEstimator:
    """Seconds left for ``remaining`` requests (``None`` while nothing is known).

    ``limiter_seconds(n)`` is the limiter's estimate for ``n`` more requests;
    ``now`` is a monotonic clock (injectable so tests need no real waiting).
    """

    def __init__(
        self,
        limiter_seconds: Callable[[int], float],
        *,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limiter_seconds = limiter_seconds
        self._now = now
        self._started: float | None = None
        self._done = 0

    def start(self) -> None:
        """The first data request is about to go out (the clock starts here)."""
        if self._started is None:
            self._started = self._now()

    def observe(self, requests_done: int) -> None:
        self.start()
        self._done = max(self._done, requests_done)

    def seconds_left(self, remaining: int) -> float | None:
        if remaining <= 0:
            return 0.0
        bound = self._limiter_seconds(remaining)
        if self._started is None or self._done == 0:
            return bound if bound > 0 else None
        elapsed = self._now() - self._started
        if elapsed <= 0:
            return bound if bound > 0 else None
        observed = remaining * elapsed / self._done
        return max(bound, observed)
