"""A backend holds one key's windows: limiters may share it only for the same limits."""

from __future__ import annotations

import pytest

from kazinex_planner.errors import ConfigurationError
from kazinex_planner.ratelimit import InMemoryBackend, Plan, RateLimiter, RedisBackend

from ._redis_server import RedisServer


def test_in_memory_backend_refuses_a_second_plan() -> None:
    backend = InMemoryBackend()
    RateLimiter(Plan.BUSINESS, backend=backend)
    RateLimiter(Plan.BUSINESS, backend=backend)  # the same limits share the budget
    with pytest.raises(ConfigurationError, match="cannot share"):
        RateLimiter(Plan.PROFESSIONAL, backend=backend)


async def test_redis_backend_refuses_a_second_plan(redis_server: RedisServer) -> None:
    backend = RedisBackend.from_url(redis_server.url)
    try:
        RateLimiter(Plan.BUSINESS, backend=backend)
        with pytest.raises(ConfigurationError, match="cannot share"):
            RateLimiter(Plan.enterprise(per_minute=6000, per_day=1_000_000), backend=backend)
    finally:
        await backend.aclose()
