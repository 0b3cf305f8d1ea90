"""Reader records (file vocabulary) → stored API records for one schedule revision.

Files record local times without a zone; the API speaks UTC, so naive values are taken
as UTC (documented behaviour of the emulator). Fields a file may lack get the spec's
defaults, and values the spec forbids (a percentage above 100, negative units) are
clamped, because a response that violates the contract is worse than a tidied value.
Ids are derived from the revision and the file's own ids, so they are stable.
"""

from __future__ import annotations

from datetime import UTC, datetime

import attrs

from kazinex_planner.schedule_files import ActivityRecord, ScheduleData, WbsRecord

from ._ids import stable_id
from ._records import Activity, ActivityLink, Assignment, Resource

__all__ = ["Revision", "activity_id", "build_revision", "resource_id", "to_utc"]

_UNCONSTRAINED = frozenset({"as_soon_as_possible", "as_late_as_possible"})


@attrs.frozen(kw_only=True)
class Revision:
    """Everything a processed revision adds to the store."""

    activities: dict[str, Activity]
    resources: dict[str, Resource]
    assignments: dict[str, Assignment]
    relationship_count: int
    data_date: datetime | None


def to_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def activity_id(schedule_id: str, source_id: str) -> str:
    return stable_id("act", schedule_id, source_id)


def resource_id(project_id: str, code: str) -> str:
    """Stable across the project's revisions: resources are matched by code."""
    return stable_id("rsrc", project_id, code)


def _wbs_paths(wbs: tuple[WbsRecord, ...]) -> dict[str, str]:
    """Each WBS node's dotted code path from its root (the project node included)."""
    by_id = {w.id: w for w in wbs}
    paths: dict[str, str] = {}

    def path(node: WbsRecord) -> str:
        known = paths.get(node.id)
        if known is not None:
            return known
        chain: list[WbsRecord] = []
        seen: set[str] = set()
        current: WbsRecord | None = node
        while current is not None and current.id not in seen and current.id not in paths:
            seen.add(current.id)
            chain.append(current)
            current = by_id.get(current.parent_id) if current.parent_id else None
        prefix = paths[current.id] if current is not None and current.id in paths else ""
        for item in reversed(chain):
            prefix = f"{prefix}.{item.code}" if prefix else item.code
            paths[item.id] = prefix
        return paths[node.id]

    for node in wbs:
        path(node)
    return paths


def _first(*values: datetime | None) -> datetime | None:
    return next((v for v in values if v is not None), None)


def _hours(value: float | None) -> float:
    return max(0.0, float(value)) if value is not None else 0.0


def _activity(
    rec: ActivityRecord,
    *,
    project_id: str,
    schedule_id: str,
    wbs_codes: dict[str, str],
    wbs_names: dict[str, str],
    calendars: dict[str, str],
    fallback_start: datetime,
    now: datetime,
) -> Activity:
    completed = rec.status == "completed"
    planned_start = to_utc(
        _first(rec.planned_start, rec.early_start, rec.actual_start, rec.late_start)
    )
    planned_start = planned_start or fallback_start
    planned_finish = to_utc(
        _first(rec.planned_finish, rec.early_finish, rec.actual_finish, rec.late_finish)
    )
    original = _hours(rec.original_duration_hours)
    if rec.remaining_duration_hours is not None:
        remaining = _hours(rec.remaining_duration_hours)
    else:
        remaining = 0.0 if completed else original
    percent = rec.percent_complete
    if percent is None:
        percent = 100.0 if completed else 0.0
    constraint = rec.constraint_type or "as_soon_as_possible"
    return Activity(
        id=activity_id(schedule_id, rec.id),
        project_id=project_id,
        schedule_id=schedule_id,
        source_id=rec.id,
        code=rec.code,
        name=rec.name,
        type=rec.type,
        status=rec.status,
        wbs_code=wbs_codes.get(rec.wbs_id) if rec.wbs_id else None,
        wbs_name=wbs_names.get(rec.wbs_id) if rec.wbs_id else None,
        calendar_name=calendars.get(rec.calendar_id) if rec.calendar_id else None,
        original_duration_hours=original,
        remaining_duration_hours=remaining,
        planned_start=planned_start,
        planned_finish=max(planned_finish or planned_start, planned_start),
        actual_start=to_utc(rec.actual_start),
        actual_finish=to_utc(rec.actual_finish),
        early_start=None if completed else to_utc(rec.early_start),
        early_finish=None if completed else to_utc(rec.early_finish),
        late_start=None if completed else to_utc(rec.late_start),
        late_finish=None if completed else to_utc(rec.late_finish),
        total_float_hours=None if completed else rec.total_float_hours,
        free_float_hours=None if completed else rec.free_float_hours,
        percent_complete=min(100.0, max(0.0, float(percent))),
        percent_complete_type=rec.percent_complete_type or "duration",
        duration_type=rec.duration_type or "fixed_duration_and_units",
        constraint_type=constraint,
        constraint_date=None if constraint in _UNCONSTRAINED else to_utc(rec.constraint_date),
        is_critical=rec.is_critical,
        notes=rec.notes,
        updated_at=now,
    )


