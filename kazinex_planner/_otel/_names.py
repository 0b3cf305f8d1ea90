"""Span and metric names, attribute keys and buckets (one place, per the semantic conventions)."""

from __future__ import annotations

import functools

from .._generated.operations import OPERATIONS

SCOPE = "kazinex_planner"

#: The stable HTTP semantic conventions' advice for ``http.client.request.duration``.
HTTP_DURATION_BUCKETS = (
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
)  # fmt: skip
#: Limiter waits run from nothing to a minute window (or longer behind a queue).
WAIT_BUCKETS = (
    0.0, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0,
)  # fmt: skip

OPERATION_ID = "kazinex_planner.operation.id"
LANE = "kazinex_planner.lane"
ATTEMPTS = "kazinex_planner.attempts"
LIMITER_WAIT = "kazinex_planner.rate_limit.wait"
IDEMPOTENCY_KEY_PRESENT = "kazinex_planner.idempotency_key.present"
OUTCOME = "kazinex_planner.outcome"
REQUEST_ID = "kazinex_planner.request_id"
RETRY_REASON = "kazinex_planner.retry.reason"
RETRY_DELAY = "kazinex_planner.retry.delay"
RETRY_NUMBER = "kazinex_planner.retry.number"
WINDOW = "kazinex_planner.rate_limit.window"
BACKEND = "kazinex_planner.rate_limit.backend"


@functools.cache
def _names() -> dict[str, str]:
    return {op.operation_id: f"{SCOPE} {op.tag}.{op.method_name}" for op in OPERATIONS}


def operation_span_name(operation_id: str) -> str:
    """``kazinex_planner <group>.<method>``, e.g. ``kazinex_planner projects.create``."""
    return _names().get(operation_id, f"{SCOPE} {operation_id}")
