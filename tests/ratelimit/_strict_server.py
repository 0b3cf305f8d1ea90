"""A strict Planner-like server: the contract's bucket, exactly, and a 429 beyond it.

One token bucket (capacity ``per_minute``, refilled at ``per_minute / 60`` a second)
and a day counter, both for every request whatever the key, like the real API's
per-key windows. Every response carries ``X-RateLimit-*`` (resets with millisecond
precision, rounded up); a request beyond the bucket gets a 429 with ``Retry-After``
and is counted, so a test can assert that a fleet of clients never caused one.
``GET /projects/{id}`` answers a fixed project, enough for ``planner.projects.get``.
"""

from __future__ import annotations

import math
import time

from aiohttp import web

PROJECT = {
    "id": "proj_1",
    "name": "North Harbour",
    "code": None,
    "description": None,
    "created_at": "2025-01-01T00:00:00Z",
    "updated_at": "2025-01-01T00:00:00Z",
    "schedule_count": 0,
    "current_schedule_id": None,
    "baseline_schedule_id": None,
    "data_date": None,
    "activity_count": 0,
    "quality_score": None,
    "quality_grade": None,
}


class StrictServer:
    """The windows and the counts; :meth:`app` serves them."""

    def __init__(self, per_minute: int, per_day: int = 1_000_000) -> None:
        self.per_minute = per_minute
        self.per_day = per_day
        self.rate = per_minute / 60.0
        self.tokens = float(per_minute)
        self.updated = time.monotonic()
        self.day_used = 0
        #: ``time.time()`` of every request served with 200.
        self.granted: list[float] = []
        self.rejected = 0
        #: (``time.time()``, tokens left) of every 429.
        self.rejected_at: list[tuple[float, float]] = []
        #: Every ``Authorization`` header seen (to check the key never reached Redis).
        self.keys: set[str] = set()

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/projects/{project_id}", self.handle)
        return app

    def granted_between(self, start: float, end: float) -> int:
        return sum(1 for t in self.granted if start <= t <= end)

    async def handle(self, request: web.Request) -> web.Response:
        self.keys.add(request.headers.get("Authorization", ""))
        now = time.monotonic()
        self.tokens = min(float(self.per_minute), self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        allowed = self.tokens >= 1.0 - 1e-9 and self.day_used < self.per_day
        if allowed:
            self.tokens -= 1.0
            self.day_used += 1
            self.granted.append(time.time())
        else:
            self.rejected += 1
            self.rejected_at.append((time.time(), self.tokens))
        remaining = max(0, math.floor(self.tokens + 1e-9))
        reset = 0.0 if self.tokens >= self.per_minute else (remaining + 1 - self.tokens) / self.rate
        headers = {
            "X-RateLimit-Limit": str(self.per_minute),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": f"{math.ceil(reset * 1000) / 1000:.3f}",
            "X-RateLimit-Day-Limit": str(self.per_day),
            "X-RateLimit-Day-Remaining": str(self.per_day - self.day_used),
            "X-RateLimit-Day-Reset": "43200",
        }
        if not allowed:
            headers["Retry-After"] = f"{max(0.001, (1.0 - self.tokens) / self.rate):.3f}"
            body = {
                "error": {
                    "type": "rate_limited",
                    "message": "rate limit exceeded",
                    "request_id": "req_1",
                    "details": [{"field": "minute", "issue": "0 tokens left"}],
                }
            }
            return web.json_response(body, status=429, headers=headers)
        project = {**PROJECT, "id": request.match_info["project_id"]}
        return web.json_response(project, headers=headers)