def build_revision(
    data: ScheduleData, *, project_id: str, schedule_id: str, now: datetime
) -> Revision:
    """Map a whole file. Pure and CPU-bound, so callers run it in a worker thread."""
    wbs_codes = _wbs_paths(data.wbs)
    wbs_names = {w.id: w.name for w in data.wbs}
    calendars = {c.id: c.name for c in data.calendars}
    data_date = to_utc(data.data_date)
    project_start = to_utc(_first(*(p.planned_start for p in data.projects)))
    fallback_start = project_start or data_date or now
    activities: dict[str, Activity] = {}
    by_source: dict[str, Activity] = {}
    for rec in data.activities:
        act = _activity(
            rec,
            project_id=project_id,
            schedule_id=schedule_id,
            wbs_codes=wbs_codes,
            wbs_names=wbs_names,
            calendars=calendars,
            fallback_start=fallback_start,
            now=now,
        )
        activities[act.id] = act
        by_source[rec.id] = act
    for rel in data.relationships:
        pred = by_source.get(rel.predecessor_id)
        succ = by_source.get(rel.successor_id)
        external = rel.is_external or pred is None or succ is None
        if succ is not None:
            succ.predecessors.append(
                ActivityLink(
                    activity_id=pred.id if pred else activity_id(schedule_id, rel.predecessor_id),
                    code=pred.code if pred else rel.predecessor_id,
                    type=rel.type,
                    lag_hours=rel.lag_hours,
                    is_external=external,
                )
            )
        if pred is not None:
            pred.successors.append(
                ActivityLink(
                    activity_id=succ.id if succ else activity_id(schedule_id, rel.successor_id),
                    code=succ.code if succ else rel.successor_id,
                    type=rel.type,
                    lag_hours=rel.lag_hours,
                    is_external=external,
                )
            )
    resources: dict[str, Resource] = {}
    resource_by_source: dict[str, str] = {}
    for res in data.resources:
        rid = resource_id(project_id, res.code)
        resource_by_source[res.id] = rid
        resources[rid] = Resource(
            id=rid,
            code=res.code,
            name=res.name,
            type=res.type,
            unit_of_measure=res.unit_of_measure,
            max_units_per_hour=_non_negative(res.max_units_per_hour),
            cost_per_unit=_non_negative(res.cost_per_unit),
        )
    assignments: dict[str, Assignment] = {}
    for asg in data.assignments:
        owner = by_source.get(asg.activity_id)
        rsrc = resource_by_source.get(asg.resource_id)
        if owner is None or rsrc is None:
            continue  # the file links to something it does not define
        start = to_utc(asg.start) or owner.planned_start
        finish = to_utc(asg.finish) or owner.planned_finish
        aid = stable_id("asg", schedule_id, asg.id)
        assignments[aid] = Assignment(
            id=aid,
            schedule_id=schedule_id,
            activity_id=owner.id,
            resource_id=rsrc,
            budgeted_units=_hours(asg.budgeted_units),
            actual_units=_hours(asg.actual_units),
            remaining_units=_hours(asg.remaining_units),
            budgeted_cost=asg.budgeted_cost,
            actual_cost=asg.actual_cost,
            start=start,
            finish=max(finish, start),
        )
    return Revision(
        activities=activities,
        resources=resources,
        assignments=assignments,
        relationship_count=len(data.relationships),
        data_date=data_date,
    )


def _non_negative(value: float | None) -> float | None:
    return None if value is None or value < 0 else float(value)
