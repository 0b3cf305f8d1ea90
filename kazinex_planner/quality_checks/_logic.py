"""Logic & Relationships checks (category ``logic``, 20 % of the overall score).

Logic is what lets a schedule recalculate when reality changes: missing links, leads,
lags, non-FS links and hard constraints all weaken that, and float outliers (very high
or negative) are the visible symptom.
"""

from __future__ import annotations

from kazinex_planner.quality_checks._context import (
    CheckContext,
    Measure,
    Measurement,
    NotApplicable,
    link_ends,
    percent,
)
from kazinex_planner.quality_checks._index import is_incomplete
from kazinex_planner.quality_checks._model import CheckDefinition
from kazinex_planner.schedule_files._records import HARD_CONSTRAINTS

_NO_ACTIVITIES = NotApplicable("the schedule has no activities to assess")
_NO_LINKS = NotApplicable("the schedule has no relationships between its own activities")
_NO_FLOAT = NotApplicable("no incomplete activity carries total float")


def missing_logic(ctx: CheckContext) -> Measurement | NotApplicable:
    """Activities lacking a predecessor or a successor (DCMA point 1).

    The project's start and finish milestones are counted too; the 5 % threshold is what
    tolerates them.
    """
    index = ctx.index
    if not index.activities:
        return _NO_ACTIVITIES
    missing = [
        a.id
        for a in index.activities
        if a.id not in index.with_predecessor or a.id not in index.with_successor
    ]
    total = len(index.activities)
    return Measurement(
        value=percent(len(missing), total),
        population=total,
        affected=missing,
        description=f"{len(missing)} of {total} activities lack a predecessor or a successor",
    )


def leads(ctx: CheckContext) -> Measurement | NotApplicable:
    """Relationships with negative lag: a lead schedules work before its driver allows."""
    return _negative_lags(ctx, "leads (negative lag)")


def negative_lag(ctx: CheckContext) -> Measurement | NotApplicable:
    """Negative lags again, under the product's separate check.

    The product lists ``leads`` and ``negative-lag`` as two checks although both are
    defined as negative lag on a link; both are kept so reports match the product, and
    their weights are set knowing the same defect is counted twice.
    """
    return _negative_lags(ctx, "relationships with negative lag")


def _negative_lags(ctx: CheckContext, label: str) -> Measurement | NotApplicable:
    links = ctx.index.internal
    if not links:
        return _NO_LINKS
    bad = [r for r in links if r.lag_hours < 0]
    return Measurement(
        value=len(bad),
        population=len(links),
        affected=link_ends(bad),
        description=f"{len(bad)} of {len(links)} relationships are {label}",
    )


def lags(ctx: CheckContext) -> Measurement | NotApplicable:
    """Share of relationships with positive lag; lags hide work that should be activities."""
    links = ctx.index.internal
    if not links:
        return _NO_LINKS
    bad = [r for r in links if r.lag_hours > 0]
    return Measurement(
        value=percent(len(bad), len(links)),
        population=len(links),
        affected=link_ends(bad),
        description=f"{len(bad)} of {len(links)} relationships carry a positive lag",
    )


def fs_relationships(ctx: CheckContext) -> Measurement | NotApplicable:
    """Share of finish-to-start links; affected are the ends of the other link types."""
    links = ctx.index.internal
    if not links:
        return _NO_LINKS
    others = [r for r in links if r.type != "FS"]
    fs = len(links) - len(others)
    return Measurement(
        value=percent(fs, len(links)),
        population=len(links),
        affected=link_ends(others),
        description=f"{fs} of {len(links)} relationships are finish-to-start",
    )


def hard_constraints(ctx: CheckContext) -> Measurement | NotApplicable:
    """Activities with a constraint that overrides the CPM calculation."""
    index = ctx.index
    if not index.activities:
        return _NO_ACTIVITIES
    bad = [a.id for a in index.activities if a.constraint_type in HARD_CONSTRAINTS]
    total = len(index.activities)
    return Measurement(
        value=percent(len(bad), total),
        population=total,
        affected=bad,
        description=f"{len(bad)} of {total} activities have a hard constraint",
    )


