"""How long ``n`` requests take from a given window state: planning for bulk jobs.

A bulk export that needs 25,000 requests on a 10,000/day key is a three-day job, and
the caller should learn that before starting, not at request 10,001. The estimate
assumes the requests are issued as fast as the limiter allows and that nobody else
uses the key; it is conservative around midnight (a day's budget is only reused once
the previous day's share has been spent).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._windows import WindowState

__all__ = ["estimate_seconds"]

_DAY = 86_400.0


def estimate_seconds(state: WindowState, requests: int) -> float:
    """Seconds until the ``requests``-th request would be granted, from ``state``."""
    if requests <= 0:
        return 0.0
    rate = state.rate
    capacity = float(state.minute_limit)
    tokens = state.tokens
    day_left = state.day_remaining
    to_reset = state.seconds_to_day_reset
    left = requests
    elapsed = 0.0
    previous_day_start: tuple[float, float] | None = None
    while True:
        take = min(left, day_left)
        span = max(0.0, take - tokens) / rate
        if take == left:
            return elapsed + span
        left -= take
        tokens_after = tokens - take if span == 0.0 else 0.0
        # The day budget ran out: the next request waits for the day reset, while
        # the bucket refills (up to its capacity) in the meantime.
        wait = max(span, to_reset)
        tokens = min(capacity, tokens_after + (wait - span) * rate)
        elapsed += wait
        to_reset = _DAY - ((wait - to_reset) % _DAY)
        day_left = state.day_limit
        day_start = (tokens, to_reset)
        if day_start == previous_day_start:
            # Steady state: every further full day repeats the one just simulated
            # (same start, same duration), so skip them instead of looping per day.
            cycles = (left - 1) // day_left
            elapsed += cycles * wait
            left -= cycles * day_left
        previous_day_start = day_start
