"""Hand-built schedules for the quality engine tests.

Tests build ``ScheduleData`` directly instead of reading files so each case states
exactly the activities and links it is about, and so the tests do not depend on the
schedule readers being finished.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from kazinex_planner.quality_checks import CheckResult, QualityConfig, QualityReport, evaluate
from kazinex_planner.schedule_files._records import (
    ActivityRecord,
    AssignmentRecord,
    CalendarRecord,
    ProjectRecord,
    RelationshipRecord,
    RelationshipType,
    ResourceRecord,
    ScheduleData,
)

#: A Monday morning; every test schedule is statused at this moment unless it says so.
DATA_DATE = datetime(2024, 1, 1, 8, 0)
EVALUATED_AT = datetime(2024, 1, 2, 12, 0)


def day(n: float) -> datetime:
    """``n`` calendar days after the data date."""
    return DATA_DATE + timedelta(days=n)


class ScheduleBuilder:
    """Accumulates records; defaults describe a healthy, not-started task."""

    def __init__(self, *, data_date: datetime | None = DATA_DATE) -> None:
        self.data_date = data_date
        self.activities: list[ActivityRecord] = []
        self.relationships: list[RelationshipRecord] = []
        self.resources: list[ResourceRecord] = []
        self.assignments: list[AssignmentRecord] = []
        self.calendars: list[CalendarRecord] = []

    def activity(self, activity_id: str, **fields: Any) -> ScheduleBuilder:
        values: dict[str, Any] = {
            "id": activity_id,
            "project_id": "P1",
            "code": activity_id,
            "name": f"Activity {activity_id}",
            "type": "task",
            "status": "not_started",
            "original_duration_hours": 40.0,
            "remaining_duration_hours": 40.0,
            "total_float_hours": 40.0,
        }
        values.update(fields)
        self.activities.append(ActivityRecord(**values))
        return self

    def activities_(self, ids: list[str], **fields: Any) -> ScheduleBuilder:
        for activity_id in ids:
            self.activity(activity_id, **fields)
        return self

    def link(
        self,
        predecessor: str,
        successor: str,
        type: RelationshipType = "FS",
        lag: float = 0.0,
        *,
        external: bool = False,
    ) -> ScheduleBuilder:
        self.relationships.append(
            RelationshipRecord(
                id=f"R{len(self.relationships) + 1}",
                predecessor_id=predecessor,
                successor_id=successor,
                type=type,
                lag_hours=lag,
                is_external=external,
            )
        )
        return self

    def chain(self, ids: list[str]) -> ScheduleBuilder:
        """Link ``ids`` finish-to-start in order (activities must be added separately)."""
        for pred, succ in itertools.pairwise(ids):
            self.link(pred, succ)
        return self

    def resource(self, resource_id: str = "RS1") -> ScheduleBuilder:
        self.resources.append(
            ResourceRecord(id=resource_id, code=resource_id, name=resource_id, type="labor")
        )
        return self

    def assign(self, activity_id: str, resource_id: str = "RS1") -> ScheduleBuilder:
        self.assignments.append(
            AssignmentRecord(
                id=f"AS{len(self.assignments) + 1}",
                activity_id=activity_id,
                resource_id=resource_id,
            )
        )
        return self

    def calendar(self, calendar_id: str, hours_per_day: float) -> ScheduleBuilder:
        self.calendars.append(
            CalendarRecord(id=calendar_id, name=calendar_id, hours_per_day=hours_per_day)
        )
        return self

    def build(self) -> ScheduleData:
        return ScheduleData(
            format="xer",
            version="test",
            encoding="utf-8",
            projects=(ProjectRecord(id="P1", code="P1", name="Project", data_date=self.data_date),),
            wbs=(),
            calendars=tuple(self.calendars),
            activities=tuple(self.activities),
            relationships=tuple(self.relationships),
            resources=tuple(self.resources),
            assignments=tuple(self.assignments),
        )


def ids(prefix: str, count: int) -> list[str]:
    """``count`` zero-padded ids that sort in creation order: A001, A002, …"""
    width = max(3, len(str(count)))
    return [f"{prefix}{i:0{width}d}" for i in range(1, count + 1)]


def chained(count: int, **fields: Any) -> ScheduleBuilder:
    """``count`` default activities linked in one finish-to-start chain."""
    names = ids("A", count)
    return ScheduleBuilder().activities_(names, **fields).chain(names)


def report_of(schedule: ScheduleData, config: QualityConfig | None = None) -> QualityReport:
    return evaluate(schedule, config=config, evaluated_at=EVALUATED_AT)


def check_of(
    schedule: ScheduleData,
    check_id: str,
    config: QualityConfig | None = None,
    *,
    data_date: datetime | None = None,
) -> CheckResult:
    """Evaluate ``schedule`` and return the one check result asked for."""
    report = evaluate(schedule, config=config, data_date=data_date, evaluated_at=EVALUATED_AT)
    return next(c for c in report.checks if c.id == check_id)
