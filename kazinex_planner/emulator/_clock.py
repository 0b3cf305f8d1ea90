"""The emulator's only view of time.

Rate-limit windows, idempotency expiry, webhook retries and every timestamp the API
returns read this clock, so a test can cross a minute window, midnight UTC or a six-hour
retry delay in microseconds with :class:`ManualClock` instead of waiting for real time.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

__all__ = ["EmulatorClock", "ManualClock", "SystemClock"]


@runtime_checkable
class EmulatorClock(Protocol):
    """Wall time (for the API's timestamps and the UTC day) plus interval time and sleeping."""

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (only differences matter)."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Suspend the caller for ``seconds`` of this clock's time (webhook retry delays)."""
        ...


class SystemClock:
    """Real time: what a served emulator uses."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))

    def __repr__(self) -> str:
        return "SystemClock()"


class ManualClock:
    """A clock that only moves when told to; sleepers wake when it passes their deadline.

    ``start`` defaults to the real current time (whole seconds) so that webhook signatures
    made with it still pass a receiver's 300-second freshness check.
    """

    def __init__(self, start: datetime | None = None) -> None:
        if start is None:
            start = datetime.now(UTC).replace(microsecond=0)
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._start = start.astimezone(UTC)
        self._elapsed = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._elapsed)

    def monotonic(self) -> float:
        return self._elapsed

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self._elapsed + seconds, next(self._seq), future))
        await future

    def advance(self, seconds: float) -> None:
        """Move forward by ``seconds`` and wake every sleeper whose deadline has passed."""
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._elapsed += seconds
        while self._sleepers and self._sleepers[0][0] <= self._elapsed + 1e-9:
            _, _, future = heapq.heappop(self._sleepers)
            if not future.done():
                future.set_result(None)

    def set(self, instant: datetime) -> None:
        """Jump forward to ``instant`` (aware); jumping backwards is refused."""
        if instant.tzinfo is None:
            raise ValueError("instant must be timezone-aware")
        self.advance((instant - self.now()).total_seconds())

    @property
    def sleeper_count(self) -> int:
        """How many tasks are waiting on this clock (lets tests see a scheduled retry)."""
        return sum(1 for _, _, f in self._sleepers if not f.done())

    def __repr__(self) -> str:
        return f"ManualClock(now={self.now().isoformat()})"
