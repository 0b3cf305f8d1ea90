"""OpenTelemetry for the SDK (the ``otel`` extra): loaded only when a client asks for it.

Nothing here is imported by ``import kazinex_planner``; ``PlannerClient`` calls
:func:`load_telemetry`, which returns ``None`` when ``opentelemetry-api`` is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from yarl import URL

    from ..ratelimit import RateLimiter
    from ._adapter import OtelTelemetry

__all__ = ["load_telemetry"]


def load_telemetry(
    *,
    tracer_provider: Any,
    meter_provider: Any,
    attempt_spans: bool,
    base_url: URL,
    limiter: RateLimiter,
) -> OtelTelemetry | None:
    """The adapter, or ``None`` when the ``otel`` extra is not installed."""
    try:
        from ._adapter import OtelTelemetry
    except ImportError:
        return None
    return OtelTelemetry(
        tracer_provider=tracer_provider,
        meter_provider=meter_provider,
        attempt_spans=attempt_spans,
        base_url=base_url,
        limiter=limiter,
    )
