"""Client-side rate limiting for the Planner API's per-key minute and day windows.

The API allows each key ``per_minute`` requests as a continuously refilled token
bucket and ``per_day`` requests per UTC day (see :class:`Plan`). Waiting here, before
sending, is cheaper than collecting 429s: :class:`RateLimiter` takes one token from
both windows per request, serves interactive calls before bulk ones, re-calibrates
from every response's ``X-RateLimit-*`` headers, and fails fast (instead of sleeping
for hours) when the day's quota is spent.

:class:`VirtualClock` is public so that applications can test their own rate-limited
code without waiting in real time. :class:`RedisBackend` (the ``redis`` extra) shares
one key's windows between processes.
"""

from __future__ import annotations

from .._clock import Clock, SystemClock, VirtualClock
from .._snapshot import RateLimitSnapshot
from ._backend import InMemoryBackend, KeyedBackend, LimiterBackend
from ._headers import ServerRateLimit, parse_rate_limit_headers
from ._lane import Lane
from ._limiter import RateLimiter
from ._plan import Plan
from ._redis import RedisBackend
from ._windows import Window, WindowState

__all__ = [
    "Clock",
    "InMemoryBackend",
    "KeyedBackend",
    "Lane",
    "LimiterBackend",
    "Plan",
    "RateLimitSnapshot",
    "RateLimiter",
    "RedisBackend",
    "ServerRateLimit",
    "SystemClock",
    "VirtualClock",
    "Window",
    "WindowState",
    "parse_rate_limit_headers",
]
