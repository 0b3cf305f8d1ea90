"""Constraint checks (category ``constraints``, 10 %).

Constraints and loose ends are the two ways a schedule stops being driven by its logic:
a constrained date ignores its predecessors, and an activity without a predecessor or a
successor floats free of the network.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from kazinex_planner.quality_checks._context import (
    CheckContext,
    Measure,
    Measurement,
    NotApplicable,
    link_ends,
    percent,
)
from kazinex_planner.quality_checks._model import CheckDefinition

if TYPE_CHECKING:
    from kazinex_planner.schedule_files._records import ActivityRecord

_NO_ACTIVITIES = NotApplicable("the schedule has no activities to assess")


def constraint_percent(ctx: CheckContext) -> Measurement | NotApplicable:
    """Share of activities with any constraint other than As Soon As Possible."""
    activities = ctx.index.activities
    if not activities:
        return _NO_ACTIVITIES
    bad = [
        a.id
        for a in activities
        if a.constraint_type is not None and a.constraint_type != "as_soon_as_possible"
    ]
    return Measurement(
        value=percent(len(bad), len(activities)),
        population=len(activities),
        affected=bad,
        description=f"{len(bad)} of {len(activities)} activities carry a date constraint",
    )


def dangling_activities(ctx: CheckContext) -> Measurement | NotApplicable:
    """Activities with neither predecessors nor successors (isolated from the network)."""
    index = ctx.index
    if not index.activities:
        return _NO_ACTIVITIES
    bad = [
        a.id
        for a in index.activities
        if a.id not in index.with_predecessor and a.id not in index.with_successor
    ]
    return Measurement(
        value=len(bad),
        population=len(index.activities),
        affected=bad,
        description=(
            f"{len(bad)} of {len(index.activities)} activities have no predecessor and no successor"
        ),
    )


def _start_key(activity: ActivityRecord) -> tuple[bool, datetime, str]:
    start = activity.actual_start or activity.early_start or activity.planned_start
    return (start is None, start or datetime.min, activity.id)


def _finish_key(activity: ActivityRecord) -> tuple[bool, datetime, str]:
    finish = activity.actual_finish or activity.early_finish or activity.planned_finish
    return (finish is not None, finish or datetime.min, activity.id)


def open_ended(ctx: CheckContext) -> Measurement | NotApplicable:
    """Activities missing a predecessor or a successor, except each project's ends.

    Per project, one start milestone may lack predecessors (the earliest one) and one
    finish milestone may lack successors (the latest one): that is how a network begins
    and ends. Everything else open-ended is counted.
    """
    index = ctx.index
    if not index.activities:
        return _NO_ACTIVITIES
    open_starts: dict[str, list[ActivityRecord]] = {}
    open_finishes: dict[str, list[ActivityRecord]] = {}
    for a in index.activities:
        if a.id not in index.with_predecessor and a.type == "start_milestone":
            open_starts.setdefault(a.project_id, []).append(a)
        if a.id not in index.with_successor and a.type == "finish_milestone":
            open_finishes.setdefault(a.project_id, []).append(a)
    excused_start = {min(group, key=_start_key).id for group in open_starts.values()}
    excused_finish = {max(group, key=_finish_key).id for group in open_finishes.values()}
    bad = [
        a.id
        for a in index.activities
        if (a.id not in index.with_predecessor and a.id not in excused_start)
        or (a.id not in index.with_successor and a.id not in excused_finish)
    ]
    return Measurement(
        value=len(bad),
        population=len(index.activities),
        affected=bad,
        description=(
            f"{len(bad)} of {len(index.activities)} activities are open-ended (the project "
            "start and finish milestones excepted)"
        ),
    )


def sf_relationships(ctx: CheckContext) -> Measurement | NotApplicable:
    """Start-to-finish links, which almost always model time backwards."""
    links = ctx.index.internal
    if not links:
        return NotApplicable("the schedule has no relationships between its own activities")
    bad = [r for r in links if r.type == "SF"]
    return Measurement(
        value=len(bad),
        population=len(links),
        affected=link_ends(bad),
        description=f"{len(bad)} of {len(links)} relationships are start-to-finish",
    )


REGISTERED: tuple[tuple[CheckDefinition, Measure], ...] = (
    (
        CheckDefinition(
            id="constraint-percent",
            name="Constraint Percentage",
            category="constraints",
            severity="major",
            threshold=5.0,
            weight=3.0,
            unit="%",
            rule="max_percent",
            description="Share of activities with any constraint other than ASAP (DCMA 6).",
        ),
        constraint_percent,
    ),
    (
        CheckDefinition(
            id="dangling-activities",
            name="Dangling Activities",
            category="constraints",
            severity="critical",
            threshold=0.0,
            weight=5.0,
            unit="count",
            rule="max_count",
            description="Activities with neither predecessors nor successors.",
        ),
        dangling_activities,
    ),
    (
        CheckDefinition(
            id="open-ended",
            name="Open Ended",
            category="constraints",
            severity="major",
            threshold=0.0,
            weight=4.0,
            unit="count",
            rule="max_count",
            description=(
                "Activities missing predecessors or successors, except one start and one "
                "finish milestone per project."
            ),
        ),
        open_ended,
    ),
    (
        CheckDefinition(
            id="sf-relationships",
            name="SF Relationships",
            category="constraints",
            severity="minor",
            threshold=0.0,
            weight=2.0,
            unit="count",
            rule="max_count",
            description="Start-to-finish relationships.",
        ),
        sf_relationships,
    ),
)
