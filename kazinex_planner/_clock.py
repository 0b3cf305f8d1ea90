"""Clocks: the one seam through which the limiter and the retry loop see time.

Everything that waits (the rate limiter, retries, pollers) takes a :class:`Clock`
instead of calling :func:`time.monotonic` and :func:`asyncio.sleep` directly, so
that tests can drive hours of rate-limit behaviour in milliseconds with a
:class:`VirtualClock`, and so that a limiter's day window (which resets at
00:00 UTC) can be tested at 23:59:30 without waiting for midnight.

Two readings are needed because they answer different questions: ``monotonic()``
measures intervals (token refill; immune to wall-clock jumps), ``now()`` says
which UTC day it is (the day quota's calendar).

This module imports nothing from the package: the SDK (limiter, retries, pollers,
webhook receiver) and the emulator (rate-limit windows, idempotency expiry, webhook
retries) both take a :class:`Clock`, so one :class:`VirtualClock` can drive a client
and an emulator together and their windows move in step.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
import time
from collections.abc import Sized
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "ManualClock", "SystemClock", "VirtualClock"]


@runtime_checkable
class Clock(Protocol):
    """The time source of anything that waits."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (only differences matter)."""
        ...

    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware, in UTC."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Suspend the calling task for ``seconds`` of this clock's time."""
        ...


