"""The emulator's stored records: one attrs class per API resource.

They hold what the API returns (already in the API's vocabulary, datetimes aware UTC)
plus the little private state needed to derive the rest (the source id of an activity,
a webhook's secret). Derived fields (a project's counts, an activity's baseline dates)
are computed at serialisation time from the live store, so they can never go stale.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from ._plans import Plan

__all__ = [
    "Activity",
    "ActivityLink",
    "ApiKey",
    "Assignment",
    "Baseline",
    "CategoryRow",
    "CheckRow",
    "Delivery",
    "Event",
    "Project",
    "QualityResult",
    "Resource",
    "Schedule",
    "User",
    "Webhook",
]


@attrs.define(kw_only=True)
class User:
    id: str
    email: str
    name: str | None
    role: str
    status: str
    created_at: datetime
    last_active_at: datetime | None = None


@attrs.define(kw_only=True)
class ApiKey:
    """An issued key. Only the SHA-256 digest of the secret is kept, never the key itself."""

    id: str
    digest: str
    user_id: str
    scope: str
    plan: Plan
    created_at: datetime


@attrs.define(kw_only=True)
class Project:
    id: str
    name: str
    code: str | None
    description: str | None
    created_at: datetime
    updated_at: datetime
    current_schedule_id: str | None = None
    baseline_schedule_id: str | None = None
    #: Highest revision number handed out (numbers are never reused after a delete).
    last_revision: int = 0


@attrs.define(kw_only=True)
class Schedule:
    id: str
    project_id: str
    revision: int
    label: str | None
    file_name: str
    format: str
    size_bytes: int
    sha256: str
    status: str
    role: str
    uploaded_at: datetime
    error: str | None = None
    data_date: datetime | None = None
    activity_count: int | None = None
    relationship_count: int | None = None
    processed_at: datetime | None = None


@attrs.define(kw_only=True)
class ActivityLink:
    activity_id: str
    code: str
    type: str
    lag_hours: float
    is_external: bool


@attrs.define(kw_only=True)
class Activity:
    """An activity; ``source_id`` is the id in the file (for quality and re-evaluation)."""

    id: str
    project_id: str
    schedule_id: str
    source_id: str
    code: str
    name: str
    type: str
    status: str
    wbs_code: str | None
    wbs_name: str | None
    calendar_name: str | None
    original_duration_hours: float
    remaining_duration_hours: float
    planned_start: datetime
    planned_finish: datetime
    actual_start: datetime | None
    actual_finish: datetime | None
    early_start: datetime | None
    early_finish: datetime | None
    late_start: datetime | None
    late_finish: datetime | None
    total_float_hours: float | None
    free_float_hours: float | None
    percent_complete: float
    percent_complete_type: str
    duration_type: str
    constraint_type: str
    constraint_date: datetime | None
    is_critical: bool
    updated_at: datetime
    predecessors: list[ActivityLink] = attrs.field(factory=list)
    successors: list[ActivityLink] = attrs.field(factory=list)
    notes: str | None = None


@attrs.define(kw_only=True)
class Resource:
    id: str
    code: str
    name: str
    type: str
    unit_of_measure: str | None
    max_units_per_hour: float | None
    cost_per_unit: float | None


@attrs.define(kw_only=True)
class Assignment:
    id: str
    schedule_id: str
    activity_id: str
    resource_id: str
    budgeted_units: float
    actual_units: float
    remaining_units: float
    budgeted_cost: float | None
    actual_cost: float | None
    start: datetime
    finish: datetime


@attrs.define(kw_only=True)
class Baseline:
    id: str
    project_id: str
    schedule_id: str
    label: str | None
    is_primary: bool
    marked_at: datetime
    marked_by: str


@attrs.define(kw_only=True)
class CategoryRow:
    id: str
    name: str
    weight: float
    score: float | None
    passed: int
    warnings: int
    failed: int
    not_applicable: int


@attrs.define(kw_only=True)
class CheckRow:
    """One check result; ``affected_activity_ids`` are already API (``act_``) ids."""

    id: str
    name: str
    category: str
    severity: str
    verdict: str
    score: float | None
    weight: float
    value: float | None
    threshold: float | None
    unit: str
    affected_count: int
    affected_activity_ids: list[str]
    description: str


@attrs.define(kw_only=True)
class QualityResult:
    """The quality report of one schedule revision (``pending`` until computed)."""

    project_id: str
    schedule_id: str
    status: str = "pending"
    score: float | None = None
    grade: str | None = None
    categories: list[CategoryRow] = attrs.field(factory=list)
    checks: list[CheckRow] = attrs.field(factory=list)
    completed_at: datetime | None = None


@attrs.define(kw_only=True)
class Webhook:
    id: str
    url: str
    events: list[str]
    description: str | None
    active: bool
    created_at: datetime
    updated_at: datetime
    secret: str = attrs.field(repr=False)


@attrs.define(kw_only=True)
class Event:
    """A webhook event: ``body`` is exactly what is POSTed (and signed)."""

    id: str
    type: str
    created_at: datetime
    project_id: str | None
    body: dict[str, Any]


@attrs.define(kw_only=True)
class Delivery:
    id: str
    webhook_id: str
    event_id: str
    event_type: str
    created_at: datetime
    status: str = "pending"
    status_code: int | None = None
    duration_ms: int | None = None
    attempt: int = 0
    error: str | None = None
    delivered_at: datetime | None = None
    next_attempt_at: datetime | None = None
