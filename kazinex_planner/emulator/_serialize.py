"""Stored records → the API's JSON shapes, and JSON bytes for the wire.

Derived fields are computed here from the live state (a project's counts and quality
summary, an activity's baseline dates), so the stored records never duplicate them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson

from ._records import (
    Activity,
    ActivityLink,
    Assignment,
    Baseline,
    CheckRow,
    Delivery,
    Project,
    QualityResult,
    Resource,
    Schedule,
    User,
    Webhook,
)
from ._state import EmulatorState

__all__ = [
    "activity_json",
    "assignment_json",
    "baseline_json",
    "check_json",
    "delivery_json",
    "dumps",
    "iso",
    "page_json",
    "project_json",
    "quality_json",
    "resource_json",
    "schedule_json",
    "user_json",
    "webhook_json",
]

JSON = dict[str, Any]


def dumps(value: Any) -> bytes:
    return orjson.dumps(value)


def iso(value: datetime | None) -> str | None:
    """RFC 3339 UTC with a ``Z`` suffix (fractional seconds only when present)."""
    if value is None:
        return None
    value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    text = value.replace(tzinfo=None).isoformat()
    return text + "Z"


def page_json(items: list[JSON], total: int, page: int, per_page: int) -> JSON:
    return {"data": items, "meta": {"total": total, "page": page, "per_page": per_page}}


def project_json(state: EmulatorState, project: Project) -> JSON:
    current = state.schedules.get(project.current_schedule_id or "")
    report = state.quality.get(current.id) if current else None
    complete = report is not None and report.status == "complete"
    return {
        "id": project.id,
        "name": project.name,
        "code": project.code,
        "description": project.description,
        "created_at": iso(project.created_at),
        "updated_at": iso(project.updated_at),
        "schedule_count": sum(1 for s in state.schedules.values() if s.project_id == project.id),
        "current_schedule_id": project.current_schedule_id,
        "baseline_schedule_id": project.baseline_schedule_id,
        "data_date": iso(current.data_date) if current else None,
        "activity_count": (current.activity_count or 0) if current else 0,
        "quality_score": report.score if complete and report else None,
        "quality_grade": report.grade if complete and report else None,
    }


def schedule_json(schedule: Schedule) -> JSON:
    return {
        "id": schedule.id,
        "project_id": schedule.project_id,
        "revision": schedule.revision,
        "label": schedule.label,
        "file_name": schedule.file_name,
        "format": schedule.format,
        "size_bytes": schedule.size_bytes,
        "sha256": schedule.sha256,
        "status": schedule.status,
        "error": schedule.error,
        "role": schedule.role,
        "data_date": iso(schedule.data_date),
        "activity_count": schedule.activity_count,
        "relationship_count": schedule.relationship_count,
        "uploaded_at": iso(schedule.uploaded_at),
        "processed_at": iso(schedule.processed_at),
    }


def _link_json(link: ActivityLink) -> JSON:
    return {
        "activity_id": link.activity_id,
        "code": link.code,
        "type": link.type,
        "lag_hours": link.lag_hours,
        "is_external": link.is_external,
    }


def activity_json(activity: Activity, baseline: dict[str, Activity]) -> JSON:
    """``baseline``: the primary baseline revision's activities by code (may be empty)."""
    match = baseline.get(activity.code)
    return {
        "id": activity.id,
        "project_id": activity.project_id,
        "schedule_id": activity.schedule_id,
        "code": activity.code,
        "name": activity.name,
        "type": activity.type,
        "status": activity.status,
        "wbs_code": activity.wbs_code,
        "wbs_name": activity.wbs_name,
        "calendar_name": activity.calendar_name,
        "original_duration_hours": activity.original_duration_hours,
        "remaining_duration_hours": activity.remaining_duration_hours,
        "planned_start": iso(activity.planned_start),
        "planned_finish": iso(activity.planned_finish),
        "actual_start": iso(activity.actual_start),
        "actual_finish": iso(activity.actual_finish),
        "early_start": iso(activity.early_start),
        "early_finish": iso(activity.early_finish),
        "late_start": iso(activity.late_start),
        "late_finish": iso(activity.late_finish),
        "baseline_start": iso(match.planned_start) if match else None,
        "baseline_finish": iso(match.planned_finish) if match else None,
        "total_float_hours": activity.total_float_hours,
        "free_float_hours": activity.free_float_hours,
        "percent_complete": activity.percent_complete,
        "percent_complete_type": activity.percent_complete_type,
        "duration_type": activity.duration_type,
        "constraint_type": activity.constraint_type,
        "constraint_date": iso(activity.constraint_date),
        "is_critical": activity.is_critical,
        "predecessors": [_link_json(link) for link in activity.predecessors],
        "successors": [_link_json(link) for link in activity.successors],
        "notes": activity.notes,
        "updated_at": iso(activity.updated_at),
    }


