"""Resource checks (category ``resources``, 10 %).

A resource-loaded schedule is only as good as its coverage: work without assignments is
invisible to cost and capacity planning. Files that carry no resources at all are a
deliberate choice (a logic-only schedule) and are not judged.
"""

from __future__ import annotations

from kazinex_planner.quality_checks._context import (
    CheckContext,
    Measure,
    Measurement,
    NotApplicable,
    percent,
)
from kazinex_planner.quality_checks._index import is_milestone
from kazinex_planner.quality_checks._model import CheckDefinition


def missing_resources(ctx: CheckContext) -> Measurement | NotApplicable:
    """Share of work activities (not milestones, not LOE) without any assignment."""
    index = ctx.index
    if index.resource_count == 0:
        return NotApplicable("the schedule has no resources")
    population = [
        a for a in index.activities if not is_milestone(a) and a.type != "level_of_effort"
    ]
    if not population:
        return NotApplicable("the schedule has no work activities (only milestones or LOE)")
    bad = [a.id for a in population if a.id not in index.assigned]
    return Measurement(
        value=percent(len(bad), len(population)),
        population=len(population),
        affected=bad,
        description=f"{len(bad)} of {len(population)} work activities have no resource",
    )


REGISTERED: tuple[tuple[CheckDefinition, Measure], ...] = (
    (
        CheckDefinition(
            id="missing-resources",
            name="Missing Resources",
            category="resources",
            severity="minor",
            threshold=5.0,
            weight=3.0,
            unit="%",
            rule="max_percent",
            description=(
                "Share of activities (milestones and LOE exempt) without a resource "
                "assignment (DCMA 10)."
            ),
        ),
        missing_resources,
    ),
)
