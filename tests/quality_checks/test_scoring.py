"""Score mapping, aggregation and grades."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kazinex_planner.quality_checks import (
    CATEGORIES,
    CategoryResult,
    CheckResult,
    category_result,
    grade_for,
    judge,
    overall_score,
    weighted_mean,
)
from kazinex_planner.quality_checks._scoring import (
    score_max_count,
    score_max_percent,
    score_min_percent,
    score_min_ratio,
)

BANDS = {"pass": (100.0, 100.0), "warning": (50.0, 99.0), "fail": (0.0, 49.0)}
percentages = st.floats(min_value=0.0, max_value=100.0, allow_nan=False)


def _loose(result: tuple[str, float]) -> tuple[str, object]:
    """Widen the result type so it can be compared with ``pytest.approx``."""
    return result


def _in_band(verdict: str, score: float) -> bool:
    low, high = BANDS[verdict]
    return low <= score <= high


class TestMaxPercent:
    @pytest.mark.parametrize(
        ("value", "verdict", "score"),
        [
            (0.0, "pass", 100.0),
            (5.0, "pass", 100.0),
            (7.5, "warning", 74.5),
            (10.0, "warning", 50.0),
            (55.0, "fail", 24.5),
            (100.0, "fail", 0.0),
        ],
    )
    def test_five_percent_threshold(self, value: float, verdict: str, score: float) -> None:
        assert _loose(score_max_percent(value, 5.0)) == (verdict, pytest.approx(score))

    def test_just_past_the_threshold_is_a_99_warning(self) -> None:
        verdict, score = score_max_percent(5.000001, 5.0)
        assert verdict == "warning"
        assert score == pytest.approx(99.0, abs=1e-3)

    def test_just_past_the_warning_limit_is_a_49_failure(self) -> None:
        verdict, score = score_max_percent(10.000001, 5.0)
        assert verdict == "fail"
        assert score == pytest.approx(49.0, abs=1e-3)

    def test_any_occurrence_warns_up_to_one_percent(self) -> None:
        assert _loose(score_max_percent(0.0, 0.0)) == ("pass", 100.0)
        assert _loose(score_max_percent(0.5, 0.0)) == ("warning", pytest.approx(74.5))
        assert _loose(score_max_percent(1.0, 0.0)) == ("warning", 50.0)
        assert score_max_percent(1.5, 0.0)[0] == "fail"

    def test_high_thresholds_never_fail(self) -> None:
        assert _loose(score_max_percent(100.0, 60.0)) == ("warning", 50.0)
        assert _loose(score_max_percent(100.0, 100.0)) == ("pass", 100.0)

    @given(threshold=percentages, a=percentages, b=percentages)
    def test_monotone_and_banded(self, threshold: float, a: float, b: float) -> None:
        low, high = sorted((a, b))
        verdict_low, score_low = score_max_percent(low, threshold)
        verdict_high, score_high = score_max_percent(high, threshold)
        assert score_low >= score_high
        assert _in_band(verdict_low, score_low)
        assert _in_band(verdict_high, score_high)


class TestMinPercent:
    def test_mirror_of_max_percent(self) -> None:
        assert _loose(score_min_percent(90.0, 90.0)) == ("pass", 100.0)
        assert _loose(score_min_percent(85.0, 90.0)) == ("warning", pytest.approx(74.5))
        assert _loose(score_min_percent(0.0, 90.0)) == ("fail", 0.0)

    @given(threshold=percentages, a=percentages, b=percentages)
    def test_monotone_and_banded(self, threshold: float, a: float, b: float) -> None:
        low, high = sorted((a, b))
        verdict_low, score_low = score_min_percent(low, threshold)
        verdict_high, score_high = score_min_percent(high, threshold)
        assert score_low <= score_high
        assert _in_band(verdict_low, score_low)
        assert _in_band(verdict_high, score_high)


class TestMaxCount:
    def test_verdict_is_on_the_count_and_score_on_the_share(self) -> None:
        assert _loose(score_max_count(0, 0, 50)) == ("pass", 100.0)
        assert _loose(score_max_count(1, 0, 1000)) == ("warning", pytest.approx(99.0 - 4.9))
        assert _loose(score_max_count(10, 0, 1000)) == ("warning", 50.0)
        assert _loose(score_max_count(1, 0, 2)) == ("fail", pytest.approx(49.0 * 50 / 99))

    def test_count_thresholds_are_converted_to_shares(self) -> None:
        assert _loose(score_max_count(3, 3, 10)) == ("pass", 100.0)
        # 4 of 10 against 3 of 10: 40 % vs 30 %, warning limit 60 %.
        assert _loose(score_max_count(4, 3, 10)) == ("warning", pytest.approx(99 - 49 * 10 / 30))

    @given(
        population=st.integers(min_value=1, max_value=500),
        threshold=st.integers(min_value=0, max_value=20),
        a=st.integers(min_value=0, max_value=500),
        b=st.integers(min_value=0, max_value=500),
    )
    def test_monotone_and_banded(self, population: int, threshold: int, a: int, b: int) -> None:
        low, high = sorted((min(a, population), min(b, population)))
        verdict_low, score_low = score_max_count(low, threshold, population)
        verdict_high, score_high = score_max_count(high, threshold, population)
        assert score_low >= score_high
        assert _in_band(verdict_low, score_low)
        assert _in_band(verdict_high, score_high)


class TestMinRatio:
    @pytest.mark.parametrize(
        ("value", "verdict", "score"),
        [
            (1.2, "pass", 100.0),
            (0.95, "pass", 100.0),
            (0.925, "warning", 74.5),
            (0.90, "warning", 50.0),
            (0.45, "fail", 24.5),
            (0.0, "fail", 0.0),
            (-0.5, "fail", 0.0),
        ],
    )
    def test_cpli_bands(self, value: float, verdict: str, score: float) -> None:
        assert _loose(score_min_ratio(value, 0.95, 0.05)) == (verdict, pytest.approx(score))

    def test_ideal_maximum_turns_excess_into_a_warning(self) -> None:
        assert _loose(score_min_ratio(2.5, 1.5, 0.5, 2.5)) == ("pass", 100.0)
        assert _loose(score_min_ratio(5.0, 1.5, 0.5, 2.5)) == ("warning", 50.0)
        assert _loose(score_min_ratio(50.0, 1.5, 0.5, 2.5)) == ("warning", 50.0)

    def test_band_wider_than_the_threshold_never_fails_a_non_negative_value(self) -> None:
        assert _loose(score_min_ratio(0.0, 0.04, 0.05)) == ("warning", 50.0)

    @given(
        threshold=st.floats(min_value=0.01, max_value=5.0),
        band=st.floats(min_value=0.0, max_value=2.0),
        a=st.floats(min_value=-5.0, max_value=5.0),
        b=st.floats(min_value=-5.0, max_value=5.0),
    )
    def test_monotone_below_the_ideal_maximum(
        self, threshold: float, band: float, a: float, b: float
    ) -> None:
        low, high = sorted((a, b))
        verdict_low, score_low = score_min_ratio(low, threshold, band)
        verdict_high, score_high = score_min_ratio(high, threshold, band)
        assert score_low <= score_high
        assert _in_band(verdict_low, score_low)
        assert _in_band(verdict_high, score_high)


def test_judge_dispatches_on_the_rule() -> None:
    assert judge("max_percent", 7.5, 5.0, 40) == score_max_percent(7.5, 5.0)
    assert judge("min_percent", 85.0, 90.0, 40) == score_min_percent(85.0, 90.0)
    assert judge("max_count", 1, 0, 100) == score_max_count(1, 0, 100)
    assert judge("min_ratio", 3.0, 1.5, 10, band=0.5, ideal_max=2.5) == score_min_ratio(
        3.0, 1.5, 0.5, 2.5
    )


def _result(check_id: str, category: str, score: float | None, weight: float) -> CheckResult:
    verdict = "not_applicable" if score is None else "pass" if score == 100 else "warning"
    return CheckResult(
        id=check_id,
        name=check_id,
        category=category,  # type: ignore[arg-type]
        severity="minor",
        verdict=verdict,  # type: ignore[arg-type]
        score=score,
        weight=weight,
        value=None if score is None else 0.0,
        threshold=0.0,
        unit="count",
        affected_count=0,
        affected_activity_ids=(),
        description="",
    )


class TestAggregation:
    #: The product's worked example for the Logic category.
    WORKED = (
        ("missing-logic", 85.0, 5.0),
        ("high-float", 100.0, 3.0),
        ("leads", 100.0, 3.0),
        ("lags", 70.0, 3.0),
        ("negative-lag", 100.0, 3.0),
        ("fs-relationships", 95.0, 3.0),
        ("hard-constraints", 60.0, 4.0),
        ("negative-float", 100.0, 5.0),
    )

    def test_worked_logic_example_gives_88_3(self) -> None:
        assert weighted_mean((s, w) for _, s, w in self.WORKED) == pytest.approx(2560 / 29)
        results = [_result(i, "logic", s, w) for i, s, w in self.WORKED]
        results.append(_result("other", "duration", 0.0, 5.0))  # other categories ignored
        results.append(_result("missing", "logic", None, 5.0))  # not applicable: skipped
        logic = category_result(CATEGORIES[0], 20.0, results)
        assert logic.score == 88.3
        assert (logic.passed, logic.warnings, logic.failed, logic.not_applicable) == (4, 4, 0, 1)

    def test_category_without_applicable_checks_has_no_score(self) -> None:
        results = [_result("a", "logic", None, 5.0)]
        assert category_result(CATEGORIES[0], 20.0, results).score is None

    def test_overall_normalises_over_present_categories(self) -> None:
        def category(score: float | None, weight: float) -> CategoryResult:
            return CategoryResult(
                id="logic",
                name="x",
                weight=weight,
                score=score,
                passed=0,
                warnings=0,
                failed=0,
                not_applicable=0,
            )

        # (88.3 · 20 + 60 · 15) / 35; the absent 10 % category does not count.
        assert overall_score([category(88.3, 20), category(60.0, 15), category(None, 10)]) == 76.2
        # Weights need not sum to 100: 85 % of weight all at 80 is 80.
        assert overall_score([category(80.0, 20), category(80.0, 65)]) == 80.0
        assert overall_score([category(None, 20)]) is None
        assert overall_score([category(50.0, 0), category(90.0, 10)]) == 90.0


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (100.0, "excellent"),
        (90.0, "excellent"),
        (89.9, "good"),
        (70.0, "good"),
        (69.9, "fair"),
        (50.0, "fair"),
        (49.9, "poor"),
        (30.0, "poor"),
        (29.9, "critical"),
        (0.0, "critical"),
    ],
)
def test_grade_bands(score: float, grade: str) -> None:
    assert grade_for(score) == grade
