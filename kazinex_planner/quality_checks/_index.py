"""Indexes shared by all checks, built once per evaluation.

Every check walks the activities or the relationships once and looks neighbours up in
these maps, which keeps a whole evaluation linear in activities + relationships (a
100k-activity schedule evaluates in seconds). The index also fixes the population rules
in one place: WBS summaries are never assessed, external links count as logic but not
as relationships with two known ends.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import attrs

from kazinex_planner.quality_checks._worktime import DEFAULT_HOURS_PER_DAY
from kazinex_planner.schedule_files._records import (
    ActivityRecord,
    RelationshipRecord,
    ScheduleData,
)

MILESTONE_TYPES: frozenset[str] = frozenset({"start_milestone", "finish_milestone"})
_NO_LINKS: tuple[RelationshipRecord, ...] = ()


def is_incomplete(activity: ActivityRecord) -> bool:
    """Incomplete means any status but completed, as the API spec defines it."""
    return activity.status != "completed"


def is_milestone(activity: ActivityRecord) -> bool:
    return activity.type in MILESTONE_TYPES


@attrs.frozen(kw_only=True, slots=True)
class ScheduleIndex:
    """Precomputed views of one schedule.

    ``internal`` holds the relationships whose two ends are assessed activities (not
    external, not WBS summaries); ``preds``/``succs`` index them. ``with_predecessor`` and
    ``with_successor`` count every relationship, external ones included, because a
    predecessor in another project is still a predecessor.
    """

    activities: tuple[ActivityRecord, ...]
    by_id: Mapping[str, ActivityRecord]
    relationship_count: int
    internal: tuple[RelationshipRecord, ...]
    preds: Mapping[str, tuple[RelationshipRecord, ...]]
    succs: Mapping[str, tuple[RelationshipRecord, ...]]
    with_predecessor: frozenset[str]
    with_successor: frozenset[str]
    assigned: frozenset[str]
    resource_count: int
    data_date: datetime | None
    project_data_dates: Mapping[str, datetime]
    calendar_hours: Mapping[str, float]

    def predecessors(self, activity_id: str) -> tuple[RelationshipRecord, ...]:
        return self.preds.get(activity_id, _NO_LINKS)

    def successors(self, activity_id: str) -> tuple[RelationshipRecord, ...]:
        return self.succs.get(activity_id, _NO_LINKS)

    def data_date_for(self, activity: ActivityRecord) -> datetime | None:
        """The activity's own project data date, else the schedule's."""
        return self.project_data_dates.get(activity.project_id, self.data_date)

    def hours_per_day_for(self, activity: ActivityRecord) -> float:
        if activity.calendar_id is None:
            return DEFAULT_HOURS_PER_DAY
        return self.calendar_hours.get(activity.calendar_id, DEFAULT_HOURS_PER_DAY)


def build_index(schedule: ScheduleData, *, data_date: datetime | None = None) -> ScheduleIndex:
    """Index ``schedule``; ``data_date`` overrides every project's data date."""
    activities = tuple(a for a in schedule.activities if a.type != "wbs_summary")
    by_id = {a.id: a for a in activities}
    internal: list[RelationshipRecord] = []
    preds: dict[str, list[RelationshipRecord]] = {}
    succs: dict[str, list[RelationshipRecord]] = {}
    with_predecessor: set[str] = set()
    with_successor: set[str] = set()
    for rel in schedule.relationships:
        with_predecessor.add(rel.successor_id)
        with_successor.add(rel.predecessor_id)
        if rel.is_external or rel.predecessor_id not in by_id or rel.successor_id not in by_id:
            continue
        internal.append(rel)
        preds.setdefault(rel.successor_id, []).append(rel)
        succs.setdefault(rel.predecessor_id, []).append(rel)
    effective: datetime | None = data_date
    project_dates: dict[str, datetime] = {}
    for project in schedule.projects:
        project_date = data_date or project.data_date
        if project_date is not None:
            project_dates[project.id] = project_date
    if effective is None:
        effective = schedule.data_date
    return ScheduleIndex(
        activities=activities,
        by_id=by_id,
        relationship_count=len(schedule.relationships),
        internal=tuple(internal),
        preds={k: tuple(v) for k, v in preds.items()},
        succs={k: tuple(v) for k, v in succs.items()},
        with_predecessor=frozenset(with_predecessor),
        with_successor=frozenset(with_successor),
        assigned=frozenset(a.activity_id for a in schedule.assignments),
        resource_count=len(schedule.resources),
        data_date=effective,
        project_data_dates=project_dates,
        calendar_hours={
            c.id: c.hours_per_day
            for c in schedule.calendars
            if c.hours_per_day is not None and c.hours_per_day > 0
        },
    )
