"""The ordered catalogue of categories and checks.

Order matters: reports list categories and checks in this order, which follows the
product's documentation (Logic first, Configuration last), so every client shows the
same sequence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kazinex_planner.quality_checks import (
    _best_practice,
    _configuration,
    _constraints,
    _critical_path,
    _duration,
    _logic,
    _progress,
    _resources,
)
from kazinex_planner.quality_checks._model import CategoryDefinition, CheckDefinition

if TYPE_CHECKING:
    from collections.abc import Mapping

    from kazinex_planner.quality_checks._context import Measure

#: Category ids, names and default weights (percent of the overall score). They sum to
#: 83.5, not 100: the overall score divides by the weights actually present.
CATEGORIES: tuple[CategoryDefinition, ...] = (
    CategoryDefinition(id="logic", name="Logic & Relationships", weight=20.0),
    CategoryDefinition(id="duration", name="Durations", weight=15.0),
    CategoryDefinition(id="critical_path", name="Critical Path", weight=15.0),
    CategoryDefinition(id="constraints", name="Constraints", weight=10.0),
    CategoryDefinition(id="resources", name="Resources", weight=10.0),
    CategoryDefinition(id="progress", name="Progress", weight=10.0),
    CategoryDefinition(id="best_practice", name="Best Practices", weight=2.5),
    CategoryDefinition(id="configuration", name="Configuration", weight=1.0),
)

_REGISTERED: tuple[tuple[CheckDefinition, Measure], ...] = (
    *_logic.REGISTERED,
    *_duration.REGISTERED,
    *_critical_path.REGISTERED,
    *_constraints.REGISTERED,
    *_resources.REGISTERED,
    *_progress.REGISTERED,
    *_best_practice.REGISTERED,
    *_configuration.REGISTERED,
)

#: Every check, in report order.
CHECKS: tuple[CheckDefinition, ...] = tuple(d for d, _ in _REGISTERED)
#: The measuring function of each check, by id.
MEASURES: Mapping[str, Measure] = {d.id: m for d, m in _REGISTERED}
