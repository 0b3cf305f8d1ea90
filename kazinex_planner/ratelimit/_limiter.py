"""The client-side rate limiter: queueing, priority lanes and bounded waits.

The arithmetic lives in the backend (:mod:`._windows`); this module decides *who*
gets the next token and *whether* to wait for it:

* Two lanes. A waiting ``"interactive"`` call is always served before any waiting
  ``"bulk"`` call (pagination prefetch, exports); within a lane, first come first
  served. Only the head of the queue polls the backend; the others sleep on an
  event until the head leaves, so a thousand queued calls cost nothing per token.
* Bounded waits. A call whose wait would exceed ``max_wait`` fails at once with
  :class:`~kazinex_planner.errors.RateLimitWaitError` instead of sleeping first; an
  empty day window fails at once with
  :class:`~kazinex_planner.errors.QuotaExhaustedError` (sleeping until midnight is
  opt-in, ``wait_for_day_reset=True``).
* Bounded holds. A 429 whose ``Retry-After`` is longer than the transport's cap
  (``penalize(..., cap=)``) does not make later calls queue for that long: until
  the hold ends, :meth:`RateLimiter.acquire` raises
  :class:`~kazinex_planner.errors.RateLimitError` at once with the remaining wait and
  the reset time. The rule lives here, in front of any backend, so every backend
  (in memory or shared) gets it.
* Cancellation safety. A token is taken only in the same synchronous step that
  returns it to the caller, so a cancelled waiter never consumes one; leaving the
  queue hands the turn to the next waiter, so it never blocks anyone either.

One limiter may be shared by several clients *in one event loop* (that is how they
share a key's budget). It binds to the loop of its first call; using it from a
second loop while calls are queued on the first raises :class:`RuntimeError`, since
asyncio primitives cannot be awaited across loops. Once the first loop's queue is
empty the limiter rebinds, so sequential ``asyncio.run()`` calls work.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import deque
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

import attrs

from .._clock import Clock, SystemClock
from .._logging import get_logger
from .._snapshot import RateLimitSnapshot
from ..errors import ConfigurationError, QuotaExhaustedError, RateLimitError, RateLimitWaitError
from ._backend import InMemoryBackend, KeyedBackend, LimiterBackend
from ._estimate import estimate_seconds
from ._headers import EMPTY, ServerRateLimit, parse_rate_limit_headers
from ._lane import LANES as _LANES
from ._lane import Lane
from ._plan import Plan

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from ._windows import Window, WindowState

__all__ = ["Lane", "LimiterListener", "RateLimiter"]

logger = get_logger("kazinex_planner.ratelimit")

#: The longest hold a 429 can impose (one day): longer ``Retry-After`` values are
#: clamped to it (the transport clamps first; this covers direct ``penalize`` calls).
MAX_HOLD = 86_400.0


@attrs.frozen
class _Hold:
    """A 429 asked for a longer wait than the caller's cap: refuse until it ends."""

    until: float  # monotonic
    reset_at: datetime  # UTC, for the error message and ``RateLimitError.reset_at``
    retry_after: float
    cap: float


def _synchronous_take(backend: LimiterBackend) -> Callable[[float, datetime], float] | None:
    """The backend's ``try_acquire_now``, when it can answer without I/O (in memory).

    Trusted only from the class that defines ``try_acquire`` itself: a subclass that
    overrides ``try_acquire`` (to wrap it, count, or fail like a lost connection) but
    not its synchronous twin must be asked through ``try_acquire``.
    """
    for klass in type(backend).__mro__:
        if "try_acquire" in vars(klass):
            if "try_acquire_now" in vars(klass):
                # An optional capability, not part of the LimiterBackend protocol.
                take: Callable[[float, datetime], float] = getattr(  # noqa: B009
                    backend, "try_acquire_now"
                )
                return take
            return None
    return None


class LimiterListener(Protocol):
    """Told about every token taken and every backend failure (telemetry subscribes)."""

    def waited(self, lane: str, seconds: float, window: str, backend: str) -> None:
        """``window`` is what made the call wait: "minute", "day" or "none"."""

    def backend_failed(self, backend: str, error: BaseException) -> None: ...


class _Waiter:
    """One queued call: its lane and the event that says "you are the head now"."""

    __slots__ = ("_turn", "lane")

    def __init__(self, lane: Lane) -> None:
        self.lane = lane
        self._turn = asyncio.Event()

    def wake(self) -> None:
        self._turn.set()

    async def wait_turn(self) -> None:
        self._turn.clear()
        await self._turn.wait()


