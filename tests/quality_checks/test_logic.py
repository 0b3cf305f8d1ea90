"""Logic & Relationships checks: pass, warning, fail and not-applicable cases."""

from __future__ import annotations

import itertools

import pytest

from kazinex_planner.quality_checks import QualityConfig

from ._asserts import assert_check, assert_not_applicable
from ._builder import ScheduleBuilder, chained, check_of, ids


class TestMissingLogic:
    def test_two_chain_ends_in_forty_activities_is_exactly_the_threshold(self) -> None:
        result = check_of(chained(40).build(), "missing-logic")
        assert_check(result, value=5.0, verdict="pass", score=100.0, affected=["A001", "A040"])

    def test_two_chain_ends_in_twenty_activities_warns_at_the_band_floor(self) -> None:
        result = check_of(chained(20).build(), "missing-logic")
        assert_check(result, value=10.0, verdict="warning", score=50.0, affected=["A001", "A020"])

    def test_short_chain_fails(self) -> None:
        result = check_of(chained(5).build(), "missing-logic")
        # 40 % against a 10 % failure limit: 49 · 60 / 90.
        assert_check(result, value=40.0, verdict="fail", score=32.7, affected=["A001", "A005"])

    def test_external_links_count_as_logic(self) -> None:
        builder = chained(20)
        builder.link("OTHER-1", "A001", external=True).link("A020", "OTHER-2", external=True)
        result = check_of(builder.build(), "missing-logic")
        assert_check(result, value=0.0, verdict="pass", score=100.0)

    def test_no_activities_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().build(), "missing-logic"))


@pytest.mark.parametrize("check_id", ["leads", "negative-lag"])
class TestNegativeLags:
    def test_no_negative_lag_passes(self, check_id: str) -> None:
        builder = chained(5)
        builder.link("A001", "A003", lag=8.0)
        assert_check(check_of(builder.build(), check_id), value=0, verdict="pass", score=100.0)

    def test_one_lead_in_a_hundred_links_warns(self, check_id: str) -> None:
        builder = chained(100)
        builder.link("A010", "A050", lag=-8.0)
        result = check_of(builder.build(), check_id)
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["A010", "A050"])

    def test_one_lead_in_four_links_fails(self, check_id: str) -> None:
        builder = chained(4)
        builder.link("A001", "A003", lag=-4.0)
        result = check_of(builder.build(), check_id)
        # 25 % of links against the 1 % limit: 49 · 75 / 99.
        assert_check(result, value=1, verdict="fail", score=37.1, affected=["A001", "A003"])

    def test_external_leads_are_not_counted(self, check_id: str) -> None:
        builder = chained(3)
        builder.link("X", "A001", lag=-8.0, external=True)
        assert_check(check_of(builder.build(), check_id), value=0, verdict="pass", score=100.0)

    def test_no_internal_links_is_not_applicable(self, check_id: str) -> None:
        builder = ScheduleBuilder().activity("A").link("X", "A", external=True)
        assert_not_applicable(check_of(builder.build(), check_id))


class TestLags:
    @staticmethod
    def _lagged(count: int) -> ScheduleBuilder:
        """A 40-link chain whose first ``count`` links carry a one-day lag."""
        names = ids("A", 41)
        builder = ScheduleBuilder().activities_(names)
        for i, (pred, succ) in enumerate(itertools.pairwise(names)):
            builder.link(pred, succ, lag=8.0 if i < count else 0.0)
        return builder

    def test_five_percent_positive_lags_passes(self) -> None:
        result = check_of(self._lagged(2).build(), "lags")
        assert_check(
            result, value=5.0, verdict="pass", score=100.0, affected=["A001", "A002", "A003"]
        )

    def test_seven_and_a_half_percent_warns(self) -> None:
        result = check_of(self._lagged(3).build(), "lags")
        # 7.5 % in the 5–10 % band: 99 − 49 · 2.5 / 5.
        assert_check(
            result,
            value=7.5,
            verdict="warning",
            score=74.5,
            affected=["A001", "A002", "A003", "A004"],
        )

    def test_links_flagged_external_are_left_out_even_with_both_ends_known(self) -> None:
        builder = self._lagged(0)
        builder.link("A001", "A041", lag=8.0, external=True)
        result = check_of(builder.build(), "lags")
        assert_check(result, value=0.0, verdict="pass", score=100.0)
        assert result.description == "0 of 40 relationships carry a positive lag"

    def test_half_the_links_lagged_fails(self) -> None:
        builder = ScheduleBuilder().activities_(["A", "B", "C"])
        builder.link("A", "B", lag=8.0).link("B", "C")
        result = check_of(builder.build(), "lags")
        # 50 % against the 10 % failure limit: 49 · 50 / 90.
        assert_check(result, value=50.0, verdict="fail", score=27.2, affected=["A", "B"])

    def test_no_links_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().activity("A").build(), "lags"))


