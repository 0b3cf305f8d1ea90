# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 0c421ce429a8facf75e6115cd397b26e980b0cbf1c1b3c8f8877106359ec61b7
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
