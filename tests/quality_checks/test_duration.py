"""Duration checks: pass, warning, fail and not-applicable cases."""

from __future__ import annotations

from kazinex_planner.quality_checks import QualityConfig

from ._asserts import assert_check, assert_not_applicable
from ._builder import DATA_DATE, ScheduleBuilder, check_of, day, ids


class TestHighDuration:
    @staticmethod
    def _durations(long: int, total: int = 20) -> ScheduleBuilder:
        builder = ScheduleBuilder()
        for i, name in enumerate(ids("A", total)):
            builder.activity(name, original_duration_hours=360.0 if i < long else 352.0)
        return builder

    def test_one_in_twenty_passes_and_exempt_activities_are_ignored(self) -> None:
        builder = self._durations(1)
        builder.activity("DONE", status="completed", original_duration_hours=2000.0)
        builder.activity("LOE", type="level_of_effort", original_duration_hours=2000.0)
        builder.activity("MS", type="finish_milestone", original_duration_hours=2000.0)
        result = check_of(builder.build(), "high-duration")
        assert_check(result, value=5.0, verdict="pass", score=100.0, affected=["A001"])

    def test_two_in_twenty_warns(self) -> None:
        result = check_of(self._durations(2).build(), "high-duration")
        assert_check(result, value=10.0, verdict="warning", score=50.0, affected=["A001", "A002"])

    def test_all_long_fails_with_zero(self) -> None:
        result = check_of(self._durations(3, total=3).build(), "high-duration")
        assert_check(
            result, value=100.0, verdict="fail", score=0.0, affected=["A001", "A002", "A003"]
        )

    def test_limit_is_configurable(self) -> None:
        config = QualityConfig(high_duration_hours=112.0)  # the 14-working-day variant
        builder = ScheduleBuilder().activity("A", original_duration_hours=120.0)
        result = check_of(builder.build(), "high-duration", config)
        assert_check(result, value=100.0, verdict="fail", score=0.0, affected=["A"])

    def test_only_milestones_is_not_applicable(self) -> None:
        builder = ScheduleBuilder().activity("M", type="start_milestone")
        assert_not_applicable(check_of(builder.build(), "high-duration"))


class TestZeroDuration:
    def test_milestones_with_zero_duration_pass(self) -> None:
        builder = ScheduleBuilder().activity("A").activity("M", type="finish_milestone")
        builder.activity("M2", type="start_milestone", original_duration_hours=0.0)
        assert_check(
            check_of(builder.build(), "zero-duration"), value=0, verdict="pass", score=100.0
        )

    def test_one_zero_task_in_a_hundred_warns(self) -> None:
        builder = ScheduleBuilder().activities_(ids("A", 99))
        builder.activity("Z", type="resource_dependent", original_duration_hours=0.0)
        result = check_of(builder.build(), "zero-duration")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["Z"])

    def test_one_zero_task_in_four_fails(self) -> None:
        builder = (
            ScheduleBuilder().activities_(ids("A", 3)).activity("Z", original_duration_hours=0.0)
        )
        result = check_of(builder.build(), "zero-duration")
        assert_check(result, value=1, verdict="fail", score=37.1, affected=["Z"])

    def test_without_task_durations_is_not_applicable(self) -> None:
        builder = ScheduleBuilder().activity("A", original_duration_hours=None)
        assert_not_applicable(check_of(builder.build(), "zero-duration"))


class TestMilestoneDuration:
    def test_zero_length_milestones_pass(self) -> None:
        builder = ScheduleBuilder().activity(
            "S", type="start_milestone", original_duration_hours=0.0
        )
        builder.activity("A", original_duration_hours=80.0)
        result = check_of(builder.build(), "milestone-duration")
        assert_check(result, value=0, verdict="pass", score=100.0)

    def test_one_long_milestone_in_a_hundred_warns(self) -> None:
        builder = ScheduleBuilder().activities_(
            ids("M", 99), type="finish_milestone", original_duration_hours=0.0
        )
        builder.activity("LONG", type="start_milestone", original_duration_hours=8.0)
        result = check_of(builder.build(), "milestone-duration")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["LONG"])

    def test_half_the_milestones_long_fails(self) -> None:
        builder = ScheduleBuilder().activity(
            "S", type="start_milestone", original_duration_hours=0.0
        )
        builder.activity("F", type="finish_milestone", original_duration_hours=16.0)
        result = check_of(builder.build(), "milestone-duration")
        # 50 % against the 1 % limit: 49 · 50 / 99.
        assert_check(result, value=1, verdict="fail", score=24.7, affected=["F"])

    def test_no_milestones_is_not_applicable(self) -> None:
        assert_not_applicable(
            check_of(ScheduleBuilder().activity("A").build(), "milestone-duration")
        )