class TestFsRelationships:
    @staticmethod
    def _with_non_fs(count: int) -> ScheduleBuilder:
        names = ids("A", 11)
        builder = ScheduleBuilder().activities_(names)
        for i, (pred, succ) in enumerate(itertools.pairwise(names)):
            builder.link(pred, succ, "SS" if i < count else "FS")
        return builder

    def test_ninety_percent_fs_passes(self) -> None:
        result = check_of(self._with_non_fs(1).build(), "fs-relationships")
        assert_check(result, value=90.0, verdict="pass", score=100.0, affected=["A001", "A002"])

    def test_eighty_percent_fs_warns(self) -> None:
        result = check_of(self._with_non_fs(2).build(), "fs-relationships")
        assert_check(
            result, value=80.0, verdict="warning", score=50.0, affected=["A001", "A002", "A003"]
        )

    def test_seventy_percent_fs_fails(self) -> None:
        result = check_of(self._with_non_fs(3).build(), "fs-relationships")
        # 30 % non-FS against the 20 % failure limit: 49 · 70 / 80.
        assert_check(
            result,
            value=70.0,
            verdict="fail",
            score=42.9,
            affected=["A001", "A002", "A003", "A004"],
        )

    def test_no_links_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().activity("A").build(), "fs-relationships"))


class TestHardConstraints:
    @staticmethod
    def _constrained(hard: int, *, soft: int = 0) -> ScheduleBuilder:
        builder = ScheduleBuilder()
        for i, name in enumerate(ids("A", 20)):
            constraint = None
            if i < hard:
                constraint = "must_start_on"
            elif i < hard + soft:
                constraint = "start_on_or_after"
            builder.activity(name, constraint_type=constraint)
        return builder

    def test_one_in_twenty_passes_and_soft_constraints_do_not_count(self) -> None:
        result = check_of(self._constrained(1, soft=5).build(), "hard-constraints")
        assert_check(result, value=5.0, verdict="pass", score=100.0, affected=["A001"])

    def test_two_in_twenty_warns(self) -> None:
        result = check_of(self._constrained(2).build(), "hard-constraints")
        assert_check(result, value=10.0, verdict="warning", score=50.0, affected=["A001", "A002"])

    def test_three_in_twenty_fails(self) -> None:
        result = check_of(self._constrained(3).build(), "hard-constraints")
        # 15 % against the 10 % failure limit: 49 · 85 / 90.
        assert_check(
            result, value=15.0, verdict="fail", score=46.3, affected=["A001", "A002", "A003"]
        )

    @pytest.mark.parametrize(
        "constraint",
        [
            "mandatory_start",
            "mandatory_finish",
            "must_start_on",
            "must_finish_on",
            "start_on",
            "finish_on",
        ],
    )
    def test_every_hard_constraint_type_counts(self, constraint: str) -> None:
        builder = ScheduleBuilder().activity("A", constraint_type=constraint).activity("B")
        result = check_of(builder.build(), "hard-constraints")
        assert result.affected_activity_ids == ("A",)

    def test_no_activities_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().build(), "hard-constraints"))


class TestHighFloat:
    @staticmethod
    def _floats(high: int, total: int = 20) -> ScheduleBuilder:
        builder = ScheduleBuilder()
        for i, name in enumerate(ids("A", total)):
            builder.activity(name, total_float_hours=400.0 if i < high else 352.0)
        return builder

    def test_one_in_twenty_above_the_limit_passes(self) -> None:
        builder = self._floats(1)
        builder.activity("DONE", status="completed", total_float_hours=9999.0)
        result = check_of(builder.build(), "high-float")
        assert_check(result, value=5.0, verdict="pass", score=100.0, affected=["A001"])

    def test_two_in_twenty_warns(self) -> None:
        result = check_of(self._floats(2).build(), "high-float")
        assert_check(result, value=10.0, verdict="warning", score=50.0, affected=["A001", "A002"])

    def test_half_above_the_limit_fails(self) -> None:
        result = check_of(self._floats(2, total=4).build(), "high-float")
        assert_check(result, value=50.0, verdict="fail", score=27.2, affected=["A001", "A002"])

    def test_limit_is_configurable(self) -> None:
        config = QualityConfig(high_float_hours=500.0)
        result = check_of(self._floats(2).build(), "high-float", config)
        assert_check(result, value=0.0, verdict="pass", score=100.0)

    def test_without_float_data_is_not_applicable(self) -> None:
        builder = ScheduleBuilder().activity("A", total_float_hours=None)
        builder.activity("B", status="completed", total_float_hours=10.0)
        assert_not_applicable(check_of(builder.build(), "high-float"))


class TestNegativeFloat:
    @staticmethod
    def _floats(negative: int, total: int) -> ScheduleBuilder:
        builder = ScheduleBuilder()
        for i, name in enumerate(ids("A", total)):
            builder.activity(name, total_float_hours=-8.0 if i < negative else 0.0)
        return builder

    def test_zero_float_passes_and_completed_work_is_ignored(self) -> None:
        builder = self._floats(0, 10)
        builder.activity("DONE", status="completed", total_float_hours=-80.0)
        assert_check(
            check_of(builder.build(), "negative-float"), value=0, verdict="pass", score=100.0
        )

    def test_one_in_a_hundred_warns(self) -> None:
        result = check_of(self._floats(1, 100).build(), "negative-float")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["A001"])

    def test_five_in_twenty_fails(self) -> None:
        result = check_of(self._floats(5, 20).build(), "negative-float")
        assert_check(result, value=5, verdict="fail", score=37.1, affected=ids("A", 5))

    def test_without_float_data_is_not_applicable(self) -> None:
        builder = ScheduleBuilder().activity("A", total_float_hours=None)
        assert_not_applicable(check_of(builder.build(), "negative-float"))
