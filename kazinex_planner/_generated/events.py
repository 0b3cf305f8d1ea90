# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: de226616b4be55ff7c61a4d6d830eff0077e9bf41fdb183fd60c7ac0063f78c4
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
