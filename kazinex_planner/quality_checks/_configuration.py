"""Configuration checks (category ``configuration``, 1 %).

Organisations restrict which Primavera activity types planners may use (for example no
resource-dependent activities without resource planning). The allow-list comes from the
config; by default every type is allowed, so the check only bites once narrowed.
"""

from __future__ import annotations

from kazinex_planner.quality_checks._context import (
    CheckContext,
    Measure,
    Measurement,
    NotApplicable,
)
from kazinex_planner.quality_checks._model import CheckDefinition


def config_activity_type(ctx: CheckContext) -> Measurement | NotApplicable:
    """Activities whose type is not in the configured allow-list."""
    activities = ctx.index.activities
    if not activities:
        return NotApplicable("the schedule has no activities to assess")
    allowed = ctx.allowed_activity_types
    bad = [a.id for a in activities if a.type not in allowed]
    return Measurement(
        value=len(bad),
        population=len(activities),
        affected=bad,
        description=(
            f"{len(bad)} of {len(activities)} activities use a type outside the allow-list "
            f"({', '.join(sorted(allowed)) or 'empty'})"
        ),
    )


REGISTERED: tuple[tuple[CheckDefinition, Measure], ...] = (
    (
        CheckDefinition(
            id="config-activity-type",
            name="Activity Type Configuration",
            category="configuration",
            severity="major",
            threshold=0.0,
            weight=1.0,
            unit="count",
            rule="max_count",
            description="Activities whose activity type is not in the configured allow-list.",
        ),
        config_activity_type,
    ),
)
