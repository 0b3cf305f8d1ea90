"""The two-window token arithmetic of one API key, without I/O or asyncio.

This is the whole rate-limit contract in one place, as pure functions of the time
passed in: a minute *token bucket* (capacity ``per_minute``, refilled continuously at
``per_minute / 60`` tokens a second) and a *day counter* (``per_day`` requests,
refilled at 00:00 UTC). A request takes one token from each, atomically: when either
window says no, neither is touched. Keeping it free of clocks and event loops lets
tests (and property tests) drive it with exact times, and lets a Redis backend port
the same rules to a Lua script.

The minute bucket may go *negative*: a 429 on the minute window (or a server that
reports a token frees later than one refill interval) is recorded as a debt, so the
bucket holds at zero until the server's ``Retry-After`` has elapsed and then refills
normally, without a separate "held until" state.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from ._headers import ServerRateLimit

__all__ = ["Window", "WindowState", "next_utc_midnight"]

Window = Literal["minute", "day"]

#: Float slack when comparing token counts: ``0.5 + 0.5`` refilled in two steps must
#: count as one whole token, or waiters would spin on 1e-16-second sleeps.
_EPSILON = 1e-9

#: A response whose day window resets more than this long before ours describes the
#: previous UTC day (it was answered just before midnight); its "remaining" is stale.
_STALE_DAY = timedelta(hours=12)
_STALE_DAY_SECONDS = _STALE_DAY.total_seconds()


def next_utc_midnight(now: datetime) -> datetime:
    """The first 00:00 UTC strictly after ``now`` (an aware datetime)."""
    day = now.astimezone(UTC).date() + timedelta(days=1)
    return datetime.combine(day, time(0), tzinfo=UTC)


@attrs.frozen
class WindowState:
    """A reading of both windows at one instant."""

    minute_limit: int
    #: Fractional minute tokens; negative while a 429's ``Retry-After`` is being served.
    tokens: float
    day_limit: int
    day_remaining: int
    day_reset_at: datetime
    #: Seconds from the reading's instant to ``day_reset_at``.
    seconds_to_day_reset: float
    #: True when the last calibration came from the server (headers or a 429).
    from_server: bool
    #: Day requests that bulk calls may not take (kept for interactive ones); only a
    #: shared backend (Redis) keeps one, in one process the lanes order the calls.
    day_reserve: int = 0

    @property
    def rate(self) -> float:
        """Minute-bucket refill rate, tokens per second."""
        return self.minute_limit / 60.0

    @property
    def minute_remaining(self) -> int:
        """Whole minute tokens available now (never negative)."""
        return max(0, math.floor(self.tokens + _EPSILON))

    @property
    def minute_reset(self) -> float:
        """Seconds until ``minute_remaining`` grows by one (0 when the bucket is full)."""
        if self.tokens >= self.minute_limit - _EPSILON:
            return 0.0
        target = self.minute_remaining + 1
        return max(0.0, (target - self.tokens) / self.rate)


class _TokenWindows:
    """Mutable state of the two windows; every method takes the current time.

    ``now_monotonic`` drives the bucket's refill; ``now_utc`` decides the UTC day.
    Times passed in must not go backwards (a smaller monotonic reading refills
    nothing; it never removes tokens).
    """

    def __init__(
        self, *, per_minute: int, per_day: int, now_monotonic: float, now_utc: datetime
    ) -> None:
        if per_minute <= 0 or per_day <= 0:
            raise ValueError("limits must be positive")
        self._minute_limit = per_minute
        #: Minute-bucket refill, tokens a second; kept with the limit (read on every call).
        self._rate = per_minute / 60.0
        self._tokens = float(per_minute)
        self._refilled_at = now_monotonic
        #: The end of the longest minute-window hold a 429 asked for.
        self._held_until = -math.inf
        self._day_limit = per_day
        self._day_remaining = per_day
        self._day_reset_at = next_utc_midnight(now_utc)
        self._from_server = False

    @property
    def minute_limit(self) -> int:
        return self._minute_limit

    @property
    def day_limit(self) -> int:
        return self._day_limit

    def try_take(self, now_monotonic: float, now_utc: datetime) -> float:
        """Take one token from both windows: 0.0 on success, else seconds to wait.

        On refusal nothing is consumed. The wait is the longer of the two windows'
        waits; a day wait (until the counter resets) dominates in practice.
        """
        self._refill(now_monotonic, now_utc)
        wait = 0.0
        if self._tokens < 1.0 - _EPSILON:
            wait = (1.0 - self._tokens) / self._rate
        if self._day_remaining < 1:
            wait = max(wait, self._seconds_to_day_reset(now_utc))
        if wait > 0.0:
            return wait
        self._tokens -= 1.0
        self._day_remaining -= 1
        return 0.0

    def calibrate(self, server: ServerRateLimit, now_monotonic: float, now_utc: datetime) -> None:
        """Fold in what a response said: adopt its limits, keep the lower "remaining".

        Taking the minimum is what keeps us from ever being optimistic: the server
        has not yet counted our requests still in flight (our number is lower), and
        other processes sharing the key are invisible to us (its number is lower).
        """
        self._refill(now_monotonic, now_utc)
        applied = False
        if server.minute_limit is not None and server.minute_limit != self._minute_limit:
            used = self._minute_limit - self._tokens
            self._minute_limit = server.minute_limit
            self._rate = server.minute_limit / 60.0
            self._tokens = min(float(server.minute_limit), server.minute_limit - used)
            applied = True
        if server.day_limit is not None and server.day_limit != self._day_limit:
            used_today = self._day_limit - self._day_remaining
            self._day_limit = server.day_limit
            self._day_remaining = max(0, server.day_limit - used_today)
            applied = True
        if server.minute_remaining is not None:
            server_tokens = self._server_tokens(server.minute_remaining, server.minute_reset)
            self._tokens = min(self._tokens, server_tokens)
            applied = True
        if server.day_remaining is not None and not self._is_stale_day(server, now_utc):
            self._day_remaining = min(self._day_remaining, server.day_remaining)
            applied = True
        if applied:
            self._from_server = True

    def penalize(
        self, window: Window, retry_after: float | None, now_monotonic: float, now_utc: datetime
    ) -> None:
        """Apply a 429: refund the refused request's token, then empty ``window`` until
        ``retry_after`` seconds have passed.

        Minute: the bucket is set to a debt that refills to exactly one token after
        ``retry_after`` (default: one refill interval). Day: the counter is emptied
        until ``now + retry_after`` (the server's clock is the authority on when its
        day ends), or until the next 00:00 UTC when no ``Retry-After`` was given.
        """
        self._refill(now_monotonic, now_utc)
        # The refused request took a token from both windows here, but the server
        # counted none (a request needs a token to be served): give them back, or a
        # client that believed in a larger plan pays every 429 twice, once as debt
        # and once as the retry's token.
        self._tokens = min(float(self._minute_limit), self._tokens + 1.0)
        self._day_remaining = min(self._day_limit, self._day_remaining + 1)
        if window == "minute":
            hold = 1.0 / self._rate if retry_after is None else max(0.0, retry_after)
            # The longest hold seen wins, so a later refund never shortens an earlier
            # 429's Retry-After.
            self._held_until = max(self._held_until, now_monotonic + hold)
        else:
            self._day_remaining = 0
            if retry_after is not None:
                self._day_reset_at = now_utc + timedelta(seconds=max(0.0, retry_after))
        held = self._held_until - now_monotonic
        if held > 0.0:
            self._tokens = min(self._tokens, 1.0 - held * self._rate)
        self._from_server = True

    def state(self, now_monotonic: float, now_utc: datetime) -> WindowState:
        """Both windows as of ``now`` (refills first, so the reading is current)."""
        self._refill(now_monotonic, now_utc)
        return WindowState(
            minute_limit=self._minute_limit,
            tokens=self._tokens,
            day_limit=self._day_limit,
            day_remaining=self._day_remaining,
            day_reset_at=self._day_reset_at,
            seconds_to_day_reset=self._seconds_to_day_reset(now_utc),
            from_server=self._from_server,
        )

    def _refill(self, now_monotonic: float, now_utc: datetime) -> None:
        elapsed = now_monotonic - self._refilled_at
        if elapsed > 0.0:
            self._tokens = min(float(self._minute_limit), self._tokens + elapsed * self._rate)
            self._refilled_at = now_monotonic
        if now_utc >= self._day_reset_at:
            self._day_remaining = self._day_limit
            self._day_reset_at = next_utc_midnight(now_utc)
            self._from_server = False

    def _seconds_to_day_reset(self, now_utc: datetime) -> float:
        return max(0.0, (self._day_reset_at - now_utc).total_seconds())

    def _server_tokens(self, remaining: int, reset: float | None) -> float:
        """The server's bucket as fractional tokens, from "remaining" and "reset".

        A reset within one refill interval tells us how far the next token has
        filled. A longer reset with nothing remaining is a hold (a debt). A longer
        reset with tokens remaining is inconsistent (a rounded value), so only the
        whole tokens are trusted.
        """
        if reset is None:
            return float(remaining)
        interval = 1.0 / self._rate
        if reset <= interval:
            return remaining + 1.0 - reset * self._rate
        if remaining == 0:
            return 1.0 - reset * self._rate
        return float(remaining)

    def _is_stale_day(self, server: ServerRateLimit, now_utc: datetime) -> bool:
        if server.day_reset is None:
            return False
        # In seconds rather than datetimes: this runs on every response, and building
        # two datetimes and a timedelta cost more than the rest of the calibration.
        ours = (self._day_reset_at - now_utc).total_seconds()
        return server.day_reset < ours - _STALE_DAY_SECONDS
