"""One assertion helper so every check test states value, verdict, score and ids."""

from __future__ import annotations

import pytest

from kazinex_planner.quality_checks import CheckResult


def assert_check(
    result: CheckResult,
    *,
    value: float | None,
    verdict: str,
    score: float | None,
    affected: list[str] | tuple[str, ...] = (),
) -> None:
    assert result.verdict == verdict, result.description
    if value is None:
        assert result.value is None
    else:
        assert result.value == pytest.approx(value)
    assert result.score == score
    assert result.affected_activity_ids == tuple(affected)
    assert result.affected_count == len(affected)


def assert_not_applicable(result: CheckResult) -> None:
    assert_check(result, value=None, verdict="not_applicable", score=None)
    assert result.description.startswith("Not applicable: ")
