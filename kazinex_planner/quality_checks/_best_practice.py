"""Best-practice checks (category ``best_practice``, 2.5 %).

Softer signals from APM and GAO guidance: how densely the network is linked, and
whether the baseline that progress is measured against is complete and coherent.
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
from kazinex_planner.quality_checks._model import CheckDefinition

if TYPE_CHECKING:
    from kazinex_planner.schedule_files._records import ActivityRecord

#: Top of the healthy logic-density range; denser networks usually carry redundant links.
LOGIC_DENSITY_IDEAL_MAX = 2.5


def logic_density(ctx: CheckContext) -> Measurement | NotApplicable:
    """Relationships per activity, counting links with both ends in the schedule.

    External links are left out because each is stored in both projects' files and
    would count twice across a programme. The value is a property of the whole network,
    so no activity is singled out.
    """
    index = ctx.index
    if not index.activities:
        return NotApplicable("the schedule has no activities to assess")
    density = len(index.internal) / len(index.activities)
    return Measurement(
        value=density,
        population=len(index.activities),
        affected=(),
        description=(
            f"{len(index.internal)} relationships for {len(index.activities)} activities "
            f"({density:.2f} per activity; {ctx.threshold:g}–{LOGIC_DENSITY_IDEAL_MAX:g} is "
            "healthy)"
        ),
    )


def _baseline_broken(activity: ActivityRecord) -> bool:
    """Missing baseline start/finish, or a baseline that finishes before it starts.

    A start milestone only needs a baseline start and a finish milestone a baseline
    finish, because tools may leave the other date empty for milestones.
    """
    start, finish = activity.baseline_start, activity.baseline_finish
    if start is None and activity.type != "finish_milestone":
        return True
    if finish is None and activity.type != "start_milestone":
        return True
    return start is not None and finish is not None and finish < start


def baseline_integrity(ctx: CheckContext) -> Measurement | NotApplicable:
    """Share of activities whose baseline dates are missing or reversed (GAO)."""
    activities = ctx.index.activities
    if not any(a.baseline_start or a.baseline_finish for a in activities):
        return NotApplicable("no activity has baseline dates")
    bad = [a.id for a in activities if _baseline_broken(a)]
    return Measurement(
        value=percent(len(bad), len(activities)),
        population=len(activities),
        affected=bad,
        description=(
            f"{len(bad)} of {len(activities)} activities have missing or reversed baseline dates"
        ),
    )


REGISTERED: tuple[tuple[CheckDefinition, Measure], ...] = (
    (
        CheckDefinition(
            id="logic-density",
            name="Logic Density",
            category="best_practice",
            severity="minor",
            threshold=1.5,
            weight=2.0,
            unit="relationships/activity",
            rule="min_ratio",
            description=(
                "Relationships per activity: at least 1.5 (warning from 1.0); above 2.5 is "
                "a warning for likely redundant logic."
            ),
            warning_band=0.5,
            ideal_max=LOGIC_DENSITY_IDEAL_MAX,
        ),
        logic_density,
    ),
    (
        CheckDefinition(
            id="baseline-integrity",
            name="Baseline Integrity",
            category="best_practice",
            severity="minor",
            threshold=0.0,
            weight=2.0,
            unit="%",
            rule="max_percent",
            description="Share of activities with missing or reversed baseline dates.",
        ),
        baseline_integrity,
    ),
)
