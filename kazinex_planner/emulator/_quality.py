"""The quality engine's report → the stored quality result of one revision.

The engine speaks in file ids and its own unit labels; the API speaks in ``act_`` ids
and the ``CheckUnit`` enum. This is the whole translation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from kazinex_planner.quality_checks import QualityReport

from ._records import CategoryRow, CheckRow, QualityResult

__all__ = ["UNIT_MAP", "quality_result"]

#: Engine unit → API ``CheckUnit``.
UNIT_MAP: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "count": "count",
    "hours": "hours",
    "ratio": "ratio",
    "relationships/activity": "ratio",
}


def quality_result(
    report: QualityReport,
    *,
    project_id: str,
    schedule_id: str,
    act_id: Callable[[str], str],
    completed_at: datetime,
) -> QualityResult:
    """A ``complete`` result; ``act_id`` maps a file activity id to its API id."""
    categories = [
        CategoryRow(
            id=c.id,
            name=c.name,
            weight=c.weight,
            score=c.score,
            passed=c.passed,
            warnings=c.warnings,
            failed=c.failed,
            not_applicable=c.not_applicable,
        )
        for c in report.categories
    ]
    checks = [
        CheckRow(
            id=c.id,
            name=c.name,
            category=c.category,
            severity=c.severity,
            verdict=c.verdict,
            score=c.score,
            weight=c.weight,
            value=c.value,
            threshold=c.threshold,
            unit=UNIT_MAP.get(c.unit, "count"),
            affected_count=len(c.affected_activity_ids),
            affected_activity_ids=[act_id(a) for a in c.affected_activity_ids],
            description=c.description,
        )
        for c in report.checks
    ]
    return QualityResult(
        project_id=project_id,
        schedule_id=schedule_id,
        status="complete",
        score=report.score,
        grade=report.grade,
        categories=categories,
        checks=checks,
        completed_at=completed_at,
    )
