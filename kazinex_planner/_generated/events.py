# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 8559a6fb7093051cf70323c83912f3df38ce7d58fe7cde879754439573940f7d
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
