"""Critical path checks (category ``critical_path``, 15 %).

A credible critical path is the schedule's main deliverable: CPLI says whether the
remaining path can absorb its float (negative float shrinks it below 1), and the path
test says whether the critical activities actually form a chain to the finish rather
than scattered islands of zero float.

"Critical" means incomplete with total float ≤ 0 h, or flagged critical by the
scheduling tool (which covers P6's longest-path criticality). The records carry no
driving flag, so any relationship between two critical activities counts as part of
the path.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from kazinex_planner.quality_checks._context import (
    CheckContext,
    Measure,
    Measurement,
    NotApplicable,
    percent,
)
from kazinex_planner.quality_checks._index import ScheduleIndex, is_incomplete
from kazinex_planner.quality_checks._model import CheckDefinition
from kazinex_planner.quality_checks._worktime import working_hours_between

if TYPE_CHECKING:
    from kazinex_planner.schedule_files._records import ActivityRecord


def is_critical(activity: ActivityRecord) -> bool:
    """Incomplete and either zero/negative float or flagged critical by the tool."""
    if not is_incomplete(activity):
        return False
    tf = activity.total_float_hours
    return (tf is not None and tf <= 0) or activity.is_critical


def _path_start(index: ScheduleIndex) -> datetime | None:
    """Where the remaining path starts: the data date, else the earliest start."""
    if index.data_date is not None:
        return index.data_date
    starts = [s for a in index.activities if (s := a.early_start or a.planned_start) is not None]
    return min(starts, default=None)


def critical_path_length(ctx: CheckContext) -> Measurement | NotApplicable:
    """Critical Path Length Index: (CP length + CP total float) / CP length.

    CP length is the working time from the data date (or the earliest start) to the
    latest early finish on the critical path, converted with the finishing activity's
    calendar (see ``_worktime``); CP total float is the lowest total float on the path.
    When nothing is critical, the lowest-float activities stand in for the path, since
    that is what drives the finish.
    """
    index = ctx.index
    with_float = [
        a for a in index.activities if is_incomplete(a) and a.total_float_hours is not None
    ]
    if not with_float:
        return NotApplicable("no incomplete activity carries total float")
    critical = [a for a in with_float if is_critical(a)]
    lowest = min(a.total_float_hours or 0.0 for a in with_float)
    path = critical or [a for a in with_float if a.total_float_hours == lowest]
    path_float = min(a.total_float_hours or 0.0 for a in path)
    dated = [a for a in path if a.early_finish is not None]
    if not dated:
        return NotApplicable("no critical activity has an early finish date")
    last = max(dated, key=lambda a: (a.early_finish or datetime.min, a.id))
    start = _path_start(index)
    if start is None or last.early_finish is None:
        return NotApplicable("no data date or early start to measure the critical path from")
    length = working_hours_between(start, last.early_finish, index.hours_per_day_for(last))
    if length <= 0:
        return NotApplicable("the critical path has no remaining length after its start")
    cpli = (length + path_float) / length
    share = percent(len(critical), len(with_float))
    return Measurement(
        value=cpli,
        population=len(path),
        affected=[a.id for a in path if (a.total_float_hours or 0.0) < 0],
        description=(
            f"CPLI {cpli:.3f}: critical path {length:.0f} h, total float {path_float:g} h; "
            f"{share:.1f} % of incomplete activities with float are critical (5–10 % is typical)"
        ),
    )


def _finish_key(activity: ActivityRecord) -> tuple[bool, datetime, bool, str]:
    finish = activity.early_finish or activity.late_finish or activity.planned_finish
    return (
        finish is not None,
        finish or datetime.min,
        activity.type == "finish_milestone",
        activity.id,
    )


def critical_path_test(ctx: CheckContext) -> Measurement | NotApplicable:
    """Critical activities not on a continuous chain into the project's critical finish.

    Per project, the critical activity finishing last is the path's end; walking
    predecessor links between critical activities backwards from it finds the chain.
    Every other critical activity is a break in the critical path.
    """
    index = ctx.index
    critical = [a for a in index.activities if is_critical(a)]
    if len(critical) < 2:
        return NotApplicable("fewer than two critical activities")
    critical_ids = {a.id for a in critical}
    finishes: dict[str, ActivityRecord] = {}
    for a in critical:
        current = finishes.get(a.project_id)
        if current is None or _finish_key(a) > _finish_key(current):
            finishes[a.project_id] = a
    on_chain = {a.id for a in finishes.values()}
    stack = list(on_chain)
    while stack:
        for rel in index.predecessors(stack.pop()):
            pred = rel.predecessor_id
            if pred in critical_ids and pred not in on_chain:
                on_chain.add(pred)
                stack.append(pred)
    off_chain = [a.id for a in critical if a.id not in on_chain]
    return Measurement(
        value=len(off_chain),
        population=len(critical),
        affected=off_chain,
        description=(
            f"{len(off_chain)} of {len(critical)} critical activities are not on a "
            "continuous critical chain to the finish"
        ),
    )


REGISTERED: tuple[tuple[CheckDefinition, Measure], ...] = (
    (
        CheckDefinition(
            id="critical-path-length",
            name="Critical Path Length Index (CPLI)",
            category="critical_path",
            severity="major",
            threshold=0.95,
            weight=4.0,
            unit="ratio",
            rule="min_ratio",
            description=(
                "(critical path length + total float on it) / critical path length; "
                "warning from 0.90, failure below."
            ),
            warning_band=0.05,
        ),
        critical_path_length,
    ),
    (
        CheckDefinition(
            id="critical-path-test",
            name="Critical Path Test",
            category="critical_path",
            severity="info",
            threshold=0.0,
            weight=3.0,
            unit="count",
            rule="max_count",
            description="Critical activities not on a continuous critical chain to the finish.",
        ),
        critical_path_test,
    ),
)
