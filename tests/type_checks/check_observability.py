"""Type-level tests of the observability options (checked by ``nox -s typecheck``)."""

from __future__ import annotations

from kazinex_planner import OperationFinished, PlannerClient, PlannerEvent


def on_event(event: PlannerEvent) -> None:
    if isinstance(event, OperationFinished):
        seconds: float = event.limiter_wait
        attempts: int = event.attempts
        kind: str | None = event.error_type
        del seconds, attempts, kind


def build() -> PlannerClient:
    PlannerClient(telemetry="yes")  # type: ignore[arg-type]
    PlannerClient(attempt_spans=None)  # type: ignore[arg-type]
    return PlannerClient(on_event=on_event, telemetry=False, attempt_spans=False)