class TestInvalidDates:
    @staticmethod
    def _valid(count: int) -> ScheduleBuilder:
        builder = ScheduleBuilder()
        builder.activity("DONE", status="completed", actual_start=day(-10), actual_finish=day(-2))
        builder.activity(
            "RUN",
            status="in_progress",
            actual_start=day(-3),
            early_start=day(-3),
            early_finish=day(4),
        )
        builder.activity("TODO", early_start=DATA_DATE, early_finish=day(5))
        builder.activities_(ids("A", count - 3), early_start=day(1), early_finish=day(6))
        return builder

    def test_dates_consistent_with_the_data_date_pass(self) -> None:
        result = check_of(self._valid(10).build(), "invalid-dates")
        assert_check(result, value=0, verdict="pass", score=100.0)

    def test_one_unstatused_start_in_a_hundred_warns(self) -> None:
        builder = self._valid(99).activity("LATE", early_start=day(-1), early_finish=day(3))
        result = check_of(builder.build(), "invalid-dates")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["LATE"])

    def test_every_kind_of_invalid_date_is_caught(self) -> None:
        builder = self._valid(4)
        builder.activity("PAST-START", early_start=day(-1), early_finish=day(3))
        builder.activity(
            "PAST-FINISH", status="in_progress", actual_start=day(-5), early_finish=day(-1)
        )
        builder.activity("FUTURE-START", status="in_progress", actual_start=day(1))
        builder.activity(
            "FUTURE-FINISH", status="completed", actual_start=day(-5), actual_finish=day(2)
        )
        result = check_of(builder.build(), "invalid-dates")
        # 4 of 8 activities: 50 % against the 1 % limit.
        assert_check(
            result,
            value=4,
            verdict="fail",
            score=24.7,
            affected=["FUTURE-FINISH", "FUTURE-START", "PAST-FINISH", "PAST-START"],
        )

    def test_completed_work_with_past_forecasts_is_fine(self) -> None:
        builder = ScheduleBuilder().activity(
            "DONE",
            status="completed",
            actual_start=day(-9),
            actual_finish=day(-8),
            early_start=day(-9),
            early_finish=day(-8),
        )
        assert_check(
            check_of(builder.build(), "invalid-dates"), value=0, verdict="pass", score=100.0
        )

    def test_no_data_date_is_not_applicable_unless_given(self) -> None:
        schedule = ScheduleBuilder(data_date=None).activity("A", early_start=day(-1)).build()
        assert_not_applicable(check_of(schedule, "invalid-dates"))
        result = check_of(schedule, "invalid-dates", data_date=DATA_DATE)
        assert_check(result, value=1, verdict="fail", score=0.0, affected=["A"])


class TestLevelOfEffort:
    @staticmethod
    def _loe(loe: int, total: int) -> ScheduleBuilder:
        builder = ScheduleBuilder()
        for i, name in enumerate(ids("A", total)):
            builder.activity(name, type="level_of_effort" if i < loe else "task")
        return builder

    def test_ten_percent_passes(self) -> None:
        result = check_of(self._loe(2, 20).build(), "level-of-effort")
        assert_check(result, value=10.0, verdict="pass", score=100.0, affected=["A001", "A002"])

    def test_fifteen_percent_warns(self) -> None:
        result = check_of(self._loe(3, 20).build(), "level-of-effort")
        # 15 % in the 10–20 % band: 99 − 49 · 5 / 10.
        assert_check(
            result, value=15.0, verdict="warning", score=74.5, affected=["A001", "A002", "A003"]
        )

    def test_half_fails(self) -> None:
        result = check_of(self._loe(1, 2).build(), "level-of-effort")
        # 50 % against the 20 % failure limit: 49 · 50 / 80 = 30.625.
        assert result.verdict == "fail"
        assert result.score == 30.6
        assert result.affected_activity_ids == ("A001",)

    def test_no_activities_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().build(), "level-of-effort"))
