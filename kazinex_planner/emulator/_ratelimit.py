"""The server side of the rate limits: a token bucket per key plus a UTC-day counter.

This is deliberately independent of the SDK's client-side limiter: the emulator is the
strict reference the client is tested against, so sharing code would let one bug hide
in both. Semantics (from the contract): the minute bucket holds at most the per-minute
limit and refills continuously at limit/60 tokens per second; the day counter resets
at 00:00 UTC; a request needs one token from each window, and a rejected request
consumes nothing.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import attrs

from .._clock import Clock
from ._plans import Plan

__all__ = ["Decision", "RateLimiter"]

_EPSILON = 1e-9


@attrs.define
class _Window:
    tokens: float
    updated: float
    day: date
    day_used: int = 0


@attrs.frozen(kw_only=True)
class Decision:
    """Whether a request may proceed, and the headers describing the windows afterwards."""

    allowed: bool
    window: str | None
    retry_after: int
    limit: int
    remaining: int
    reset: int
    day_limit: int
    day_remaining: int
    day_reset: int

    def headers(self) -> dict[str, str]:
        out = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
            "X-RateLimit-Day-Limit": str(self.day_limit),
            "X-RateLimit-Day-Remaining": str(self.day_remaining),
            "X-RateLimit-Day-Reset": str(self.day_reset),
        }
        if not self.allowed:
            out["Retry-After"] = str(self.retry_after)
        return out

    def issue(self) -> str:
        """The ``details[0].issue`` text of a 429."""
        if self.window == "day":
            return f"0 of {self.day_limit} daily requests left; resets in {self.day_reset} s"
        return f"0 of {self.limit} tokens left; retry in {self.retry_after} s"


class RateLimiter:
    """Per-bucket (API key or anonymous client) minute and day windows on one clock."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._windows: dict[str, _Window] = {}

    def acquire(self, bucket: str, plan: Plan) -> Decision:
        """Take one token from each window if both have one; otherwise take nothing."""
        window, now = self._refresh(bucket, plan)
        day_reset = _seconds_to_midnight(now)
        if window.day_used >= plan.per_day:
            return self._decision(window, plan, day_reset, allowed=False, which="day")
        if window.tokens < 1 - _EPSILON:
            return self._decision(window, plan, day_reset, allowed=False, which="minute")
        window.tokens = max(0.0, window.tokens - 1)
        window.day_used += 1
        return self._decision(window, plan, day_reset, allowed=True, which=None)

    def peek(self, bucket: str, plan: Plan) -> Decision:
        """The current state without consuming (for responses that skip the limiter)."""
        window, now = self._refresh(bucket, plan)
        return self._decision(window, plan, _seconds_to_midnight(now), allowed=True, which=None)

    def set_day_used(self, bucket: str, plan: Plan, used: int) -> None:
        """Set today's request count (tests put a key just below its daily limit)."""
        window, _ = self._refresh(bucket, plan)
        window.day_used = used

    def day_used(self, bucket: str) -> int:
        window = self._windows.get(bucket)
        return window.day_used if window else 0

    def tokens(self, bucket: str, plan: Plan) -> float:
        window, _ = self._refresh(bucket, plan)
        return window.tokens

    def _refresh(self, bucket: str, plan: Plan) -> tuple[_Window, datetime]:
        now = self._clock.now()
        mono = self._clock.monotonic()
        window = self._windows.get(bucket)
        if window is None:
            window = _Window(tokens=float(plan.per_minute), updated=mono, day=now.date())
            self._windows[bucket] = window
        rate = plan.per_minute / 60.0
        window.tokens = min(float(plan.per_minute), window.tokens + (mono - window.updated) * rate)
        window.updated = mono
        if now.date() != window.day:
            window.day = now.date()
            window.day_used = 0
        return window, now

    @staticmethod
    def _decision(
        window: _Window, plan: Plan, day_reset: int, *, allowed: bool, which: str | None
    ) -> Decision:
        rate = plan.per_minute / 60.0
        if window.tokens >= plan.per_minute - _EPSILON:
            reset = 0
        else:
            whole = math.floor(window.tokens + _EPSILON)
            reset = max(1, math.ceil((whole + 1 - window.tokens) / rate - _EPSILON))
        if which == "day":
            retry_after = day_reset
        elif which == "minute":
            retry_after = max(1, math.ceil((1 - window.tokens) / rate - _EPSILON))
        else:
            retry_after = 0
        return Decision(
            allowed=allowed,
            window=which,
            retry_after=retry_after,
            limit=plan.per_minute,
            remaining=max(0, math.floor(window.tokens + _EPSILON)),
            reset=reset,
            day_limit=plan.per_day,
            day_remaining=max(0, plan.per_day - window.day_used),
            day_reset=day_reset,
        )


def _seconds_to_midnight(now: datetime) -> int:
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    return max(1, math.ceil((midnight - now).total_seconds() - _EPSILON))
