# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: f0832f62f1fe87963dd8f6992fcef2ff88b7db94c0f8d2d63e6aa3388474e8f8
"""Webhook event types and their payload models (the spec's ``webhooks`` section)."""

from __future__ import annotations

from .models import (
    BaselineMarkedEvent,
    PingEvent,
    QualityCompleteEvent,
    ScheduleFailedEvent,
    ScheduleProcessedEvent,
    ScheduleUploadedEvent,
)

KnownEvent = (
    BaselineMarkedEvent
    | PingEvent
    | QualityCompleteEvent
    | ScheduleFailedEvent
    | ScheduleProcessedEvent
    | ScheduleUploadedEvent
)

EVENT_MODELS: dict[str, type[KnownEvent]] = {
    "baseline.marked": BaselineMarkedEvent,
    "ping": PingEvent,
    "quality.complete": QualityCompleteEvent,
    "schedule.failed": ScheduleFailedEvent,
    "schedule.processed": ScheduleProcessedEvent,
    "schedule.uploaded": ScheduleUploadedEvent,
}
