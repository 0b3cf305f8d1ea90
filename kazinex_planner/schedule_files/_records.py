"""Typed records produced by the schedule readers.

These records are the contract between the file readers (XER, MSPDI, PMXML), the
quality engine and the emulator. They use the API's vocabulary (activity types,
statuses, relationship types, hours) so that every consumer sees one model no
matter which scheduling tool wrote the file. Dates are kept as the file states
them: naive ``datetime`` values in the project's local time, because neither P6
nor MS Project records a time zone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import attrs

ScheduleFormat = Literal["xer", "mspdi", "pmxml"]

ActivityType = Literal[
    "task",
    "resource_dependent",
    "level_of_effort",
    "start_milestone",
    "finish_milestone",
    "wbs_summary",
]
ActivityStatus = Literal["not_started", "in_progress", "completed"]
RelationshipType = Literal["FS", "SS", "FF", "SF"]
PercentCompleteType = Literal["physical", "duration", "units"]
DurationType = Literal[
    "fixed_duration_and_units",
    "fixed_duration_and_units_per_time",
    "fixed_units",
    "fixed_units_per_time",
    "fixed_duration",
    "fixed_work",
]
ConstraintType = Literal[
    "as_soon_as_possible",
    "as_late_as_possible",
    "start_on",
    "start_on_or_after",
    "start_on_or_before",
    "finish_on",
    "finish_on_or_after",
    "finish_on_or_before",
    "must_start_on",
    "must_finish_on",
    "mandatory_start",
    "mandatory_finish",
]
ResourceType = Literal["labor", "nonlabor", "material"]

#: Constraint types that override the CPM calculation (DCMA "hard" constraints).
HARD_CONSTRAINTS: frozenset[str] = frozenset(
    {
        "must_start_on",
        "must_finish_on",
        "mandatory_start",
        "mandatory_finish",
        "start_on",
        "finish_on",
    }
)


@attrs.frozen(kw_only=True, slots=True)
class ProjectRecord:
    """One project in the file (an XER may carry several)."""

    id: str
    code: str
    name: str
    data_date: datetime | None = None
    planned_start: datetime | None = None
    planned_finish: datetime | None = None


@attrs.frozen(kw_only=True, slots=True)
class WbsRecord:
    id: str
    project_id: str
    code: str
    name: str
    parent_id: str | None = None
    is_project_root: bool = False


@attrs.frozen(kw_only=True, slots=True)
class CalendarRecord:
    id: str
    name: str
    hours_per_day: float | None = None
    project_id: str | None = None


@attrs.frozen(kw_only=True, slots=True)
class ActivityRecord:
    """An activity with the API's Activity fields; durations and float in hours."""

    id: str
    project_id: str
    code: str
    name: str
    type: ActivityType
    status: ActivityStatus
    wbs_id: str | None = None
    calendar_id: str | None = None
    original_duration_hours: float | None = None
    remaining_duration_hours: float | None = None
    total_float_hours: float | None = None
    free_float_hours: float | None = None
    planned_start: datetime | None = None
    planned_finish: datetime | None = None
    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    early_start: datetime | None = None
    early_finish: datetime | None = None
    late_start: datetime | None = None
    late_finish: datetime | None = None
    baseline_start: datetime | None = None
    baseline_finish: datetime | None = None
    constraint_type: ConstraintType | None = None
    constraint_date: datetime | None = None
    percent_complete: float | None = None
    percent_complete_type: PercentCompleteType | None = None
    duration_type: DurationType | None = None
    is_critical: bool = False
    notes: str | None = None


@attrs.frozen(kw_only=True, slots=True)
class RelationshipRecord:
    """A logic link. ``is_external`` marks a link to an activity not in the file."""

    id: str
    predecessor_id: str
    successor_id: str
    type: RelationshipType
    lag_hours: float = 0.0
    is_external: bool = False


@attrs.frozen(kw_only=True, slots=True)
class ResourceRecord:
    id: str
    code: str
    name: str
    type: ResourceType
    unit_of_measure: str | None = None
    max_units_per_hour: float | None = None
    cost_per_unit: float | None = None


@attrs.frozen(kw_only=True, slots=True)
class AssignmentRecord:
    id: str
    activity_id: str
    resource_id: str
    project_id: str | None = None
    budgeted_units: float | None = None
    actual_units: float | None = None
    remaining_units: float | None = None
    budgeted_cost: float | None = None
    actual_cost: float | None = None
    start: datetime | None = None
    finish: datetime | None = None


@attrs.frozen(kw_only=True, slots=True)
class ScheduleData:
    """Everything ``read_schedule`` extracts from one file."""

    format: ScheduleFormat
    version: str | None
    encoding: str
    projects: tuple[ProjectRecord, ...]
    wbs: tuple[WbsRecord, ...]
    calendars: tuple[CalendarRecord, ...]
    activities: tuple[ActivityRecord, ...]
    relationships: tuple[RelationshipRecord, ...]
    resources: tuple[ResourceRecord, ...]
    assignments: tuple[AssignmentRecord, ...]
    warnings: tuple[str, ...] = ()
    file_name: str | None = None

    @property
    def data_date(self) -> datetime | None:
        """The first project's data date (the file's status date)."""
        return next((p.data_date for p in self.projects if p.data_date), None)


@attrs.frozen(kw_only=True, slots=True)
class ProjectSummary:
    code: str
    name: str
    data_date: datetime | None
    activity_count: int
    relationship_count: int
    resource_count: int
    assignment_count: int
    calendar_count: int
    wbs_count: int


@attrs.frozen(kw_only=True, slots=True)
class ScheduleSummary:
    """What ``inspect_schedule`` reports without keeping any rows."""

    format: ScheduleFormat
    version: str | None
    encoding: str
    project_count: int
    activity_count: int
    relationship_count: int
    resource_count: int
    assignment_count: int
    calendar_count: int
    wbs_count: int
    data_date: datetime | None
    projects: tuple[ProjectSummary, ...]
    warnings: tuple[str, ...] = ()
    file_name: str | None = None