class SystemClock:
    """The real clock: :func:`time.monotonic`, UTC wall time and :func:`asyncio.sleep`."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))

    def __repr__(self) -> str:
        return "SystemClock()"


#: The default start of a :class:`VirtualClock`'s wall time: an arbitrary, fixed instant
#: (so tests are reproducible), well away from midnight so day windows stay put.
_DEFAULT_START = datetime(2025, 1, 15, 12, 0, tzinfo=UTC)

#: How many loop iterations :meth:`VirtualClock.settle` waits for other tasks to block
#: before it gives up and lets time move anyway (a task spinning on ``sleep(0)`` forever
#: would otherwise stop virtual time).
_MAX_SETTLE_ROUNDS = 10_000

#: Where the event loop does not expose its ready queue (not CPython's asyncio), how
#: many loop iterations count as "everyone has had a chance to run".
_FALLBACK_SETTLE_ROUNDS = 64


class VirtualClock:
    """A clock whose time moves only when every task is blocked: for tests.

    The model (same idea as the event loop's own timer, with virtual time):

    * ``monotonic()`` starts at ``0.0``; ``now()`` starts at ``start`` (default
      2025-01-15 12:00 UTC) and moves in lockstep with ``monotonic()``.
    * ``await clock.sleep(x)`` registers a sleeper due at ``monotonic() + x`` in a heap
      and suspends the task. Time does not move by itself.
    * With ``auto_advance=True`` (the default), the first pending sleeper starts a small
      driver task on the running loop. The driver waits until the loop is *idle* (no
      callback ready to run, i.e. every task is blocked on a sleeper or a future), then
      jumps time to the earliest pending deadline and wakes every sleeper due at that
      instant, in the order they went to sleep (deadline, then registration order).
      It repeats until no sleeper is pending, then exits.
    * With ``auto_advance=False``, time moves only through :meth:`advance`.

    So ``await clock.sleep(5)`` in many tasks finishes instantly in real time, and
    deterministically: the same program observes the same ``monotonic()`` readings.

    Idleness is read from the loop's ready queue (CPython's ``BaseEventLoop._ready``,
    read-only); on loops without it the driver yields a fixed number of iterations
    instead. Tasks waiting on real I/O or on real loop timers (``asyncio.sleep``,
    ``call_later``) look blocked, so virtual time runs ahead of them: keep real I/O out
    of virtual-clock tests, or accept that its latency takes zero virtual time.
    A clock drives one event loop at a time.
    """

    def __init__(self, start: datetime | None = None, *, auto_advance: bool = True) -> None:
        start = _DEFAULT_START if start is None else start
        if start.tzinfo is None or start.utcoffset() is None:
            raise ValueError("VirtualClock(start=...) must be a timezone-aware datetime")
        self._start = start.astimezone(UTC)
        self._elapsed = 0.0
        self._auto_advance = auto_advance
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._driver: asyncio.Task[None] | None = None
        self._settling = 0

    def __repr__(self) -> str:
        return f"VirtualClock(now={self.now().isoformat()}, monotonic={self._elapsed:g})"

    def monotonic(self) -> float:
        return self._elapsed

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._elapsed)

    @property
    def pending_sleepers(self) -> int:
        """How many tasks are suspended in :meth:`sleep` right now."""
        return sum(1 for _, _, future in self._sleepers if not future.done())

    async def sleep(self, seconds: float) -> None:
        """Suspend until virtual time reaches ``monotonic() + seconds``.

        ``sleep(0)`` (or a negative or NaN delay) only yields to the loop once, like
        ``asyncio.sleep(0)``. Cancelling a sleeping task drops its sleeper: a cancelled
        sleeper never makes time move.
        """
        if not seconds > 0:
            await asyncio.sleep(0)
            return
        if math.isinf(seconds):
            raise ValueError("VirtualClock.sleep() needs a finite delay")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._sleepers, (self._elapsed + seconds, next(self._order), future))
        if self._auto_advance:
            self._ensure_driver(loop)
        await future

    async def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds``, stopping at each due deadline on the way.

        At each deadline, time is set to exactly that deadline, its sleepers are woken
        and the loop is allowed to settle, so a woken task that sleeps again within the
        span is woken again in the same call. For ``auto_advance=False`` tests, and for
        moving the wall clock (e.g. past midnight) when nothing is sleeping.
        """
        if seconds < 0 or math.isnan(seconds):
            raise ValueError("VirtualClock.advance() needs a non-negative delay")
        target = self._elapsed + seconds
        while True:
            await self.settle()
            self._drop_cancelled()
            if not self._sleepers or self._sleepers[0][0] > target:
                break
            self._elapsed = max(self._elapsed, self._sleepers[0][0])
            self._wake_due()
        self._elapsed = max(self._elapsed, target)
        await self.settle()

    async def set(self, instant: datetime) -> None:
        """Move the wall clock forward to ``instant`` (timezone-aware), as :meth:`advance`.

        Tests state the instant they care about (one second before midnight UTC) rather
        than computing a delay from the start; moving backwards is refused.
        """
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise ValueError("VirtualClock.set() needs a timezone-aware datetime")
        await self.advance((instant - self.now()).total_seconds())

    async def settle(self) -> None:
        """Return once every other task on the loop is blocked (virtual time unchanged).

        Useful in tests to let freshly created tasks reach their first wait, e.g. to
        queue waiters in a known order before adding another one.
        """
        loop = asyncio.get_running_loop()
        ready = getattr(loop, "_ready", None)
        self._settling += 1
        try:
            if not isinstance(ready, Sized):
                for _ in range(_FALLBACK_SETTLE_ROUNDS):
                    await asyncio.sleep(0)
                return
            for _ in range(_MAX_SETTLE_ROUNDS):
                await asyncio.sleep(0)
                # Other settlers (of this clock) are always in the ready queue while
                # they yield; they do not count as work, or two settlers would keep
                # each other "busy" forever.
                if len(ready) <= self._settling - 1:
                    return
        finally:
            self._settling -= 1

    def _ensure_driver(self, loop: asyncio.AbstractEventLoop) -> None:
        driver = self._driver
        if driver is not None and not driver.done():
            if driver.get_loop() is not loop:
                raise RuntimeError("a VirtualClock drives one event loop at a time")
            return
        self._driver = loop.create_task(self._drive(), name="VirtualClock driver")

    async def _drive(self) -> None:
        while True:
            await self.settle()
            self._drop_cancelled()
            if not self._sleepers:
                return
            self._elapsed = max(self._elapsed, self._sleepers[0][0])
            self._wake_due()

    def _drop_cancelled(self) -> None:
        while self._sleepers and self._sleepers[0][2].done():
            heapq.heappop(self._sleepers)

    def _wake_due(self) -> None:
        while self._sleepers and self._sleepers[0][0] <= self._elapsed:
            _, _, future = heapq.heappop(self._sleepers)
            if not future.done():
                future.set_result(None)


class ManualClock(VirtualClock):
    """A :class:`VirtualClock` that moves only through :meth:`advance` and :meth:`set`.

    For an emulator serving real loopback requests: a request in flight looks like an
    idle loop, so automatic advancing would let time run ahead of it. ``start`` defaults
    to the current real time (whole seconds) so that webhook signatures made on this
    clock still pass a receiver's 300-second freshness check.
    """

    def __init__(self, start: datetime | None = None) -> None:
        if start is None:
            start = datetime.now(UTC).replace(microsecond=0)
        super().__init__(start, auto_advance=False)

    @property
    def sleeper_count(self) -> int:
        """The emulator's name for :attr:`pending_sleepers` (a scheduled webhook retry)."""
        return self.pending_sleepers

    def __repr__(self) -> str:
        return f"ManualClock(now={self.now().isoformat()}, monotonic={self.monotonic():g})"