def high_float(ctx: CheckContext) -> Measurement | NotApplicable:
    """Incomplete activities whose total float exceeds the limit (default 44 days × 8 h)."""
    population = [
        a for a in ctx.index.activities if is_incomplete(a) and a.total_float_hours is not None
    ]
    if not population:
        return _NO_FLOAT
    limit = ctx.high_float_hours
    bad = [a.id for a in population if (a.total_float_hours or 0.0) > limit]
    return Measurement(
        value=percent(len(bad), len(population)),
        population=len(population),
        affected=bad,
        description=(
            f"{len(bad)} of {len(population)} incomplete activities have total float "
            f"above {limit:g} h"
        ),
    )


def negative_float(ctx: CheckContext) -> Measurement | NotApplicable:
    """Incomplete activities with negative total float: the schedule misses a date."""
    population = [
        a for a in ctx.index.activities if is_incomplete(a) and a.total_float_hours is not None
    ]
    if not population:
        return _NO_FLOAT
    bad = [a.id for a in population if (a.total_float_hours or 0.0) < 0]
    return Measurement(
        value=len(bad),
        population=len(population),
        affected=bad,
        description=(
            f"{len(bad)} of {len(population)} incomplete activities have negative total float"
        ),
    )


REGISTERED: tuple[tuple[CheckDefinition, Measure], ...] = (
    (
        CheckDefinition(
            id="missing-logic",
            name="Missing Logic",
            category="logic",
            severity="major",
            threshold=5.0,
            weight=5.0,
            unit="%",
            rule="max_percent",
            description="Share of activities without a predecessor or a successor (DCMA 1).",
        ),
        missing_logic,
    ),
    (
        CheckDefinition(
            id="leads",
            name="Leads",
            category="logic",
            severity="minor",
            threshold=0.0,
            weight=3.0,
            unit="count",
            rule="max_count",
            description="Relationships with a lead (negative lag).",
        ),
        leads,
    ),
    (
        CheckDefinition(
            id="lags",
            name="Lags",
            category="logic",
            severity="minor",
            threshold=5.0,
            weight=3.0,
            unit="%",
            rule="max_percent",
            description="Share of relationships with a positive lag.",
        ),
        lags,
    ),
    (
        CheckDefinition(
            id="negative-lag",
            name="Negative Lag",
            category="logic",
            severity="major",
            threshold=0.0,
            weight=3.0,
            unit="count",
            rule="max_count",
            description="Relationships with a negative lag (overlaps Leads by definition).",
        ),
        negative_lag,
    ),
    (
        CheckDefinition(
            id="fs-relationships",
            name="FS Relationships",
            category="logic",
            severity="info",
            threshold=90.0,
            weight=3.0,
            unit="%",
            rule="min_percent",
            description="Share of finish-to-start relationships (at least the threshold).",
        ),
        fs_relationships,
    ),
    (
        CheckDefinition(
            id="hard-constraints",
            name="Hard Constraints",
            category="logic",
            severity="minor",
            threshold=5.0,
            weight=4.0,
            unit="%",
            rule="max_percent",
            description="Share of activities with a hard (mandatory/must/on) constraint.",
        ),
        hard_constraints,
    ),
    (
        CheckDefinition(
            id="high-float",
            name="High Float",
            category="logic",
            severity="minor",
            threshold=5.0,
            weight=3.0,
            unit="%",
            rule="max_percent",
            description="Share of incomplete activities with total float above 44 working days.",
        ),
        high_float,
    ),
    (
        CheckDefinition(
            id="negative-float",
            name="Negative Float",
            category="logic",
            severity="critical",
            threshold=0.0,
            weight=5.0,
            unit="count",
            rule="max_count",
            description="Incomplete activities with negative total float.",
        ),
        negative_float,
    ),
)
