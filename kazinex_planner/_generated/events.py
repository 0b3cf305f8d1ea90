# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
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
