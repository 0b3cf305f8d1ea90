"""The quality engine's vocabulary and its result records.

The records mirror the API's quality resources (report, category, check result) so the
emulator can serialise them without a translation layer. They are frozen because a
report is a statement about one schedule revision at one moment: nothing downstream may
rewrite it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import attrs

CategoryId = Literal[
    "logic",
    "duration",
    "critical_path",
    "constraints",
    "resources",
    "progress",
    "best_practice",
    "configuration",
]
Severity = Literal["critical", "major", "minor", "info"]
Verdict = Literal["pass", "warning", "fail", "not_applicable"]
Grade = Literal["excellent", "good", "fair", "poor", "critical"]
Unit = Literal["%", "count", "ratio", "relationships/activity"]

#: How a raw value is judged against its threshold (see ``_scoring``):
#: ``max_percent`` passes when value ≤ threshold (both percentages); ``min_percent``
#: passes when value ≥ threshold; ``max_count`` passes when the count ≤ threshold and is
#: scaled by its share of the check's population; ``min_ratio`` passes when value ≥
#: threshold, with a warning band below it (and optionally above an ideal maximum).
ScoringRule = Literal["max_percent", "min_percent", "max_count", "min_ratio"]


@attrs.frozen(kw_only=True, slots=True)
class CategoryDefinition:
    """A check category and its default share of the overall score."""

    id: CategoryId
    name: str
    weight: float


@attrs.frozen(kw_only=True, slots=True)
class CheckDefinition:
    """Static description of one check, published so clients can explain results.

    ``warning_band`` and ``ideal_max`` only matter for ``min_ratio`` checks: the band is
    how far below the threshold a value still earns a warning rather than a failure,
    and ``ideal_max`` is the top of the healthy range (above it: a warning).
    """

    id: str
    name: str
    category: CategoryId
    severity: Severity
    threshold: float
    weight: float
    unit: Unit
    rule: ScoringRule
    description: str
    warning_band: float | None = None
    ideal_max: float | None = None


@attrs.frozen(kw_only=True, slots=True)
class CheckResult:
    """The outcome of one check on one schedule.

    ``score`` and ``value`` are ``None`` when the verdict is ``not_applicable``: the
    schedule holds nothing the check can judge, and inventing a number would skew the
    category score.
    """

    id: str
    name: str
    category: CategoryId
    severity: Severity
    verdict: Verdict
    score: float | None
    weight: float
    value: float | None
    threshold: float
    unit: Unit
    affected_count: int
    affected_activity_ids: tuple[str, ...]
    description: str


@attrs.frozen(kw_only=True, slots=True)
class CategoryResult:
    """A category's weighted score; ``None`` when none of its checks applied."""

    id: CategoryId
    name: str
    weight: float
    score: float | None
    passed: int
    warnings: int
    failed: int
    not_applicable: int


@attrs.frozen(kw_only=True, slots=True)
class QualityReport:
    """The full quality report for one schedule.

    ``score`` and ``grade`` are ``None`` only when no check applied at all (for example
    an empty schedule), because there is then nothing to grade.
    """

    score: float | None
    grade: Grade | None
    categories: tuple[CategoryResult, ...]
    checks: tuple[CheckResult, ...]
    activity_count: int
    relationship_count: int
    data_date: datetime | None
    evaluated_at: datetime
