"""Schedule quality engine: DCMA-style checks, scores and grades, with no I/O.

``evaluate`` runs every enabled check over a :class:`ScheduleData` and returns a frozen
:class:`QualityReport`. The engine never touches files, sockets or the event loop, so
the embedded API emulator, the CLI and tests can all call it directly. ``CHECKS`` and
``CATEGORIES`` describe what is assessed (ids, thresholds, weights, severities) so
clients can explain a report without hard-coding the catalogue.
"""

from __future__ import annotations

from kazinex_planner.quality_checks._config import (
    DEFAULT_ALLOWED_ACTIVITY_TYPES,
    CheckOverride,
    QualityConfig,
)
from kazinex_planner.quality_checks._engine import category_result, evaluate, overall_score
from kazinex_planner.quality_checks._format import format_report_table
from kazinex_planner.quality_checks._model import (
    CategoryDefinition,
    CategoryId,
    CategoryResult,
    CheckDefinition,
    CheckResult,
    Grade,
    QualityReport,
    ScoringRule,
    Severity,
    Unit,
    Verdict,
)
from kazinex_planner.quality_checks._registry import CATEGORIES, CHECKS
from kazinex_planner.quality_checks._scoring import grade_for, judge, weighted_mean

__all__ = [
    "CATEGORIES",
    "CHECKS",
    "DEFAULT_ALLOWED_ACTIVITY_TYPES",
    "CategoryDefinition",
    "CategoryId",
    "CategoryResult",
    "CheckDefinition",
    "CheckOverride",
    "CheckResult",
    "Grade",
    "QualityConfig",
    "QualityReport",
    "ScoringRule",
    "Severity",
    "Unit",
    "Verdict",
    "category_result",
    "evaluate",
    "format_report_table",
    "grade_for",
    "judge",
    "overall_score",
    "weighted_mean",
]