def baseline_json(baseline: Baseline) -> JSON:
    return {
        "id": baseline.id,
        "project_id": baseline.project_id,
        "schedule_id": baseline.schedule_id,
        "label": baseline.label,
        "is_primary": baseline.is_primary,
        "marked_at": iso(baseline.marked_at),
        "marked_by": baseline.marked_by,
    }


def quality_json(report: QualityResult) -> JSON:
    return {
        "project_id": report.project_id,
        "schedule_id": report.schedule_id,
        "status": report.status,
        "score": report.score,
        "grade": report.grade,
        "categories": [
            {
                "id": c.id,
                "name": c.name,
                "weight": c.weight,
                "score": c.score,
                "passed": c.passed,
                "warnings": c.warnings,
                "failed": c.failed,
                "not_applicable": c.not_applicable,
            }
            for c in report.categories
        ],
        "completed_at": iso(report.completed_at),
    }


def check_json(check: CheckRow) -> JSON:
    return {
        "id": check.id,
        "name": check.name,
        "category": check.category,
        "severity": check.severity,
        "verdict": check.verdict,
        "score": check.score,
        "weight": check.weight,
        "value": check.value,
        "threshold": check.threshold,
        "unit": check.unit,
        "affected_count": check.affected_count,
    }


def resource_json(resource: Resource) -> JSON:
    return {
        "id": resource.id,
        "code": resource.code,
        "name": resource.name,
        "type": resource.type,
        "unit_of_measure": resource.unit_of_measure,
        "max_units_per_hour": resource.max_units_per_hour,
        "cost_per_unit": resource.cost_per_unit,
    }


def assignment_json(assignment: Assignment) -> JSON:
    return {
        "id": assignment.id,
        "schedule_id": assignment.schedule_id,
        "activity_id": assignment.activity_id,
        "resource_id": assignment.resource_id,
        "budgeted_units": assignment.budgeted_units,
        "actual_units": assignment.actual_units,
        "remaining_units": assignment.remaining_units,
        "budgeted_cost": assignment.budgeted_cost,
        "actual_cost": assignment.actual_cost,
        "start": iso(assignment.start),
        "finish": iso(assignment.finish),
    }


def user_json(user: User) -> JSON:
    return {
        "id": user.id,
        "email": user.email,
        "name": user.name,
        "role": user.role,
        "status": user.status,
        "created_at": iso(user.created_at),
        "last_active_at": iso(user.last_active_at),
    }


def webhook_json(webhook: Webhook, *, with_secret: bool = False) -> JSON:
    out: JSON = {
        "id": webhook.id,
        "url": webhook.url,
        "events": list(webhook.events),
        "description": webhook.description,
        "active": webhook.active,
        "created_at": iso(webhook.created_at),
        "updated_at": iso(webhook.updated_at),
    }
    if with_secret:
        out["secret"] = webhook.secret
    return out


def delivery_json(delivery: Delivery) -> JSON:
    return {
        "id": delivery.id,
        "webhook_id": delivery.webhook_id,
        "event_id": delivery.event_id,
        "event_type": delivery.event_type,
        "status": delivery.status,
        "status_code": delivery.status_code,
        "duration_ms": delivery.duration_ms,
        "attempt": delivery.attempt,
        "error": delivery.error,
        "delivered_at": iso(delivery.delivered_at),
        "next_attempt_at": iso(delivery.next_attempt_at),
    }
