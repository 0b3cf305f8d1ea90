"""Duration checks (category ``duration``, 15 %).

Durations and dates are what progress is measured against: over-long activities cannot
be statused meaningfully, zero-length tasks and long milestones mean the activity type
is wrong, and dates on the wrong side of the data date make the forecast impossible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kazinex_planner.quality_checks._context import (
    CheckContext,
    Measure,
    Measurement,
    NotApplicable,
    percent,
)
from kazinex_planner.quality_checks._index import is_incomplete, is_milestone
from kazinex_planner.quality_checks._model import CheckDefinition

if TYPE_CHECKING:
    from datetime import datetime

    from kazinex_planner.schedule_files._records import ActivityRecord

_TASK_TYPES = frozenset({"task", "resource_dependent"})


def high_duration(ctx: CheckContext) -> Measurement | NotApplicable:
    """Incomplete, non-milestone, non-LOE activities longer than the limit (DCMA 5).

    Milestones have no duration and LOE activities span whatever they support, so
    neither can be "too long".
    """
    population = [
        a
        for a in ctx.index.activities
        if is_incomplete(a)
        and not is_milestone(a)
        and a.type != "level_of_effort"
        and a.original_duration_hours is not None
    ]
    if not population:
        return NotApplicable("no incomplete task activity has an original duration")
    limit = ctx.high_duration_hours
    bad = [a.id for a in population if (a.original_duration_hours or 0.0) > limit]
    return Measurement(
        value=percent(len(bad), len(population)),
        population=len(population),
        affected=bad,
        description=(
            f"{len(bad)} of {len(population)} incomplete activities have an original "
            f"duration above {limit:g} h"
        ),
    )


def zero_duration(ctx: CheckContext) -> Measurement | NotApplicable:
    """Task or resource-dependent activities with zero original duration."""
    population = [
        a
        for a in ctx.index.activities
        if a.type in _TASK_TYPES and a.original_duration_hours is not None
    ]
    if not population:
        return NotApplicable("no task activity has an original duration")
    bad = [a.id for a in population if a.original_duration_hours == 0]
    return Measurement(
        value=len(bad),
        population=len(population),
        affected=bad,
        description=f"{len(bad)} of {len(population)} task activities have zero duration",
    )


def milestone_duration(ctx: CheckContext) -> Measurement | NotApplicable:
    """Milestones carrying an original duration, which a milestone cannot have."""
    population = [
        a for a in ctx.index.activities if is_milestone(a) and a.original_duration_hours is not None
    ]
    if not population:
        return NotApplicable("the schedule has no milestones with a duration field")
    bad = [a.id for a in population if (a.original_duration_hours or 0.0) > 0]
    return Measurement(
        value=len(bad),
        population=len(population),
        affected=bad,
        description=f"{len(bad)} of {len(population)} milestones have a non-zero duration",
    )


def _has_invalid_dates(activity: ActivityRecord, data_date: datetime) -> bool:
    """Forecast dates in the past without actuals, or actual dates in the future."""
    if activity.actual_start is not None and activity.actual_start > data_date:
        return True
    if activity.actual_finish is not None and activity.actual_finish > data_date:
        return True
    if not is_incomplete(activity):
        return False
    if (
        activity.early_start is not None
        and activity.actual_start is None
        and activity.early_start < data_date
    ):
        return True
    return (
        activity.early_finish is not None
        and activity.actual_finish is None
        and activity.early_finish < data_date
    )


def invalid_dates(ctx: CheckContext) -> Measurement | NotApplicable:
    """Dates that contradict the data date (unstatused past work, actuals in the future)."""
    index = ctx.index
    if index.data_date is None and not index.project_data_dates:
        return NotApplicable("the schedule has no data date")
    population = 0
    bad: list[str] = []
    for activity in index.activities:
        data_date = index.data_date_for(activity)
        if data_date is None:
            continue
        population += 1
        if _has_invalid_dates(activity, data_date):
            bad.append(activity.id)
    if not population:
        return NotApplicable("no activity belongs to a project with a data date")
    return Measurement(
        value=len(bad),
        population=population,
        affected=bad,
        description=(
            f"{len(bad)} of {population} activities have forecast dates before the data "
            "date without actuals, or actual dates after it"
        ),
    )


def level_of_effort(ctx: CheckContext) -> Measurement | NotApplicable:
    """Share of level-of-effort activities: LOE carries no logic of its own."""
    activities = ctx.index.activities
    if not activities:
        return NotApplicable("the schedule has no activities to assess")
    bad = [a.id for a in activities if a.type == "level_of_effort"]
    return Measurement(
        value=percent(len(bad), len(activities)),
        population=len(activities),
        affected=bad,
        description=f"{len(bad)} of {len(activities)} activities are level of effort",
    )


REGISTERED: tuple[tuple[CheckDefinition, Measure], ...] = (
    (
        CheckDefinition(
            id="high-duration",
            name="High Duration",
            category="duration",
            severity="minor",
            threshold=5.0,
            weight=3.0,
            unit="%",
            rule="max_percent",
            description=(
                "Share of incomplete task activities with an original duration above "
                "44 working days (DCMA 5)."
            ),
        ),
        high_duration,
    ),
    (
        CheckDefinition(
            id="zero-duration",
            name="Zero Duration",
            category="duration",
            severity="major",
            threshold=0.0,
            weight=3.0,
            unit="count",
            rule="max_count",
            description="Task or resource-dependent activities with zero original duration.",
        ),
        zero_duration,
    ),
    (
        CheckDefinition(
            id="milestone-duration",
            name="Milestone Duration",
            category="duration",
            severity="major",
            threshold=0.0,
            weight=2.0,
            unit="count",
            rule="max_count",
            description="Milestones with an original duration above zero.",
        ),
        milestone_duration,
    ),
    (
        CheckDefinition(
            id="invalid-dates",
            name="Invalid Dates",
            category="duration",
            severity="major",
            threshold=0.0,
            weight=4.0,
            unit="count",
            rule="max_count",
            description=(
                "Incomplete activities forecast before the data date without actuals, or "
                "actual dates after the data date."
            ),
        ),
        invalid_dates,
    ),
    (
        CheckDefinition(
            id="level-of-effort",
            name="Level of Effort",
            category="duration",
            severity="info",
            threshold=10.0,
            weight=1.0,
            unit="%",
            rule="max_percent",
            description="Share of level-of-effort activities.",
        ),
        level_of_effort,
    ),
)
