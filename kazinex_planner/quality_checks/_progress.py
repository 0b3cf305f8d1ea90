"""Progress checks (category ``progress``, 10 %).

Status updates are only trustworthy when percent complete agrees with the actual dates
and work was done in the order the logic says; otherwise the forecast rests on progress
that cannot have happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kazinex_planner.quality_checks._context import (
    CheckContext,
    Measure,
    Measurement,
    NotApplicable,
    link_ends,
)
from kazinex_planner.quality_checks._model import CheckDefinition
from kazinex_planner.quality_checks._worktime import elapsed_for_working_hours

if TYPE_CHECKING:
    from datetime import datetime

    from kazinex_planner.schedule_files._records import ActivityRecord, RelationshipRecord


def progress_problems(activity: ActivityRecord) -> list[str]:
    """Why ``activity``'s progress is invalid (empty when it is consistent)."""
    problems: list[str] = []
    pc = activity.percent_complete
    if pc is not None and not 0.0 <= pc <= 100.0:
        problems.append("percent complete outside 0–100")
    if pc == 100.0 and activity.actual_finish is None:
        problems.append("100 % complete without an actual finish")
    if pc is not None and pc < 100.0 and activity.actual_finish is not None:
        problems.append("actual finish with less than 100 % complete")
    if activity.status == "in_progress" and activity.actual_start is None:
        problems.append("in progress without an actual start")
    return problems


def invalid_progress(ctx: CheckContext) -> Measurement | NotApplicable:
    """Activities whose percent complete, status and actual dates disagree (DCMA 12)."""
    activities = ctx.index.activities
    if not activities:
        return NotApplicable("the schedule has no activities to assess")
    reasons: dict[str, int] = {}
    bad: list[str] = []
    for activity in activities:
        problems = progress_problems(activity)
        if problems:
            bad.append(activity.id)
            for problem in problems:
                reasons[problem] = reasons.get(problem, 0) + 1
    detail = "; ".join(f"{reason}: {n}" for reason, n in sorted(reasons.items()))
    return Measurement(
        value=len(bad),
        population=len(activities),
        affected=bad,
        description=f"{len(bad)} of {len(activities)} activities have invalid progress"
        + (f" ({detail})" if detail else ""),
    )


def _sequence_dates(
    rel: RelationshipRecord, pred: ActivityRecord, succ: ActivityRecord
) -> tuple[datetime | None, datetime | None]:
    """The (predecessor, successor) actual dates the link's type compares."""
    if rel.type == "FS":
        return pred.actual_finish, succ.actual_start
    if rel.type == "SS":
        return pred.actual_start, succ.actual_start
    if rel.type == "FF":
        return pred.actual_finish, succ.actual_finish
    return pred.actual_start, succ.actual_finish


def out_of_sequence_progress(ctx: CheckContext) -> Measurement | NotApplicable:
    """Links whose successor progressed before the lag-adjusted predecessor date.

    FS: successor started before predecessor finished; SS: started before predecessor
    started; FF: finished before predecessor finished; SF: finished before predecessor
    started. A link is judged once its successor has progressed (has the actual date the
    type compares): if the predecessor has not reached its side yet (no actual date) the
    successor ran out of sequence — the most common case in real updates; otherwise the
    dates are compared with the lag converted by the predecessor's calendar, as P6 does.
    """
    index = ctx.index
    tested = 0
    bad: list[RelationshipRecord] = []
    for rel in index.internal:
        pred = index.by_id[rel.predecessor_id]
        succ = index.by_id[rel.successor_id]
        pred_date, succ_date = _sequence_dates(rel, pred, succ)
        if succ_date is None:
            continue  # the successor has not progressed: nothing to judge yet
        tested += 1
        if pred_date is None:
            bad.append(rel)
            continue
        allowed = pred_date + elapsed_for_working_hours(
            rel.lag_hours, index.hours_per_day_for(pred)
        )
        if succ_date < allowed:
            bad.append(rel)
    if not tested:
        return NotApplicable("no successor has progressed yet")
    return Measurement(
        value=len(bad),
        population=tested,
        affected=link_ends(bad),
        description=f"{len(bad)} of {tested} progressed relationships were worked out of sequence",
    )


REGISTERED: tuple[tuple[CheckDefinition, Measure], ...] = (
    (
        CheckDefinition(
            id="invalid-progress",
            name="Invalid Progress",
            category="progress",
            severity="major",
            threshold=0.0,
            weight=4.0,
            unit="count",
            rule="max_count",
            description=(
                "Activities with percent complete outside 0–100, 100 % without an actual "
                "finish, an actual finish below 100 %, or in progress without an actual start."
            ),
        ),
        invalid_progress,
    ),
    (
        CheckDefinition(
            id="out-of-sequence-progress",
            name="Out-of-Sequence Progress",
            category="progress",
            severity="major",
            threshold=0.0,
            weight=4.0,
            unit="count",
            rule="max_count",
            description="Relationships whose successor progressed before the logic allowed.",
        ),
        out_of_sequence_progress,
    ),
)