class RateLimiter:
    """Proactive two-window limiter for one API key (minute bucket + UTC day counter).

    ``plan`` sizes the windows until the server's ``X-RateLimit-*`` headers say
    otherwise (see :meth:`observe`). ``max_wait`` bounds every :meth:`acquire`
    unless the call passes its own; ``None`` waits as long as needed.
    """

    def __init__(
        self,
        plan: Plan | str,
        *,
        clock: Clock | None = None,
        wait_for_day_reset: bool = False,
        max_wait: float | None = None,
        backend: LimiterBackend | None = None,
    ) -> None:
        self._plan = Plan.parse(plan)
        self._clock: Clock = SystemClock() if clock is None else clock
        self._wait_for_day_reset = wait_for_day_reset
        try:
            self._max_wait = _check_max_wait(max_wait)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        self._backend: LimiterBackend = InMemoryBackend() if backend is None else backend
        self._backend.configure(self._plan, self._clock.monotonic(), self._clock.now())
        self._take_now = _synchronous_take(self._backend)
        self._queues: dict[Lane, deque[_Waiter]] = {lane: deque() for lane in _LANES}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._announced_limits: set[tuple[int | None, int | None]] = set()
        self._last_server_limits: tuple[int | None, int | None] | None = None
        self._hold: _Hold | None = None
        self._listeners: dict[object, LimiterListener] = {}
        #: "local" or "redis": the backend's ``name`` (metrics label waits with it).
        self.backend_name = str(getattr(self._backend, "name", "local"))

    def __repr__(self) -> str:
        return (
            f"RateLimiter(plan={self._plan.name!r}, waiting="
            f"{len(self._queues['interactive'])}+{len(self._queues['bulk'])})"
        )

    @property
    def plan(self) -> Plan:
        """The configured plan (the server's limits win if they differ; see snapshot)."""
        return self._plan

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def day_remaining(self) -> int:
        """Requests left in the current UTC day, as far as this limiter knows."""
        return self._peek().day_remaining

    def add_listener(self, key: object, listener: LimiterListener) -> None:
        """Subscribe ``listener`` under ``key`` (one per key: a second replaces the first)."""
        self._listeners[key] = listener

    def remove_listener(self, key: object) -> None:
        self._listeners.pop(key, None)

    def _report_wait(self, lane: Lane, started: float, window: str) -> None:
        seconds = max(0.0, self._clock.monotonic() - started)
        for listener in tuple(self._listeners.values()):
            listener.waited(lane, seconds, window, self.backend_name)

    def _report_backend_failure(self, error: BaseException) -> None:
        for listener in tuple(self._listeners.values()):
            listener.backend_failed(self.backend_name, error)

    def try_acquire_now(self, lane: Lane = "interactive") -> bool:
        """Take one token if it is free right now, without awaiting; else return False.

        Every call's hot path: when a token is free, :meth:`acquire` would only wrap
        this in a coroutine. ``False`` means nothing was taken and nothing decided: call
        :meth:`acquire`, which queues, waits or refuses (a 429 hold, a spent day, a
        backend that needs I/O, calls already queued ahead all go that way).
        """
        take = self._take_now
        if (
            take is None
            or self._hold is not None
            or self._queues["interactive"]
            or (lane == "bulk" and self._queues["bulk"])
        ):
            return False
        # No _bind_loop here: the binding only guards queued calls, and none are queued.
        clock = self._clock
        now = clock.monotonic()
        try:
            wait = take(now, clock.now())
        except Exception as exc:
            self._report_backend_failure(exc)
            raise
        if wait > 0.0:
            return False
        if self._listeners:
            self._report_wait(lane, now, "none")
        return True

    async def acquire(self, *, lane: Lane = "interactive", max_wait: float | None = None) -> None:
        """Wait for, and take, one token from both windows.

        ``max_wait`` (seconds; falls back to the limiter's) is checked against the
        computed wait *before* waiting: :class:`RateLimitWaitError` is raised at
        once rather than after ``max_wait`` seconds of sleeping. Raises
        :class:`QuotaExhaustedError` at once when the day window is empty, unless
        the limiter was built with ``wait_for_day_reset=True``.
        """
        if lane not in _LANES:
            raise ValueError(f"lane must be 'interactive' or 'bulk', got {lane!r}")
        budget = self._max_wait if max_wait is None else _check_max_wait(max_wait)
        self._bind_loop()
        self._refuse_if_held()
        clock = self._clock
        started = clock.monotonic()
        ahead = self._queued_ahead_of(lane)
        if ahead == 0:
            try:  # (inline, not a helper coroutine: this is every call's hot path)
                wait = await self._backend.try_acquire(clock.monotonic(), clock.now(), lane=lane)
            except Exception as exc:
                self._report_backend_failure(exc)
                raise
            if wait <= 0.0:
                if self._listeners:
                    self._report_wait(lane, started, "none")
                return
        else:
            wait = estimate_seconds(self._peek(), ahead + 1)
        self._refuse_if_too_long(wait, 0.0, budget, lane)

        window = "minute"
        waiter = _Waiter(lane)
        self._queues[lane].append(waiter)
        try:
            while True:
                if self._head() is not waiter:
                    await waiter.wait_turn()
                    continue
                now = clock.monotonic()
                try:
                    wait = await self._backend.try_acquire(now, clock.now(), lane=lane)
                except Exception as exc:
                    self._report_backend_failure(exc)
                    raise
                if wait <= 0.0:
                    if self._listeners:
                        self._report_wait(lane, started, window)
                    return
                self._refuse_if_held()  # a 429 may have arrived while this call queued
                self._refuse_if_too_long(wait, now - started, budget, lane)
                if self._listeners and self._peek().day_remaining < 1:
                    window = "day"
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug(
                        "waiting %.3fs for a rate-limit token (%s lane, queued %d+%d)",
                        wait,
                        lane,
                        len(self._queues["interactive"]),
                        len(self._queues["bulk"]),
                    )
                await clock.sleep(wait)
        finally:
            self._leave(waiter)

    def bind_api_key(self, api_key: str) -> None:
        """Tell the backend which API key it limits (``PlannerClient`` calls this).

        A shared backend names its state after a one-way hash of the key; the
        in-memory backend has nothing to name and ignores it.
        """
        if isinstance(self._backend, KeyedBackend):
            self._backend.bind_api_key(api_key)

    @property
    def backend(self) -> LimiterBackend:
        """Where the windows live (in memory, or shared through Redis)."""
        return self._backend

    def observe(self, headers: Mapping[str, str]) -> None:
        """Re-calibrate from a response's ``X-RateLimit-*`` headers (call on every response).

        The lower of our and the server's "remaining" wins for both windows, so
        calibration never makes the limiter more permissive than either side's
        count. Limits that differ from ours are adopted (the server knows the key's
        plan) and logged once at INFO. Missing or malformed headers are ignored.
        """
        server = parse_rate_limit_headers(headers)
        if server is EMPTY:  # the parser returns this very object when nothing was usable
            return
        self._announce_new_limits(server)
        self._backend.observe(server, self._clock.monotonic(), self._clock.now())

    def penalize(
        self, window: str | None, retry_after: float | None, *, cap: float | None = None
    ) -> None:
        """Apply a 429: nothing more from ``window`` until ``retry_after`` seconds pass.

        ``window`` is the 429's ``error.details`` value (``"minute"`` or ``"day"``);
        anything else is treated as the minute window, the common and short case.
        ``retry_after=None`` means one refill interval (minute) or the next
        00:00 UTC (day); values over :data:`MAX_HOLD` are clamped to it.

        ``cap`` is the longest wait the caller accepts (the transport passes its
        ``retry_after_cap``). A minute hold longer than that makes later
        :meth:`acquire` calls raise :class:`RateLimitError` at once until it ends,
        instead of queueing them silently. (An emptied day window already fails at
        once with :class:`QuotaExhaustedError`.)
        """
        normalized: Window = "day" if (window or "").strip().lower() == "day" else "minute"
        if retry_after is not None and not (math.isfinite(retry_after) and retry_after >= 0):
            retry_after = None
        if retry_after is not None and retry_after > MAX_HOLD:
            logger.warning("clamped a %gs rate-limit hold to %gs", retry_after, MAX_HOLD)
            retry_after = MAX_HOLD
        now_monotonic, now_utc = self._clock.monotonic(), self._clock.now()
        if (
            normalized == "minute"
            and cap is not None
            and retry_after is not None
            and retry_after > cap
        ):
            hold = _Hold(
                until=now_monotonic + retry_after,
                reset_at=now_utc + timedelta(seconds=retry_after),
                retry_after=retry_after,
                cap=cap,
            )
            if self._hold is None or hold.until > self._hold.until:
                self._hold = hold
            logger.warning(
                "429 with Retry-After %gs, more than the %gs cap: calls fail with "
                "RateLimitError until %s UTC",
                retry_after,
                cap,
                f"{hold.reset_at:%Y-%m-%d %H:%M:%S}",
            )
        logger.debug("429 on the %s window; holding it for %s s", normalized, retry_after)
        self._backend.penalize(normalized, retry_after, now_monotonic, now_utc)

    def snapshot(self) -> RateLimitSnapshot:
        """Both windows and both queues, now."""
        state = self._peek()
        return RateLimitSnapshot(
            plan=self._plan.name,
            minute_limit=state.minute_limit,
            minute_remaining=state.minute_remaining,
            minute_reset=state.minute_reset,
            day_limit=state.day_limit,
            day_remaining=state.day_remaining,
            day_reset_at=state.day_reset_at,
            waiting_interactive=len(self._queues["interactive"]),
            waiting_bulk=len(self._queues["bulk"]),
            source="server" if state.from_server else "local",
            day_reserve=state.day_reserve,
        )

    def estimate_duration(self, requests: int) -> float:
        """Seconds ``requests`` calls would take at the key's rate, from the current state.

        Counts day resets when the day budget is too small (a 25,000-request job on
        a 10,000/day key takes days), so bulk jobs can refuse or warn up front.
        Ignores calls already queued and other users of the key.
        """
        return estimate_seconds(self._peek(), requests)

    def _peek(self) -> WindowState:
        return self._backend.peek(self._clock.monotonic(), self._clock.now())

    def _refuse_if_held(self) -> None:
        hold = self._hold
        if hold is None:
            return
        left = hold.until - self._clock.monotonic()
        if left <= 0.0:
            self._hold = None
            return
        raise RateLimitError(
            f"rate limited: the server asked for {hold.retry_after:g}s (Retry-After), more "
            f"than the {hold.cap:g}s this client waits; calls fail until "
            f"{hold.reset_at:%Y-%m-%d %H:%M:%S} UTC ({left:.0f}s left)",
            retry_after=left,
            window="minute",
            reset_at=hold.reset_at,
            status=429,
            type="rate_limited",
            rate_limit=self.snapshot(),
        )

    def _refuse_if_too_long(
        self, wait: float, waited: float, budget: float | None, lane: Lane
    ) -> None:
        state = self._peek()
        reserve = state.day_reserve if lane == "bulk" else 0
        if state.day_remaining < 1 + reserve and not self._wait_for_day_reset:
            reset_at = state.day_reset_at
            kept = f" ({reserve} are kept for interactive calls)" if reserve else ""
            raise QuotaExhaustedError(
                f"the daily quota of {state.day_limit} requests is spent{kept}; it resets at "
                f"{reset_at:%Y-%m-%d %H:%M:%S} UTC",
                reset_at=reset_at,
                limit=state.day_limit,
                window="day",
            )
        total = waited + wait
        if budget is not None and total > budget:
            raise RateLimitWaitError(
                f"a rate-limit token is {total:.3f}s away, more than max_wait={budget:g}s",
                wait=total,
                max_wait=budget,
            )

    def _queued_ahead_of(self, lane: Lane) -> int:
        interactive = len(self._queues["interactive"])
        return interactive if lane == "interactive" else interactive + len(self._queues["bulk"])

    def _head(self) -> _Waiter | None:
        for lane in _LANES:
            queue = self._queues[lane]
            if queue:
                return queue[0]
        return None

    def _leave(self, waiter: _Waiter) -> None:
        was_head = self._head() is waiter
        self._queues[waiter.lane].remove(waiter)
        if was_head:
            successor = self._head()
            if successor is not None:
                successor.wake()

    def _bind_loop(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is loop:
            return
        if self._loop is not None and self._head() is not None:
            raise RuntimeError(
                "this RateLimiter has calls queued in another event loop; a limiter "
                "can only be shared by clients running in the same loop"
            )
        self._loop = loop

    def _announce_new_limits(self, server: ServerRateLimit) -> None:
        key = (server.minute_limit, server.day_limit)
        if key == self._last_server_limits:
            return  # the common case: the same limits as the previous response
        self._last_server_limits = key
        state = self._peek()
        minute = server.minute_limit if server.minute_limit != state.minute_limit else None
        day = server.day_limit if server.day_limit != state.day_limit else None
        if minute is None and day is None:
            return
        if key in self._announced_limits:
            return
        self._announced_limits.add(key)
        logger.info(
            "the server reports rate limits of %s/min and %s/day for this key, not the "
            "%s plan's %d/min and %d/day; using the server's",
            server.minute_limit if server.minute_limit is not None else state.minute_limit,
            server.day_limit if server.day_limit is not None else state.day_limit,
            self._plan.name,
            self._plan.per_minute,
            self._plan.per_day,
        )


def _check_max_wait(value: float | None) -> float | None:
    if value is None:
        return None
    if math.isnan(value) or value < 0:
        raise ValueError(f"max_wait must be a non-negative number of seconds, got {value!r}")
    return value
