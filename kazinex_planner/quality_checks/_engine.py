"""Running every enabled check over a schedule and aggregating the scores.

Aggregation uses the published (one-decimal) check and category scores, so anyone can
recompute a category or overall score from the report itself and get the same number.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kazinex_planner.quality_checks._config import QualityConfig
from kazinex_planner.quality_checks._context import CheckContext, Measurement
from kazinex_planner.quality_checks._index import build_index
from kazinex_planner.quality_checks._model import (
    CategoryDefinition,
    CategoryResult,
    CheckDefinition,
    CheckResult,
    QualityReport,
)
from kazinex_planner.quality_checks._registry import CATEGORIES, CHECKS, MEASURES
from kazinex_planner.quality_checks._scoring import grade_for, judge, round_score, weighted_mean

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kazinex_planner.schedule_files._records import ScheduleData


def evaluate(
    schedule: ScheduleData,
    *,
    config: QualityConfig | None = None,
    data_date: datetime | None = None,
    evaluated_at: datetime | None = None,
) -> QualityReport:
    """Assess ``schedule`` and return its quality report.

    ``data_date`` overrides the file's data date (every project's); ``evaluated_at``
    stamps the report (default: now, UTC) and exists so callers and tests can make
    reports reproducible. Disabled checks are left out of the report entirely.
    """
    config = config or QualityConfig()
    index = build_index(schedule, data_date=data_date)
    results: list[CheckResult] = []
    for check in CHECKS:
        if not config.is_enabled(check.id):
            continue
        ctx = CheckContext(
            index=index,
            threshold=config.threshold(check),
            high_float_hours=config.high_float_hours,
            high_duration_hours=config.high_duration_hours,
            allowed_activity_types=config.allowed_activity_types,
        )
        results.append(_check_result(check, ctx, config.weight(check)))
    categories = tuple(
        category_result(category, config.category_weight(category.id), results)
        for category in CATEGORIES
    )
    score = overall_score(categories)
    return QualityReport(
        score=score,
        grade=None if score is None else grade_for(score),
        categories=categories,
        checks=tuple(results),
        activity_count=len(index.activities),
        relationship_count=index.relationship_count,
        data_date=index.data_date,
        evaluated_at=evaluated_at or datetime.now(UTC),
    )


def _check_result(check: CheckDefinition, ctx: CheckContext, weight: float) -> CheckResult:
    measured = MEASURES[check.id](ctx)
    if not isinstance(measured, Measurement):
        return CheckResult(
            id=check.id,
            name=check.name,
            category=check.category,
            severity=check.severity,
            verdict="not_applicable",
            score=None,
            weight=weight,
            value=None,
            threshold=ctx.threshold,
            unit=check.unit,
            affected_count=0,
            affected_activity_ids=(),
            description=f"Not applicable: {measured.reason}",
        )
    verdict, score = judge(
        check.rule,
        measured.value,
        ctx.threshold,
        measured.population,
        band=check.warning_band,
        ideal_max=check.ideal_max,
    )
    return CheckResult(
        id=check.id,
        name=check.name,
        category=check.category,
        severity=check.severity,
        verdict=verdict,
        score=round_score(score),
        weight=weight,
        value=measured.value,
        threshold=ctx.threshold,
        unit=check.unit,
        affected_count=len(measured.affected),
        affected_activity_ids=measured.affected,
        description=measured.description,
    )


def category_result(
    category: CategoryDefinition, weight: float, results: Iterable[CheckResult]
) -> CategoryResult:
    """Weighted mean of the category's applicable check scores, with verdict counts."""
    mine = [r for r in results if r.category == category.id]
    score = weighted_mean((r.score, r.weight) for r in mine if r.score is not None)
    return CategoryResult(
        id=category.id,
        name=category.name,
        weight=weight,
        score=None if score is None else round_score(score),
        passed=sum(r.verdict == "pass" for r in mine),
        warnings=sum(r.verdict == "warning" for r in mine),
        failed=sum(r.verdict == "fail" for r in mine),
        not_applicable=sum(r.verdict == "not_applicable" for r in mine),
    )


def overall_score(categories: Iterable[CategoryResult]) -> float | None:
    """Weighted mean over the categories that had at least one applicable check.

    Dividing by the weights of those categories only is the normalisation: default
    weights sum to 83.5 and a schedule without resources simply has no Resources
    category in the average.
    """
    score = weighted_mean((c.score, c.weight) for c in categories if c.score is not None)
    return None if score is None else round_score(score)
