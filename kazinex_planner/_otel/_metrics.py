"""The SDK's instruments; limiter waits and backend failures arrive as a limiter listener."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from opentelemetry.metrics import CallbackOptions, Meter, Observation

from . import _names as n

if TYPE_CHECKING:
    from ..ratelimit import RateLimiter


class Metrics:
    """Creates every instrument once per client; subscribes to its limiter."""

    def __init__(
        self, meter: Meter, limiter: RateLimiter, recording: Callable[[], bool] = lambda: True
    ) -> None:
        #: False until a provider exists: the limiter's per-token report is then skipped.
        self._recording = recording
        self.http_duration = meter.create_histogram(
            "http.client.request.duration",
            unit="s",
            description="Duration of HTTP client requests (one per attempt).",
            explicit_bucket_boundaries_advisory=list(n.HTTP_DURATION_BUCKETS),
        )
        self.operation_duration = meter.create_histogram(
            "kazinex_planner.client.operation.duration",
            unit="s",
            description="Duration of logical SDK calls, retries and limiter waits included.",
            explicit_bucket_boundaries_advisory=list(n.HTTP_DURATION_BUCKETS),
        )
        self.wait_duration = meter.create_histogram(
            "kazinex_planner.rate_limit.wait.duration",
            unit="s",
            description="Time a request waited for a rate-limit token (0 when none).",
            explicit_bucket_boundaries_advisory=list(n.WAIT_BUCKETS),
        )
        self.retries = meter.create_counter(
            "kazinex_planner.client.retries",
            unit="{retry}",
            description="Retries of HTTP requests, by reason.",
        )
        self.backend_errors = meter.create_counter(
            "kazinex_planner.rate_limit.backend.errors",
            unit="{error}",
            description="Failures of the rate limiter's backend.",
        )
        ref = weakref.ref(limiter)
        meter.create_observable_up_down_counter(
            "kazinex_planner.rate_limit.queued",
            callbacks=[lambda options: _queued(ref, options)],
            unit="{request}",
            description="Requests waiting in the rate limiter, by lane.",
        )
        meter.create_observable_gauge(
            "kazinex_planner.rate_limit.remaining",
            callbacks=[lambda options: _remaining(ref, options)],
            unit="{request}",
            description="Requests left in each rate-limit window (as the server reports).",
        )

    # -- LimiterListener -------------------------------------------------------------

    def waited(self, lane: str, seconds: float, window: str, backend: str) -> None:
        if not self._recording():
            return
        self.wait_duration.record(seconds, {n.LANE: lane, n.WINDOW: window, n.BACKEND: backend})

    def backend_failed(self, backend: str, error: BaseException) -> None:
        self.backend_errors.add(1, {n.BACKEND: backend, "error.type": type(error).__qualname__})


def _queued(
    ref: weakref.ReferenceType[RateLimiter], options: CallbackOptions
) -> Iterable[Observation]:
    limiter = ref()
    if limiter is None:
        return []
    snap = limiter.snapshot()
    return [
        Observation(snap.waiting_interactive, {n.LANE: "interactive"}),
        Observation(snap.waiting_bulk, {n.LANE: "bulk"}),
    ]


def _remaining(
    ref: weakref.ReferenceType[RateLimiter], options: CallbackOptions
) -> Iterable[Observation]:
    limiter = ref()
    if limiter is None:
        return []
    snap = limiter.snapshot()
    attrs: dict[str, Any] = {n.BACKEND: limiter.backend_name}
    return [
        Observation(snap.minute_remaining, {**attrs, n.WINDOW: "minute"}),
        Observation(snap.day_remaining, {**attrs, n.WINDOW: "day"}),
    ]
